"""The txt reader on the real seed texts: Word tables flattened to TAB-started
cells (001, 002), run-on prose (000, 003, 004), plus GBK and small synthetic
texts written in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from extracted import read, squash, column
from conftest import NOTICES
from extractors import read_document
from extractors.errors import UnsupportedFormat
from extractors.model import Document, Paragraph, Table

T000 = "000_956f0e11c06d5172.txt"
T001 = "001_a79c898a44027441.txt"
T002 = "002_02ed08d96c414266.txt"
T003 = "003_2669f0fbdc4810f7.txt"
T004 = "004_4b2e7f41540610e8.txt"
ALL_TXT = [T000, T001, T002, T003, T004]








def write(tmp_path: Path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


@pytest.fixture(scope="module")
def t001() -> Table:
    return read(T001).tables[0]


@pytest.fixture(scope="module")
def annex2() -> Table:
    return read(T002).tables[0]


@pytest.fixture(scope="module")
def annex3() -> Table:
    return read(T002).tables[1]


# --------------------------------------------------------------------------- every fixture


@pytest.mark.parametrize("name", ALL_TXT)
def test_document_text_keeps_every_character_once(name: str):
    source = (NOTICES / name).read_text(encoding="utf-8")
    assert squash(read(name).text) == squash(source)


@pytest.mark.parametrize("name", ALL_TXT)
def test_provenance_spans_its_block_and_cells(name: str):
    for index, block in enumerate(read(name).blocks):
        assert block.prov.block == index
        assert (block.prov.char_start, block.prov.char_end) == (0, len(block.text))
        if isinstance(block, Table):
            for cell in block.cells:
                assert block.text[cell.prov.char_start:cell.prov.char_end] == cell.text


# --------------------------------------------------------------------------- 001


def test_001_is_a_title_paragraph_and_one_36x8_table():
    doc = read(T001)
    assert [b.kind for b in doc.blocks] == ["paragraph", "table"]
    assert doc.blocks[0].text == "2011年度工会工作目标管理考核表"
    assert (doc.tables[0].n_rows, doc.tables[0].n_cols) == (36, 8)


def test_001_header_row(t001: Table):
    assert [squash(text) for text in t001.rows()[0]] == [
        "考核项目", "序号", "考核内容", "工作对应部门", "基本分值", "评分标准", "考评分", "备注"]


def test_001_item_numbers_run_1_to_30(t001: Table):
    assert column(t001, 1)[1:31] == [str(n) for n in range(1, 31)]


def test_001_total_bonus_and_grand_total_rows(t001: Table):
    rows = [[squash(text) for text in row] for row in t001.rows()]
    assert rows[31] == ["", "", "合计", "", "120", "", "", ""]
    assert column(t001, 0)[32:35] == ["加分项", "", ""]
    assert rows[35] == ["", "", "总计", "", "", "", "", ""]


def test_001_category_cell_keeps_its_blank_lines(t001: Table):
    assert t001.rows()[1][0] == "组织\n建设\n\n自身\n\n建设"
    assert column(t001, 0)[1:31].count("") == 25  # merged categories are empty below their first row


def test_001_cell_continued_after_a_blank_line(t001: Table):
    assert t001.rows()[21][3] == "法律部\n\n办公室"


# --------------------------------------------------------------------------- 002


def test_002_annex_tables_are_separate(annex2: Table, annex3: Table):
    doc = read(T002)
    kinds = [(b.kind, b.text) for b in doc.blocks]
    i2, i3 = doc.blocks.index(annex2), doc.blocks.index(annex3)
    assert (annex2.n_rows, annex2.n_cols, annex3.n_rows, annex3.n_cols) == (10, 4, 13, 4)
    assert ("paragraph", "附件3") in kinds[i2 + 1:i3]


def test_002_header_row_with_three_cells_is_padded(annex2: Table):
    assert annex2.rows()[0] == ["考核内容", "考核标准", "备注", ""]


def test_002_categories_with_their_points(annex2: Table):
    assert column(annex2, 1)[1:] == [
        "思想引领(18分)", "岗位建功(15分)", "维权帮扶(23分)", "组织建设(14分)", "网上工会(10分)",
        "经费资产管理(13分)", "审计监督(7分)", "总分", "一票否决"]
    assert annex2.rows()[1][1] == "思想引领\n\n(18分)"


def test_002_total_and_veto_rows(annex2: Table):
    assert annex2.rows()[8] == ["8", "总分", "100", ""]
    veto = annex2.rows()[9]
    assert veto[:2] == ["9", "一票否决"]
    assert veto[2].split("\n\n")[2] == "3.涉及重大群体性事件处理不当造成严重影响。"
    assert veto[3] == "由办公室会同相关部室核准认定"


def test_002_annex3_units_and_total(annex3: Table):
    rows = annex3.rows()
    units = [row[0] for row in rows[1:12]] + [row[2] for row in rows[1:12]]
    assert len(units) == 22 and "" not in units
    assert units[0] == "教育系统" and units[-1] == "绍兴烟草"
    assert rows[12] == ["合计", "52850", "", ""]


def test_002_prose_lines_are_paragraphs_numbered_by_line():
    doc = read(T002)
    veto = next(b for b in doc.blocks if b.text == "第六条 一票否决")
    assert isinstance(veto, Paragraph)
    assert veto.prov.paragraph == 31
    assert doc.blocks[-1].text == "说明：参保基数包含今年续保数。"


# --------------------------------------------------------------------------- prose only


@pytest.mark.parametrize("name", [T000, T003, T004])
def test_prose_texts_have_no_table(name: str):
    doc = read(name)
    assert doc.tables == []
    assert all(isinstance(b, Paragraph) for b in doc.blocks)


def test_000_one_paragraph_per_non_empty_line():
    lines = (NOTICES / T000).read_text(encoding="utf-8").split("\n")
    doc = read(T000)
    assert [b.prov.paragraph for b in doc.blocks] == [i for i, line in enumerate(lines) if line.strip()]
    assert doc.blocks[0].text.startswith("您的位置:")


# --------------------------------------------------------------------------- encodings and edge cases


def test_gbk_text_decodes(tmp_path: Path):
    data = (NOTICES / T002).read_text(encoding="utf-8").encode("gbk")
    doc = write(tmp_path, "gbk.txt", data)
    assert doc.source.encoding == "gb18030"
    assert doc.blocks == read(T002).blocks


def test_crlf_line_endings_read_like_lf(tmp_path: Path):
    data = (NOTICES / T001).read_text(encoding="utf-8").replace("\n", "\r\n").encode()
    assert write(tmp_path, "crlf.txt", data).blocks == read(T001).blocks


def test_lines_of_tab_separated_figures_are_a_table(tmp_path: Path):
    doc = write(tmp_path, "figures.txt", "考核得分\n组织建设\t12\n经费管理\t8\n合计\t20\n".encode())
    assert [b.kind for b in doc.blocks] == ["paragraph", "table"]
    assert doc.tables[0].rows() == [["组织建设", "12"], ["经费管理", "8"], ["合计", "20"]]
    assert doc.notes == ["table 0: lines 2-4 read as a 3x2 tab-separated table"]


def test_tab_indented_paragraphs_are_not_a_table(tmp_path: Path):
    doc = write(tmp_path, "indent.txt", "\t第一条 总则。\n\n\t第二条 内容。\n".encode())
    assert doc.tables == []
    assert [(b.text, b.prov.paragraph) for b in doc.blocks] == [("第一条 总则。", 0), ("第二条 内容。", 2)]


def test_prose_after_a_single_blank_line_ends_the_table(tmp_path: Path):
    text = "附表\n\t项目\n\t分值\n\n\t组织\n\t10\n\n说明：按年度考核。\n\n第二段。\n"
    doc = write(tmp_path, "after.txt", text.encode())
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph", "paragraph"]
    assert doc.tables[0].rows() == [["项目", "分值"], ["组织", "10"]]


def test_undecodable_bytes_are_refused(tmp_path: Path):
    with pytest.raises(UnsupportedFormat, match="undecodable.txt"):
        write(tmp_path, "undecodable.txt", bytes(range(0x80, 0x100)) * 8)


def test_a_markdown_heading_is_a_heading_of_its_level_and_strong_emphasis_is_its_words(tmp_path):
    path = tmp_path / "rubric.txt"
    path.write_text("# 征文评审标准\n\n## 评审项目\n\n1. **立意（30分）**：主题鲜明\n", encoding="utf-8")
    blocks = read_document(path).blocks
    assert [(b.kind, getattr(b, "level", None), b.text) for b in blocks] == [
        ("heading", 1, "征文评审标准"), ("heading", 2, "评审项目"), ("paragraph", None, "1. 立意（30分）：主题鲜明")]


def test_a_hash_without_a_space_is_no_markdown_heading(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("#3号楼检查记录\n", encoding="utf-8")
    assert [(b.kind, b.text) for b in read_document(path).blocks] == [("paragraph", "#3号楼检查记录")]


def test_runs_of_stars_and_underscores_are_kept_as_printed(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("以***理论和“****”重要思想为指导\n考核日期：2026年7月____日，签字：____\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "以***理论和“****”重要思想为指导", "考核日期：2026年7月____日，签字：____"]
