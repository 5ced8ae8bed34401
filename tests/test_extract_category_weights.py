"""Category labels that carry a weight beside (or instead of) their points:
"经济发展（60分，权重60%）", "党建工作（权重40%）", "一、组织建设（20分）（权重20%）".
The weight is a fraction on the category, never points, and the name is clean."""

import pytest

from extractors import read_document
from pipeline.extract import extract_scheme
from pipeline.extract.readers.tables import parse_category_label
from test_extract_layouts import write_docx


@pytest.mark.parametrize("label, expected", [
    ("经济发展（60分，权重60%）", (None, "经济发展", 60.0, 0.6)),
    ("党建工作(权重30%)", (None, "党建工作", None, 0.3)),
    ("一、组织建设（20分）（权重20%）", ("一", "组织建设", 20.0, 0.2)),
    ("一、组织建设（权重20%）（20分）", ("一", "组织建设", 20.0, 0.2)),
    ("社会民生（权重：0.4）", (None, "社会民生", None, 0.4)),
    ("思想引领（20分）", (None, "思想引领", 20.0, None)),
])
def test_a_category_label_gives_code_name_points_and_weight(label, expected):
    assert parse_category_label(label) == expected


def test_a_category_column_with_points_and_weights(tmp_path):
    path = write_docx(
        tmp_path / "notice.docx", "某县2024年度综合考核细则",
        ["考核类别", "序号", "考核指标", "分值", "评分标准"],
        [
            ["经济发展（60分，权重60%）", "1", "地区生产总值增长", "30", "完成目标得30分，未完成不得分"],
            ["", "2", "固定资产投资", "30", "综合打分"],
            ["党建工作（40分，权重40%）", "3", "基层组织建设", "40", "综合打分"],
        ],
    )
    s = extract_scheme(read_document(path))
    assert [(c.name, c.points, c.weight) for c in s.categories] == [("经济发展", 60.0, 0.6), ("党建工作", 40.0, 0.4)]
    assert [i.weight for i in s.items] == [None, None, None]


def test_a_prose_heading_with_points_and_weight(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(
        "某市2024年度目标考核细则\n"
        "一、组织建设（20分）（权重20%）\n"
        "1.按期完成换届选举工作（10分）\n"
        "2.会员实名制入库率达到95%以上（10分）\n"
        "二、经济发展（80分，权重80%）\n"
        "1.招商引资任务完成（80分）\n", encoding="utf-8")
    s = extract_scheme(read_document(path))
    assert [(c.code, c.name, c.points, c.weight) for c in s.categories] == [
        ("一", "组织建设", 20.0, 0.2), ("二", "经济发展", 80.0, 0.8)]


# --------------------------------------------------------------------------- weight doubts reach the flags


@pytest.fixture
def weights_short_of_one(tmp_path):
    path = write_docx(
        tmp_path / "weights.docx", "某单位2024年度绩效考核指标",
        ["考核类别", "序号", "考核指标", "权重", "评分标准"],
        [["业务工作", "1", "任务完成情况", "40%", "综合打分"],
         ["", "2", "工作质量", "30%", "综合打分"],
         ["", "3", "工作纪律", "20%", "综合打分"]],
    )
    return extract_scheme(read_document(path))


def test_weights_not_adding_up_to_one_are_flagged_ambiguous(weights_short_of_one):
    doubts = [(f.kind, f.target, f.declared, f.computed) for f in weights_short_of_one.flags if f.kind == "ambiguous"]
    assert doubts == [("ambiguous", "1", 1.0, 0.9)]


def test_weight_doubts_are_copied_once(weights_short_of_one):
    from pipeline.extract.scheme import _reconcile

    before = list(weights_short_of_one.flags)
    _reconcile(weights_short_of_one, deduction=False, total_source=None)
    assert weights_short_of_one.flags == before
