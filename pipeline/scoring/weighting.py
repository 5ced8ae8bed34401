"""Weighted levels: combining children by their weights, exactly, column-wise.

Which levels are weighted is decided once, by :func:`schemes.reconcile.levels`
(the same reading reconciliation flags).  A weighted level's score is

    score = Σ weight_c × (score_c ÷ max_c) ÷ Σ weights × scale

where ``max_c`` is the child's points (an item's points, a category's
declared base + bonus, else what its contents add up to), or 100 for a child
without points (the rater's 0–100 score or its rule scored out of 100 —
:meth:`~pipeline.scoring.inputs.Contract.scored_item` — or a weighted
sub-category without declared points); ``scale`` is the level's own declared points (base +
bonus), or the scheme's declared total at the top, else 100.  A weight is
never turned into points: it only says how the children's shares mix.

The arithmetic is exact: each level is one fraction over Python integers
(millionths in, one truncation toward zero at the 6th decimal out, as
:mod:`numbers` does for a proportional score), so 2-decimal ROUND_HALF_UP at
output gives the printed result.  A deduction scheme never weighs (its items
are signed changes from a base).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import lcm

import numpy as np

from kaohe.i18n import _
from schemes.model import Scheme
from schemes.reconcile import Level, contribution, levels, max_points

from .numbers import fmt_exact, to_micro

HUNDRED = to_micro(100)


@dataclass(frozen=True)
class WeightedChild:
    kind: str  # "item" | "category"
    id: str
    name: str
    weight: int  # micro
    max: int  # micro; what the child's score is a share of


@dataclass(frozen=True)
class WeightedLevel:
    target: str | None  # category id; None = the top (of ``part``)
    part: str | None
    children: tuple[WeightedChild, ...]
    scale: int  # micro; the level's score when every child is full

    @property
    def weight_sum(self) -> int:
        return sum(c.weight for c in self.children)


@dataclass(frozen=True)
class Weighting:
    """The weighted levels of a scheme (empty: it is scored by adding up, as always)."""

    categories: dict[str, WeightedLevel]
    tops: dict[str | None, WeightedLevel]  # part key (None without parts) → weighted top level

    def __bool__(self) -> bool:
        return bool(self.categories or self.tops)

    def weighted_items(self) -> set[str]:
        """Items that are children of a weighted level (without points, their score is out of 100)."""
        return {c.id for level in [*self.categories.values(), *self.tops.values()]
                for c in level.children if c.kind == "item"}

    def category_max(self, category_id: str) -> int | None:
        level = self.categories.get(category_id)
        return level.scale if level is not None else None


def plan_weighting(scheme: Scheme) -> Weighting:
    """Resolve which levels combine by weights, with each child's maximum and the level's scale."""
    if scheme.scoring_model == "deduction":
        return Weighting({}, {})
    found = levels(scheme)
    weighted_ids = {x.target for x in found if x.rule == "weights" and x.target is not None}
    cats: dict[str, WeightedLevel] = {}
    tops: dict[str | None, WeightedLevel] = {}
    for level in found:
        if level.rule != "weights":
            continue
        if level.target is not None:
            declared = max_points(scheme.category(level.target))
            scale = to_micro(declared) if declared is not None else HUNDRED
        else:
            scale = to_micro(scheme.total_points) if scheme.total_points is not None else HUNDRED
        wl = WeightedLevel(level.target, level.part, _children(scheme, level, weighted_ids), scale)
        if level.target is not None:
            cats[level.target] = wl
        else:
            tops[level.part] = wl
    return Weighting(cats, tops)


def _children(scheme: Scheme, level: Level, weighted_ids: set[str]) -> tuple[WeightedChild, ...]:
    out = []
    for c in level.children:
        if c.kind == "category":
            declared = max_points(scheme.category(c.id))
            if declared is not None:
                mx = to_micro(declared)
            elif c.id in weighted_ids:
                mx = HUNDRED
            else:  # an undeclared sub-category that adds up: out of what its contents add up to
                contents = contribution(scheme, c.id)
                mx = to_micro(contents) if contents is not None else HUNDRED
        else:
            mx = to_micro(c.points) if c.points is not None else HUNDRED
        out.append(WeightedChild(c.kind, c.id, c.name, to_micro(c.weight), mx))
    return tuple(out)


def combine(level: WeightedLevel, scores: list[np.ndarray], n: int) -> np.ndarray:
    """Σ wᵢ·sᵢ/maxᵢ ÷ Σ w × scale for every unit, as one exact fraction, truncated at the 6th decimal."""
    terms = [(c, s) for c, s in zip(level.children, scores) if c.max != 0]
    w_sum = level.weight_sum
    if not terms or w_sum == 0:
        return np.zeros(n, dtype=np.int64)
    denominators = [c.max * w_sum for c, _ in terms]
    common = lcm(*denominators)
    num = np.zeros(n, dtype=object)
    for (c, s), d in zip(terms, denominators):
        num = num + np.asarray(s, dtype=np.int64).astype(object) * (c.weight * level.scale * (common // d))
    q = np.frompyfunc(lambda x: -((-x) // common) if x < 0 else x // common, 1, 1)(num)
    return q.astype(np.int64)


def category_scores(scheme: Scheme, weighting: Weighting, items: dict[str, np.ndarray],
                    n: int) -> dict[str, np.ndarray]:
    """Every category's score, bottom-up: weighted levels combine by weight, the others add up their
    items and sub-categories (a sub-category counted with its own, possibly weighted, score)."""
    out: dict[str, np.ndarray] = {}

    def visit(cat_id: str, path: frozenset[str]) -> np.ndarray:
        if cat_id in out:
            return out[cat_id]
        level = weighting.categories.get(cat_id)
        subs = [c.id for c in scheme.children_of(cat_id) if c.id not in path]
        if level is not None:
            arrays = [items[c.id] if c.kind == "item" else visit(c.id, path | {c.id}) for c in level.children]
            value = combine(level, arrays, n)
        else:
            value = np.zeros(n, dtype=np.int64)
            for i in scheme.items_of(cat_id):
                value = value + items[i.id]
            for sub in subs:
                value = value + visit(sub, path | {sub})
        out[cat_id] = value.astype(np.int64)
        return out[cat_id]

    for cat in scheme.categories:
        visit(cat.id, frozenset({cat.id}))
    return out


def top_score(weighting: Weighting, part: str | None, items: dict[str, np.ndarray],
              categories: dict[str, np.ndarray], n: int) -> np.ndarray | None:
    """The weighted score of the top level (of a part), or None when that level adds up."""
    level = weighting.tops.get(part)
    if level is None:
        return None
    return combine(level, [items[c.id] if c.kind == "item" else categories[c.id] for c in level.children], n)


# --------------------------------------------------------------------------- explanations


def explain_level(level: WeightedLevel, name: str, value: int, child_values: list[int]) -> str:
    """``经济发展 = (产业发展 28/35×0.5 + 项目投资 20/25×0.5) × 60 = 51.6`` (÷ Σ weights when not 1)."""
    terms = " + ".join(f"{c.name} {fmt_exact(v)}/{fmt_exact(c.max)}×{fmt_exact(c.weight)}"
                       for c, v in zip(level.children, child_values))
    div = "" if level.weight_sum == to_micro(1) else f" ÷ {fmt_exact(level.weight_sum)}"
    return f"{name} = ({terms}){div} × {fmt_exact(level.scale)} = {fmt_exact(value)}"


def explain_weighted(scheme: Scheme, weighting: Weighting, items: dict[str, np.ndarray],
                     categories: dict[str, np.ndarray], u: int) -> list[str]:
    """One line per weighted level for unit ``u``, bottom-up (deepest categories first, each figure
    explained before it is used), then the top level(s)."""
    def child(c: WeightedChild) -> int:
        return int((items if c.kind == "item" else categories)[c.id][u])

    lines = []
    depth = {c.id: len(scheme.category_path(c.id)) for c in scheme.categories if c.id in weighting.categories}
    for cat in sorted((c for c in scheme.categories if c.id in depth), key=lambda c: -depth[c.id]):
        level = weighting.categories.get(cat.id)
        if level is not None:
            lines.append(explain_level(level, cat.name, int(categories[cat.id][u]),
                                       [child(c) for c in level.children]))
    for part, level in weighting.tops.items():
        values = [child(c) for c in level.children]
        value = combine(level, [np.array([v], dtype=np.int64) for v in values], 1)[0]
        name = next((p.name for p in scheme.parts if part in (p.id, p.name)), part)
        lines.append(explain_level(level, name if part else _("weighted total"), int(value), values))
    return lines
