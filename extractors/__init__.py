"""Read assessment notices (docx, pdf, html, txt, xlsx) into one document model.

Use :func:`read_document`; it detects the format from content, enforces the
limits in :class:`Limits` and raises a :class:`ReadError` subclass for every
kind of unreadable input.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from .detect import detect_format
from .errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    FormatMismatch,
    GarbledText,
    NoTextLayer,
    ReaderInternalError,
    ReadError,
    UnsupportedFormat,
    ZipBomb,
)
from .failures import classify
from .limits import Limits
from .model import Cell, Document, Format, Heading, Paragraph, Provenance, Source, Table

__all__ = [
    "read_document", "Limits", "Document", "Source", "Heading", "Paragraph", "Table", "Cell",
    "Provenance", "Format", "ReadError", "EmptyFile", "FileTooLarge", "ZipBomb", "CorruptFile",
    "EncryptedFile", "NoTextLayer", "GarbledText", "UnsupportedFormat", "FormatMismatch",
    "ReaderInternalError",
]


def read_document(path: str | Path, limits: Limits | None = None) -> Document:
    """Read one notice file into a :class:`Document`."""
    limits = limits or Limits.from_env()
    path = Path(path)
    if not path.is_file():
        raise ReadError(str(path), "no such file")
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(str(path))
    if size > limits.max_file_bytes:
        raise FileTooLarge(
            str(path), f"the file is {size:,} bytes, over the limit of {limits.max_file_bytes:,} bytes"
        )
    data = path.read_bytes()
    fmt = detect_format(path, data)
    if fmt in ("docx", "xlsx"):
        check_zip_expansion(path, size, limits)
    source = Source(
        path=str(path), name=path.name, sha256=hashlib.sha256(data).hexdigest(), format=fmt, size=size
    )
    reader = _reader(fmt)
    try:
        return reader(path, data, source, limits)
    except (ReadError, ReaderInternalError):
        raise
    except Exception as exc:  # a library choked on malformed input, or a reader has a bug
        raise classify(path, fmt, exc) from exc


def check_zip_expansion(path: Path, size: int, limits: Limits) -> None:
    """Refuse docx/xlsx archives that would expand beyond the limits."""
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(info.file_size for info in zf.infolist())
    except zipfile.BadZipFile as exc:
        raise CorruptFile(str(path), f"the zip container is corrupt ({exc})") from None
    if total > limits.max_unzipped_bytes or total > size * limits.max_zip_ratio:
        raise ZipBomb(
            str(path),
            f"the archive expands to {total:,} bytes from {size:,} "
            f"(limits: {limits.max_unzipped_bytes:,} bytes, ratio {limits.max_zip_ratio:g}); possible zip bomb",
        )


def _reader(fmt: Format):
    if fmt == "docx":
        from .docx_reader import read_docx
        return read_docx
    if fmt == "pdf":
        from .pdf_reader import read_pdf
        return read_pdf
    if fmt == "html":
        from .html_reader import read_html
        return read_html
    if fmt == "xlsx":
        from .xlsx_reader import read_xlsx
        return read_xlsx
    from .txt_reader import read_txt
    return read_txt
