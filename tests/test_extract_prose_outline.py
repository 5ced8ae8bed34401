"""Prose schemes: numbered and lettered lines under section headings, points from notes."""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme


def prose(*lines: str) -> Document:
    blocks = [Paragraph(text=t, prov=Provenance(block=i, paragraph=i)) for i, t in enumerate(lines)]
    return Document(source=Source(path="p.html", name="p.html", sha256="0" * 64, format="html", size=0),
                    blocks=blocks)


DOC = prose(
    "宿舍卫生检查评分细则",
    "一、室内卫生",
    "1. 地面整洁无杂物",
    "2. 床铺整齐",
    "3.附加项：无人时电灯开着的再扣一分",
    "注：",
    "1.每天卫生总分为10分，以上两项标准各占5分",
    "2.检查结果每天公布",
    "二、公共区域",
    "1.走廊",
    "a.无堆放杂物",
    "b.墙面无涂画",
    "以上每列为2分",
    "2.楼梯",
    "a.扶手干净",
)


def test_numbered_and_lettered_lines_under_headings_are_items_and_notes_are_not():
    scheme = extract_scheme(DOC)
    got = [(i.code, i.text, [c.name for c in scheme.category_path(i.category)]) for i in scheme.items]
    assert got == [
        ("1", "地面整洁无杂物", ["室内卫生"]),
        ("2", "床铺整齐", ["室内卫生"]),
        ("3", "附加项：无人时电灯开着的再扣一分", ["室内卫生"]),
        ("a", "无堆放杂物", ["公共区域", "走廊"]),
        ("b", "墙面无涂画", ["公共区域", "走廊"]),
        ("a", "扶手干净", ["公共区域", "楼梯"]),
    ]


def test_points_come_from_the_notes_statements_about_the_items_above():
    scheme = extract_scheme(DOC)
    assert [i.points for i in scheme.items] == [5.0, 5.0, None, 2.0, 2.0, None]
    assert scheme.category(scheme.items[0].category).points == 10.0


def test_a_base_stated_in_prose_is_the_base_of_a_deduction_form():
    scheme = extract_scheme(prose(
        "卫生检查扣分细则", "说明：基本分为80分。", "一、教室", "1.地面有垃圾的每处扣1分", "2.桌椅不齐的扣2分",
        "二、走廊", "1.墙面涂画的每处扣1分"))
    assert (scheme.scoring_model, scheme.base_points) == ("deduction", 80.0)
    assert [i.text for i in scheme.items] == ["地面有垃圾的每处扣1分", "桌椅不齐的扣2分", "墙面涂画的每处扣1分"]

