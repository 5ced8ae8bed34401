"""Do the numbers add up?  Reconciliation for review and publishing.

The arithmetic lives in :mod:`schemes.reconcile` (pure, shared with
extraction); this module adds what the store needs on top: which category a
flag is about, whether a flag's numbers reconcile now (after corrections),
and what stops a version from being published.
"""

from __future__ import annotations

from ..model import Flag, Scheme
from ..reconcile import (
    CENT, Sum, category_sum, check_weights, dec, fmt, rule_points_problems, sums, total_sum, unreconciled,
)

__all__ = ["CENT", "Sum", "category_sum", "total_sum", "sums", "unreconciled", "flag_category", "flag_note",
           "publish_blockers"]

_d, _fmt = dec, fmt  # older names


def flag_category(scheme: Scheme, flag: Flag) -> str | None:
    """The category id a subtotal flag is about (by target id, else by category name)."""
    ids = {c.id for c in scheme.categories}
    if flag.target in ids:
        return flag.target
    return next((c.id for c in scheme.categories if flag.category and c.name == flag.category), None)


def flag_note(scheme: Scheme, flag: Flag) -> str | None:
    """For a sum or rule-amount flag, whether the numbers agree now (after corrections)."""
    if flag.kind == "rule_points_mismatch":
        item = next((i for i in scheme.items if i.id == flag.target), None)
        if item is None:
            return None
        problems = rule_points_problems(item)
        return "now fits the item's points" if not problems else "still does not fit: " + problems[0][0]
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
        f": declared {fmt(s.declared)}, sum {fmt(s.computed)}"


def publish_blockers(scheme: Scheme, open_conflicts: int = 0) -> list[str]:
    """Why a version may not be published without an override (empty: it may): open flags, sums that
    do not reconcile at any level, weights that cannot be applied as printed (unless a reviewer
    resolved an ``ambiguous`` flag on that level), rule amounts beyond their item's points (unless a
    reviewer resolved that item's rule_points_mismatch flag), conflicting corrections."""
    blockers = [f"open flag {f.kind}" + (f" ({f.target})" if f.target else "") + f": {f.message}"
                for f in scheme.open_flags]
    blockers += [s.describe() for s in unreconciled(scheme)]
    weighed = {f.target for f in scheme.flags if f.kind == "ambiguous"}  # open ones are listed above
    blockers += [f.message for f in check_weights(scheme) if f.target not in weighed]
    accepted = {f.target for f in scheme.flags if f.kind == "rule_points_mismatch" and f.resolved}
    flagged = {f.target for f in scheme.open_flags if f.kind == "rule_points_mismatch"}
    for item in scheme.items:  # a correction may have made a rule's amounts exceed its item's points
        if item.id in accepted or item.id in flagged:
            continue
        blockers += [f"item {item.id}: {why} points" for why, _ in rule_points_problems(item)]
    if open_conflicts:
        blockers.append(f"{open_conflicts} correction(s) from the previous version no longer apply "
                        "(see `kaohe schemes show`; re-do or dismiss them)")
    return blockers
