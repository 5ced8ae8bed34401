"""Per-unit target tables: (unit name → figure) pairs, a different table kind from the scheme's.

A target table lists each unit's quota (参保基数, 任务数 …), sometimes two pairs per row; a
rule of the scheme may score a unit against its row.  The layout stage classifies a table
as one (:func:`target_pairs`), the readings stage reads it (:func:`read_target_table`).
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from extractors.model import Document, Table
from schemes.criteria.numbers import fold
from schemes.model import TargetTable

from ..grammar.spans import cell_span, squash
from ..grammar.table_layout import TableLayout, contact_columns, item_like, total_kind
from ..state import Draft


@dataclass
class TargetPairs:
    """(unit name → figure) pairs of a per-unit target table, or why the table is not one."""

    pairs: dict[str, float]
    total: float | None = None
    column: str | None = None
    reason: str = ""


def target_pairs(layout: TableLayout, min_pairs: int = 3) -> TargetPairs:
    """A per-unit target table: (unit name, figure) pairs, possibly two pairs per row.
    A table shaped like numbered items with points (:func:`layout.item_like`) is not
    one, nor is a directory of units with their contacts."""
    items, why = item_like(layout)
    if items:
        return TargetPairs({}, reason=f"not a target table: {why}")
    if contact_columns(layout):
        return TargetPairs({}, reason="not a target table: it holds phone numbers")
    pairs: dict[str, float] = {}
    column = None
    total = None
    for r, row in enumerate(layout.table.rows()):
        c = 0
        while c < len(row) - 1:
            name, value = squash(row[c]), squash(row[c + 1])
            if re.fullmatch(r"\d+(\.\d+)?", fold(value)) and name and not re.search(r"\d", name):
                if total_kind(name) == "total":
                    total = float(fold(value))
                elif name not in pairs:
                    pairs[name] = float(fold(value))
                c += 2
                continue
            if r == 0 and value and not re.search(r"\d", value) and column is None:
                column = value
            c += 1
    if len(pairs) < min_pairs:
        return TargetPairs({}, reason=f"{len(pairs)} unit → figure pair(s)")
    return TargetPairs(pairs, total, column, f"{len(pairs)} unit → figure pairs")


def read_target_table(doc: Document, index: int, table: Table, layout: TableLayout, title: str,
                      unit: str | None, draft: Draft) -> bool:
    """Add the table's per-unit targets to the draft (False when it holds none)."""
    found = target_pairs(layout)
    if not found.pairs:
        return False
    first = cell_span(doc, index, table, table.cells[0])
    draft.targets.append(TargetTable(
        id=f"T{len(draft.targets) + 1}", name=title, unit=unit, column=found.column or "", total=found.total,
        rows=found.pairs, sources={"table": first.ref},
    ))
    draft.explain.append(f"target table «{title[:20]}»: {len(found.pairs)} unit(s) with their "
                         f"{found.column or 'figure'}" + (f", total {found.total:g}" if found.total is not None else ""))
    return True
