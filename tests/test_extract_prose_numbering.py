"""Prose items and entries under any numbering: （一） (一) ① (1) 1） a. work like "1." items.

A numbered line is an item where it is a leaf of the outline and a category
where lines of a deeper numbering follow it; the points may close the line
("…（10分）。"), open it ("（10分）…") or be a sentence ("…的，得10分").
"""

import pytest

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme

MARKERS = {
    "paren_cn": lambda n: f"（{'一二三四'[n]}）",
    "half_paren_cn": lambda n: f"({'一二三四'[n]})",
    "circled": lambda n: "①②③④"[n],
    "paren_num": lambda n: f"({n + 1})",
    "half_paren": lambda n: f"{n + 1}）",
    "letter": lambda n: f"{'abcd'[n]}.",
}
ITEMS = [("建立安全工作责任制度", 20), ("定期开展隐患排查", 20), ("每学期开展疏散演练", 30), ("组织教师参加安全培训", 30)]


def prose(*lines: str) -> Document:
    blocks = [Paragraph(text=t, prov=Provenance(block=i, paragraph=i)) for i, t in enumerate(lines)]
    return Document(source=Source(path="p.docx", name="p.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=blocks)


def notice(marker, style="closing", articles=True, sections=True) -> Document:
    """A 考核办法 in articles whose scoring article holds two sections of numbered items."""
    def item(n: int, k: int) -> str:
        text, pts = ITEMS[k]
        return {"closing": f"{marker(n)}{text}（{pts}分）。", "opening": f"{marker(n)}（{pts}分）{text}。",
                "sentence": f"{marker(n)}{text}的，得{pts}分。"}[style]

    def art(number: str, text: str) -> str:
        return f"第{number}条 {text}" if articles else text

    lines = ["某县学校安全工作考核办法", art("一", "为加强学校安全管理，制定本办法。"),
             art("二", "考核内容及分值。具体如下：")]
    if sections:
        lines += ["一、制度建设（40分）", item(0, 0), item(1, 1), "二、教育培训（60分）", item(0, 2), item(1, 3)]
    else:
        lines += [item(n, n) for n in range(4)]
    lines += [art("三", "加分项目。"), f"{marker(0)}安全工作经验被市级推广的，每次加2分。",
              art("四", "扣分项目。"), f"{marker(0)}未按时报送安全报表的，每次扣1分。",
              art("五", "一票否决。有下列情形之一的，取消年度评优资格："),
              f"{marker(0)}发生重大安全责任事故的；", f"{marker(1)}瞒报安全事故的。",
              art("六", "本办法由县教育局负责解释。"), art("七", "本办法自印发之日起施行。")]
    return prose(*lines)


@pytest.mark.parametrize("name", MARKERS)
@pytest.mark.parametrize("style", ["closing", "opening", "sentence"])
def test_numbered_lines_under_point_sections_are_items_with_their_points(name, style):
    scheme = extract_scheme(notice(MARKERS[name], style))
    got = [(i.text, i.points, [c.name for c in scheme.category_path(i.category)]) for i in scheme.items]
    de = "的" if style == "sentence" else ""   # "…的，得20分": the item is the condition, without its award
    assert got == [(f"建立安全工作责任制度{de}", 20.0, ["制度建设"]), (f"定期开展隐患排查{de}", 20.0, ["制度建设"]),
                   (f"每学期开展疏散演练{de}", 30.0, ["教育培训"]), (f"组织教师参加安全培训{de}", 30.0, ["教育培训"])]
    assert [(c.name, c.points) for c in scheme.categories] == [("制度建设", 40.0), ("教育培训", 60.0)]


@pytest.mark.parametrize("name", MARKERS)
def test_numbered_lines_without_sections_or_articles_are_items(name):
    scheme = extract_scheme(notice(MARKERS[name], articles=False, sections=False))
    assert [(i.text, i.points) for i in scheme.items] == [(t, float(p)) for t, p in ITEMS]


def test_item_codes_are_the_numbers_as_printed():
    scheme = extract_scheme(notice(MARKERS["paren_cn"]))
    assert [i.code for i in scheme.items] == ["一", "二", "一", "二"]
    scheme = extract_scheme(notice(MARKERS["circled"]))
    assert [i.code for i in scheme.items] == ["1", "2", "1", "2"]


@pytest.mark.parametrize("name", MARKERS)
@pytest.mark.parametrize("articles", [True, False], ids=["articles", "unnumbered_parts"])
def test_bonus_deduction_and_veto_parts_are_entries_not_items(name, articles):
    """The parts may be articles (第三条 加分项目。) or unnumbered lines (加分项目。)."""
    scheme = extract_scheme(notice(MARKERS[name], articles=articles))
    assert len(scheme.items) == 4
    assert [(e.text, e.points) for e in scheme.bonus] == [("安全工作经验被市级推广的，每次加2分", 2.0)]
    assert [(e.text, e.points) for e in scheme.deductions] == [("未按时报送安全报表的，每次扣1分", -1.0)]
    assert [v.text for v in scheme.veto] == ["发生重大安全责任事故的", "瞒报安全事故的"]


def test_a_numbered_line_with_deeper_numbered_lines_under_it_is_a_category():
    scheme = extract_scheme(prose(
        "某校教师考核办法", "（一）教学工作（30分）", "1.按时完成教学任务（20分）", "2.认真批改作业（10分）",
        "（二）师德师风（20分）", "1.遵守职业道德规范（20分）"))
    got = [(i.code, i.text, i.points, [c.name for c in scheme.category_path(i.category)]) for i in scheme.items]
    assert got == [("1", "按时完成教学任务", 20.0, ["教学工作"]), ("2", "认真批改作业", 10.0, ["教学工作"]),
                   ("1", "遵守职业道德规范", 20.0, ["师德师风"])]


def test_the_final_article_after_the_interpretation_article_is_not_trailing_content():
    scheme = extract_scheme(notice(MARKERS["paren_cn"]))
    assert [f.kind for f in scheme.flags if f.kind == "trailing_unrelated_content"] == []


def test_text_after_the_closing_article_is_still_trailing_content():
    doc = notice(MARKERS["paren_cn"])
    doc = prose(*[b.text for b in doc.blocks], "相关新闻", "市教育局召开安全工作会议")
    flags = [f for f in extract_scheme(doc).flags if f.kind == "trailing_unrelated_content"]
    assert [f.message.split(" ")[0] for f in flags] == ["2"]


def test_a_parenthesised_number_inside_a_sentence_does_not_start_an_entry():
    doc = notice(MARKERS["paren_cn"])
    lines = [b.text for b in doc.blocks]
    at = lines.index("（一）安全工作经验被市级推广的，每次加2分。")
    lines[at] = "（一）安全工作经验被推广的，(1)市级每次加2分，(2)省级每次加3分。"
    scheme = extract_scheme(prose(*lines))
    assert [e.text for e in scheme.bonus] == ["安全工作经验被推广的，(1)市级每次加2分，(2)省级每次加3分"]


def test_baifenzhi_with_awarded_items_is_an_additive_scheme_out_of_100():
    """百分制 says "out of 100"; where no clause takes points off it is not a deduction form."""
    lines = [b.text.replace("具体如下", "考核实行百分制，具体如下") for b in notice(MARKERS["paren_cn"], sections=False).blocks]
    scheme = extract_scheme(prose(*lines))
    assert (scheme.scoring_model, scheme.base_points, scheme.total_points) == ("additive", None, 100.0)
    assert [c.name for c in scheme.categories] == [""]   # no empty categories left from a deduction reading
    assert [i.points for i in scheme.items] == [20.0, 20.0, 30.0, 30.0]


def test_point_headings_of_deeper_numbering_nest_under_the_heading_above():
    scheme = extract_scheme(prose(
        "某区机关考核办法", "第一条 考核内容如下。", "一、党建工作（40分）", "（一）组织建设（20分）",
        "1.按期召开支部会议（10分）。", "2.规范发展党员（10分）。", "（二）作风建设（20分）", "1.落实廉政规定（20分）。",
        "二、业务工作（60分）", "（一）完成年度目标任务（40分）。", "（二）推进重点项目（20分）。"))
    got = [(i.code, i.points, [c.name for c in scheme.category_path(i.category)]) for i in scheme.items]
    assert got == [("1", 10.0, ["党建工作", "组织建设"]), ("2", 10.0, ["党建工作", "组织建设"]),
                   ("1", 20.0, ["党建工作", "作风建设"]), ("一", 40.0, ["业务工作"]), ("二", 20.0, ["业务工作"])]
    assert [(c.name, c.points) for c in scheme.categories if c.parent is None] == [("党建工作", 40.0), ("业务工作", 60.0)]


@pytest.mark.parametrize("first,second", [("（一）", "（二）"), ("1.", "2.")])
def test_a_numbered_item_wrapped_onto_the_next_line_is_one_item(first, second):
    """PDF and scraped text break long items: the unnumbered line continues the item above."""
    scheme = extract_scheme(prose(
        "某区考核办法", "一、党建工作（40分）\n" + first + "按期召开支部会议，全年不少于\n12次（20分）。\n"
        + second + "规范发展党员，程序\n合规（20分）。", "二、业务工作（60分）", first + "完成年度目标任务（60分）。"))
    assert [(i.text, i.points) for i in scheme.items] == [
        ("按期召开支部会议，全年不少于12次", 20.0), ("规范发展党员，程序合规", 20.0), ("完成年度目标任务", 60.0)]


def test_a_count_range_after_a_number_is_no_decimal_outline_marker():
    # 2.1至2人… is line 2 whose text opens with a range: a plain number marker
    from pipeline.extract.grammar.numbering import OUTLINE_MARKER, outline_kind
    assert outline_kind("2.1至2人不做扣0.5分") == "num"
    assert OUTLINE_MARKER.match("2.1至2人不做扣0.5分").group() == "2."
    assert outline_kind("2.1 三级安全教育") == "dec2"
