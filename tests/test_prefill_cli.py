"""`kaohe prefill` and `kaohe eval-prefill` through typer's CliRunner: reports → a submission `kaohe score` reads."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from kaohe.cli import app

DATA = Path(__file__).parent / "data" / "prefill"
runner = CliRunner()


def _reports(tmp_path, *names):
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in names:
        shutil.copy(DATA / "reports" / n, folder / n)
    return folder


def test_prefill_a_folder_into_the_wide_template_with_an_evidence_sheet(tmp_path):
    folder = _reports(tmp_path, "r08_chengtou_itemwise.txt", "r10_jiaotou_table.docx")
    out = tmp_path / "submissions.xlsx"
    result = runner.invoke(app, ["prefill", str(DATA / "schemes" / "002.json"), str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    main = wb["业务部门评分"]
    header = [c.value for c in main[1]]
    rows = {r[0]: dict(zip(header, r)) for r in main.iter_rows(min_row=2, max_row=3, values_only=True)}
    assert rows["城投集团"]["3.5 value"] == 1260 and rows["交投集团"]["3.5 value"] == 980
    assert rows["城投集团"]["6.6 value"] == 0.85 and rows["交投集团"]["6.1 count"] == 1
    assert rows["城投集团"]["1.1 score"] is None  # a manual item: the rater's
    ev = wb["证据 evidence"]
    head = [c.value for c in ev[1]]
    lines = [dict(zip(head, r)) for r in ev.iter_rows(min_row=2, values_only=True)]
    line = next(x for x in lines if x["单位 unit"] == "城投集团" and x["项目 item"] == "3.5")
    assert (line["建议值 value"], line["状态 status"]) == ("1260", "proposed")
    assert line["依据 evidence"] == "1．职工医疗互助保障：全年参保职工1260人，超过上年参保数。"
    assert line["出处 source"] == "r08_chengtou_itemwise.txt para 10 chars 0-31"
    assert {x["状态 status"] for x in lines} == {"proposed", "linked", "no evidence"}


def test_the_prefilled_workbook_is_a_submission_kaohe_score_reads(tmp_path):
    out = tmp_path / "submissions.xlsx"
    runner.invoke(app, ["prefill", str(DATA / "schemes" / "002.json"),
                        str(DATA / "reports" / "r08_chengtou_itemwise.txt"), "-o", str(out)])
    result = runner.invoke(app, ["score", str(DATA / "schemes" / "002.json"), str(out), "-o", str(tmp_path / "res"),
                                 "--missing-zero"])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "res" / "results.csv", encoding="utf-8-sig") as f:
        row = next(csv.DictReader(f))
    assert (row["unit"], row["3.5"], row["6.1"], row["6.6"]) == ("城投集团", "8", "4", "2")


def test_prefill_csv_long_form_with_status_columns(tmp_path):
    out = tmp_path / "submissions.csv"
    result = runner.invoke(app, ["prefill", str(DATA / "schemes" / "003.json"),
                                 str(DATA / "reports" / "r20_nvgong_prose.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["unit", "item", "input", "value", "rater", "evidence", "status", "confidence", "source",
                             "flags"]
    got = {(r["item"], r["input"]): r["value"] for r in rows if r["value"]}
    assert got == {("1.1", "count"): "1", ("2.2", "count"): "2", ("3.2", "count"): "1", ("4.1", "count"): "1",
                   ("B1", "count:省总"): "1", ("B1", "count:市总"): "1"}
    assert {r["unit"] for r in rows} == {"女职工部"}


def test_an_unreadable_report_is_reported_and_does_not_stop_the_batch(tmp_path):
    folder = _reports(tmp_path, "r15_zuzhibu_itemwise.txt")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    out = tmp_path / "s.csv"
    result = runner.invoke(app, ["prefill", str(DATA / "schemes" / "003.json"), str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert "broken.docx" in result.output and "skipped" in result.output
    assert out.exists()


def test_unit_given_for_a_report_that_does_not_name_one(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("全区经审组织同步组建率达99.2%。\n", encoding="utf-8")
    out = tmp_path / "s.csv"
    result = runner.invoke(app, ["prefill", str(DATA / "schemes" / "001.json"), str(report), "--unit", "长宁区总工会",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig") as f:
        rows = [r for r in csv.DictReader(f) if r["value"]]
    assert [(r["unit"], r["item"], r["value"]) for r in rows] == [("长宁区总工会", "5", "99.2%")]


def test_eval_prefill_passes_on_the_test_set():
    result = runner.invoke(app, ["eval-prefill", str(DATA)])
    assert result.exit_code == 0, result.output
    assert "23 reports: linking" in result.output


def test_prefill_into_the_long_form_loads_neither_pandas_nor_openpyxl_nor_the_store(tmp_path):
    """Start-up is most of a prefill's time: the engine, the submission reader and the workbook writer
    stay unloaded when no workbook is written and nothing is scored."""
    from test_extract_cli import modules_after

    out = tmp_path / "out.csv"
    args = ["prefill", str(DATA / "schemes" / "002.json"), str(DATA / "reports" / "r08_chengtou_itemwise.txt"),
            "-o", str(out)]
    code = f"from kaohe.cli import app\ntry:\n    app({args!r})\nexcept SystemExit:\n    pass"
    assert modules_after(code) & {"pandas", "pyarrow", "openpyxl", "sqlalchemy", "prefect"} == set()
    assert out.is_file()
