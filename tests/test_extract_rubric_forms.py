"""Forms of stating points found by the rubric-and-prose probe (tests/data/forms6), one named rule
each: prime marks, dot leaders, brackets without 分, percent categories, points in other brackets,
points a wrapped line carries to the next.  All wording is invented."""

from pipeline.extract import extract_scheme
from schemes.criteria.numbers import fold
from test_extract_layout_stage import grid_table
from test_extract_stated_points import _doc


def test_a_prime_after_a_number_is_points_and_before_a_number_is_not():
    assert fold("满分100′ (25') 用时5′30″") == "满分100分 (25分) 用时5′30″"


def test_a_table_whose_points_are_written_with_primes_is_a_scheme():
    scheme = extract_scheme(_doc("评课评分表", grid_table([
        ["评价项目", "评价要素", "分值"], ["一、课堂设计(20')", "", ""],
        ["1. 目标", "目标清楚，可检测", "12′"], ["2. 内容", "重点突出", "8′"]])))
    assert [(i.code, i.text, i.points) for i in scheme.items] == [("1", "目标清楚，可检测", 12.0), ("2", "重点突出", 8.0)]
    assert [(c.name, c.points) for c in scheme.categories] == [("课堂设计", 20.0)]


def test_points_after_a_dot_leader_close_headings_and_items():
    # named rule dot_leader: 名称…………10分, as in a table of contents
    scheme = extract_scheme(_doc("干部考核细则", "一、工作表现………………………………20分",
                                 "1．参加例会……………………………………8分", "缺席一次扣2分，扣完为止。",
                                 "2．完成任务…………………………………12分", "由部门负责人评定。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("工作表现", 20.0)]
    assert [(i.text, i.points, i.criteria, i.rule.kind) for i in scheme.items] == [
        ("参加例会", 8.0, "缺席一次扣2分，扣完为止。", "per_occurrence"),
        ("完成任务", 12.0, "由部门负责人评定。", "manual")]


def test_a_score_formula_with_a_percentage_factor_is_proportional():
    from schemes.criteria.rules import parse_rule
    assert parse_rule("得分＝期末平均成绩×15%。", 15).rule.kind == "proportional"


def test_a_one_column_sheet_is_read_as_lines():
    # named rule one_column_text: a table of one column is text typed line by line into cells
    sheet = grid_table([["班组考核细则"], ["一、安全生产（10分）"], ["1．班前会记录完整（4分）"],
                        ["2．隐患整改及时（6分）"]])
    scheme = extract_scheme(_doc(sheet))
    assert [(i.text, i.points) for i in scheme.items] == [("班前会记录完整", 4.0), ("隐患整改及时", 6.0)]
    assert scheme.items[0].sources["points"].row == 2


def test_a_part_heading_ending_with_its_points_after_a_space_and_items_with_points_in_hexagonal_brackets():
    scheme = extract_scheme(_doc("考评细则", "第一部分 阵地建设 12分", "1．建立活动室〔7分〕面积达标的得7分。",
                                 "2．配备图书〔5分〕每少10册扣1分。", "以上各部分合计12分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("阵地建设", 12.0)]
    assert [(i.text, i.points) for i in scheme.items] == [("建立活动室", 7.0), ("配备图书", 5.0)]
    assert scheme.total_points == 12.0


def test_graded_levels_below_an_item_without_points_are_its_criteria_and_give_its_maximum():
    # named rules bands_below and max_from_award (graded levels: the top level's points)
    scheme = extract_scheme(_doc("医师考评细则", "一、职业素养（20分）", "1．服务态度",
                                 "优秀（9-10分）：耐心细致；良好（6-8分）：较好；较差（0-5分）：有投诉。",
                                 "2．团队协作", "优秀（9-10分）：主动配合；良好（6-8分）：能配合；较差（0-5分）：不配合。"))
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [("服务态度", 10.0, "tiers"),
                                                                       ("团队协作", 10.0, "tiers")]
    assert scheme.items[0].sources["points"].quote == "10分"


def test_a_bare_percent_on_a_heading_is_its_share_and_a_grade_boundary_is_no_total():
    scheme = extract_scheme(_doc("考评细则", "A．职业素养（40%）", "1．服务态度（20分）", "2．团队协作（20分）",
                                 "B．业务能力（60%）", "3．专业理论（60分）", "评定总分80分及以上为合格。"))
    assert [(c.name, c.weight) for c in scheme.categories] == [("职业素养", 0.4), ("业务能力", 0.6)]
    assert scheme.total_points != 80.0


def test_points_labelled_in_brackets_without_分_and_a_labelled_criteria_line_below():
    # named rule criteria_label_below: 考核办法：… under the item is how it is scored
    scheme = extract_scheme(_doc("车间考核细则", "一、安全责任（赋分20）",
                                 "1．逐级签订安全责任书，签订覆盖率达到100%（赋分12）", "考核办法：每缺一份扣1分，扣完为止。",
                                 "2．每月开展安全检查不少于2次（赋分8）", "考核办法：每少一次扣2分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("安全责任", 20.0)]
    assert [(i.points, i.criteria, i.rule.kind) for i in scheme.items] == [
        (12.0, "考核办法：每缺一份扣1分，扣完为止。", "per_occurrence"), (8.0, "考核办法：每少一次扣2分。", "per_occurrence")]


def test_levels_and_points_listed_in_parallel_make_the_item_worth_its_top_level():
    # named rule slash_levels
    scheme = extract_scheme(_doc("竞赛考评标准", "一、组织领导（14分）", "1．成立领导小组。（好／较好／差：6／4／0）",
                                 "2．制定活动方案。（好／较好／差：8／5／0）"))
    assert [(i.points, [(t.label, t.points) for t in i.rule.tiers]) for i in scheme.items] == [
        (6.0, [("好", 6.0), ("较好", 4.0), ("差", 0.0)]), (8.0, [("好", 8.0), ("较好", 5.0), ("差", 0.0)])]


def test_plain_headings_over_numbered_items_are_categories_whose_points_a_sentence_declares():
    # named rules plain_headings and declared_points (name and points listed without 占/为)
    scheme = extract_scheme(_doc("竞赛考评标准", "总分30分，其中组织领导14分、创新工作16分。",
                                 "一、组织领导", "1．成立领导小组（6分）", "2．制定活动方案（8分）",
                                 "二、创新工作", "3．形式新颖，由考评组综合评定，最高16分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("组织领导", 14.0), ("创新工作", 16.0)]
    assert [(i.category, i.points) for i in scheme.items] == [("1", 6.0), ("1", 8.0), ("2", 16.0)]


def test_plain_headings_do_not_make_numbered_lines_without_points_items():
    from pipeline.extract.readers.outline import read_inline_items
    from pipeline.extract.grammar.spans import text_blocks
    from pipeline.extract.state import Draft

    draft = Draft()
    read_inline_items([span for _, span in text_blocks(_doc("一、主要工作", "1．完成了年度培训计划。",
                                                           "2．开展了安全检查（另附台账）。"))], draft)
    assert draft.items() == []


def test_chapters_with_points_hold_the_articles_that_state_their_own():
    scheme = extract_scheme(_doc("部门绩效考核办法", "第一章　总则", "第一条　为推进工作，制定本办法。",
                                 "第二章　重点工作（30分）", "第二条　项目推进。按期完成的得满分；每滞后一项扣5分。本项满分20分。",
                                 "第三条　信息报送。每被采用1篇得1分。本项满分10分。"))
    assert [c.name for c in scheme.categories if c.parent is None] == ["重点工作"]
    assert [(scheme.category_path(i.category)[-1].name, i.points) for i in scheme.items] == [
        ("项目推进", 20.0), ("信息报送", 10.0)]


def test_a_heading_styled_as_such_keeps_its_numbering_as_its_code():
    from extractors.model import Document, Heading, Paragraph, Provenance, Source
    blocks = [Heading(text="评分细则", level=1, prov=Provenance(block=0)),
              Heading(text="一、设施配置（10分）", level=2, prov=Provenance(block=1)),
              Paragraph(text="1．投放点设置（6分）每300户设1个。", prov=Provenance(block=2, paragraph=2)),
              Paragraph(text="2．宣传栏（4分）每季度更新。", prov=Provenance(block=3, paragraph=3)),
              Heading(text="二、日常管理（8分）", level=2, prov=Provenance(block=4)),
              Paragraph(text="3．桶边督导（8分）投放时段有人值守。", prov=Provenance(block=5, paragraph=5))]
    doc = Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0), blocks=blocks)
    scheme = extract_scheme(doc)
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("一", "设施配置", 10.0), ("二", "日常管理", 8.0)]


def test_an_amount_per_listed_part_makes_the_item_worth_all_parts():
    # named rule points_per_part
    scheme = extract_scheme(_doc("服务考核细则", "一、签约服务（16分）", "1．签约覆盖（计10分）。签约率达到40%以上的得10分。",
                                 "2．履约服务内容（2分/项）：（1）健康评估；（2）转诊预约；（3）上门巡诊。"))
    item = scheme.items[1]
    assert (item.points, item.rule.kind, [(c.label, c.points) for c in item.rule.components]) == (
        6.0, "components", [("健康评估", 2.0), ("转诊预约", 2.0), ("上门巡诊", 2.0)])
    assert item.sources["points"].quote == "2分/项"
