"""The review server over plain HTTP: CSRF, access token, host binding, lookups, paths, writes.

The browser behaviour (highlighting, sums, saving from the page, escaping) is
in test_web_browser.py; this file checks what a request can and cannot do.
"""

from __future__ import annotations

import asyncio
import re
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette's note about httpx vs httpx2 is not ours to fix
    warnings.filterwarnings("ignore", message=".*starlette.testclient.*")
    from fastapi.testclient import TestClient

from extractors import read_document
from pipeline.extract import EXTRACTOR_VERSION, extract_scheme
from review.app import create_app
from review.security import UnsafeBinding
from schemes.store import Store

NOTICES = Path(__file__).resolve().parents[1] / "examples" / "notices"
BASE = "http://127.0.0.1"
EVIL = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>测试工会2020年度考核方案&lt;script&gt;window.__pwned=3&lt;/script&gt;</title></head><body>
<h1>测试工会2020年度考核方案&lt;script&gt;window.__pwned=3&lt;/script&gt;</h1>
<p>为做好考核工作,特制定本方案。&lt;script&gt;window.__pwned=1&lt;/script&gt;<script>window.__pwned=1</script></p>
<table border="1"><tr><th>项目</th><th>考核内容及标准</th><th>分值</th></tr>
<tr><td>宣传教育</td><td>1.开展宣传活动&lt;script&gt;window.__pwned=1&lt;/script&gt;。(3分)<br>2.组织职工读书活动。(2分)</td><td>5</td></tr>
</table></body></html>"""


def ingest(store: Store, path: Path) -> int:
    return store.ingest(path, extract_scheme(read_document(path)), EXTRACTOR_VERSION, author="ingest").info.scheme_id


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("web-http")
    evil = root / "evil.html"
    evil.write_text(EVIL, encoding="utf-8")
    db = f"sqlite:///{root / 'home' / 'kaohe.sqlite3'}"
    with Store.open(root / "home", db) as store:
        ids = {"pdf": ingest(store, NOTICES / "002_shaoxing_2019.pdf"),
               "html": ingest(store, NOTICES / "000_city_2016.html"),
               "evil": ingest(store, evil)}
    return {"home": root / "home", "db": db, "ids": ids}


@pytest.fixture
def client(home):
    app = create_app(home["home"], home["db"])
    with TestClient(app, base_url=BASE) as c:
        yield c


def csrf_of(client: TestClient, url: str = "/") -> str:
    page = client.get(url)
    assert page.status_code == 200
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1) if 'name="csrf"' in page.text \
        else client.cookies["kaohe_csrf"]


def form(client: TestClient, sid: int, **extra) -> dict:
    """The scheme page's save form as rendered (every field), plus overrides."""
    html = client.get(f"/schemes/{sid}").text
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    fields.update(extra)
    return fields


# --------------------------------------------------------------------------- pages and headers


def test_pages_are_served_with_a_strict_policy_and_escaped_text(client, home):
    listing = client.get("/")
    assert listing.status_code == 200
    assert "绍兴市直部门" in listing.text and "002_shaoxing_2019.pdf" in listing.text
    assert "&lt;script&gt;window.__pwned=3&lt;/script&gt;" in listing.text
    assert "<script>window" not in listing.text
    csp = listing.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert listing.headers["x-content-type-options"] == "nosniff"
    page = client.get(f"/schemes/{home['ids']['evil']}")
    assert page.status_code == 200 and "<script>window" not in page.text
    # every script element is either the static file or an inert JSON data block
    for tag in re.findall(r"<script[^>]*>", page.text):
        assert tag in ('<script src="/static/review.js" defer>', '<script type="application/json" id="kaohe-data">',
                       '<script type="application/json" id="kaohe-i18n">')
    data = page.text.split('id="kaohe-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data  # tojson escapes < > & so the data cannot close its element


def test_unknown_ids_are_404(client, home):
    pdf, html = home["ids"]["pdf"], home["ids"]["html"]
    for url in ("/schemes/999", "/schemes/0", "/schemes/abc", f"/schemes/{pdf}?version=9",
                f"/schemes/{pdf}/versions/9/pages/1.png", f"/schemes/{pdf}/versions/1/pages/0.png",
                f"/schemes/{pdf}/versions/1/pages/99.png", f"/schemes/{pdf}/versions/1/pages/x.png",
                f"/schemes/{html}/versions/1/pages/1.png", "/nothing-here"):
        assert client.get(url).status_code == 404, url


def test_page_images_are_rendered_once_into_the_workspace(client, home):
    url = f"/schemes/{home['ids']['pdf']}/versions/1/pages/4.png"
    first = client.get(url)
    assert first.status_code == 200 and first.headers["content-type"] == "image/png"
    assert first.content.startswith(b"\x89PNG")
    cached = list((home["home"] / "cache" / "pages").rglob("*-p4@1.5.png"))
    assert len(cached) == 1
    assert client.get(url).content == first.content


@pytest.mark.parametrize("url", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fschemes/model.py",
    "/static/../../kaohe-data/kaohe.sqlite3", "/schemes/1/versions/1/pages/..%2f..%2fkaohe.sqlite3.png",
    "/schemes/1/versions/1/pages/%2e%2e/1.png", "/schemes/1/versions/1/pages/1.png/../../../../etc/passwd",
    "/schemes/..%2f..%2fetc%2fpasswd", "/schemes/1/versions/1/pages/-1.png", "/schemes/1/versions/1/pages/1e3.png",
    "/static/%00", "/static//etc/passwd",
])
def test_no_request_path_reaches_files_outside_the_app(client, url):
    response = client.get(url)
    assert response.status_code in (400, 404, 405, 422), (url, response.status_code)
    assert b"SQLite format" not in response.content and b"root:" not in response.content
    assert b"def create_app" not in response.content


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/../../schemes/model.py", "/static/./../security.py",
                                  "/schemes/1/versions/1/pages/../../../../kaohe.sqlite3", "/static/../../../etc/passwd"])
def test_dot_segments_sent_verbatim_are_refused(client, path):
    """HTTP clients normalise ``..`` away; this sends the path to the app exactly as written."""
    status, body = asyncio.run(raw_get(client.app, path))
    assert status in (400, 404), (path, status)
    assert b"def " not in body and b"SQLite format" not in body and b"root:" not in body


async def raw_get(app, path: str) -> tuple[int, bytes]:
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": [(b"host", b"127.0.0.1")], "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def test_static_files_are_served(client):
    assert client.get("/static/review.js").status_code == 200
    assert client.get("/static/review.css").headers["content-type"].startswith("text/css")


# --------------------------------------------------------------------------- CSRF


def test_writes_need_the_session_csrf_token(client, home):
    sid = home["ids"]["evil"]
    fields = form(client, sid, author="li")
    token = fields.pop("csrf")
    assert client.post(f"/schemes/{sid}/approve", data=fields).status_code == 403  # no token
    assert client.post(f"/schemes/{sid}/approve", data={**fields, "csrf": "x" * 43}).status_code == 403
    assert client.post(f"/schemes/{sid}/approve", data=fields, headers={"X-CSRF-Token": "y" * 43}).status_code == 403
    stranger = TestClient(client.app, base_url=BASE)  # a token from another session does not count
    stranger.get("/")
    assert stranger.post(f"/schemes/{sid}/approve", data={**fields, "csrf": token}).status_code == 403
    for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"},
                    {"Origin": "http://127.0.0.1:9999"}):
        refused = client.post(f"/schemes/{sid}/approve", data={**fields, "csrf": token}, headers=headers)
        assert refused.status_code == 403, headers
    with Store.open(home["home"], home["db"]) as store:
        assert store.get(sid).status == "draft"
    ok = client.post(f"/schemes/{sid}/approve", data={**fields, "csrf": token},
                     headers={"Origin": BASE, "Accept": "application/json"})
    assert ok.status_code == 200 and ok.json()["ok"]
    with Store.open(home["home"], home["db"]) as store:
        assert store.get(sid).status == "reviewed"


# --------------------------------------------------------------------------- writes


def test_save_records_a_correction_and_refuses_stale_pages(client, home):
    sid = home["ids"]["html"]
    stale = form(client, sid)
    fields = form(client, sid, author="王审核", reason="notice says 3", **{"i0.points": "3"})  # fields left out: unchanged
    saved = client.post(f"/schemes/{sid}/correct", data=fields, headers={"Accept": "application/json"})
    assert saved.status_code == 200, saved.text
    with Store.open(home["home"], home["db"]) as store:
        info = store.get(sid)
        last = store.log(sid)[-1]
    assert info.scheme.items[0].points == 3
    assert last.author == "王审核" and last.corrections[0].reason == "notice says 3"
    assert last.corrections[0].ops == [{"op": "replace", "path": f"/items/@{info.scheme.items[0].id}/points",
                                        "value": 3}]
    conflict = client.post(f"/schemes/{sid}/correct", headers={"Accept": "application/json"},
                           data={**stale, "author": "li", "reason": "r", "i1.points": "9"})
    assert conflict.status_code == 409
    assert conflict.json()["error"].startswith(f"conflict: scheme {sid} was changed by 王审核")
    page = client.post(f"/schemes/{sid}/correct", data={**stale, "author": "li", "reason": "r", "i1.points": "9"})
    assert page.status_code == 409 and "conflict: scheme" in page.text  # without JavaScript: an error page
    with Store.open(home["home"], home["db"]) as store:
        assert store.get(sid).scheme.items[1].points != 9


def test_save_refuses_bad_input_with_a_message(client, home):
    sid = home["ids"]["pdf"]
    accept = {"Accept": "application/json"}
    cases = [
        ({"author": "", "reason": "r", "i0.points": "7"}, 422, "enter your name"),
        ({"author": "li", "reason": "", "i0.points": "7"}, 422, "give a reason"),
        ({"author": "li", "reason": "r", "i0.points": "seven"}, 422, "is not a number"),
        ({"author": "li", "reason": "r", "i0.rule_kind": "threshold", "i0.rule": "{"}, 422, "not valid JSON"),
        ({"author": "li", "reason": "r", "i0.rule_kind": "tiers", "i0.rule": "{}"}, 422, "tiers"),
        ({"author": "li", "reason": "r", "i0.id": "other"}, 409, "reload the page"),
    ]
    for extra, status, words in cases:
        response = client.post(f"/schemes/{sid}/correct", data=form(client, sid, **extra), headers=accept)
        assert response.status_code == status, (extra, response.text)
        assert words in response.json()["error"], (extra, response.text)
    unchanged = client.post(f"/schemes/{sid}/correct", data=form(client, sid, author="li"), headers=accept)
    assert unchanged.json()["message"].startswith("Nothing changed")
    target = '{"target": {"op": ">=", "value": 0.8, "unit": "%"}}'
    rule = client.post(f"/schemes/{sid}/correct", headers=accept, data=form(
        client, sid, author="li", reason="all or nothing", **{"i0.rule_kind": "threshold", "i0.rule": target}))
    assert rule.status_code == 200, rule.text
    with Store.open(home["home"], home["db"]) as store:
        item = store.get(sid).scheme.items[0]
    assert item.rule.kind == "threshold" and item.rule.target.value == 0.8 and item.rule.text  # criteria text kept


def test_publish_follows_the_store_rules(client, home):
    sid = home["ids"]["html"]  # open flags: publishing needs a reason
    accept = {"Accept": "application/json"}
    approved = client.post(f"/schemes/{sid}/approve", data=form(client, sid, author="li"), headers=accept)
    assert approved.status_code == 200, approved.text
    blocked = client.post(f"/schemes/{sid}/publish", data=form(client, sid, author="li"), headers=accept)
    assert blocked.status_code == 409 and "cannot be published" in blocked.json()["error"]
    page = client.get(f"/schemes/{sid}").text
    assert "Publishing is blocked by" in page and 'name="override_reason"' in page
    published = client.post(f"/schemes/{sid}/publish", headers=accept,
                            data=form(client, sid, author="li", override_reason="the site cut the notice; checked"))
    assert published.status_code == 200, published.text
    with Store.open(home["home"], home["db"]) as store:
        assert store.get(sid).status == "published"
        assert store.log(sid)[-1].override_reason == "the site cut the notice; checked"
    frozen = client.post(f"/schemes/{sid}/correct", headers=accept,
                         data=form(client, sid, author="li", reason="r", **{"i1.points": "1"}))
    assert frozen.status_code == 409 and "published and frozen" in frozen.json()["error"]


# --------------------------------------------------------------------------- binding, token, host


def test_non_loopback_binding_needs_a_token(home):
    with pytest.raises(UnsafeBinding):
        create_app(home["home"], home["db"], host="0.0.0.0")
    with pytest.raises(UnsafeBinding):
        create_app(home["home"], home["db"], token="  ", host="192.168.1.5")
    create_app(home["home"], home["db"], host="::1").state.store.close()


def test_the_cli_refuses_to_serve_off_loopback_without_a_token(home):
    from typer.testing import CliRunner

    from kaohe.cli import app

    result = CliRunner().invoke(app, ["serve", "--home", str(home["home"]), "--host", "0.0.0.0"], env={"KAOHE_REVIEW_TOKEN": ""})
    assert result.exit_code == 1
    assert "refusing to serve on 0.0.0.0" in result.output


def test_with_a_token_every_request_needs_it(home):
    app = create_app(home["home"], home["db"], token="s3cret-token-0123456789", host="0.0.0.0")
    with TestClient(app, base_url="http://10.0.0.5:8765") as c:
        assert c.get("/").status_code == 401
        assert c.get("/", headers={"Accept": "text/html"}, follow_redirects=False).headers["location"] == "/login"
        assert c.get("/schemes/1/versions/1/pages/4.png").status_code == 401
        assert c.get("/", headers={"X-Kaohe-Token": "wrong"}).status_code == 401
        assert c.get("/", headers={"X-Kaohe-Token": "s3cret-token-0123456789"}).status_code == 200
        assert c.get("/", headers={"Authorization": "Bearer s3cret-token-0123456789"}).status_code == 200
        assert c.get("/static/review.css").status_code == 200
        login = c.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', login.text).group(1)
        assert c.post("/login", data={"csrf": token, "token": "nope"}).status_code == 401
        assert c.post("/login", data={"token": "s3cret-token-0123456789"}).status_code == 403  # CSRF applies to login too
        ok = c.post("/login", data={"csrf": token, "token": "s3cret-token-0123456789"}, follow_redirects=False)
        assert ok.status_code == 303 and "s3cret-token-0123456789" not in ok.headers["set-cookie"]
        assert c.get("/").status_code == 200  # the login cookie


def test_without_a_token_only_loopback_host_names_are_answered(client):
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400  # DNS rebinding
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200
    assert client.get("/", headers={"Host": "[::1]:8765"}).status_code == 200


def test_a_missing_stored_file_still_shows_the_scheme(tmp_path):
    notice = tmp_path / "evil.html"
    notice.write_text(EVIL, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'home' / 'kaohe.sqlite3'}"
    with Store.open(tmp_path / "home", db) as store:
        sid = ingest(store, notice)
        stored = tmp_path / "home" / store.get(sid).document.stored_path
    stored.unlink()
    with TestClient(create_app(tmp_path / "home", db), base_url=BASE) as c:
        page = c.get(f"/schemes/{sid}")
        assert page.status_code == 200
        assert "is missing" in page.text and 'name="i0.points"' in page.text


def test_the_page_shows_the_document_model_kept_at_ingestion(tmp_path):
    """The stored model, not today's reader: the page shows it even when the file itself is gone."""
    notice = tmp_path / "evil.html"
    notice.write_text(EVIL, encoding="utf-8")
    document = read_document(notice)
    db = f"sqlite:///{tmp_path / 'home' / 'kaohe.sqlite3'}"
    with Store.open(tmp_path / "home", db) as store:
        sid = store.ingest(notice, extract_scheme(document), EXTRACTOR_VERSION, author="ingest",
                           document_json=document.model_dump_json()).info.scheme_id
        (tmp_path / "home" / store.get(sid).document.stored_path).unlink()
    with TestClient(create_app(tmp_path / "home", db), base_url=BASE) as c:
        page = c.get(f"/schemes/{sid}")
    assert page.status_code == 200 and "is missing" not in page.text
    assert '<span class="txt" id="b0">' in page.text and "组织职工读书活动" in page.text


def test_kaohe_serve_prints_one_ready_line_with_the_url(tmp_path):
    import os
    import subprocess
    import sys
    import urllib.request

    env = {k: v for k, v in os.environ.items() if not k.startswith("KAOHE_REVIEW")}
    server = subprocess.Popen(
        [sys.executable, "-c", "from kaohe.cli import app; app()", "serve", "--home", str(tmp_path), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=Path(__file__).resolve().parents[1], env=env)
    try:
        line = server.stdout.readline()  # printed once the server is listening
        url = re.match(r"review page ready on (http://127\.0\.0\.1:\d+/) ", line)
        assert url, line
        assert f"workspace {tmp_path.resolve()}" in line
        with urllib.request.urlopen(url.group(1), timeout=10) as answer:
            assert answer.status == 200
    finally:
        server.terminate()
        server.wait(10)
        server.stdout.close()


def test_kaohe_serve_on_a_port_in_use_is_one_clear_error(tmp_path):
    import socket

    from typer.testing import CliRunner

    from kaohe.cli import app

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--home", str(tmp_path), "--port", str(port)],
                                    env={"KAOHE_REVIEW_TOKEN": "", "KAOHE_REVIEW_TOKENS": ""})
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in " ".join(result.output.split())


# --------------------------------------------------------------------------- one reviewer name per page session


def test_the_scheme_page_asks_the_reviewers_name_once_not_per_form(client, home):
    page = client.get(f"/schemes/{home['ids']['pdf']}").text
    assert page.count('name="author"') == 0
    assert re.findall(r'<form class="js-post inline reviewer" id="reviewer" method="post" action="/reviewer">', page)
    assert page.count('placeholder="your name"') == 1


def test_the_name_given_once_is_shown_and_kept_for_the_session(client, home):
    sid = home["ids"]["html"]
    told = client.post("/reviewer", data={"csrf": csrf_of(client, f"/schemes/{sid}"), "name": " 王 审核 ",
                                          "next": f"/schemes/{sid}"}, follow_redirects=False)
    assert (told.status_code, told.headers["location"]) == (303, f"/schemes/{sid}")
    cookie = told.headers["set-cookie"]
    assert cookie.startswith("kaohe_author=") and "expires" not in cookie.lower() and "max-age" not in cookie.lower()
    page = client.get(f"/schemes/{sid}").text
    assert '<strong id="reviewer-name">王 审核</strong>' in page and 'placeholder="your name"' not in page


def test_a_write_without_a_name_field_is_recorded_under_the_sessions_name(client, home):
    sid = home["ids"]["evil"]
    client.post("/reviewer", data={"csrf": csrf_of(client, f"/schemes/{sid}"), "name": "赵审核"})
    fields = {k: v for k, v in form(client, sid, reason="one name for the session", **{"i0.points": "4"}).items()
              if k not in ("name", "next")}
    saved = client.post(f"/schemes/{sid}/correct", data=fields, headers={"Accept": "application/json"})
    assert saved.status_code == 200, saved.text
    with Store.open(home["home"], home["db"]) as store:
        assert store.log(sid)[-1].author == "赵审核"


def test_change_forgets_the_name_so_the_page_asks_again(client, home):
    sid = home["ids"]["pdf"]
    client.post("/reviewer", data={"csrf": csrf_of(client, f"/schemes/{sid}"), "name": "钱审核"})
    client.post("/reviewer", data={"csrf": csrf_of(client, f"/schemes/{sid}"), "name": ""})
    page = client.get(f"/schemes/{sid}").text
    assert 'id="reviewer-name"' not in page and 'placeholder="your name"' in page


def test_a_write_with_no_name_at_all_asks_for_it(client, home):
    sid = home["ids"]["pdf"]
    response = client.post(f"/schemes/{sid}/correct", data=form(client, sid, reason="r", **{"i0.points": "7"}),
                           headers={"Accept": "application/json"})
    assert (response.status_code, response.json()["error"]) == (
        422, "enter your name at the top of the page (it is recorded in the audit log)")


def test_the_name_form_never_redirects_to_another_site(client, home):
    told = client.post("/reviewer", data={"csrf": csrf_of(client), "name": "孙审核", "next": "//evil.example/x"},
                       follow_redirects=False)
    assert told.headers["location"] == "/"


def test_the_page_lists_what_limits_the_bonus_entries_together(tmp_path):
    notice = tmp_path / "limits.txt"
    notice.write_text("志愿服务考核细则\n考核满分100分。\n1. 服务时长（60分）\n2. 服务质量（40分）\n附加分\n"
                      "- 获市级表彰：+4分\n- 经验被推广：+2分\n加分合计超过3分的部分按40%计入。加分合计最多5分。\n",
                      encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'home' / 'kaohe.sqlite3'}"
    with Store.open(tmp_path / "home", db) as store:
        sid = ingest(store, notice)
    with TestClient(create_app(tmp_path / "home", db), base_url=BASE) as c:
        page = c.get(f"/schemes/{sid}")
    assert "bonus: above 3 counted at 40%" in page.text and "bonus: at most 5 together" in page.text
