"""Hierarchy from numbering inside a table, and points written in the text cell."""

import pytest

from extractors.model import Document, Source
from pipeline.extract import extract_scheme
from test_extract_layout_stage import grid_table


def read(rows, merges=None):
    doc = Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                   blocks=[grid_table(rows, merges)])
    scheme = extract_scheme(doc)
    return scheme, [(i.code, i.text, i.points, [c.name for c in scheme.category_path(i.category) if c.name])
                    for i in scheme.items]


@pytest.mark.parametrize("codes", [("1", "1.1", "1.2", "2", "2.1"), ("1", "1.1 ", "1.2", "2", "2.1")])
def test_dotted_codes_nest_items_under_the_rows_they_number(codes):
    scheme, items = read([
        ["序号", "考核内容", "分值", "评分标准"],
        [codes[0], "党建工作", "30", ""],
        [codes[1], "理论学习", "10", "未开展扣2分"],
        [codes[2], "组织建设", "20", "未落实扣5分"],
        [codes[3], "业务工作", "70", ""],
        [codes[4], "目标任务", "70", "未完成不得分"],
    ])
    assert items == [("1.1", "理论学习", 10.0, ["党建工作"]), ("1.2", "组织建设", 20.0, ["党建工作"]),
                     ("2.1", "目标任务", 70.0, ["业务工作"])]
    assert [(c.code, c.name, c.points) for c in scheme.categories if c.name] == [
        ("1", "党建工作", 30.0), ("2", "业务工作", 70.0)]


def test_dotted_numbers_written_in_the_text_cell_nest_too():
    _, items = read([
        ["考核内容", "分值", "评分标准"],
        ["1 安全管理", "10", ""],
        ["1.1 制度建设", "4", "未建立扣4分"],
        ["1.2 教育培训", "6", "未培训扣2分"],
    ])
    assert items == [("1.1", "制度建设", 4.0, ["安全管理"]), ("1.2", "教育培训", 6.0, ["安全管理"])]


def test_a_chinese_numbered_row_among_arabic_items_heads_them():
    scheme, items = read([
        ["考核内容", "分值", "评分标准"],
        ["一、基础工作", "8", ""],
        ["1.建立台账", "5", "未建立扣5分"],
        ["2.按时上报", "3", "迟报扣1分"],
        ["二、重点工作", "12", ""],
        ["1.完成目标", "12", "未完成不得分"],
    ])
    assert items == [("1", "建立台账", 5.0, ["基础工作"]), ("2", "按时上报", 3.0, ["基础工作"]),
                     ("1", "完成目标", 12.0, ["重点工作"])]


def test_points_annotated_at_the_end_of_the_text_cell_are_the_items_points():
    _, items = read([
        ["考核项目", "考核内容及评分标准"],
        ["组织建设", "按时召开例会，未召开的每次扣1分（5分）"],
        ["组织建设", "建立工作台账（3分）"],
    ], {(1, 0): (2, 1)})
    assert items == [(None, "按时召开例会，未召开的每次扣1分", 5.0, ["组织建设"]),
                     (None, "建立工作台账", 3.0, ["组织建设"])]


def test_two_points_columns_at_different_levels_give_category_and_item_points():
    scheme, items = read([
        ["一级指标", "分值", "二级指标", "分值", "评分标准"],
        ["党建工作", "30", "理论学习", "10", "未开展扣2分"],
        ["党建工作", "30", "组织建设", "20", "未落实扣5分"],
        ["业务工作", "70", "目标任务", "70", "未完成不得分"],
    ], {(1, 0): (2, 1), (1, 1): (2, 1)})
    assert items == [(None, "理论学习", 10.0, ["党建工作"]), (None, "组织建设", 20.0, ["党建工作"]),
                     (None, "目标任务", 70.0, ["业务工作"])]
    assert [(c.name, c.points) for c in scheme.categories] == [("党建工作", 30.0), ("业务工作", 70.0)]


def test_chinese_numbers_in_the_code_column_head_the_arabic_numbered_rows():
    scheme, items = read([
        ["序号", "考核内容", "分值", "评分标准"],
        ["一", "党建工作", "8", ""],
        ["1", "理论学习", "5", "未开展扣2分"],
        ["2", "组织生活", "3", "未开展扣1分"],
        ["二", "业务工作", "12", ""],
        ["1", "完成目标", "12", "未完成不得分"],
    ])
    assert items == [("1", "理论学习", 5.0, ["党建工作"]), ("2", "组织生活", 3.0, ["党建工作"]),
                     ("1", "完成目标", 12.0, ["业务工作"])]
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("一", "党建工作", 8.0), ("二", "业务工作", 12.0)]
