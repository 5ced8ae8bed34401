"""Item scores per rule kind, hand-computed from the notices' own wording."""

from __future__ import annotations

import pytest

from pipeline.scoring import score_file
from pipeline.scoring.explain import explain_unit
from pipeline.scoring.numbers import fmt
from schemes.model import (
    Category, Comparison, Component, ComponentsRule, DocumentRef, Item, Metadata, PerOccurrenceRule,
    ProportionalRule, Scheme, ThresholdRule, Tier, TiersRule,
)
from scoring_schemes import full_facts, part_scores_002, scheme_001, scheme_002, write_long_csv


@pytest.fixture(scope="module")
def s001() -> Scheme:
    return scheme_001()


@pytest.fixture(scope="module")
def s002() -> Scheme:
    return scheme_002()


def item_score(tmp_path, scheme, unit, item_id, override, extra=()):
    facts = full_facts(scheme, unit, **{item_id: override})
    if scheme.parts:
        facts += part_scores_002(unit)
    path = write_long_csv(tmp_path / "facts.csv", [*facts, *extra])
    res = score_file(scheme, path)
    return res, fmt(int(res.items[item_id][0]))


# --------------------------------------------------------------------------- 002 per occurrence


def test_002_6_1_three_findings_lose_half_a_point_each(tmp_path, s002):
    assert item_score(tmp_path, s002, "教育系统", "6.1", ("count", 3))[1] == "2.5"


def test_002_6_1_ten_findings_stop_at_zero(tmp_path, s002):
    assert item_score(tmp_path, s002, "教育系统", "6.1", ("count", 10))[1] == "0"


def test_002_3_6_one_missing_element_costs_a_quarter(tmp_path, s002):
    assert item_score(tmp_path, s002, "教育系统", "3.6", ("count", 1))[1] == "0.75"


def test_002_3_7_three_missing_elements_leave_one_hundredth(tmp_path, s002):
    assert item_score(tmp_path, s002, "教育系统", "3.7", ("count", 3))[1] == "0.01"


def test_002_6_1_explanation_shows_the_arithmetic(tmp_path, s002):
    res, _ = item_score(tmp_path, s002, "教育系统", "6.1", ("count", 3))
    line = next(i for i in explain_unit(res, 0).items if i.id == "6.1")
    assert line.arithmetic == "4 − 3×0.5 = 2.5"


def test_002_6_1_explanation_names_the_floor(tmp_path, s002):
    res, _ = item_score(tmp_path, s002, "教育系统", "6.1", ("count", 10))
    line = next(i for i in explain_unit(res, 0).items if i.id == "6.1")
    assert line.arithmetic == "4 − 10×0.5 = −1 → floor 0"
    assert line.notes == ["floor 0 (扣完为止)"]


# --------------------------------------------------------------------------- 002 numeric tiers


@pytest.mark.parametrize("rate, expected", [("0.65", "1"), ("0.85", "2"), ("0.40", "0"), ("65%", "1"),
                                            ("0.5", "1"), ("0.8", "2")])
def test_002_6_6_rate_falls_in_its_tier(tmp_path, s002, rate, expected):
    assert item_score(tmp_path, s002, "教育系统", "6.6", ("value", rate))[1] == expected


def test_002_6_6_explanation_names_the_tier(tmp_path, s002):
    res, _ = item_score(tmp_path, s002, "教育系统", "6.6", ("value", "0.65"))
    line = next(i for i in explain_unit(res, 0).items if i.id == "6.6")
    assert line.arithmetic == "ratio 0.65 → tier [0.5, 0.8) → 1"


# --------------------------------------------------------------------------- 002 target table


def test_002_3_5_below_the_units_own_target_scores_zero(tmp_path, s002):
    assert item_score(tmp_path, s002, "城投集团", "3.5", ("value", 150))[1] == "0"


def test_002_3_5_above_the_units_own_target_scores_full(tmp_path, s002):
    assert item_score(tmp_path, s002, "教育系统", "3.5", ("value", 5200))[1] == "8"


def test_002_3_5_target_is_per_unit(tmp_path, s002):
    # 300 insured reaches 城投集团's 200 but would be far below 教育系统's 5000
    assert item_score(tmp_path, s002, "城投集团", "3.5", ("value", 300))[1] == "8"


def test_002_3_5_explanation_cites_the_target_row(tmp_path, s002):
    res, _ = item_score(tmp_path, s002, "城投集团", "3.5", ("value", 150))
    line = next(i for i in explain_unit(res, 0).items if i.id == "3.5")
    assert line.arithmetic == "value 150 vs 参保基数 for 城投集团 (T1) 200: 150 < 200 → not reached → 0"


# --------------------------------------------------------------------------- 001 components, tiers, threshold


def test_001_2_first_component_only(tmp_path, s001):
    assert item_score(tmp_path, s001, "区总工会", "2", [("met:1", "是")])[1] == "5"


def test_001_2_both_components(tmp_path, s001):
    assert item_score(tmp_path, s001, "区总工会", "2", [("met:1", "是"), ("met:2", "yes")])[1] == "10"


def test_001_19_penalty_component_subtracts(tmp_path, s001):
    facts = [("met:1", "是"), ("met:2", "是"), ("met:3", "是")]  # 1 + 2 − 2 (事故未上报)
    assert item_score(tmp_path, s001, "区总工会", "19", facts)[1] == "1"


def test_001_19_penalty_alone_floors_at_zero(tmp_path, s001):
    assert item_score(tmp_path, s001, "区总工会", "19", [("met:3", "是")])[1] == "0"


def test_001_30_per_occurrence_component(tmp_path, s001):
    facts = [("met:1", "是"), ("count:2", 1), ("met:3", "是")]  # 2 − 1×1 + 2
    assert item_score(tmp_path, s001, "区总工会", "30", facts)[1] == "3"


def test_001_28_growth_reaches_the_higher_tier(tmp_path, s001):
    assert item_score(tmp_path, s001, "区总工会", "28", [("met:2", "是")])[1] == "7"


def test_001_28_base_only_reaches_the_lower_tier(tmp_path, s001):
    assert item_score(tmp_path, s001, "区总工会", "28", [("met:1", "是"), ("met:2", "否")])[1] == "4"


def test_001_16_gate_not_met_zeroes_the_item(tmp_path, s001):
    facts = [("met:1", "是"), ("met", "否")]  # 全面实施 but 困难职工建档率不达标
    assert item_score(tmp_path, s001, "区总工会", "16", facts)[1] == "0"


def test_001_16_gate_met_keeps_the_tier(tmp_path, s001):
    assert item_score(tmp_path, s001, "区总工会", "16", [("met:2", "是"), ("met", "是")])[1] == "2"


@pytest.mark.parametrize("rate, expected", [("98%", "3"), ("0.979", "0"), ("99.5%", "3")])
def test_001_5_threshold_rate(tmp_path, s001, rate, expected):
    assert item_score(tmp_path, s001, "区总工会", "5", ("value", rate))[1] == expected


def test_001_5_threshold_met_without_figure(tmp_path, s001):
    assert item_score(tmp_path, s001, "区总工会", "5", ("met", "达标"))[1] == "3"


def test_001_8_manual_takes_the_raters_score(tmp_path, s001):
    assert item_score(tmp_path, s001, "区总工会", "8", ("score", 3.5))[1] == "3.5"


def test_score_overrides_any_rule(tmp_path, s001):
    res, value = item_score(tmp_path, s001, "区总工会", "2", [("met:1", "是"), ("score", 7)])
    assert value == "7"
    line = next(i for i in explain_unit(res, 0).items if i.id == "2")
    assert (line.source, line.arithmetic) == ("rater_score", "rater's direct score 7 overrides the rule (0..10)")


def test_001_bonus_is_a_raters_score(tmp_path, s001):
    res, _ = item_score(tmp_path, s001, "区总工会", "8", ("score", 4), extra=[("区总工会", "B1", "score", 2)])
    assert fmt(int(res.total[0])) == "122"


# --------------------------------------------------------------------------- synthetic rules


def _one_item_scheme(rule, points=10) -> Scheme:
    return Scheme(
        metadata=Metadata(source=DocumentRef(file="x", sha256="0" * 64, format="txt")),
        categories=[Category(id="1", name="c")],
        items=[Item(id="1", category="1", text="t", points=points, rule=rule)],
    )


def _score_one(tmp_path, rule, facts, points=10):
    scheme = _one_item_scheme(rule, points)
    path = write_long_csv(tmp_path / "f.csv", [("甲", "1", inp, v) for inp, v in facts])
    return fmt(int(score_file(scheme, path).items["1"][0]))


def test_proportional_scales_by_target(tmp_path):
    rule = ProportionalRule(target=Comparison(op=">=", value=200))
    assert _score_one(tmp_path, rule, [("value", 150)], points=8) == "6"


def test_proportional_clips_above_target(tmp_path):
    rule = ProportionalRule(target=Comparison(op=">=", value=200))
    assert _score_one(tmp_path, rule, [("value", 260)], points=8) == "8"


def test_proportional_rounds_half_up_at_output(tmp_path):
    # 3 × 0.9 / 0.98 = 2.7551… → 2.76
    rule = ProportionalRule(target=Comparison(op=">=", value=0.98, unit="%"))
    assert _score_one(tmp_path, rule, [("value", "90%")], points=3) == "2.76"


def test_components_capped_at_item_max(tmp_path):
    rule = ComponentsRule(components=[Component(label="a", points=4), Component(label="b", points=4)])
    assert _score_one(tmp_path, rule, [("met:1", "是"), ("met:2", "是")], points=6) == "6"


def test_per_occurrence_cap_limits_total_loss(tmp_path):
    rule = PerOccurrenceRule(delta=-1, cap=3, floor=0)
    assert _score_one(tmp_path, rule, [("count", 5)]) == "7"


def test_per_occurrence_positive_delta_adds_up_to_max(tmp_path):
    rule = PerOccurrenceRule(delta=2)
    assert _score_one(tmp_path, rule, [("count", 7)]) == "10"


def test_tier_upper_inclusive_bound(tmp_path):
    rule = TiersRule(tiers=[Tier(label="≤50%", points=3, lower=0, upper=0.5, upper_inclusive=True),
                            Tier(label=">50%", points=5, lower=0.5, lower_inclusive=False)])
    assert _score_one(tmp_path, rule, [("value", "50%")], points=5) == "3"


def test_threshold_strict_comparison(tmp_path):
    rule = ThresholdRule(target=Comparison(op=">", value=0.8, unit="%"))
    assert _score_one(tmp_path, rule, [("value", "80%")], points=2) == "0"
