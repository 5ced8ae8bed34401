"""Spreadsheet cells that hold data, never code: text written as text, read back exactly.

openpyxl turns any string starting with ``=`` into a formula, and a
spreadsheet program re-interprets ``+ - @`` on edit.  :func:`set_text`
stores a string as an inline string cell with the quote-prefix style (the
``'`` Excel shows), whatever its first character.  Characters that XML
cannot hold (control characters other than tab, line feed and carriage
return) and a literal ``_xHHHH_`` are written in the OOXML ``_xHHHH_``
escape that Excel and LibreOffice decode (ECMA-376 ST_Xstring);
:func:`read_text` decodes it, so a text survives the round trip unchanged.
A text longer than a cell may hold (32,767 characters) is cut with ``…``;
:func:`cell_form` says what a value looks like in its cell, so an importer
can tell an unedited cell from an edit.

Used by the review sheet; the other workbook writers may use it too.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import Cell

MAX_CELL_CHARS = 32_767
CUT_MARK = "…"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LITERAL_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")  # an underscore that would start an escape
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escape_text(text: str) -> str:
    """The OOXML form of ``text``: a literal ``_xHHHH_`` guarded as ``_x005F_xHHHH_``, illegal characters escaped."""
    text = _LITERAL_ESCAPE.sub("_x005F_", text)
    return _ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def unescape_text(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def cell_form(text: str) -> str:
    """What ``text`` reads back as from its cell (cut when it does not fit)."""
    if len(text) <= MAX_CELL_CHARS // 7 or len(escape_text(text)) <= MAX_CELL_CHARS:
        return text
    lo, hi = 0, min(len(text), MAX_CELL_CHARS)  # the longest prefix whose escaped form fits with the mark
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(escape_text(text[:mid] + CUT_MARK)) <= MAX_CELL_CHARS:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + CUT_MARK


def set_text(cell: Cell, text: str) -> Cell:
    """Store ``text`` in ``cell`` as text (never a formula), escaped and cut to fit."""
    cell.value = escape_text(cell_form(text))
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def put(cell: Cell, value: Any) -> Cell:
    """Store a value: strings as text (:func:`set_text`), numbers as numbers, None as empty."""
    if isinstance(value, str):
        return set_text(cell, value)
    cell.value = value
    return cell


def write_row(ws: Any, row: int, values: list[Any]) -> None:
    """Write a row (1-based) whose strings are stored as text."""
    for col, value in enumerate(values, start=1):
        put(ws.cell(row=row, column=col), value)


def read_text(value: Any) -> Any:
    """A cell value as written by :func:`set_text` (other values unchanged)."""
    return unescape_text(value) if isinstance(value, str) else value
