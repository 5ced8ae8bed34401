"""The html reader on the real 000 pages (UTF-8 and GBK), plus small pages
written in tmp_path for what the fixtures do not show (merged cells, scripts,
undeclared encodings, a BOM, clutter inside the article)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extracted import read, squash
from conftest import NOTICES
from extractors import read_document
from extractors.model import Document, Heading, Paragraph, Table

UTF8_PAGE = "000_city_2016.html"
GBK_PAGE = "000_city_2016_gbk.html"
TWIN = "000_956f0e11c06d5172.txt"
HEADER = ["项目", "考核内容及标准", "分值"]
MERGED_TABLE = """<html><body><table>
<tr><th rowspan="2">类别</th><th colspan="2">考核</th></tr>
<tr><td>内容</td><td>分值</td></tr>
<tr><td rowspan="2">组织建设</td><td>建会</td><td>4</td></tr>
<tr><td>入会</td><td>6</td></tr>
</table></body></html>"""
ARTICLE_WITH_CLUTTER = """<html><head><meta charset="utf-8"><title>考核办法_某某网</title></head><body>
<div><a href="/">首页</a><a href="/a">通知公告</a><a href="/b">工作动态</a></div>
<div class="main">
<div>当前位置：<a href="/">首页</a> &gt; <a href="/a">通知公告</a> &gt; 正文</div>
<h1>某区工会考核办法</h1>
<p>第一条 为加强基层工会建设，科学评价各单位工作实绩，结合实际制定本办法。</p>
<p>第二条 考核实行百分制，其中会员发展任务10分，经费收缴20分，职工服务70分。</p>
<div>请<a href="/login">登录</a>后查看全文</div>
<p>……(未完,全文共5000字,当前仅显示800字,请登录会员阅读)</p>
<div>相关文章<ul><li><a href="/1">2015年考核办法</a></li><li><a href="/2">2014年考核办法</a></li></ul></div>
<div>上一篇：<a href="/p">工作总结</a> 下一篇：<a href="/n">工作计划</a></div>
</div>
<div>版权所有 © 2016 某某网 京ICP备12345678号</div>
</body></html>"""






def write(tmp_path: Path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


@pytest.fixture(scope="module")
def page() -> Document:
    return read(UTF8_PAGE)


@pytest.fixture(scope="module")
def items(page: Document) -> Table:
    return page.tables[0]


def row_named(table: Table, name: str) -> list[str]:
    return next(row for row in table.rows() if row[0] == name)


# --------------------------------------------------------------------------- the 000 pages


def test_utf8_and_gbk_pages_give_the_same_document():
    utf8, gbk = read(UTF8_PAGE), read(GBK_PAGE)
    assert (utf8.source.encoding, gbk.source.encoding) == ("utf-8", "gbk")
    assert gbk.text == utf8.text
    assert gbk.blocks == utf8.blocks


def test_site_clutter_is_not_in_the_text(page: Document):
    for clutter in ("您的位置", "首页", "年终总结", "计划规划", "_新文秘网", "新文秘网>>"):
        assert clutter not in page.text


def test_removed_clutter_is_noted(page: Document):
    assert page.notes == [
        "removed link list: 首页 工会 年终总结 计划规划",
        "removed breadcrumb: 您的位置: 新文秘网 >> 工会 / 群众团体 / 年终总结 / 计划规划 />>正文",
    ]


def test_truncation_notices_are_kept(page: Document):
    assert "……(新文秘网https://www.wm114.cn省略853字,正式会员可完整阅读)……" in page.text
    assert "……(未完,全文共8767字,当前仅显示2394字,请阅读下面提示信息。" in page.text


def test_h1_title_is_the_first_block_a_heading(page: Document):
    assert page.blocks[0] == Heading(text="市总工会2016年度重点工作绩效考核方案", level=1, prov=page.blocks[0].prov)


def test_publication_date_stays_a_paragraph(page: Document):
    assert page.blocks[1].text == "发表时间:2016/4/2 20:32:08"
    assert isinstance(page.blocks[1], Paragraph)


def test_item_section_is_one_three_column_table_with_a_header_row(page: Document, items: Table):
    assert len(page.tables) == 1
    assert (items.n_rows, items.n_cols) == (10, 3)
    assert items.rows()[0] == HEADER


def test_first_data_row_has_an_empty_item_and_ten_points(items: Table):
    first = items.rows()[1]
    assert (first[0], first[2]) == ("", "10")
    assert first[1].startswith("推进争当“五有职工”")


def test_hardship_row_is_worth_nine(items: Table):
    assert row_named(items, "困难帮扶")[2] == "9"


def test_criteria_keep_their_line_breaks(items: Table):
    lines = row_named(items, "困难帮扶")[1].split("\n")
    assert [line[:2] for line in lines] == ["1.", "2.", "3.", "4.", "5."]
    assert lines[4] == "5.职工服务中心实现规范化、制度化管理,无职工投诉现象。(2分)"


def test_last_row_has_no_points_and_ends_with_the_truncation_notice(items: Table):
    name, criteria, points = items.rows()[-1]
    assert (name, points) == ("互助保障", "")
    assert criteria.endswith(
        "3.互助保 ……(未完,全文共8767字,当前仅显示2394字,请阅读下面提示信息。收藏《市总工会2016年度重点工作绩效考核方案》"
    )


def test_text_equals_the_txt_twin_without_breadcrumb_and_header_row(page: Document):
    twin = (NOTICES / TWIN).read_text(encoding="utf-8").split("\n", 1)[1]
    html_text = page.text.replace("\t".join(HEADER), "", 1)
    assert squash(html_text) == squash(twin)


def test_cell_provenance_locates_the_cell_in_the_flattened_table(items: Table, page: Document):
    cell = items.cell_at(2, 2)
    flat = items.text
    assert flat[cell.prov.char_start:cell.prov.char_end] == "9"
    assert (cell.prov.block, cell.prov.table, cell.prov.row, cell.prov.col) == (
        page.blocks.index(items), 0, 2, 2)


def test_paragraph_provenance_spans_its_text(page: Document):
    for index, block in enumerate(page.blocks):
        assert block.prov.block == index
        assert (block.prov.char_start, block.prov.char_end) == (0, len(block.text))


# --------------------------------------------------------------------------- small pages


def test_rowspan_and_colspan_give_one_cell_repeated_by_grid(tmp_path: Path):
    table = write(tmp_path, "merged.html", MERGED_TABLE.encode()).tables[0]
    assert (table.n_rows, table.n_cols) == (4, 3)
    by_pos = {(c.row, c.col): (c.text, c.row_span, c.col_span) for c in table.cells}
    assert by_pos == {
        (0, 0): ("类别", 2, 1), (0, 1): ("考核", 1, 2),
        (1, 1): ("内容", 1, 1), (1, 2): ("分值", 1, 1),
        (2, 0): ("组织建设", 2, 1), (2, 1): ("建会", 1, 1), (2, 2): ("4", 1, 1),
        (3, 1): ("入会", 1, 1), (3, 2): ("6", 1, 1),
    }
    assert table.rows() == [["类别", "考核", "考核"], ["类别", "内容", "分值"],
                            ["组织建设", "建会", "4"], ["组织建设", "入会", "6"]]
    assert table.grid()[3][0] is table.grid()[2][0]


def test_script_and_style_text_never_appears(tmp_path: Path):
    html = ("<html><head><style>p{color:red}</style><script>var secret='脚本';</script></head><body>"
            "<div><p>第一条 考核内容。</p><script>document.write('广告')</script>"
            "<noscript>请启用脚本</noscript><style>.x{}</style><p>第二条 考核方式。</p></div></body></html>")
    doc = write(tmp_path, "script.html", html.encode())
    assert [b.text for b in doc.blocks] == ["第一条 考核内容。", "第二条 考核方式。"]


def test_gbk_page_without_meta_charset_is_detected(tmp_path: Path):
    data = re.sub(rb"<meta[^>]*charset[^>]*>\n", b"", (NOTICES / GBK_PAGE).read_bytes())
    assert b"charset" not in data
    doc = write(tmp_path, "nometa.html", data)
    assert doc.source.encoding == "gb18030"
    assert doc.blocks == read(UTF8_PAGE).blocks


def test_short_gbk_page_without_meta_is_not_read_as_korean(tmp_path: Path):
    html = "<html><body><h1>考核办法</h1><p>第一条 总分100分。</p></body></html>"
    doc = write(tmp_path, "short.html", html.encode("gbk"))
    assert [b.text for b in doc.blocks] == ["考核办法", "第一条 总分100分。"]


def test_utf8_bom_page(tmp_path: Path):
    html = "<html><body><h2>附件</h2><p>考核细则<br>第一项</p></body></html>"
    doc = write(tmp_path, "bom.html", b"\xef\xbb\xbf" + html.encode())
    assert doc.source.encoding == "utf-8-sig"
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "附件"), ("paragraph", "考核细则\n第一项")]
    assert doc.blocks[0].level == 2


def test_clutter_inside_the_article_is_removed_but_truncation_notice_kept(tmp_path: Path):
    doc = write(tmp_path, "clutter.html", ARTICLE_WITH_CLUTTER.encode())
    assert [b.text for b in doc.blocks] == [
        "某区工会考核办法",
        "第一条 为加强基层工会建设，科学评价各单位工作实绩，结合实际制定本办法。",
        "第二条 考核实行百分制，其中会员发展任务10分，经费收缴20分，职工服务70分。",
        "……(未完,全文共5000字,当前仅显示800字,请登录会员阅读)",
    ]
    kinds = [note.split(":")[0] for note in doc.notes]
    assert kinds == ["removed link list", "removed copyright footer", "removed breadcrumb",
                     "removed login prompt", "removed related articles", "removed related articles"]


def test_nested_table_goes_into_the_cell(tmp_path: Path):
    html = ("<html><body><table><tr><td>类别</td><td>明细</td></tr><tr><td>经费</td><td>说明"
            "<table><tr><td>上解</td><td>3</td></tr><tr><td>代征</td><td>3</td></tr></table></td></tr>"
            "</table></body></html>")
    doc = write(tmp_path, "nested.html", html.encode())
    outer = doc.tables[0]
    host = outer.cell_at(1, 1)
    assert host.text == "说明"
    assert [t.rows() for t in host.tables] == [[["上解", "3"], ["代征", "3"]]]
    assert (outer.prov.table, host.tables[0].prov.table) == (0, 1)
    assert len(doc.tables) == 1


def test_single_column_layout_table_is_read_as_paragraphs(tmp_path: Path):
    html = ("<html><body><table><tr><td><p>第一条 总则。</p><p>第二条 内容。</p></td></tr>"
            "<tr><td>第三条 附则。</td></tr></table></body></html>")
    doc = write(tmp_path, "layout.html", html.encode())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "第一条 总则。"), ("paragraph", "第二条 内容。"), ("paragraph", "第三条 附则。")]


def test_title_beside_breadcrumb_and_share_bar_is_kept(tmp_path: Path):
    html = ("<html><body><div><a href='/'>首页</a><a href='/n'>新闻</a></div><div>"
            "<div>当前位置：<a href='/'>首页</a> &gt; 通知公告</div><h1>2019年度考核办法</h1>"
            "<div>发布时间：2019-03-01</div>"
            "<div><p>第一条 为规范考核工作，科学评价各单位年度重点工作完成情况，特制定本办法。</p>"
            "<p>第二条 考核总分为100分，共性工作70分，特色工作30分。</p></div>"
            "<div>分享到：<a href='/wx'>微信</a><a href='/wb'>微博</a></div></div></body></html>")
    doc = write(tmp_path, "title.html", html.encode())
    assert [b.text for b in doc.blocks] == [
        "2019年度考核办法", "发布时间：2019-03-01",
        "第一条 为规范考核工作，科学评价各单位年度重点工作完成情况，特制定本办法。",
        "第二条 考核总分为100分，共性工作70分，特色工作30分。",
    ]
    assert [n.split(":")[0] for n in doc.notes] == [
        "removed link list", "removed breadcrumb", "removed page tools"]


def test_notice_wording_about_login_members_and_attachments_is_kept(tmp_path: Path):
    html = ("<html><body><div><h1>关于印发考核办法的通知</h1>"
            "<p>请登录市总工会网站下载附件。</p><p>完成会员发展任务。(2分)</p>"
            "<p>附件：<a href='/dl?id=1'>1.考核办法</a> <a href='/dl?id=2'>2.评分表</a></p>"
            "<p>请登录后查看全文</p></div></body></html>")
    doc = write(tmp_path, "wording.html", html.encode())
    assert [b.text for b in doc.blocks] == [
        "关于印发考核办法的通知", "请登录市总工会网站下载附件。", "完成会员发展任务。(2分)",
        "附件：1.考核办法 2.评分表"]
    assert doc.notes == ["removed login prompt: 请登录后查看全文"]


def test_a_select_whose_options_state_points_is_a_line_of_levels_and_an_output_value_goes(tmp_path):
    doc = write(tmp_path, "form.html", (
        "<html><body><form><h2>听课评价表</h2>"
        "<p><label>1．备课充分</label> <select><option value=''>请选择</option><option>A 优（10分）</option>"
        "<option>B 良（8分）</option></select></p>"
        "<p><label>2．课堂纪律</label> <select><option>是</option><option>否</option></select></p>"
        "<p>合计总分：<output>0</output> 分</p></form></body></html>").encode())
    # a select without points is still a control to drop
    assert [b.text for b in doc.blocks] == ["听课评价表", "1．备课充分\nA 优（10分）；B 良（8分）", "2．课堂纪律", "合计总分： 分"]
