"""`kaohe score` and `kaohe template` through typer's CliRunner."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from kaohe.cli import app
from kaohe.cli.score_cmd import load_scheme_arg
from pipeline.scoring import SchemeArgError
from scoring_schemes import full_facts, part_scores_002, scheme_002, scheme_003, write_long_csv

runner = CliRunner()


@pytest.fixture
def scheme003_json(tmp_path):
    path = tmp_path / "003.json"
    path.write_text(scheme_003().model_dump_json(), encoding="utf-8")
    return path


@pytest.fixture
def facts003(tmp_path):
    return write_long_csv(tmp_path / "facts.csv", [
        ("组织部", "1.1", "count", 2), ("组织部", "2.2", "count", 3), ("组织部", "B1", "count:市总", 1),
        ("组织部", "B1", "shared_count:省总", 1), ("办公室", "3.2", "count", 1),
    ])


def test_score_writes_the_output_folder(tmp_path, scheme003_json, facts003):
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open(out / "results.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["unit"], r["total"], r["rank"], r["grade"]) for r in rows] == [
        ("组织部", "97.5", "2", "二等奖"), ("办公室", "99.5", "1", "一等奖")]


def test_score_prints_the_ranking(tmp_path, scheme003_json, facts003):
    result = runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(tmp_path / "out")])
    assert "办公室" in result.output and "99.5" in result.output


def test_score_002_weighted_total_in_csv_text(tmp_path):
    scheme = tmp_path / "002.json"
    scheme.write_text(scheme_002().model_dump_json(), encoding="utf-8")
    facts = full_facts(scheme_002(), "城投集团", **{"3.5": ("value", 150), "6.1": ("count", 8),
                                                   "1.1": ("score", 4), "2.1": ("score", 2)})
    path = write_long_csv(tmp_path / "f.csv", facts + part_scores_002("城投集团"))
    result = runner.invoke(app, ["score", str(scheme), str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "results.csv").read_text(encoding="utf-8-sig").splitlines()[1].startswith(
        "城投集团,82.2,1,,,")


def test_bad_submission_exits_1_and_writes_nothing(tmp_path, scheme003_json):
    bad = write_long_csv(tmp_path / "bad.csv", [("组织部", "1.1", "count", -1), ("组织部", "9.9", "count", 1)])
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(scheme003_json), str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert "2 problems in the submissions; nothing was scored" in result.output
    assert "bad.csv, row 2, column value: negative count -1" in result.output
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_bad_submission_leaves_a_previous_output_untouched(tmp_path, scheme003_json, facts003):
    out = tmp_path / "out"
    assert runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(out)]).exit_code == 0
    before = (out / "results.csv").read_bytes()
    bad = write_long_csv(tmp_path / "bad.csv", [("组织部", "1.1", "count", "x")])
    assert runner.invoke(app, ["score", str(scheme003_json), str(bad), "-o", str(out)]).exit_code == 1
    assert (out / "results.csv").read_bytes() == before


def test_unit_list_rejects_unknown_units(tmp_path, scheme003_json, facts003):
    units = tmp_path / "units.txt"
    units.write_text("unit\n组织部\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(tmp_path / "o"),
                                 "--units", str(units)])
    assert result.exit_code == 1 and "unknown unit '办公室' (not in the unit list)" in result.output


def test_missing_zero_option(tmp_path):
    scheme = tmp_path / "002.json"
    scheme.write_text(scheme_002().model_dump_json(), encoding="utf-8")
    facts = full_facts(scheme_002(), "教育系统", **{"6.1": None}) + part_scores_002("教育系统")
    path = write_long_csv(tmp_path / "f.csv", facts)
    out = tmp_path / "out"
    assert runner.invoke(app, ["score", str(scheme), str(path), "-o", str(out)]).exit_code == 1
    result = runner.invoke(app, ["score", str(scheme), str(path), "-o", str(out), "--missing-zero"])
    assert result.exit_code == 0, result.output
    with open(out / "results.csv", encoding="utf-8-sig") as f:
        row = next(csv.DictReader(f))
    assert (row["6.1"], row["flags"]) == ("0", "missing:6.1")


def test_template_command_writes_a_workbook(tmp_path, scheme003_json):
    out = tmp_path / "submissions.xlsx"
    result = runner.invoke(app, ["template", str(scheme003_json), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0


def test_scheme_that_is_not_a_file_is_a_one_line_error(tmp_path, facts003):
    result = runner.invoke(app, ["score", "scheme-42", str(facts003), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "scheme-42: no such scheme file" in result.output


def test_load_scheme_arg_rejects_json_that_is_not_a_scheme(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"title": "x"}', encoding="utf-8")
    with pytest.raises(SchemeArgError, match="not a valid scheme"):
        load_scheme_arg(path)


def test_load_scheme_arg_reads_a_scheme_file(scheme003_json):
    assert load_scheme_arg(scheme003_json).scoring_model == "deduction"


def test_template_command_writes_the_long_csv_for_a_csv_name(tmp_path, scheme003_json):
    out = tmp_path / "sub.csv"
    assert runner.invoke(app, ["template", str(scheme003_json), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[:2] == ["unit,item,input,value,rater,evidence",
                                                                   "单位名称,1.1,count,,,"]


def test_score_writes_explanations_only_when_asked(tmp_path, scheme003_json, facts003):
    plain, explained = tmp_path / "plain", tmp_path / "explained"
    assert runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(plain)]).exit_code == 0
    assert runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(explained),
                               "--explain"]).exit_code == 0
    assert not (plain / "explanations.json").exists() and (explained / "explanations.json").is_file()


def test_explain_prints_one_units_breakdown_from_the_output_folder(tmp_path, scheme003_json, facts003):
    out = tmp_path / "out"
    assert runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["explain", str(out), "组织部", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    item = next(i for i in data["items"] if i["id"] == "1.1")
    assert (data["unit"], data["total"], item["arithmetic"]) == ("组织部", 97.5, "−5 × 2 = −10")


def test_explain_refuses_when_the_submissions_changed(tmp_path, scheme003_json, facts003):
    out = tmp_path / "out"
    assert runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(out)]).exit_code == 0
    facts003.write_text(facts003.read_text(encoding="utf-8") + "办公室,1.2,count,1,,\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", str(out), "组织部"])
    assert result.exit_code == 1 and "the submissions changed or moved since the run" in result.output


def test_explain_names_an_unknown_unit(tmp_path, scheme003_json, facts003):
    out = tmp_path / "out"
    assert runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["explain", str(out), "财务处"])
    assert result.exit_code == 1 and "财务处: no such unit in this run (2 units" in result.output


def test_explain_of_one_unit_is_its_entry_in_explanations_json(tmp_path, scheme003_json, facts003):
    out = tmp_path / "out"
    assert runner.invoke(app, ["score", str(scheme003_json), str(facts003), "-o", str(out), "--explain"]).exit_code == 0
    result = runner.invoke(app, ["explain", str(out), "办公室", "--json"])
    assert result.exit_code == 0, result.output
    every = json.loads((out / "explanations.json").read_text(encoding="utf-8"))
    assert json.loads(result.output) == next(u for u in every if u["unit"] == "办公室")


def test_parquet_submissions_score_and_explain_like_the_csv(tmp_path, scheme003_json, facts003):
    import pyarrow as pa
    import pyarrow.parquet as pq

    with open(facts003, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    facts = tmp_path / "facts.parquet"
    pq.write_table(pa.table({k: [r[k] for r in rows] for k in ("unit", "item", "input", "value")}), facts)
    for name, path in (("csv", facts003), ("parquet", facts)):
        assert runner.invoke(app, ["score", str(scheme003_json), str(path), "-o", str(tmp_path / name)]).exit_code == 0
    assert (tmp_path / "parquet" / "results.csv").read_bytes() == (tmp_path / "csv" / "results.csv").read_bytes()
    explained = [runner.invoke(app, ["explain", str(tmp_path / name), "组织部", "--json"]).output
                 for name in ("csv", "parquet")]
    lines = [[(i["id"], i["score"], i["arithmetic"]) for i in json.loads(e)["items"]] for e in explained]
    assert lines[0] == lines[1]
    rows = [[f["row"] for i in json.loads(e)["items"] for f in i["inputs"]] for e in explained]
    assert rows == [[2, 3], [1, 2]]  # a CSV's header is row 1; a Parquet file's first record is row 1
