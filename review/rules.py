"""A corrected criteria text → the rule it says, shown on the page before saving.

The store re-derives the rule itself when a correction changes an item's
criteria (:func:`schemes.corrections.rederive_ops`); the page asks the same
function first (the rule-preview endpoint), so what the reviewer sees is
what the save records.  The grammar loads its tokenizer on first use only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schemes.model import Item, Scheme

MAX_CRITERIA = 20_000


@dataclass(frozen=True)
class Derived:
    rule: dict[str, Any] | None  # the rule as JSON, None when the text is not understood
    reason: str | None  # why not, when not
    summary: str  # one line for the page


def derive_rule(scheme: Scheme, item: Item, criteria: str, points: float | None) -> Derived:
    """The rule ``criteria`` gives ``item`` at ``points``, exactly as saving the correction would set it."""
    from schemes.corrections import parse_criteria

    rule, reason = parse_criteria(criteria[:MAX_CRITERIA], points, item.text, scheme.scoring_model == "deduction")
    if rule is None:
        why = reason or "not understood"
        return Derived(None, why, f"not understood ({why}): saving leaves the item without a rule")
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
