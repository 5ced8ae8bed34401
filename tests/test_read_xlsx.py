"""The xlsx reader on workbooks made by the tests with openpyxl."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from extractors import read_document
from extractors.model import Document, Heading
from extractors.xlsx_reader import format_value

SHEET1 = "xl/worksheets/sheet1.xml"


def save(wb: openpyxl.Workbook, tmp_path: Path, name: str = "book.xlsx") -> Path:
    path = tmp_path / name
    wb.save(path)
    return path


def patch_member(path: Path, member: str, edit) -> None:
    """Rewrite one member of the saved zip (openpyxl cannot write cached formula values)."""
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    members[member] = edit(members[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def cache_value(path: Path, cell: str, value: str) -> None:
    """Give the formula in `cell` of the first sheet a cached value (openpyxl writes `<v></v>`)."""

    def edit(xml: str) -> str:
        patched, n = re.subn(rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v></v>', rf"\g<1><v>{value}</v>", xml)
        assert n == 1, xml
        return patched

    patch_member(path, SHEET1, edit)


def one_sheet(tmp_path: Path, fill) -> Document:
    wb = openpyxl.Workbook()
    fill(wb.active)
    return read_document(save(wb, tmp_path))


# --------------------------------------------------------------------------- layout


@pytest.fixture
def scored(tmp_path) -> Document:
    """A small scoring sheet: title merged across, category merged down."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核表"
    ws.append(["2024年考核细则", None, None])
    ws.append(["类别", "项目", "分值"])
    ws.append(["组织建设", "建会率", 5])
    ws.append([None, "入会率", 5])
    ws.append([None, "经费收缴\n按时足额", 10])
    ws.merge_cells("A1:C1")
    ws.merge_cells("A3:A5")
    return read_document(save(wb, tmp_path))


def test_sheet_is_a_heading_then_a_table(scored):
    assert [b.kind for b in scored.blocks] == ["heading", "table"]
    assert scored.blocks[0] == Heading(text="考核表", level=1, prov=scored.blocks[0].prov)


def test_table_is_the_used_range(scored):
    table = scored.tables[0]
    assert (table.n_rows, table.n_cols) == (5, 3)


def test_horizontal_merge_is_one_cell_written_once(scored):
    table = scored.tables[0]
    title = table.cell_at(0, 0)
    assert (title.text, title.row_span, title.col_span) == ("2024年考核细则", 1, 3)
    assert table.text.split("\n")[0] == "2024年考核细则"


def test_vertical_merge_is_one_cell_available_on_every_row(scored):
    table = scored.tables[0]
    category = table.cell_at(2, 0)
    assert (category.row, category.col, category.row_span, category.col_span) == (2, 0, 3, 1)
    assert [row[0] for row in table.rows()[2:]] == ["组织建设"] * 3
    assert [c.text for c in table.cells].count("组织建设") == 1


def test_multiline_cell_keeps_its_line_break(scored):
    assert scored.tables[0].cell_at(4, 1).text == "经费收缴\n按时足额"


def test_flattened_table_text(scored):
    assert scored.tables[0].text == (
        "2024年考核细则\n类别\t项目\t分值\n组织建设\t建会率\t5\n入会率\t5\n经费收缴\n按时足额\t10"
    )


def test_cell_provenance(scored):
    table = scored.tables[0]
    for cell in table.cells:
        assert table.text[cell.prov.char_start:cell.prov.char_end] == cell.text
        assert (cell.prov.block, cell.prov.paragraph, cell.prov.table, cell.prov.row, cell.prov.col) == (
            1, None, 0, cell.row, cell.col)


def test_block_provenance(scored):
    heading, table = scored.blocks
    assert (heading.prov.block, heading.prov.paragraph, heading.prov.char_end) == (0, None, 3)
    assert (table.prov.block, table.prov.table, table.prov.char_end) == (1, 0, len(table.text))


def test_source_of_an_xlsx(scored):
    source = scored.source
    assert (source.format, source.encoding, source.pages, source.name) == ("xlsx", None, None, "book.xlsx")


def test_every_sheet_in_order_with_its_table_index(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "甲"
    wb.active["A1"] = "一"
    wb.create_sheet("乙")["A1"] = "二"
    doc = read_document(save(wb, tmp_path))
    assert [(b.kind, b.text, b.prov.block) for b in doc.blocks] == [
        ("heading", "甲", 0), ("table", "一", 1), ("heading", "乙", 2), ("table", "二", 3)]
    assert [t.prov.table for t in doc.tables] == [0, 1]


def test_empty_rows_and_columns_around_the_data_are_trimmed(tmp_path):
    def fill(ws):
        ws["B3"], ws["C4"] = "左上", "右下"
        ws["F20"].fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")  # styled, empty
        ws["G30"] = "   "
    table = one_sheet(tmp_path, fill).tables[0]
    assert table.rows() == [["左上", ""], ["", "右下"]]


def test_empty_sheet_has_a_heading_and_a_note(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "空表"
    doc = read_document(save(wb, tmp_path))
    assert [b.kind for b in doc.blocks] == ["heading"]
    assert doc.notes == ["sheet '空表' is empty"]


# --------------------------------------------------------------------------- values


def test_whole_numbers_print_as_integers(tmp_path):
    table = one_sheet(tmp_path, lambda ws: ws.append([5.0, 120, -0.0, 2.5])).tables[0]
    assert table.rows() == [["5", "120", "0", "2.5"]]


def test_dates_are_iso(tmp_path):
    row = [dt.datetime(2019, 3, 1), dt.datetime(2019, 3, 1, 8, 30), dt.date(2023, 12, 31)]
    table = one_sheet(tmp_path, lambda ws: ws.append(row)).tables[0]
    assert table.rows() == [["2019-03-01", "2019-03-01T08:30:00", "2023-12-31"]]


def test_percent_format_reads_as_shown(tmp_path):
    def fill(ws):
        ws["A1"] = 0.85
        ws["A1"].number_format = "0%"
    assert one_sheet(tmp_path, fill).tables[0].cells[0].text == "85%"


def test_formula_reads_as_its_cached_value(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([1, 2, "=A1+B1"])
    path = save(wb, tmp_path)
    cache_value(path, "C1", "3")
    doc = read_document(path)
    assert doc.tables[0].rows() == [["1", "2", "3"]]
    assert doc.notes == []


def test_cached_float_artefact_reads_as_excel_shows_it(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append([0.1, 0.2, "=A1+B1"])
    path = save(wb, tmp_path)
    cache_value(path, "C1", "0.30000000000000004")
    assert read_document(path).tables[0].rows() == [["0.1", "0.2", "0.3"]]


def test_formula_without_cached_value_reads_empty_with_a_note(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "得分"
    wb.active.append(["合计", "=SUM(B2:B9)"])
    doc = read_document(save(wb, tmp_path))
    assert doc.tables[0].rows() == [["合计", ""]]
    assert doc.notes == [
        "sheet '得分': formula cell(s) B1 have no calculated value "
        "(the workbook was saved without calculated values); they read as empty"
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), (True, "TRUE"), (3, "3"), (3.0, "3"), (0.1 + 0.2, "0.3"), (1 / 3, "0.333333333333333"),
     ("a\r\nb", "a\nb"), (dt.time(8, 30), "08:30:00")],
)
def test_format_value(value, text):
    assert format_value(value) == text


def test_hidden_sheet_is_read_with_a_note(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "可见"
    hidden = wb.create_sheet("底表")
    hidden["A1"] = "隐藏"
    hidden.sheet_state = "hidden"
    doc = read_document(save(wb, tmp_path))
    assert [t.text for t in doc.tables] == ["可见", "隐藏"]
    assert doc.notes == ["sheet '底表' is hidden; read anyway"]


def _stacked(tmp_path: Path, blank_between: bool = True) -> Document:
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [["项目", "内容", "分值"], ["教学", "备课", 10], ["教学", "作业", 10], ["合计", "", 20]]
    rows += [[None, None, None]] if blank_between else []
    rows += [["表2 获奖计分标准", None, None], ["级别", "一等奖", "二等奖"], ["国家级", 10, 8], ["省级", 6, 4],
             ["市级", 4, 3]]
    for row in rows:
        ws.append(row)
    return read_document(save(wb, tmp_path), ocr=False)


def test_a_sheet_stacking_two_tables_under_a_caption_row_is_read_as_two_tables(tmp_path):
    doc = _stacked(tmp_path)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert [(t.n_rows, t.prov.table) for t in tables] == [(4, 0), (5, 1)]
    assert tables[1].cells[0].text == "表2 获奖计分标准"


def test_a_sheet_without_a_blank_row_before_the_caption_stays_one_table(tmp_path):
    assert [b.n_rows for b in _stacked(tmp_path, blank_between=False).blocks if b.kind == "table"] == [9]


def test_a_sheet_setting_two_tables_side_by_side_is_read_as_two_tables(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [["年度考评表", None, None, None, None, None, None],
            ["序号", "内容", "分值", None, "类别", "项目", "分值"],
            [1, "廉洁行医", 20, None, "加分", "收到锦旗", 2],
            [2, "服务态度", 15, None, "加分", "拒收红包", 3],
            [3, "尊重患者", 15, None, "扣分", "通报批评", "—"]]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A1:G1")
    tables = [b for b in read_document(save(wb, tmp_path), ocr=False).blocks if b.kind == "table"]
    assert [(t.n_rows, t.n_cols) for t in tables] == [(5, 3), (4, 3)]
    assert [c.text for c in tables[1].cells if c.row == 0] == ["类别", "项目", "分值"]


def test_hidden_columns_are_left_out_and_noted(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核表"
    for row in (["考核内容", "分值", "去年分值"], ["台账齐全", 10, 8], ["按时上报", 5, 7]):
        ws.append(row)
    ws.column_dimensions["C"].hidden = True
    wb.save(tmp_path / "h.xlsx")
    doc = read_document(tmp_path / "h.xlsx")
    assert doc.tables[0].rows() == [["考核内容", "分值"], ["台账齐全", "10"], ["按时上报", "5"]]
    assert any("hidden column(s) C left out" in note for note in doc.notes)
