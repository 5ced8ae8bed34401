"""One budget for the grids a document declares, checked before anything is allocated for them.

A few bytes can declare a huge grid: ``gridSpan="2000000000"``, a merge over
``A1:XFD1048576``, a thousand ``colspan=1000 rowspan=1000`` cells, a line of a
million TABs.  Readers build tables as rows × columns (``Table.grid()``), so the
declared size, not the stored size, is what costs memory.  Every reader asks
this budget before it builds a table: spans are capped, the columns of a table
and the area of all tables of a document are bounded, and going over is one
:class:`FileTooLarge` line naming the file, what was too large and the setting.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

from kaohe.i18n import _

from .errors import FileTooLarge
from .limits import Limits

#: The widest span a cell may declare (html's colspan/rowspan, docx's gridSpan/gridBefore/gridAfter).
MAX_SPAN = 1000


def capped_span(value: int) -> int:
    """A declared span as a number of grid positions in 1..MAX_SPAN."""
    return max(1, min(value, MAX_SPAN))


@dataclass
class GridBudget:
    """The table area a document may still declare; one per document read."""

    path: str
    limits: Limits
    used: int = 0

    def columns(self, n_cols: int, what: str) -> None:
        """Refuse a table wider than ``KAOHE_MAX_TABLE_COLUMNS``, before its rows are split."""
        limit = self.limits.max_table_columns
        if n_cols > limit:
            raise FileTooLarge(self.path, _("{what}: {n} columns, over the limit of {limit} "
                                            "(KAOHE_MAX_TABLE_COLUMNS)").format(what=what, n=f"{n_cols:,}",
                                                                                limit=f"{limit:,}"))

    def check(self, n_rows: int, n_cols: int, what: str, *, so_far: bool = False) -> None:
        """Refuse a table (or, ``so_far``, the part of it laid out until now) the budget has no room for."""
        self.columns(n_cols, what)
        shape = _(" ({rows} rows × {cols} columns so far)") if so_far else _(" ({rows} rows × {cols} columns)")
        self.cells(n_rows * n_cols, what, shape.format(rows=f"{n_rows:,}", cols=f"{n_cols:,}"))

    def cells(self, count: int, what: str, shape: str = "") -> None:
        """Refuse ``count`` more cells than the budget has room for."""
        limit = self.limits.max_table_cells
        if self.used + count > limit:
            before = _(" after {n} in earlier tables").format(n=f"{self.used:,}") if self.used else ""
            raise FileTooLarge(self.path, _("{what}: {n} cells{shape}{before}, over the limit of {limit} "
                                            "(KAOHE_MAX_TABLE_CELLS)").format(
                what=what, n=f"{count:,}", shape=shape, before=before, limit=f"{limit:,}"))

    def table(self, n_rows: int, n_cols: int, what: str) -> None:
        """Charge one table's declared area; refuse once the document's tables exceed the limit."""
        self.check(n_rows, n_cols, what)
        self.used += n_rows * n_cols


def check_part_entries(path: str, data: bytes, part: str, tags: dict[str, str], limit: int, setting: str) -> None:
    """Count entries of a package part by streaming its XML; refuse more than ``limit`` of any one kind.

    Libraries load styles, numbering and shared strings whole (an object per
    entry) before a single cell or paragraph is read; a 3 MB part can declare
    millions.  ``tags`` maps each Clark tag name to the words the error uses.
    A missing part counts nothing.
    """
    counts = dict.fromkeys(tags, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if part not in zf.namelist():
            return
        # The shortest entry of a kind is its name in an empty tag (<num/>), and no reader gets more of
        # a part than the size its zip entry states (zipfile stops there): a part too small to hold
        # more than ``limit`` of the shortest kind needs no count (~0.01 s CPU of a small docx).
        if zf.getinfo(part).file_size < (limit + 1) * min(len(etree.QName(tag).localname) + 3 for tag in tags):
            return
        with zf.open(part) as stream:
            for _event, element in etree.iterparse(stream, events=("end",), tag=tuple(tags), resolve_entities=False,
                                              no_network=True, huge_tree=True):
                counts[element.tag] += 1
                if counts[element.tag] > limit:
                    raise FileTooLarge(path, _("the part {part} declares more than {limit} {what} ({setting})").format(
                        part=part, limit=f"{limit:,}", what=_(tags[element.tag]), setting=setting))
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]
