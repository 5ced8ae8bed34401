"""Bounds on submission workbooks, checked before and while openpyxl reads them.

A small .xlsx can hold a sheet that expands to gigabytes (a zip bomb, or headers
that lie about sizes), declare a dimension of 16384 columns × a million rows, or
simply hold millions of cells; openpyxl spends ~10–25 µs and hundreds of bytes
per cell.  So, before parsing: the file size and the real zip expansion
(measured while decompressing, as for notices); while parsing: the rows and
cells actually read, against limits that say what to do instead (CSV has none
of these costs).  Every refusal is one problem naming the file (and sheet, row).

Limits (environment): ``KAOHE_MAX_FILE_MB`` (50), ``KAOHE_MAX_UNZIPPED_MB`` (300),
``KAOHE_MAX_ZIP_RATIO`` (200), ``KAOHE_MAX_SHEET_ROWS`` (200,000 per workbook),
``KAOHE_MAX_SHEET_CELLS`` (2,000,000 per workbook).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import Problem, SubmissionError


@dataclass
class SheetBudget:
    """Rows and cells left for one workbook."""

    file: str
    rows: int
    cells: int

    @classmethod
    def from_env(cls, file: str) -> "SheetBudget":
        return cls(file, int(os.environ.get("KAOHE_MAX_SHEET_ROWS", 200_000)),
                   int(os.environ.get("KAOHE_MAX_SHEET_CELLS", 2_000_000)))


def _refuse(file: str, message: str, sheet: str | None = None, row: int | None = None) -> SubmissionError:
    return SubmissionError([Problem(file=file, sheet=sheet, row=row, message=message)])


def check_workbook(path: Path | str) -> None:
    """Refuse a workbook too large, or expanding too far, before any XML is parsed."""
    from extractors.errors import ReadError
    from extractors.limits import Limits
    from extractors.ziplimits import check_zip_expansion

    path = Path(path)
    limits = Limits.from_env()
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise _refuse(str(path), f"the workbook is {size:,} bytes, over the {limits.max_file_bytes:,}-byte limit "
                                 "(KAOHE_MAX_FILE_MB); submit large batches as CSV")
    try:
        check_zip_expansion(str(path), path.read_bytes(), limits)
    except ReadError as exc:
        raise _refuse(str(path), f"not a workbook kaohe will open: {exc.detail}") from None


def bounded_rows(ws, budget: SheetBudget) -> Iterator[tuple]:
    """The sheet's rows (values), refusing past the workbook's row/cell budget.

    The declared dimension is ignored (a forged ``A1:XFD1048576`` would pad every row to
    16384 cells); rows come as long as their last filled cell."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    for r, row in enumerate(ws.iter_rows(values_only=True), 1):
        budget.rows -= 1
        budget.cells -= len(row)
        if budget.rows < 0:
            raise _refuse(budget.file, "the workbook has more rows than the limit (KAOHE_MAX_SHEET_ROWS); "
                                       "submit large batches as CSV", sheet=ws.title, row=r)
        if budget.cells < 0:
            raise _refuse(budget.file, "the workbook has more cells than the limit (KAOHE_MAX_SHEET_CELLS), "
                                       "counting up to each row's last filled cell; submit large batches as CSV",
                          sheet=ws.title, row=r)
        yield row
