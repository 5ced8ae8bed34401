"""Output files: columns, exact numbers, explanations, the HTML report, the fast workbook, safe replacement."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from pipeline.scoring import score_file
from pipeline.scoring.output import write_all
from schemes.atomic import MARKER, OutputRefused, output_dir
from scoring_schemes import scheme_003, write_long_csv


@pytest.fixture(scope="module")
def out003(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("out")
    facts = [
        ("组织部", "1.1", "count", 2, "", "两项重点工作未完成"),
        ("组织部", "2.2", "count", 3),
        ("组织部", "B1", "count:市总", 1),
        ("组织部", "B1", "shared_count:省总", 1),
        ("办公室", "1.2", "count", 1),
        ("办公室", "V2", "met", "是"),
        ("<script>alert(1)</script>", "3.2", "count", 1, "", "<b>接待</b> & 记录"),
    ]
    res = score_file(scheme_003(), write_long_csv(tmp / "f.csv", facts))
    return write_all(res, tmp / "out")


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_results_csv_starts_with_the_fixed_columns_then_items(out003):
    header = read_csv(out003 / "results.csv")[0]
    assert header[:8] == ["unit", "total", "rank", "grade", "veto", "1.1", "1.2", "1.3"]


def test_results_csv_puts_subtotals_entries_and_flags_after_the_items(out003):
    header = read_csv(out003 / "results.csv")[0]
    assert header[20:] == ["cat:1 完成工作任务", "cat:2 集中学习和月度例会", "cat:3 信访接待", "cat:4 联系基层和完成调研报告",
                           "cat:5 信息报送工作", "cat:6 文明机关建设", "B1", "B2", "B3", "K1", "K2", "K3", "bonus",
                           "deductions", "flags"]


def test_results_csv_rows(out003):
    rows = {r[0]: r for r in read_csv(out003 / "results.csv")[1:]}
    assert rows["组织部"][:7] == ["组织部", "97.5", "2", "二等奖", "", "-10", "0"]
    assert rows["办公室"][:5] == ["办公室", "97", "3", "", "V2"] and rows["办公室"][-1] == "veto:V2"


def test_results_json_has_numbers_and_the_rounding_rule(out003):
    data = json.loads((out003 / "results.json").read_text(encoding="utf-8"))
    first = data["units"][0]
    assert (first["unit"], first["total"], first["2.2"], first["B1"]) == ("组织部", 97.5, -1.5, 9)
    assert "ROUND_HALF_UP" in data["rounding"]


def test_results_xlsx_lists_units_by_rank_under_named_headers(out003):
    ws = load_workbook(out003 / "results.xlsx")["results"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:6] == ("rank", "unit", "total score", "grade", "veto", "1.1 因部室原因未按要求完成的…")
    assert rows[0][-6:] == ("K1 上级交办的工作未按要求完…（-5 points）", "K2 部室工作出现差错,造成负…（-5 points）",
                            "K3 基层或职工群众对工作人员…（-5 points）", "bonus", "deductions", "notes")
    assert [r[:3] for r in rows[1:]] == [(1, "<script>alert(1)</script>", 99.5), (2, "组织部", 97.5), (3, "办公室", 97)]
    assert rows[2][:6] == (2, "组织部", 97.5, "二等奖", None, -10)
    assert rows[3][-1] == "veto V2"


def test_results_csv_starts_with_a_bom_and_keeps_the_codes(out003):
    raw = (out003 / "results.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfunit,total,rank,grade,veto,1.1,")


def test_explanations_json_has_every_unit(out003):
    data = json.loads((out003 / "explanations.json").read_text(encoding="utf-8"))
    assert [u["unit"] for u in data] == ["组织部", "办公室", "<script>alert(1)</script>"]
    item = next(i for i in data[0]["items"] if i["id"] == "1.1")
    assert (item["score"], item["arithmetic"], item["inputs"][0]["evidence"]) == (-10, "−5 × 2 = −10", "两项重点工作未完成")


def test_report_escapes_submitted_text(out003):
    html = (out003 / "report.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;接待&lt;/b&gt; &amp; 记录" in html


def test_report_has_inline_svg_charts_and_no_external_resources(out003):
    html = (out003 / "report.html").read_text(encoding="utf-8")
    assert html.count("<svg") == 7  # total + 6 categories
    assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html


def test_report_shows_each_units_breakdown(out003):
    html = (out003 / "report.html").read_text(encoding="utf-8")
    assert "total = base 100 + items (−11.5) + bonus 9 − deductions 0 = 97.5" in html
    assert "−0.5 × 3 = −1.5" in html


def test_rerun_replaces_a_folder_kaohe_wrote(tmp_path):
    res = score_file(scheme_003(), write_long_csv(tmp_path / "f.csv", [("组织部", "1.1", "count", 1)]))
    out = tmp_path / "out"
    write_all(res, out)
    (out / "results.csv").write_text("edited by kaohe's last run only")
    write_all(res, out)
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "explanations.json", "report.html", "results.csv",
                                                      "results.json", "results.parquet", "results.xlsx",
                                                      "results_long.parquet"]
    assert (out / "results.csv").read_text(encoding="utf-8-sig").startswith("unit,total")


def test_marker_names_the_command_and_the_files_written(tmp_path):
    res = score_file(scheme_003(), write_long_csv(tmp_path / "f.csv", [("组织部", "1.1", "count", 1)]))
    marker = json.loads((write_all(res, tmp_path / "out", report=False) / MARKER).read_text(encoding="utf-8"))
    assert (marker["written_by"], marker["command"]) == ("kaohe", "score")
    assert marker["files"] == ["explanations.json", "results.csv", "results.json", "results.parquet",
                               "results.xlsx", "results_long.parquet"]


def test_failure_while_writing_keeps_the_previous_output(tmp_path):
    out = tmp_path / "out"
    with output_dir(out, command="test") as tmp:
        (tmp / "results.csv").write_text("previous")
    with pytest.raises(RuntimeError):
        with output_dir(out, command="test") as tmp:
            (tmp / "results.csv").write_text("half")
            raise RuntimeError("disk full")
    assert (out / "results.csv").read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name != "out"] == []


def test_without_explain_the_report_still_breaks_units_down(tmp_path):
    facts = [("组织部", "1.1", "count", 2), ("办公室", "1.2", "count", 1)]
    res = score_file(scheme_003(), write_long_csv(tmp_path / "f.csv", facts))
    out = write_all(res, tmp_path / "out", explain=False)
    assert not (out / "explanations.json").exists()
    assert "−5 × 2 = −10" in (out / "report.html").read_text(encoding="utf-8")


def test_timings_name_every_output_stage(tmp_path):
    res = score_file(scheme_003(), write_long_csv(tmp_path / "f.csv", [("组织部", "1.1", "count", 1)]))
    timings: dict[str, float] = {}
    write_all(res, tmp_path / "out", timings=timings)
    # results.xlsx is written last of the tables: a second pass, in rank order
    assert list(timings) == ["columns", "results.csv", "results.json", "results.parquet", "results.xlsx",
                             "explanations.json", "report.html", "swap"]
