"""002: a rules document; 附件2 has one row per category with numbered items and
inline points, 附件3 a per-unit target table; weights, veto and grades in prose."""

import pytest

from extracted import FORMATS, scheme
from schemes.model import PerOccurrenceRule, ThresholdRule, TiersRule

FILES = FORMATS["002"]


@pytest.mark.parametrize("name", FILES)
def test_seven_categories_with_declared_points_and_total_100(name):
    s = scheme(name)
    assert [(c.id, c.name, c.points) for c in s.categories] == [
        ("1", "思想引领", 18.0), ("2", "岗位建功", 15.0), ("3", "维权帮扶", 23.0), ("4", "组织建设", 14.0),
        ("5", "网上工会", 10.0), ("6", "经费资产管理", 13.0), ("7", "审计监督", 7.0)]
    assert s.total_points == 100.0
    assert s.flags == []


@pytest.mark.parametrize("name", FILES)
def test_items_are_addressed_by_category_and_code(name):
    ids = [i.id for i in scheme(name).items]
    assert len(ids) == 28
    assert ids[:4] == ["1.1", "1.2", "1.3", "1.4"] and ids[-1] == "7.3"


@pytest.mark.parametrize("name", FILES)
def test_raters_come_from_the_备注_column(name):
    s = scheme(name)
    assert s.item("3.1").departments == ["法律工作部", "保障部", "经济工作部", "女职工部", "服务中心"]
    assert s.item("6.1").departments == ["财务与资产管理部"]


@pytest.mark.parametrize("name", FILES)
def test_6_1_deducts_half_a_point_per_unit_found_down_to_zero(name):
    rule = scheme(name).item("6.1").rule
    assert isinstance(rule, PerOccurrenceRule)
    assert (rule.delta, rule.unit, rule.floor) == (-0.5, "家", 0.0)


@pytest.mark.parametrize("name", FILES)
def test_6_6_is_two_numeric_tiers(name):
    rule = scheme(name).item("6.6").rule
    assert isinstance(rule, TiersRule)
    assert [(t.points, t.lower, t.upper) for t in rule.tiers] == [(1.0, 0.5, 0.8), (2.0, 0.8, None)]


@pytest.mark.parametrize("name", FILES)
def test_3_5_is_scored_against_the_per_unit_target_table(name):
    s = scheme(name)
    rule = s.item("3.5").rule
    assert isinstance(rule, ThresholdRule) and rule.target_table == "T1"
    table = s.targets[0]
    assert (table.column, table.unit, table.total, len(table.rows)) == ("参保基数", "人次", 52850.0, 22)
    assert table.rows["教育系统"] == 5000 and table.rows["城投集团"] == 200 and table.rows["绍兴烟草"] == 300
    assert table.applies_to == ["3.5"]


@pytest.mark.parametrize("name", FILES)
def test_parts_and_rater_groups_are_weighted(name):
    s = scheme(name)
    assert [(p.name, p.weight) for p in s.parts] == [("共性工作", 0.7), ("特色品牌工作", 0.3)]
    assert [(w.rater, w.weight, w.rates_items) for w in s.weights if w.rater] == [
        ("市总领导班子成员评分", 0.25, False), ("业务部门评分", 0.6, True), ("基层评分", 0.15, False)]
    assert {c.part for c in s.categories} == {"P1"}


@pytest.mark.parametrize("name", FILES)
def test_veto_items_and_their_effect(name):
    s = scheme(name)
    assert [v.text for v in s.veto] == [
        "本级工会班子成员严重违法违纪(以纪委立案审查结果为准)",
        "受到所在系统党委行政或上级工会通报批评(以正式文件或主流媒体公布为准)",
        "涉及重大群体性事件处理不当造成严重影响"]
    assert s.veto_effect == "取消当年评优资格"


@pytest.mark.parametrize("name", FILES)
def test_grades_scope_and_year(name):
    s = scheme(name)
    assert [g.name for g in s.grades] == ["优秀", "良好"]
    assert s.metadata.year == 2019
    assert s.metadata.scope.startswith("市直部门系统（开发区）、省直协管单位工会（工委）")
