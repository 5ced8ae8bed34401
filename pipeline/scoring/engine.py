"""Composing a scheme's total from the validated facts, column-wise over all units.

items → category subtotals (every level of the category tree: a category's
subtotal holds its own items and those of all its sub-categories) → parts
(rater groups, weights) → total, then bonus/deductions, vetoes, ranks and
grades.  Every array is int64 micro-points (see :mod:`numbers`); nothing
here loops over units.

Weights of categories and items are never turned into points; they decide
how a level combines its children (:mod:`weighting`, levels read by
:func:`schemes.reconcile.levels`):

* every child carries points → the level adds them up (weights printed
  beside points are informational);
* every child carries a weight and not all carry points → the level's score
  is Σ weight × (child score ÷ child max) ÷ Σ weights × the level's points
  (100 when it declares none; the scheme's declared total at the top); a
  child without points is out of 100 (a rater's 0–100 `score`, or its rule
  scored as if the item had 100 points);
* some children weighted, others bare → added up, and flagged ``ambiguous``
  by reconciliation.

A scheme without weighted levels is scored exactly as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from kaohe.i18n import _
from schemes.model import Entry, RangeRule, Scheme, SoftCap, ThresholdRule
from schemes.reconcile import max_points, top_categories

from .entries import entry_trace
from .grading import assign_grades, competition_rank
from .inputs import Contract
from .matrix import FactMatrix
from .numbers import hundredths, mul, to_decimal, to_micro
from .plan import PartsPlan
from .rules import score_rule
from .submissions import Submission
from .weighting import category_scores, top_score


@dataclass
class Results:
    """All scores of a run, as micro-point columns (one value per unit)."""

    scheme: Scheme
    contract: Contract
    submission: Submission
    units: list[str]
    items: dict[str, np.ndarray]
    overridden: dict[str, np.ndarray]  # item → units whose rater `score` replaced the rule
    categories: dict[str, np.ndarray]  # every category, parents included: the sum of all items under it
    entries: dict[str, np.ndarray]
    bonus: np.ndarray
    deductions: np.ndarray
    raters: dict[tuple[str, str], np.ndarray]  # (part id, rater group) → group score
    parts: dict[str, np.ndarray]
    total: np.ndarray
    rank: np.ndarray
    grade: list[str]
    vetoes: dict[str, np.ndarray]  # veto id → units it applies to
    missing: dict[str, np.ndarray]
    notes: list[str] = field(default_factory=list)
    award_ties: dict[int, str] = field(default_factory=dict)

    @property
    def plan(self) -> PartsPlan:
        return self.contract.parts

    @property
    def n(self) -> int:
        return len(self.units)

    def veto_ids(self, u: int) -> list[str]:
        return [v for v, m in self.vetoes.items() if m[u]]

    def unit_flags(self, u: int) -> list[str]:
        flags = [f"veto:{v}" for v in self.veto_ids(u)]
        flags += [f"missing:{k}" for k, m in self.missing.items() if m[u]]
        if u in self.award_ties:
            flags.append(f"award_tie:{self.award_ties[u]}")
        return flags

    def total_hundredths(self) -> np.ndarray:
        return hundredths(self.total)

    def category_max(self, category_id: str) -> Decimal | None:
        """Most a category can bring: its declared base points plus its declared bonus (100 for a
        weighted category that declares no points: its score is a weighted 0–100)."""
        declared = category_max(self.scheme, category_id)
        if declared is None and (scale := self.contract.weighting.category_max(category_id)) is not None:
            return to_decimal(scale)
        return declared


def category_max(scheme: Scheme, category_id: str) -> Decimal | None:
    """Declared base + bonus of a category ("23分+10分" → 33), else its declared points, else None."""
    value = max_points(scheme.category(category_id))
    return None if value is None else value.normalize()


def category_subtotals(scheme: Scheme, items: dict[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
    """Per-category subtotals at every level: each category sums all the items under it."""
    return {c.id: _sum([items[i.id] for i in scheme.items_under(c.id)], n) for c in scheme.categories}


def part_roots(scheme: Scheme) -> dict[str, list[str]]:
    """Per part id: its categories whose parent is in another part (or none) — what the part adds up."""
    by_key = {p.id: p.id for p in scheme.parts} | {p.name: p.id for p in scheme.parts}
    ids = {c.id for c in scheme.categories}

    def part_of(cat_id: str) -> str | None:
        return next((by_key.get(a.part) for a in reversed(scheme.category_path(cat_id)) if a.part), None)

    roots: dict[str, list[str]] = {}
    for c in scheme.categories:
        pid = part_of(c.id)
        if pid is not None and (c.parent is None or c.parent not in ids or part_of(c.parent) != pid):
            roots.setdefault(pid, []).append(c.id)
    return roots


def unit_targets(scheme: Scheme, item_id: str, units: list[str]) -> np.ndarray | None:
    """Per-unit target of a target-table item, in micro (units without a row get 0; validation forbids that)."""
    rule = scheme.item(item_id).rule
    if not isinstance(rule, ThresholdRule) or not rule.target_table:
        return None
    table = next(t for t in scheme.targets if t.id == rule.target_table)
    return np.array([to_micro(table.rows.get(u, 0)) for u in units], dtype=np.int64)


def score(submission: Submission, contract: Contract) -> Results:
    """Score every unit of a validated submission."""
    scheme = contract.scheme
    m = submission.matrix
    n = m.n_units
    deduction = scheme.scoring_model == "deduction"
    missing = submission.missing

    items: dict[str, np.ndarray] = {}
    overridden: dict[str, np.ndarray] = {}
    for item in scheme.items:
        get = _getter(m, item.id)
        s = score_rule(contract.scored_item(item), get, n, deduction=deduction,
                       unit_target=unit_targets(scheme, item.id, m.units))
        over_v, over_p = m.get(item.id, "score")
        if isinstance(item.rule, RangeRule):  # its `score` is the amount chosen in the range, an input
            over_p = np.zeros(n, dtype=bool)
        s = np.where(over_p, over_v, s)
        if item.id in missing:
            s = np.where(missing[item.id], 0, s)
        items[item.id] = s.astype(np.int64)
        overridden[item.id] = over_p

    weighting = contract.weighting
    if weighting:
        categories = category_scores(scheme, weighting, items, n)
    else:
        categories = category_subtotals(scheme, items, n)
    entries = {e.id: entry_score(e, m) for e in [*scheme.bonus, *scheme.deductions]}
    bonus = _sum([entries[e.id] for e in scheme.bonus], n)
    deductions = _sum([entries[e.id] for e in scheme.deductions], n)
    bonus = soft_capped(bonus, scheme.bonus_soft_cap)   # 超过5分的部分按50%计入, before any hard cap
    deductions = soft_capped(deductions, scheme.deduction_soft_cap)
    if scheme.bonus_cap is not None:   # 加分最多5分: the entries together, not each
        bonus = np.minimum(bonus, to_micro(scheme.bonus_cap))
    if scheme.deduction_cap is not None:   # deductions are negative: at most the cap taken off
        deductions = np.maximum(deductions, -to_micro(scheme.deduction_cap))

    plan = contract.parts
    raters: dict[tuple[str, str], np.ndarray] = {}
    parts: dict[str, np.ndarray] = {}
    roots = part_roots(scheme) if weighting else {}
    for p in plan.parts:
        if weighting:  # the part's top-level categories, with their own (possibly weighted) scores
            item_sum = top_score(weighting, p.id, items, categories, n)
            if item_sum is None:
                item_sum = top_score(weighting, p.name, items, categories, n)
            if item_sum is None:
                loose_ids = {c.id for c in scheme.categories}
                item_sum = _sum([categories[c] for c in roots.get(p.id, [])]
                                + [items[i] for i in p.items if scheme.item(i).category not in loose_ids], n)
        else:
            item_sum = _sum([items[i] for i in p.items], n)
        if p.raters:
            acc = np.zeros(n, dtype=np.int64)
            for r in p.raters:
                g = item_sum if r.rates_items else m.get(p.id, "score", r.name)[0]
                raters[(p.id, r.name)] = g
                acc += mul(g, r.weight)
            parts[p.id] = acc
        elif p.items:
            parts[p.id] = item_sum
        else:
            parts[p.id] = m.get(p.id, "score")[0]

    if plan.parts:
        core = _sum([mul(parts[p.id], p.weight) if plan.weighted else parts[p.id] for p in plan.parts], n)
        core += _sum([items[i] for i in plan.loose_items], n)
    elif weighting:
        core = top_score(weighting, None, items, categories, n)
        if core is None:
            known = {c.id for c in scheme.categories}
            core = _sum([categories[c.id] for c in top_categories(scheme)]
                        + [items[i.id] for i in scheme.items if i.category not in known], n)
    else:
        core = _sum(list(items.values()), n)
    base = to_micro(scheme.base_points) if deduction and scheme.base_points is not None else 0
    total = base + core + bonus + deductions

    vetoes = {v.id: (lambda vp: vp[1] & (vp[0] == 1))(m.get(v.id, "met")) for v in scheme.veto}
    standing = standings(total, vetoes, contract)
    return Results(
        scheme=scheme, contract=contract, submission=submission, units=list(m.units), items=items,
        overridden=overridden, categories=categories, entries=entries, bonus=bonus, deductions=deductions,
        raters=raters, parts=parts, total=total.astype(np.int64), rank=standing.rank, grade=standing.grade,
        vetoes=vetoes, missing=dict(missing), notes=[*skipped_notes(submission.skipped), *standing.notes],
        award_ties=standing.award_ties,
    )


SKIPPED_SHOWN = 10


def skipped_notes(units: list[str]) -> list[str]:
    """The run note naming the units left blank in the template (skipped, not scored)."""
    if not units:
        return []
    names = "、".join(units[:SKIPPED_SHOWN]) + (_(" and {n} more").format(n=len(units) - SKIPPED_SHOWN)
                                                if len(units) > SKIPPED_SHOWN else "")
    return [_("{n} unit(s) left blank in the template: skipped, not scored: {units}").format(n=len(units),
                                                                                          units=names)]


@dataclass
class Standing:
    rank: np.ndarray
    grade: list[str]
    notes: list[str]
    award_ties: object


def standings(total: np.ndarray, vetoes: dict[str, np.ndarray], contract: Contract) -> Standing:
    """Ranks, grades and run notes from the totals of *all* units.

    Ranks and count-limited awards depend on every unit, so a batch scored in
    partitions calls this once on the combined totals.
    """
    scheme = contract.scheme
    vetoed = _any(list(vetoes.values()), len(total))
    h = hundredths(total)
    grading = assign_grades(h, ~vetoed, scheme.grades)
    notes = list(contract.parts.notes) + grading.notes
    if vetoed.any():
        effect = scheme.veto_effect or _("excluded from grades and awards")
        notes.append(_("{n} unit(s) vetoed ({effect}): scored and ranked, but given no grade or award").format(
            n=int(vetoed.sum()), effect=effect))
    return Standing(rank=competition_rank(h), grade=grading.grade, notes=notes, award_ties=grading.tie_units)


def entry_score(entry: Entry, m: FactMatrix) -> np.ndarray:
    """Bonus (+) or deduction (−) of one entry for every unit (:func:`.entries.entry_trace`)."""
    return entry_trace(entry, _getter(m, entry.id), m.n_units).score


def soft_capped(points: np.ndarray, soft: SoftCap | None) -> np.ndarray:
    """Points (micro, signed) whose size above ``soft.above`` counts at ``soft.rate``; integer
    arithmetic, half up, like every other product of the engine."""
    if soft is None:
        return points
    size = np.abs(points)
    over = np.maximum(size - to_micro(soft.above), 0)
    counted = (over * to_micro(soft.rate) + 500_000) // 1_000_000
    return np.sign(points) * (size - over + counted)


def _getter(m: FactMatrix, target: str):
    return lambda name: m.get(target, name)


def _sum(arrays: list[np.ndarray], n: int) -> np.ndarray:
    out = np.zeros(n, dtype=np.int64)
    for a in arrays:
        out += a
    return out


def _any(masks: list[np.ndarray], n: int) -> np.ndarray:
    out = np.zeros(n, dtype=bool)
    for a in masks:
        out |= a
    return out
