"""A corrected criteria text → the rule it says, with the grammar extraction uses.

The page shows this before saving (the rule-preview endpoint) and the save
records it, so a reviewer sees what their words will score.  The grammar
(:mod:`schemes.criteria`) loads its tokenizer on first use; it is imported
here only when a criteria text is parsed, so the server starts without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from schemes.model import Item, Scheme

MAX_CRITERIA = 20_000
_POINTS_NOTE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]")  # "(5分)" states the maximum, not a formula
_SPLIT_NUMBER = re.compile(r"(\d[.．])\s*\n\s*(\d)")


@dataclass(frozen=True)
class Derived:
    rule: dict[str, Any] | None  # the rule as JSON, None when the text is not understood
    reason: str | None  # why not, when not
    summary: str  # one line for the page


def derive_rule(scheme: Scheme, item: Item, criteria: str, points: float | None) -> Derived:
    """The rule ``criteria`` gives ``item`` at ``points`` (as extraction would read it)."""
    from schemes.criteria import parse_rule

    text = _POINTS_NOTE.sub("", _SPLIT_NUMBER.sub(r"\1\2", criteria[:MAX_CRITERIA])).replace("\n", "")
    parsed = parse_rule(text, points, item.text, deduction_scheme=scheme.scoring_model == "deduction")
    if parsed.rule is None:
        reason = parsed.reason or "not understood"
        return Derived(None, reason, f"not understood ({reason}); the current rule stays")
    rule = parsed.rule.model_dump(mode="json")
    return Derived(rule, None, summarize(rule))


def summarize(rule: dict[str, Any]) -> str:
    """``threshold`` and its parameters in one short line (the criteria text itself left out)."""
    params = {k: v for k, v in rule.items() if k not in ("kind", "text") and v not in (None, [], {})}
    shown = ", ".join(f"{k}={_short(v)}" for k, v in params.items())
    return f"{rule['kind']}" + (f": {shown}" if shown else "")


def _short(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={_short(v)}" for k, v in value.items() if v not in (None, "", [])) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"
