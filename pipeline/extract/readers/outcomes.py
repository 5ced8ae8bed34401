"""Items stated by their graded outcomes: a lead that names one item and says it is scored by the
cases below (第五条　档案归集按下列情形评分：), then numbered clauses each ending with what that
case earns (（一）…的，得20分； … （三）…的，不得分。).  The clauses are not items: they are the
levels of one item, worth its best outcome (named rule ``graded_outcomes``)."""

from __future__ import annotations

import re

from schemes.criteria.numbers import fold

from .registry import reader
from ..grammar.numbering import OUTLINE_MARKER, marker_code
from ..grammar.spans import Span, join_wrapped
from ..grammar.vocabulary import pattern
from ..state import Draft, DraftItem, Extraction


#: 档案归集按下列情形评分： — the lead naming the item (after its article number)
LEAD = pattern("outcomes.lead")
#: …的，得20分； / …的，不得分。 — one case and what it earns
OUTCOME = pattern("outcomes.outcome")
#: numberings of the cases
CASE_KINDS = {"paren_cn", "paren_num", "num", "circled", "half_paren"}


def leads(spans: list[Span]) -> int:
    """How many leads the text has (the reader applies from two)."""
    return sum(bool(LEAD.search(fold(_body(s).text))) for s in spans)


def _body(span: Span) -> Span:
    marker = OUTLINE_MARKER.match(span.text)
    return span.sub(marker.end(), len(span.text)).strip() if marker and marker.lastgroup == "article" else span


def read_graded_outcomes(spans: list[Span], draft: Draft) -> int:
    """One item per lead followed by two or more outcome clauses; returns how many were read."""
    lines = [line for span in spans for line in span.lines()]
    category = None
    found = 0
    pos = 0
    while pos < len(lines):
        line = lines[pos]
        body = _body(line)
        lead = LEAD.search(fold(body.text))
        if lead is None:
            pos += 1
            continue
        cases: list[tuple[Span, re.Match]] = []   # each case and what it earns
        nxt = pos + 1
        while nxt < len(lines):
            marker = OUTLINE_MARKER.match(lines[nxt].text)
            outcome = OUTCOME.search(fold(lines[nxt].text))
            if marker is None or marker.lastgroup not in CASE_KINDS or outcome is None:
                break
            case = lines[nxt].strip()
            cases.append((case, OUTCOME.search(fold(case.text))))
            nxt += 1
        amounts = [float(m.group("pts") or 0) for _, m in cases]
        if len(cases) >= 2 and max(amounts) > 0:
            best, best_at = cases[amounts.index(max(amounts))]
            criteria = cases[0][0]
            for case, _ in cases[1:]:
                criteria = join_wrapped(criteria, case)
            article = OUTLINE_MARKER.match(line.text)
            name = body.sub(lead.start("name"), lead.end("name")).strip(" \t，,")
            category = category or draft.subcategory("", None)
            category.items.append(DraftItem(
                code=marker_code(article.group(0), article.lastgroup) if article else None, text=name,
                points=max(amounts), points_span=best.match_span(best_at, "pts"), criteria=criteria))
            found += 1
            pos = nxt
            continue
        pos += 1
    if found:
        draft.explain.append(f"graded_outcomes: {found} item(s) each scored by the cases listed under it")
    return found


@reader("outcomes", "graded_outcomes", "prose", priority=1, applies=lambda ex, region: leads(ex.spans) >= 2)
def read_outcomes(ex: Extraction, region, draft: Draft) -> None:
    """Named rule ``graded_outcomes``: each item a lead (档案归集按下列情形评分：) over the
    numbered cases it is scored by (…的，得20分；…的，不得分), worth its best case."""
    read_graded_outcomes(ex.spans, draft)
