"""`kaohe schemes compare|series|proposals|accept|table` on a workspace holding two test series."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from series_pairs import gold, stored_series
from typer.testing import CliRunner

from kaohe.cli import app

FILES = ["examples/notices/001_union_2011_table.docx", "tests/data/series/union_2012.docx",
         "examples/notices/003_2669f0fbdc4810f7.txt", "tests/data/series/district_2024.txt"]


@pytest.fixture
def home(tmp_path):
    """Schemes 1 (2011), 2 (2012), 3 (2023), 4 (2024); item 6 of 2011 corrected 3 → 4."""
    home = tmp_path / "home"
    return stored_series(home, FILES)


@pytest.fixture
def kaohe(home):
    runner = CliRunner()

    def run(*args: str, code: int = 0):
        result = runner.invoke(app, [*args, "--home", str(home)])
        assert result.exit_code == code, result.output
        return result.output

    return run


def test_compare_json_lists_every_change_with_old_and_new_items(kaohe):
    out = json.loads(kaohe("schemes", "compare", "1", "2", "--json"))
    triples = sorted((c["change"], c["old"]["id"] if c["old"] else None, c["new"]["id"] if c["new"] else None)
                     for c in out["changes"])
    # the stored 2011 scheme is the corrected one: its item 6 has 4 points, this year's notice says 3
    assert triples == sorted([*(tuple(c) for c in gold("union_2011_2012")["changes"]), ("points", "6", "6")])
    added = next(c for c in out["changes"] if c["change"] == "added")
    assert added["old"] is None and set(added["new"]) == {"id", "path", "text", "points"}
    assert out["mapping"]["29"] == ["28", "29"]


def test_compare_writes_the_changes_workbook(kaohe, tmp_path):
    out = tmp_path / "changes.xlsx"
    text = kaohe("schemes", "compare", "3", "4", "-o", str(out))
    assert "1 item(s) new or changed" in text and f"wrote {out}" in text.replace("\n", "")
    ws = load_workbook(out)["changes"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == ["criteria", "rule", "bonus_changed", "deduction_changed", "veto_removed",
                                    "veto_added", "grade_changed"]
    bonus = next(r for r in rows if r[0] == "bonus_changed")
    assert bonus[-1].endswith("levels.市总: 8.0 → 6.0")


def test_series_lists_each_notice_by_year(kaohe):
    out = json.loads(kaohe("schemes", "series", "--json"))
    assert [(s["name"], [(m["scheme_id"], m["year"]) for m in s["schemes"]]) for s in out] == [
        ("工会工作目标管理考核表", [(1, 2011), (2, 2012)]),
        ("区总工会机关各部室创先争优绩效考核实施办法", [(3, 2023), (4, 2024)]),
    ]


def test_changing_a_series_needs_an_author(kaohe):
    assert "--author is required" in kaohe("schemes", "series", "2", "--confirm", code=1)
    assert "confirmed by 王芳" in kaohe("schemes", "series", "2", "--confirm", "--author", "王芳")


def test_proposals_and_one_click_accept(kaohe):
    listed = json.loads(kaohe("schemes", "proposals", "2", "--json"))
    assert [(p["key"], p["author"], p["reason"], p["changes"]) for p in listed] == [
        (listed[0]["key"], "李明", "原表分值印错", ["item 6 points → 4"])]
    assert "accepted" in kaohe("schemes", "accept", "2", listed[0]["key"], "--author", "王芳")
    assert json.loads(kaohe("schemes", "proposals", "2", "--json")) == []
    assert "no proposal" in kaohe("schemes", "accept", "2", listed[0]["key"], "--author", "王芳", code=1)


def test_table_lines_items_up_across_years(kaohe, tmp_path):
    out = json.loads(kaohe("schemes", "table", "1", "--json"))[0]
    assert out["years"] == ["2011", "2012"]
    by_2011 = {r["cells"]["2011"]["id"]: r for r in out["rows"] if "2011" in r["cells"]}
    assert by_2011["14"]["cells"]["2012"] == {"id": "13", "points": 3.0, "changes": []}
    assert by_2011["2"]["cells"]["2012"]["changes"] == ["points", "criteria", "rule"]
    assert "2012" not in by_2011["13"]["cells"]  # removed
    new_rows = [r for r in out["rows"] if "2011" not in r["cells"]]
    assert sorted(r["cells"]["2012"]["id"] for r in new_rows) == ["20", "29"]  # added; second part of the split
    xlsx = tmp_path / "items.xlsx"
    kaohe("schemes", "table", "--region", "工会", "-o", str(xlsx))
    assert load_workbook(xlsx).sheetnames == ["series 1", "series 2"]


def test_template_like_last_year_names_the_new_columns(home, tmp_path, monkeypatch):
    monkeypatch.setenv("KAOHE_HOME", str(home))
    out = tmp_path / "t.xlsx"
    result = CliRunner().invoke(app, ["template", "2", "--like", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "new this year: 20, 29;" in text and "13 (was 14)" in text and "removed: 13" in text
    assert "去年对照" in load_workbook(out).sheetnames


def test_table_across_issuers_puts_each_series_latest_scheme_side_by_side(kaohe):
    out = json.loads(kaohe("schemes", "table", "--region", "工", "--across", "--json"))
    (table,) = out
    assert table["years"] == ["工会工作目标管理考核表 2012", "区总工会机关各部室创先争优绩效考核实施办法 2024"]
    assert len(table["rows"]) == 31 + 15  # two different notices: nothing aligns
