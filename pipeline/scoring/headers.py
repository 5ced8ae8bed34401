"""The results table as people read it: headers with names and maxima, flags in words, best first.

results.csv and results.json keep their column codes (``1.1``, ``cat:1 思想引领``,
``missing:P1|基层评分``) for scripts; results.xlsx, which an office opens and
prints, shows these labels in the user's language and lists units by rank.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np

from kaohe.i18n import _

from .numbers import fmt_dec

#: longest item text shown in a header before it is cut with "…".
HEADER_TEXT = 12


def _short(text: str, limit: int = HEADER_TEXT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit] + "…"


def _points(value) -> str:
    return _("（{n} points）").format(n=fmt_dec(Decimal(str(value)), "-")) if value is not None else ""


def column_labels(res, names: list[str]) -> list[str]:
    """A header per results column: ``1.1 深入开展…（6分）``, ``类别 1 思想引领``, ``名次`` …"""
    s = res.scheme
    fixed = {"unit": _("unit"), "total": _("total score"), "rank": _("rank"), "grade": _("grade"),
             "veto": _("veto"), "bonus": _("bonus"), "deductions": _("deductions"), "flags": _("notes")}
    items = {i.id: f"{i.id} {_short(i.text)}{_points(i.points)}" for i in s.items}
    entries = {e.id: f"{e.id} {_short(e.text)}{_points(e.points)}" for e in [*s.bonus, *s.deductions]}
    prefixes = {"cat:": _("category {name}"), "rater:": _("rater group {name}"), "part:": _("part {name}")}
    out = []
    for name in names:
        if name in fixed:
            out.append(fixed[name])
        elif name in items:
            out.append(items[name])
        elif name in entries:
            out.append(entries[name])
        else:
            prefix = next((p for p in prefixes if name.startswith(p)), None)
            out.append(prefixes[prefix].format(name=name[len(prefix):]) if prefix else name)
    return out


def flag_words(flags: str, sep: str = ";") -> str:
    """``veto:V1;missing:P1|基层评分`` in words: ``一票否决 V1；缺数据 P1|基层评分``."""
    words = {"veto": _("veto {what}"), "missing": _("missing data {what}"), "award_tie": _("tie {what}")}
    out = []
    for flag in filter(None, flags.split(sep)):
        kind, _colon, what = flag.partition(":")
        out.append(words[kind].format(what=what) if kind in words else flag)
    return _("; ").join(out)


def rank_order(rank: np.ndarray) -> np.ndarray:
    """Row order of a results table by rank (ties keep the submission order)."""
    return np.argsort(np.asarray(rank), kind="stable")
