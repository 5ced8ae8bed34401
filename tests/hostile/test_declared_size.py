"""Tiny files that declare a huge grid: every reader refuses them in one line, in bounded memory.

Each file is built by the test (``hostile_files.py``), a few kilobytes to a few megabytes, and read by the CLI
in a child process limited to a 2 GB address space and 60 s
(`run_bounded.py`): before the grid budget (``extractors/budget.py``)
each of these took gigabytes or never finished.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import FileTooLarge, Limits, read_document

from hostile_files import (
    SHEET, cell, csv_million_columns, docx_grid_before, docx_huge_grid_span, docx_many_styles, docx_wide_rows,
    html_huge_spans, txt_million_tabs, workbook, xlsx_far_corner, xlsx_million_rows_down, xlsx_million_styles,
    xlsx_overlapping_merges, xlsx_two_million_strings, xlsx_whole_sheet_merge,
)
from run_bounded import refused_in_one_line, run_kaohe
from scoring_schemes import hand_scheme_001

def read_refused(path: Path) -> str:
    return refused_in_one_line(run_kaohe("read", str(path)))


# --------------------------------------------------------------------------- xlsx


def test_xlsx_with_a_cell_at_a1_and_one_at_xfd1048576_is_refused(tmp_path):
    path = xlsx_far_corner(tmp_path)
    assert read_refused(path) == (
        f"kaohe: {path}: the used range of sheet part {SHEET}: 17,179,869,184 cells (1,048,576 rows × "
        "16,384 columns), over the limit of 500,000 (KAOHE_MAX_TABLE_CELLS)")


def test_xlsx_merging_the_whole_sheet_is_refused(tmp_path):
    path = xlsx_whole_sheet_merge(tmp_path)
    assert read_refused(path) == (
        f"kaohe: {path}: the merged ranges of sheet part {SHEET}: 17,179,869,184 cells, over the limit "
        "of 500,000 (KAOHE_MAX_TABLE_CELLS)")


def test_xlsx_with_one_cell_a_million_rows_down_is_refused(tmp_path):
    path = xlsx_million_rows_down(tmp_path)
    assert read_refused(path) == (
        f"kaohe: {path}: the used range of sheet part {SHEET}: 3,000,000 cells (1,000,000 rows × "
        "3 columns), over the limit of 500,000 (KAOHE_MAX_TABLE_CELLS)")


def test_xlsx_with_10000_overlapping_merges_is_refused(tmp_path):
    path = xlsx_overlapping_merges(tmp_path)
    assert path.stat().st_size < 60_000
    assert read_refused(path) == (
        f"kaohe: {path}: the merged ranges of sheet part {SHEET}: 100,000,000 cells, over the limit "
        "of 500,000 (KAOHE_MAX_TABLE_CELLS)")


def test_xlsx_with_a_million_fonts_and_cell_formats_is_refused_before_loading(tmp_path):
    path = xlsx_million_styles(tmp_path)
    assert read_refused(path) == (
        f"kaohe: {path}: the part xl/styles.xml declares more than 65,490 fonts (KAOHE_MAX_STYLES)")


def test_xlsx_with_two_million_shared_strings_is_refused_before_loading(tmp_path):
    path = xlsx_two_million_strings(tmp_path)
    assert read_refused(path) == (
        f"kaohe: {path}: the part xl/sharedStrings.xml declares more than 500,000 shared strings "
        "(KAOHE_MAX_XLSX_CELLS)")


def test_a_workbook_with_a_merged_title_over_its_table_is_read(tmp_path):
    rows = f'<row r="1">{cell("A1", "考核表")}</row>' + "".join(
        f'<row r="{r}">{cell(f"A{r}", "单位")}{cell(f"B{r}", str(r))}{cell(f"C{r}", "分")}</row>' for r in range(2, 6))
    path = workbook(tmp_path, rows, merges='<mergeCell ref="A1:C1"/>')
    table = read_document(path).tables[0]
    assert (table.n_rows, table.n_cols) == (5, 3)
    assert table.rows()[0] == ["考核表", "考核表", "考核表"]


# --------------------------------------------------------------------------- docx


def test_docx_grid_span_of_two_billion_is_capped_and_read(tmp_path):
    path = docx_huge_grid_span(tmp_path)
    outcome = run_kaohe("read", "--json", str(path))
    assert outcome.code == 0, outcome.stderr[-2000:]
    (table,) = [b for b in json.loads(outcome.stdout)["blocks"] if b["kind"] == "table"]
    assert (table["n_rows"], table["n_cols"], table["cells"][0]["col_span"]) == (3, 1001, 1000)


def test_docx_grid_before_of_fifty_million_on_each_row_is_refused(tmp_path):
    path = docx_grid_before(tmp_path)
    assert read_refused(path) == (
        f"kaohe: {path}: table 1: 500,500 cells (500 rows × 1,001 columns so far), over the limit of "
        "500,000 (KAOHE_MAX_TABLE_CELLS)")


def test_docx_of_20000_rows_spanning_5000_columns_is_refused(tmp_path):
    path = docx_wide_rows(tmp_path)
    assert read_refused(path) == (
        f"kaohe: {path}: table 1: 501,000 cells (501 rows × 1,000 columns so far), over the limit of "
        "500,000 (KAOHE_MAX_TABLE_CELLS)")


def test_docx_with_70000_styles_is_refused_before_loading(tmp_path):
    path = docx_many_styles(tmp_path)
    assert read_refused(path) == (
        f"kaohe: {path}: the part word/styles.xml declares more than 65,490 styles (KAOHE_MAX_STYLES)")


# --------------------------------------------------------------------------- html and txt


def test_html_of_1000_cells_spanning_1000_by_1000_is_refused(tmp_path):
    path = html_huge_spans(tmp_path)
    assert path.stat().st_size < 60_000
    assert read_refused(path) == (
        f"kaohe: {path}: table 1: 1,000,000 cells (1,000 rows × 1,000 columns so far), over the limit of "
        "500,000 (KAOHE_MAX_TABLE_CELLS)")


def test_txt_line_of_a_million_tabs_is_refused(tmp_path):
    path = txt_million_tabs(tmp_path)
    assert read_refused(path) == (
        f"kaohe: {path}: line 2: 1,000,000 columns, over the limit of 16,384 (KAOHE_MAX_TABLE_COLUMNS)")


def test_txt_of_many_wide_lines_is_refused_by_its_total(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(("|".join("x" * 10_000) + "\n") * 60)
    assert read_refused(path) == (f"kaohe: {path}: the separated lines: 600,000 cells, over the limit of 500,000 "
                                  "(KAOHE_MAX_TABLE_CELLS)")


def test_the_table_budget_is_set_by_the_environment(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text("单位\t得分\n甲\t1\n乙\t2\n")
    line = refused_in_one_line(run_kaohe("read", str(path), env={"KAOHE_MAX_TABLE_CELLS": "5"}))
    assert line == f"kaohe: {path}: the separated lines: 6 cells, over the limit of 5 (KAOHE_MAX_TABLE_CELLS)"
    with pytest.raises(FileTooLarge):
        read_document(path, Limits(max_table_cells=5))
    assert read_document(path, Limits(max_table_cells=6)).tables[0].rows() == [["单位", "得分"], ["甲", "1"],
                                                                               ["乙", "2"]]


# --------------------------------------------------------------------------- scoring


def test_a_csv_header_of_a_million_columns_is_refused_in_one_line_under_2_gb(tmp_path):
    scheme = tmp_path / "scheme.json"
    scheme.write_text(hand_scheme_001().model_dump_json())
    path = csv_million_columns(tmp_path)
    line = refused_in_one_line(run_kaohe("score", str(scheme), str(path), "-o", str(tmp_path / "out")))
    assert line == (f"kaohe: {path}, row 1: the header has more than 16,384 columns (KAOHE_MAX_SHEET_COLUMNS); "
                    "a submission has one per input; nothing was scored")


# --------------------------------------------------------------------------- every command that reads


@pytest.mark.parametrize(("build", "command"), [(docx_wide_rows, "ingest"), (html_huge_spans, "extract"),
                                               (xlsx_far_corner, "ingest")])
def test_extract_and_ingest_refuse_a_declared_grid_in_one_line(tmp_path, build, command):
    path = build(tmp_path)
    args = ["ingest", str(path), "--home", str(tmp_path / "kaohe")] if command == "ingest" else ["extract", str(path)]
    line = refused_in_one_line(run_kaohe(*args))
    assert line.startswith(f"kaohe: {path}: ") and "(KAOHE_MAX_TABLE_CELLS)" in line


def test_a_submission_workbook_with_a_million_fonts_is_refused_before_loading(tmp_path):
    path = xlsx_million_styles(tmp_path, first="unit")
    scheme = tmp_path / "scheme.json"
    scheme.write_text(hand_scheme_001().model_dump_json())
    line = refused_in_one_line(run_kaohe("score", str(scheme), str(path), "-o", str(tmp_path / "out")))
    assert line == (f"kaohe: {path}: not a workbook kaohe will open: the part xl/styles.xml declares more than "
                    "65,490 fonts (KAOHE_MAX_STYLES); nothing was scored")


def test_xlsx_merging_the_whole_of_an_empty_sheet_is_refused(tmp_path):
    path = workbook(tmp_path, "", merges='<mergeCell ref="A1:XFD1048576"/>')
    assert read_refused(path) == (f"kaohe: {path}: the merged ranges of sheet part {SHEET}: 17,179,869,184 cells, "
                                  "over the limit of 500,000 (KAOHE_MAX_TABLE_CELLS)")


def test_a_part_too_small_to_exceed_the_limit_is_not_counted_and_one_just_large_enough_is(monkeypatch):
    """The shortest entry is its name in an empty tag (``<num/>``, 6 bytes): ``limit`` + 1 of them
    is the smallest part that can go over, and it is counted and refused."""
    import io
    import zipfile

    from extractors.budget import check_part_entries

    def package(entries: int) -> bytes:
        body = '<numbering xmlns="urn:w">' + "<num/>" * entries + "</numbering>"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            zf.writestr("word/numbering.xml", body)
        return buffer.getvalue()

    tags = {"{urn:w}num": "numbering instances", "{urn:w}abstractNum": "abstract numberings"}
    check_part_entries("a.docx", package(10), "word/numbering.xml", tags, 10, "KAOHE_MAX_STYLES")
    with monkeypatch.context() as m:
        m.setattr("extractors.budget.etree.iterparse", None)   # a count would fail
        check_part_entries("a.docx", package(10), "word/numbering.xml", tags, 100, "KAOHE_MAX_STYLES")
    with pytest.raises(FileTooLarge, match="more than 10 numbering instances"):
        check_part_entries("a.docx", package(11), "word/numbering.xml", tags, 10, "KAOHE_MAX_STYLES")
