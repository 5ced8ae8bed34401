"""Scoring a batch in unit partitions, then ranking and grading the combined totals.

Every item, entry, part and total of a unit depends on that unit's facts
only, so a validated submission can be cut into unit slices scored
separately (one task each, spread over workers).  Ranks and count-limited
awards (一等奖 ×1 …) depend on all units: they are computed once, on the
combined totals, with the engine's own :func:`competition_rank` and
:func:`assign_grades` — never per partition.

:func:`combine` rebuilds exactly what :func:`pipeline.scoring.engine.score`
returns for the whole batch (tests compare the two); the engine has no public
"finish" step yet, so the veto note below mirrors the engine's text.
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
