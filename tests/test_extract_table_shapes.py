"""Table shapes that decide whether a table is a scheme and what its numbers are.

Each test builds, in the document model, the smallest table showing the shape its
rule handles: percentages that are rates, not weights; headerless item tables;
points headed with a weight word and the unit 分; unit lists.
"""

from extractors.model import Document, Source
from pipeline.extract import extract_scheme
from pipeline.extract import extract_scheme_explained
from pipeline.extract.grammar.table_layout import analyse_table, header_role, is_scheme_table, weights_like
from test_extract_layout_stage import grid_table, roles


def _doc(*tables) -> Document:
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=list(tables))


# ------------------------------------------------------------------ rates are not weights

def test_percentages_are_weights_only_when_none_exceeds_100_and_they_add_up_to_whole_hundreds():
    assert weights_like([30, 20, 50])
    assert weights_like([60, 40, 50, 50])          # 100% per group
    assert not weights_like([112, 98, 107])        # a rate over 100%
    assert not weights_like([95, 88, 76])          # shares that add up to nothing


def test_an_unlabelled_rate_column_is_not_a_weight_column_and_the_table_is_not_a_scheme():
    t = grid_table([["主要指标", "年度目标", "完成情况", "比率"],
                    ["新建基层组织", "20个", "24个", "120%"],
                    ["培训骨干人数", "500人", "535人", "107%"],
                    ["走访慰问户数", "300户", "291户", "97%"]])
    assert roles(analyse_table(t))[3] == "rate"
    scheme = extract_scheme(_doc(t))
    assert scheme.kind == "not_a_scheme"


def test_an_unlabelled_percentage_column_adding_up_to_100_is_still_read_as_weights():
    t = grid_table([["党建", "理论学习", "30%"], ["党建", "组织生活", "20%"], ["业务", "完成目标", "50%"]],
                   {(0, 0): (2, 1)})
    assert roles(analyse_table(t))[2] == "weight"


# ------------------------------------------------------------------ headerless item tables

ITEM_ROWS = [["1", "组织建设", "按规定建立基层组织并按期换届选举", "10", "组织部"],
             ["2", "民主管理", "推行厂务公开并召开职工代表大会", "15", "民管部"],
             ["3", "劳动竞赛", "组织开展岗位练兵和技能比武活动", "25", "经济部"]]


def test_a_headerless_table_of_numbered_sentences_with_points_is_read_as_items():
    scheme = extract_scheme(_doc(grid_table(ITEM_ROWS)))
    assert scheme.kind == "scheme"
    assert [(i.text, i.points) for i in scheme.items] == [
        ("按规定建立基层组织并按期换届选举", 10.0), ("推行厂务公开并召开职工代表大会", 15.0),
        ("组织开展岗位练兵和技能比武活动", 25.0)]


def test_a_headerless_item_table_whose_total_row_disagrees_is_still_read_as_items():
    scheme = extract_scheme(_doc(grid_table(ITEM_ROWS + [["合计", "", "", "60", ""]])))
    assert [i.points for i in scheme.items] == [10.0, 15.0, 25.0]


def test_a_table_of_unit_names_and_figures_stays_a_per_unit_target_table():
    t = grid_table([["1", "东城区总工会", "120"], ["2", "西城区总工会", "95"], ["3", "南湖区总工会", "80"],
                    ["4", "北山区总工会", "60"]])
    scheme, explain = extract_scheme_explained(_doc(t))
    assert scheme.items == [] and any(line.startswith("[layout] table 0: target table") for line in explain)


# ------------------------------------------------------------------ a weight word in 分 heads points

def test_a_weight_word_with_the_unit_fen_names_a_points_column():
    assert header_role("权重（分）") == ("points", "权重 in 分")
    assert header_role("权重分")[0] == "points" and header_role("权重（%）")[0] == "weight"


def test_integers_under_a_weight_header_in_fen_are_the_items_points_not_weights():
    t = grid_table([["一级指标", "考核内容", "权重（分）", "评分标准"],
                    ["组织建设", "按期完成换届选举", "40", "未按期换届扣5分"],
                    ["", "规范建立工作台账", "20", "台账缺失扣2分"],
                    ["服务职工", "开展困难职工帮扶", "40", "未开展不得分"]], {(1, 0): (2, 1)})
    scheme = extract_scheme(_doc(t))
    assert [(i.text, i.points, i.weight) for i in scheme.items] == [
        ("按期完成换届选举", 40.0, None), ("规范建立工作台账", 20.0, None), ("开展困难职工帮扶", 40.0, None)]


# ------------------------------------------------------------------ category numbering and per-row headings

def test_a_numbered_category_cell_gives_its_number_to_the_code_and_keeps_a_clean_name():
    t = grid_table([["考核项目", "考核内容", "分值", "评分标准"],
                    ["一、组织建设（15分）", "按期完成换届选举", "10", "未按期换届扣5分"],
                    ["", "规范建立工作台账", "5", "台账缺失扣2分"],
                    ["（二）服务职工", "开展困难职工帮扶", "20", "未开展不得分"],
                    ["", "组织职工疗休养", "10", "未组织扣5分"]], {(1, 0): (2, 1), (3, 0): (2, 1)})
    scheme = extract_scheme(_doc(t))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [
        ("一", "组织建设", 15.0), ("二", "服务职工", 30.0)]


def test_a_numbered_category_cell_beside_a_cell_of_several_items_gives_its_number_to_the_code():
    t = grid_table([["考核项目", "考核内容及评分标准", "分值"],
                    ["一、组织建设（25分）", "1.按期完成换届选举（15分）\n2.规范建立工作台账（10分）", "25"],
                    ["二、服务职工（20分）", "1.开展困难职工帮扶（12分）\n2.组织职工疗休养（8分）", "20"]])
    scheme = extract_scheme(_doc(t))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("一", "组织建设", 25.0), ("二", "服务职工", 20.0)]
    assert [i.points for i in scheme.items] == [15.0, 10.0, 12.0, 8.0]


def test_a_heading_column_with_one_distinct_value_per_row_names_the_items_instead_of_making_categories():
    t = grid_table([["检查项目", "检查内容", "分值", "评分标准"],
                    ["组织机构", "工会委员会和经费审查委员会健全", "10", "缺一个扣5分"],
                    ["换届选举", "按期换届且选举程序规范", "10", "逾期未换届扣5分"],
                    ["会员台账", "会员名册和入会申请书齐全", "5", "台账缺失扣2分"]])
    scheme = extract_scheme(_doc(t))
    assert [(i.name, i.text) for i in scheme.items] == [
        ("组织机构", "工会委员会和经费审查委员会健全"), ("换届选举", "按期换届且选举程序规范"),
        ("会员台账", "会员名册和入会申请书齐全")]
    assert all(not [c for c in scheme.category_path(i.category) if c.name] for i in scheme.items)
    assert len({i.category for i in scheme.items}) == 1


def test_a_heading_column_whose_labels_repeat_over_rows_still_holds_categories():
    t = grid_table([["考核项目", "考核内容", "分值", "评分标准"],
                    ["组织建设", "按期完成换届选举", "10", "未按期换届扣5分"],
                    ["组织建设", "规范建立工作台账", "5", "台账缺失扣2分"],
                    ["服务职工", "开展困难职工帮扶", "20", "未开展不得分"]])
    scheme = extract_scheme(_doc(t))
    assert [(i.name, [c.name for c in scheme.category_path(i.category)]) for i in scheme.items] == [
        (None, ["组织建设"]), (None, ["组织建设"]), (None, ["服务职工"])]


# ------------------------------------------------------------------ unit lists are not item tables

SCHEME = [["序号", "考核内容", "分值", "评分标准"], ["1", "按期完成换届选举", "10", "未按期换届扣5分"],
          ["2", "规范建立工作台账", "5", "台账缺失扣2分"]]


def _unit_list(count_header: str, phones: bool):
    rows = [["序号", "单位名称", count_header, "联系人", "联系电话" if phones else "备注"]]
    for k, (unit, n) in enumerate([("东城区总工会", 1520), ("西城区总工会", 986), ("南湖区总工会", 2210)], 1):
        rows.append([str(k), unit, str(n), "王某", f"0571-8812340{k}" if phones else "按时报送"])
    return grid_table(rows)


def test_a_unit_list_with_head_counts_and_phone_numbers_is_flagged_not_read_as_items():
    scheme = extract_scheme(_doc(grid_table(SCHEME), _unit_list("职工人数", phones=True)))
    assert [i.text for i in scheme.items] == ["按期完成换届选举", "规范建立工作台账"]
    flags = [f for f in scheme.flags if f.kind == "non_scheme_table"]
    assert len(flags) == 1 and "holds counts, not points" in flags[0].message


def test_a_number_column_whose_header_names_a_count_is_not_points_even_without_phone_numbers():
    layout = analyse_table(_unit_list("会员人数", phones=False))
    assert is_scheme_table(layout) == (False, "column 2 «会员人数» holds counts, not points (its header «会员人数» "
                                              "names a count; no printed total, no scoring phrases)")


# ------------------------------------------------------------------ tables nested in a frame

def test_a_scoring_table_nested_in_a_single_column_frame_table_is_read_with_exact_source_references():
    from extractors.model import Cell, Provenance, Table, set_cell_spans

    inner = grid_table(SCHEME).model_copy(update={"prov": Provenance(block=0, table=1)})
    inner.cells = [c.model_copy(update={"prov": Provenance(block=0, table=1)}) for c in inner.cells]
    prov = Provenance(block=0, table=0)
    frame = set_cell_spans(Table(n_rows=3, n_cols=1, prov=prov, cells=[
        Cell(row=0, col=0, text="年度职工之家建设考核标准", prov=prov),
        Cell(row=1, col=0, text="考核采取查阅资料和实地查看相结合的方式。", prov=prov),
        Cell(row=2, col=0, text="", prov=prov, tables=[inner])]))
    scheme = extract_scheme(_doc(frame))
    assert [(i.text, i.points) for i in scheme.items] == [("按期完成换届选举", 10.0), ("规范建立工作台账", 5.0)]
    ref = scheme.items[0].sources["text"]
    assert (ref.block, ref.table, ref.row, ref.col) == (0, 1, 1, 1)


def test_a_heading_column_beside_a_criteria_column_alone_names_the_items():
    t = grid_table([["序号", "考核项目", "考核标准", "分值"],
                    ["1", "组织健全", "工会组织机构健全，未健全扣5分", "10"],
                    ["2", "民主管理", "职代会制度健全，未召开扣5分", "10"],
                    ["3", "阵地建设", "有职工活动场所，没有不得分", "5"]])
    scheme = extract_scheme(_doc(t))
    assert [(i.name, i.points) for i in scheme.items] == [("组织健全", 10.0), ("民主管理", 10.0), ("阵地建设", 5.0)]
    assert len({i.category for i in scheme.items}) == 1


# ------------------------------------------------------------------ a department column told by its content

def test_a_headerless_column_of_department_names_gives_the_items_departments():
    scheme = extract_scheme(_doc(grid_table(ITEM_ROWS[:2] + [["3", "劳动竞赛", "组织开展岗位练兵和技能比武活动", "25",
                                                                 "经济部、劳动\n保护部"]])))
    assert [i.departments for i in scheme.items] == [["组织部"], ["民管部"], ["经济部", "劳动保护部"]]


# ------------------------------------------------------------------ a headerless continuation of an item table

def test_a_headerless_continuation_reads_its_continued_numbering_as_codes_and_equal_neighbour_points_as_items():
    t = grid_table([["服务职工", "6", "做好困难职工帮扶工作", "10"], ["", "7", "开展职工疗休养活动", "10"],
                    ["建功立业", "8", "组织行业劳动和技能竞赛", "15"], ["", "9", "推荐劳模工匠人选", "15"]],
                   {(0, 0): (2, 1), (2, 0): (2, 1)})
    layout = analyse_table(t)
    assert (layout.code_col, layout.points_col, layout.category_points) == (1, 3, {})
    scheme = extract_scheme(_doc(grid_table(SCHEME), t))
    assert [(i.code, i.points) for i in scheme.items][-4:] == [("6", 10.0), ("7", 10.0), ("8", 15.0), ("9", 15.0)]


# ------------------------------------------------------------------ forms to fill in, base plus bonus

def test_a_column_of_check_boxes_and_blanks_is_filled_in_by_the_unit_never_the_item_text():
    t = grid_table([["序号", "检查项目", "落实情况", "分值"],
                    ["1", "建立职工代表大会制度并按期召开", "已建立□ 未建立□", "10"],
                    ["2", "配备专职工会干部", "专职人员____名", "10"],
                    ["3", "建立工会经费审查制度", "已建立□ 未建立□", "5"]])
    layout = analyse_table(t)
    assert roles(layout)[2] == "score"
    scheme = extract_scheme(_doc(t))
    assert [(i.text, i.points) for i in scheme.items] == [
        ("建立职工代表大会制度并按期召开", 10.0), ("配备专职工会干部", 10.0), ("建立工会经费审查制度", 5.0)]


def test_a_category_cell_written_as_base_plus_bonus_keeps_the_two_apart():
    t = grid_table([["考核项目", "考核内容", "分值"],
                    ["组织建设（18分+5分）", "按期换届", "10"], ["", "规范建会", "8"],
                    ["", "创建示范单位另加分", "5"]], {(1, 0): (3, 1)})
    scheme = extract_scheme(_doc(t))
    cat = scheme.categories[0]
    assert (cat.name, cat.points, cat.base_points, cat.bonus_points) == ("组织建设", 18.0, 18.0, 5.0)
    assert [f.kind for f in scheme.flags if f.kind.endswith("mismatch")] == []


def test_a_score_sheet_with_its_criteria_and_maxima_in_the_header_gives_items_from_the_header():
    t = grid_table([["序号", "参赛者", "创新性（20分）", "实用性（30分）", "答辩表现（50分）", "总分"],
                    ["1", "张三", "18", "25", "40", "83"], ["2", "李四", "15", "28", "45", "88"],
                    ["3", "王五", "", "", "", ""]])
    scheme, explain = extract_scheme_explained(_doc(t))
    assert [(i.text, i.points) for i in scheme.items] == [("创新性", 20.0), ("实用性", 30.0), ("答辩表现", 50.0)]
    assert any(line.startswith("[choose] table 0: tables/header chosen") for line in explain)
