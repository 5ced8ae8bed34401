"""Read an .xlsx workbook into the document model.

Each worksheet becomes a Heading (the sheet title) followed by one Table of
its used range: the bounding box of the non-empty cells, so fully empty rows
and columns around the data (leading as well as trailing) are trimmed and
``row``/``col`` are positions in that box.  Merged ranges become one Cell
with spans.  Formulas are read as the values Excel cached when it last saved
the file; a workbook saved by a program that does not calculate (openpyxl,
some exporters) has none, and those cells read as "" with a note rather than
as their formula source.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from lxml import etree
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kaohe.i18n import N_, _

from .budget import GridBudget, check_part_entries
from .errors import FileTooLarge
from .limits import Limits
from .model import Cell, Document, Heading, Provenance, Source, Table, mark_cell_kinds, set_cell_spans

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CELL_TAG, ROW_TAG = f"{{{SHEET_NS}}}c", f"{{{SHEET_NS}}}row"
#: How many cells a note names before it summarises the rest.
NOTE_MAX_CELLS = 10


@dataclass(frozen=True)
class _Box:
    """1-based inclusive sheet coordinates of the used range."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int

    @property
    def n_rows(self) -> int:
        return self.max_row - self.min_row + 1

    @property
    def n_cols(self) -> int:
        return self.max_col - self.min_col + 1


def read_xlsx(path: Path, data: bytes, source: Source, limits: Limits) -> Document:
    """One Heading and one Table per worksheet, in workbook order."""
    check_workbook_size(path, data, limits)
    values = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
    formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=False)
    blocks: list[Heading | Table] = []
    notes: list[str] = []
    for ws in values.worksheets:
        if not isinstance(ws, Worksheet):
            notes.append(f"sheet {ws.title!r} is a chart sheet; it has no cells to read")
            continue
        blocks.append(sheet_heading(ws, block=len(blocks)))
        if ws.sheet_state != "visible":
            notes.append(f"sheet {ws.title!r} is {ws.sheet_state}; read anyway")
        uncached = uncached_formulas(ws, formulas[ws.title])
        if uncached:
            notes.append(uncached_note(ws.title, uncached))
        hidden = hidden_columns(ws)
        if hidden:
            notes.append(f"sheet {ws.title!r}: hidden column(s) {', '.join(get_column_letter(c) for c in hidden)} "
                         "left out (not shown when the sheet is viewed or printed)")
        tables = sheet_tables(ws, block=len(blocks), index=sum(isinstance(b, Table) for b in blocks),
                              keep=set(uncached), hidden=hidden)
        if not tables:
            notes.append(f"sheet {ws.title!r} is empty")
        blocks.extend(tables)
    return Document(source=source, blocks=blocks, notes=notes)


SHEET_PART = re.compile(r"^xl/(worksheets|chartsheets|dialogsheets)/[^/]+\.xml$")
MERGE_TAG, FORMULA_TAG = f"{{{SHEET_NS}}}mergeCell", f"{{{SHEET_NS}}}f"
_VALUE_TAGS = {f"{{{SHEET_NS}}}v", f"{{{SHEET_NS}}}is", FORMULA_TAG}
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
#: Entries openpyxl loads whole before any cell, by part.
_WORKBOOK_PARTS = {
    "xl/styles.xml": {f"{{{SHEET_NS}}}{tag}": words for tag, words in (
        ("font", N_("fonts")), ("fill", N_("fills")), ("border", N_("borders")), ("xf", N_("cell formats (xf)")),
        ("numFmt", N_("number formats")), ("dxf", N_("differential formats")), ("cellStyle", N_("cell styles")))},
}


def check_workbook_size(path: Path, data: bytes, limits: Limits) -> int:
    """Everything openpyxl would allocate, measured from the XML before it loads: styles, shared
    strings, stored cells, and the grid each sheet declares (used range and merges).

    Returns the number of stored cells.
    """
    check_workbook_parts(str(path), data, limits, max_strings=limits.max_xlsx_cells,
                         strings_setting="KAOHE_MAX_XLSX_CELLS")
    return check_cell_count(path, data, limits.max_xlsx_cells, GridBudget(str(path), limits))


def check_workbook_parts(path: str, data: bytes, limits: Limits, *, max_strings: int, strings_setting: str) -> None:
    """Refuse styles (``KAOHE_MAX_STYLES`` of each kind) or shared strings (``max_strings``) beyond a
    workbook's worth, counted before openpyxl loads them whole (it does, even read-only)."""
    for part, tags in _WORKBOOK_PARTS.items():
        check_part_entries(path, data, part, tags, limits.max_styles, "KAOHE_MAX_STYLES")
    check_part_entries(path, data, "xl/sharedStrings.xml", {f"{{{SHEET_NS}}}si": N_("shared strings")},
                       max_strings, strings_setting)


def check_cell_count(path: Path, data: bytes, limit: int, budget: GridBudget) -> int:
    """Count the cells every sheet stores, streaming its XML; refuse a workbook with more than ``limit``.

    openpyxl keeps each cell as an object (twice: values and formulas), so a
    workbook of millions of cells would take minutes and gigabytes; a scoring
    notice has a few thousand.  The sheets' own size declarations are not trusted.
    Each sheet's used range and merged ranges are charged to ``budget`` as well
    (see :func:`declared_grid`).
    """
    count = 0
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if not SHEET_PART.match(name):
                continue
            with zf.open(name) as part:
                count = declared_grid(path, name, part, count, limit, budget)
    return count


def declared_grid(path: Path, name: str, part, count: int, limit: int, budget: GridBudget) -> int:
    """Stream one sheet part: count its stored cells (refusing past ``limit``), then charge its
    used range (the box of valued cells, widened by merges starting at one, as :func:`used_box`)
    and its merged ranges (openpyxl creates a cell for every position a merge covers) to ``budget``."""
    valued: set[tuple[int, int]] = set()
    merges: list[tuple[int, int, int, int]] = []
    row_number, col_number = 0, 0
    for _event, element in etree.iterparse(part, events=("end",), tag=(CELL_TAG, ROW_TAG, MERGE_TAG),
                                      resolve_entities=False, no_network=True, huge_tree=True):
        if element.tag == CELL_TAG:
            count += 1
            if count > limit:
                raise FileTooLarge(
                    str(path), _("the workbook stores more than {limit} cells (sheet part {name}); that is far "
                                 "beyond a notice (limit KAOHE_MAX_XLSX_CELLS)").format(limit=f"{limit:,}", name=name))
            position = _cell_position(element.get("r"), row_number, col_number)
            if position is not None:
                row_number, col_number = position
                if any(child.tag in _VALUE_TAGS for child in element):
                    valued.add(position)
        elif element.tag == ROW_TAG:
            row_number = _int(element.get("r"), row_number + 1)
            col_number = 0
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
            continue
        else:
            bounds = _range_bounds(element.get("ref", ""))
            if bounds is not None:
                merges.append(bounds)
        element.clear()
    budget.cells(sum((b - t + 1) * (r - l + 1) for t, l, b, r in merges), _("the merged ranges of sheet part {name}").format(name=name))
    if not valued:
        return count
    rows, cols = [r for r, _c in valued], [c for _r, c in valued]
    top, left, bottom, right = min(rows), min(cols), max(rows), max(cols)
    for m_top, m_left, m_bottom, m_right in merges:
        if (m_top, m_left) in valued:
            bottom, right = max(bottom, m_bottom), max(right, m_right)
    budget.table(bottom - top + 1, right - left + 1, _("the used range of sheet part {name}").format(name=name))
    return count


def _cell_position(ref: str | None, row: int, col: int) -> tuple[int, int] | None:
    """1-based (row, col) of a ``<c>``: its ``r``, or the next column of the current row."""
    if not ref:
        return (row, col + 1) if row else None
    match = _REF.match(ref)
    if match is None:
        return None
    return int(match.group(2)), column_index_from_string(match.group(1).upper())


def _range_bounds(ref: str) -> tuple[int, int, int, int] | None:
    """(top, left, bottom, right) of ``A1:C3`` (or a single cell), else None."""
    first, _, last = ref.partition(":")
    a, b = _cell_position(first, 0, 0), _cell_position(last or first, 0, 0)
    if a is None or b is None:
        return None
    return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default


def sheet_heading(ws: Worksheet, block: int) -> Heading:
    return Heading(text=ws.title, level=1, prov=Provenance(block=block, char_end=len(ws.title)))


def uncached_formulas(values: Worksheet, formulas: Worksheet) -> list[tuple[int, int]]:
    """1-based (row, col) of the formula cells that carry no cached value."""
    missing = []
    for (row, col), cell in sorted(formulas._cells.items()):  # sparse: only cells in the file
        cached = values._cells.get((row, col))
        if cell.data_type == "f" and (cached is None or cached.value is None):
            missing.append((row, col))
    return missing


def uncached_note(title: str, positions: list[tuple[int, int]]) -> str:
    coordinates = [f"{get_column_letter(col)}{row}" for row, col in positions]
    shown = ", ".join(coordinates[:NOTE_MAX_CELLS])
    more = f" and {len(coordinates) - NOTE_MAX_CELLS} more" if len(coordinates) > NOTE_MAX_CELLS else ""
    return (
        f"sheet {title!r}: formula cell(s) {shown}{more} have no calculated value "
        "(the workbook was saved without calculated values); they read as empty"
    )


def hidden_columns(ws: Worksheet) -> list[int]:
    """1-based columns the sheet hides (a helper or last year's figures kept out of view)."""
    hidden: set[int] = set()
    for dim in ws.column_dimensions.values():
        if dim.hidden and dim.min and dim.max and dim.max - dim.min < 16384:
            hidden.update(range(dim.min, dim.max + 1))
    return sorted(hidden)


def sheet_tables(ws: Worksheet, block: int, index: int, keep: set[tuple[int, int]],
                 hidden: list[int] | None = None) -> list[Table]:
    """The used range as one Table, or as several where the sheet stacks them (see
    :func:`stacked_bands`); none for a sheet without any value.

    ``keep`` are empty cells that still belong to the used range (formulas
    without a cached value); the cells of ``hidden`` columns are left out.
    """
    texts = cell_texts(ws)
    if hidden:
        texts = {(r, c): t for (r, c), t in texts.items() if c not in set(hidden)}
        keep = {(r, c) for r, c in keep if c not in set(hidden)}
    box = used_box(ws, set(texts) | keep)
    if box is None:
        return []
    merged = merged_spans(ws, box)
    tables = []
    for top, bottom in stacked_bands(texts, merged, box):
        for part in side_by_side(texts, merged, _Box(top, box.min_col, bottom, box.max_col)):
            tables.append(band_table(ws, texts, merged, part, block + len(tables), index + len(tables),
                                     header=part.min_row == box.min_row and part.min_col == box.min_col))
    return tables


def side_by_side(texts: dict[tuple[int, int], str], merged: dict[tuple[int, int], tuple[int, int]],
                 band: _Box) -> list[_Box]:
    """The tables a sheet sets side by side: a column blank on every row but those a merged
    title crosses, with three or more rows of two or more filled cells on each side, parts the
    sheet in two (a scoring table and, beside it, its 加分/扣分 table)."""
    across = {r for (r, c), (rs, cs) in merged.items() for r in range(r, r + rs) if cs > 1}

    def rows_of(lo: int, hi: int) -> list[int]:
        return [r for r in range(band.min_row, band.max_row + 1) if r not in across
                and sum(1 for c in range(lo, hi + 1) if (r, c) in texts) >= 2]

    for gap in range(band.min_col + 2, band.max_col - 1):
        crossing = {r for (r, c), (rs, cs) in merged.items() if c < gap < c + cs for r in range(r, r + rs)}
        if any((r, gap) in texts for r in range(band.min_row, band.max_row + 1) if r not in crossing):
            continue
        left, right = rows_of(band.min_col, gap - 1), rows_of(gap + 1, band.max_col)
        if len(left) >= 3 and len(right) >= 3:
            filled = [r for r in range(band.min_row, band.max_row + 1) if r not in crossing
                      and any((r, c) in texts for c in range(gap + 1, band.max_col + 1))]
            return [_Box(band.min_row, band.min_col, band.max_row, gap - 1),
                    _Box(filled[0], gap + 1, filled[-1], band.max_col)]
    return [band]


def stacked_bands(texts: dict[tuple[int, int], str], merged: dict[tuple[int, int], tuple[int, int]],
                  box: _Box) -> list[tuple[int, int]]:
    """Row ranges of the tables a sheet stacks one under another: a blank row followed by a
    caption row (one filled cell: 表2 竞赛获奖计分标准) over three or more rows of two or more
    filled cells starts a table of its own (a scoring table and the award matrix it cites)."""
    covered = {r for (r, c), (rs, cs) in merged.items() for r in range(r, r + rs) if rs > 1}
    filled = {r: sum(1 for (row, _c) in texts if row == r) for r in range(box.min_row, box.max_row + 1)}
    starts = [box.min_row]
    for r in range(box.min_row + 1, box.max_row - 3):
        if filled[r] or r in covered or filled[r + 1] != 1:
            continue
        if sum(filled[x] >= 2 for x in range(r + 2, box.max_row + 1)) >= 3 and starts[-1] < r - 1:
            starts.append(r + 1)
    ends = [s - 2 for s in starts[1:]] + [box.max_row]
    return list(zip(starts, ends))


def band_table(ws: Worksheet, texts: dict[tuple[int, int], str], merged: dict[tuple[int, int], tuple[int, int]],
               box: _Box, block: int, index: int, *, header: bool) -> Table:
    """The rows of ``box`` as a Table (merged ranges clipped to it)."""
    merged = {(r, c): (min(rs, box.max_row - r + 1), min(cs, box.max_col - c + 1)) for (r, c), (rs, cs) in merged.items()
              if box.min_row <= r <= box.max_row and box.min_col <= c <= box.max_col}
    covered = {pos for (r, c), (rs, cs) in merged.items()
               for pos in _positions(r, c, rs, cs) if pos != (r, c)}
    cells = []
    for row in range(box.min_row, box.max_row + 1):
        for col in range(box.min_col, box.max_col + 1):
            if (row, col) in covered:
                continue
            row_span, col_span = merged.get((row, col), (1, 1))
            cells.append(Cell(row=row - box.min_row, col=col - box.min_col, row_span=row_span,
                              col_span=col_span, text=texts.get((row, col), ""), prov=Provenance(block=block)))
    table = Table(n_rows=box.n_rows, n_cols=box.n_cols, cells=cells, prov=Provenance(block=block, table=index),
                  header_rows=header_row_count(ws, box, texts) if header else 0)
    mark_cell_kinds(table)
    set_cell_spans(table)
    return table


#: A styled band deeper than this is formatting of the whole sheet, not a header.
MAX_STYLED_HEADER_ROWS = 4
#: Panes frozen lower than this were frozen to keep a place while scrolling, not to pin a header.
MAX_FROZEN_HEADER_ROWS = 6


def header_row_count(ws: Worksheet, box: _Box, texts: dict[tuple[int, int], str]) -> int:
    """Rows of the used range the workbook marks as header.

    In order of trust: the print titles (rows repeated on every printed page, as
    Word's repeat-header rows), frozen panes a few rows deep, else the leading
    rows whose every non-empty cell is bold or filled when a row that is not
    follows them.
    """
    for last_row, limit in ((print_title_last_row(ws), None), (frozen_rows(ws), MAX_FROZEN_HEADER_ROWS)):
        count = last_row - box.min_row + 1 if last_row else 0
        if 0 < count < box.n_rows and (limit is None or count <= limit):
            return count
    count = 0
    for row in range(box.min_row, box.max_row + 1):
        used = [ws._cells[(row, col)] for col in range(box.min_col, box.max_col + 1) if (row, col) in texts]
        if not used or not all(is_emphasised(cell) for cell in used):
            break
        count += 1
    return count if 0 < count < box.n_rows and count <= MAX_STYLED_HEADER_ROWS else 0


def print_title_last_row(ws: Worksheet) -> int:
    """Last sheet row of the print titles ("$1:$3" -> 3), or 0 when none are set."""
    titles = ws.print_title_rows or ""
    numbers = [int(n) for n in re.findall(r"\d+", str(titles))]
    return max(numbers) if numbers else 0


def frozen_rows(ws: Worksheet) -> int:
    """Last sheet row above a frozen split (0 when no rows are frozen)."""
    pane = ws.freeze_panes
    if not pane:
        return 0
    row = int("".join(ch for ch in str(pane) if ch.isdigit()) or 1)
    return max(row - 1, 0)


def is_emphasised(cell) -> bool:
    """Bold, or filled with a solid colour (the usual ways a header row is marked)."""
    font, fill = cell.font, cell.fill
    return bool(font is not None and font.b) or bool(fill is not None and fill.fill_type == "solid")


def cell_texts(ws: Worksheet) -> dict[tuple[int, int], str]:
    """Non-empty cell texts by 1-based (row, col), read sparsely."""
    texts = {}
    for (row, col), cell in ws._cells.items():  # sparse: a far-away cell does not fill the gap
        text = format_value(cell.value, cell.number_format)
        if text.strip():
            texts[(row, col)] = text
    return texts


def used_box(ws: Worksheet, used: set[tuple[int, int]]) -> _Box | None:
    """Bounding box of the used cells, widened by merged ranges that start at one."""
    if not used:
        return None
    rows = [r for r, _ in used]
    cols = [c for _, c in used]
    box = _Box(min(rows), min(cols), max(rows), max(cols))
    for rng in ws.merged_cells.ranges:
        if (rng.min_row, rng.min_col) in used:
            box = _Box(box.min_row, box.min_col, max(box.max_row, rng.max_row), max(box.max_col, rng.max_col))
    return box


def merged_spans(ws: Worksheet, box: _Box) -> dict[tuple[int, int], tuple[int, int]]:
    """(row_span, col_span) by top-left sheet position, clipped to the used range."""
    spans = {}
    for rng in ws.merged_cells.ranges:
        top, left = max(rng.min_row, box.min_row), max(rng.min_col, box.min_col)
        bottom, right = min(rng.max_row, box.max_row), min(rng.max_col, box.max_col)
        if top <= bottom and left <= right and (bottom > top or right > left):
            spans[(top, left)] = (bottom - top + 1, right - left + 1)
    return spans


def _positions(row: int, col: int, row_span: int, col_span: int) -> list[tuple[int, int]]:
    return [(r, c) for r in range(row, row + row_span) for c in range(col, col + col_span)]




# --------------------------------------------------------------------------- values


def format_value(value: Any, number_format: str = "General") -> str:
    """Cell value as the text a reader of the sheet would copy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return format_number(value, number_format)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return str(value)


def format_number(value: int | float, number_format: str = "General") -> str:
    """The number as Excel's General format shows it; percent formats as "85%"."""
    if "%" in (number_format or ""):
        return _plain_number(value * 100) + "%"
    return _plain_number(value)


def _plain_number(value: int | float) -> str:
    """Integers as integers, floats to Excel's 15 significant digits.

    Excel keeps and shows 15 significant digits, so a cached 0.1+0.2
    (0.30000000000000004) reads as "0.3" and 5.0 as "5": the digits beyond
    are binary artefacts nobody typed or saw.
    """
    if isinstance(value, int):
        return str(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.15g}"
