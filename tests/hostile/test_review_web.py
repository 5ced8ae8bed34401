"""Hostile input for the review page (issue #14): what a careless or malicious client can try.

Each test is one threat and the defence that holds.  The older cases stay in
tests/test_web_http.py and tests/test_web_browser.py (CSRF, escaping, the
Content-Security-Policy, the host check against DNS rebinding, path
traversal, a notice with script tags); the catalogue in tests/hostile/README.md
lists both.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette's note about httpx vs httpx2 is not ours to fix
    warnings.filterwarnings("ignore", message=".*starlette.testclient.*")
    from fastapi.testclient import TestClient

from review.app import create_app
from review.render import MAX_SIDE, Sources
from review.security import MIN_TOKEN_LENGTH, Sessions, Throttle, UnsafeBinding
from review_schemes import large_scheme, nested_scheme, store_scheme
from schemes.model import DocumentRef
from schemes.store import DocumentInfo, Store

TOKEN = "t0ken-for-the-whole-team-0123"
ALICE, BOB = "alice-token-0123456789", "bob-token-0123456789ab"
JSON = {"Accept": "application/json"}


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("review-hostile")
    db = f"sqlite:///{root / 'home' / 'kaohe.sqlite3'}"
    with Store.open(root / "home", db) as store:
        ids = {"large": store_scheme(store, root / "large.html", large_scheme(root / "large.html")),
               "nested": store_scheme(store, root / "nested.html", nested_scheme(root / "nested.html"))}
    return {"home": root / "home", "db": db, "ids": ids, "root": root}


def app_of(home: dict, **kwargs):
    return create_app(home["home"], home["db"], **kwargs)


def csrf(client: TestClient, url: str = "/login") -> str:
    client.get(url)
    return client.cookies["kaohe_csrf"]


def page_fields(client: TestClient, sid: int) -> dict[str, str]:
    """Every field of the scheme page's save form as rendered (what a browser without script posts)."""
    html = client.get(f"/schemes/{sid}").text
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    fields.update(re.findall(r'<input (?:class="[^"]*" )?name="([^"]+)" value="([^"]*)"', html))
    return fields


def save(client: TestClient, sid: int, fields: dict[str, str], *, author: str = "li", reason: str = "r",
         base_revision: int | None = None):
    with Store.open(client.app.state.store.workspace.home, client.app.state.store.workspace.db_url) as store:
        info = store.get(sid)
    body = {"base_revision": info.revision if base_revision is None else base_revision, "version": info.version,
            "author": author, "reason": reason, "fields": fields}
    return client.post(f"/schemes/{sid}/correct", json=body, headers={**JSON, "X-CSRF-Token": csrf(client, "/")})


# --------------------------------------------------------------------------- tokens (#14.6)


@pytest.mark.parametrize("token", ["x", "short-token", "a" * (MIN_TOKEN_LENGTH - 1)])
def test_a_short_token_is_refused_at_start_up(home, token):
    with pytest.raises(UnsafeBinding, match=f"must have at least {MIN_TOKEN_LENGTH}"):
        app_of(home, token=token, host="0.0.0.0")


def test_the_cli_says_the_token_is_too_short(home):
    from typer.testing import CliRunner

    from kaohe.cli import app

    result = CliRunner().invoke(app, ["serve", "--home", str(home["home"]), "--host", "0.0.0.0"],
                                env={"KAOHE_REVIEW_TOKEN": "abc", "KAOHE_REVIEW_TOKENS": ""})
    assert result.exit_code == 1
    assert "the access token is 3 characters long; it must have at least 16" in " ".join(result.output.split())


@pytest.mark.parametrize("tokens, problem", [
    ("alice", "entry 1 is not 'name:token'"),
    (f"alice:{ALICE},bob:{ALICE}", "reviewers alice and bob have the same token"),
    (f"alice:{ALICE},alice:{BOB}", "reviewer alice is listed twice"),
    ("alice:short", "reviewer alice: the access token is 5 characters long"),
])
def test_bad_reviewer_token_lists_are_refused_at_start_up(home, tokens, problem):
    with pytest.raises(UnsafeBinding, match=re.escape(problem)):
        app_of(home, tokens=tokens, host="0.0.0.0")


def test_a_tokens_file_names_each_reviewer(home, tmp_path):
    listing = tmp_path / "reviewers.txt"
    listing.write_text(f"# reviewers of 2024\nalice:{ALICE}\n\nbob: {BOB}  # on leave in May\n", encoding="utf-8")
    guard = app_of(home, tokens_file=listing, host="0.0.0.0").state.guard
    assert guard.reviewers == {ALICE: "alice", BOB: "bob"}


def test_wrong_tokens_lock_the_address_out(home):
    clock = [1000.0]
    app = app_of(home, token=TOKEN, host="0.0.0.0", throttle=Throttle(clock=lambda: clock[0]))
    with TestClient(app, base_url="http://10.0.0.5:8765") as c:
        token = csrf(c)
        for _ in range(4):
            assert c.post("/login", data={"csrf": token, "token": "guess-guess-guess"}).status_code == 401
        locked = c.post("/login", data={"csrf": token, "token": "guess-guess-guess"})
        assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 60
        assert "too many wrong access tokens" in locked.text
        # locked out: even the right token, by form or by header, is refused
        assert c.post("/login", data={"csrf": token, "token": TOKEN}).status_code == 429
        assert c.get("/", headers={"X-Kaohe-Token": TOKEN}).status_code == 429
        clock[0] += 15 * 60 + 1
        ok = c.post("/login", data={"csrf": token, "token": TOKEN}, follow_redirects=False)
        assert ok.status_code == 303


def test_wrong_header_tokens_count_towards_the_lockout(home):
    app = app_of(home, token=TOKEN, host="0.0.0.0")
    with TestClient(app, base_url="http://10.0.0.5:8765") as c:
        for _ in range(5):
            assert c.get("/", headers={"X-Kaohe-Token": "guess-guess-guess"}).status_code == 401
        assert c.get("/", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 429


def test_a_lockout_is_per_client_address(home):
    throttle = Throttle()
    for _ in range(5):
        throttle.failed("10.0.0.66")
    assert throttle.locked_for("10.0.0.66") > 0
    assert throttle.locked_for("10.0.0.7") == 0


def test_the_session_cookie_is_signed_expiring_and_not_the_token(home):
    clock = [1_000_000.0]
    app = app_of(home, token=TOKEN, host="0.0.0.0", session_ttl=3600)
    app.state.guard.sessions.clock = lambda: clock[0]
    with TestClient(app, base_url="http://10.0.0.5:8765") as c:
        ok = c.post("/login", data={"csrf": csrf(c), "token": TOKEN}, follow_redirects=False)
        cookie = ok.headers["set-cookie"]
        assert TOKEN not in cookie and hashlib.sha256(TOKEN.encode()).hexdigest() not in cookie
        assert "Max-Age=3600" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert c.get("/").status_code == 200
        value = c.cookies["kaohe_session"]
        body, mac = value.split(".")
        c.cookies.set("kaohe_session", body[:-2] + ("A" if body[-2] != "A" else "B") + body[-1] + "." + mac)
        assert c.get("/").status_code == 401  # altered: the signature no longer matches
        c.cookies.set("kaohe_session", value)
        clock[0] += 3601
        assert c.get("/").status_code == 401  # expired, even though the browser still sends it


def test_sessions_end_when_the_server_restarts(home):
    first, second = Sessions(), Sessions()
    assert first.read(first.issue("alice")) is not None
    assert second.read(first.issue("alice")) is None


@pytest.mark.parametrize("base_url, secure_cookies, secure", [
    ("https://review.example", False, True), ("http://10.0.0.5:8765", False, False),
    ("http://10.0.0.5:8765", True, True)])
def test_cookies_are_secure_behind_tls(home, base_url, secure_cookies, secure):
    app = app_of(home, token=TOKEN, host="0.0.0.0", secure_cookies=secure_cookies)
    with TestClient(app, base_url=base_url) as c:
        login = c.get("/login")
        assert ("secure" in login.headers["set-cookie"].lower()) is secure  # the CSRF cookie
        token = re.search(r'name="csrf" value="([^"]+)"', login.text).group(1)
        c.cookies.clear()  # an http client keeps a Secure cookie to itself over http: send it by hand
        ok = c.post("/login", data={"csrf": token, "token": TOKEN}, follow_redirects=False,
                    headers={"Cookie": f"kaohe_csrf={token}"})
        assert ok.status_code == 303
        assert ("secure" in ok.headers["set-cookie"].lower()) is secure  # the session cookie


def test_the_audit_log_author_comes_from_the_login(home):
    sid = home["ids"]["nested"]
    app = app_of(home, tokens=f"alice:{ALICE},bob:{BOB}", host="0.0.0.0")
    with TestClient(app, base_url="http://10.0.0.5:8765") as c:
        c.post("/login", data={"csrf": csrf(c), "token": BOB})
        assert "signed in as bob" in c.get(f"/schemes/{sid}").text
        saved = save(c, sid, {"i0.id": "1.1.1.1", "i0.points": "11"}, author="alice (typed by bob)", reason="p. 2")
        assert saved.status_code == 200, saved.text
        saved = save(c, sid, {"i0.id": "1.1.1.1", "i0.points": "10"}, author="", reason="back")
        assert saved.status_code == 200, saved.text  # no name needed: the login names the reviewer
    with Store.open(home["home"], home["db"]) as store:
        log = store.log(sid)
    assert [e.author for e in log[-2:]] == ["bob", "bob"]
    assert [c.author for e in log[-2:] for c in e.corrections] == ["bob", "bob"]


# --------------------------------------------------------------------------- size (#14.5)


def test_a_plain_form_post_of_a_500_item_scheme_is_accepted(home):
    """Without the page's script the browser posts every field (3000+): the form limit fits that."""
    sid = home["ids"]["large"]
    with TestClient(app_of(home), base_url="http://127.0.0.1") as c:
        fields = page_fields(c, sid)
        assert len(fields) > 1000
        fields.update({"author": "li", "reason": "item 7.3 is 3 points", "i62.points": "3"})
        saved = c.post(f"/schemes/{sid}/correct", data=fields, headers=JSON)
        assert saved.status_code == 200, saved.text
    with Store.open(home["home"], home["db"]) as store:
        info = store.get(sid)
        last = store.log(sid)[-1]
    assert info.scheme.items[62].points == 3
    assert last.corrections[0].ops == [{"op": "replace", "path": "/items/@7.3/points", "value": 3}]


def test_a_save_names_only_what_changed(home):
    sid = home["ids"]["large"]
    with TestClient(app_of(home), base_url="http://127.0.0.1") as c:
        saved = save(c, sid, {"i499.id": "50.10", "i499.text": "第50类第10项工作任务完成情况（修订）"}, reason="typo")
        assert saved.status_code == 200, saved.text
        moved = save(c, sid, {"i499.id": "50.9", "i499.points": "1"})
        assert moved.status_code == 409 and "reload the page" in moved.json()["error"]


def test_an_oversized_request_body_is_refused(home):
    with TestClient(app_of(home, max_body=64 * 1024), base_url="http://127.0.0.1") as c:
        token = csrf(c, "/")
        big = {"base_revision": 1, "version": 1, "author": "li", "reason": "x" * 70_000, "fields": {}}
        refused = c.post(f"/schemes/{home['ids']['large']}/correct", json=big,
                         headers={**JSON, "X-CSRF-Token": token})
        assert refused.status_code == 413 and "larger than" in refused.text

        def chunks():  # no Content-Length: counted while it streams
            for _ in range(20):
                yield b"x" * 8192

        streamed = c.post(f"/schemes/{home['ids']['large']}/correct", content=chunks(),
                          headers={**JSON, "X-CSRF-Token": token, "Content-Type": "application/json"})
        assert streamed.status_code == 413


def test_a_malformed_save_request_is_a_clear_422(home):
    with TestClient(app_of(home), base_url="http://127.0.0.1") as c:
        token = csrf(c, "/")
        for body in ('{"base_revision": "x"}', "[1, 2]", "{", '{"base_revision": 1, "version": 1, "fields": [1]}'):
            refused = c.post(f"/schemes/{home['ids']['large']}/correct", content=body,
                             headers={**JSON, "X-CSRF-Token": token, "Content-Type": "application/json"})
            assert refused.status_code == 422, body
            assert refused.json()["error"].startswith("the save request is not valid"), body


# --------------------------------------------------------------------------- conflicts, criteria (#14 smaller, #12)


def test_a_stale_save_names_who_when_and_what_changed(home):
    sid = home["ids"]["nested"]
    with Store.open(home["home"], home["db"]) as store:
        info = store.get(sid)
        store.correct(sid, [{"op": "replace", "path": "/items/@1.2.1/points", "value": 14},
                            {"op": "replace", "path": "/categories/@1.2/name", "value": "作风纪律"}],
                      author="张三", reason="other reviewer", base_revision=info.revision)
    with TestClient(app_of(home), base_url="http://127.0.0.1") as c:
        refused = save(c, sid, {"i5.id": "1.2.2", "i5.points": "16"}, base_revision=info.revision)
    assert refused.status_code == 409
    message = refused.json()["error"]
    assert f"conflict: scheme {sid} was changed by 张三 at " in message
    assert "Changed since your page: r" in message and "张三" in message
    assert "item 1.2.1 points, category 1.2 name" in message
    change = refused.json()["changes"][-1]
    assert change["author"] == "张三" and change["fields"] == ["item 1.2.1 points", "category 1.2 name"]
    with TestClient(app_of(home), base_url="http://127.0.0.1") as c:  # approving from a stale page: the same
        approve = c.post(f"/schemes/{sid}/approve", headers={**JSON, "X-CSRF-Token": csrf(c, "/")},
                         data={"base_revision": info.revision, "version": 1, "author": "li"})
    assert approve.status_code == 409 and "item 1.2.1 points, category 1.2 name" in approve.json()["error"]


def test_the_rule_preview_re_derives_a_corrected_criteria_text(home):
    sid = home["ids"]["nested"]
    with TestClient(app_of(home), base_url="http://127.0.0.1") as c:
        token = csrf(c, "/")
        preview = c.post(f"/schemes/{sid}/rule-preview", headers={**JSON, "X-CSRF-Token": token},
                         json={"item": "2.2", "criteria": "每发现一起违规扣2分，扣完为止", "points": "20"})
        assert preview.status_code == 200, preview.text
        rule = preview.json()["rule"]
        assert rule["kind"] == "per_occurrence" and rule["delta"] == -2 and rule["floor"] == 0
        assert preview.json()["summary"].startswith("per_occurrence: delta=-2")
        assert c.post(f"/schemes/{sid}/rule-preview", headers=JSON,
                      json={"item": "2.2", "criteria": "x"}).status_code == 403  # CSRF applies
        missing = c.post(f"/schemes/{sid}/rule-preview", headers={**JSON, "X-CSRF-Token": token},
                         json={"item": "9.9", "criteria": "x"})
        assert missing.status_code == 404 and "no item '9.9'" in missing.json()["error"]
        too_long = c.post(f"/schemes/{sid}/rule-preview", headers={**JSON, "X-CSRF-Token": token},
                          json={"item": "2.2", "criteria": "扣" * 20_001})
        assert too_long.status_code == 422


def test_saving_a_corrected_criteria_text_records_the_re_derived_rule(home):
    sid = home["ids"]["nested"]
    with TestClient(app_of(home), base_url="http://127.0.0.1") as c:
        saved = save(c, sid, {"i6.id": "2.1", "i6.criteria": "每发现一起违规扣2分，扣完为止"}, reason="notice p. 3")
        assert saved.status_code == 200, saved.text
    with Store.open(home["home"], home["db"]) as store:
        item = store.get(sid).scheme.item("2.1")
        ops = store.log(sid)[-1].corrections[0].ops
    assert item.criteria == "每发现一起违规扣2分，扣完为止"
    assert item.rule.kind == "per_occurrence" and item.rule.delta == -2
    assert [op["path"] for op in ops] == ["/items/@2.1/criteria", "/items/@2.1/rule"]


# --------------------------------------------------------------------------- page images (#14.3)


def huge_page_pdf(path: Path, side: float = 14400) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(side, side)
    pdf.new_page(side, 10)  # a strip: the long side is capped, the short one scaled alike (10 pt → 2 px)
    pdf.save(str(path))
    pdf.close()
    return path


def test_a_huge_pdf_page_renders_at_a_capped_size(tmp_path):
    from PIL import Image

    home = tmp_path / "home"
    stored = home / "documents" / "huge.pdf"
    stored.parent.mkdir(parents=True)
    huge_page_pdf(stored)
    doc = DocumentInfo(sha256=hashlib.sha256(stored.read_bytes()).hexdigest(), original_name="huge.pdf",
                       format="pdf", size=stored.stat().st_size, stored_path="documents/huge.pdf",
                       ingested_at=None)  # type: ignore[arg-type]
    sources = Sources(home)
    pages = sources.pages(doc)
    assert [(p.px_width, p.px_height) for p in pages] == [(MAX_SIDE, MAX_SIDE), (MAX_SIDE, 2)]
    for number in (1, 2):
        with Image.open(sources.page_png(doc, number)) as image:
            assert image.size == (pages[number - 1].px_width, pages[number - 1].px_height)


def test_a_huge_pdf_page_is_served_capped_by_the_page(tmp_path):
    from PIL import Image

    notice = huge_page_pdf(tmp_path / "huge.pdf")
    scheme = nested_scheme(tmp_path / "nested.html")
    scheme.metadata.source = DocumentRef(file="huge.pdf", sha256=hashlib.sha256(notice.read_bytes()).hexdigest(),
                                         format="pdf", pages=2)
    db = f"sqlite:///{tmp_path / 'home' / 'kaohe.sqlite3'}"
    with Store.open(tmp_path / "home", db) as store:
        sid = store_scheme(store, notice, scheme)
    with TestClient(create_app(tmp_path / "home", db), base_url="http://127.0.0.1") as c:
        page = c.get(f"/schemes/{sid}")
        assert page.status_code == 200 and f'width="{MAX_SIDE}" height="{MAX_SIDE}"' in page.text
        image = c.get(f"/schemes/{sid}/versions/1/pages/1.png")
        assert image.status_code == 200
        with Image.open(__import__("io").BytesIO(image.content)) as img:
            assert max(img.size) == MAX_SIDE


@pytest.mark.parametrize("headers, status", [
    ({"Sec-Fetch-Site": "same-origin", "Origin": "null"}, 303),  # Chromium's plain form post: accepted
    ({"Sec-Fetch-Site": "same-site", "Origin": "http://other.10.0.0.5.nip.io"}, 403),
    ({"Sec-Fetch-Site": "cross-site"}, 403),
    ({"Origin": "null"}, 403),  # no fetch metadata: an opaque origin is not trusted
])
def test_the_login_form_trusts_fetch_metadata_over_an_opaque_origin(home, headers, status):
    with TestClient(app_of(home, token=TOKEN, host="0.0.0.0"), base_url="http://10.0.0.5:8765") as c:
        answer = c.post("/login", data={"csrf": csrf(c), "token": TOKEN}, headers=headers, follow_redirects=False)
        assert answer.status_code == status


def test_a_cycle_of_parent_categories_is_shown_once_and_ends(tmp_path):
    """Corrections can make categories each other's parents: the page lists each once, never loops."""
    scheme = nested_scheme(tmp_path / "nested.html")
    scheme.categories[0].parent = "1.1.1"  # 1 → 1.1.1 → 1.1 → 1
    scheme.categories[5].parent = "gone"  # a parent that does not exist: shown at the top level
    db = f"sqlite:///{tmp_path / 'home' / 'kaohe.sqlite3'}"
    with Store.open(tmp_path / "home", db) as store:
        sid = store_scheme(store, tmp_path / "nested.html", scheme)
    with TestClient(create_app(tmp_path / "home", db), base_url="http://127.0.0.1") as c:
        page = c.get(f"/schemes/{sid}")
    assert page.status_code == 200
    rows = re.findall(r'id="row-c(\d+)"[^>]*data-depth="(\d+)"', page.text)
    assert sorted(n for n, _ in rows) == ["0", "1", "2", "3", "4", "5"]
    assert dict(rows)["5"] == "0"


# --------------------------------------------------------------------------- nested JSON (#20.7)

DEEP = "[" * 100_000 + "]" * 100_000


def test_deeply_nested_json_is_a_422_on_every_json_post(home):
    sid = home["ids"]["nested"]
    with TestClient(app_of(home), base_url="http://127.0.0.1") as c:
        token = csrf(c, "/")
        headers = {**JSON, "X-CSRF-Token": token, "Content-Type": "application/json"}
        preview = c.post(f"/schemes/{sid}/rule-preview", content=DEEP, headers=headers)
        assert (preview.status_code, preview.json()["error"]) == (422, "the preview request is nested too deeply")
        saved = c.post(f"/schemes/{sid}/correct", content=DEEP, headers=headers)
        assert saved.status_code == 422 and saved.json()["error"].startswith("the save request is not valid")
        deep_field = "[" * 40_000 + "]" * 40_000  # within the 100,000 characters a field may have
        rule = save(c, sid, {"i0.rule_kind": "threshold", "i0.rule": deep_field})
        assert rule.status_code == 422
        assert rule.json()["error"].endswith("the rule parameters are not valid JSON (the JSON is nested too deeply)")
