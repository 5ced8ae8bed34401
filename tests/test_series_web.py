"""The comparison page over HTTP: changes, both notices, proposals accepted with one click, series confirmed."""

from __future__ import annotations

import re
import warnings

import pytest
from series_pairs import stored_series

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*starlette.testclient.*")
    from fastapi.testclient import TestClient

from review.app import create_app
from schemes.store import Store

BASE = "http://127.0.0.1"
FILES = ["examples/notices/001_union_2011_table.docx", "tests/data/series/union_2012.docx"]


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    return stored_series(home, FILES)


@pytest.fixture
def client(home):
    with TestClient(create_app(home), base_url=BASE) as c:
        yield c


def fields(html: str, form_id: str) -> dict:
    form = re.search(rf'<form[^>]*action="{re.escape(form_id)}".*?</form>', html, re.S).group(0)
    return dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form))


def test_the_scheme_page_links_the_comparison_with_last_year(client):
    assert 'href="/schemes/2/compare"' in client.get("/schemes/2").text
    assert 'id="compare-link"' not in client.get("/schemes/1").text  # the first year has none


def test_the_comparison_page_shows_changes_and_both_notices(client):
    page = client.get("/schemes/2/compare")
    assert page.status_code == 200
    html = page.text
    assert "changed since last year: 10 items" in html  # the 9 of the notice + item 6, corrected last year
    assert "<del>98%</del><ins>99%</ins>" in html
    assert 'id="old-source"' in html and 'id="new-source"' in html
    assert "001_union_2011_table.docx" in html and "union_2012.docx" in html
    assert "研究室 → 办公室" in html


@pytest.mark.parametrize("url", ["/schemes/2/compare", "/schemes/2/series"])
def test_the_comparison_and_series_pages_ask_the_reviewers_name_once(client, url):
    html = client.get(url).text
    assert 'name="author"' not in html and html.count('placeholder="your name"') == 1
    assert f'<input type="hidden" name="next" value="{url}">' in html


def test_a_scheme_without_last_year_says_so(client):
    page = client.get("/schemes/1/compare")
    assert page.status_code == 404 and "no earlier scheme in its series" in page.text
    assert client.get("/schemes/2/compare?old=1@1").status_code == 200


def test_accepting_a_proposal_records_the_correction(client, home):
    html = client.get("/schemes/2/compare").text
    assert "item 6 points → 4" in html and "原表分值印错" in html
    data = {**fields(html, "/schemes/2/proposals/accept"), "author": "王芳"}
    done = client.post("/schemes/2/proposals/accept", data=data, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/schemes/2/compare?done=accepted"
    with Store.open(home=home) as store:
        info = store.get(2)
        assert info.scheme.item("6").points == 4 and info.corrections[0].author == "王芳"
    assert 'id="proposals"' not in client.get("/schemes/2/compare").text


def test_confirming_the_series_is_audited(client, home):
    html = client.get("/schemes/2/compare").text
    data = {**fields(html, "/schemes/2/series"), "author": "王芳"}
    done = client.post("/schemes/2/series", data=data, follow_redirects=False,
                       headers={"Referer": f"{BASE}/schemes/2/compare"})
    assert done.status_code == 303 and done.headers["location"] == "/schemes/2/compare?done=series"
    assert "confirmed by 王芳" in client.get("/schemes/2/compare").text
    with Store.open(home=home) as store:
        assert store.log(2)[-1].action == "series"


def test_a_reviewer_moves_a_scheme_to_a_new_series_on_the_series_page(client, home):
    html = client.get("/schemes/2/series").text
    assert "工会工作目标管理考核表" in html and 'id="series-schemes"' in html
    data = {**fields(html, "/schemes/2/series"), "action": "new", "name": "某区总工会 / 目标管理考核表",
            "author": "王芳"}
    assert client.post("/schemes/2/series", data=data, follow_redirects=False).headers["location"] == \
        "/schemes/2/series?done=series"
    page = client.get("/schemes/2/series").text
    assert "某区总工会 / 目标管理考核表" in page and "confirmed by 王芳" in page
    assert 'id="compare-link"' not in client.get("/schemes/2").text  # no earlier scheme in the new series
    refused = client.post("/schemes/2/series", data={**fields(page, "/schemes/2/series"), "action": "move",
                                                     "author": "王芳", "to": ""})
    assert refused.status_code == 422
