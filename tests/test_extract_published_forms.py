"""Forms of stating points found by the probes of published notices and grassroots sheets
(tests/data/forms7, forms8), one named rule each.  All wording is invented."""

from pipeline.extract import extract_scheme
from test_extract_layout_stage import grid_table
from test_extract_stated_points import _doc


def _coded_table(category_cell: str):
    return _doc("食堂检查评分表", grid_table([
        ["类别", "指标", "分值", "评分标准"],
        [category_cell, "台账齐全", "6", "缺一项扣1分"],
        ["", "人员持证", "4", "一人无证扣2分"]], {(1, 0): (2, 1)}))


def test_a_category_cell_whose_last_line_is_its_points_has_those_points():
    # named rule points_line: 食品安全\n10分
    scheme = extract_scheme(_coded_table("食品安全\n10分"))
    assert [(c.name, c.points) for c in scheme.categories] == [("食品安全", 10.0)]


def test_a_capital_letter_set_apart_before_a_category_name_is_its_code():
    scheme = extract_scheme(_coded_table("B　食品安全（10）"))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("B", "食品安全", 10.0)]


def test_minutes_are_not_points():
    # 共20分钟 is a duration: no item is worth 20 points, and an agenda is no scheme
    scheme = extract_scheme(_doc("关于召开考核工作部署会的通知", "一、会议议程：",
                                 "1.通报上年度考核情况（10分钟）；", "2.交流发言，每个单位发言（共20分钟）；",
                                 "3.领导讲话（15分钟）。"))
    assert scheme.kind == "not_a_scheme"


def test_numbered_tasks_stating_no_points_weights_or_scoring_are_no_scheme():
    # named rule no_points_stated
    scheme = extract_scheme(_doc("2026年工会重点工作安排", "一、重点工作：", "1．开展职工技能竞赛。",
                                 "2．做好困难职工帮扶。", "3．推进职工之家建设。"))
    assert scheme.kind == "not_a_scheme"
    assert "no points, weights or scoring phrases" in scheme.flags[-1].message


def test_numbered_items_judged_without_points_are_still_a_scheme():
    scheme = extract_scheme(_doc("窗口服务考评办法", "一、考评内容：", "1．服务态度：由考评组综合评定。",
                                 "2．办结时限：由考评组综合评定。"))
    assert scheme.kind == "scheme"


def test_points_columns_and_criteria_in_chinese_numerals_read_as_numbers():
    # named rule chinese_numeral_points
    scheme = extract_scheme(_doc("档案管理考核表", grid_table([
        ["类别", "考核内容", "分值", "扣分标准"],
        ["基础管理\n（计二十五分）", "台账齐全", "十五", "缺一本扣两分，扣完为止"],
        ["", "归档及时", "十", "逾期一次扣零点五分"]], {(1, 0): (2, 1)})))
    assert [(c.name, c.points) for c in scheme.categories] == [("基础管理", 25.0)]
    assert [(i.points, i.rule.kind, i.rule.text) for i in scheme.items] == [
        (15.0, "per_occurrence", "缺一本扣两分，扣完为止"), (10.0, "per_occurrence", "逾期一次扣零点五分")]


def test_points_stated_mid_sentence_as_标准分_after_a_short_name_closed_by_a_full_stop():
    scheme = extract_scheme(_doc("宣传工作考核办法", "一、宣传报道（标准分30分）",
                                 "1．稿件数量。每月报送稿件不少于4篇，标准分20分，每少1篇扣1分。",
                                 "2．稿件质量。标准分10分，由宣传部综合评定。"))
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("稿件数量", 20.0, "per_occurrence"), ("稿件质量", 10.0, "manual")]
    assert scheme.items[0].criteria == "每月报送稿件不少于4篇，标准分20分，每少1篇扣1分。"
