"""The prefill view in Chromium (as tests/test_web_browser.py runs the review page): a rater reads the
highlighted evidence, confirms one proposal, corrects another, and sees both in the audit list."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from typer.testing import CliRunner

from kaohe.cli import app as cli
from pipeline.prefill.runs import PrefillRuns
from test_web_browser import ARGS, CHROMIUM, serve, shot, sign_in_as

DATA = Path(__file__).parent / "data" / "prefill"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no browser at {CHROMIUM}: run scripts/install_browser.sh")


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("prefill-browser")
    result = CliRunner().invoke(cli, ["prefill", str(DATA / "schemes" / "004_langqiao.json"),
                                      str(DATA / "reports" / "seed_1_langqiao.txt"), "-o", str(root / "s.xlsx"),
                                      "--review", "--home", str(root / "home")])
    assert result.exit_code == 0, result.output
    return root / "home"


@pytest.fixture(scope="module")
def server(home) -> Iterator[str]:
    from review.app import create_app

    yield from serve(create_app(home))


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = b.new_context(viewport={"width": 1500, "height": 950}, locale="zh-CN")
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.goto(f"{server}/prefill/1")
        sign_in_as(pg, "王审核")  # the page session's reviewer, asked once
        yield pg
        assert errors == []
        b.close()


def test_evidence_is_highlighted_and_linked_from_its_proposal(page):
    assert page.locator("section.report span.evidence").count() >= 12
    row = page.locator("#row-6-value")
    assert row.locator("input[name=value]").input_value() == "26"
    assert row.locator("td.ev strong").inner_text() == "26家"
    row.locator("td.ev > a").click()
    target = page.locator("section.report span:target")
    assert "任务13家,完成26家" in target.inner_text()


def test_confirm_and_correct_in_the_browser(page, home):
    row = page.locator("#row-1-value")
    row.locator("button[type=submit]").click()
    page.wait_for_url("**/prefill/1?unit=0#row-1-value")
    assert page.locator("#row-1-value td.status").inner_text().strip() == "confirmed · 王审核"
    row = page.locator("#row-7-count")
    assert row.locator("input[name=value]").input_value() == "2"
    assert "sum of several figures" in row.locator("td.ev").inner_text()
    row.locator("input[name=value]").fill("1")
    row.locator("button[type=submit]").click()
    page.wait_for_url("**#row-7-count")
    assert page.locator("#row-7-count td.status").inner_text().strip() == "corrected · 王审核"
    audit = page.locator("#audit li").all_inner_texts()
    assert [a.split(" · ", 1)[1] for a in audit] == ["王审核 · confirmed 1 value = 7.38%",
                                                      "王审核 · corrected 7 count = 1 (proposed 2)"]
    shot(page, "prefill_view.png")
    assert [(a["item"], a["value"]) for a in PrefillRuns(home).audit(1)] == [("1", "7.38%"), ("7", "1")]


def test_a_wrong_kind_of_value_is_refused_on_the_page(page, home):
    row = page.locator("#row-8-met")
    row.locator("input[name=value]").fill("也许")
    row.locator("button[type=submit]").click()
    assert "is not yes/no" in page.locator("#prefill-error").inner_text()
    assert len(PrefillRuns(home).audit(1)) == 2
