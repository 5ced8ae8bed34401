"""Point mentions: every statement of points gets a role or is flagged, and confidence follows."""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme
from pipeline.extract.mentions import POINTS


def _doc(*lines: str) -> Document:
    blocks = [Paragraph(text=t, prov=Provenance(block=i, paragraph=i)) for i, t in enumerate(lines)]
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=blocks)


def test_clock_times_and_durations_are_not_point_mentions():
    assert [m.group() for m in POINTS.finditer("17点30分公布，9时05分开始，用时30分钟，得5分，扣1-2分")] == [
        "5分", "1-2分"]


def test_a_statement_of_points_no_reading_uses_is_flagged_with_its_place():
    scheme = extract_scheme(_doc("一、组织建设（20分）", "1.建立工会组织（10分）", "2.按期换届（10分）",
                                 "说明：未按时报送材料的另扣3分。"))
    flags = [f for f in scheme.flags if f.kind == "unaccounted_points"]
    assert [(f.target, f.source.block, f.source.quote) for f in flags] == [("prose", 3, "3分")]
    assert flags[0].message == ("prose: 1 of 4 statement(s) of points not read as item points, totals, entries or "
                                "rule amounts («3分»)")


def test_a_reading_that_accounts_for_every_point_stated_has_full_confidence():
    scheme = extract_scheme(_doc("一、组织建设（20分）", "1.建立工会组织（10分）", "2.按期换届（10分）"))
    assert [f.kind for f in scheme.flags] == []
    assert scheme.confidence == 1.0


def test_points_given_by_a_note_keep_the_note_as_their_source():
    scheme = extract_scheme(_doc("一、班级卫生", "1. 地面整洁", "2. 桌椅整齐", "注：", "1.每天卫生总分为4分，以上两项标准各占2分"))
    assert [(i.points, i.sources["points"].block, i.sources["points"].quote) for i in scheme.items] == [
        (2.0, 4, "2"), (2.0, 4, "2")]


def test_score_bands_that_name_grades_are_grade_boundaries_not_points_to_read():
    scheme = extract_scheme(_doc("服务评价细则", "1. 响应及时（60分）", "2. 回访满意（40分）",
                                 "评价结果：85分以上为优秀，70–84分为良好，60分至69分为合格，60分以下为不合格。"))
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []
    assert scheme.confidence == 1.0


def test_a_band_below_a_score_naming_a_grade_is_a_grade_boundary_too():
    scheme = extract_scheme(_doc("服务评价细则", "1. 响应及时（60分）", "2. 回访满意（40分）",
                                 "总分80分及以上为合格，60分至79分为基本合格，不足60分为不合格。"))
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []
    assert scheme.total_points is None   # 总分80分及以上 is a boundary, not the total


def test_a_bonus_part_named_附加分_with_plus_signed_bullets_gives_bonus_entries():
    scheme = extract_scheme(_doc("课程设计评分标准", "1. 功能完整（60分）", "2. 报告规范（40分）",
                                 "附加分（最多3分）", "- 界面美观：+1分", "- 支持导出：+2分", "", "备注：按时提交。"))
    assert [(b.text, b.points) for b in scheme.bonus] == [("界面美观：+1分", 1.0), ("支持导出：+2分", 2.0)]


def test_bracketed_bands_of_graded_levels_are_rule_amounts_of_the_item():
    from test_extract_layout_stage import grid_table

    t = grid_table([["序号", "项目", "评分标准", "分值"],
                    ["1", "办结时效", "当日办结（10分）；三日内办结（6-9分）；超期（0-5分）", "10"],
                    ["2", "服务态度", "热情周到（8-10分）；基本满意（5-7分）；态度生硬（0-4分）", "10"]])
    doc = Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0), blocks=[t])
    scheme = extract_scheme(doc)
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []
    assert [(t.label, t.min_points, t.points) for t in scheme.items[0].rule.tiers] == [
        ("当日办结（10分）", None, 10.0), ("三日内办结（6-9分）", 6.0, 9.0), ("超期（0-5分）", 0.0, 5.0)]


def test_a_rating_scale_of_level_words_and_points_is_not_points_to_read():
    scheme = extract_scheme(_doc("岗位月度考评表", "评价等级：优秀（10分） 良好（8-9分） 一般（5-7分） 较差（0-4分）",
                                 "1. 工作质量（10分）", "2. 工作效率（10分）"))
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_a_condition_on_the_result_and_a_clause_zeroing_it_are_not_points_left_unread():
    scheme = extract_scheme(_doc("食堂检查评分细则", "一、发生食物中毒的，本次检查直接计0分。",
                                 "二、得分低于80分的，限期整改。", "1. 证照齐全（50分）", "2. 留样规范（50分）"))
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []
    assert [v.text for v in scheme.veto] == ["发生食物中毒的"]


def test_a_base_score_falling_short_of_a_figure_is_a_condition_not_points_left_unread():
    # 基本分未达60分，加分不计: a gate on the bonus, stated by a score the unit falls short of
    scheme = extract_scheme(_doc("教师年度考评表", "1. 教学任务（60分）", "2. 教研活动（40分）",
                                 "注：基本分未达60分，加分不予计算。"))
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_points_in_the_later_block_of_a_sentence_broken_over_blocks_are_read_with_it():
    scheme = extract_scheme(_doc("课程项目评分细则", "阶段一（10分）", "1. 完成数据导入与清洗并展示处理前后的对比结果，导入成功",
                                 "给4分，清洗正确给6分，共10分。"))
    assert [(i.points, i.rule.kind) for i in scheme.items] == [(10.0, "components")]
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_a_number_broken_between_two_blocks_is_read_with_the_clause_it_ends():
    scheme = extract_scheme(_doc("机关考勤考核办法", "一、考核内容及评分考核实行百分制。1、考勤纪律，无故迟到的，1人一次扣0.",
                                 "5分；未请假缺席的，每次扣1分。2、卫生值日，值日不到位的，每次扣2分。"))
    assert scheme.items[0].text == "无故迟到的，1人一次扣0.5分"
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_a_clause_turning_the_score_into_pay_is_not_points_left_unread():
    scheme = extract_scheme(_doc("客服岗位月度考核表", "1. 接听及时（50分）", "2. 回访完整（50分）",
                                 "说明：90分为绩效工资基准线，每高出或低于1分增减20元，增减不超过400元。"))
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []
    assert [i.points for i in scheme.items] == [50.0, 50.0]


def test_bands_naming_a_title_after_a_condition_are_grade_boundaries():
    scheme = extract_scheme(_doc("服务评价细则", "1. 响应及时（60分）", "2. 回访满意（40分）",
                                 "年度得分90分以上且无否决事项的，评为示范单位；80分至89分的，评为达标单位。"))
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def _table_notice(*prose: str):
    from test_extract_layout_stage import grid_table
    table = grid_table([["考核项目", "分值", "评分标准"], ["台账管理", "60", "台账齐全得60分"],
                        ["现场管理", "40", "由考核组综合评定"], ["合计", "100", ""]])
    blocks = [Paragraph(text=t, prov=Provenance(block=i, paragraph=i)) for i, t in enumerate(prose)]
    prov = Provenance(block=len(blocks), table=0)
    blocks.append(table.model_copy(update={"prov": prov, "cells": [c.model_copy(update={"prov": prov})
                                                                   for c in table.cells]}))
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=blocks)


def test_points_stated_in_the_prose_beside_the_table_that_gave_the_items_are_accounted_too():
    # a rule for the whole notice stated in prose and read by nothing: flagged, and the scheme doubted
    # in proportion (not its items: the unread rule says nothing of which item is wrong)
    plain = extract_scheme(_table_notice("档案管理检查评分表", "检查按下表评分。"))
    scheme = extract_scheme(_table_notice("档案管理检查评分表", "检查按下表评分。", "材料每迟报一天扣总分2分。"))
    assert [f.message for f in scheme.flags if f.kind == "unaccounted_points"] == [
        "prose: 1 of 1 statement(s) of points not read as item points, totals, entries or rule amounts («2分»)"]
    assert [i.confidence for i in scheme.items] == [i.confidence for i in plain.items]
    assert scheme.confidence < plain.confidence


def test_the_total_and_grade_bands_stated_in_prose_beside_the_table_are_accounted():
    scheme = extract_scheme(_table_notice("档案管理检查评分表", "检查实行百分制，满分100分，按下表评分。",
                                          "考核结果分为优秀（90分以上）、合格（60分至89分）、不合格（60分以下）。",
                                          "评定等级：A（90分以上）B（75-89分）C（75分以下）。",
                                          "得分85分以上的，通报表扬；60分以下的，限期整改。"))
    assert [f for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_a_scale_of_n_points_is_no_statement_of_points():
    assert [m.group() for m in POINTS.finditer("各指标按100分制评价后乘以权重，得5分")] == ["5分"]


def test_a_cap_said_again_in_prose_is_accounted_by_the_cap_read_from_the_table_note():
    from test_extract_layout_stage import grid_table
    table = grid_table([["考核项目", "分值", "评分标准"], ["台账管理", "60", "台账齐全得60分"],
                        ["现场管理", "40", "由考核组综合评定"], ["加分项目", "", "获市级表彰加2分"],
                        ["说明：加分项目最高加5分。", "", ""]], {(4, 0): (1, 3)})
    blocks = [Paragraph(text="档案管理检查评分表", prov=Provenance(block=0, paragraph=0)),
              Paragraph(text="考核满分100分，另设加分项目（最高加5分）。", prov=Provenance(block=1, paragraph=1))]
    prov = Provenance(block=2, table=0)
    blocks.append(table.model_copy(update={"prov": prov, "cells": [c.model_copy(update={"prov": prov})
                                                                   for c in table.cells]}))
    scheme = extract_scheme(Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx",
                                                   size=0), blocks=blocks))
    assert scheme.bonus_cap == 5.0
    assert [f for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_points_after_a_name_and_a_colon_are_a_mention_and_a_clock_time_is_not():
    assert [m.group() for m in POINTS.finditer("主题思想：30分，17:30分开始，9：05分报到")] == ["30分"]
