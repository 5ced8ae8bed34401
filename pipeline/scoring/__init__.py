"""Scoring: units' submitted facts scored against a scheme, in column-wise batch runs, with explanations.

Modules, one job each: ``inputs`` (the submission contract per scheme target),
``tables`` (reading CSV/XLSX, long or wide), ``submissions`` (validation into a
fact matrix), ``rules`` (vectorized rule formulas), ``engine`` (composition,
ranks, grades), ``explain`` (per-unit explanations), ``output``/``report``
(files, atomically), ``template`` (the wide Excel template), ``stream``
(large long files read in blocks and scored in chunks of units) and
``partial`` (slices of units combined, ranked once).
"""

from __future__ import annotations

from pathlib import Path

from schemes.model import Scheme

from .engine import Results, score
from .errors import Problem, SchemeArgError, SchemeNotScorable, SubmissionError
from .inputs import Contract
from .submissions import Submission, read_submissions, read_unit_list


def score_file(scheme: Scheme, submissions: Path | str, *, units: list[str] | None = None,
               missing_zero: bool = False, max_errors: int = 50) -> Results:
    """Read, validate and score a submission file (no output written)."""
    contract = Contract(scheme)
    sub = read_submissions(submissions, scheme, units=units, missing_zero=missing_zero, max_errors=max_errors,
                           contract=contract)
    return score(sub, contract)


__all__ = [
    "Contract", "Problem", "Results", "SchemeArgError", "SchemeNotScorable", "Submission", "SubmissionError",
    "read_submissions", "read_unit_list", "score", "score_file",
]
