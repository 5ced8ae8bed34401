"""The comparison page in Chromium: changes, the two notices side by side, one-click acceptance.

Uses the browser fixtures of test_web_browser.py (Debian's chromium via Playwright; skipped
without /usr/bin/chromium).  A screenshot goes to ``test-artifacts/review_compare.png``.
"""

from __future__ import annotations

from typing import Iterator

import pytest
from series_pairs import stored_series
from test_web_browser import CHROMIUM, browser, page, serve, shot, sign_in_as  # noqa: F401  (fixtures)

from schemes.store import Store

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no browser at {CHROMIUM}: run scripts/install_browser.sh")

FILES = ["examples/notices/001_union_2011_table.docx", "tests/data/series/union_2012.docx"]


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("series-browser") / "home"
    return stored_series(home, FILES)


@pytest.fixture(scope="module")
def server(home) -> Iterator[str]:
    from review.app import create_app

    yield from serve(create_app(home))


def test_comparison_page_shows_both_notices_side_by_side(page, server):  # noqa: F811
    page.goto(f"{server}/schemes/2")
    page.click("#compare-link")
    page.wait_for_url(f"{server}/schemes/2/compare")
    old, new = page.locator("#old-source").bounding_box(), page.locator("#new-source").bounding_box()
    assert old and new and old["width"] > 300 and new["width"] > 300
    assert abs(old["y"] - new["y"]) < 1 and old["x"] + old["width"] <= new["x"] + 1  # side by side
    assert "2011年度工会工作目标管理考核表" in page.text_content("#old-source")
    assert "2012年度工会工作目标管理考核表" in page.text_content("#new-source")
    assert page.text_content("#summary").startswith("changed since last year: 10 items")
    row = page.locator("#changes tr.cmp-criteria", has_text="经审组织").first
    assert row.locator("del").text_content() == "98%" and row.locator("ins").text_content() == "99%"
    assert page.locator("#changes tr.cmp-added").count() == 1
    shot(page, "review_compare.png")
    assert page.errors == []


def test_accept_a_proposal_with_one_click(page, server, home):  # noqa: F811
    page.goto(f"{server}/schemes/2/compare")
    assert "原表分值印错" in page.text_content("#proposal-0")
    sign_in_as(page, "王芳")
    page.click("#proposal-0 button.accept")
    page.wait_for_url(f"{server}/schemes/2/compare?done=accepted")
    assert page.text_content("#flash").startswith("Proposal accepted")
    assert page.locator("#proposals").count() == 0
    with Store.open(home=home) as store:
        assert store.get(2).scheme.item("6").points == 4
    assert page.errors == []
