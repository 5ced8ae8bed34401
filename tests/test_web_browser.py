"""The review page in a real browser (Debian's chromium driven by Playwright).

A review server runs in a background thread against a temporary workspace
filled by ingesting real notices.  The tests click through what a reviewer
does: select an item and see its source, change points and watch the sums,
save a correction, lose a race against another reviewer, approve and publish,
and open a notice that tries to run a script.  Screenshots of the scheme page
are written to ``test-artifacts/``.  Run ``scripts/install_browser.sh`` first
(``make test`` does); without /usr/bin/chromium these tests are skipped.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest

from extractors import read_document
from pipeline.extract import EXTRACTOR_VERSION, extract_scheme
from review_schemes import large_scheme, nested_scheme, store_scheme
from schemes.store import Store

CHROMIUM = Path(os.environ.get("KAOHE_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "examples" / "notices"
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no browser at {CHROMIUM}: run scripts/install_browser.sh")

EVIL = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>测试工会2020年度工作考核方案</title></head><body>
<h1>测试工会2020年度工作考核方案</h1>
<p>为做好考核工作,特制定本方案。&lt;script&gt;window.__pwned=1&lt;/script&gt;<script>window.__pwned=1</script></p>
<p><img src="x" onerror="window.__pwned=2">考核内容如下&lt;img src=x onerror="window.__pwned=2"&gt;:</p>
<table border="1"><tr><th>项目</th><th>考核内容及标准</th><th>分值</th></tr>
<tr><td>宣传教育</td><td>1.开展宣传活动&lt;script&gt;window.__pwned=1&lt;/script&gt;。(3分)<br>2.组织职工读书活动<script>window.__pwned=1</script>。(2分)</td><td>5</td></tr>
<tr><td>权益维护</td><td>1.开展法律援助。(2分)<br>2.做好信访接待。(2分)</td><td>4</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("web-browser")
    evil = root / "evil.html"
    evil.write_text(EVIL, encoding="utf-8")
    home, db = root / "home", f"sqlite:///{root / 'home' / 'kaohe.sqlite3'}"
    ids = {}
    with Store.open(home, db) as store:
        for key, path in (("pdf", NOTICES / "002_shaoxing_2019.pdf"), ("html", NOTICES / "000_city_2016.html"),
                          ("docx", NOTICES / "003_district_2023.docx"), ("evil", evil)):
            scheme = extract_scheme(read_document(path))
            ids[key] = store.ingest(path, scheme, EXTRACTOR_VERSION, author="ingest").info.scheme_id
        ids["large"] = store_scheme(store, root / "large.html", large_scheme(root / "large.html"))
        ids["nested"] = store_scheme(store, root / "nested.html", nested_scheme(root / "nested.html"))
    return {"home": home, "db": db, "ids": ids}


@pytest.fixture(scope="module")
def server(workspace) -> Iterator[str]:
    from review.app import create_app

    yield from serve(create_app(workspace["home"], workspace["db"]))


REVIEWERS = {"王审核": "wang-token-0123456789", "li": "li-token-0123456789ab"}


@pytest.fixture(scope="module")
def token_server(workspace) -> Iterator[str]:
    """The same workspace served with one token per reviewer (as with KAOHE_REVIEW_TOKENS)."""
    from review.app import create_app

    tokens = ",".join(f"{name}:{token}" for name, token in REVIEWERS.items())
    yield from serve(create_app(workspace["home"], workspace["db"], tokens=tokens, host="0.0.0.0"))


def serve(app) -> Iterator[str]:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the review server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 950}, locale="zh-CN")
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))  # type: ignore[attr-defined]
    yield pg
    context.close()


def sign_in_as(page, name: str) -> None:
    """Give the page session's reviewer name, once, at the top of the page (the page reloads with it)."""
    page.fill("#reviewer input[name=name]", name)
    page.click("#reviewer-set")
    page.locator("#reviewer-name").wait_for()


def store_of(workspace) -> Store:
    return Store.open(workspace["home"], workspace["db"])


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


# --------------------------------------------------------------------------- tests


def test_pdf_item_outlines_its_source_on_the_page_image(page, server, workspace):
    sid = workspace["ids"]["pdf"]
    with store_of(workspace) as store:
        item = store.get(sid).scheme.items[0]
    page.goto(f"{server}/schemes/{sid}")
    page.click("#row-i0 td.code")
    span = page.locator("#page-4 .hl-span.hl-primary").first
    span.wait_for(state="visible")
    page.wait_for_function("() => { const i = document.querySelector('#page-4 img');"
                           " return i && i.complete && i.naturalWidth > 0; }")
    img, box = page.locator("#page-4 img").bounding_box(), span.bounding_box()
    assert img and box and box["width"] > 10 and box["height"] > 5
    assert img["x"] <= box["x"] and box["x"] + box["width"] <= img["x"] + img["width"]
    assert img["y"] <= box["y"] and box["y"] + box["height"] <= img["y"] + img["height"]
    assert page.locator("#page-4 .hl-cell.hl-primary").is_visible()  # the cell, dashed, around the span
    where = page.text_content("#where")
    assert where.startswith("text · page 4: ") and " ".join(item.sources["text"].quote.split())[:20] in where
    # the outline sits where the reader found the quote: inside the cell's box, scaled to the image
    x0, top, x1, bottom = item.sources["text"].bbox
    scale = img["width"] / 595.3
    assert x0 * scale - 3 <= box["x"] - img["x"] <= x1 * scale
    assert top * scale - 3 <= box["y"] - img["y"] <= bottom * scale
    shot(page, "review_pdf_scheme.png")
    assert page.errors == []


def test_html_item_highlights_the_quoted_span(page, server, workspace):
    sid = workspace["ids"]["html"]
    with store_of(workspace) as store:
        scheme = store.get(sid).scheme
    page.goto(f"{server}/schemes/{sid}")
    for n in (1, 6):
        page.click(f"#row-i{n} td.code")
        mark = page.locator("mark.hl-primary")
        assert mark.count() == 1 and mark.is_visible()
        assert mark.text_content() == scheme.items[n].sources["text"].quote
    page.click("#row-i1 input.item-pts")  # the points field: its own source becomes the main highlight
    assert page.locator("mark.hl-primary").text_content() == scheme.items[1].sources["points"].quote
    page.click("#flag-0 a.hl-link")  # a flag's link shows where the doubt is
    assert page.locator("mark.hl-primary").text_content() == scheme.flags[0].source.quote
    shot(page, "review_html_scheme.png")
    assert page.errors == []


def test_points_update_the_sums_and_saving_records_a_correction(page, server, workspace):
    sid = workspace["ids"]["pdf"]
    page.goto(f"{server}/schemes/{sid}")
    sign_in_as(page, "王审核")
    assert page.text_content("#sum-c0") == "Σ items 18"
    assert not page.locator("#mis-c0").is_visible() and not page.locator("#mis-total").is_visible()
    page.fill("#row-i0 input.item-pts", "7")
    assert page.text_content("#sum-c0") == "Σ items 19"
    assert page.locator("#mis-c0").is_visible() and page.text_content("#mis-c0") == "≠ declared 18"
    assert page.locator("#row-c0.bad").count() == 1
    assert page.text_content("#sum-total") == "Σ categories 100"  # the declared subtotals still add up …
    assert not page.locator("#mis-total").is_visible()
    page.fill("#row-c0 input.cat-pts", "19")  # … until the subtotal follows the item: now the total is off
    assert not page.locator("#mis-c0").is_visible()
    assert page.text_content("#sum-total") == "Σ categories 101"
    assert page.locator("#mis-total").is_visible() and page.text_content("#mis-total") == "≠ declared 100"
    assert page.text_content("#total-status") == "total Σ 101 ≠ 100"  # also in sight next to the save button
    assert page.text_content("#changes") == "2 unsaved changes"
    shot(page, "review_pdf_edit.png")
    page.fill("#reason", "附件2 第1项为7分")
    page.click("#save")
    page.wait_for_url("**/schemes/*?done=saved")
    assert page.text_content("#flash") == "Correction recorded."
    assert page.input_value("#row-i0 input.item-pts") == "7"
    assert page.text_content("#reviewer-name") == "王审核"  # the session's name, shown, used by the next write
    with store_of(workspace) as store:
        info = store.get(sid)
        last = store.log(sid)[-1]
    assert info.scheme.items[0].points == 7 and info.scheme.categories[0].points == 19
    assert last.action == "corrected" and last.author == "王审核"
    assert [c.reason for c in last.corrections] == ["附件2 第1项为7分"]
    assert {op["path"] for op in last.corrections[0].ops} == {"/items/@1.1/points", "/categories/@1/points"}
    assert "附件2 第1项为7分" in page.text_content(".history")
    assert page.errors == []


def test_a_stale_page_gets_the_conflict_message(page, server, workspace):
    sid = workspace["ids"]["html"]
    page.goto(f"{server}/schemes/{sid}")
    sign_in_as(page, "li")
    with store_of(workspace) as store:  # another reviewer saves first
        info = store.get(sid)
        store.correct(sid, [{"op": "replace", "path": f"/items/@{info.scheme.items[2].id}/points", "value": 1.5}],
                      author="张三", reason="other reviewer", base_revision=info.revision)
    page.fill("#row-i2 input.item-pts", "4")
    page.fill("#reason", "mine")
    with page.expect_response(lambda r: r.url.endswith(f"/schemes/{sid}/correct")) as response:
        page.click("#save")
    assert response.value.status == 409
    banner = page.locator("#banner")
    banner.wait_for(state="visible")
    assert banner.text_content().startswith(f"conflict: scheme {sid} was changed by 张三")
    assert page.input_value("#row-i2 input.item-pts") == "4"  # the reviewer's edit is not thrown away
    shot(page, "review_conflict.png")
    with store_of(workspace) as store:
        assert store.get(sid).scheme.items[2].points == 1.5
        assert store.log(sid)[-1].author == "张三"


def test_approve_and_publish_with_open_flags_needs_a_reason(page, server, workspace):
    sid = workspace["ids"]["docx"]
    page.goto(f"{server}/schemes/{sid}")
    sign_in_as(page, "li")
    page.click("#approve")
    page.wait_for_url("**?done=approved")
    assert page.text_content("#status") == "reviewed"
    page.click("#publish-open")
    assert page.locator("ul.blockers li").count() >= 1
    page.fill("textarea[name=override_reason]", "trailing articles are not part of the notice")
    page.click("#publish")
    page.wait_for_url("**?done=published")
    assert page.text_content("#status") == "published"
    assert page.locator("fieldset.plain[disabled]").count() == 1  # frozen: no more edits here
    with store_of(workspace) as store:
        assert store.get(sid).status == "published"
        assert store.log(sid)[-1].override_reason == "trailing articles are not part of the notice"


def test_a_notice_with_script_tags_does_not_run_them(page, server, workspace):
    sid = workspace["ids"]["evil"]
    with store_of(workspace) as store:
        scheme = store.get(sid).scheme
    blocked: list[str] = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{server}/")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shot(page, "review_list.png")
    page.goto(f"{server}/schemes/{sid}")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    source = page.text_content("#source")
    assert "<script>window.__pwned=1</script>" in source  # shown as text, not run
    assert '<img src=x onerror="window.__pwned=2">' in source
    assert page.locator("#source script, #source img").count() == 0
    item = next(i for i in scheme.items if "<script>" in i.text)
    n = scheme.items.index(item)
    assert page.input_value(f"#row-i{n} textarea[name='i{n}.text']") == item.text
    page.click(f"#row-i{n} td.code")
    assert page.locator("mark.hl-primary").text_content() == item.sources["text"].quote
    page.click(f"#row-i{n} td.code")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shot(page, "review_script_notice.png")
    assert page.errors == [] and blocked == []  # nothing even tried to run


def test_a_500_item_scheme_renders_and_saves_only_what_changed(page, server, workspace):
    sid = workspace["ids"]["large"]
    started = time.monotonic()
    page.goto(f"{server}/schemes/{sid}")
    sign_in_as(page, "王审核")
    # null-safe: under load the status element may not exist yet when the wait first evaluates
    page.wait_for_function("() => (document.getElementById('total-status')?.textContent ?? '') !== ''")
    loaded = time.monotonic() - started
    assert page.locator("tr.item-row").count() == 500
    assert loaded < 10, f"the page took {loaded:.1f} s"
    assert page.text_content("#total-status") == "total Σ 1000 ✓"
    page.fill("#row-i437 input.item-pts", "3")
    assert page.text_content("#sum-c43") == "Σ items 21" and page.text_content("#mis-c43") == "≠ declared 20"
    page.fill("#reason", "第44类第8项为3分")
    with page.expect_request(lambda r: r.url.endswith(f"/schemes/{sid}/correct")) as sent:
        page.click("#save")
    body = sent.value.post_data_json
    assert body["fields"] == {"i437.id": "44.8", "i437.points": "3"}  # not 3000 form fields
    page.wait_for_url("**/schemes/*?done=saved")
    assert page.text_content("#flash") == "Correction recorded."
    with store_of(workspace) as store:
        assert store.get(sid).scheme.item("44.8").points == 3
        assert store.log(sid)[-1].corrections[0].ops == [
            {"op": "replace", "path": "/items/@44.8/points", "value": 3}]
    assert page.errors == []


def test_nested_categories_are_indented_groups_with_their_sums(page, server, workspace):
    sid = workspace["ids"]["nested"]
    page.goto(f"{server}/schemes/{sid}")
    rows = page.locator("tr.cat-row")
    assert [rows.nth(n).get_attribute("data-depth") for n in range(rows.count())] == ["0", "1", "2", "2", "1", "0"]
    names = [page.input_value(f"#row-c{n} input.cat-name") for n in range(6)]
    assert names == ["党建工作", "组织建设", "班子建设", "队伍建设", "作风建设", "业务工作"]
    assert [page.text_content(f"#sum-c{n}") for n in range(6)] == [
        "Σ sub-categories 60", "Σ sub-categories 30", "Σ items 20", "Σ items 10", "Σ items 30", "Σ items 40"]
    assert page.text_content("#total-status") == "total Σ 100 ✓"
    assert "weight 40%" in page.text_content("#row-c5")
    indent = [page.eval_on_selector(f"#row-c{n} td:nth-child(2)", "e => parseFloat(getComputedStyle(e).paddingLeft)")
              for n in (0, 1, 2)]
    assert indent[0] < indent[1] < indent[2]
    item = page.eval_on_selector("#row-i0 td:nth-child(2)", "e => parseFloat(getComputedStyle(e).paddingLeft)")
    assert item == indent[2]  # an item sits at its category's level
    page.fill("#row-i0 input.item-pts", "12")  # a third-level item: every level above it moves
    assert page.text_content("#mis-c2") == "≠ declared 20"
    assert page.text_content("#sum-c1") == "Σ sub-categories 30"  # 1.1.1 still counts its declared 20 …
    page.fill("#row-c2 input.cat-pts", "22")  # … until the reviewer corrects it
    assert page.text_content("#mis-c1") == "≠ declared 30" and page.text_content("#sum-c1") == "Σ sub-categories 32"
    assert page.text_content("#total-status") == "total Σ 100 ✓"  # 1 still declares 60
    shot(page, "review_nested_scheme.png")
    assert page.errors == []


def test_a_corrected_criteria_text_shows_its_rule_before_saving(page, server, workspace):
    sid = workspace["ids"]["nested"]
    page.goto(f"{server}/schemes/{sid}")
    sign_in_as(page, "li")
    n = 7  # 2.2 职工满意度测评
    page.click(f"#row-i{n} details summary")
    page.fill(f"#row-i{n} textarea.criteria", "每发现一起投诉扣2分，扣完为止")
    preview = page.locator(f"#preview-i{n}")
    page.wait_for_function(f"() => document.getElementById('preview-i{n}').textContent.startsWith('new rule')",
                           timeout=20_000)
    assert preview.text_content().startswith("new rule: per_occurrence: delta=-2")
    with store_of(workspace) as store:
        assert store.get(sid).scheme.item("2.2").rule.kind == "threshold"  # nothing saved yet
    shot(page, "review_rule_preview.png")
    page.fill("#reason", "附件第3页")
    page.click("#save")
    page.wait_for_url("**/schemes/*?done=saved")
    with store_of(workspace) as store:
        item = store.get(sid).scheme.item("2.2")
    assert item.criteria == "每发现一起投诉扣2分，扣完为止" and item.rule.kind == "per_occurrence"
    assert page.errors == []


def test_with_reviewer_tokens_the_login_names_the_author(page, token_server, workspace):
    sid = workspace["ids"]["nested"]
    page.goto(f"{token_server}/schemes/{sid}")
    page.wait_for_url("**/login")
    page.fill("input[name=token]", "wrong-token-0123456789")
    page.click("button[type=submit]")
    assert "wrong access token" in page.text_content(".error-message")
    page.fill("input[name=token]", REVIEWERS["li"])
    page.click("button[type=submit]")
    page.goto(f"{token_server}/schemes/{sid}")
    assert page.text_content("#signed-in") == "signed in as li"
    assert page.locator("#reviewer").count() == 0 and page.locator("input[name=author]").count() == 0  # no name asked
    cookie = next(c for c in page.context.cookies() if c["name"] == "kaohe_session")
    assert REVIEWERS["li"] not in cookie["value"] and cookie["httpOnly"] and cookie["expires"] > time.time()
    page.fill("#row-i2 input.item-pts", "6")
    page.fill("#reason", "附件第2页")
    page.click("#save")
    page.wait_for_url("**/schemes/*?done=saved")
    with store_of(workspace) as store:
        assert store.log(sid)[-1].author == "li"
    page.click("text=Log out")
    page.wait_for_url("**/login")
    page.goto(f"{token_server}/schemes/{sid}")
    page.wait_for_url("**/login")  # logged out: back to the login page
    assert page.errors == []


def test_resolving_a_flag_sends_the_flag_and_its_note_only(page, server, workspace):
    sid = workspace["ids"]["html"]
    with store_of(workspace) as store:
        info = store.get(sid)
    open_flags = [n for n, f in enumerate(info.scheme.flags) if not f.resolved]
    n = open_flags[0]
    page.goto(f"{server}/schemes/{sid}")
    sign_in_as(page, "li")
    page.check(f"input[name='f{n}.resolved']")
    page.fill(f"input[name='f{n}.resolution']", "checked against the notice")
    page.fill("#reason", "flag checked")
    with page.expect_request(lambda r: r.url.endswith(f"/schemes/{sid}/correct")) as sent:
        page.click("#save")
    fields = sent.value.post_data_json["fields"]
    assert set(fields) == {f"f{n}.key", f"f{n}.resolved", f"f{n}.resolution"} and fields[f"f{n}.resolved"] == "on"
    page.wait_for_url("**/schemes/*?done=saved")
    with store_of(workspace) as store:
        flag = store.get(sid).scheme.flags[n]
    assert flag.resolved and flag.resolution == "checked against the notice (li)"
    assert page.errors == []


def test_the_page_in_chinese_a_broken_sum_and_its_flag(monkeypatch, page, server, workspace, tmp_path):
    """The default language in Chromium: every label Chinese (screenshot kept), the live sums in Chinese,
    and a saved edit that breaks a sum opens its flag at once; undoing it closes the flag."""
    from test_i18n import english_words

    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    with store_of(workspace) as store:  # a scheme of its own: other tests edit the shared ones
        sid = store_scheme(store, tmp_path / "small.html", large_scheme(tmp_path / "small.html", 2, 3))
    page.goto(f"{server}/schemes/{sid}")
    sign_in_as(page, "李明")
    before = page.text_content("section.flags h2")
    assert before == "提示 均已处理"
    page.fill("#row-i0 input.item-pts", "3")
    assert page.text_content("#changes") == "未保存的修改：1 处"
    shown = page.inner_text("header") + page.inner_text("#scheme")
    history = page.inner_text("section.history")
    assert english_words(shown.replace(history, "")) == []
    shot(page, "review_zh_edit.png")
    page.fill("#reason", "核对原文")
    page.click("#save")
    page.wait_for_url("**/schemes/*?done=saved")
    assert page.text_content("#flash") == "更正已记录。"
    assert page.text_content("section.flags h2") != before
    group = page.locator('.flag-group[data-kind="subtotal_mismatch"]')
    assert group.locator(".flag-kind").text_content() == "类别合计不符"
    assert group.locator(".badge.sev").text_content() == "阻止发布"
    assert group.locator(".msg").text_content() == "类别 1 类别1合计不符：标明 6，指标合计 7"
    assert "1.1 分值 2 → 3（李明：核对原文）" in page.inner_text("section.history")
    shot(page, "review_zh_flag.png")
    page.fill("#row-i0 input.item-pts", "2")
    page.fill("#reason", "改回")
    with page.expect_navigation():  # the page is on ?done=saved already: wait for the new load
        page.click("#save")
    assert page.text_content("section.flags h2") == before, page.inner_text("section.flags")
    assert page.locator('.flag-group[data-kind="subtotal_mismatch"]').count() == 0
    assert page.errors == []
