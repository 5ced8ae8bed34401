"""HTML recognised by its markup, not by its first token: server-template pages
(JSP, ASPX, JSTL, ${...}) and saved fragments read as HTML with their tables, the
template markup stripped and reported as a ``template_placeholders`` flag; Word
"Save as Web Page" HTML read with its paragraphs.  Real pages from the corpus in
tests/data/corpus, and small synthetic pages for each rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from extractors import read_document
from extractors.detect import looks_like_markup
from extractors.templates import strip_templates

CORPUS = ROOT / "tests" / "data" / "corpus"


def read_text(tmp_path: Path, text: str, name: str = "page.html", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_document(path)


def flags(document) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in document.flags]


def test_jsp_fragment_without_html_element_is_read_as_html_with_its_table(tmp_path):
    page = ('<%@ page language="java" contentType="text/html; charset=UTF-8"%>\n'
            "<table><tr><td>项目</td><td>分值</td></tr><tr><td>建会</td><td>4</td></tr></table>\n")
    document = read_text(tmp_path, page, name="grade.jsp")
    assert document.source.format == "html"
    assert document.tables[0].rows() == [["项目", "分值"], ["建会", "4"]]
    assert flags(document) == [("template_placeholders",
                                "removed server-template markup before parsing: 1 directives and scriptlets")]


def test_aspx_controls_are_unwrapped_and_their_text_kept(tmp_path):
    page = ('<%@ Page Language="C#" CodeBehind="Score.aspx.cs" %>\n<asp:Content runat="server">'
            '<table><tr><td>姓名</td><td><asp:Label ID="lblName" runat="server">张三</asp:Label></td></tr>'
            "<tr><td>满分</td><td>100</td></tr></table></asp:Content>")
    document = read_text(tmp_path, page)
    assert document.tables[0].rows() == [["姓名", "张三"], ["满分", "100"]]
    assert flags(document)[0][1] == ("removed server-template markup before parsing: "
                                     "4 tag-library tags, 1 directives and scriptlets")


def test_jstl_loop_body_is_kept_once_and_placeholders_removed(tmp_path):
    page = ('<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c"%><html><body><table>'
            "<tr><td>考核项</td><td>得分</td></tr>"
            '<c:forEach items="${rows}" var="r"><tr><td>出勤${r.name}</td><td><c:out value="${r.score}"/></td></tr>'
            "</c:forEach></table></body></html>")
    document = read_text(tmp_path, page)
    assert document.tables[0].rows() == [["考核项", "得分"], ["出勤", ""]]
    assert flags(document)[0][1] == ("removed server-template markup before parsing: "
                                     "3 tag-library tags, 1 directives and scriptlets, 1 placeholders")


def test_a_prefix_declared_by_a_taglib_directive_is_stripped_too():
    text, removed = strip_templates('<%@ taglib prefix="m" uri="/tld/x.tld"%><a href="<m:url value="/a"/>">链接</a>')
    assert text == '<a href="">链接</a>'
    assert removed == {"directives and scriptlets": 1, "tag-library tags": 1}


def test_word_namespaced_elements_are_content_not_templates():
    text, removed = strip_templates("<p class=MsoNormal>考核<o:p></o:p></p>")
    assert (text, removed) == ("<p class=MsoNormal>考核<o:p></o:p></p>", {})


def test_fragment_starting_with_text_is_html_by_tag_density(tmp_path):
    rows = "".join(f"<tr><td>第{i}项</td><td>{i}</td></tr>" for i in range(1, 6))
    document = read_text(tmp_path, f"附件1 考核细则\n<section><p>说明</p><table>{rows}</table></section>", name="x.txt")
    assert document.source.format == "html"
    assert document.tables[0].n_rows == 5


def test_plain_text_that_quotes_a_tag_is_still_text():
    text = ("考核办法\n第一条 网页中的换行写作<br>，不影响评分。\n" + "第二条 本办法自发布之日起施行。\n" * 20).encode()
    assert looks_like_markup(text) is False


@pytest.mark.parametrize("name, shape, header", [
    ("c03_wangzhuang_coal_occupational_health_grade_table.html", (61, 8), "一、组织机构和规章制度建设(18)"),
    ("c14_oa_tech_staff_monthly_appraisal_form.html", (19, 9), "部门"),
    ("c17_dongnao_class_advisor_monthly_appraisal.html", (21, 5), "考核项"),
    ("c10_chit_teaching_scoring_std_wordhtml.html", (19, 4), "學生專題製作或專題研究指導"),
])
def test_corpus_server_pages_read_as_html_with_their_table(name, shape, header):
    document = read_document(CORPUS / name)
    table = document.tables[0]
    assert (document.source.format, (table.n_rows, table.n_cols), table.rows()[1][0]) == ("html", shape, header)
    assert [f.kind for f in document.flags] == ["template_placeholders"]


def test_word_web_page_in_gb2312_reads_its_numbered_paragraphs():
    document = read_document(CORPUS / "c16_sfls_daily_discipline_scoring_rules_wordhtml_gb2312.html")
    assert document.source.encoding == "gb2312"
    assert [b.text for b in document.blocks[:3]] == [
        "纪检部每日常规及自主劳动检查评分细则", "一、班级卫生", "1. 地面整洁，无垃圾或杂物，地面无污垢"]
    assert document.flags == []


def test_word_web_page_table_is_read_intact(tmp_path):
    page = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=gb2312">'
            "<style>p.MsoNormal {mso-style-parent:\"\"; margin:0cm;}</style></head><body lang=ZH-CN>"
            "<div class=WordSection1><p class=MsoNormal><![if !supportLists]><span>一、</span><![endif]>"
            "组织建设<o:p></o:p></p><table class=MsoTableGrid border=1>"
            "<tr><td><p class=MsoNormal>项目<o:p></o:p></p></td><td><p class=MsoNormal>分值</p></td></tr>"
            "<tr><td><p class=MsoNormal>建会</p></td><td><p class=MsoNormal>4</p></td></tr></table></div></body></html>")
    document = read_text(tmp_path, page, encoding="gb2312")
    assert document.blocks[0].text == "一、组织建设"
    assert document.tables[0].rows() == [["项目", "分值"], ["建会", "4"]]
