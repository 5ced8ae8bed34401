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
``KAOHE_MAX_SHEET_CELLS`` (2,000,000 per workbook; also the most shared strings),
``KAOHE_MAX_STYLES`` (65,490 of each kind of style entry), ``KAOHE_MAX_SHEET_COLUMNS``
(16,384 columns in a CSV header, counted before pandas splits it).
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
    from extractors.xlsx_reader import check_workbook_parts

    try:
        data = path.read_bytes()
        check_zip_expansion(str(path), data, limits)
        check_workbook_parts(str(path), data, limits, max_strings=SheetBudget.from_env(str(path)).cells,
                             strings_setting="KAOHE_MAX_SHEET_CELLS")
    except ReadError as exc:
        raise _refuse(str(path), f"not a workbook kaohe will open: {exc.detail}") from None


CHUNK = 1 << 20
_UTF8_BOM = b"\xef\xbb\xbf"


def check_csv(path: Path | str, sep: str) -> None:
    """Refuse a CSV whose header declares more columns than ``KAOHE_MAX_SHEET_COLUMNS``, or that starts
    with a UTF-8 byte-order mark over another encoding, before pandas reads it.

    The header's separators are counted chunk by chunk (a 10^6-column header is
    8 MB on disk and gigabytes as a frame); a quoted separator counts too, which
    only errs on the generous side.
    """
    path = Path(path)
    limit = int(os.environ.get("KAOHE_MAX_SHEET_COLUMNS", 16_384))
    columns = 1
    with open(path, "rb") as f:
        head = f.read(CHUNK)
        chunk = head
        while chunk:
            line = chunk.split(b"\n", 1)[0]
            columns += line.count(sep.encode())
            if columns > limit:
                raise _refuse(str(path), f"the header has more than {limit:,} columns "
                                         "(KAOHE_MAX_SHEET_COLUMNS); a submission has one per input", row=1)
            if len(line) < len(chunk):
                break
            chunk = f.read(CHUNK)
    if head.startswith(_UTF8_BOM):
        _check_bom(path)


def _check_bom(path: Path) -> None:
    """A UTF-8 byte-order mark promises UTF-8: name the mismatch instead of reading mojibake headers."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                position = offset + exc.start
                raise _refuse(str(path), f"the file starts with a UTF-8 byte-order mark but is not UTF-8 "
                                         f"(byte {chunk[exc.start]:#04x} at offset {position:,} is not UTF-8; "
                                         f"{_guess(path)}); save it again as UTF-8") from None
            offset += len(chunk)


def _guess(path: Path) -> str:
    """What the bytes after the mark decode as, if GB18030 (GBK) reads them."""
    try:
        Path(path).read_bytes()[3:].decode("gb18030")
    except UnicodeDecodeError:
        return "nor GBK/GB18030"
    return "the rest reads as GBK/GB18030"


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
