"""Forms of stating points found by the second forms probe (tests/data/forms2), one named rule each:
points at the end of a sentence, a points cell merged over a group, rating-scale columns, awards by
level, unnumbered entries and a veto that states its own effect.  All wording is invented."""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme
from schemes.criteria.rules import parse_rule
from test_extract_layout_stage import grid_table


def _doc(*blocks) -> Document:
    out = []
    for i, b in enumerate(blocks):
        if isinstance(b, str):
            out.append(Paragraph(text=b, prov=Provenance(block=i, paragraph=i)))
        else:
            prov = Provenance(block=i, table=0)
            out.append(b.model_copy(update={"prov": prov, "cells": [c.model_copy(update={"prov": prov})
                                                                    for c in b.cells]}))
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0), blocks=out)


def test_an_item_sentence_ending_with_what_it_earns_is_worth_its_largest_award():
    scheme = extract_scheme(_doc("图书室管理考核细则", "一、日常管理（共20分）",
                                 "1．设立借阅台账并按月登记的，给予6分。",
                                 "2．开放时间每周不少于20小时的，计8分；不少于10小时的，计4分；",
                                 "3．读书活动每季度举办一次，得6分；少办一次扣2分。"))
    assert [(i.points, i.rule.kind) for i in scheme.items] == [(6.0, "threshold"), (8.0, "tiers"),
                                                              (6.0, "per_occurrence")]
    assert scheme.items[1].sources["points"].quote == "8分"
    assert [f.kind for f in scheme.flags if f.kind in ("missing_points", "subtotal_mismatch")] == []


def test_an_item_stating_its_total_as_共计_is_worth_it():
    scheme = extract_scheme(_doc("巡查工作考核细则", "一、巡查（共10分）",
                                 "1．每周巡查不少于2次并记录；缺一次记录扣1分，扣完为止。本项共计10分。"))
    assert [(i.points, i.rule.kind) for i in scheme.items] == [(10.0, "per_occurrence")]


def test_a_bonus_part_numbered_with_full_width_dots_gives_its_entries():
    scheme = extract_scheme(_doc("志愿服务考核办法", "一、考核内容（100分）", "1．服务时长达标，得60分。",
                                 "2．服务记录完整，得40分。", "二、加分项目",
                                 "1．服务事迹被市级媒体报道的，每次加1分，最多加3分。",
                                 "2．团队获评优秀的，加2分。"))
    assert [(b.code, b.points, b.cap) for b in scheme.bonus] == [("1", 1.0, 3.0), ("2", 2.0, None)]


def test_clauses_each_naming_a_level_and_its_amount_are_one_entry_by_level():
    scheme = extract_scheme(_doc("工会宣传考核办法", "一、考核内容（100分）", "1．宣传报道及时，得100分。",
                                 "二、加分项目", "1．工作经验获得国家级推广的加4分，省级加2分，市级加1分。"))
    assert [(b.points, b.levels) for b in scheme.bonus] == [(None, {"国家级": 4.0, "省级": 2.0, "市级": 1.0})]


def test_an_unnumbered_sentence_under_a_deduction_heading_is_a_deduction_entry():
    scheme = extract_scheme(_doc("食堂管理考核办法", "一、考核内容（100分）", "1．食品留样规范，得100分。",
                                 "二、扣分项目", "发生食品安全投诉并经查实的，每起扣3分。"))
    assert [(d.text, d.points) for d in scheme.deductions] == [("发生食品安全投诉并经查实的，每起扣3分", -3.0)]


def test_a_veto_sentence_stating_its_effect_keeps_the_condition_as_the_entry():
    scheme = extract_scheme(_doc("安全生产考核办法", "一、考核内容（100分）", "1．隐患排查到位，得100分。",
                                 "二、否决事项", "发生较大以上生产安全事故的，年度考核不得评为优秀。"))
    assert [v.text for v in scheme.veto] == ["发生较大以上生产安全事故的"]
    assert scheme.veto_effect == "年度考核不得评为优秀"


def test_a_points_cell_merged_over_several_items_is_their_groups_points():
    table = grid_table([["项目", "内容", "评分标准", "分值"],
                        ["制度", "值班制度", "每项5分，未建立的该项不得分", "10"],
                        ["制度", "交接班制度", "每项5分，未建立的该项不得分", ""],
                        ["台账", "巡检台账", "记录完整，计8分；每缺一次扣1分", "8"],
                        ["合计", "", "", "18"]],
                       {(1, 0): (2, 1), (1, 3): (2, 1), (1, 2): (2, 1)})
    scheme = extract_scheme(_doc("机房管理考核表", table))
    assert [(c.name, c.points) for c in scheme.categories] == [("制度", 10.0), ("台账", 8.0)]
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("值班制度", 5.0, "threshold"), ("交接班制度", 5.0, "threshold"), ("巡检台账", 8.0, "per_occurrence")]
    assert [f.kind for f in scheme.flags if f.kind.endswith("mismatch")] == []


def test_rating_level_columns_with_points_in_the_header_make_each_item_a_choice_of_levels():
    table = grid_table([["序号", "评价内容", "分值", "好(5)", "较好(4)", "一般(3)"],
                        ["1", "讲解清楚", "5", "□", "□", "□"],
                        ["2", "回答耐心", "5", "□", "□", "□"]])
    scheme = extract_scheme(_doc("讲解员服务评价表", table))
    assert [[(t.label, t.points) for t in i.rule.tiers] for i in scheme.items] == [
        [("好", 5.0), ("较好", 4.0), ("一般", 3.0)]] * 2


def test_rating_level_columns_with_points_per_row_give_each_item_its_own_levels():
    table = grid_table([["序号", "考核项目", "考核标准", "分值", "一档", "二档", "三档"],
                        ["1", "按时上报", "当日上报为一档，三日内为二档，超过三日为三档", "6", "6", "4", "1"],
                        ["2", "材料规范", "（1）格式统一，2分；（2）附件齐全，2分", "4", "—", "—", "—"]])
    scheme = extract_scheme(_doc("信息报送考核表", table))
    first, second = scheme.items
    assert (first.rule.kind, [(t.label, t.points) for t in first.rule.tiers]) == (
        "tiers", [("一档", 6.0), ("二档", 4.0), ("三档", 1.0)])
    assert (second.rule.kind, [c.points for c in second.rule.components]) == ("components", [2.0, 2.0])


def test_numbered_parts_each_ending_with_an_amount_are_components():
    r = parse_rule("（1）台账齐全，1.5分；（2）按月更新，1分；（3）专人负责，0.5分", 3).rule
    assert (r.kind, [(c.label, c.points) for c in r.components]) == (
        "components", [("台账齐全", 1.5), ("按月更新", 1.0), ("专人负责", 0.5)])


def test_a_clause_only_restating_the_items_worth_leaves_an_all_or_nothing_rule():
    assert parse_rule("每项4分，未落实的扣除该项分值", 4).rule.kind == "threshold"
    assert parse_rule("上述资料每项2分，缺失的该项不得分", 2).rule.kind == "threshold"


def test_one_of_a_counted_thing_before_a_deduction_counts_per_occurrence():
    r = parse_rule("全年无违规的，得10分；发现违规一人扣2分", 10).rule
    assert (r.kind, r.delta, r.unit) == ("per_occurrence", -2.0, "人")
    r = parse_rule("每月检查一次，得4分；缺1次扣1分", 4).rule
    assert (r.kind, r.delta) == ("per_occurrence", -1.0)


def test_headings_with_an_ordinal_label_and_worded_points_are_categories_of_the_items_below():
    scheme = extract_scheme(_doc("技能竞赛评分细则", "模块一 线路敷设 (满分 12 分)",
                                 "1. 管线固定 (满分 4 分)：（1）间距均匀，2分；（2）固定牢靠，2分。",
                                 "2. 线槽美观 (满分 8 分)：由裁判综合评定。",
                                 "模块二 理论答辩 (满分 10 分)", "3. 答辩 (满分 10 分)：每答对1题得2.5分。"))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("模块一", "线路敷设", 12.0),
                                                                       ("模块二", "理论答辩", 10.0)]
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("管线固定", 4.0, "components"), ("线槽美观", 8.0, "manual"), ("答辩", 10.0, "per_occurrence")]
    assert scheme.items[0].criteria == "（1）间距均匀，2分；（2）固定牢靠，2分。"


def test_a_clause_zeroing_the_result_after_an_intermediate_clause_is_a_veto():
    scheme = extract_scheme(_doc("实操考核细则", "1. 操作规范（100分）",
                                 "违规带电作业的，考评员立即终止考核，实操成绩计0分。"))
    assert [v.text for v in scheme.veto] == ["违规带电作业的"]
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []
