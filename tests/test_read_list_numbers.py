"""List numbers the reader draws because the file only says "numbered": Word's automatic
numbering (numbering.xml) and html ordered lists.  Synthetic documents, invented wording."""

from __future__ import annotations

import docx
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from extractors import read_document
from extractors.list_numbers import chinese_counting, format_number


def _two_level_list(d, num_id: int = 41, start: int = 1):
    """一、 (chineseCounting) over 1． (decimal restarting under each 一、), as Word writes them."""
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2．"/></w:lvl>'
        '</w:abstractNum>')
    first = numbering.find(qn("w:num"))
    (first.addprevious(abstract) if first is not None else numbering.append(abstract))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))

    def add(text: str, level: int) -> None:
        p = d.add_paragraph(text)
        num_pr = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", level), ("w:numId", num_id)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), str(value))
            num_pr.append(child)
        p._p.get_or_add_pPr().append(num_pr)
    return add


def test_word_automatic_numbering_is_drawn_before_each_paragraph_and_restarts_under_its_parent(tmp_path):
    d = docx.Document()
    add = _two_level_list(d)
    for text, level in (("组织建设（20分）", 0), ("按期换届（10分）", 1), ("制度健全（10分）", 1),
                        ("民主管理（30分）", 0), ("厂务公开（30分）", 1)):
        add(text, level)
    d.save(tmp_path / "n.docx")
    assert [b.text for b in read_document(tmp_path / "n.docx").blocks] == [
        "一、组织建设（20分）", "1．按期换届（10分）", "2．制度健全（10分）", "二、民主管理（30分）", "1．厂务公开（30分）"]


def test_a_numbering_start_value_is_where_the_count_begins(tmp_path):
    d = docx.Document()
    _two_level_list(d, start=3)("宣传工作", 0)
    d.save(tmp_path / "s.docx")
    assert read_document(tmp_path / "s.docx").blocks[0].text == "三、宣传工作"


def test_a_bulleted_word_list_gets_no_number(tmp_path):
    d = docx.Document()
    d.add_paragraph("会员实名制入会", style="List Bullet")
    d.save(tmp_path / "b.docx")
    assert read_document(tmp_path / "b.docx").blocks[0].text == "会员实名制入会"


def test_word_number_formats():
    assert [chinese_counting(n) for n in (1, 10, 12, 20, 105)] == ["一", "十", "十二", "二十", "一百零五"]
    assert [format_number(3, f) for f in ("decimal", "decimalEnclosedCircle", "upperLetter", "lowerRoman",
                                          "ideographTraditional", "decimalFullWidth")] == ["3", "③", "C", "iii", "丙", "３"]


def test_html_ordered_lists_draw_their_numbers_in_the_lists_own_style(tmp_path):
    page = tmp_path / "p.html"
    page.write_text('<html><body><h1>考评细则</h1><ol style="list-style-type: cjk-ideographic">'
                    '<li>组织建设（20分）<ol><li>按期换届（10分）</li><li>制度健全（10分）</li></ol></li>'
                    '<li>民主管理（30分）<ol type="a" start="2"><li>厂务公开</li></ol></li></ol>'
                    '<ul><li>备注</li></ul></body></html>', encoding="utf-8")
    assert read_document(page).text.split("\n")[1:] == [
        "一、组织建设（20分）", "1.按期换届（10分）", "2.制度健全（10分）", "二、民主管理（30分）", "b.厂务公开", "备注"]
