"""The one table reader (``table_items.TableReader``) on rows that are not one item each.

Each test builds, in the document model, the smallest table showing the row shape: a cell
listing a category's numbered entries, a 一票否决 row, 加分/扣分 rows and a bare 加分项
label, a 备注 naming the rater, a total printed after its label without a points column, a
header flattened to fewer cells than the body.
"""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme, extract_scheme_explained
from pipeline.extract.grammar.table_layout import analyse_table
from test_extract_layout_stage import grid_table, roles


def _doc(*blocks) -> Document:
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=list(blocks))


# ------------------------------------------------------------------ one row per category

CATEGORY_ROWS = [
    ["序号", "考核内容", "考核标准", "备注"],
    ["1", "队伍建设\n(12分)", "1.完善骨干名册并每季更新。（7分）\n2.组织岗位轮训两期。（5分）", "由人事科评分"],
    ["2", "安全管理\n(8分)", "1.消防器材按月检查。（3分）\n2.隐患台账闭环销号。（5分）", "由保卫科、后勤科评分"],
    ["3", "总分", "20", ""],
]


def test_a_cell_listing_numbered_entries_with_points_makes_its_row_a_category_of_those_items():
    scheme = extract_scheme(_doc(grid_table(CATEGORY_ROWS)))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("1", "队伍建设", 12.0), ("2", "安全管理", 8.0)]
    assert [(i.category, i.code, i.text, i.points) for i in scheme.items] == [
        ("1", "1", "完善骨干名册并每季更新。", 7.0), ("1", "2", "组织岗位轮训两期。", 5.0),
        ("2", "1", "消防器材按月检查。", 3.0), ("2", "2", "隐患台账闭环销号。", 5.0)]


def test_a_remark_naming_the_rater_gives_the_category_and_its_items_their_departments():
    scheme = extract_scheme(_doc(grid_table(CATEGORY_ROWS)))
    assert [c.departments for c in scheme.categories] == [["人事科"], ["保卫科", "后勤科"]]
    assert [i.departments for i in scheme.items] == [["人事科"], ["人事科"], ["保卫科", "后勤科"], ["保卫科", "后勤科"]]


def test_a_total_row_without_a_points_column_gives_the_figure_printed_after_its_label():
    scheme = extract_scheme(_doc(grid_table(CATEGORY_ROWS)))
    assert scheme.total_points == 20.0


def test_the_part_the_prose_names_before_the_table_is_the_part_of_its_categories():
    prose = [Paragraph(text=text, prov=Provenance(block=i, paragraph=i)) for i, text in enumerate(
        ["日常工作得分×70%+年终测评得分×30%为年度总成绩。", "一、日常工作"])]
    table = grid_table(CATEGORY_ROWS).model_copy(update={"prov": Provenance(block=2, table=0)})
    scheme = extract_scheme(_doc(*prose, table))
    assert [p.name for p in scheme.parts] == ["日常工作", "年终测评"]
    assert {c.part for c in scheme.categories} == {scheme.parts[0].id}


# ------------------------------------------------------------------ veto, bonus and deduction rows

def test_the_entries_of_a_veto_row_are_vetoes_not_items():
    rows = [["序号", "考核内容", "考核标准", "分值"],
            ["1", "档案管理", "档案按年度归档，缺一卷扣1分", "10"],
            ["2", "窗口服务", "服务投诉每起扣2分", "10"],
            ["3", "一票否决", "1.发生重大责任事故的。\n2.弄虚作假骗取荣誉的。", ""]]
    scheme = extract_scheme(_doc(grid_table(rows)))
    assert [i.text for i in scheme.items] == ["档案管理", "窗口服务"]
    assert [(v.code, v.text) for v in scheme.veto] == [("1", "发生重大责任事故的"), ("2", "弄虚作假骗取荣誉的")]


BONUS_ROWS = [
    ["考核项目", "序号", "考核内容", "责任部门", "分值"],
    ["基础工作", "1", "按时报送月度统计报表", "办公室", "10"],
    ["基础工作", "2", "规范管理固定资产台账", "财务科", "10"],
    ["加分项", "", "承办全市现场观摩会", "办公室", ""],
    ["扣分", "", "迟报漏报数据", "办公室", ""],
]
BONUS_MERGES = {(1, 0): (2, 1)}


def test_rows_under_a_bare_bonus_or_deduction_label_are_entries_with_their_raters_and_no_category():
    scheme = extract_scheme(_doc(grid_table(BONUS_ROWS, BONUS_MERGES)))
    assert [c.name for c in scheme.categories] == ["基础工作"]
    assert [(b.text, b.departments) for b in scheme.bonus] == [("承办全市现场观摩会", ["办公室"])]
    assert [(d.text, d.departments) for d in scheme.deductions] == [("迟报漏报数据", ["办公室"])]


def test_a_deduction_row_whose_criteria_take_points_off_per_occurrence_has_that_amount():
    rows = [["序号", "考核项目", "考核内容", "评分标准", "分值"],
            ["1", "工作纪律", "遵守考勤制度", "缺勤一次扣1分", "10"],
            ["2", "学习培训", "参加集中学习", "缺席一次扣2分", "10"],
            ["3", "扣分项目", "会议迟到", "每次扣0.5分", ""]]
    scheme = extract_scheme(_doc(grid_table(rows)))
    assert [(d.text, d.points, d.unit) for d in scheme.deductions] == [("会议迟到", -0.5, "次")]


# ------------------------------------------------------------------ a header flattened to text

def test_a_header_with_fewer_cells_than_the_body_lines_up_with_its_right_edge():
    t = grid_table([["考核内容", "考核标准", "分值"],
                    ["1", "制度建设", "制度健全得5分，缺一项扣1分", "5"],
                    ["2", "台账管理", "台账完整得5分，缺一本扣1分", "5"]])
    layout = analyse_table(t)
    assert [layout.columns[c].label for c in range(4)] == ["考核内容", "考核内容", "考核标准", "分值"]
    assert (layout.code_col, layout.text_col, layout.criteria_col, layout.points_col) == (0, 1, 2, 3)
    assert roles(layout)[0] == "code"


def test_the_one_table_reader_explains_a_category_row():
    _, explain = extract_scheme_explained(_doc(grid_table(CATEGORY_ROWS)))
    assert "[readings] table 0 by tables/layout: table 0: row 1 lists 2 numbered entries: category «队伍建设»" in explain


def test_underscores_inside_an_identifier_are_not_a_blank_to_fill_in():
    t = grid_table([["项目", "考核内容及标准", "分值"],
                    ["信息化", "1.接口字段sys__id完整。(3分)\n2.按月备份。(2分)", "5"],
                    ["网络安全", "1.口令定期更换。(2分)\n2.日志留存。(2分)", "4"]])
    assert roles(analyse_table(t))[1] == "criteria"
    assert [(i.text, i.points) for i in extract_scheme(_doc(t)).items] == [
        ("接口字段sys__id完整。", 3.0), ("按月备份。", 2.0), ("口令定期更换。", 2.0), ("日志留存。", 2.0)]


def test_a_table_of_one_row_whose_header_names_its_points_column_is_a_scheme_table():
    t = grid_table([["项目", "考核内容及标准", "分值"],
                    ["档案管理", "1.按时归档。(3分)\n2.目录齐全。(2分)", "5"]])
    scheme = extract_scheme(_doc(t))
    assert scheme.kind == "scheme"
    assert [(i.text, i.points) for i in scheme.items] == [("按时归档。", 3.0), ("目录齐全。", 2.0)]


def test_entry_section_rows_give_a_cap_and_a_veto_and_no_categories():
    from test_extract_layout_stage import grid_table

    t = grid_table([["序号", "考核项目", "考核内容", "标准分"],
                    ["1", "制度建设", "制度健全、执行到位", "60"],
                    ["2", "台账管理", "台账齐全、及时更新", "40"],
                    ["加分项目（最高加4分）", "加分项目（最高加4分）", "加分项目（最高加4分）", "加分项目（最高加4分）"],
                    ["1", "经验推广", "做法被推广的，每项加2分。", ""],
                    ["一票否决：发生重大泄密事件的，实行一票否决。"] * 4,
                    ["合计", "", "", "100"]],
                   {(3, 0): (1, 4), (5, 0): (1, 4)})
    scheme = extract_scheme(_doc(t))
    assert [(c.name, c.points) for c in scheme.categories] == [("", 100.0)]
    assert (scheme.bonus_cap, [(b.points, b.unit) for b in scheme.bonus]) == (4.0, [(2.0, "项")])
    assert [v.text for v in scheme.veto] == ["发生重大泄密事件的"]
    assert [f.kind for f in scheme.flags] == []


def test_the_rows_of_a_notes_section_are_notes_that_state_the_total_and_the_bonus_cap():
    from test_extract_layout_stage import grid_table

    t = grid_table([["序号", "考核内容", "评分标准", "分值"],
                    ["1", "制度建设", "制度健全的得60分", "60"],
                    ["2", "台账管理", "台账齐全的得40分", "40"],
                    ["评分说明", "评分说明", "评分说明", "评分说明"],
                    ["1", "本表满分100分，另设加分项，加分合计最多6分。", "", ""],
                    ["一票否决", "一票否决", "一票否决", "一票否决"],
                    ["1", "发生重大安全事故的，直接评为不合格。", "", ""]],
                   {(3, 0): (1, 4), (5, 0): (1, 4)})
    scheme = extract_scheme(_doc(t))
    assert [i.text for i in scheme.items] == ["制度建设", "台账管理"]
    assert (scheme.total_points, scheme.bonus_cap) == (100.0, 6.0)
    assert [v.text for v in scheme.veto] == ["发生重大安全事故的，直接评为不合格"]
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_a_deduction_row_whose_points_cell_states_its_step_has_no_cap():
    from test_extract_layout_stage import grid_table

    t = grid_table([["类别", "项目", "评分标准", "分值"],
                    ["组织建设", "制度建设", "①制度健全（6分）；②执行到位（4分）", "10"],
                    ["扣分项", "违纪", "党员受到处分的，每人次扣2分", "-2"],
                    ["合计", "", "", "10"]])
    scheme = extract_scheme(_doc(t))
    assert [(d.points, d.unit, d.cap) for d in scheme.deductions] == [(-2.0, "人次", None)]
    assert scheme.items[0].rule.kind == "components"
    assert [f.kind for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_a_subtotal_row_above_its_items_naming_their_group_gives_that_groups_points():
    from test_extract_layout_stage import grid_table

    t = grid_table([["考核类别", "序号", "考核内容", "分值"],
                    ["队伍建设", "", "小计", "18"], ["队伍建设", "1", "人员配齐", "10"], ["队伍建设", "2", "培训到位", "8"],
                    ["信息管理", "", "小计", "12"], ["信息管理", "1", "台账准确", "12"],
                    ["合计", "", "", "30"]],
                   {(1, 0): (3, 1), (4, 0): (2, 1)})
    scheme = extract_scheme(_doc(t))
    assert [(c.name, c.points) for c in scheme.categories] == [("队伍建设", 18.0), ("信息管理", 12.0)]
    assert [f.kind for f in scheme.flags if f.kind.endswith("mismatch")] == []
