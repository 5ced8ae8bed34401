"""The results table as people read it: headers with names and maxima, flags in words, best first.

results.csv and results.json keep their column codes (``1.1``, ``cat:1 思想引领``,
``missing:P1|基层评分``) for scripts; results.xlsx, which an office opens and
prints, shows these labels in the user's language and lists units by rank.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import numpy as np

from kaohe.i18n import N_, _

from .numbers import fmt_dec

if TYPE_CHECKING:
    from .engine import Results

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


ROUNDING = N_("points are exact decimals during scoring; every score is rounded once, at output, to at most "
            "2 decimals with ROUND_HALF_UP (2.345 → 2.35, −1.005 → −1.01)")


def unit_flags_column(res: Results, sep: str = ";") -> list[str]:
    """``res.unit_flags(u)`` joined with ``sep`` for every unit, built column-wise."""
    marks = [(f"veto:{v}", m) for v, m in res.vetoes.items()] + [(f"missing:{k}", m) for k, m in res.missing.items()]
    out = joined(res.n, marks, sep=None)
    for u, tie in res.award_ties.items():
        out[u].append(f"award_tie:{tie}")
    return [sep.join(x) for x in out]


def joined(n: int, marks: list[tuple[str, np.ndarray]], sep: str | None = ";") -> list:
    """Per unit, the labels whose mask is set, in order (joined by ``sep``; lists when None)."""
    out: list[list[str]] = [[] for _ in range(n)]
    for label, mask in marks:
        for u in np.flatnonzero(mask).tolist():
            out[u].append(label)
    return out if sep is None else [sep.join(x) for x in out]
