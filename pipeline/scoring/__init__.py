"""Scoring: units' submitted facts scored against a scheme, in column-wise batch runs, with explanations.

Modules, one job each: ``inputs`` (the submission contract per scheme target),
``tables`` (reading CSV/XLSX, long or wide), ``submissions`` (validation into a
fact matrix), ``rule_kinds`` (the registry) and ``rules`` (one class per rule
kind: its column-wise score and the text of it), ``entries`` (bonus and
deduction entries, likewise), ``engine`` (composition, ranks, grades),
``explain`` (explanations, column-wise per batch of units, JSON assembled by
``facts_json``), ``output``/``report``
(files, atomically), ``template`` (the wide Excel template), ``stream``
(large long files read in blocks and scored in chunks of units) and
``partial`` (slices of units combined, ranked once).

The names below are imported when first used (PEP 562): a caller that needs only the contract or the
template (`kaohe prefill`, `kaohe template`) does not pay for pandas, which the engine and the
submission reader import.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemes.model import Scheme

    from .engine import Results, score
    from .errors import Problem, SchemeArgError, SchemeNotScorable, SubmissionError
    from .inputs import Contract
    from .submissions import Submission, read_submissions
    from .unit_list import read_unit_list

#: public name → the module of this package that defines it.
_LAZY = {
    "Results": "engine", "score": "engine",
    "Problem": "errors", "SchemeArgError": "errors", "SchemeNotScorable": "errors", "SubmissionError": "errors",
    "Contract": "inputs",
    "Submission": "submissions", "read_submissions": "submissions", "read_unit_list": "unit_list",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def score_file(scheme: Scheme, submissions: Path | str, *, units: list[str] | None = None,
               missing_zero: bool = False, max_errors: int = 50) -> Results:
    """Read, validate and score a submission file (no output written)."""
    from .engine import score
    from .inputs import Contract
    from .submissions import read_submissions

    contract = Contract(scheme)
    sub = read_submissions(submissions, scheme, units=units, missing_zero=missing_zero, max_errors=max_errors,
                           contract=contract)
    return score(sub, contract)


__all__ = [*_LAZY, "score_file"]
