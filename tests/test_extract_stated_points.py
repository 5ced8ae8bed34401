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


def test_points_that_accumulate_without_a_maximum_are_awards_per_occurrence_and_not_missing():
    scheme = extract_scheme(_doc("志愿者积分管理办法", "一、积分构成", "积分按年度累计，上不封顶。",
                                 "二、服务积分", "1．参加社区服务，每满2小时积1分；", "2．完成年度培训，积4分；",
                                 "3．意见被采纳的，每条积2分；", "三、扣减积分", "4．无故缺席活动的，每次扣1分。"))
    assert [(i.code, i.points, i.rule.kind) for i in scheme.items] == [
        ("1", None, "per_occurrence"), ("2", 4.0, "threshold"), ("3", None, "per_occurrence")]
    assert [(d.code, d.points) for d in scheme.deductions] == [("4", -1.0)]
    assert [f.kind for f in scheme.flags if f.kind in ("missing_points", "no_item_maxima")] == []


def test_two_weight_columns_weigh_the_categories_and_the_items_each_scored_on_100():
    table = grid_table([["一级指标", "权重", "二级指标", "权重", "评价方式"],
                        ["业务工作", "60%", "任务完成", "70%", "得分＝完成率×100"],
                        ["业务工作", "60%", "工作创新", "30%", "由评审组综合评定"],
                        ["群众评价", "40%", "满意度", "100%", "满意率即为得分"]],
                       {(1, 0): (2, 1), (1, 1): (2, 1)})
    scheme = extract_scheme(_doc("街道科室绩效考评方案", table, "各二级指标均按百分制评分，加权汇总。"))
    assert [(c.name, c.weight) for c in scheme.categories] == [("业务工作", 0.6), ("群众评价", 0.4)]
    assert [(i.text, i.points, i.weight, i.rule.kind) for i in scheme.items] == [
        ("任务完成", None, 0.7, "proportional"), ("工作创新", None, 0.3, "manual"), ("满意度", None, 1.0, "proportional")]
    assert [f.kind for f in scheme.flags if f.kind in ("missing_points", "no_item_maxima")] == []


def test_awards_at_the_ends_of_a_rate_scored_in_between_are_proportional():
    r = parse_rule("到岗率100%的得10分，低于80%的不得分，其间按到岗率计分", 10).rule
    assert r.kind == "proportional"
    assert parse_rule("按时完成得5分，按质计分", 5).rule.kind == "threshold"


def test_item_weights_that_are_shares_of_the_whole_adding_up_to_their_category_weight_raise_no_doubt():
    table = grid_table([["一级指标", "权重", "二级指标", "权重", "评价要点"],
                        ["队伍建设", "40%", "人员配备", "25%", "专职人员到位"],
                        ["队伍建设", "40%", "业务培训", "15%", "培训计划落实"],
                        ["服务成效", "60%", "服务满意", "60%", "群众满意度高"]],
                       {(1, 0): (2, 1), (1, 1): (2, 1)})
    scheme = extract_scheme(_doc("社区工作评价指标", "各二级指标按100分制评价后乘以权重。", table))
    assert [(c.name, c.weight) for c in scheme.categories] == [("队伍建设", 0.4), ("服务成效", 0.6)]
    assert [i.weight for i in scheme.items] == [0.25, 0.15, 0.6]
    assert [f.kind for f in scheme.flags] == []


def test_a_part_headed_other_deductions_gives_deduction_entries():
    scheme = extract_scheme(_doc("仓储安全考核细则", "一、检查内容（100分）", "1．消防器材，满分100分：每发现一处缺失扣1分。",
                                 "二、其他扣分", "发生安全事故的，每起在总分中扣8分。"))
    assert [(d.text, d.points) for d in scheme.deductions] == [("发生安全事故的，每起在总分中扣8分", -8.0)]


def test_a_decimal_outline_gives_categories_at_each_level_and_items_at_the_leaves():
    # the last heading runs into its first item, as a PDF line may print them
    scheme = extract_scheme(_doc("消防安全考评细则", "1 消防组织（10分）", "1.1 机构设置（6分）",
                                 "1.1.1 成立消防安全委员会（3分）。已成立的得3分。",
                                 "1.1.2 明确专职管理人员（3分）。已明确的得3分。",
                                 "1.2 制度建设（4分）1.2.1 制定消防管理制度（4分）。每缺一项扣1分。"))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [
        ("1", "消防组织", 10.0), ("1.1", "机构设置", 6.0), ("1.2", "制度建设", 4.0)]
    assert [(i.code, i.points) for i in scheme.items] == [("1.1.1", 3.0), ("1.1.2", 3.0), ("1.2.1", 4.0)]


def test_points_on_their_own_line_under_an_item_are_its_points_and_the_lines_below_its_criteria():
    scheme = extract_scheme(_doc("窗口服务考核细则", "A．服务规范（30分）", "1．首问负责", "10分",
                                 "评分：首问负责落实到位的得10分；推诿的不得分。", "2．限时办结", "20分",
                                 "评分：每超时一件扣2分，扣完为止。", "窗口服务管理办公室"))
    assert [(i.text, i.points, i.criteria, i.rule.kind) for i in scheme.items] == [
        ("首问负责", 10.0, "评分：首问负责落实到位的得10分；推诿的不得分。", "threshold"),
        ("限时办结", 20.0, "评分：每超时一件扣2分，扣完为止。", "per_occurrence")]


def test_points_cells_stating_the_maximum_in_words_give_the_items_points_and_rules():
    table = grid_table([["序号", "评审维度", "评审要点", "分值（分）"],
                        ["1", "创意", "评委按新颖程度打分", "0-15"],
                        ["2", "展示", "表达清楚、重点突出", "≤10"],
                        ["3", "材料", "申报材料齐全", "10（每缺一项扣2分）"],
                        ["4", "成果", "已获授权的成果，每项计4分，本项最高12分", "4/项"],
                        ["5", "问答", "每准确回答一个问题得3分", "3分/次，最高9分"]])
    scheme = extract_scheme(_doc("创意大赛评审标准", table))
    assert [(i.points, i.rule.kind) for i in scheme.items] == [
        (15.0, "manual"), (10.0, "manual"), (10.0, "per_occurrence"), (12.0, "per_occurrence"), (9.0, "per_occurrence")]
    assert scheme.items[2].criteria == "申报材料齐全；每缺一项扣2分"


def test_a_deduction_cap_column_gives_each_items_points():
    table = grid_table([["序号", "检查内容", "扣分标准", "扣分上限"],
                        ["1", "明确专职人员", "未明确的扣4分", "4分"],
                        ["2", "制度齐全", "每缺一项制度扣1分", "6分"],
                        ["3", "台账完整", "无登记簿扣3分，无索引扣3分", "6分"]])
    scheme = extract_scheme(_doc("台账检查扣分细则", "检查实行扣分制，基础分16分。", table))
    assert [(i.points, i.rule.kind) for i in scheme.items] == [
        (4.0, "threshold"), (6.0, "per_occurrence"), (6.0, "components")]


def test_points_written_first_and_a_breakdown_sentence_give_items_and_category_points():
    scheme = extract_scheme(_doc("社区网格化管理考核办法", "考核满分30分，其中网格划分占10分、日常巡查占20分。",
                                 "三、考核细则", "（一）网格划分", "（10分）网格边界清晰，责任到人。",
                                 "（二）日常巡查", "12分：网格员每日巡查。每缺一天记录扣1分。",
                                 "8分：问题及时上报。按时上报的得8分，否则不得分。"))
    assert [(c.name, c.points, c.parent) for c in scheme.categories] == [("网格划分", 10.0, None),
                                                                         ("日常巡查", 20.0, None)]
    assert [(i.text, i.points) for i in scheme.items] == [("网格边界清晰，责任到人", 10.0), ("网格员每日巡查", 12.0),
                                                          ("问题及时上报", 8.0)]
    assert scheme.categories[0].sources["points"].quote == "10"


def test_a_notice_announcing_results_is_not_a_scheme_though_its_headers_state_maxima():
    table = grid_table([["序号", "单位", "基础工作（40分）", "重点任务（60分）", "总分"],
                        ["1", "东湖社区", "38", "55", "93"], ["2", "西岭社区", "35", "50", "85"]])
    scheme = extract_scheme(_doc("关于2026年度社区平安建设考核结果的通报", "现将考核结果通报如下。", table))
    assert scheme.kind == "not_a_scheme"
    scheme = extract_scheme(_doc("社区平安建设考核结果运用办法", "1. 考核结果（100分）"))
    assert scheme.kind == "scheme"


def test_points_first_before_a_name_and_a_colon_or_a_name_alone_with_criteria_below():
    scheme = extract_scheme(_doc("课程实验成绩评定办法", "一、平时表现（20分）", "【12分】实验出勤：全勤得12分，每缺勤一次扣3分。",
                                 "【8分】预习报告：每次实验前提交预习报告。", "二、答辩（10分）", "（10分）现场提问",
                                 "回答教师提出的2个问题，每答对一题得5分。"))
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("实验出勤", 12.0, "全勤得12分，每缺勤一次扣3分。"), ("预习报告", 8.0, "每次实验前提交预习报告。"),
        ("现场提问", 10.0, "回答教师提出的2个问题，每答对一题得5分。")]
    assert scheme.items[2].rule.kind == "per_occurrence"


def test_circled_parts_each_with_a_bracketed_amount_are_components():
    r = parse_rule("①台账齐全（3分）；②按月更新（2分）；③专人负责（1分）", 6).rule
    assert (r.kind, [(c.label, c.points) for c in r.components]) == (
        "components", [("台账齐全", 3.0), ("按月更新", 2.0), ("专人负责", 1.0)])


def test_a_summary_table_naming_the_parts_other_tables_detail_gives_points_not_items():
    summary = grid_table([["一级指标", "分值"], ["服务质量", "60"], ["安全管理", "40"], ["合计", "100"]])
    first = grid_table([["序号", "二级指标", "评分标准", "分值"], ["1", "窗口服务", "无投诉的得60分", "60"]])
    second = grid_table([["序号", "二级指标", "评分标准", "分值"], ["1", "隐患排查", "每月排查的得40分", "40"]])
    scheme = extract_scheme(_doc("窗口单位考核标准", "一级指标及分值如下表", summary, "服务质量", first, "安全管理", second))
    assert [(c.name, c.points) for c in scheme.categories] == [("服务质量", 60.0), ("安全管理", 40.0)]
    assert [i.text for i in scheme.items] == ["窗口服务", "隐患排查"]


def test_items_listed_as_ordinal_clauses_in_one_paragraph_and_vetoes_listed_after_a_colon():
    scheme = extract_scheme(_doc("村级工会考评办法", "一、组织建设（20分）",
                                 "考评内容：一是按期换届，委员配备齐全（8分）；二是会员实名入会（12分）。",
                                 "二、结果运用", "有下列情形之一的，实行一票否决，年度考评定为不合格：（一）挪用工会经费的；"
                                 "（二）弄虚作假的。"))
    assert [(i.code, i.text, i.points) for i in scheme.items] == [("一", "按期换届，委员配备齐全", 8.0),
                                                                  ("二", "会员实名入会", 12.0)]
    assert [v.text for v in scheme.veto] == ["挪用工会经费的", "弄虚作假的"]
    assert scheme.veto_effect == "年度考评定为不合格"


def test_category_points_shared_equally_when_the_document_says_so_and_each_item_cells():
    table = grid_table([["评比项目", "分值", "检查标准"],
                        ["一、纪律（12分）", "一、纪律（12分）", "一、纪律（12分）"],
                        ["不迟到", "每项6分", "迟到一次扣1分"], ["不早退", "每项6分", ""],
                        ["二、卫生（10分）", "二、卫生（10分）", "二、卫生（10分）"],
                        ["地面整洁", "", ""], ["桌椅整齐", "", ""]],
                       {(1, 0): (1, 3), (4, 0): (1, 3)})
    scheme = extract_scheme(_doc("班级评比细则", table, "注：未标注分值的项目，其所在类别的分值在各项之间平均分配。"))
    assert [(i.text, i.points) for i in scheme.items] == [("不迟到", 6.0), ("不早退", 6.0), ("地面整洁", 5.0),
                                                          ("桌椅整齐", 5.0)]
    assert [f.kind for f in scheme.flags if f.kind in ("missing_points", "subtotal_mismatch")] == []


def test_a_transposed_rubric_with_level_rows_gives_one_item_per_criterion_scored_by_level():
    table = grid_table([["等级", "说明", "纪律（20分）", "质量（30分）"],
                        ["A", "突出", "20", "30"], ["B", "良好", "15", "24"], ["C", "一般", "10", "15"]])
    scheme = extract_scheme(_doc("岗位评价表", table))
    assert [(i.text, i.points, i.rule.kind, [(t.label, t.points) for t in i.rule.tiers]) for i in scheme.items] == [
        ("纪律", 20.0, "tiers", [("A", 20.0), ("B", 15.0), ("C", 10.0)]),
        ("质量", 30.0, "tiers", [("A", 30.0), ("B", 24.0), ("C", 15.0)])]


def test_heading_styles_that_carry_points_nest_by_level_over_their_items():
    from extractors.model import Heading

    blocks = [Heading(text="窗口效能考评细则", level=1, prov=Provenance(block=0, paragraph=0)),
              Heading(text="服务规范 30分", level=1, prov=Provenance(block=1, paragraph=1)),
              Heading(text="礼仪 10分", level=2, prov=Provenance(block=2, paragraph=2)),
              Paragraph(text="着装统一，佩戴工牌（10分）。抽查不合格每人次扣1分。", prov=Provenance(block=3, paragraph=3)),
              Heading(text="办事效率 20分", level=2, prov=Provenance(block=4, paragraph=4)),
              Paragraph(text="限时办结（20分）。每超时一件扣2分。", prov=Provenance(block=5, paragraph=5)),
              Heading(text="结果运用", level=1, prov=Provenance(block=6, paragraph=6)),
              Paragraph(text="得分90分以上为优秀。", prov=Provenance(block=7, paragraph=7))]
    doc = Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0), blocks=blocks)
    scheme = extract_scheme(doc)
    names = {c.id: c.name for c in scheme.categories}
    assert [(c.name, c.points, names.get(c.parent)) for c in scheme.categories] == [
        ("服务规范", 30.0, None), ("礼仪", 10.0, "服务规范"), ("办事效率", 20.0, "服务规范")]
    assert [(i.text, i.points) for i in scheme.items] == [("着装统一，佩戴工牌", 10.0), ("限时办结", 20.0)]


def test_an_exam_score_summary_is_not_a_scheme():
    assert extract_scheme(_doc("培训班结业考试成绩汇总", "满分100分，60分及格。", "张三 92分")).kind == "not_a_scheme"


def test_a_table_under_one_module_heading_and_modules_scored_in_prose_are_read_together():
    table = grid_table([["任务", "分值", "计分方法"], ["任务甲", "30", "任务完成率×30"], ["任务乙", "20", "任务完成率×20"]])
    scheme = extract_scheme(_doc("技能竞赛团体评分办法", "团体项目总分100分。", "一、任务完成（50分）", "各任务如下：",
                                 table, "二、团队协作（30分）", "由裁判组综合评定。", "三、现场展示（20分）",
                                 "由裁判独立打分后取平均。"))
    names = {c.id: c.name for c in scheme.categories}
    assert [(names[i.category], i.text, i.points) for i in scheme.items] == [
        ("任务完成", "任务甲", 30.0), ("任务完成", "任务乙", 20.0), ("团队协作", "团队协作", 30.0),
        ("现场展示", "现场展示", 20.0)]
    assert scheme.items[0].rule.kind == "proportional"
    assert [f.kind for f in scheme.flags if f.kind in ("total_mismatch", "unaccounted_points")] == []
