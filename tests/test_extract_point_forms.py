"""Forms of stating points in prose rubrics, one synthetic document per form (issue: account
for every point).  Each builds, in the document model, the smallest rubric in that form."""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme


def _doc(*lines: str) -> Document:
    blocks = [Paragraph(text=t, prov=Provenance(block=i, paragraph=i)) for i, t in enumerate(lines)]
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=blocks)


def test_bulleted_lines_with_points_under_a_numbered_heading_with_points_are_its_items():
    scheme = extract_scheme(_doc("课程作业评分标准（总分：30分）",
                                 "1. 报告质量（20分）", "- 结构完整，论证清楚（12分）", "- 格式规范（8分）",
                                 "2. 课堂展示（10分）", "• 讲解清晰（10分）"))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("1", "报告质量", 20.0), ("2", "课堂展示", 10.0)]
    assert [(i.category, i.code, i.text, i.points) for i in scheme.items] == [
        ("1", "1", "结构完整，论证清楚", 12.0), ("1", "2", "格式规范", 8.0), ("2", "1", "讲解清晰", 10.0)]
    assert [f.kind for f in scheme.flags if f.kind.endswith("mismatch")] == []


def test_a_bullet_wrapped_onto_the_next_line_is_one_item():
    scheme = extract_scheme(_doc("1. 报告质量（20分）", "- ", "结构完整，论证清楚（20分）"))
    assert [(i.text, i.points) for i in scheme.items] == [("结构完整，论证清楚", 20.0)]
