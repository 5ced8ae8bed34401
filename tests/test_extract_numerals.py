"""The numerals stage: points in Chinese numerals are read as digits, and provenance cites
the text as printed."""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme
from pipeline.extract.numerals import rewrite_points


def _doc(*lines: str) -> Document:
    blocks = [Paragraph(text=t, prov=Provenance(block=i, paragraph=i)) for i, t in enumerate(lines)]
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=blocks)


def test_numerals_of_points_expressions_become_digits_and_remember_their_origin():
    text, origin, pairs = rewrite_points("安全培训（二十五分）：每缺一次扣三分。")
    assert text == "安全培训（25分）：每缺一次扣3分。"
    assert pairs == (("（25分", "（二十五分"), ("扣3分", "扣三分"))
    assert origin[text.index("25")] == 5 and origin[len(text)] == len("安全培训（二十五分）：每缺一次扣三分。")


def test_numerals_that_are_not_points_stay_words():
    assert rewrite_points("这项工作十分重要，讲解不超过二十分钟。") is None


def test_a_rubric_in_chinese_numerals_reads_like_one_in_digits_and_cites_the_printed_text():
    scheme = extract_scheme(_doc("读书分享评分细则（满分三十分）", "一、内容（二十分）", "1. 观点明确（十分）",
                                 "2. 材料充实（十分）", "二、表达（十分）", "1. 语言流畅（十分）"))
    assert [(i.text, i.points) for i in scheme.items] == [("观点明确", 10.0), ("材料充实", 10.0), ("语言流畅", 10.0)]
    assert [(c.name, c.points) for c in scheme.categories] == [("内容", 20.0), ("表达", 10.0)]
    assert scheme.categories[0].sources["points"].quote == "（二十分）"
    points_ref = scheme.items[0].sources["points"]
    assert (points_ref.quote, points_ref.start, points_ref.end) == ("（十分）", 7, 11)


def test_criteria_keep_the_numerals_as_printed_while_their_rule_reads_the_digits():
    scheme = extract_scheme(_doc("值班考核细则", "1. 按时交接班（五分）：每迟到一次扣一分。"))
    item = scheme.items[0]
    assert (item.points, item.rule.kind, item.rule.delta) == (5.0, "per_occurrence", -1.0)
    assert "扣一分" in item.criteria
