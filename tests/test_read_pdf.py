"""Reading the PDF fixtures: tables joined across pages, merged cells, text fidelity, provenance."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from extracted import squash
from conftest import NOTICES
from extractors import Document, Heading, Paragraph, Table, read_document
from extractors.model import flatten_table
from extractors.pdf_tables import build_fragment, join_fragments
from test_bad_pdf import HELVETICA, pages_pdf, text_content

PDF_001 = NOTICES / "001_union_2011_table.pdf"
PDF_002 = NOTICES / "002_shaoxing_2019.pdf"
TWINS = {PDF_001: NOTICES / "001_a79c898a44027441.txt", PDF_002: NOTICES / "002_02ed08d96c414266.txt"}


@cache
def doc(path: Path) -> Document:
    return read_document(path)




def squashed_rows(table: Table) -> list[list[str]]:
    return [[squash(text) for text in row] for row in table.rows()]


# --------------------------------------------------------------------------- 001: one table over three pages


def table_001() -> Table:
    return doc(PDF_001).tables[0]


def test_001_has_one_table_joined_across_its_three_pages() -> None:
    tables = doc(PDF_001).tables
    assert len(tables) == 1
    assert tables[0].pages == [1, 2, 3]
    assert (tables[0].n_rows, tables[0].n_cols) == (36, 8)


def test_001_repeated_header_row_appears_once() -> None:
    header = ["考核项目", "序号", "考核内容", "工作对应部门", "基本分值", "评分标准", "考评分", "备注"]
    rows = squashed_rows(table_001())
    assert rows[0] == header
    assert rows.count(header) == 1


def test_001_has_numbered_rows_then_totals_and_bonus_rows() -> None:
    rows = squashed_rows(table_001())
    assert [row[1] for row in rows[1:31]] == [str(n) for n in range(1, 31)]
    assert [(row[0], row[2]) for row in rows[31:]] == [
        ("", "合计"),
        ("加分项", "创先争优工作有特色、有创新，取得的成效在全市有推广价值"),
        ("加分项", "“两个普遍”等重点工作取得突破性进展或成绩突出的"),
        ("加分项", "荣获全国先进称号的；出色完成市总交办的各项任务的"),
        ("", "总计"),
    ]


def test_001_every_numbered_row_carries_its_category_through_the_grid() -> None:
    expected = (
        ["组织建设自身建设"] * 10 + ["制度机制建设"] * 3 + ["维权维稳工作"] * 8
        + ["服务职工提高素质"] * 6 + ["财务经审工作"] * 3
    )
    grid = table_001().grid()
    assert [squash(grid[r][0].text) for r in range(1, 31)] == expected


def test_001_category_cut_by_a_page_break_stays_one_merged_cell() -> None:
    table = table_001()
    grid = table.grid()
    cell = grid[22][0]
    assert (cell.row, cell.col, cell.row_span, cell.col_span) == (22, 0, 6, 1)
    assert cell.pages == [2, 3]
    assert all(grid[r][0] is cell for r in range(22, 28))
    assert sum(1 for c in table.cells if squash(c.text) == "服务职工提高素质") == 1


def test_001_category_spanning_a_page_break_without_text_below_it_covers_both_pages() -> None:
    cell = table_001().grid()[11][0]
    assert squash(cell.text) == "制度机制建设"
    assert (cell.row, cell.row_span, cell.pages) == (11, 3, [1, 2])


def test_001_base_points_per_row() -> None:
    rows = squashed_rows(table_001())
    by_number = {row[1]: row[4] for row in rows[1:31]}
    assert (by_number["1"], by_number["2"], by_number["23"]) == ("6", "10", "4")
    assert rows[31][2:5] == ["合计", "", "120"]


def test_001_title_is_a_heading_before_the_table() -> None:
    blocks = doc(PDF_001).blocks
    assert [type(b) for b in blocks] == [Heading, Table]
    assert squash(blocks[0].text) == "2011年度工会工作目标管理考核表"


# --------------------------------------------------------------------------- 002: text, then two tables


def tables_002() -> list[Table]:
    return doc(PDF_002).tables


def test_002_has_two_tables_each_joined_across_a_page_break() -> None:
    assert [(t.pages, t.n_rows, t.n_cols) for t in tables_002()] == [([4, 5], 10, 4), ([5, 6], 13, 4)]


def test_002_text_pages_give_no_tables_only_paragraphs_and_headings() -> None:
    early = [b for b in doc(PDF_002).blocks if b.prov.page <= 3]
    assert early and all(isinstance(b, (Paragraph, Heading)) for b in early)


def test_002_annex2_header_spans_the_number_and_content_columns() -> None:
    header = [c for c in tables_002()[0].cells if c.row == 0]
    assert [(squash(c.text), c.col, c.col_span) for c in header] == [
        ("考核内容", 0, 2), ("考核标准", 2, 1), ("备注", 3, 1),
    ]


def test_002_annex2_rows_give_the_seven_categories() -> None:
    rows = squashed_rows(tables_002()[0])
    assert [(row[0], row[1]) for row in rows[1:8]] == [
        ("1", "思想引领(18分)"), ("2", "岗位建功(15分)"), ("3", "维权帮扶(23分)"), ("4", "组织建设(14分)"),
        ("5", "网上工会(10分)"), ("6", "经费资产管理(13分)"), ("7", "审计监督(7分)"),
    ]


def test_002_annex2_each_category_has_all_its_items_in_one_cell() -> None:
    twin = squash(TWINS[PDF_002].read_text(encoding="utf-8"))
    rows = squashed_rows(tables_002()[0])
    item_counts = [4, 2, 7, 2, 4, 6, 3]
    for row, count in zip(rows[1:8], item_counts):
        criteria = row[2]
        assert criteria in twin
        assert re.findall(r"(?:^|[）)。])(\d)\.", criteria) == [str(n) for n in range(1, count + 1)]


def test_002_annex2_row_split_by_the_page_break_is_one_row() -> None:
    table = tables_002()[0]
    cell = table.cell_at(5, 2)
    assert squash(cell.text) == (
        "1.认真开展“文润同心·争做网上好职工”等省总和市总部署的网上工会建设活动。（3分）"
        "2.加强网上工会建设，相关栏目和新闻实时动态更新。（3分）"
        "3.组建好工会网宣队伍，开展网宣队伍培训，参加好市总组织的相关培训。（2分）"
        "4.在重要会议、重点时段开展网络安全值班工作，及时处置网络安全问题。（2分）"
    )
    assert cell.pages == [4, 5]
    assert squashed_rows(table)[6][:2] == ["6", "经费资产管理(13分)"]


def test_002_annex2_total_and_veto_rows() -> None:
    rows = squashed_rows(tables_002()[0])
    assert rows[8][:3] == ["8", "总分", "100"]
    assert rows[9][:2] == ["9", "一票否决"]
    assert rows[9][2].startswith("1.本级工会班子成员严重违法违纪") and rows[9][3] == "由办公室会同相关部室核准认定"


def test_002_annex3_header_row_split_across_pages_is_one_row() -> None:
    table = tables_002()[1]
    assert squashed_rows(table)[0] == ["内容单位", "参保基数", "内容单位", "参保基数"]
    assert table.cell_at(0, 0).pages == [5, 6]


def test_002_annex3_lists_22_units_two_per_row_with_their_base() -> None:
    expected = {
        "教育系统": "5000", "财贸系统": "7000", "工贸国资": "5500", "交通运输": "1300", "住建局": "2000",
        "市直机关": "7000", "市卫健委": "5500", "文旅集团": "900", "黄酒集团": "2100", "公用事业集团": "2350",
        "自然资源和规划局": "300", "市文广旅游局": "350", "城投集团": "200", "交投集团": "2200",
        "震元集团": "2200", "滨海新城": "3900", "绍兴电信": "700", "绍兴邮政": "500", "绍兴联通": "250",
        "绍兴移动": "800", "绍兴供电": "2500", "绍兴烟草": "300",
    }
    rows = squashed_rows(tables_002()[1])[1:12]
    found = {unit: base for row in rows for unit, base in (row[0:2], row[2:4])}
    assert found == expected
    assert (rows[0][0], rows[-1][2]) == ("教育系统", "绍兴烟草")


def test_002_annex3_total_spans_three_columns() -> None:
    table = tables_002()[1]
    total = table.cell_at(12, 1)
    assert squash(table.cell_at(12, 0).text) == "合计"
    assert (total.text, total.col, total.col_span) == ("52850", 1, 3)


# --------------------------------------------------------------------------- text fidelity


@pytest.mark.parametrize("pdf", [PDF_001, PDF_002], ids=["001", "002"])
def test_document_text_equals_the_text_twin_ignoring_whitespace(pdf: Path) -> None:
    # No character lost, duplicated (repeated headers are dropped) or reordered.
    assert squash(doc(pdf).text) == squash(TWINS[pdf].read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- provenance


@pytest.mark.parametrize("pdf", [PDF_001, PDF_002], ids=["001", "002"])
def test_cell_spans_slice_the_flattened_table_back_to_the_cell_text(pdf: Path) -> None:
    for table in doc(pdf).tables:
        flat = flatten_table(table)
        assert (table.prov.char_start, table.prov.char_end) == (0, len(flat))
        for cell in table.cells:
            assert flat[cell.prov.char_start:cell.prov.char_end] == cell.text
            assert (cell.prov.row, cell.prov.col, cell.prov.block) == (cell.row, cell.col, table.prov.block)


@pytest.mark.parametrize("pdf", [PDF_001, PDF_002], ids=["001", "002"])
def test_blocks_are_numbered_in_page_order(pdf: Path) -> None:
    blocks = doc(pdf).blocks
    assert [b.prov.block for b in blocks] == list(range(len(blocks)))
    pages = [b.prov.page for b in blocks]
    assert pages == sorted(pages) and None not in pages
    assert [t.prov.table for t in doc(pdf).tables] == list(range(len(doc(pdf).tables)))


def test_paragraphs_have_page_span_and_bbox() -> None:
    paragraphs = [b for b in doc(PDF_002).blocks if isinstance(b, Paragraph)]
    assert {p.prov.page for p in paragraphs} == {1, 2, 3, 5, 6}
    for p in paragraphs:
        x0, top, x1, bottom = p.prov.bbox
        assert 0 <= x0 < x1 <= 595.5 and 0 <= top < bottom <= 842
        assert (p.prov.char_start, p.prov.char_end) == (0, len(p.text))


def test_wrapped_lines_are_joined_into_one_paragraph() -> None:
    texts = [b.text for b in doc(PDF_002).blocks if isinstance(b, Paragraph)]
    assert "（二）绩效导向。主要检验各项重点工作是否取得实效（即职工有获得感、会员有信任感、工会有存在感）。" in texts


def test_cell_crossing_pages_has_its_bbox_on_its_first_page() -> None:
    cell = table_001().grid()[22][0]
    assert cell.prov.page == 2
    x0, top, x1, bottom = cell.prov.bbox
    assert (round(x0), round(x1)) == (46, 91) and bottom <= 595.3


def test_source_records_page_count_and_no_encoding() -> None:
    source = doc(PDF_002).source
    assert (source.format, source.pages, source.encoding) == ("pdf", 6, None)
    assert doc(PDF_002).notes == []


# --------------------------------------------------------------------------- unruled tables


def test_aligned_columns_without_rules_become_a_table(tmp_path: Path) -> None:
    lines = [(72, 760, "A plain sentence of running text above the list.")]
    grid = [("Unit", "Base", "Target"), ("North", "5000", "5200"), ("South", "700", "750"), ("East", "300", "330")]
    for r, row in enumerate(grid):
        lines += [(72 + 150 * c, 720 - 16 * r, word) for c, word in enumerate(row)]
    data = pages_pdf([text_content(lines)], b"/Font << /F1 5 0 R >>", [HELVETICA])
    path = tmp_path / "columns.pdf"
    path.write_bytes(data)
    document = read_document(path)
    assert [type(b) for b in document.blocks] == [Paragraph, Table]
    assert document.tables[0].rows() == [list(row) for row in grid]


def test_short_gapped_lines_are_not_taken_for_a_table(tmp_path: Path) -> None:
    lines = [(72, 720, "Name"), (300, 720, "Date"), (72, 700, "Signed below by the chair.")]
    data = pages_pdf([text_content(lines)], b"/Font << /F1 5 0 R >>", [HELVETICA])
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    assert read_document(path).tables == []


def test_a_cell_wrapped_onto_a_narrower_line_joins_its_row_and_a_paragraph_after_stays_text(tmp_path: Path) -> None:
    lines = []
    rows = [("No", "Task", "Points", "Rule"), ("1", "Registry", "10", "minus 2"),
            ("2", "Drills", "10", "all or none"), ("3", "Reports", "5", "minus 1")]
    for r, row in enumerate(rows):
        lines += [(72 + 130 * c, 720 - 28 * r, word) for c, word in enumerate(row)]
    lines += [(202, 720 - 28 - 14, "kept"), (462, 720 - 56 - 14, "each year")]
    lines += [(72, 720 - 84 - 16, "Scores are published within a month of the review by the office.")]
    data = pages_pdf([text_content(lines)], b"/Font << /F1 5 0 R >>", [HELVETICA])
    path = tmp_path / "wrapped.pdf"
    path.write_bytes(data)
    document = read_document(path)
    assert [type(b) for b in document.blocks] == [Table, Paragraph]
    assert document.tables[0].rows() == [list(rows[0]), ["1", "Registry\nkept", "10", "minus 2"],
                                         ["2", "Drills", "10", "all or none\neach year"], list(rows[3])]


# --------------------------------------------------------------------------- join rules on synthetic fragments


def chars_at(text: str, x: float, top: float, size: float = 9.0) -> list[dict]:
    """Chars of one line of text, as pdfplumber reports them."""
    return [
        {"text": ch, "x0": x + i * size, "x1": x + (i + 1) * size, "top": top, "bottom": top + size,
         "doctop": top, "size": size, "fontname": "Sans", "upright": True}
        for i, ch in enumerate(text)
    ]


def fragment(page: int, cells: list[tuple[tuple[float, float, float, float], str, float]]):
    """A fragment from (cell box, text, top of its text) triples, flagged as ending/starting its page."""
    boxes = [box for box, _, _ in cells]
    chars = [ch for box, text, top in cells if text for ch in chars_at(text, box[0] + 2, top)]
    frag, leftovers = build_fragment(boxes, chars, page)
    assert not leftovers
    frag.first_on_page = frag.last_on_page = True
    return frag


HEADER = [((0, 0, 50, 20), "Cat", 5.5), ((50, 0, 200, 20), "Item", 5.5)]


def test_category_of_a_complete_last_row_does_not_swallow_the_total_row_below_the_break() -> None:
    # Page 1 ends with a centred category A over items 1 and 2 (nothing continues).
    first = fragment(1, HEADER + [((0, 20, 50, 100), "A", 55.5), ((50, 20, 200, 60), "1", 35.5),
                                  ((50, 60, 200, 100), "2", 75.5)])
    second = fragment(2, HEADER + [((0, 20, 50, 60), "", 0), ((50, 20, 200, 60), "Total", 35.5)])
    tables, absorbed = join_fragments([first, second])
    assert tables == [first] and absorbed == {id(second)}
    grid = first.grid()
    assert [(c.text, c.row, c.row_span) for c in (grid[1][0], grid[3][0], grid[3][1])] == [
        ("A", 1, 2), ("", 3, 1), ("Total", 3, 1),
    ]


def test_category_of_a_split_last_row_continues_below_the_break() -> None:
    # Page 1's last row is laid out from the top (LibreOffice's trace of a split row).
    first = fragment(1, HEADER + [((0, 20, 50, 100), "A", 21.5), ((50, 20, 200, 60), "1", 35.5),
                                  ((50, 60, 200, 100), "2", 61.5)])
    second = fragment(2, HEADER + [((0, 20, 50, 60), "", 0), ((50, 20, 200, 60), "3", 35.5)])
    join_fragments([first, second])
    grid = first.grid()
    category = grid[1][0]
    assert (category.text, category.row_span, category.pages) == ("A", 3, [1, 2])
    assert [grid[r][1].text for r in range(1, 4)] == ["1", "2", "3"]
