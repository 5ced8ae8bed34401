"""Results scored in unit slices, then combined: ranks and count-limited awards on all totals.

Every item, entry, part and total of a unit depends on that unit's facts
only, so units can be scored in slices (chunks of a streamed file, tasks on
Dask workers).  Ranks and count-limited awards (一等奖 ×1 …) depend on all
units: :func:`combine` computes them once, on the combined totals, with the
engine's own :func:`~pipeline.scoring.engine.standings` — never per slice.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .engine import Results, skipped_notes, standings
from .inputs import Contract
from .matrix import FactMatrix
from .submissions import Submission


@dataclass
class PartScores:
    """The per-unit columns of one slice's results (no submission, scheme or contract: small to ship)."""

    start: int
    items: dict[str, np.ndarray]
    overridden: dict[str, np.ndarray]
    categories: dict[str, np.ndarray]
    entries: dict[str, np.ndarray]
    bonus: np.ndarray
    deductions: np.ndarray
    raters: dict[tuple[str, str], np.ndarray]
    parts: dict[str, np.ndarray]
    total: np.ndarray
    vetoes: dict[str, np.ndarray]

    @classmethod
    def of(cls, start: int, res: Results) -> "PartScores":
        return cls(start, res.items, res.overridden, res.categories, res.entries, res.bonus, res.deductions,
                   res.raters, res.parts, res.total, res.vetoes)


def empty_submission(file: str, layout: str, units: list[str], missing: dict[str, np.ndarray]) -> Submission:
    """A submission standing for facts scored elsewhere: its units and missing-input masks, no facts."""
    matrix = FactMatrix(list(units), {}, np.zeros((0, len(units)), np.int64), np.zeros((0, len(units)), bool))
    return Submission(file, layout, list(units), matrix, None, missing)


def _cat(arrays: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype=dtype)


def _merge(dicts: list[dict], dtype: type) -> dict:
    keys = list(dicts[0]) if dicts else []
    return {k: _cat([d[k] for d in dicts], dtype) for k in keys}


def combine(sub: Submission, contract: Contract, parts: list[PartScores]) -> Results:
    """The whole batch's results from its slices: columns concatenated, then ranked and graded once."""
    parts = sorted(parts, key=lambda p: p.start)
    scheme = contract.scheme
    n = len(sub.units)
    total = _cat([p.total for p in parts], np.int64)
    if len(total) != n:
        raise ValueError(f"the partitions cover {len(total)} of {n} units")
    vetoes = _merge([p.vetoes for p in parts], bool)
    if not parts:  # no units: the engine's empty columns
        vetoes = {v.id: np.zeros(0, dtype=bool) for v in scheme.veto}
    standing = standings(total, vetoes, contract)
    return Results(
        scheme=scheme, contract=contract, submission=sub, units=list(sub.matrix.units),
        items=_merge([p.items for p in parts], np.int64), overridden=_merge([p.overridden for p in parts], bool),
        categories=_merge([p.categories for p in parts], np.int64),
        entries=_merge([p.entries for p in parts], np.int64),
        bonus=_cat([p.bonus for p in parts], np.int64), deductions=_cat([p.deductions for p in parts], np.int64),
        raters=_merge([p.raters for p in parts], np.int64), parts=_merge([p.parts for p in parts], np.int64),
        total=total, rank=standing.rank, grade=standing.grade, vetoes=vetoes, missing=dict(sub.missing),
        notes=[*skipped_notes(sub.skipped), *standing.notes], award_ties=standing.award_ties,
    )


__all__ = ["PartScores", "combine", "empty_submission"]
