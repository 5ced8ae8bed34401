"""The extracted schemes score exactly like the hand-built mirrors of the notices:
same ids, points, rule kinds and rule parameters, bonus levels and weights."""

import pytest

from scoring_schemes import (
    hand_scheme_001, hand_scheme_002, hand_scheme_003, scheme_001, scheme_002, scheme_003,
)


def rule_params(rule):
    if rule is None:
        return None
    data = rule.model_dump(exclude={"text"})
    data.pop("gate", None) if data.get("gate") is None else data.update(gate=True)
    for key in ("components", "tiers"):
        for part in data.get(key, []):
            part.pop("label", None)
    if data.get("target"):
        data["target"] = {k: data["target"][k] for k in ("op", "value")}
    return data


PAIRS = [(hand_scheme_001, scheme_001), (hand_scheme_002, scheme_002), (hand_scheme_003, scheme_003)]


@pytest.mark.parametrize("hand, extracted", PAIRS, ids=["001", "002", "003"])
def test_items_have_the_same_ids_points_and_rules(hand, extracted):
    h, e = hand(), extracted()
    assert [(i.id, i.points) for i in e.items] == [(i.id, i.points) for i in h.items]
    for hi, ei in zip(h.items, e.items):
        assert rule_params(ei.rule) == rule_params(hi.rule), ei.id


@pytest.mark.parametrize("hand, extracted", PAIRS, ids=["001", "002", "003"])
def test_entries_weights_and_grades_agree(hand, extracted):
    h, e = hand(), extracted()
    assert [(b.id, b.points, b.levels, b.shared_factor) for b in e.bonus] == \
        [(b.id, b.points, b.levels, b.shared_factor) for b in h.bonus]
    assert [(d.id, d.points) for d in e.deductions] == [(d.id, d.points) for d in h.deductions]
    assert [v.id for v in e.veto] == [v.id for v in h.veto]
    assert [(w.part, w.rater, w.weight, w.rates_items) for w in e.weights] == \
        [(w.part, w.rater, w.weight, w.rates_items) for w in h.weights]
    assert [(g.name, g.count, g.min_score) for g in e.grades] == [(g.name, g.count, g.min_score) for g in h.grades]
