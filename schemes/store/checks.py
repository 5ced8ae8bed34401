"""Do the numbers add up?  Reconciliation for review and publishing.

The arithmetic lives in :mod:`schemes.reconcile` (pure, shared with
extraction); this module adds what the store needs on top: which category a
flag is about, whether a flag's numbers reconcile now (after corrections),
and what stops a version from being published.
"""

from __future__ import annotations

from dataclasses import dataclass

from kaohe.i18n import N_, _

from ..model import Flag, Scheme
from ..reconcile import (
    CENT, Sum, category_sum, check_weights, dec, fmt, rule_points_problems, sums, total_sum, unreconciled,
)

__all__ = ["CENT", "Sum", "category_sum", "total_sum", "sums", "unreconciled", "flag_category", "flag_note",
           "publish_blockers",
           "FlagState", "flag_states", "open_flags"]

_d, _fmt = dec, fmt  # older names
SUM_PARTS = (N_("items"), N_("sub-categories"), N_("items and sub-categories"), N_("categories"))  # Sum.parts


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
        return _("now fits the item's points") if not problems else \
            _("still does not fit: {problem}").format(problem=problems[0][0])
    if flag.kind == "subtotal_mismatch":
        cat = flag_category(scheme, flag)
        s = category_sum(scheme, cat) if cat else None
    elif flag.kind == "total_mismatch":
        s = total_sum(scheme)
    else:
        return None
    if s is None:
        return _("cannot be checked now (points missing)")
    return (_("now reconciles: declared {declared}, sum {sum}") if s.ok else
            _("still does not reconcile: declared {declared}, sum {sum}")).format(declared=fmt(s.declared),
                                                                                 sum=fmt(s.computed))


@dataclass(frozen=True)
class FlagState:
    """A flag as review and publishing see it now: ``flag.resolved`` is its state after the
    corrections (a fixed sum or a filled-in value closes its flag); ``stored`` is False for a sum
    that stopped adding up after extraction (a correction broke it), which no stored flag names."""

    flag: Flag
    stored: bool = True


def flag_states(scheme: Scheme) -> list[FlagState]:
    """Every flag with its current state, then a new open flag per sum that does not reconcile and
    has none.  Sum flags are open exactly while their sum does not reconcile (publishing checks the
    sums whatever a reviewer ticked); a missing_points flag closes when its item has points; a
    rule_points_mismatch flag when the rule fits its item's points."""
    states, flagged = [], set()
    for f in scheme.flags:
        now = f
        if f.kind in ("subtotal_mismatch", "total_mismatch"):
            target = flag_category(scheme, f) if f.kind == "subtotal_mismatch" else None
            s = (category_sum(scheme, target) if target else None) if f.kind == "subtotal_mismatch" \
                else total_sum(scheme)
            if s is not None:
                flagged.add(s.target)
                now = f.model_copy(update={"resolved": s.ok})
        elif not f.resolved and f.kind == "missing_points":
            item = next((i for i in scheme.items if i.id == f.target), None)
            if item is not None and item.points is not None:
                now = f.model_copy(update={"resolved": True})
        elif not f.resolved and f.kind == "rule_points_mismatch":
            item = next((i for i in scheme.items if i.id == f.target), None)
            if item is not None and not rule_points_problems(item):
                now = f.model_copy(update={"resolved": True})
        states.append(FlagState(now))
    for s in unreconciled(scheme):
        if s.target not in flagged:
            kind = "subtotal_mismatch" if s.target is not None else "total_mismatch"
            states.append(FlagState(Flag(kind=kind, message=sum_message(scheme, s), target=s.target,
                                         declared=float(s.declared), computed=float(s.computed)), stored=False))
    return states


def sum_message(scheme: Scheme, s: Sum) -> str:
    """:meth:`Sum.describe` in the user's language (a flag made now, for the reader of the page)."""
    what = _("total") if s.target is None else _("category {id} {name}").format(
        id=s.target, name=scheme.category(s.target).name)
    declared = fmt(s.declared) + (f"+{fmt(s.bonus)}" if s.bonus is not None else "")
    return _("{what} does not reconcile: declared {declared}, {parts} add up to {computed}").format(
        what=what, declared=declared, parts=_(s.parts), computed=fmt(s.computed))


def open_flags(scheme: Scheme) -> list[Flag]:
    """The flags open now (what the review page counts and publishing refuses)."""
    return [s.flag for s in flag_states(scheme) if not s.flag.resolved]


def publish_blockers(scheme: Scheme, open_conflicts: int = 0) -> list[str]:
    """Why a version may not be published without an override (empty: it may): open flags (with the
    sums that do not reconcile at any level, :func:`flag_states`), weights that cannot be applied as
    printed (unless a reviewer resolved an ``ambiguous`` flag on that level), rule amounts beyond
    their item's points (unless a reviewer resolved that item's rule_points_mismatch flag),
    conflicting corrections."""
    states = [s for s in flag_states(scheme) if not s.flag.resolved]
    blockers = [(f"open flag {s.flag.kind}" + (f" ({s.flag.target})" if s.flag.target else "") + f": "
                 if s.stored else "") + s.flag.message for s in states]
    weighed = {f.target for f in scheme.flags if f.kind == "ambiguous"}  # open ones are listed above
    blockers += [f.message for f in check_weights(scheme) if f.target not in weighed]
    accepted = {f.target for f in scheme.flags if f.kind == "rule_points_mismatch" and f.resolved}
    flagged = {s.flag.target for s in states if s.flag.kind == "rule_points_mismatch"}
    for item in scheme.items:  # a correction may have made a rule's amounts exceed its item's points
        if item.id in accepted or item.id in flagged:
            continue
        blockers += [f"item {item.id}: {why} points" for why, _amount in rule_points_problems(item)]
    if open_conflicts:
        blockers.append(f"{open_conflicts} correction(s) from the previous version no longer apply "
                        "(see `kaohe schemes show`; re-do or dismiss them)")
    return blockers
