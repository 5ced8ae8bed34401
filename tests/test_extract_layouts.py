"""Layouts not in the fixtures: other column names, an xlsx scheme, numbered
paragraphs with category headings — extraction must parse by structure and by
the language of notices, not by fixture."""

import docx
import openpyxl
import pytest

from extractors import read_document
from pipeline.extract import extract_scheme


def write_docx(path, title, header, rows):
    d = docx.Document()
    d.add_paragraph(title)
    table = d.add_table(rows=1 + len(rows), cols=len(header))
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.save(path)
    return path


@pytest.fixture
def other_columns(tmp_path):
    return write_docx(
        tmp_path / "notice.docx", "某区总工会2024年度目标管理考核细则",
        ["考核类别", "编号", "考核指标", "满分", "评分细则", "责任单位"],
        [
            ["组织工作", "1", "新建工会组织", "4", "完成目标任务得4分，未完成不得分", "组织部"],
            ["", "2", "会员实名制入库", "6", "入库率达到90%以上得6分，达到70%不足90%得3分", "组织部"],
            ["权益保障", "3", "劳动争议调解", "5", "每发生一起群体性事件扣1分，扣完为止", "法工部、保障部"],
            ["", "4", "帮扶工作", "5", "综合打分", "保障部"],
            ["合计", "", "", "20", "", ""],
        ],
    )


def test_columns_are_recognised_by_meaning(other_columns):
    s = extract_scheme(read_document(other_columns))
    assert [(i.id, i.points, i.departments, i.rule_kind) for i in s.items] == [
        ("1", 4.0, ["组织部"], "threshold"), ("2", 6.0, ["组织部"], "tiers"),
        ("3", 5.0, ["法工部", "保障部"], "per_occurrence"), ("4", 5.0, ["保障部"], "manual")]
    assert [(c.name, c.points) for c in s.categories] == [("组织工作", 10.0), ("权益保障", 10.0)]
    assert (s.total_points, s.metadata.year, s.flags) == (20.0, 2024, [])


def test_a_total_that_does_not_reconcile_is_flagged(tmp_path):
    path = write_docx(tmp_path / "n.docx", "考核评分标准", ["序号", "考核内容", "分值", "评分标准"],
                      [["1", "工作甲", "5", "综合打分"], ["2", "工作乙", "5", "综合打分"], ["合计", "", "12", ""]])
    s = extract_scheme(read_document(path))
    flag = next(f for f in s.flags if f.kind == "total_mismatch")
    assert (flag.declared, flag.computed) == (12.0, 10.0)


def test_an_xlsx_item_table(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核项目", "考核内容", "标准分", "考核标准"])
    ws.append([1, "经费管理", "经费收缴", 10, "足额上缴得10分，未足额不得分"])
    ws.append([2, None, "预算管理", 5, "每发现一项不规范扣1分，扣完为止"])
    ws.merge_cells("B2:B3")
    wb.save(tmp_path / "scheme.xlsx")
    s = extract_scheme(read_document(tmp_path / "scheme.xlsx"))
    assert [(i.id, i.points, i.rule_kind) for i in s.items] == [("1", 10.0, "threshold"), ("2", 5.0, "per_occurrence")]
    assert [c.name for c in s.categories] == ["经费管理"]


def test_numbered_paragraphs_under_category_headings(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(
        "某市总工会2024年度基层工会目标考核细则\n"
        "一、组织建设（20分）\n"
        "1.新建基层工会组织10家以上（5分）\n"
        "2.会员实名制入库率达到95%以上（10分）\n"
        "3.按期完成换届选举工作（5分）\n"
        "二、民主管理。考核标准分为15分。\n"
        "1.职代会建制率达到90%以上（8分）\n"
        "2.厂务公开工作扎实推进（6分）\n", encoding="utf-8")
    s = extract_scheme(read_document(path))
    assert [(c.code, c.name, c.points) for c in s.categories] == [("一", "组织建设", 20.0), ("二", "民主管理", 15.0)]
    assert [(i.id, i.points) for i in s.items] == [("1.1", 5.0), ("1.2", 10.0), ("1.3", 5.0), ("2.1", 8.0), ("2.2", 6.0)]
    assert [(f.kind, f.declared, f.computed) for f in s.flags] == [("subtotal_mismatch", 15.0, 14.0)]


def test_a_document_without_items_is_not_a_scheme(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("关于召开2024年度工作会议的通知\n各单位：定于下周召开会议，请准时参加。\n", encoding="utf-8")
    s = extract_scheme(read_document(path))
    assert s.kind == "not_a_scheme" and s.items == []
