"""Forms of stating points in prose rubrics, one synthetic document per form (issue: account
for every point).  Each builds, in the document model, the smallest rubric in that form."""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme


def _doc(*lines: str) -> Document:
    blocks = [Paragraph(text=t, prov=Provenance(block=i, paragraph=i)) for i, t in enumerate(lines)]
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=blocks)


def test_bulleted_lines_with_points_under_a_numbered_heading_with_points_are_its_items():
    scheme = extract_scheme(_doc("课程作业评分标准（总分：30分）",
                                 "1. 报告质量（20分）", "- 结构完整，论证清楚（12分）", "- 格式规范（8分）",
                                 "2. 课堂展示（10分）", "• 讲解清晰（10分）"))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("1", "报告质量", 20.0), ("2", "课堂展示", 10.0)]
    assert [(i.category, i.code, i.text, i.points) for i in scheme.items] == [
        ("1", "1", "结构完整，论证清楚", 12.0), ("1", "2", "格式规范", 8.0), ("2", "1", "讲解清晰", 10.0)]
    assert [f.kind for f in scheme.flags if f.kind.endswith("mismatch")] == []


def test_a_bullet_wrapped_onto_the_next_line_is_one_item():
    scheme = extract_scheme(_doc("1. 报告质量（20分）", "- ", "结构完整，论证清楚（20分）"))
    assert [(i.text, i.points) for i in scheme.items] == [("结构完整，论证清楚", 20.0)]


def test_a_short_numbered_heading_over_unnumbered_lines_with_points_names_their_category():
    scheme = extract_scheme(_doc("1. 提交要求：", "按时提交，格式统一", "2. 评分标准：",
                                 "方案思路清晰 （40分）", "实验分析充分（60分）", "3. 备注", "（1）未按时提交"))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("2", "评分标准", 100.0)]
    assert [(i.code, i.text, i.points) for i in scheme.items] == [("1", "方案思路清晰", 40.0),
                                                                  ("2", "实验分析充分", 60.0)]


def test_a_line_announcing_deductions_closes_the_items():
    scheme = extract_scheme(_doc("评分标准：", "方案思路清晰（40分）", "实验分析充分（60分）",
                                 "出现以下情况酌情扣分：", "（1）未按时提交", "（2）格式不规范"))
    assert [i.text for i in scheme.items] == ["方案思路清晰", "实验分析充分"]


def test_a_heading_with_points_after_a_condition_in_its_brackets_gives_its_items_a_group_of_points():
    scheme = extract_scheme(_doc("1. 基本要求：（全部完成可得 60 分）", "• 界面元素齐全", "• 布局合理"))
    assert [(c.name, c.points) for c in scheme.categories] == [("基本要求", 60.0)]
    assert [(i.text, i.points) for i in scheme.items] == [("界面元素齐全", None), ("布局合理", None)]


def test_a_bullet_after_sentence_punctuation_in_running_text_starts_a_new_entry():
    scheme = extract_scheme(_doc("1. 基本要求：（全部完成可得 60 分）", "• 界面元素齐全；• 布局合理"))
    assert [i.text for i in scheme.items] == ["界面元素齐全", "布局合理"]


def test_bonus_bullets_stated_by_their_cap_are_bonus_entries_worth_the_cap_even_when_wrapped():
    scheme = extract_scheme(_doc("1. 基本要求（60分）", "• 界面元素齐全（60分）", "2. 加分项：",
                                 "• 代码规范：关键代码有注释（最多可以获", "得 5 分加分）",
                                 "• 页面设计：配色协调合理，动画", "流畅（最多可以获得 10 分加分）"))
    assert [(b.text, b.points) for b in scheme.bonus] == [
        ("代码规范：关键代码有注释（最多可以获得 5 分加分）", 5.0),
        ("页面设计：配色协调合理，动画流畅（最多可以获得 10 分加分）", 10.0)]


def test_points_in_square_brackets_after_a_dash_close_a_rubric_line():
    scheme = extract_scheme(_doc("一、基础工作（25分）", "(1) 制度建设 - [10分]", "(2) 台账管理 - 【15分】"))
    assert [(i.code, i.text, i.points) for i in scheme.items] == [("1", "制度建设", 10.0), ("2", "台账管理", 15.0)]


def test_a_heading_with_points_and_a_description_heading_nothing_is_one_item_with_that_criteria():
    scheme = extract_scheme(_doc("一、组织建设情况（25分，组织健全、每缺一项扣5分）", "二、活动开展（75分）"))
    assert [(c.name, c.points) for c in scheme.categories] == [("组织建设情况", 25.0), ("活动开展", 75.0)]
    first = scheme.items[0]
    assert (first.text, first.points, first.criteria) == ("组织建设情况", 25.0, "组织建设情况（25分，组织健全、每缺一项扣5分）")
    assert (first.rule.kind, first.rule.delta, first.rule.floor) == ("per_occurrence", -5.0, 0.0)


def _table_doc(caption: str, rows):
    from extractors.model import Provenance
    from test_extract_layout_stage import grid_table

    t = grid_table(rows)
    prov = Provenance(block=1, table=0)
    t = t.model_copy(update={"prov": prov, "cells": [c.model_copy(update={"prov": prov}) for c in t.cells]})
    doc = _doc(caption, "一、组织建设（10分）", "1.建立工会组织（10分）")
    return doc.model_copy(update={"blocks": [doc.blocks[0], t, *doc.blocks[1:]]})


MATRIX = [["级别", "一等奖", "二等奖", "三等奖"], ["国家级", "10分/人", "8分/人", "6分/人"],
          ["省部级", "6分/人", "4分/人", "3分/人"], ["市级", "3分/人", "2分/人", "1分/人"]]


def test_a_table_of_levels_by_ranks_with_points_is_one_bonus_entry_looked_up_by_both_keys():
    scheme = extract_scheme(_table_doc("技能竞赛获奖加分（最高加15分）", MATRIX))
    assert len(scheme.bonus) == 1
    entry = scheme.bonus[0]
    assert (entry.text, entry.unit, entry.cap) == ("技能竞赛获奖加分（最高加15分）", "人", 15.0)
    assert entry.levels == {"国家级×一等奖": 10.0, "国家级×二等奖": 8.0, "国家级×三等奖": 6.0,
                            "省部级×一等奖": 6.0, "省部级×二等奖": 4.0, "省部级×三等奖": 3.0,
                            "市级×一等奖": 3.0, "市级×二等奖": 2.0, "市级×三等奖": 1.0}
    assert [i.text for i in scheme.items] == ["建立工会组织"]


def test_a_point_matrix_is_scored_as_count_times_points_per_pair_up_to_its_cap(tmp_path):
    from pipeline.scoring import score_file
    from pipeline.scoring.numbers import fmt
    from scoring_schemes import write_long_csv

    scheme = extract_scheme(_table_doc("技能竞赛获奖加分（最高加15分）", MATRIX))
    rows = [("东城区", "1", "score", 10), ("东城区", "B1", "count:国家级×二等奖", 1),
            ("东城区", "B1", "count:市级×三等奖", 2),
            ("西城区", "1", "score", 10), ("西城区", "B1", "count:国家级×一等奖", 2)]
    result = score_file(scheme, write_long_csv(tmp_path / "facts.csv", rows))
    assert [fmt(int(v)) for v in result.entries["B1"]] == ["10", "15"]    # 8 + 2×1 = 10; 2×10 = 20 → cap 15


def test_a_table_of_unit_names_and_bare_figures_is_not_a_point_matrix():
    scheme = extract_scheme(_table_doc("各单位目标任务", [["单位", "会员", "组建"], ["东城区", "120", "5"],
                                                     ["西城区", "95", "4"], ["南湖区", "80", "3"]]))
    assert scheme.bonus == [] and [t.rows for t in scheme.targets] != []


def test_deductions_by_level_listed_respectively_are_one_entry_with_a_level_each():
    scheme = extract_scheme(_doc("一、组织建设（10分）", "1.建立工会组织（10分）", "二、扣分项目",
                                 "1.受到通报、警告、记过处分的，分别扣1、2、3分"))
    assert [(d.kind, d.levels, d.points) for d in scheme.deductions] == [
        ("deduction", {"通报": 1.0, "警告": 2.0, "记过": 3.0}, None)]


def test_a_formula_of_the_units_share_times_the_points_is_a_proportional_rule():
    from schemes.criteria.rules import parse_rule

    rule = parse_rule("业务得分=（本单位完成量/最高完成量）×40", 40).rule
    assert (rule.kind, rule.text) == ("proportional", "业务得分=（本单位完成量/最高完成量）×40")


def test_points_written_as_the_last_words_of_a_numbered_sentence_are_its_points():
    scheme = extract_scheme(_doc("第一部分（15分）", "1. 能按期完成台账建档，并能说明归档规则给5分。",
                                 "2. 组织会员参加年度培训并留存签到记录，10分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("第一部分", 15.0)]
    assert [(i.code, i.points) for i in scheme.items] == [("1", 5.0), ("2", 10.0)]


def test_a_maximum_stated_in_the_sentence_wins_over_the_amount_per_occurrence():
    scheme = extract_scheme(_doc("第二部分（26分）", "1. 建成职工之家每个给5分，共20分。", "2. 完成一项创新给2分，上限6分。"))
    assert [(i.points, i.rule.kind) for i in scheme.items] == [(20.0, "per_occurrence"), (6.0, "per_occurrence")]


def test_an_unnumbered_heading_heads_the_unnumbered_point_lines_that_add_up_to_its_points():
    scheme = extract_scheme(_doc("第三部分（4分）", "活动开展情况：", "每季度开展主题活动，2分。",
                                 "活动资料及时归档，2分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("第三部分", 4.0)]
    assert [(i.text, i.points) for i in scheme.items] == [("每季度开展主题活动", 2.0), ("活动资料及时归档", 2.0)]


def test_two_point_lines_of_equal_points_are_siblings_not_a_heading_and_its_item():
    scheme = extract_scheme(_doc("评分标准：", "方案思路清晰（20分）", "实验分析充分（20分）"))
    assert [(i.text, i.points) for i in scheme.items] == [("方案思路清晰", 20.0), ("实验分析充分", 20.0)]


def test_a_title_stating_the_total_in_brackets_is_not_a_category():
    scheme = extract_scheme(_doc("课程作业评分标准（总分：30分）", "1. 报告质量（20分）", "2. 课堂展示（10分）"))
    assert [c.name for c in scheme.categories if c.name] == []
    assert [(i.text, i.points) for i in scheme.items] == [("报告质量", 20.0), ("课堂展示", 10.0)]


def test_a_numbered_sentence_broken_into_two_blocks_is_one_item():
    scheme = extract_scheme(_doc("第一部分（5分）", "1. 建立会员实名台账，按季度核对会员信息，并可以用电", "子表格管理，给5分。"))
    assert [(i.text, i.points) for i in scheme.items] == [("建立会员实名台账，按季度核对会员信息，并可以用电子表格管理", 5.0)]


def test_a_clause_that_zeroes_the_whole_result_is_a_veto_entry_with_its_effect():
    scheme = extract_scheme(_doc("仓库消防检查评分表", "一、出现重大火灾隐患未整改的，本次检查直接计0分。",
                                 "1. 灭火器配置齐全（6分）", "2. 疏散通道畅通（4分）"))
    assert [v.text for v in scheme.veto] == ["出现重大火灾隐患未整改的"]
    assert scheme.veto_effect == "本次检查直接计0分"


def test_a_clause_zeroing_only_its_item_and_the_lead_in_of_a_list_are_not_veto_entries():
    scheme = extract_scheme(_doc("仓库消防检查评分表", "1. 灭火器配置齐全（6分），未配置的，该项计0分。",
                                 "2. 有下列情形之一的，取消评优资格：", "（1）瞒报事故"))
    assert [v.text for v in scheme.veto] == []


def test_a_column_headed_as_a_deduction_but_stating_amounts_is_the_rows_criteria():
    from extractors.model import Document, Source
    from test_extract_layout_stage import grid_table

    t = grid_table([["序号", "检查内容", "扣分"], ["1", "消防通道保持畅通", "扣3分"],
                    ["2", "灭火器每月检查", "扣2分/具"], ["3", "电气线路规范敷设", "扣2分"]])
    doc = Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                   blocks=[Paragraph(text="检查实行扣分制，基础分100分，扣完为止。", prov=Provenance(block=0, paragraph=0)), t])
    scheme = extract_scheme(doc)
    assert [(i.text, i.criteria, i.points, i.rule_kind) for i in scheme.items] == [
        ("消防通道保持畅通", "扣3分", None, "per_occurrence"), ("灭火器每月检查", "扣2分/具", None, "per_occurrence"),
        ("电气线路规范敷设", "扣2分", None, "per_occurrence")]
    assert (scheme.scoring_model, scheme.base_points, scheme.total_points) == ("deduction", 100.0, 100.0)


def _upload_table(*notes: str, rule: str = "计分办法：各项材料按期报送即得该项满分，逾期或未报送的该项不得分。"):
    from extractors.model import Document, Source
    from test_extract_layout_stage import grid_table

    t = grid_table([["序号", "材料名称", "分值"], ["1", "年度培训计划", "4"], ["2", "应急演练记录", "6"],
                    ["3", "隐患排查台账", "5"], *([[n, "", ""]] for n in notes)][:4] + [[n, "", ""] for n in notes])
    paragraphs = [Paragraph(text=rule, prov=Provenance(block=0, paragraph=0))] if not notes else []
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=[*paragraphs, t])


def test_a_rule_stated_once_for_every_item_applies_to_the_items_without_one():
    scheme = extract_scheme(_upload_table())
    assert [(i.rule.kind, i.rule.text) for i in scheme.items] == [
        ("threshold", "计分办法：各项材料按期报送即得该项满分，逾期或未报送的该项不得分")] * 3
    assert scheme.items[0].sources["rule"].paragraph == 0


def test_a_rule_stated_once_with_a_level_left_to_the_rater_gives_every_item_its_tiers():
    scheme = extract_scheme(_upload_table(rule="计分办法：各项材料按要求报送的得该项分值，部分报送的酌情扣分，未报送的不得分。"))
    assert [(i.points, [(t.label, t.points, t.min_points) for t in i.rule.tiers]) for i in scheme.items][0] == (
        4.0, [("各项材料按要求报送", 4.0, None), ("部分报送", 4.0, 0.0), ("未报送", 0.0, None)])
    assert [i.rule.tiers[0].points for i in scheme.items] == [4.0, 6.0, 5.0]


def test_a_tables_note_stating_the_all_or_nothing_rule_applies_to_its_rows():
    scheme = extract_scheme(_upload_table("说明：材料不齐全的，扣除该项应得分。"))
    assert [i.rule.kind for i in scheme.items] == ["threshold"] * 3


def test_an_items_own_all_or_nothing_criteria_are_not_a_rule_for_the_others():
    scheme = extract_scheme(_doc("考核细则", "1. 召开职代会（5分）：当年未召开的本项不得分。",
                                 "2. 开展劳动竞赛（5分）：由评审组综合评定。"))
    assert [i.rule.kind for i in scheme.items] == ["threshold", "manual"]


ARTICLES = ("物业服务考核办法", "第一条 为规范物业服务，制定本办法。",
            "第二条 考核实行百分制，由环境卫生（40分）、设施维护（35分）和客户服务（25分）三部分组成。",
            "第三条 环境卫生部分中，公共区域每日清扫两次的，得20分；每少一次扣2分。",
            "第四条 垃圾分类投放准确率达到95%以上的，得20分。",
            "第五条 设施维护：", "（一）电梯年检合格并公示的，得15分。",
            "（二）维修完成率得分=（按时完成件数÷报修件数）×20。",
            "第六条 客户服务部分，每获得一次街道表扬得5分，最高25分。",
            "第七条 加分。获评市级示范小区的，加3分；每篇宣传稿件被采用加0.5分，累计不超过2分。",
            "第八条 扣分。被主管部门约谈、通报、处罚的，分别扣2、4、6分。")


def test_modules_declared_once_take_their_items_from_the_articles_that_follow():
    scheme = extract_scheme(_doc(*ARTICLES))
    assert [(c.name, c.points) for c in scheme.categories] == [("环境卫生", 40.0), ("设施维护", 35.0),
                                                               ("客户服务", 25.0)]
    assert [(i.category, i.code, i.points) for i in scheme.items] == [
        ("1", "第三条", 20.0), ("1", "第四条", 20.0), ("2", "第五条（一）", 15.0), ("2", "第五条（二）", 20.0),
        ("3", "第六条", 25.0)]
    assert scheme.items[0].text == "公共区域每日清扫两次的，得20分；每少一次扣2分"
    assert [i.rule.kind for i in scheme.items] == ["per_occurrence", "threshold", "threshold", "proportional",
                                                   "per_occurrence"]
    assert scheme.total_points == 100.0
    assert [f.kind for f in scheme.flags if f.kind.endswith("mismatch")] == []


def test_an_article_stating_its_entries_in_sentences_gives_one_entry_per_sentence():
    scheme = extract_scheme(_doc(*ARTICLES))
    assert [(b.text, b.points, b.cap) for b in scheme.bonus] == [
        ("获评市级示范小区的，加3分", 3.0, None), ("每篇宣传稿件被采用加0.5分，累计不超过2分", 0.5, 2.0)]
    assert [d.levels for d in scheme.deductions] == [{"约谈": 2.0, "通报": 4.0, "处罚": 6.0}]


def test_points_after_a_colon_or_a_points_label_close_a_bullet_line():
    scheme = extract_scheme(_doc("实训报告评分标准", "一、实验内容（满分30分）", "- 环境搭建：10分",
                                 "- 数据采集，分值：12", "- 结果分析：８ 分"))
    assert [(i.text, i.points) for i in scheme.items] == [("环境搭建", 10.0), ("数据采集", 12.0), ("结果分析", 8.0)]


def test_a_lead_in_giving_each_item_the_same_points_gives_the_numbered_lines_after_it_their_points():
    scheme = extract_scheme(_doc("档案工作考核细则", "一、基础工作（本项15分）", "以下3项，每项5分：",
                                 "1．明确兼职档案员；", "2．按时归档；", "3．建立借阅登记制度；"))
    assert [(i.text, i.points) for i in scheme.items] == [("明确兼职档案员", 5.0), ("按时归档", 5.0),
                                                          ("建立借阅登记制度", 5.0)]


def test_a_heading_name_followed_by_a_colon_and_its_sentence_is_a_module_scored_as_one_item():
    scheme = extract_scheme(_doc("档案工作考核细则", "一、编研服务：每完成一项编研成果得2分，本项满分8分。",
                                 "二、基础工作（10分）", "1．按时归档（10分）"))
    assert [(c.name, c.points) for c in scheme.categories] == [("编研服务", 8.0), ("基础工作", 10.0)]
    first = scheme.items[0]
    assert (first.text, first.points, first.rule.kind) == ("每完成一项编研成果得2分", 8.0, "per_occurrence")
    assert scheme.total_points is None


def test_a_report_giving_the_units_own_scores_per_section_is_not_a_scheme():
    scheme = extract_scheme(_doc("某街道2025年度安全生产工作自评报告", "区应急管理局：",
                                 "现将本年度工作自评情况报告如下。", "一、责任落实（满分30分，自评28分）",
                                 "签订责任书46份，个别台账归档滞后，自评扣2分。", "二、隐患治理（满分40分，自评40分）",
                                 "排查隐患120处，整改率100%。", "三、宣传培训（满分30分，自评27分）",
                                 "培训覆盖不全，自评扣3分。"))
    assert scheme.kind == "not_a_scheme"


def test_a_name_a_dash_and_its_points_take_the_lines_below_as_criteria():
    scheme = extract_scheme(_doc("班组建设评分细则", "一、制度建设（20分）", "（1）班前会 —— 【12分】",
                                 "每日召开，有记录；未召开的本项不得分。", "（2）交接班 —— 【8分】",
                                 "交接记录完整，每缺一次扣1分。"))
    assert [(i.text, i.points, i.criteria, i.rule.kind) for i in scheme.items] == [
        ("班前会", 12.0, "每日召开，有记录；未召开的本项不得分。", "threshold"),
        ("交接班", 8.0, "交接记录完整，每缺一次扣1分。", "per_occurrence")]


def test_points_after_a_dash_then_a_colon_split_the_name_from_its_criteria():
    scheme = extract_scheme(_doc("班组建设评分细则", "二、班组活动（10分）", "1．技能比武——6分：每举办一次得2分，最高6分。",
                                 "2．合理化建议——4分：建议被采纳的得4分。"))
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("技能比武", 6.0, "每举办一次得2分，最高6分。"), ("合理化建议", 4.0, "建议被采纳的得4分。")]


def _table(rows, merges=None):
    from extractors.model import Document, Source
    from test_extract_layout_stage import grid_table

    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=[grid_table(rows, merges)])


def test_a_row_marked_as_a_bonus_is_a_bonus_entry_read_from_its_criteria():
    scheme = extract_scheme(_table([["项目", "评分标准", "分值"], ["台账管理", "台账齐全得10分", "10"],
                                    ["创新工作（加分）", "获上级推广的，每项加1分，最高加3分", "+3"],
                                    ["合计", "", "10分（另可加3分）"]]))
    assert [i.text for i in scheme.items] == ["台账管理"]
    assert [(b.text, b.points, b.unit, b.cap) for b in scheme.bonus] == [("创新工作", 1.0, "项", 3.0)]
    assert scheme.total_points == 10.0


def test_subtotal_rows_give_their_groups_points_with_the_row_as_source():
    scheme = extract_scheme(_table([["检查项目", "内容", "应得分"], ["安全", "巡查记录", "5"], ["安全", "演练", "5"],
                                    ["小计", "", "10"], ["卫生", "保洁", "8"], ["小计", "", "8"]]))
    assert [(c.name, c.points, c.sources["points"].row) for c in scheme.categories] == [("安全", 10.0, 3),
                                                                                         ("卫生", 8.0, 5)]


def test_a_cap_on_all_bonus_entries_is_the_schemes_bonus_cap_with_its_source():
    scheme = extract_scheme(_doc("社区服务考核细则", "考核满分100分，另设加分，最多加6分，总成绩不超过100分。",
                                 "1. 服务台账（60分）", "2. 居民满意度（40分）", "附加分（最多6分）",
                                 "- 获区级表彰：+3分", "- 经验被推广：+3分", "扣分累计不超过10分。"))
    assert (scheme.bonus_cap, scheme.deduction_cap) == (6.0, 10.0)
    assert scheme.metadata.sources["bonus_cap"].quote == "6"
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_the_bonus_above_a_threshold_counted_at_a_rate_is_the_schemes_bonus_soft_cap():
    scheme = extract_scheme(_doc("志愿服务考核细则", "考核满分100分。", "1. 服务时长（60分）", "2. 服务质量（40分）",
                                 "附加分", "- 获市级表彰：+4分", "- 经验被推广：+2分",
                                 "加分合计超过3分的部分按40%计入。", "扣分超过8分以上部分减半。"))
    assert scheme.bonus_soft_cap.model_dump() == {"above": 3.0, "rate": 0.4}
    assert scheme.deduction_soft_cap.model_dump() == {"above": 8.0, "rate": 0.5}
    assert scheme.metadata.sources["bonus_soft_cap"].quote == "3"
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_an_item_whose_criteria_cite_a_point_matrix_is_scored_by_it_as_a_lookup():
    from extractors.model import Provenance
    from test_extract_layout_stage import grid_table

    t = grid_table([["级别", "一等奖", "二等奖"], ["省级", "6分/人", "4分/人"], ["市级", "3分/人", "2分/人"]])
    prov = Provenance(block=3, table=0)
    t = t.model_copy(update={"prov": prov, "cells": [c.model_copy(update={"prov": prov}) for c in t.cells]})
    doc = _doc("志愿服务测评细则", "一、测评满分20分，由竞赛获奖（最高12分）、志愿时长（最高8分）两项组成。",
               "二、竞赛获奖。获奖按表1计分，同一项目按最高级别计。", "表1 竞赛获奖计分表（本项最高12分）",
               "三、志愿时长。每满10小时计1分，本项最高8分。")
    doc = doc.model_copy(update={"blocks": [*doc.blocks[:4], t, *doc.blocks[4:]]})
    scheme = extract_scheme(doc)
    first = scheme.items[0]
    assert (first.text, first.points, first.rule.kind, first.rule.unit, first.rule.cap) == (
        "竞赛获奖", 12.0, "lookup", "人", 12.0)
    assert first.rule.levels == {"省级×一等奖": 6.0, "省级×二等奖": 4.0, "市级×一等奖": 3.0, "市级×二等奖": 2.0}
    assert scheme.bonus == []
    assert (scheme.items[1].points, scheme.total_points) == (8.0, 20.0)


def test_a_numbered_note_deducting_fixed_points_outside_every_item_is_a_scheme_deduction():
    scheme = extract_scheme(_doc("课程设计评分细则", "注意事项", "1. 报告格式参照模板。", "2. 答辩迟到扣2分。",
                                 "第一部分（60分）", "1. 功能完整（40分）", "2. 界面美观（20分）",
                                 "第二部分（40分）", "1. 文档规范（40分）"))
    assert [(e.code, e.text, e.points) for e in scheme.deductions] == [("2", "答辩迟到扣2分", -2.0)]
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_an_item_line_ending_with_a_points_label_takes_its_criteria_from_the_line_below():
    scheme = extract_scheme(_doc("考核细则", "一、环境整治（20分）", "1．河道保洁　分值：１２",
                                 "评分标准：发现漂浮垃圾的，每处扣２分。", "2．绿化养护　分值：８",
                                 "评分标准：由考核组现场评定。"))
    assert [(i.text, i.points, i.criteria, i.rule.kind) for i in scheme.items] == [
        ("河道保洁", 12.0, "评分标准：发现漂浮垃圾的，每处扣２分。", "per_occurrence"),
        ("绿化养护", 8.0, "评分标准：由考核组现场评定。", "manual")]


def test_an_item_line_ending_with_dashed_points_is_complete_and_heads_the_criteria_below():
    scheme = extract_scheme(_doc("考核细则", "一、环境整治（20分）", "1．河道保洁——12分",
                                 "发现漂浮垃圾的，每处扣2分。", "2．绿化养护——8分", "由考核组现场评定。"))
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("河道保洁", 12.0, "发现漂浮垃圾的，每处扣2分。"), ("绿化养护", 8.0, "由考核组现场评定。")]


def test_requirements_listed_under_a_lead_in_giving_each_its_points_are_met_or_not():
    # named rule checklist_lead: the lead-in states how each bare requirement scores
    scheme = extract_scheme(_doc("考核细则", "一、台账管理（6分）", "以下每项2分：", "· 建立会员名册",
                                 "· 按月更新台账", "· 由考核组酌情评定资料归档"))
    assert [(i.text, i.points, i.rule.kind, i.rule.text) for i in scheme.items] == [
        ("建立会员名册", 2.0, "threshold", "以下每项2分："), ("按月更新台账", 2.0, "threshold", "以下每项2分："),
        ("由考核组酌情评定资料归档", 2.0, "manual", "由考核组酌情评定资料归档")]
