"""Tables typed as plain text: tab-separated rows, pipe tables, fixed-width columns.

Each detector looks at the lines from a start line and returns the table that
starts there (a :class:`TextTable`: line range, rows of cell texts, header rows)
or None.  They are pure functions of the lines, so the txt reader only decides
which to try first.

* **Tab-separated**: two or more consecutive lines that contain a TAB (and do
  not start with one: that is Word's flattened-table convention, read elsewhere).
* **Pipe tables**: two or more consecutive lines split by ``|`` (or ``｜``) into
  the same number of cells, leading and trailing pipes optional; a separator line
  of dashes (``|---|:--:|``) is dropped and marks the rows above it as header.
* **Fixed-width columns**: three or more consecutive lines whose fields, split at
  runs of two or more spaces, start at the same display columns (CJK characters
  are two columns wide) in most lines; every field must start at one of those
  columns, and a two-column layout needs a numeric column, so prose with a double
  space does not qualify.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

TAB = "\t"
PIPES = "|｜"
MIN_ROWS = 2
MIN_FIXED_ROWS = 3
MIN_COLS = 2
#: A column start may wander this many display columns between lines.
ALIGN_TOLERANCE = 1
#: Share of the lines in which a column must start for it to count as a column.
COLUMN_SUPPORT = 0.5
_SEPARATOR_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")
_FIELD_GAP = re.compile(r"(?: {2,}|\u3000+)")


@dataclass
class TextTable:
    """Rows of cell texts read from ``lines[start:end]``; ``line_of[r]`` is row r's line."""

    kind: str
    start: int
    end: int
    rows: list[list[str]]
    line_of: list[int]
    header_rows: int = 0
    starts: list[list[int]] = field(default_factory=list)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)


# --------------------------------------------------------------------------- tab-separated


def tab_table(lines: list[str], start: int) -> TextTable | None:
    end = start
    while end < len(lines) and TAB in lines[end].strip(" ") and not lines[end].startswith(TAB):
        end += 1
    if end - start < MIN_ROWS:
        return None
    rows = [[cell.strip() for cell in lines[i].strip(" ").split(TAB)] for i in range(start, end)]
    if max(len(r) for r in rows) < MIN_COLS:
        return None
    return TextTable("tab-separated", start, end, rows, list(range(start, end)))


# --------------------------------------------------------------------------- pipes


def pipe_cells(line: str) -> list[str] | None:
    """Cells of a pipe-table line, or None if the line has no inner pipe."""
    text = line.strip()
    if not any(p in text for p in PIPES):
        return None
    text = re.sub(f"^[{PIPES}]|[{PIPES}]$", "", text)
    cells = [c.strip() for c in re.split(f"[{PIPES}]", text)]
    return cells if len(cells) >= MIN_COLS else None


def is_separator(cells: list[str]) -> bool:
    return all(_SEPARATOR_CELL.match(c) for c in cells)


def pipe_table(lines: list[str], start: int) -> TextTable | None:
    first = pipe_cells(lines[start])
    if first is None:
        return None
    width = len(first)
    rows: list[list[str]] = []
    line_of: list[int] = []
    header = 0
    end = start
    while end < len(lines):
        cells = pipe_cells(lines[end])
        if cells is None or len(cells) != width:
            break
        if is_separator(cells):
            if header or not rows:
                break
            header = len(rows)
        else:
            rows.append(cells)
            line_of.append(end)
        end += 1
    if len(rows) < MIN_ROWS:
        return None
    return TextTable("pipe", start, end, rows, line_of, header_rows=header if header < len(rows) else 0)


# --------------------------------------------------------------------------- fixed width


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fixed_fields(line: str) -> list[tuple[int, str]]:
    """(display column, text) of each field, fields separated by 2+ spaces or ideographic spaces.

    The display column is summed as the line is walked (linear in its length).
    """
    fields = []
    position = width = 0
    for part in _FIELD_GAP.split(line.rstrip()):
        index = line.index(part, position) if part else position
        width += display_width(line[position:index])
        if part.strip():
            fields.append((width + len(part) - len(part.lstrip()), part.strip()))
        width += display_width(part)
        position = index + len(part)
    return fields


def declared_fields(line: str) -> int:
    """The most cells any detector could split this line into (1 for a line with no separator)."""
    gaps = sum(1 for _ in _FIELD_GAP.finditer(line))
    return max(line.count(TAB), sum(line.count(p) for p in PIPES), gaps) + 1


def fixed_width_table(lines: list[str], start: int) -> TextTable | None:
    end = start
    parsed: list[list[tuple[int, str]]] = []
    while end < len(lines) and len(fields := fixed_fields(lines[end])) >= MIN_COLS and TAB not in lines[end]:
        parsed.append(fields)
        end += 1
    if len(parsed) < MIN_FIXED_ROWS:
        return None
    columns = column_starts(parsed)
    if len(columns) < MIN_COLS:
        return None
    rows = []
    for fields in parsed:
        row = [""] * len(columns)
        for col, text in fields:
            slot = next((i for i, c in enumerate(columns) if abs(c - col) <= ALIGN_TOLERANCE), None)
            if slot is None:
                return None  # a field starting between columns: not a table
            row[slot] = f"{row[slot]} {text}".strip()
        rows.append(row)
    if not plausible_fixed(rows, len(columns)):
        return None
    return TextTable("fixed-width", start, end, rows, list(range(start, end)))


_NUMBER_CELL = re.compile(r"^[+-]?\d+(\.\d+)?\s*(分|%|％)?$")


def plausible_fixed(rows: list[list[str]], n_cols: int) -> bool:
    """Three or more columns; two only when one of them is mostly numbers.

    Prose that puts two spaces after an article number ("第一条  为…") aligns into
    two columns, neither of them numeric.
    """
    if n_cols >= 3:
        return True
    body = rows[1:]
    return any(sum(bool(_NUMBER_CELL.match(r[c])) for r in body) * 2 >= len(body) for c in range(n_cols))


def column_starts(parsed: list[list[tuple[int, str]]]) -> list[int]:
    """Display columns at which fields start in at least COLUMN_SUPPORT of the lines."""
    counts: dict[int, int] = {}
    for fields in parsed:
        for col in {c for c, _ in fields}:
            counts[col] = counts.get(col, 0) + 1
    columns: list[int] = []
    for col in sorted(counts):
        support = sum(n for c, n in counts.items() if abs(c - col) <= ALIGN_TOLERANCE)
        if support >= COLUMN_SUPPORT * len(parsed) and not any(abs(col - c) <= ALIGN_TOLERANCE for c in columns):
            columns.append(col)
    return columns


# --------------------------------------------------------------------------- ruled fixed-width


_RULE_LINE = re.compile(r"^\s*[-=─━—_]{10,}\s*$")


def ruled_fixed_table(lines: list[str], start: int) -> TextTable | None:
    """A header line of fields over a rule of dashes, rows down to the next rule: columns are
    where the header's fields start.  Inside, a line with one field at the left margin is a
    section row (一、组织工作（35分）), and a line with the first column empty carries on
    the cells of the row above (a long criterion wrapped in its column); a 合计 line right
    after the closing rule is the table's last row."""
    header = fixed_fields(lines[start])
    if len(header) < 3 or start + 1 >= len(lines) or not _RULE_LINE.match(lines[start + 1]):
        return None
    columns = [col for col, _ in header]
    rows, line_of = [[text for _, text in header]], [start]
    end = start + 2
    closed = False
    while end < len(lines):
        line = lines[end]
        if _RULE_LINE.match(line):
            closed = True
            end += 1
            break
        if not line.strip() or TAB in line:
            break
        _add_fixed_row(fixed_fields(line), columns, rows, line_of, end)
        end += 1
    if not closed or len(rows) < MIN_FIXED_ROWS:
        return None
    while end < len(lines) and len(fields := fixed_fields(lines[end])) >= MIN_COLS and TAB not in lines[end]:
        _add_fixed_row(fields, columns, rows, line_of, end)   # 合计 … 100 below the closing rule
        end += 1
    return TextTable("fixed-width", start, end, rows, line_of, header_rows=1)


def _add_fixed_row(fields: list[tuple[int, str]], columns: list[int], rows: list[list[str]],
                   line_of: list[int], index: int) -> None:
    row = [""] * len(columns)
    for col, text in fields:
        slot = max((i for i, c in enumerate(columns) if c <= col + ALIGN_TOLERANCE), default=0)
        row[slot] = f"{row[slot]} {text}".strip()
    if len(fields) == 1 and fields[0][0] < columns[1] - ALIGN_TOLERANCE:
        rows.append(row)   # a section row across the table
        line_of.append(index)
    elif not row[0] and len(rows) > 1 and any(row):
        prev = rows[-1]   # the first column empty: the row above wrapped onto this line
        rows[-1] = [_join_wrapped(a, b) for a, b in zip(prev, row)]
    else:
        rows.append(row)
        line_of.append(index)


def _join_wrapped(first: str, second: str) -> str:
    if not first or not second:
        return first or second
    glue = " " if first[-1].isascii() and first[-1].isalnum() and second[0].isascii() and second[0].isalnum() else ""
    return first + glue + second


DETECTORS = (pipe_table, tab_table, ruled_fixed_table, fixed_width_table)


def table_at(lines: list[str], start: int) -> TextTable | None:
    """The first table a detector finds starting at ``lines[start]``."""
    for detector in DETECTORS:
        table = detector(lines, start)
        if table is not None:
            return table
    return None
