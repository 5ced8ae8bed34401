"""Scheme model 2.0: nested categories, points in one place, weights and ranges, re-derived rules."""

from __future__ import annotations

import pytest
from store_schemes import build_scheme, build_three_level, write_notice
from scoring_schemes import write_long_csv

from pipeline.scoring import SubmissionError, score_file
from pipeline.scoring.numbers import fmt
from schemes.corrections import rederive_ops, rederived_rules, scheme_doc
from schemes.model import (
    Category, Component, ComponentsRule, Item, ManualRule, PerOccurrenceRule, RangeRule, Scheme, Tier, TiersRule,
)
from schemes.reconcile import check, check_rules, reconcile, sums
from schemes.store import Store
from schemes.upgrade import upgrade_ops, upgrade_scheme


def _v1(items: list[dict]) -> dict:
    return {"schema_version": "1.0", "metadata": {"source": {"file": "a.docx", "sha256": "0" * 64, "format": "docx"}},
            "categories": [{"id": "1", "name": "组织建设", "points": 6}], "items": items}


# --------------------------------------------------------------------------- 1.0 → 2.0


def test_v1_json_is_read_as_v2_without_the_rule_copy_of_the_points():
    s = Scheme.model_validate(_v1([{"id": "5", "category": "1", "text": "x", "points": 3,
                                    "rule": {"kind": "threshold", "points": 3}}]))
    assert s.schema_version == "2.0" and s.item("5").points == 3 and s.item("5").rule.kind == "threshold"
    assert "points" not in s.item("5").rule.model_dump()


def test_an_item_without_points_takes_the_rule_copy():
    s = Scheme.model_validate(_v1([{"id": "5", "category": "1", "text": "x", "points": None,
                                    "rule": {"kind": "proportional", "points": 4}}]))
    assert s.item("5").points == 4


def test_a_threshold_worth_another_amount_is_kept_as_a_tier_and_flagged():
    doc = upgrade_scheme(_v1([{"id": "5", "category": "1", "text": "x", "points": 3,
                               "rule": {"kind": "threshold", "points": 2, "text": "达标得2分",
                                        "target": {"op": ">=", "value": 0.8, "unit": "%", "text": "达到80%"}}}]))
    s = Scheme.model_validate(doc)
    rule = s.item("5").rule
    assert rule.kind == "tiers" and [(t.points, t.lower, t.label) for t in rule.tiers] == [(2, 0.8, "达到80%")]
    assert [(f.kind, f.target, f.declared, f.computed, f.category) for f in s.flags] == [
        ("rule_points_mismatch", "5", 3, 2, "组织建设")]


def test_v1_corrections_of_a_rule_copy_become_corrections_of_the_item():
    ops = [{"op": "replace", "path": "/items/@5/rule/points", "value": 4},
           {"op": "remove", "path": "/items/@6/rule/points"},
           {"op": "add", "path": "/items/-", "value": {"id": "9", "category": "1", "text": "y", "points": None,
                                                       "rule": {"kind": "threshold", "points": 2}}},
           {"op": "replace", "path": "/items/@7/rule/tiers/0/points", "value": 1}]
    assert upgrade_ops(ops) == [
        {"op": "replace", "path": "/items/@5/points", "value": 4},
        {"op": "add", "path": "/items/-", "value": {"id": "9", "category": "1", "text": "y", "points": 2,
                                                    "rule": {"kind": "threshold"}}},
        {"op": "replace", "path": "/items/@7/rule/tiers/0/points", "value": 1}]


# --------------------------------------------------------------------------- reconciliation at every level


def test_a_three_level_table_reconciles_at_every_level():
    s = build_three_level()
    assert [(x.target, str(x.declared), str(x.computed), x.parts, x.ok) for x in sums(s)] == [
        ("1", "60.00", "60.00", "sub-categories", True), ("1.1", "35.00", "35.00", "sub-categories", True),
        ("1.1.1", "20.00", "20.00", "items", True), ("1.1.2", "15.00", "15.00", "items", True),
        ("1.2", "25.00", "25.00", "items", True), ("2", "40.00", "40.00", "sub-categories", True),
        ("2.1", "20.00", "20.00", "items", True), ("2.2", "20.00", "25.00", "items", True),
        (None, "100.00", "100.00", "categories", True)]
    assert check(s) == []


def test_each_level_that_does_not_add_up_is_flagged_with_both_numbers():
    flags = reconcile(build_three_level(declared_111=21))
    assert [(f.kind, f.target, f.category, f.declared, f.computed) for f in flags] == [
        ("subtotal_mismatch", "1.1", "产业发展", 35, 36),  # its sub-categories count with what they declare
        ("subtotal_mismatch", "1.1.1", "工业", 21, 20)]
    assert flags[0].message == "category 产业发展 declares 35 points but its sub-categories add up to 36"


def test_a_base_plus_bonus_section_adds_up_to_its_base_or_base_plus_bonus_and_counts_with_its_base():
    s = build_three_level()
    only_base = s.model_copy(update={"items": [i for i in s.items if i.id != "i"]})
    assert reconcile(only_base) == []
    s.items.append(Item(id="j", category="2.2", text="另一加分", points=1))
    assert [(f.target, f.declared, f.computed) for f in reconcile(s)] == [("2.2", 20, 26)]


def test_weights_are_never_points():
    s = build_three_level()
    weighted = s.model_copy(update={"categories": [
        c.model_copy(update={"points": None}) if c.id == "1.2" else c for c in s.categories]})
    assert weighted.category("1.2").weight is None and weighted.item("d").weight == 0.4
    assert [x.target for x in sums(weighted) if x.target == "1.2"] == []  # nothing declared: nothing to check
    assert reconcile(weighted) == []  # 1.2 counts with its items' points (25), never with weights


# --------------------------------------------------------------------------- rule amounts against the item


@pytest.mark.parametrize("rule, why", [
    (TiersRule(tiers=[Tier(label="全部", points=4), Tier(label="部分", points=2)]), "tier '全部' is worth 4"),
    (ComponentsRule(components=[Component(label="a", points=2), Component(label="b", points=2),
                                Component(label="缺一项", points=-1, per_occurrence=True)]),
     "its components add up to 4"),
    (RangeRule(min=1, max=5), "its range reaches 5"),
    (PerOccurrenceRule(delta=-1, cap=6), "its cap 6 is more"),
])
def test_rule_amounts_that_cannot_fit_the_item_are_flagged(rule, why):
    s = build_scheme()
    s.items[0] = s.items[0].model_copy(update={"points": 3, "rule": rule})
    flags = check_rules(s)
    assert [(f.kind, f.target, f.declared) for f in flags] == [("rule_points_mismatch", s.items[0].id, 3)]
    assert why in flags[0].message


def test_rule_amounts_within_the_item_are_fine():
    assert check_rules(build_three_level()) == []


def test_the_grammar_keeps_an_award_other_than_the_item_points_as_a_one_tier_amount():
    from schemes.criteria import parse_rule

    rule = parse_rule("达标得2分，未达标不得分", 3).rule
    assert rule.kind == "tiers" and [(t.label, t.points) for t in rule.tiers] == [("达标", 2)]
    assert parse_rule("达标得3分，未达标不得分", 3).rule.kind == "threshold"


# --------------------------------------------------------------------------- scoring any depth


FACTS_3L = [
    ("甲", "a", "value", "10%"), ("甲", "b", "value", "60%"), ("甲", "c", "met:1", "是"), ("甲", "c", "met:2", "否"),
    ("甲", "d", "count", 1), ("甲", "e", "score", 12), ("甲", "f", "value", "49%"), ("甲", "g", "score", 1.5),
    ("甲", "h", "met", "是"), ("甲", "i", "met", "否"),
    ("乙", "a", "value", "8%"), ("乙", "b", "value", "85%"), ("乙", "c", "met:1", "是"), ("乙", "c", "met:2", "是"),
    ("乙", "d", "count", 0), ("乙", "e", "score", 15), ("乙", "f", "value", "98%"), ("乙", "g", "score", 0),
    ("乙", "h", "met", "是"), ("乙", "i", "met", "是"),
]
SUBTOTALS_3L = {"甲": {"1": "41", "1.1": "21", "1.1.1": "16", "1.1.2": "5", "1.2": "20", "2": "33.5", "2.1": "13.5",
                      "2.2": "20"},
                "乙": {"1": "48", "1.1": "23", "1.1.1": "8", "1.1.2": "15", "1.2": "25", "2": "45", "2.1": "20",
                      "2.2": "25"}}


def score_3l(scheme, tmp_path, facts=FACTS_3L):
    return score_file(scheme, write_long_csv(tmp_path / "subs.csv", facts))


def test_a_three_level_scheme_scores_with_subtotals_at_every_level(tmp_path):
    res = score_3l(build_three_level(), tmp_path)
    assert [fmt(int(x)) for x in res.total] == ["74.5", "93"]
    for u, unit in enumerate(res.units):
        assert {c: fmt(int(v[u])) for c, v in res.categories.items()} == SUBTOTALS_3L[unit]
    assert (res.category_max("2.2"), res.category_max("2"), res.category_max("1.1.1")) == (25, 40, 20)


def test_a_range_is_scored_from_the_amount_the_rater_chose(tmp_path):
    res = score_3l(build_three_level(), tmp_path)
    assert [fmt(int(x)) for x in res.items["g"]] == ["8.5", "10"]
    assert not res.overridden["g"].any()  # the chosen amount is the rule's input, not an override


@pytest.mark.parametrize("chosen", ["3", "0.5"])
def test_an_amount_outside_the_range_is_refused_naming_file_and_row(tmp_path, chosen):
    facts = [f if f[:3] != ("甲", "g", "score") else ("甲", "g", "score", chosen) for f in FACTS_3L]
    with pytest.raises(SubmissionError) as err:
        score_3l(build_three_level(), tmp_path, facts)
    assert "subs.csv, row 9, column value" in str(err.value)  # the header is row 1
    assert f"score {chosen} is outside the range 1–2 of g; choose an amount within it, or 0" in str(err.value)


def test_the_explanation_says_the_range_was_chosen(tmp_path):
    from pipeline.scoring.explain import explain_unit

    unit = explain_unit(score_3l(build_three_level(), tmp_path), 0)
    g = next(i for i in unit.items if i.id == "g")
    assert g.rule.startswith("range: the rater chooses 1–2, taken off from 10")
    assert g.arithmetic == "chosen 1.5 within 1–2 → 10 − 1.5 = 8.5"
    assert {c.id: c.max for c in unit.categories}["2.2"] == 25


# --------------------------------------------------------------------------- corrections re-derive rules


def test_a_changed_criteria_text_is_parsed_again():
    doc = scheme_doc(build_scheme())
    ops = [{"op": "replace", "path": "/items/@5/criteria", "value": "达标得4分，未达标不得分"}]
    [r] = rederived_rules(doc, ops)
    assert (r.item, r.rule["kind"]) == ("5", "threshold")
    assert rederive_ops(doc, ops)[1] == {"op": "replace", "path": "/items/@5/rule", "value": r.rule}


def test_a_rule_set_by_the_correction_itself_is_kept():
    doc = scheme_doc(build_scheme())
    ops = [{"op": "replace", "path": "/items/@5/criteria", "value": "达标得4分"},
           {"op": "replace", "path": "/items/@5/rule", "value": ManualRule().model_dump(mode="json")}]
    assert rederived_rules(doc, ops) == [] and rederive_ops(doc, ops) == ops


def test_points_only_corrections_parse_nothing():
    doc = scheme_doc(build_scheme())
    assert rederived_rules(doc, [{"op": "replace", "path": "/items/@5/points", "value": 5}]) == []


def test_the_store_records_the_rederived_rule_with_the_correction(tmp_path):
    with Store.open(home=tmp_path / "home") as store:
        store.ingest(write_notice(tmp_path, "n.pdf"), build_scheme(), "x-1", author="bot")
        info = store.correct(1, [{"op": "replace", "path": "/items/@5/criteria",
                                  "value": "每发现一起扣1分，扣完为止"}], author="李明", reason="按原文", base_revision=1)
        rule = info.scheme.item("5").rule
        assert (rule.kind, rule.delta, rule.floor) == ("per_occurrence", -1, 0)
        assert [op["path"] for op in info.corrections[0].ops] == ["/items/@5/criteria", "/items/@5/rule"]
        assert store.get(1).scheme.item("5").rule == rule  # replayed, not re-parsed


def test_correcting_item_5_of_001_from_3_to_4_points_scores_4(tmp_path):
    from extracted import scheme as extracted

    with Store.open(home=tmp_path / "home") as store:
        done = store.ingest(write_notice(tmp_path, "001.docx"), extracted("001_union_2011_table.docx"), "x-1",
                            author="bot")
        info = store.correct(done.info.ref, [{"op": "replace", "path": "/items/@5/points", "value": 4}],
                             author="李明", reason="原文为4分", base_revision=done.info.revision)
    scheme = info.scheme
    facts = [("甲", i.id, "score", 0) for i in scheme.items if i.id != "5"] + [("甲", "5", "met", "是")]
    facts += [("甲", e.id, "score", 0) for e in [*scheme.bonus, *scheme.deductions] if e.points is None and not e.levels]
    res = score_file(scheme, write_long_csv(tmp_path / "subs.csv", facts), missing_zero=True)
    assert fmt(int(res.items["5"][0])) == "4"


def test_category_tree_helpers():
    s = build_three_level()
    assert [c.id for c in s.descendants_of("1")] == ["1.1", "1.1.1", "1.1.2", "1.2"]
    assert [i.id for i in s.items_under("1.1")] == ["a", "b", "c"]
    assert [c.name for c in s.category_path("1.1.2")] == ["经济发展", "产业发展", "服务业"]
    looped = s.model_copy(update={"categories": [*s.categories, Category(id="x", name="x", parent="x")]})
    assert looped.descendants_of("x") == [] and [c.id for c in looped.category_path("x")] == ["x"]


# --------------------------------------------------------------------------- done when: store → sheet → score


def test_a_three_level_table_round_trips_store_review_sheet_and_scoring(tmp_path):
    from openpyxl import load_workbook

    from schemes.review_sheet import export_review, import_review

    with Store.open(home=tmp_path / "home") as store:
        store.ingest(write_notice(tmp_path, "three_level.docx"), build_three_level(), "x-1", author="bot")
        assert store.get(1).scheme == build_three_level()
        path = tmp_path / "review.xlsx"
        export_review(store, "1", path)
        assert import_review(store, path, author="li").unchanged  # nothing lost on the way out and back
        wb = load_workbook(path)
        header = [c.value for c in wb["items"][1]]
        by_id = {r[0].value: dict(zip(header, r)) for r in wb["items"].iter_rows(min_row=2)}
        assert (by_id["a"]["path"].value, by_id["a"]["category"].value) == ("经济发展 / 产业发展 / 工业", "1.1.1 工业")
        assert (by_id["d"]["weight"].value, by_id["i"]["path"].value) == (0.4, "社会民生 / 就业")
        cats = {r[0].value: [c.value for c in r] for r in wb["categories"].iter_rows(min_row=2)}
        assert cats["2.2"][:7] == ["2.2", "社会民生 / 就业", "2", "就业", 20, 5, None]
        by_id["e"]["points"].value = 14  # a reviewer's fix deep in the tree: 项目投资 no longer adds up
        wb.save(path)
        assert import_review(store, path, author="li").changes == ["item e: points 15 → 14"]
        scheme = store.get(1).scheme
    assert [(f.target, f.declared, f.computed) for f in reconcile(scheme)] == [("1.2", 25, 24)]
    res = score_3l(scheme, tmp_path, [f if f[:3] != ("乙", "e", "score") else ("乙", "e", "score", 14) for f in FACTS_3L])
    assert [fmt(int(x)) for x in res.total] == ["74.5", "92"]
    assert [fmt(int(res.categories[c][1])) for c in ("1", "1.2", "2")] == ["47", "24", "45"]


def test_a_correction_that_makes_a_rule_exceed_its_item_blocks_publishing(tmp_path):
    scheme = build_three_level()
    with Store.open(home=tmp_path / "home") as store:
        store.ingest(write_notice(tmp_path, "n.docx"), scheme, "x-1", author="bot")
        assert store.publish_blockers(1) == []
        store.correct(1, [{"op": "replace", "path": "/items/@b/points", "value": 6},
                          {"op": "replace", "path": "/categories/@1.1.1/points", "value": 18},
                          {"op": "replace", "path": "/categories/@1.1/points", "value": 33},
                          {"op": "replace", "path": "/categories/@1/points", "value": 58},
                          {"op": "replace", "path": "/total_points", "value": 98}],
                      author="li", reason="b is 6", base_revision=1)
        assert store.publish_blockers(1) == ["item b: tier '完成80%以上' is worth 8, more than the item's 6 points"]
