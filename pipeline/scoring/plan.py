"""How a scheme composes its total: parts, their weights and rater groups.

Resolved once per run from ``Scheme.parts``/``weights``/``categories`` so the
engine and the explanations use the same reading of the notice (002: total =
共性工作 × 0.7 + 特色品牌工作 × 0.3; 共性工作 = 领导 × 0.25 + 业务部门 × 0.6 +
基层 × 0.15, the 业务部门 group being the sum of the item scores).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kaohe.i18n import _
from schemes.model import Scheme

from .errors import SchemeNotScorable
from .numbers import is_exact_micro, to_micro


@dataclass(frozen=True)
class RaterPlan:
    name: str
    weight: int  # micro
    rates_items: bool


@dataclass(frozen=True)
class PartPlan:
    id: str
    name: str
    weight: int | None  # micro; None when parts are summed unweighted
    raters: tuple[RaterPlan, ...]
    items: tuple[str, ...]
    max: Decimal | None

    @property
    def direct_raters(self) -> tuple[str, ...]:
        """Rater groups giving a direct part score ("" = one score without a rater)."""
        if self.raters:
            return tuple(r.name for r in self.raters if not r.rates_items)
        return () if self.items else ("",)


@dataclass(frozen=True)
class PartsPlan:
    parts: tuple[PartPlan, ...]
    weighted: bool
    loose_items: tuple[str, ...]  # items outside every part (summed unweighted)
    notes: tuple[str, ...] = field(default=())


def plan_parts(scheme: Scheme) -> PartsPlan:
    """Resolve parts, part weights and rater weights; raise SchemeNotScorable on contradictions."""
    if not scheme.parts:
        if any(w.part or w.rater for w in scheme.weights):
            raise SchemeNotScorable("the scheme has weights but no parts to apply them to")
        return PartsPlan((), False, tuple(i.id for i in scheme.items))

    by_key = {p.id: p for p in scheme.parts} | {p.name: p for p in scheme.parts}
    part_weight: dict[str, float] = {}
    raters: dict[str, list[RaterPlan]] = {p.id: [] for p in scheme.parts}
    for w in scheme.weights:
        part = by_key.get(w.part or "")
        if part is None:
            raise SchemeNotScorable(f"weight {w.weight} names part {w.part!r}, which the scheme does not have")
        _check_weight(w.weight, f"weight of {part.name}")
        if w.rater:
            raters[part.id].append(RaterPlan(w.rater, to_micro(w.weight), w.rates_items))
        else:
            part_weight[part.id] = w.weight
    for p in scheme.parts:
        if p.id not in part_weight and p.weight is not None:
            _check_weight(p.weight, f"weight of {p.name}")
            part_weight[p.id] = p.weight

    cat_part = {c.id: next((a.part for a in reversed(scheme.category_path(c.id)) if a.part), None)
                for c in scheme.categories}  # a sub-category is in the part of its nearest ancestor that has one
    items_of: dict[str, list[str]] = {p.id: [] for p in scheme.parts}
    loose: list[str] = []
    for item in scheme.items:
        pid = cat_part.get(item.category)
        if pid is not None and pid not in items_of:
            pid = by_key[pid].id if pid in by_key else None
        (items_of[pid] if pid is not None else loose).append(item.id)

    weighted = bool(part_weight)
    notes: list[str] = []
    if weighted:
        missing = [p.name for p in scheme.parts if p.id not in part_weight]
        if missing:
            raise SchemeNotScorable(f"part(s) {', '.join(missing)} have no weight while others do")
        total = sum(Decimal(str(v)) for v in part_weight.values())
        if total != 1:
            notes.append(_("part weights add up to {total}, not 1").format(total=total))
    if loose and scheme.parts:
        notes.append(_("{n} item(s) belong to no part and are added to the total unweighted").format(n=len(loose)))

    plans = []
    for p in scheme.parts:
        rp = tuple(raters[p.id])
        if rp:
            total = sum(Decimal(r.weight) for r in rp) / Decimal(10**6)
            if total != 1:
                notes.append(_("rater weights of {part} add up to {total}, not 1").format(part=p.name, total=total))
            if sum(r.rates_items for r in rp) > 1:
                raise SchemeNotScorable(f"more than one rater group of {p.name} rates the items")
            if items_of[p.id] and not any(r.rates_items for r in rp):
                notes.append(_("no rater group of {part} rates its items; item scores are shown but not counted").format(
                    part=p.name))
        mx = _part_max(scheme, items_of[p.id])
        w = to_micro(part_weight[p.id]) if weighted else None
        plans.append(PartPlan(p.id, p.name, w, rp, tuple(items_of[p.id]), mx))
    return PartsPlan(tuple(plans), weighted, tuple(loose), tuple(notes))


def _part_max(scheme: Scheme, item_ids: list[str]) -> Decimal | None:
    """Most a direct part score may be: the part's item total, else the scheme's declared total."""
    pts = [scheme.item(i).points for i in item_ids]
    if pts and all(p is not None for p in pts):
        return sum((Decimal(str(p)) for p in pts), Decimal(0))
    if scheme.total_points is not None:
        return Decimal(str(scheme.total_points))
    return None


def _check_weight(w: float, what: str) -> None:
    if not is_exact_micro(w):
        raise SchemeNotScorable(f"{what} {w} has more than 6 decimals")
    if w < 0:
        raise SchemeNotScorable(f"{what} {w} is negative")
