"""003: a 百分制 deduction scheme in run-on paragraphs with glued headings, level
bonuses, deductions, veto, awards and unrelated teasers; 004: not a scheme."""

import pytest

from extracted import FORMATS, scheme
from schemes.model import PerOccurrenceRule

FILES = FORMATS["003"]


@pytest.mark.parametrize("name", FILES)
def test_deduction_model_from_a_base_of_100(name):
    s = scheme(name)
    assert (s.scoring_model, s.base_points, s.total_points) == ("deduction", 100.0, 100.0)


@pytest.mark.parametrize("name", FILES)
def test_glued_headings_become_category_names(name):
    assert [c.name for c in scheme(name).categories] == [
        "完成工作任务", "集中学习和月度例会", "信访接待", "联系基层和完成调研报告", "信息报送工作", "文明机关建设"]


@pytest.mark.parametrize("name", FILES)
def test_every_deducting_clause_is_a_per_occurrence_item(name):
    items = scheme(name).items
    assert [(i.id, i.rule.delta, i.rule.unit) for i in items] == [
        ("1.1", -5.0, "项"), ("1.2", -3.0, "项"), ("1.3", -2.0, "项"),
        ("2.1", -1.0, "人次"), ("2.2", -0.5, "人次"), ("2.3", -1.0, "次"),
        ("3.1", -1.0, "起"), ("3.2", -0.5, "次"), ("3.3", -3.0, "起"),
        ("4.1", -2.0, "次"), ("4.2", -2.0, "次"), ("4.3", -3.0, "次"),
        ("5.1", -1.0, "项"), ("5.2", -2.0, "项"), ("6.1", -1.0, "次")]
    assert all(isinstance(i.rule, PerOccurrenceRule) and i.rule.floor is None and i.points is None for i in items)


@pytest.mark.parametrize("name", FILES)
def test_bonus_levels_and_the_shared_half(name):
    bonus = scheme(name).bonus
    assert [(b.id, b.levels, b.shared_factor) for b in bonus] == [
        ("B1", {"全总": 10.0, "省总": 8.0, "市总": 5.0}, 0.5),
        ("B2", {"全总": 10.0, "省总": 8.0, "市总": 5.0}, None),
        ("B3", {"全总": 12.0, "省总": 10.0, "市总": 8.0}, None)]


@pytest.mark.parametrize("name", FILES)
def test_deductions_veto_and_effect(name):
    s = scheme(name)
    assert [(d.id, d.points) for d in s.deductions] == [("K1", -5.0), ("K2", -5.0), ("K3", -5.0)]
    assert [v.text for v in s.veto] == ["违反计划生育规定的", "发生重大责任事故的", "发生违***治安综合治理有关规定的",
                                        "发生违反党风廉政建设规定行为的", "区总党组会确定的其他否决内容"]
    assert s.veto_effect == "取消年度考核奖和年终评先资格"


@pytest.mark.parametrize("name", FILES)
def test_awards_by_count_and_by_score(name):
    assert [(g.name, g.count, g.award, g.min_score) for g in scheme(name).grades] == [
        ("一等奖", 1, "人均2000元", None), ("二等奖", 2, "人均1000元", None), ("酌情奖励", None, None, 90.0)]


@pytest.mark.parametrize("name", FILES)
def test_raters_from_the_duty_list(name):
    assert scheme(name).raters == ["组织部", "办公室", "民管法工部", "生活保障部", "宣教调研室"]


@pytest.mark.parametrize("name", FILES)
def test_teasers_after_the_closing_sentence_are_excluded_and_flagged(name):
    s = scheme(name)
    flag = next(f for f in s.flags if f.kind == "trailing_unrelated_content")
    assert flag.source.quote.startswith("2023年县总工会各部办目标管理考核实施办法")
    assert not any("县总工会" in i.text for i in s.items)


@pytest.mark.parametrize("name", FORMATS["004"])
def test_self_evaluation_reports_are_not_a_scheme(name):
    s = scheme(name)
    assert s.kind == "not_a_scheme"
    assert s.items == [] and [f.kind for f in s.flags] == ["not_a_scheme"]
    assert "not an assessment scheme" in s.flags[0].message
