"""Do the numbers add up?  Reconciliation of subtotals and totals, for review and publishing.

A category reconciles when the points of its items add up to its declared
points; the scheme reconciles when the categories (declared points, else
their items' sum) add up to the declared total — for a scheme in parts, each
part may instead add up to the total on its own.  Schemes scored by deduction
(items without points) have nothing to add up.  Sums use Decimal rounded to
two places, as printed in notices.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import Flag, Scheme

CENT = Decimal("0.01")


def _d(x: float | None) -> Decimal | None:
    return None if x is None else Decimal(str(x)).quantize(CENT)


@dataclass(frozen=True)
class Sum:
    what: str  # "category 3 维权帮扶" or "total"
    target: str | None  # category id, None for the total
    declared: Decimal
    computed: Decimal

    @property
    def ok(self) -> bool:
        return self.declared == self.computed

    def describe(self) -> str:
        verb = "reconciles" if self.ok else "does not reconcile"
        parts = "items" if self.target else "categories"
        return f"{self.what} {verb}: declared {_fmt(self.declared)}, {parts} add up to {_fmt(self.computed)}"


def _fmt(x: Decimal) -> str:
    return format(x.normalize(), "f")


def category_sum(scheme: Scheme, category_id: str) -> Sum | None:
    cat = scheme.category(category_id)
    points = [i.points for i in scheme.items_of(category_id) if i.points is not None]
    if cat.points is None or not points:
        return None
    return Sum(f"category {cat.id} {cat.name}", cat.id, _d(cat.points), sum((_d(p) for p in points), Decimal(0)))


def total_sum(scheme: Scheme) -> Sum | None:
    if scheme.total_points is None or not scheme.categories:
        return None
    subtotal: dict[str | None, Decimal] = {}
    for cat in scheme.categories:
        points = cat.points
        if points is None:
            item_points = [i.points for i in scheme.items_of(cat.id) if i.points is not None]
            if not item_points:
                continue
            points = sum(item_points)
        subtotal[cat.part] = subtotal.get(cat.part, Decimal(0)) + _d(points)
    if not subtotal:
        return None
    declared = _d(scheme.total_points)
    overall = sum(subtotal.values(), Decimal(0))
    if overall != declared and len(subtotal) > 1 and all(v == declared for v in subtotal.values()):
        overall = declared  # each part is scored out of the total and weighted
    return Sum("total", None, declared, overall)


def sums(scheme: Scheme) -> list[Sum]:
    found = [category_sum(scheme, c.id) for c in scheme.categories]
    found.append(total_sum(scheme))
    return [s for s in found if s is not None]


def unreconciled(scheme: Scheme) -> list[Sum]:
    return [s for s in sums(scheme) if not s.ok]


def flag_category(scheme: Scheme, flag: Flag) -> str | None:
    """The category id a subtotal flag is about (by target id, else by category name)."""
    ids = {c.id for c in scheme.categories}
    if flag.target in ids:
        return flag.target
    return next((c.id for c in scheme.categories if flag.category and c.name == flag.category), None)


def flag_note(scheme: Scheme, flag: Flag) -> str | None:
    """For a sum flag, whether the numbers reconcile now (after corrections)."""
    if flag.kind == "subtotal_mismatch":
        cat = flag_category(scheme, flag)
        s = category_sum(scheme, cat) if cat else None
    elif flag.kind == "total_mismatch":
        s = total_sum(scheme)
    else:
        return None
    if s is None:
        return "cannot be checked now (points missing)"
    return ("now reconciles" if s.ok else "still does not reconcile") + \
        f": declared {_fmt(s.declared)}, sum {_fmt(s.computed)}"


def publish_blockers(scheme: Scheme, open_conflicts: int = 0) -> list[str]:
    """Why a version may not be published without an override (empty: it may)."""
    blockers = [f"open flag {f.kind}" + (f" ({f.target})" if f.target else "") + f": {f.message}"
                for f in scheme.open_flags]
    blockers += [s.describe() for s in unreconciled(scheme)]
    if open_conflicts:
        blockers.append(f"{open_conflicts} correction(s) from the previous version no longer apply "
                        "(see `kaohe schemes show`; re-do or dismiss them)")
    return blockers
