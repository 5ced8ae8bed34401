"""Forms of stating points found by the matrices-forms-sheets probe (tests/data/forms5), one named
rule each.  All wording is invented."""

from pipeline.extract import extract_scheme
from test_extract_layout_stage import grid_table
from test_extract_stated_points import _doc


def _checkbox_form():
    return _doc("食堂检查评分表", grid_table([
        ["序号", "检查项目", "检查要求", "评定（在□内打√）"],
        ["1", "环境卫生", "地面干净，无积水", "□好（12分）　□较好（8分）　□差（0分）"],
        ["2", "食品留样", "每餐留样并登记", "□好（8分）　□较\n好（5分）　□差（0分）"],
        ["3", "人员健康", "持健康证上岗", "□好（6分）　□较好（4分）　□差（0分）"],
        ["4", "餐具消毒", "消毒记录完整", "□好（4分）　□较好（2分）　□差（0分）"],
        ["评定等次", "", "□优秀（27分以上）　□合格（18—26分）", ""],
        ["检查人签字", "", "日期：　年　月　日", ""]],
        {(5, 0): (1, 2), (5, 2): (1, 2), (6, 0): (1, 2), (6, 2): (1, 2)}))


def test_a_cell_listing_rating_levels_with_points_is_the_rows_scale_worth_its_top_level():
    # named rule level_cell: the levels a rater ticks, in printed order, even wrapped inside the cell
    scheme = extract_scheme(_checkbox_form())
    assert [(i.text, i.points, i.rule.kind, [(t.label, t.points) for t in i.rule.tiers]) for i in scheme.items] == [
        ("地面干净，无积水", 12.0, "tiers", [("好", 12.0), ("较好", 8.0), ("差", 0.0)]),
        ("每餐留样并登记", 8.0, "tiers", [("好", 8.0), ("较好", 5.0), ("差", 0.0)]),
        ("持健康证上岗", 6.0, "tiers", [("好", 6.0), ("较好", 4.0), ("差", 0.0)]),
        ("消毒记录完整", 4.0, "tiers", [("好", 4.0), ("较好", 2.0), ("差", 0.0)])]


def test_a_forms_grade_row_and_signature_row_are_not_items_and_its_grade_bands_are_no_points_to_read():
    scheme = extract_scheme(_checkbox_form())
    assert len(scheme.items) == 4
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_a_community_reporting_its_own_scores_is_not_a_scheme():
    scheme = extract_scheme(_doc("关于2025年度文明创建工作自评情况的报告", "街道办：",
                                 "我社区对照考评办法逐项自评，自评总分92分，现报告如下。",
                                 "一、工作开展", "我社区全年开展志愿服务30次。", "二、扣分说明", "宣传栏更新不及时，自评扣2分。"))
    assert scheme.kind == "not_a_scheme"


def test_an_exam_paper_is_not_a_scheme():
    # named rule exam_paper: the title names a 试卷; its 每小题N分 are marks, not a scheme
    scheme = extract_scheme(_doc("2026年安全知识竞赛试卷（B卷）", "考试时间：45分钟 满分：100分",
                                 "一、单项选择题（每小题4分，共40分）", "1．灭火器的压力表指针应在（ ）区。",
                                 "二、判断题（每小题5分，共60分）", "11．电梯可以用于火灾逃生。（ ）"))
    assert scheme.kind == "not_a_scheme"


def test_a_results_announcement_titled_成绩公告_is_not_a_scheme():
    scheme = extract_scheme(_doc("2026年职工趣味运动会成绩公告", "现将成绩公告如下：",
                                 "1．机关工会 团体总分86分", "2．医院工会 团体总分79分"))
    assert scheme.kind == "not_a_scheme"


def test_parts_with_their_points_listing_what_they_take_off_from_a_stated_base_are_a_deduction_sheet():
    # named rule deduction_sheet: 以100分为基础分 stated once; each part's lines take points off
    scheme = extract_scheme(_doc("车间安全检查扣分标准", "各班组每月以100分为基础分，按下列标准扣分。",
                                 "一、用电安全（40分）", "私拉电线的，每处扣5分", "设备未接地的，扣10分",
                                 "二、消防安全（60分）", "消防通道堵塞的，每处扣10分", "灭火器过期的，每具扣5分"))
    assert (scheme.scoring_model, scheme.base_points) == ("deduction", 100.0)
    assert [(c.name, c.points) for c in scheme.categories] == [("用电安全", 40.0), ("消防安全", 60.0)]
    assert [i.text for i in scheme.items] == ["私拉电线的，每处扣5分", "设备未接地的，扣10分",
                                              "消防通道堵塞的，每处扣10分", "灭火器过期的，每具扣5分"]


def test_a_cell_of_criteria_or_of_base_plus_bonus_points_is_no_rating_scale():
    from pipeline.extract.grammar.table_layout import cell_levels
    assert cell_levels("□好（15分）　□较好（10分）　□差（0分）") == [("好", 15.0), ("较好", 10.0), ("差", 0.0)]
    assert cell_levels("制度健全得5分，缺一项扣1分") == []
    assert cell_levels("组织建设（18分+5分）") == []


def test_a_matrix_with_two_header_rows_keys_each_column_by_both_and_ignores_its_note_row():
    matrix = grid_table([["表2 竞赛获奖计分标准（分）", "", "", "", ""],
                         ["级别", "指导学生", "", "本人获奖", ""],
                         ["", "一等奖", "二等奖", "一等奖", "二等奖"],
                         ["国家级", "10", "8", "12", "10"], ["省级", "6", "5", "8", "6"],
                         ["注：同一竞赛只计最高奖项。", "", "", "", ""]],
                        {(0, 0): (1, 5), (1, 0): (2, 1), (1, 1): (1, 2), (1, 3): (1, 2), (5, 0): (1, 5)})
    items = grid_table([["序号", "考核内容", "分值"], ["1", "备课规范", "10"], ["2", "作业批改", "10"],
                        ["3", "听课评课", "5"]])
    scheme = extract_scheme(_doc("教师业绩考核细则", items, matrix))
    (entry,) = scheme.bonus
    assert entry.text.startswith("表2竞赛获奖计分标准")
    assert entry.levels == {"国家级×指导学生·一等奖": 10.0, "国家级×指导学生·二等奖": 8.0, "国家级×本人获奖·一等奖": 12.0,
                            "国家级×本人获奖·二等奖": 10.0, "省级×指导学生·一等奖": 6.0, "省级×指导学生·二等奖": 5.0,
                            "省级×本人获奖·一等奖": 8.0, "省级×本人获奖·二等奖": 6.0}


def test_an_evidence_column_is_not_the_items_text():
    t = grid_table([["考核项目", "考核内容", "分值", "自评分", "佐证材料"],
                    ["医疗质量", "核心制度落实，每发现一项未落实扣2分", "15", "", "提供：查房记录"],
                    ["医疗质量", "病历书写及时规范，甲级率低于90%的不得分", "10", "", "提供：质控报告"],
                    ["患者安全", "手卫生依从性达到90%以上得满分", "10", "", "提供：监测报表"]])
    scheme = extract_scheme(_doc("医疗质量考核表", t))
    assert [(i.text, i.rule.kind) for i in scheme.items] == [
        ("核心制度落实，每发现一项未落实扣2分", "per_occurrence"), ("病历书写及时规范，甲级率低于90%的不得分", "threshold"),
        ("手卫生依从性达到90%以上得满分", "threshold")]


def test_a_criteria_column_headed_计分说明_and_a_matrix_listing_ranks_in_each_cell_cited_by_name():
    # named rules rank_list_cell and matrix_scores_item (the table cited by its name in 《》)
    items = grid_table([["序号", "积分项目", "计分说明", "满分值"],
                        ["1", "师带徒", "每带出一名徒弟计5分，最高15分", "15"],
                        ["2", "技能竞赛", "按附表《竞赛获奖计分表》计分，本项最高20分", "20"],
                        ["3", "合理化建议", "被采纳的每条计3分，最高15分", "15"]])
    matrix = grid_table([["竞赛级别", "获奖计分"], ["省级", "一等奖14分、二等奖10分"], ["市级", "一等奖8分、二等奖6分"]])
    scheme = extract_scheme(_doc("技能积分考核办法", items, "附表：竞赛获奖计分表", matrix))
    assert [i.rule.kind for i in scheme.items] == ["per_occurrence", "lookup", "per_occurrence"]
    assert scheme.items[1].rule.levels == {"省级×一等奖": 14.0, "省级×二等奖": 10.0, "市级×一等奖": 8.0, "市级×二等奖": 6.0}
    assert scheme.bonus == []


def _wide_rating_sheet(filled: str = ""):
    """A blank per-person rating sheet: group points merged over item points in bare brackets,
    a 评分要点 row under the header, rows left to fill in."""
    return _doc("窗口人员季度测评表", grid_table([
        ["窗口人员季度测评表", "", "", "", "", ""],
        ["编号", "姓名", "服务（30分）", "", "规范（20分）", "合计"],
        ["", "", "态度(18)", "效率(12)", "着装(20)", ""],
        ["评分要点", "", "热情周到", "限时办结", "统一着装挂牌", ""],
        ["1", "", filled, "", "", ""],
        ["2", "", "", "", "", ""],
        ["3", "", "", "", "", ""]],
        {(0, 0): (1, 6), (1, 0): (2, 1), (1, 1): (2, 1), (1, 2): (1, 2), (1, 5): (2, 1), (3, 0): (1, 2)}))


def test_a_blank_rating_sheet_reads_its_items_and_groups_from_the_header_cells():
    # named rules header_sheet and header_bare_points: a row of name(N) cells states the maxima
    scheme = extract_scheme(_wide_rating_sheet())
    assert [(c.name, c.points) for c in scheme.categories] == [("服务", 30.0), ("规范", 20.0)]
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("态度", 18.0, "热情周到"), ("效率", 12.0, "限时办结"), ("着装", 20.0, "统一着装挂牌")]


def test_a_bare_bracketed_number_alone_in_a_header_states_no_points():
    table = grid_table([["项目", "分值(10)"], ["签到", ""], ["记录", ""]], {})
    assert extract_scheme(_doc("登记表", table)).kind == "not_a_scheme"
