"""Table structure the formats mark themselves: header rows (``Table.header_rows``)
and cell kinds (column header, row header, section), in html, docx and xlsx."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl.styles import Font, PatternFill

from extractors import read_document


def kinds(table) -> dict[tuple[int, int], str]:
    return {(c.row, c.col): c.kind for c in table.cells}


def read_html(tmp_path: Path, markup: str):
    path = tmp_path / "t.html"
    path.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    return read_document(path).tables[0]


def test_html_thead_rows_are_the_header_band(tmp_path):
    table = read_html(tmp_path, "<table><thead><tr><td>项目</td><td>分值</td></tr>"
                                "<tr><td>内容</td><td>分</td></tr></thead>"
                                "<tbody><tr><td>建会</td><td>4</td></tr></tbody></table>")
    assert table.header_rows == 2
    assert kinds(table) == {(0, 0): "column_header", (0, 1): "column_header",
                            (1, 0): "column_header", (1, 1): "column_header",
                            (2, 0): "body", (2, 1): "body"}


def test_html_leading_th_only_rows_are_header_and_th_in_body_rows_are_row_headers(tmp_path):
    table = read_html(tmp_path, "<table><tr><th>项目</th><th>分值</th></tr>"
                                "<tr><th>建会</th><td>4</td></tr></table>")
    assert table.header_rows == 1
    assert kinds(table) == {(0, 0): "column_header", (0, 1): "column_header",
                            (1, 0): "row_header", (1, 1): "body"}


def test_html_table_of_th_only_rows_marks_no_header(tmp_path):
    table = read_html(tmp_path, "<table><tr><th>项目</th><th>分值</th></tr><tr><th>建会</th><th>4</th></tr></table>")
    assert table.header_rows == 0


def test_html_body_cell_spanning_the_width_is_a_section(tmp_path):
    table = read_html(tmp_path, "<table><tr><th>项目</th><th>分值</th></tr>"
                                "<tr><td colspan='2'>一、组织建设（10分）</td></tr>"
                                "<tr><td>建会</td><td>4</td></tr></table>")
    assert kinds(table)[(1, 0)] == "section"
    assert kinds(table)[(2, 0)] == "body"


def test_html_without_header_markup_has_no_header_rows(tmp_path):
    table = read_html(tmp_path, "<table><tr><td>项目</td><td>分值</td></tr><tr><td>建会</td><td>4</td></tr></table>")
    assert table.header_rows == 0
    assert set(kinds(table).values()) == {"body"}


def test_docx_repeat_header_rows_are_the_header_band(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([["项目", "分值"], ["内容", "分"], ["建会", "4"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for tr in table._tbl.tr_lst[:2]:
        tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    path = tmp_path / "t.docx"
    document.save(path)
    read = read_document(path).tables[0]
    assert read.header_rows == 2
    assert [kinds(read)[(r, 0)] for r in range(3)] == ["column_header", "column_header", "body"]


def test_docx_header_flag_set_off_is_not_a_header(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "false")
    table._tbl.tr_lst[0].get_or_add_trPr().append(flag)
    table.cell(0, 0).text = "项目"
    path = tmp_path / "t.docx"
    document.save(path)
    assert read_document(path).tables[0].header_rows == 0


def sheet(tmp_path: Path, rows, style=None, freeze=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    if style:
        style(ws)
    if freeze:
        ws.freeze_panes = freeze
    path = tmp_path / "t.xlsx"
    wb.save(path)
    return read_document(path).tables[0]


ROWS = [["考核表", None], ["项目", "分值"], ["建会", 4], ["入会", 6]]


def test_xlsx_frozen_rows_are_the_header_band(tmp_path):
    assert sheet(tmp_path, ROWS, freeze="A3").header_rows == 2


def test_xlsx_leading_bold_rows_are_the_header_band(tmp_path):
    def bold_first_two(ws):
        for row in ws.iter_rows(min_row=1, max_row=2):
            for cell in row:
                cell.font = Font(bold=True)
    assert sheet(tmp_path, ROWS, style=bold_first_two).header_rows == 2


def test_xlsx_filled_header_row_counts_as_header(tmp_path):
    def fill_second(ws):
        for cell in ws[1]:
            cell.fill = PatternFill("solid", fgColor="DDDDDD")
    assert sheet(tmp_path, ROWS[1:], style=fill_second).header_rows == 1


def test_xlsx_all_bold_sheet_marks_no_header(tmp_path):
    def bold_all(ws):
        for row in ws.iter_rows():
            for cell in row:
                cell.font = Font(bold=True)
    assert sheet(tmp_path, ROWS, style=bold_all).header_rows == 0


def test_xlsx_plain_sheet_has_no_header_rows(tmp_path):
    assert sheet(tmp_path, ROWS).header_rows == 0


def test_xlsx_print_title_rows_are_the_header_band(tmp_path):
    def titles(ws):
        ws.print_title_rows = "1:2"
    assert sheet(tmp_path, ROWS, style=titles).header_rows == 2


def test_xlsx_panes_frozen_far_down_are_not_a_header(tmp_path):
    rows = [["项目", "分值"]] + [[f"第{i}项", i] for i in range(20)]
    assert sheet(tmp_path, rows, freeze="A12").header_rows == 0
