"""001: one item table per row, category column vertically merged, points in 基本分值,
criteria with 得N分 in 评分标准, raters in 工作对应部门 — in docx, pdf and txt."""

import pytest

from extracted import FORMATS, scheme
from schemes.model import ComponentsRule, ManualRule, ThresholdRule, TiersRule

FILES = FORMATS["001"]


@pytest.mark.parametrize("name", FILES)
def test_thirty_items_numbered_1_to_30(name):
    assert [i.id for i in scheme(name).items] == [str(n) for n in range(1, 31)]


@pytest.mark.parametrize("name", FILES)
def test_categories_sum_their_items_and_reconcile_with_the_declared_total(name):
    s = scheme(name)
    assert [(c.name, c.points) for c in s.categories] == [
        ("组织建设自身建设", 41.0), ("制度机制建设", 18.0), ("维权维稳工作", 29.0),
        ("服务职工提高素质", 19.0), ("财务经审工作", 13.0),
    ]
    assert s.total_points == 120.0
    assert s.flags == []


@pytest.mark.parametrize("name", FILES)
def test_item_2_is_two_components_of_5_rated_by_组织部(name):
    item = scheme(name).item("2")
    assert item.points == 10.0
    assert item.departments == ["组织部"]
    assert isinstance(item.rule, ComponentsRule)
    assert [(c.label, c.points) for c in item.rule.components] == [
        ("建会率达到目标要求", 5.0), ("职工入会率完成市总目标任务", 5.0)]


@pytest.mark.parametrize("name", FILES)
def test_item_8_has_two_raters_and_is_judged_manually(name):
    item = scheme(name).item("8")
    assert item.departments == ["办公室", "组织部"]
    assert isinstance(item.rule, ManualRule)


@pytest.mark.parametrize("name", FILES)
def test_item_5_is_a_threshold_whose_target_comes_from_the_item_text(name):
    rule = scheme(name).item("5").rule
    assert isinstance(rule, ThresholdRule)
    assert scheme(name).item("5").points == 3.0  # a threshold is worth its item's points
    assert (rule.target.op, rule.target.value, rule.target.unit) == (">=", 0.98, "%")


@pytest.mark.parametrize("name", FILES)
def test_item_16_is_tiers_with_a_gate(name):
    rule = scheme(name).item("16").rule
    assert isinstance(rule, TiersRule)
    assert [(t.label, t.points) for t in rule.tiers] == [("全面实施各项活动并取得明显实效", 3.0), ("效果一般", 2.0)]
    assert rule.gate == "困难职工建档率不达标"


@pytest.mark.parametrize("name", FILES)
def test_item_28_alternatives_are_labelled_tiers_in_printed_order(name):
    rule = scheme(name).item("28").rule
    assert [(t.label, t.points) for t in rule.tiers] == [("完成经费上缴考核基数", 4.0), ("上缴经费在市总考核基数上增长", 7.0)]


@pytest.mark.parametrize("name", FILES)
def test_item_30_penalty_is_a_per_occurrence_component(name):
    rule = scheme(name).item("30").rule
    assert [(c.points, c.per_occurrence) for c in rule.components] == [(2.0, False), (-1.0, True), (2.0, False)]


@pytest.mark.parametrize("name", FILES)
def test_加分项_rows_become_bonus_entries_without_points(name):
    bonus = scheme(name).bonus
    assert [(b.id, b.points, b.departments) for b in bonus] == [
        ("B1", None, ["主席室"]), ("B2", None, ["主席室"]), ("B3", None, [])]
    assert bonus[0].text == "创先争优工作有特色、有创新，取得的成效在全市有推广价值"


@pytest.mark.parametrize("name", FILES)
def test_item_14_target_read_where_jieba_glues_率达(name):
    target = scheme(name).item("14").rule.target
    assert (target.op, target.value) == (">=", 1.0)
