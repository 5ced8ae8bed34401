"""Totals, weights, deduction-from-base, ranks, awards and vetoes; exact values."""

from __future__ import annotations

import csv

import pytest

from pipeline.scoring import score_file
from pipeline.scoring.explain import explain_unit
from pipeline.scoring.numbers import fmt
from pipeline.scoring.output import write_all
from schemes.model import Scheme, SoftCap
from scoring_schemes import full_facts, part_scores_002, scheme_002, scheme_003, write_long_csv


@pytest.fixture(scope="module")
def s002() -> Scheme:
    return scheme_002()


@pytest.fixture(scope="module")
def s003() -> Scheme:
    return scheme_003()


def facts_002_item_sum_80(unit: str) -> list[tuple]:
    """Items summing to 80 of 100: 3.5 below target (−8), 6.1 eight findings (−4), 1.1 4/6, 2.1 2/8 (−8)."""
    return full_facts(scheme_002(), unit, **{
        "3.5": ("value", 100), "6.1": ("count", 8), "1.1": ("score", 4), "2.1": ("score", 2),
    })


def by_unit(res):
    return {u: i for i, u in enumerate(res.units)}


# --------------------------------------------------------------------------- 002 weights


def test_002_weighted_total_is_exact_in_the_csv(tmp_path, s002):
    path = write_long_csv(tmp_path / "f.csv", facts_002_item_sum_80("城投集团") + part_scores_002("城投集团"))
    res = score_file(s002, path)
    write_all(res, tmp_path / "out")
    with open(tmp_path / "out" / "results.csv", encoding="utf-8-sig") as f:
        row = next(csv.DictReader(f))
    # (90×0.25 + 80×0.6 + 70×0.15)×0.7 + 85×0.3 = 81×0.7 + 25.5
    assert row["total"] == "82.2"


def test_002_rater_group_scores(tmp_path, s002):
    path = write_long_csv(tmp_path / "f.csv", facts_002_item_sum_80("城投集团") + part_scores_002("城投集团"))
    res = score_file(s002, path)
    got = {r: fmt(int(v[0])) for (_, r), v in res.raters.items()}
    assert got == {"市总领导班子成员评分": "90", "业务部门评分": "80", "基层评分": "70"}
    assert (fmt(int(res.parts["P1"][0])), fmt(int(res.parts["P2"][0]))) == ("81", "85")


def test_002_total_explanation_spells_out_the_weights(tmp_path, s002):
    path = write_long_csv(tmp_path / "f.csv", facts_002_item_sum_80("城投集团") + part_scores_002("城投集团"))
    text = explain_unit(score_file(s002, path), 0).total_explanation
    assert text == ("共性工作 = 市总领导班子成员评分 90×0.25 + 业务部门评分 80×0.6 + 基层评分 70×0.15 = 81; "
                    "特色品牌工作 = direct score 85; total = 共性工作 81×0.7 + 特色品牌工作 85×0.3 = 82.2")


def test_002_veto_marks_the_unit_and_keeps_its_score(tmp_path, s002):
    facts = full_facts(s002, "教育系统") + part_scores_002("教育系统") + [("教育系统", "V2", "met", "是")]
    res = score_file(s002, write_long_csv(tmp_path / "f.csv", facts))
    assert (res.veto_ids(0), fmt(int(res.total[0])), res.unit_flags(0)) == (["V2"], "90.6", ["veto:V2"])


def test_002_veto_effect_is_explained(tmp_path, s002):
    facts = full_facts(s002, "教育系统") + part_scores_002("教育系统") + [("教育系统", "V2", "met", "是")]
    u = explain_unit(score_file(s002, write_long_csv(tmp_path / "f.csv", facts)), 0)
    assert (u.veto, u.veto_effect) == (["V2"], "取消当年评优资格")


def test_002_grades_without_bands_are_not_assigned_and_noted(tmp_path, s002):
    facts = full_facts(s002, "教育系统") + part_scores_002("教育系统")
    res = score_file(s002, write_long_csv(tmp_path / "f.csv", facts))
    assert res.grade == [""]
    assert "grade 优秀 has no score band or count in the scheme; not assigned" in res.notes


# --------------------------------------------------------------------------- 003 deduction from base


def facts_003_dept() -> list[tuple]:
    return [
        ("组织部", "1.1", "count", 2, "", "两项重点工作未完成"),
        ("组织部", "2.2", "count", 3, "办公室"),
        ("组织部", "B1", "count:市总", 1),
        ("组织部", "B1", "shared_count:省总", 1, "", "与宣教调研室共同获省总表彰"),
    ]


def test_003_department_total(tmp_path, s003):
    res = score_file(s003, write_long_csv(tmp_path / "f.csv", facts_003_dept()))
    # 100 − 2×5 − 3×0.5 + 5 + 8×½
    assert fmt(int(res.total[0])) == "97.5"


def test_003_item_changes(tmp_path, s003):
    res = score_file(s003, write_long_csv(tmp_path / "f.csv", facts_003_dept()))
    assert (fmt(int(res.items["1.1"][0])), fmt(int(res.items["2.2"][0])), fmt(int(res.entries["B1"][0]))) == \
        ("-10", "-1.5", "9")


def test_003_bonus_explanation_shows_the_shared_half(tmp_path, s003):
    res = score_file(s003, write_long_csv(tmp_path / "f.csv", facts_003_dept()))
    b1 = next(e for e in explain_unit(res, 0).entries if e.id == "B1")
    assert b1.arithmetic == "省总 shared 1×8×0.5 + 市总 1×5 = 9"


def test_003_total_explanation(tmp_path, s003):
    res = score_file(s003, write_long_csv(tmp_path / "f.csv", facts_003_dept()))
    assert explain_unit(res, 0).total_explanation == \
        "total = base 100 + items (−11.5) + bonus 9 − deductions 0 = 97.5"


def test_003_deduction_entry_subtracts_per_occurrence(tmp_path, s003):
    res = score_file(s003, write_long_csv(tmp_path / "f.csv", [("宣教调研室", "K2", "count", 2)]))
    assert fmt(int(res.total[0])) == "90"


def test_003_unmentioned_items_are_no_deduction(tmp_path, s003):
    res = score_file(s003, write_long_csv(tmp_path / "f.csv", [("办公室", "B2", "count:全总", 1)]))
    assert fmt(int(res.total[0])) == "110"


# --------------------------------------------------------------------------- ranks and awards


def _003(tmp_path, s003, deductions: dict[str, int], extra=()):
    """Departments losing `n` × 0.5 (item 3.2) each, so totals are 100 − n/2."""
    facts = [(u, "3.2", "count", n) for u, n in deductions.items()] + list(extra)
    return score_file(s003, write_long_csv(tmp_path / "f.csv", facts))


def test_ranking_ties_use_competition_ranking(tmp_path, s003):
    res = _003(tmp_path, s003, {"甲": 0, "乙": 2, "丙": 2, "丁": 4})
    assert list(res.rank) == [1, 2, 2, 4]


def test_awards_follow_rank_and_counts(tmp_path, s003):
    res = _003(tmp_path, s003, {"甲": 0, "乙": 1, "丙": 2, "丁": 4, "戊": 30})
    assert res.grade == ["一等奖", "二等奖", "二等奖", "酌情奖励", ""]


def test_award_tie_at_boundary_gives_all_tied_units_and_flags(tmp_path, s003):
    res = _003(tmp_path, s003, {"甲": 0, "乙": 1, "丙": 2, "丁": 2})
    assert res.grade == ["一等奖", "二等奖", "二等奖", "二等奖"]
    assert res.unit_flags(2) == ["award_tie:二等奖"] and res.unit_flags(3) == ["award_tie:二等奖"]
    assert any(n.startswith("award tie: 二等奖 is limited to 2 but 3 units qualify") for n in res.notes)


def test_vetoed_unit_is_ranked_but_gets_no_award(tmp_path, s003):
    res = _003(tmp_path, s003, {"甲": 0, "乙": 1, "丙": 2}, extra=[("甲", "V4", "met", "是")])
    assert (list(res.rank), res.grade) == ([1, 2, 3], ["", "一等奖", "二等奖"])


def test_score_band_needs_the_minimum(tmp_path, s003):
    # 甲 98 一等奖, 乙 97 二等奖, 丙 96 二等奖, 丁 90 酌情奖励 (90分以上), 戊 89.5 nothing
    res = _003(tmp_path, s003, {"甲": 4, "乙": 6, "丙": 8, "丁": 20, "戊": 21})
    assert res.grade == ["一等奖", "二等奖", "二等奖", "酌情奖励", ""]


# --------------------------------------------------------------------------- missing inputs


def test_missing_zero_scores_the_item_zero_and_flags_it(tmp_path, s002):
    facts = full_facts(s002, "教育系统", **{"6.1": None}) + part_scores_002("教育系统")
    res = score_file(s002, write_long_csv(tmp_path / "f.csv", facts), missing_zero=True)
    assert (fmt(int(res.items["6.1"][0])), res.unit_flags(0)) == ("0", ["missing:6.1"])


def test_missing_rater_score_with_missing_zero_counts_zero(tmp_path, s002):
    facts = full_facts(s002, "教育系统") + part_scores_002("教育系统")[1:]
    res = score_file(s002, write_long_csv(tmp_path / "f.csv", facts), missing_zero=True)
    # 共性 = 0×0.25 + 100×0.6 + 70×0.15 = 70.5; total = 70.5×0.7 + 85×0.3 = 74.85
    assert (fmt(int(res.total[0])), res.unit_flags(0)) == ("74.85", ["missing:P1|市总领导班子成员评分"])


def test_a_cap_on_the_bonus_entries_together_caps_their_sum_and_is_explained(tmp_path, s003):
    capped = s003.model_copy(update={"bonus_cap": 6.0})
    res = score_file(capped, write_long_csv(tmp_path / "f.csv", facts_003_dept()))
    assert (fmt(int(res.entries["B1"][0])), fmt(int(res.bonus[0])), fmt(int(res.total[0]))) == ("9", "6", "94.5")
    assert explain_unit(res, 0).total_explanation == \
        "total = base 100 + items (−11.5) + bonus 6 (at most 6) − deductions 0 = 94.5"


def test_a_cap_on_the_deduction_entries_together_limits_what_they_take_off(tmp_path, s003):
    capped = s003.model_copy(update={"deduction_cap": 6.0})
    res = score_file(capped, write_long_csv(tmp_path / "f.csv", [("宣教调研室", "K2", "count", 2)]))
    assert fmt(int(res.total[0])) == "94"


def test_a_soft_cap_counts_the_bonus_above_its_threshold_at_its_rate_and_is_explained(tmp_path, s003):
    # 9 points of bonus, above 5 counted at 50 %: 5 + 4 × 0.5 = 7, then the hard cap of 6.5
    soft = s003.model_copy(update={"bonus_soft_cap": SoftCap(above=5, rate=0.5)})
    res = score_file(soft, write_long_csv(tmp_path / "f.csv", facts_003_dept()))
    assert (fmt(int(res.bonus[0])), fmt(int(res.total[0]))) == ("7", "95.5")
    both = soft.model_copy(update={"bonus_cap": 6.5})
    res = score_file(both, write_long_csv(tmp_path / "g.csv", facts_003_dept()))
    assert explain_unit(res, 0).total_explanation == \
        "total = base 100 + items (−11.5) + bonus 6.5 (above 5 counted at 50%) (at most 6.5) − deductions 0 = 95"


def test_a_soft_cap_on_deductions_takes_off_only_its_rate_of_what_exceeds_the_threshold(tmp_path, s003):
    # two deductions (K2 count 2) take off 10; above 5 halved: 5 + 5 × 0.5 = 7.5
    soft = s003.model_copy(update={"deduction_soft_cap": SoftCap(above=5, rate=0.5)})
    res = score_file(soft, write_long_csv(tmp_path / "f.csv", [("宣教调研室", "K2", "count", 2)]))
    assert fmt(int(res.deductions[0])) == "-7.5"
