"""Ranks (competition ranking, 1,2,2,4) and grades: count-limited awards by rank, then score bands.

Awards go by rank position among the eligible (non-vetoed) units: with
一等奖 ×1 and 二等奖 ×2, eligible rank 1 gets 一等奖 and ranks 2–3 get 二等奖.
Tied units share a rank and therefore the same award, even when that
exceeds the award's count; every such case is flagged for the committee.
Units without a count-limited award then get the first score band (in scheme
order) with min_score ≤ total < max_score.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from kaohe.i18n import _
from schemes.model import Grade

from .numbers import to_micro


def competition_rank(hundredths: np.ndarray) -> np.ndarray:
    """1 for the highest total; ties share the lowest rank and leave a gap (1,2,2,4)."""
    if len(hundredths) == 0:
        return np.zeros(0, dtype=np.int64)
    return pd.Series(hundredths).rank(method="min", ascending=False).to_numpy().astype(np.int64)


@dataclass
class Grading:
    grade: list[str]
    eligible_rank: np.ndarray  # 0 for ineligible units
    notes: list[str]
    tie_units: dict[int, str]  # unit index → award whose count its tie exceeded


def assign_grades(hundredths: np.ndarray, eligible: np.ndarray, grades: list[Grade]) -> Grading:
    n = len(hundredths)
    out = np.full(n, "", dtype=object)
    notes: list[str] = []
    ties: dict[int, str] = {}
    erank = np.zeros(n, dtype=np.int64)
    idx = np.flatnonzero(eligible)
    if len(idx):
        erank[idx] = competition_rank(hundredths[idx])
    total_micro = np.asarray(hundredths, dtype=np.int64) * 10_000

    start = 0
    for g in grades:
        if g.count is None:
            continue
        lo, hi = start, start + g.count
        start = hi
        members = eligible & (erank > lo) & (erank <= hi) & _band(total_micro, g) & (out == "")
        out[members] = g.name
        if int(members.sum()) > g.count:
            tied_rank = int(erank[members].max())
            tied = np.flatnonzero(members & (erank == tied_rank))
            for i in tied:
                ties[int(i)] = g.name
            notes.append(
                _("award tie: {grade} is limited to {count} but {n} units qualify because {tied} units tie at rank "
                  "{rank}; all tied units were given {grade} (the committee must decide)").format(
                    grade=g.name, count=g.count, n=int(members.sum()), tied=len(tied), rank=tied_rank)
            )
    for g in grades:
        if g.count is not None:
            continue
        if g.min_score is None and g.max_score is None:
            notes.append(_("grade {grade} has no score band or count in the scheme; not assigned").format(grade=g.name))
            continue
        out[eligible & (out == "") & _band(total_micro, g)] = g.name
    return Grading([str(x) for x in out], erank, notes, ties)


def _band(total_micro: np.ndarray, g: Grade) -> np.ndarray:
    ok = np.ones(total_micro.shape, dtype=bool)
    if g.min_score is not None:
        ok &= total_micro >= to_micro(g.min_score)
    if g.max_score is not None:
        ok &= total_micro < to_micro(g.max_score)
    return ok
