"""Workbooks of what changed: the comparison of two years and the items of a series across years.

Text is written as text, never a formula (:mod:`schemes.cells`); the file is
written atomically.  Changed cells are highlighted: green added, red removed,
yellow changed.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from .atomic import atomic_file
from .cells import write_row
from .compare import Comparison
from .compare_table import SeriesTable

ADDED = PatternFill("solid", fgColor="C6EFCE")
REMOVED = PatternFill("solid", fgColor="FFC7CE")
CHANGED = PatternFill("solid", fgColor="FFEB9C")
BOLD = Font(bold=True)

COMPARE_HEADER = ["change", "old id", "old path", "old text", "old points", "new id", "new path", "new text",
                  "new points", "detail"]


def _fill(change: str) -> PatternFill:
    if change.endswith("added") or change == "split":
        return ADDED
    if change.endswith("removed") or change == "merged":
        return REMOVED
    return CHANGED


def write_comparison(comparison: Comparison, path: str | Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "changes"
    write_row(ws, 1, COMPARE_HEADER)
    for cell in ws[1]:
        cell.font = BOLD
    for n, c in enumerate(comparison.changes, start=2):
        o, w = c.old, c.new
        write_row(ws, n, [c.change, o.id if o else None, o.path if o else None, o.text if o else None,
                          o.points if o else None, w.id if w else None, w.path if w else None,
                          w.text if w else None, w.points if w else None, c.detail])
        ws.cell(row=n, column=1).fill = _fill(c.change)
    mapping = wb.create_sheet("mapping")
    write_row(mapping, 1, [f"{comparison.old} id", f"{comparison.new} id"])
    row = 2
    for old_id, new_ids in comparison.mapping.items():
        for new_id in new_ids:
            write_row(mapping, row, [old_id, new_id])
            row += 1
    for old_id in comparison.removed:
        write_row(mapping, row, [old_id, None])
        row += 1
    for new_id in comparison.added:
        write_row(mapping, row, [None, new_id])
        row += 1
    for sheet, widths in ((ws, [14, 8, 18, 50, 8, 8, 18, 50, 8, 50]), (mapping, [12, 12])):
        for col, width in enumerate(widths, start=1):
            sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = width
    return _save(wb, path)


def write_series_table(tables: list[SeriesTable], path: str | Path) -> Path:
    """One sheet per series: a row per item, per year its id and points, changes highlighted."""
    wb = Workbook()
    wb.remove(wb.active)
    for n, table in enumerate(tables, start=1):
        ws = wb.create_sheet(f"series {n}")
        write_row(ws, 1, [table.series])
        ws.cell(row=1, column=1).font = BOLD
        header = ["category", "item"]
        for year in table.years:
            header += [f"{year} id", f"{year} points", f"{year} changes"]
        write_row(ws, 2, header)
        for cell in ws[2]:
            cell.font = BOLD
        for r, row in enumerate(table.rows, start=3):
            values: list = [row.path, row.text]
            for year in table.years:
                cell = row.cells.get(year)
                values += [cell.id, cell.points, ", ".join(cell.changes)] if cell else [None, None, None]
            write_row(ws, r, values)
            for y, year in enumerate(table.years):
                cell = row.cells.get(year)
                col = 3 + 3 * y
                if cell and cell.changes:
                    fill = ADDED if "added" in cell.changes or "split" in cell.changes else CHANGED
                    for c in range(col, col + 3):
                        ws.cell(row=r, column=c).fill = fill
                elif cell is None and any(row.cells.get(x) for x in table.years[:y]):
                    for c in range(col, col + 3):
                        ws.cell(row=r, column=c).fill = REMOVED
        ws.column_dimensions["A"].width = 18
        ws.column_dimensions["B"].width = 50
    return _save(wb, path)


def _save(wb: Workbook, path: str | Path) -> Path:
    with atomic_file(path) as tmp:
        wb.save(tmp)
    return Path(path)
