"""What changed from one year to the next (schemes/compare.py): every real change, no false one."""

from __future__ import annotations

import pytest

from schemes.compare import compare, render_diff, rule_diff, word_diff
from series_pairs import PAIRS, gold, schemes


def as_triples(comparison) -> list[tuple]:
    return sorted((c.change, c.old.id if c.old else None, c.new.id if c.new else None)
                  for c in comparison.changes)


@pytest.mark.parametrize("pair", PAIRS)
def test_every_recorded_change_is_reported_and_nothing_else(pair):
    old, new = schemes(pair)
    assert as_triples(compare(old, new)) == sorted(tuple(c) for c in gold(pair)["changes"])


def test_a_scheme_compared_with_itself_has_no_changes():
    old, _ = schemes("union_2011_2012")
    assert compare(old, old).changes == []


def test_points_change_says_from_and_to():
    old, new = schemes("union_2011_2012")
    change = next(c for c in compare(old, new).changes if c.change == "points")
    assert (change.old.id, change.new.id, change.detail) == ("2", "2", "10 → 12")
    assert change.new.path == "组织建设自身建设"


def test_criteria_change_carries_a_word_diff_and_the_rule_diff():
    old, new = schemes("union_2011_2012")
    changes = [c for c in compare(old, new).changes if c.old and c.old.id == "5"]
    criteria = next(c for c in changes if c.change == "criteria")
    assert [(s.op, s.text) for s in criteria.diff if s.op != "="] == [("-", "98%"), ("+", "99%")]
    assert next(c for c in changes if c.change == "rule").detail == "target.value: 0.98 → 0.99"


def test_deduction_scheme_entry_veto_and_grade_details():
    old, new = schemes("district_2023_2024")
    by_kind = {c.change: c for c in compare(old, new).changes}
    assert by_kind["rule"].detail == "delta: -5.0 → -6.0"
    assert by_kind["deduction_changed"].detail.endswith("points: -5.0 → -4.0")
    assert by_kind["veto_added"].new.text == "发生意识形态领域重大问题的"
    assert by_kind["veto_removed"].old.text == "违反计划生育规定的"
    assert by_kind["grade_changed"].detail == "count: 2 → 3"


def test_word_diff_keeps_numbers_whole():
    segments = word_diff("每项加12分、10分、8分", "每项加12分、10分、6分")
    assert render_diff(segments) == "每项加12分、10分、[-8-]{+6+}分"


def test_rule_diff_lists_parameters_and_ignores_the_text():
    old = {"kind": "threshold", "text": "达98%以上", "target": {"op": ">=", "value": 0.98}}
    new = {"kind": "threshold", "text": "达到99%以上", "target": {"op": ">=", "value": 0.99}}
    assert rule_diff(old, new) == ["target.value: 0.98 → 0.99"]


def test_changed_items_counts_each_new_or_changed_item_once():
    old, new = schemes("union_2011_2012")
    # items 2, 5, 8, 9 changed; 20 added; 30 moved; 28 and 29 split; 13 removed
    assert compare(old, new).changed_items == 9


def test_across_issuers_items_are_aligned_with_the_first_scheme():
    from schemes.compare_table import across_table

    old, new = schemes("union_2011_2012")
    table = across_table("两个单位", [("甲", old), ("乙", new)])
    by_ref = {r.cells["甲"].id: r for r in table.rows if "甲" in r.cells}
    assert by_ref["2"].cells["乙"].changes == ["points", "criteria", "rule"]
    assert by_ref["14"].cells["乙"].id == "13" and by_ref["14"].cells["乙"].changes == []
    assert "乙" not in by_ref["13"].cells
    only_b = [r.cells["乙"] for r in table.rows if "甲" not in r.cells]
    assert [(c.id, c.changes) for c in only_b] == [("20", ["added"]), ("29", ["split"])]


def test_part_weights_and_category_departments_are_compared():
    from schemes.model import Category, DocumentRef, Metadata, Part, Scheme, Weight

    def make(part_weight: float, departments: list[str], rater_weight: float) -> Scheme:
        return Scheme(metadata=Metadata(title="t", source=DocumentRef(file="x.txt", sha256="0" * 64, format="txt")),
                      parts=[Part(id="P1", name="共性工作", weight=part_weight)],
                      categories=[Category(id="1", name="思想引领", part="P1", departments=departments)],
                      weights=[Weight(part="共性工作", rater="市总", weight=rater_weight)])

    changes = compare(make(0.7, ["宣教部"], 0.6), make(0.6, ["宣教部", "组织部"], 0.5)).changes
    assert [(c.change, c.detail) for c in changes] == [
        ("category_departments", "宣教部 → 宣教部、组织部"), ("part_weight", "0.7 → 0.6"),
        ("weight_changed", "0.6 → 0.5")]
