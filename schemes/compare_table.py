"""Items across the years of a series, one row per item (pure): what analysts line up.

Consecutive years are aligned (:mod:`schemes.align`); an item that persists
continues its row, a new one starts a row, a removed one ends its row.  A
split item continues in its first part (the other parts start rows marked
``split``); merged items continue into the merged one.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from .compare import Comparison, compare
from .diff import path_text
from .model import Scheme


class Cell(BaseModel):
    id: str
    points: float | None
    changes: list[str] = Field(default_factory=list, description="what changed since the year before")


class Row(BaseModel):
    text: str  # the item's text in the latest year it appears
    path: str  # its category path there
    cells: dict[str, Cell]  # year label → the item that year


class SeriesTable(BaseModel):
    series: str
    years: list[str]
    rows: list[Row]

    def as_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def series_table(series: str, schemes: list[tuple[str, Scheme]]) -> SeriesTable:
    """``schemes``: (year label, scheme) oldest first."""
    rows: list[Row] = []
    where: dict[str, int] = {}  # item id of the previous year → row index
    previous: Scheme | None = None
    for label, scheme in schemes:
        comparison: Comparison | None = compare(previous, scheme) if previous is not None else None
        changes: dict[str, list[str]] = {}
        if comparison is not None:
            for c in comparison.changes:
                if c.new is not None and c.change in ("added", "moved", "split", "merged", "points", "criteria",
                                                      "rule", "departments", "weight"):
                    kinds = changes.setdefault(c.new.id, [])
                    if c.change not in kinds:
                        kinds.append(c.change)
        continued: dict[str, int] = {}
        if comparison is not None:
            for old_id, new_ids in comparison.mapping.items():
                if old_id in where and new_ids and new_ids[0] not in continued:
                    continued[new_ids[0]] = where[old_id]
        now: dict[str, int] = {}
        for item in scheme.items:
            cell = Cell(id=item.id, points=item.points, changes=changes.get(item.id, []))
            index = continued.get(item.id)
            if index is None:
                rows.append(Row(text=item.text, path=path_text(scheme, item.category), cells={}))
                index = len(rows) - 1
            rows[index].cells[label] = cell
            rows[index].text = item.text
            rows[index].path = path_text(scheme, item.category)
            now[item.id] = index
        where, previous = now, scheme
    return SeriesTable(series=series, years=[label for label, _ in schemes], rows=rows)


def across_table(title: str, schemes: list[tuple[str, Scheme]]) -> SeriesTable:
    """The same kind of notice from several issuers (``schemes``: (label, scheme), the first the reference):
    each scheme's items aligned with the reference's; items the reference lacks start their own rows.
    A cell's ``changes`` say how it differs from the reference's item (``points``, ``criteria``…) or that
    the reference has no such item (``added``)."""
    if not schemes:
        return SeriesTable(series=title, years=[], rows=[])
    ref_label, ref = schemes[0]
    rows = [Row(text=i.text, path=path_text(ref, i.category), cells={ref_label: Cell(id=i.id, points=i.points)})
            for i in ref.items]
    index = {i.id: n for n, i in enumerate(ref.items)}
    for label, scheme in schemes[1:]:
        comparison = compare(ref, scheme)
        kinds: dict[str, list[str]] = {}
        for c in comparison.changes:
            if c.new is not None and c.change in ("added", "split", "merged", "points", "criteria", "rule",
                                                  "departments", "weight"):
                kinds.setdefault(c.new.id, [])
                if c.change not in kinds[c.new.id]:
                    kinds[c.new.id].append(c.change)
        where = {new_ids[0]: index[old] for old, new_ids in comparison.mapping.items() if new_ids}
        for item in scheme.items:
            cell = Cell(id=item.id, points=item.points, changes=kinds.get(item.id, []))
            if item.id in where and label not in rows[where[item.id]].cells:
                rows[where[item.id]].cells[label] = cell
            else:
                rows.append(Row(text=item.text, path=path_text(scheme, item.category), cells={label: cell}))
    return SeriesTable(series=title, years=[label for label, _ in schemes], rows=rows)
