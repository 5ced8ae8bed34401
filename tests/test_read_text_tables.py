"""Tables typed as plain text (tab-separated rows, pipe tables, fixed-width columns)
read as Tables by the txt reader, and prose that merely looks aligned left alone."""

from __future__ import annotations

from pathlib import Path

from extractors import read_document


def read_txt(tmp_path: Path, text: str):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_tab_separated_rows_are_a_table_with_provenance_per_line(tmp_path):
    doc = read_txt(tmp_path, "考核细则\n项目\t分值\t评分标准\n组织建设\t10\t建会得5分\n经费管理\t8\t按时上缴\n\n附则。\n")
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    table = doc.tables[0]
    assert table.rows() == [["项目", "分值", "评分标准"], ["组织建设", "10", "建会得5分"], ["经费管理", "8", "按时上缴"]]
    assert [table.cell_at(r, 0).prov.paragraph for r in range(3)] == [1, 2, 3]


def test_pipe_table_with_separator_line_marks_its_header(tmp_path):
    doc = read_txt(tmp_path, "| 项目 | 分值 |\n|------|:----:|\n| 组织建设 | 10 |\n| 经费管理 | 8 |\n")
    table = doc.tables[0]
    assert table.rows() == [["项目", "分值"], ["组织建设", "10"], ["经费管理", "8"]]
    assert table.header_rows == 1
    assert [c.kind for c in table.cells if c.row == 0] == ["column_header", "column_header"]
    assert doc.notes == ["table 0: lines 1-4 read as a 3x2 pipe table"]


def test_pipe_table_without_outer_pipes_and_with_fullwidth_bars(tmp_path):
    doc = read_txt(tmp_path, "项目｜分值\n组织建设｜10\n经费管理｜8\n")
    assert doc.tables[0].rows() == [["项目", "分值"], ["组织建设", "10"], ["经费管理", "8"]]
    assert doc.tables[0].header_rows == 0


def test_fixed_width_columns_aligned_by_display_width(tmp_path):
    text = ("项目          分值    评分标准\n"
            "组织建设      10      建会得5分，入会得5分\n"
            "经费管理      8       按时足额上缴\n"
            "宣传教育      6       \n")
    doc = read_txt(tmp_path, text)
    assert doc.tables[0].rows() == [["项目", "分值", "评分标准"], ["组织建设", "10", "建会得5分，入会得5分"],
                                    ["经费管理", "8", "按时足额上缴"], ["宣传教育", "6", ""]]
    assert doc.notes == ["table 0: lines 1-4 read as a 4x3 fixed-width table"]


def test_fixed_width_two_columns_need_a_numeric_column(tmp_path):
    doc = read_txt(tmp_path, "项目        分值\n组织建设    10分\n经费管理    8分\n")
    assert doc.tables[0].rows() == [["项目", "分值"], ["组织建设", "10分"], ["经费管理", "8分"]]


def test_articles_with_two_spaces_after_their_number_stay_prose(tmp_path):
    text = "第一条  为加强基层建设，制定本办法。\n第二条  考核实行百分制。\n第三条  本办法自发布之日起施行。\n"
    doc = read_txt(tmp_path, text)
    assert doc.tables == []
    assert len(doc.blocks) == 3


def test_prose_whose_double_spaces_do_not_align_stays_prose(tmp_path):
    text = "一、总则  本办法适用于全体\n各单位  应当按时报送材料  不得延误\n考核结果  与评优挂钩\n"
    assert read_txt(tmp_path, text).tables == []


def test_a_table_between_dashed_rules_keeps_section_rows_and_joins_wrapped_cells(tmp_path):
    text = ("编号  项目        标准                          分值\n"
            "--------------------------------------------------\n"
            "一、安全管理（15分）\n"
            "1     消防巡查    每日巡查并记录，缺一次          10\n"
            "                  扣1分。\n"
            "2     应急演练    每半年演练一次。                5\n"
            "--------------------------------------------------\n"
            "合计                                              15\n"
            "\n"
            "附：检查人签字\n")
    doc = read_txt(tmp_path, text)
    assert doc.tables[0].rows() == [["编号", "项目", "标准", "分值"], ["一、安全管理（15分）", "", "", ""],
                                    ["1", "消防巡查", "每日巡查并记录，缺一次扣1分。", "10"],
                                    ["2", "应急演练", "每半年演练一次。", "5"], ["合计", "", "", "15"]]
