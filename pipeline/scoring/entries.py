"""Bonus and deduction entries: each unit's points, column-wise, and the text of those very columns.

Like a rule kind (:mod:`.rules`), :func:`entry_trace` computes the entry for
all units and keeps the counts it used; :func:`render_entry` writes one
distinct combination of them as text, so the explanation shows the numbers
the score was made of.
"""

from __future__ import annotations

import numpy as np

from kaohe.i18n import _
from schemes.model import Entry

from .numbers import mul, to_micro
from .rule_kinds import Getter, Trace
from .rules import t


def entry_sign(entry: Entry) -> int:
    return -1 if entry.kind == "deduction" else 1


def _levels(entry: Entry) -> list[tuple[str, str, int]]:
    """(input suffix, level name, points) of every amount the entry counts occurrences of."""
    per = [(f":{lvl}", lvl, to_micro(abs(p))) for lvl, p in entry.levels.items()]
    if entry.points is not None:
        per.append(("", "", to_micro(abs(entry.points))))
    return per


def entry_trace(entry: Entry, get: Getter, n: int) -> Trace:
    """Bonus (+) or deduction (−) of one entry for every unit: per occurrence, by level, shared at
    shared_factor, plus a rater's direct score; capped."""
    acc = np.zeros(n, dtype=np.int64)
    factor = to_micro(entry.shared_factor) if entry.shared_factor is not None else None
    cols: dict[str, np.ndarray] = {}
    for j, (suffix, _lvl, pts) in enumerate(_levels(entry)):
        count, _p = get("count" + suffix)
        acc += mul(pts, count)
        cols[f"count{j}"] = count
        if factor is not None:
            shared, _p = get("shared_count" + suffix)
            acc += mul(mul(pts, factor), shared)
            cols[f"shared{j}"] = shared
    direct, p = get("score")
    acc = np.where(p, acc + direct, acc)
    cols |= {"direct": np.where(p, direct, 0), "given": p, "acc": acc}
    if entry.cap is not None:
        acc = np.minimum(acc, to_micro(abs(entry.cap)))
    return Trace((entry_sign(entry) * acc).astype(np.int64), cols)


def render_entry(entry: Entry, row: dict[str, int]) -> tuple[str, list[str]]:
    """(arithmetic, notes) of one distinct row of :func:`entry_trace`."""
    factor = to_micro(entry.shared_factor) if entry.shared_factor is not None else None
    terms: list[str] = []
    for j, (_suffix, lvl, pts) in enumerate(_levels(entry)):
        prefix = f"{lvl} " if lvl else ""
        if count := row[f"count{j}"]:
            terms.append(f"{prefix}{t(count)}×{t(pts)}")
        if factor is not None and (shared := row[f"shared{j}"]):
            terms.append(prefix + _("shared {count}×{points}×{factor}").format(count=t(shared), points=t(pts),
                                                                              factor=t(factor)))
    if row["given"]:
        terms.append(_("rater's score {score}").format(score=t(row["direct"])))
    acc = row["acc"]
    arith = (" + ".join(terms) + f" = {t(acc)}") if terms else _("none → 0")
    notes = []
    if entry.cap is not None and acc > to_micro(abs(entry.cap)):
        acc = to_micro(abs(entry.cap))
        arith += _(" → cap {cap}").format(cap=t(acc))
        notes.append(_("capped at {cap}").format(cap=t(acc)))
    if entry_sign(entry) < 0 and acc:
        arith += f" → −{t(acc)}"
    return arith, notes


def describe_entry(entry: Entry) -> str:
    """The entry's rule in one line."""
    sign = entry_sign(entry)
    if entry.levels:
        rule = ", ".join(f"{k} {t(to_micro(abs(v)))}" for k, v in entry.levels.items()) + _(" per occurrence")
    elif entry.points is not None:
        rule = t(sign * to_micro(abs(entry.points))) + (_(" per {unit}").format(unit=entry.unit) if entry.unit
                                                         else _(" per occurrence"))
    else:
        rule = _("rater's score")
    if entry.shared_factor is not None:
        rule += _("; shared occurrences × {factor}").format(factor=t(to_micro(entry.shared_factor)))
    if entry.cap is not None:
        rule += _("; at most {cap}").format(cap=t(to_micro(abs(entry.cap))))
    kind = {"bonus": _("bonus"), "deduction": _("deduction")}.get(entry.kind, entry.kind)
    return f"{kind}: {rule}"
