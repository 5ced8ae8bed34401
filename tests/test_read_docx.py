"""The docx reader on the real fixtures, plus small synthetic documents for
structures the fixtures do not contain (gridBefore, nested tables, content
controls, heading styles, revisions, text boxes)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from extracted import read, squash, column
from conftest import NOTICES
from extractors import read_document
from extractors.model import Document, Heading, Paragraph, Table

TWINS = {
    "001_union_2011_table.docx": "001_a79c898a44027441.txt",
    "002_shaoxing_2019.docx": "002_02ed08d96c414266.txt",
    "003_district_2023.docx": "003_2669f0fbdc4810f7.txt",
    "004_self_report.docx": "004_4b2e7f41540610e8.txt",
}
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'








# --------------------------------------------------------------------------- 001


@pytest.fixture(scope="module")
def t001() -> Table:
    return read("001_union_2011_table.docx").tables[0]


def test_001_is_a_title_heading_and_one_table():
    doc = read("001_union_2011_table.docx")
    assert [b.kind for b in doc.blocks] == ["heading", "table"]
    assert doc.blocks[0] == Heading(text="2011年度工会工作目标管理考核表", level=1, prov=doc.blocks[0].prov)


def test_001_table_is_36_by_8(t001):
    assert (t001.n_rows, t001.n_cols) == (36, 8)


def test_001_header_row(t001):
    assert [squash(t) for t in t001.rows()[0]] == [
        "考核项目", "序号", "考核内容", "工作对应部门", "基本分值", "评分标准", "考评分", "备注",
    ]


def test_001_numbered_rows_are_1_to_30(t001):
    assert column(t001, 1)[1:31] == [str(n) for n in range(1, 31)]


def test_001_rows_after_the_numbered_ones(t001):
    assert column(t001, 2)[31] == "合计"
    assert column(t001, 0)[32:35] == ["加分项"] * 3
    assert column(t001, 2)[35] == "总计"


def test_001_every_numbered_row_carries_its_category(t001):
    expected = (
        ["组织建设自身建设"] * 10 + ["制度机制建设"] * 3 + ["维权维稳工作"] * 8
        + ["服务职工提高素质"] * 6 + ["财务经审工作"] * 3
    )
    assert column(t001, 0)[1:31] == expected


def test_001_base_points_by_item_number(t001):
    points = {row[1]: row[4] for row in t001.rows()[1:31]}
    assert (points["1"], points["2"], points["23"]) == ("6", "10", "4")
    assert sum(int(p) for p in points.values()) == 120


def test_001_total_row_has_120(t001):
    assert t001.rows()[31][4] == "120"


def test_001_category_cell_spans_ten_rows(t001):
    cell = t001.cell_at(1, 0)
    assert (cell.row, cell.col, cell.row_span, cell.col_span) == (1, 0, 10, 1)
    assert all(t001.cell_at(r, 0) is cell for r in range(1, 11))


def test_001_merged_category_appears_once(t001):
    assert [squash(c.text) for c in t001.cells if c.col == 0] == [
        "考核项目", "组织建设自身建设", "制度机制建设", "维权维稳工作", "服务职工提高素质",
        "财务经审工作", "", "加分项", "",
    ]


def test_001_bonus_category_spans_three_rows(t001):
    assert t001.cell_at(32, 0).row_span == 3


def test_001_multiline_cell_keeps_line_breaks(t001):
    assert t001.cell_at(0, 0).text == "考核\n项目"
    assert t001.cell_at(1, 0).text == "组织\n建设\n\n自身\n\n建设"


# --------------------------------------------------------------------------- 002


@pytest.fixture(scope="module")
def doc002() -> Document:
    return read("002_shaoxing_2019.docx")


def test_002_has_two_tables(doc002):
    assert [(t.n_rows, t.n_cols, t.prov.table) for t in doc002.tables] == [(10, 4, 0), (13, 4, 1)]


def test_002_annex2_categories(doc002):
    rows = doc002.tables[0].rows()
    assert [squash(r[1]) for r in rows[1:8]] == [
        "思想引领(18分)", "岗位建功(15分)", "维权帮扶(23分)", "组织建设(14分)",
        "网上工会(10分)", "经费资产管理(13分)", "审计监督(7分)",
    ]


def test_002_annex2_category_cell_keeps_its_lines(doc002):
    assert doc002.tables[0].cell_at(1, 1).text == "思想引领\n\n(18分)"


def test_002_annex2_total_and_veto_rows(doc002):
    rows = doc002.tables[0].rows()
    assert rows[8][:3] == ["8", "总分", "100"]
    assert rows[9][:2] == ["9", "一票否决"]


def test_002_annex2_header_spans_two_columns_once(doc002):
    table = doc002.tables[0]
    header = table.cell_at(0, 0)
    assert (header.text, header.col_span, table.cell_at(0, 1) is header) == ("考核内容", 2, True)
    assert table.text.split("\n")[0] == "考核内容\t考核标准\t备注"


def test_002_annex3_units_and_base_numbers(doc002):
    rows = doc002.tables[1].rows()[1:12]
    units = {r[c]: r[c + 1] for r in rows for c in (0, 2)}
    assert units == {
        "教育系统": "5000", "市文广旅游局": "350", "财贸系统": "7000", "城投集团": "200",
        "工贸国资": "5500", "交投集团": "2200", "交通运输": "1300", "震元集团": "2200",
        "住建局": "2000", "滨海新城": "3900", "市直机关": "7000", "绍兴电信": "700",
        "市卫健委": "5500", "绍兴邮政": "500", "文旅集团": "900", "绍兴联通": "250",
        "黄酒集团": "2100", "绍兴移动": "800", "公用事业集团": "2350", "绍兴供电": "2500",
        "自然资源和规划局": "300", "绍兴烟草": "300",
    }


def test_002_annex3_total_spans_three_columns(doc002):
    table = doc002.tables[1]
    total = table.cell_at(12, 1)
    assert (table.cell_at(12, 0).text, total.text, total.col_span) == ("合计", "52850", 3)
    assert table.text.split("\n")[-1] == "合计\t52850"


def test_002_title_is_a_heading(doc002):
    assert isinstance(doc002.blocks[0], Heading)
    assert doc002.blocks[0].text.endswith("2019年度重点工作考核办法")


# --------------------------------------------------------------------------- 003, 004


def test_003_has_45_paragraphs_numbered_in_order():
    doc = read("003_district_2023.docx")
    assert all(isinstance(b, Paragraph) for b in doc.blocks)
    assert [b.prov.paragraph for b in doc.blocks] == list(range(45))


def test_003_line_break_inside_a_paragraph_is_kept():
    doc = read("003_district_2023.docx")
    assert [b.prov.paragraph for b in doc.blocks if "扣0.\n5分" in b.text] == [5]


def test_003_closing_sentence_is_its_own_paragraph():
    doc = read("003_district_2023.docx")
    assert doc.blocks[38].text == "本办法自2023年3月1日起试行。"


def test_004_bold_centred_first_line_is_the_title():
    doc = read("004_self_report.docx")
    assert doc.blocks[0] == Heading(text="工会绩效自评报告(精选3篇)", level=1, prov=doc.blocks[0].prov)
    assert [b.kind for b in doc.blocks[1:]] == ["paragraph"] * 138


def test_004_paragraphs_joined_by_newline_equal_the_seed():
    doc = read("004_self_report.docx")
    assert doc.text == (NOTICES / "004_4b2e7f41540610e8.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- every fixture


@pytest.mark.parametrize("name", sorted(TWINS))
def test_text_equals_txt_twin_ignoring_whitespace(name):
    twin = (NOTICES / TWINS[name]).read_text(encoding="utf-8")
    assert squash(read(name).text) == squash(twin)


@pytest.mark.parametrize("name", sorted(TWINS))
def test_source_of_a_docx(name):
    source = read(name).source
    assert (source.format, source.encoding, source.pages, source.name) == ("docx", None, None, name)


@pytest.mark.parametrize("name", sorted(TWINS))
def test_block_provenance_is_its_index(name):
    blocks = read(name).blocks
    assert [b.prov.block for b in blocks] == list(range(len(blocks)))


@pytest.mark.parametrize("name", sorted(TWINS))
def test_block_span_covers_its_text(name):
    for block in read(name).blocks:
        assert (block.prov.char_start, block.prov.char_end) == (0, len(block.text))


@pytest.mark.parametrize("name", ["001_union_2011_table.docx", "002_shaoxing_2019.docx"])
def test_cell_span_slices_its_text_from_the_flattened_table(name):
    for table in read(name).tables:
        flat = table.text
        for cell in table.cells:
            assert flat[cell.prov.char_start:cell.prov.char_end] == cell.text
            assert (cell.prov.block, cell.prov.table, cell.prov.row, cell.prov.col) == (
                table.prov.block, table.prov.table, cell.row, cell.col)


# --------------------------------------------------------------------------- synthetic


def save(document, tmp_path: Path) -> Path:
    path = tmp_path / "made.docx"
    document.save(path)
    return path


def test_heading_styles_give_levels(tmp_path):
    d = docx.Document()
    d.add_heading("方案", level=0)
    d.add_heading("一、总则", level=1)
    d.add_heading("（一）目标", level=2)
    d.add_paragraph("正文")
    blocks = read_document(save(d, tmp_path)).blocks
    assert [(b.kind, getattr(b, "level", None)) for b in blocks] == [
        ("heading", 1), ("heading", 1), ("heading", 2), ("paragraph", None)]


def test_empty_paragraphs_are_skipped_but_counted(tmp_path):
    d = docx.Document()
    d.add_paragraph("一")
    d.add_paragraph("")
    d.add_paragraph("   ")
    d.add_paragraph("二")
    blocks = read_document(save(d, tmp_path)).blocks
    assert [(b.text, b.prov.paragraph) for b in blocks] == [("一", 0), ("二", 3)]


def test_bold_centred_paragraph_after_the_first_block_is_not_a_heading(tmp_path):
    d = docx.Document()
    d.add_paragraph("正文")
    p = d.add_paragraph()
    p.alignment = 1  # centre
    p.add_run("小标题").bold = True
    assert [b.kind for b in read_document(save(d, tmp_path)).blocks] == ["paragraph", "paragraph"]


def test_grid_span_and_vertical_merge_from_python_docx(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "表头"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "类别"
    t.cell(1, 1).text, t.cell(2, 1).text = "甲", "乙"
    table = read_document(save(d, tmp_path)).tables[0]
    assert [(c.row, c.col, c.row_span, c.col_span, c.text) for c in table.cells if c.text] == [
        (0, 0, 1, 2, "表头"), (1, 0, 2, 1, "类别"), (1, 1, 1, 1, "甲"), (2, 1, 1, 1, "乙")]


def test_cell_paragraphs_are_joined_by_newline(tmp_path):
    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "第一行"
    cell.add_paragraph("")
    cell.add_paragraph("第三行")
    assert read_document(save(d, tmp_path)).tables[0].cells[0].text == "第一行\n\n第三行"


def test_nested_table_goes_to_cell_tables_not_cell_text(tmp_path):
    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "外"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "内1", "内2"
    d.add_table(rows=1, cols=1).cell(0, 0).text = "第二个表"
    doc = read_document(save(d, tmp_path))
    host = doc.tables[0].cell_at(0, 1)
    assert host.text == ""
    assert [t.prov.table for t in doc.tables] == [0, 1]
    (nested,) = host.tables
    assert (nested.text, nested.prov.table, nested.prov.block) == ("内1\t内2", 2, 0)
    assert [c.prov.table for c in nested.cells] == [2, 2]


def test_grid_before_shifts_the_row(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for c, text in enumerate(["甲", "乙", "丙"]):
        t.cell(0, c).text = text
    tr = t.rows[1]._tr
    tr.remove(tr.tc_lst[0])
    tr.insert(0, parse_xml(f'<w:trPr {W}><w:gridBefore w:val="1"/></w:trPr>'))
    tc = tr.tc_lst[0]
    tc.replace(tc.p_lst[0], parse_xml(f'<w:p {W}><w:r><w:t>右移</w:t></w:r></w:p>'))
    table = read_document(save(d, tmp_path)).tables[0]
    assert table.rows()[1] == ["", "右移", ""]
    assert table.cell_at(1, 0) is None


def test_content_control_paragraphs_are_read_in_order(tmp_path):
    d = docx.Document()
    d.add_paragraph("前")
    d.add_paragraph("后")
    sdt = parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>控件内</w:t></w:r></w:p></w:sdtContent></w:sdt>")
    d.paragraphs[0]._p.addnext(sdt)
    blocks = read_document(save(d, tmp_path)).blocks
    assert [(b.text, b.prov.paragraph) for b in blocks] == [("前", 0), ("控件内", 1), ("后", 2)]


def test_deleted_revisions_and_field_codes_are_not_text(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("留")
    p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="a"><w:r><w:t>增</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:r {W}><w:instrText> PAGE </w:instrText></w:r>'))
    assert read_document(save(d, tmp_path)).blocks[0].text == "留增"


def test_text_box_is_read_once_as_its_own_paragraph(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("正文")
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = "<w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent>"
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:mc="{mc}"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}'
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"))
    blocks = read_document(save(d, tmp_path)).blocks
    assert [(b.text, b.prov.paragraph) for b in blocks] == [("正文", 0), ("框内", 0)]


def table_xml(rows: list[list[tuple[str, str]]]) -> str:
    """A 2-column ``w:tbl``; each cell is (vMerge attribute XML or "", text)."""
    trs = "".join(
        "<w:tr>" + "".join(
            f"<w:tc><w:tcPr>{vm}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>" for vm, text in row
        ) + "</w:tr>"
        for row in rows
    )
    return f'<w:tbl {W}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{trs}</w:tbl>'


def read_table_xml(xml: str, tmp_path: Path) -> Table:
    d = docx.Document()
    d.element.body.insert(0, parse_xml(xml))
    return read_document(save(d, tmp_path)).tables[0]


def test_vmerge_continue_value_extends_the_cell_above(tmp_path):
    restart, cont = '<w:vMerge w:val="restart"/>', '<w:vMerge w:val="continue"/>'
    table = read_table_xml(table_xml([[(restart, "类"), ("", "1")], [(cont, ""), ("", "2")]]), tmp_path)
    assert [(c.row, c.col, c.row_span, c.text) for c in table.cells] == [
        (0, 0, 2, "类"), (0, 1, 1, "1"), (1, 1, 1, "2")]


def test_vmerge_continuation_without_a_cell_above_is_a_cell_of_its_own(tmp_path):
    table = read_table_xml(table_xml([[("<w:vMerge/>", "孤"), ("", "1")]]), tmp_path)
    assert [(c.row, c.col, c.row_span, c.text) for c in table.cells] == [(0, 0, 1, "孤"), (0, 1, 1, "1")]


def test_text_left_in_a_vmerge_continuation_is_kept(tmp_path):
    restart = '<w:vMerge w:val="restart"/>'
    table = read_table_xml(
        table_xml([[(restart, "上"), ("", "1")], [("<w:vMerge/>", "下"), ("", "2")]]), tmp_path)
    assert (table.cell_at(1, 0).text, table.cell_at(1, 0).row_span) == ("上\n下", 2)


def test_equation_text_is_kept_and_ruby_text_is_not(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("得分=")
    m = "http://schemas.openxmlformats.org/officeDocument/2006/math"
    p._p.append(parse_xml(f'<m:oMath xmlns:m="{m}"><m:r><m:t>a×b</m:t></m:r></m:oMath>'))
    p._p.append(parse_xml(
        f'<w:r {W}><w:ruby><w:rt><w:r><w:t>kǎo</w:t></w:r></w:rt>'
        "<w:rubyBase><w:r><w:t>考</w:t></w:r></w:rubyBase></w:ruby></w:r>"))
    assert read_document(save(d, tmp_path)).blocks[0].text == "得分=a×b考"


def test_document_without_text_has_a_note(tmp_path):
    d = docx.Document()
    d.add_paragraph("")
    doc = read_document(save(d, tmp_path))
    assert (doc.blocks, doc.notes) == (
        [], ["the document body has no text (it may hold only images or text in headers)"])


def test_macro_enabled_document_is_refused_by_name(tmp_path):
    from extractors import UnsupportedFormat

    path = save(docx.Document(), tmp_path)
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with pytest.raises(UnsupportedFormat) as info:
        read_document(path)
    assert str(info.value) == (
        f"{path}: not a plain Word document (content type "
        "application/vnd.ms-word.document.macroEnabled.main+xml); save it as .docx")


def test_text_box_inside_a_text_box_is_read_once(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("正文")
    inner = "<w:txbxContent><w:p><w:r><w:t>内框</w:t></w:r></w:p></w:txbxContent>"
    outer = f"<w:txbxContent><w:p><w:r><w:t>外框</w:t></w:r><w:r><w:pict>{inner}</w:pict></w:r></w:p></w:txbxContent>"
    p._p.append(parse_xml(f"<w:r {W}><w:pict>{outer}</w:pict></w:r>"))
    assert [b.text for b in read_document(save(d, tmp_path)).blocks] == ["正文", "外框", "内框"]
