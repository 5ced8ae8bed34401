"""The prefill view of the review page (FastAPI TestClient): report beside proposals, confirm and correct with
the rater's name in the audit log, the confirmed submission scored by `kaohe score`."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from kaohe.cli import app as cli
from pipeline.prefill.runs import PrefillRuns, RunError

DATA = Path(__file__).parent / "data" / "prefill"
runner = CliRunner()


@pytest.fixture
def run(tmp_path):
    home = tmp_path / "home"
    result = runner.invoke(cli, ["prefill", str(DATA / "schemes" / "003.json"),
                                 str(DATA / "reports" / "r20_nvgong_prose.txt"),
                                 str(DATA / "reports" / "r18_bangongshi_attach.txt"),
                                 "-o", str(tmp_path / "s.xlsx"), "--review", "--home", str(home)])
    assert result.exit_code == 0, result.output
    assert "prefill run 1: confirm at /prefill/1" in result.output
    return home


@pytest.fixture
def client(run):
    from review.app import create_app

    with TestClient(create_app(run), base_url="http://127.0.0.1") as c:
        yield c


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_the_view_shows_the_report_with_evidence_highlighted_and_the_proposals(client):
    html = client.get("/prefill/1?unit=1").text
    assert "r18_bangongshi_attach.txt" in html and "办公室" in html
    assert re.search(r'<span id="s-\d+" class="evidence" title="[^"]*2\.1 count', html)
    assert 'aria-label="value 2.1 count"' in html and 'value="1"' in html
    assert "no evidence" in html
    assert '<details class="candidates small"><summary>candidates</summary>' in html  # kept for review


def test_confirm_and_correct_are_audited_and_written_to_the_confirmed_submission(client, run):
    html = client.get("/prefill/1?unit=1").text
    csrf = _csrf(html)
    form = {"csrf": csrf, "unit": "办公室", "unit_index": "1", "author": "张三"}
    r = client.post("/prefill/1/confirm", data={**form, "item": "2.1", "input": "count", "value": "1"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/prefill/1?unit=1#row-2.1-count")
    r = client.post("/prefill/1/confirm", data={**form, "item": "6.1", "input": "count", "value": "2",
                                                "author": "李四"}, follow_redirects=False)
    assert r.status_code == 303
    audit = PrefillRuns(run).audit(1)
    assert [(a["author"], a["item"], a["action"], a["value"], a["proposed"]) for a in audit] == [
        ("张三", "2.1", "confirmed", "1", "1"), ("李四", "6.1", "corrected", "2", "1")]
    with open(PrefillRuns(run).submission(1), encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["unit"], r["item"], r["input"], r["value"]) for r in rows] == [
        ("办公室", "2.1", "count", "1"), ("办公室", "6.1", "count", "2")]
    assert rows[1]["evidence"].startswith("corrected by 李四 ")
    html = client.get("/prefill/1?unit=1").text
    assert "corrected · 李四" in html and "confirmed · 张三" in html


def test_a_value_of_the_wrong_kind_is_refused_with_a_message(client, run):
    csrf = _csrf(client.get("/prefill/1").text)
    r = client.post("/prefill/1/confirm", data={"csrf": csrf, "unit": "办公室", "unit_index": "0", "author": "张三",
                                                "item": "2.1", "input": "count", "value": "1.5"})
    assert r.status_code == 200 and "a count is a whole number ≥ 0, not &#39;1.5&#39;" in r.text
    assert PrefillRuns(run).audit(1) == []


def test_confirming_needs_a_name(run):
    with pytest.raises(RunError, match="enter your name"):
        PrefillRuns(run).confirm(1, "办公室", "2.1", "count", "1", "  ")


def test_the_confirmed_submission_is_scored_like_any_submission(run, tmp_path):
    runs = PrefillRuns(run)
    runs.confirm(1, "女职工部", "2.2", "count", "2", "张三")
    runs.confirm(1, "女职工部", "B1", "count:省总", "1", "张三")
    result = runner.invoke(cli, ["score", str(DATA / "schemes" / "003.json"), str(runs.submission(1)),
                                 "-o", str(tmp_path / "res")])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "res" / "results.csv", encoding="utf-8-sig") as f:
        row = next(csv.DictReader(f))
    assert (row["unit"], row["total"]) == ("女职工部", "107")


def test_the_scheme_list_links_to_the_prefill_runs(client):
    assert 'href="/prefill" id="prefill-link"' in client.get("/").text
    html = client.get("/prefill").text
    assert '<a href="/prefill/1">1</a>' in html and "女职工部、办公室" in html


def test_with_reviewer_tokens_the_prefill_view_needs_a_login_and_audits_the_reviewer(run):
    from review.app import create_app

    app = create_app(run, tokens="王审核:wang-token-0123456789", host="0.0.0.0")
    with TestClient(app, base_url="http://10.0.0.5:8765") as c:
        assert c.get("/prefill/1").status_code == 401
        token = _csrf(c.get("/login").text)
        c.post("/login", data={"csrf": token, "token": "wang-token-0123456789"}, follow_redirects=False)
        html = c.get("/prefill/1?unit=1").text
        assert 'name="author"' not in html  # the login names the reviewer
        r = c.post("/prefill/1/confirm", data={"csrf": _csrf(html), "unit": "办公室", "unit_index": "1",
                                               "item": "2.1", "input": "count", "value": "1", "author": "someone"},
                   follow_redirects=False)
        assert r.status_code == 303
    assert [a["author"] for a in PrefillRuns(run).audit(1)] == ["王审核"]
