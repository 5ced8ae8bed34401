"""The rules stage: each reading's criteria parsed into rules (schemes.criteria), and the
reading's scoring model told from its items (a deduction form).

Parsing is cached by its inputs, so readings that share criteria text (two readers of
one table) and the final scheme pay for each distinct criteria once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemes.criteria.grammar import fold_words
from schemes.criteria.rules import ParsedRule, parse_rule

from .entries import POINTS_NOTE
from .runner import stage
from .state import Draft, DraftItem, Extraction

PENALTY_PHRASE = re.compile(r"(扣|减|扣除)\s*[\d０-９.．]+\s*分|扣完为止")
AWARD_PHRASE = re.compile(r"(加|得|计)\s*[\d０-９.．]+\s*分")
BASE_STATED = re.compile(r"(?:基本分|基础分|基准分|底分|起评分)\s*(?:为|是|按)?\s*(\d+(?:\.\d+)?)\s*分|(百分制)")


def rule_source(item: DraftItem) -> str:
    """The criteria as the grammar reads them: numbers broken over lines rejoined, and a
    "(5分)" note dropped (it states the maximum, not a formula; "(5分，每缺一项扣1分)" keeps
    what follows the points)."""
    criteria = item.criteria or item.text
    text = re.sub(r"(\d[.．])\s*\n\s*(\d)", r"\1\2", criteria.text).replace("\n", "")
    return POINTS_NOTE.sub(lambda m: m.group(2) or "", text)   # a description beside the points stays


@lru_cache(maxsize=4096)
def _parse(text: str, points: float | None, item_text: str, deduction: bool) -> ParsedRule:
    return parse_rule(text, points, item_text, deduction_scheme=deduction)


def parsed_rule(item: DraftItem, item_text: str, deduction: bool) -> ParsedRule:
    """The item's rule (a fresh copy: cached results are shared)."""
    parsed = _parse(rule_source(item), item.points, item_text, deduction)
    rule = parsed.rule.model_copy(deep=True) if parsed.rule is not None else None
    return ParsedRule(rule, parsed.reason)


def deduction_form(draft: Draft, doc_text: str) -> tuple[str, float | None, str | None] | None:
    """Items without maxima whose criteria only take points off (扣N分) make a deduction
    scheme, even without the words 百分制/基础分: (what was found, the base stated in the
    document or None, the explanation).  None when the items are not a deduction form."""
    items = draft.items()
    if draft.scoring_model == "deduction" or not items or any(it.points is not None for it in items):
        return None
    texts = [fold_words((it.criteria or it.text).text) for it in items]
    penalties = sum(bool(PENALTY_PHRASE.search(t)) for t in texts)
    awards = sum(bool(AWARD_PHRASE.search(t)) for t in texts)
    if awards or penalties < max(2, 0.8 * len(items)):
        return None
    base = BASE_STATED.search(fold_words(doc_text))
    value = (float(base.group(1)) if base.group(1) else 100.0) if base else None
    return (f"{penalties} of {len(items)} items only take points off", value,
            f"deduction form ({penalties} of {len(items)} items only take points off)")


@stage("rules", requires=("readings",), assigns=("readings.rules", "readings.report.criteria_parsed"))
def rules_stage(ex: Extraction) -> None:
    """Criteria → rules for every reading; the share parsed goes into the reading's report."""
    for reading in ex.readings:
        items = reading.draft.items()
        if not items:
            continue
        deduction = reading.draft.scoring_model == "deduction" or deduction_form(reading.draft, ex.doc.text) is not None
        parsed = 0
        for item in items:
            result = parsed_rule(item, item.text.text, deduction)
            item.rule, item.rule_reason = result.rule, result.reason
            parsed += result.rule is not None
        reading.report.criteria_parsed = parsed / len(items)
