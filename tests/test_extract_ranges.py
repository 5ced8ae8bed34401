"""Criteria that print a range (扣1-2分, 每处扣0.5-1分) come out of extraction as range
rules the rater chooses within; a range wider than its item is flagged."""

from extractors import read_document
from pipeline.extract import extract_scheme
from test_extract_layouts import write_docx


def test_range_criteria_in_a_table_are_range_rules(tmp_path):
    path = write_docx(
        tmp_path / "ranges.docx", "某单位2024年度安全生产考核细则",
        ["序号", "考核内容", "分值", "评分标准"],
        [["1", "安全台账", "3", "台账不全的每处扣0.5-1分"],
         ["2", "安全培训", "4", "未按计划开展培训的，扣1至3分"],
         ["3", "隐患整改", "5", "整改及时得5分，未整改不得分"]],
    )
    s = extract_scheme(read_document(path))
    got = [(i.rule_kind, getattr(i.rule, "min", None), getattr(i.rule, "max", None),
            getattr(i.rule, "per_occurrence", None)) for i in s.items]
    assert got == [("range", 0.5, 1.0, True), ("range", 1.0, 3.0, False), ("threshold", None, None, None)]
    assert [f.kind for f in s.flags] == []


def test_a_range_wider_than_its_item_is_flagged(tmp_path):
    path = write_docx(
        tmp_path / "wide.docx", "某单位2024年度安全生产考核细则",
        ["序号", "考核内容", "分值", "评分标准"],
        [["1", "安全台账", "2", "台账不全的扣1-3分"], ["2", "安全培训", "4", "综合打分"]],
    )
    s = extract_scheme(read_document(path))
    assert [(f.kind, f.target) for f in s.flags] == [("rule_points_mismatch", "1")]


def test_a_points_cell_reading_plus_minus_n_is_an_adjustment_without_a_maximum(tmp_path):
    # named rule signed_adjustment: ±10 in the points column moves the result up or down by at most 10
    path = write_docx(
        tmp_path / "signed.docx", "某单位2024年度安全生产考核细则",
        ["序号", "考核内容", "分值", "评分标准"],
        [["1", "安全台账", "6", "台账不全的扣1分"],
         ["2", "安全培训", "4", "未开展培训的不得分"],
         ["3", "上级抽查结果", "±10", "由质量部提供抽查结果"]],
    )
    s = extract_scheme(read_document(path))
    last = s.items[-1]
    assert (last.points, last.rule.kind, last.rule.min, last.rule.max, last.rule.direction) == (
        None, "range", -10.0, 10.0, "adjust")
    assert last.sources["points"].quote == "±10"
    assert [f.kind for f in s.flags] == []
