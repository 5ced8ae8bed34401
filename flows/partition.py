"""Scoring a validated batch in unit partitions, then ranking and grading the combined totals.

Every item, entry, part and total of a unit depends on that unit's facts
only, so a validated submission can be cut into unit slices scored
separately (one task each, spread over workers); ranks and count-limited
awards are computed once on the combined totals by
:func:`pipeline.scoring.partial.combine` (shared with streamed runs, whose
partitions come from the spill of :mod:`pipeline.scoring.stream` instead).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.scoring.engine import Results, score
from pipeline.scoring.inputs import Contract
from pipeline.scoring.partial import PartScores, combine
from pipeline.scoring.submissions import Submission

DEFAULT_PARTITION_UNITS = 2000


def bounds(n_units: int, size: int = DEFAULT_PARTITION_UNITS) -> list[tuple[int, int]]:
    """``[start, stop)`` unit ranges of at most ``size`` units (one empty range for an empty batch)."""
    if size < 1:
        raise ValueError("a partition needs at least 1 unit")
    if n_units == 0:
        return [(0, 0)]
    return [(a, min(a + size, n_units)) for a in range(0, n_units, size)]


def slice_submission(sub: Submission, start: int, stop: int) -> Submission:
    """Units ``start:stop`` of a validated submission, for scoring only.

    The fact log (texts, evidence, rows: what explanations quote) is left out
    — the engine scores from the fact matrix and the missing-input masks — so
    a partition ships only its own columns to a worker.
    """
    m = sub.matrix
    matrix = replace(m, units=list(m.units[start:stop]), values=m.values[:, start:stop],
                     present=m.present[:, start:stop])
    missing = {k: v[start:stop] for k, v in sub.missing.items()}
    return replace(sub, units=list(sub.units[start:stop]), matrix=matrix, log=None, missing=missing)


def score_slice(part: Submission, contract: Contract, start: int) -> PartScores:
    """Score one partition (ranks and grades computed here are partial and dropped)."""
    return PartScores.of(start, score(part, contract))


def score_partitioned(sub: Submission, contract: Contract, size: int = DEFAULT_PARTITION_UNITS) -> Results:
    """In one process: what the flow does across tasks (for tests and benchmarks)."""
    parts = [score_slice(slice_submission(sub, a, b), contract, a) for a, b in bounds(len(sub.units), size)]
    return combine(sub, contract, parts)


__all__ = ["DEFAULT_PARTITION_UNITS", "PartScores", "bounds", "combine", "score_partitioned", "score_slice",
           "slice_submission"]
