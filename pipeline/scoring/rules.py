"""Column-wise scoring of one item's rule for all units at once.

Each function takes the item's input columns (micro-point int64 arrays plus
presence masks) and returns the item score of every unit in micro-points.
No per-unit Python: the formulas are numpy expressions over whole columns.
The per-unit explanation in :mod:`explain` follows the same formulas.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from schemes.model import (
    Comparison, ComponentsRule, Item, ManualRule, PerOccurrenceRule, ProportionalRule, RangeRule, ThresholdRule,
    Tier, TiersRule,
)

from .inputs import is_numeric_tiers
from .numbers import SCALE, mul, muldiv, to_micro

Getter = Callable[[str], tuple[np.ndarray, np.ndarray]]

_OPS = {
    ">=": np.greater_equal, ">": np.greater, "<=": np.less_equal, "<": np.less, "==": np.equal,
}


def compare(values: np.ndarray, op: str, target: np.ndarray | int) -> np.ndarray:
    return _OPS[op](values, target)


def in_tier(values: np.ndarray, tier: Tier) -> np.ndarray:
    ok = np.ones(values.shape, dtype=bool)
    if tier.lower is not None:
        lo = to_micro(tier.lower)
        ok &= values >= lo if tier.lower_inclusive else values > lo
    if tier.upper is not None:
        up = to_micro(tier.upper)
        ok &= values <= up if tier.upper_inclusive else values < up
    return ok


def yes(get: Getter, name: str) -> np.ndarray:
    v, p = get(name)
    return p & (v == 1)


def score_rule(item: Item, get: Getter, n: int, *, deduction: bool,
               unit_target: np.ndarray | None = None) -> np.ndarray:
    """The rule's score (micro) for every unit; gates applied; no `score` override.

    Amounts come from the rule (tier points, per-occurrence step, caps,
    ranges); the item's maximum only ever from ``item.points``.
    """
    rule = item.rule
    mx = to_micro(item.points) if item.points is not None else None
    zeros = np.zeros(n, dtype=np.int64)
    if rule is None or isinstance(rule, ManualRule):
        v, p = get("score")
        return np.where(p, v, 0)
    if isinstance(rule, ThresholdRule):
        s = threshold(rule, get, n, unit_target, mx)
    elif isinstance(rule, ComponentsRule):
        s = components(rule, get, n, mx, floor_zero=not deduction)
    elif isinstance(rule, TiersRule):
        s = tiers(rule, get, n)
    elif isinstance(rule, PerOccurrenceRule):
        s = per_occurrence(rule, get, mx, deduction=deduction)
    elif isinstance(rule, ProportionalRule):
        s = proportional(rule, get, n, mx)
    elif isinstance(rule, RangeRule):
        s = chosen_in_range(rule, get, n, mx, deduction=deduction)
    else:  # pragma: no cover - the Rule union is closed
        s = zeros
    if mx is not None and not isinstance(rule, (PerOccurrenceRule, RangeRule)):
        s = np.minimum(s, mx)
    if rule.gate:
        s = np.where(gate_failed(get), 0, s)
    return s.astype(np.int64)


def gate_failed(get: Getter) -> np.ndarray:
    v, p = get("met")
    return p & (v == 0)


def threshold_target(rule: ThresholdRule, unit_target: np.ndarray | None) -> tuple[str, np.ndarray | int] | None:
    if rule.target_table is not None and unit_target is not None:
        return ">=", unit_target
    if rule.target is not None:
        return rule.target.op, to_micro(rule.target.value)
    return None


def threshold(rule: ThresholdRule, get: Getter, n: int, unit_target: np.ndarray | None,
              mx: int | None) -> np.ndarray:
    pts = mx or 0  # worth the item's points
    val, val_p = get("value")
    met = np.zeros(n, dtype=bool) if rule.gate else yes(get, "met")
    tgt = threshold_target(rule, unit_target)
    if tgt is not None:
        met = np.where(val_p, compare(val, tgt[0], tgt[1]), met)
    return np.where(met, pts, 0)


def components(rule: ComponentsRule, get: Getter, n: int, mx: int | None, *, floor_zero: bool) -> np.ndarray:
    total = np.zeros(n, dtype=np.int64)
    for k, comp in enumerate(rule.components, 1):
        pts = to_micro(comp.points)
        if comp.per_occurrence:
            count, _ = get(f"count:{k}")
            total += mul(pts, count)
        else:
            total += np.where(yes(get, f"met:{k}"), pts, 0)
    if mx is not None:
        total = np.minimum(total, mx)
    if floor_zero:
        total = np.maximum(total, 0)
    return total


def tiers(rule: TiersRule, get: Getter, n: int) -> np.ndarray:
    best = np.zeros(n, dtype=np.int64)
    if is_numeric_tiers(rule):
        val, p = get("value")
        for tier in rule.tiers:
            best = np.maximum(best, np.where(p & in_tier(val, tier), to_micro(tier.points), 0))
    else:
        for k, tier in enumerate(rule.tiers, 1):
            best = np.maximum(best, np.where(yes(get, f"met:{k}"), to_micro(tier.points), 0))
    return best


def per_occurrence(rule: PerOccurrenceRule, get: Getter, mx: int | None, *, deduction: bool) -> np.ndarray:
    count, _ = get("count")
    delta = to_micro(rule.delta)
    change = mul(delta, count)
    if rule.cap is not None:
        cap = to_micro(abs(rule.cap))
        change = np.clip(change, -cap, cap)
    if deduction or mx is None:
        return change
    start = mx if delta < 0 else 0
    floor = to_micro(rule.floor) if rule.floor is not None else 0
    return np.minimum(np.maximum(start + change, floor), mx)


def proportional_base(rule: ProportionalRule) -> int | None:
    """The figure that counts as 100% (a ``>=`` target), or None when the value is the ratio itself."""
    t: Comparison | None = rule.target
    if t is not None and t.op in (">=", ">") and t.value > 0:
        return to_micro(t.value)
    return None


def proportional(rule: ProportionalRule, get: Getter, n: int, mx: int | None) -> np.ndarray:
    pts = mx or 0  # a share of the item's points
    val, p = get("value")
    base = proportional_base(rule)
    if base is None:
        base = SCALE
    capped = np.clip(val, 0, base)
    return np.where(p, muldiv(pts, capped, base), 0)


def chosen_in_range(rule: RangeRule, get: Getter, n: int, mx: int | None, *, deduction: bool) -> np.ndarray:
    """The rater's chosen amount (the `score` input, validated to be 0 or inside the range), times
    the `count` for a per-occurrence range, taken off the item's points (or the base) or added."""
    amount, p = get("score")
    amount = np.where(p, amount, 0)
    if rule.per_occurrence:
        count, cp = get("count")
        amount = mul(amount, np.where(cp, count, SCALE))
    if rule.direction == "award":
        return amount if mx is None else np.minimum(amount, mx)
    if deduction or mx is None:
        return -amount
    return np.maximum(mx - amount, 0)
