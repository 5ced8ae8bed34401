"""The layout stage alone: header band, column roles with evidence, row kinds.

Each test builds the table it describes in the document model, so the rule it
names is checked on exactly the layout it handles.
"""

from extractors.model import Cell, Provenance, Table, set_cell_spans
from pipeline.extract.grammar.table_layout import analyse_table, cell_text, header_role, is_scheme_table
from pipeline.extract.readers.tables import parse_label

PROV = Provenance(block=0, table=0)


def grid_table(rows: list[list[str]], merges: dict[tuple[int, int], tuple[int, int]] | None = None) -> Table:
    """Rows of texts; ``merges`` maps (row, col) → (row_span, col_span); covered positions are skipped."""
    merges = merges or {}
    covered = set()
    for (r, c), (rs, cs) in merges.items():
        covered |= {(r + i, c + j) for i in range(rs) for j in range(cs)} - {(r, c)}
    cells = [Cell(row=r, col=c, row_span=merges.get((r, c), (1, 1))[0], col_span=merges.get((r, c), (1, 1))[1],
                  text=t, prov=PROV)
             for r, row in enumerate(rows) for c, t in enumerate(row) if (r, c) not in covered]
    return set_cell_spans(Table(n_rows=len(rows), n_cols=max(map(len, rows)), cells=cells, prov=PROV))


def roles(layout) -> dict[int, str]:
    return {c: col.role for c, col in layout.columns.items()}


def test_header_band_below_a_title_and_a_form_row_is_found():
    t = grid_table([
        ["年度考核评分表", "", "", ""],
        ["填报单位：", "", "填报日期：", ""],
        ["序号", "考核内容", "分值", "评分标准"],
        ["1", "建立制度", "5", "未建立扣5分"],
        ["2", "开展培训", "3", "未开展扣3分"],
    ], {(0, 0): (1, 4), (1, 0): (1, 2), (1, 2): (1, 2)})
    layout = analyse_table(t)
    assert layout.header_rows == [2]
    assert roles(layout) == {0: "code", 1: "content", 2: "points", 3: "criteria"}


def test_a_three_row_header_combines_labels_along_column_spans():
    t = grid_table([
        ["考核指标", "", "分值", "评分标准"],
        ["指标及内容", "", "", ""],
        ["一级指标", "考核内容", "", ""],
        ["组织建设", "建立制度", "5", "未建立扣5分"],
        ["组织建设", "开展培训", "3", "未开展扣3分"],
    ], {(0, 0): (1, 2), (1, 0): (1, 2), (0, 2): (3, 1), (0, 3): (3, 1), (3, 0): (2, 1)})
    layout = analyse_table(t)
    assert layout.header_rows == [0, 1, 2]
    assert layout.columns[0].label == "考核指标/指标及内容/一级指标"
    assert (layout.category_cols, layout.text_col, layout.points_col) == ([0], 1, 2)


def test_numbers_under_a_criteria_header_are_the_points_and_the_evidence_says_so():
    t = grid_table([
        ["序号", "上报材料", "评分标准", "实得分", "说明"],
        ["1", "安全管理计划", "15", "", "开工后上报"],
        ["2", "安全设计规定", "10", "", "一个月内上报"],
    ])
    layout = analyse_table(t)
    assert layout.points_col == 2
    assert "header «评分标准» (header says criteria) over numbers" in layout.columns[2].evidence
    assert roles(layout)[3] == "empty"


def test_max_score_is_the_points_when_no_other_column_is_and_filled_in_scores_are_ignored():
    t = grid_table([
        ["考核资料", "编码", "应得分", "实得分"],
        ["安委会成立文件", "", "1", ""],
        ["施工安全管理制度", "", "8", "6"],
    ])
    layout = analyse_table(t)
    assert (layout.text_col, layout.points_col) == (0, 2)
    assert roles(layout)[3] == "score"


def test_a_weight_column_beside_points_is_a_weight():
    t = grid_table([
        ["考核内容", "分值", "权重", "评分标准"],
        ["建立制度", "5", "30%", "未建立扣5分"],
        ["开展培训", "3", "20%", "未开展扣3分"],
    ])
    layout = analyse_table(t)
    assert (layout.points_col, layout.weight_col) == (1, 2)


def test_a_headerless_table_gets_roles_from_content():
    t = grid_table([
        ["一、组织建设(5)", "落实责任", "1.必须落实主体责任并明确职责分工", "未明确职责的,扣1分;未落实的,不得分", "3"],
        ["一、组织建设(5)", "机构设置", "2.必须设置专职管理机构负责日常工作", "未设置的,不得分;不到位的,扣0.5分", "2"],
        ["小计", "", "", "", "5"],
    ], {(0, 0): (2, 1), (2, 0): (1, 4)})
    layout = analyse_table(t)
    assert layout.header_rows == []
    assert (layout.category_cols, layout.name_col, layout.text_col, layout.criteria_col, layout.points_col) == (
        [0], 1, 2, 3, 4)
    assert layout.row_kinds == {0: "item", 1: "item", 2: "subtotal"}


def test_row_kinds_sections_totals_notes_and_repeated_headers():
    t = grid_table([
        ["考核内容", "分值", "评分标准"],
        ["一、基础管理（8分）", "", ""],
        ["建立制度", "5", "未建立扣5分"],
        ["开展培训", "3", "未开展扣3分"],
        ["考核内容", "分值", "评分标准"],
        ["合计", "8", ""],
        ["※ 基本分未达60分，加分不予采计", "", ""],
    ], {(1, 0): (1, 3), (6, 0): (1, 3)})
    layout = analyse_table(t)
    assert layout.row_kinds == {1: "section", 2: "item", 3: "item", 4: "repeated_header", 5: "total", 6: "note"}


def test_a_code_list_without_points_or_scoring_phrases_is_not_a_scheme_table():
    t = grid_table([["文件类别", "编码", "文件名称"], ["安全制度", "S00", "管理规划"], ["安全制度", "S01", "操作规程"]])
    scheme, why = is_scheme_table(analyse_table(t))
    assert not scheme and why == "no points column and 0 of 2 rows with scoring phrases"


def test_header_words_match_in_traditional_script():
    assert header_role("評分細項及標準") == ("criteria", "评分细项")
    assert header_role("審核單位") == ("department", "审核单位")


def test_vertical_text_one_character_per_line_is_rejoined():
    cell = Cell(row=0, col=0, text="基\n本\n分\n項\n（\n以\n70\n分\n為\n基\n分\n）", prov=PROV)
    assert cell_text(cell) == "基本分項（以70分為基分）"


def test_labels_lose_numbering_and_points_annotations():
    assert parse_label("一、组织机构和规章制度建设(18)") == ("一", "组织机构和规章制度建设", 18.0)
    assert parse_label("（二）维权帮扶（23分）") == ("二", "维权帮扶", 23.0)
    assert parse_label("基本分项（以70分为基分）") == (None, "基本分项", 70.0)
    assert parse_label("加分项（与基本分项合计以100分为上限）") == (None, "加分项", None)
    assert parse_label("十一职业危害申报(5)", bare_numbers=True) == ("十一", "职业危害申报", 5.0)


def test_a_short_qualifier_on_its_own_line_is_not_part_of_a_category_name():
    assert parse_label("内部运营\n（月评）") == (None, "内部运营", None)
    assert parse_label("分承包商管理\n（包括在现场进行安装等服务工作的供货商）")[1] == \
        "分承包商管理（包括在现场进行安装等服务工作的供货商）"


def test_a_row_whose_spanning_cells_came_apart_is_read_as_one_item():
    from extractors.model import Document, Source
    from pipeline.extract import extract_scheme

    t = grid_table([
        ["序号", "", "评鉴项目", "", "核分"],
        ["1", "", "发表期刊论文", "", "30"],
        ["2", "", "申", "请研究计划", "15"],
        ["3", "", "参加研习", "", "5"],
    ], {(0, 0): (1, 2), (0, 2): (1, 2), (1, 0): (1, 2), (1, 2): (1, 2), (3, 0): (1, 2), (3, 2): (1, 2)})
    doc = Document(source=Source(path="f.pdf", name="f.pdf", sha256="0" * 64, format="pdf", size=0), blocks=[t])
    scheme = extract_scheme(doc)
    assert [(i.code, i.text, i.points) for i in scheme.items] == [
        ("1", "发表期刊论文", 30.0), ("2", "申请研究计划", 15.0), ("3", "参加研习", 5.0)]


def test_the_points_reading_that_adds_up_to_the_total_row_is_chosen():
    t = grid_table([
        ["考核内容", "标准分", "分值", "评分标准"],
        ["建立制度", "2", "5", "未建立扣5分"],
        ["开展培训", "9", "3", "未开展扣3分"],
        ["合计", "10", "8", ""],
    ])
    layout = analyse_table(t)
    assert layout.points_col == 2
    assert "points column 2 chosen among 2 readings (1 does not add up, 2 adds up)" in layout.decisions


def test_when_no_points_reading_adds_up_the_table_is_flagged_ambiguous():
    from extractors.model import Document, Source
    from pipeline.extract import extract_scheme

    t = grid_table([
        ["考核内容", "标准分", "分值", "评分标准"],
        ["建立制度", "2", "5", "未建立扣5分"],
        ["开展培训", "9", "3", "未开展扣3分"],
        ["合计", "12", "9", ""],
    ])
    doc = Document(source=Source(path="f.docx", name="f.docx", sha256="0" * 64, format="docx", size=0), blocks=[t])
    scheme = extract_scheme(doc)
    assert [i.points for i in scheme.items] == [2.0, 9.0]
    assert [f.message for f in scheme.flags if f.kind == "ambiguous"] == [
        "table 0: no points reading adds up to the printed totals"]


def test_a_header_in_words_the_lexicon_does_not_know_is_told_by_its_shape():
    t = grid_table([
        ["No.", "事项", "标准值", "规则"],
        ["1", "建立健全责任制度", "5", "未建立扣5分"],
        ["2", "按月组织专项检查", "3", "未检查扣1分"],
    ])
    layout = analyse_table(t)
    assert layout.header_rows == [0] and layout.header_by_shape
    assert (layout.code_col, layout.text_col, layout.points_col, layout.criteria_col) == (0, 1, 2, 3)


def test_repeated_labels_without_merges_group_items_like_merged_cells():
    t = grid_table([
        ["一级指标", "考核内容", "分值"],
        ["组织建设", "建立制度", "5"],
        ["组织建设", "开展培训", "3"],
        ["业务工作", "完成目标", "2"],
    ])
    assert analyse_table(t).category_cols == [0]


def test_a_points_column_merged_like_a_hierarchy_column_holds_that_levels_points():
    """Neighbouring groups worth the same (6, 6) and neighbouring items worth the same
    (3, 3) do not hide the levels: the merged column is the group's points, the
    unmerged one the items'."""
    t = grid_table([
        ["指标", "指标分值", "考核要点", "要点分值"],
        ["安全管理", "6", "落实岗位责任", "3"],
        ["", "", "每月开展巡查", "3"],
        ["应急处置", "6", "修订应急预案", "2"],
        ["", "", "组织演练", "4"],
        ["宣传教育", "8", "开展宣传月活动", "8"],
    ], merges={(1, 0): (2, 1), (1, 1): (2, 1), (3, 0): (2, 1), (3, 1): (2, 1)})
    layout = analyse_table(t)
    assert (layout.category_cols, layout.category_points, layout.points_col) == ([0], {0: 1}, 3)
    assert "column 1 holds the points of hierarchy column 0 (merged alike)" in layout.decisions


def test_a_numbered_section_alone_in_the_first_column_is_a_section_row():
    t = grid_table([
        ["编号", "项目", "标准", "分值"],
        ["一、安全管理（15分）", "", "", ""],
        ["1", "消防巡查", "每日巡查并记录", "10"],
        ["2", "应急演练", "每半年演练一次", "5"],
    ])
    assert analyse_table(t).row_kinds[1] == "section"


def test_a_row_across_the_table_naming_the_result_to_write_in_is_a_note_not_a_section():
    t = grid_table([
        ["序号", "检查内容", "扣分标准", "实际扣分"],
        ["1", "消防通道畅通", "扣3分", ""],
        ["2", "灭火器完好", "扣2分", ""],
        ["检查得分（100－扣分合计）", "", "", ""],
    ], merges={(3, 0): (1, 3)})
    assert analyse_table(t).row_kinds[3] == "note"
