"""Point mentions: every place a region of the document states an amount of points.

A mention is ``N分`` in any notation the grammar reads (N 分, N分/人, ranges 8-12分,
full-width digits), or a bare number in a table's points column.  A reading *accounts*
for a mention when one of the values it read (an item's or category's points, a total,
an entry, or a rule amount inside an item's criteria) comes from that place.  The share
accounted for ranks competing readings and, where it stays low, tells a reviewer that
points were left unread (``unaccounted_points``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemes.criteria.numbers import fold
from schemes.model import SourceRef

from .layout import cell_text, is_number
from .spans import Span, cell_span
from .state import Draft, Extraction, Reading

POINTS = re.compile(r"\d+(?:\.\d+)?(?:\s*[-~～至到]\s*\d+(?:\.\d+)?)?\s*分(?![钟数值类项级])")


@dataclass(frozen=True)
class Mention:
    ref: SourceRef
    text: str
    subtotal: bool = False     # a figure on a 小计 row: the points of the category above, restated


def _key(ref: SourceRef) -> tuple:
    return (ref.block, ref.table, ref.row, ref.col)


def find_mentions(ex: Extraction, reading: Reading) -> list[Mention]:
    """The point mentions of the reading's region."""
    out: list[Mention] = []
    spans: list[Span] = []
    if reading.tables:
        for table, index in zip(reading.tables, reading.blocks):
            layout = next((t.layout for t in ex.tables if t.table is table), None)
            points_cols = set()
            if layout is not None:
                points_cols = {c for c in (layout.points_col, *layout.category_points.values()) if c is not None}
            for cell in table.cells:
                span = cell_span(ex.doc, index, table, cell)
                if cell.col in points_cols and is_number(cell_text(cell)) and cell.row not in layout.header_rows:
                    out.append(Mention(span.ref, cell.text, layout.row_kinds.get(cell.row) == "subtotal"))
                else:
                    spans.append(span)
    elif reading.region == "prose":
        spans = ex.spans
    for span in spans:
        for m in POINTS.finditer(fold(span.text)):
            hit = span.match_span(m)
            out.append(Mention(hit.ref, hit.text))
    return out


def used_refs(draft: Draft) -> list[SourceRef]:
    """Where the reading's values come from."""
    refs: list[SourceRef] = []
    for cat in draft.categories:
        refs += [s.ref for s in (cat.points_span, cat.name_span) if s is not None]
        for it in cat.items:
            refs += [s.ref for s in (it.points_span, it.criteria, it.text, it.name) if s is not None]
    if draft.total_span is not None:
        refs.append(draft.total_span.ref)
    for entry in draft.bonus + draft.deductions:
        refs += [r for r in entry.sources.values() if r is not None]
    return refs


def accounted(mentions: list[Mention], draft: Draft) -> int:
    """How many mentions lie inside a place the reading took a value from."""
    by_place: dict[tuple, list[SourceRef]] = {}
    for ref in used_refs(draft):
        by_place.setdefault(_key(ref), []).append(ref)
    restated = {c.points for c in draft.categories if c.points is not None}
    count = 0
    for mention in mentions:
        near = by_place.get(_key(mention.ref), [])
        if any(r.start <= mention.ref.start and mention.ref.end <= r.end for r in near):
            count += 1
        elif mention.subtotal and _value(mention.text) in restated:
            count += 1
    return count


def _value(text: str) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", fold(text))
    return float(m.group()) if m else None
