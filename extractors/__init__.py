"""Read assessment notices (docx, pdf, html, txt, xlsx; doc, wps, xls, et, rtf, odt, ods
by conversion) into one document model.

Use :func:`read_document`; it detects the format from content, enforces the
limits in :class:`Limits` and raises a :class:`ReadError` subclass for every
kind of unreadable input.
"""

from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path
from typing import Callable

from kaohe.i18n import _

from .convert import CONVERTIBLE, ConversionFailed, convert, target_format
from .detect import claimed_format, detect_format
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
from .fields import bound_fields
from .limits import Limits
from .names import shown
from .model import Cell, Document, Format, Heading, Paragraph, Provenance, ReaderNote, Source, Table
from .ziplimits import check_zip_expansion

__all__ = [
    "read_document", "Limits", "Document", "Source", "Heading", "Paragraph", "Table", "Cell",
    "Provenance", "Format", "ReadError", "EmptyFile", "FileTooLarge", "ZipBomb", "CorruptFile",
    "EncryptedFile", "NoTextLayer", "GarbledText", "UnsupportedFormat", "FormatMismatch",
    "ReaderInternalError", "ConversionFailed", "ReaderNote",
]


def read_document(path: str | Path, limits: Limits | None = None, *, ocr: bool = True,
                  progress: Callable[[int, int], None] | None = None) -> Document:
    """Read one notice file into a :class:`Document`.

    Legacy and WPS office files are converted to docx/xlsx with LibreOffice first;
    the Document's source still names the original file, with ``original_format``.
    """
    limits = limits or Limits.from_env()
    path = Path(path)
    link = path.resolve() if path.is_symlink() else None
    if not path.is_file():
        raise ReadError(str(path), "no such file" if link is None else f"a symbolic link to {shown(str(link))}, "
                                                                      "which is not a file")
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(str(path))
    if size > limits.max_file_bytes:
        raise FileTooLarge(
            str(path), _("the file is {n} bytes, over the limit of {limit} bytes").format(
                n=f"{size:,}", limit=f"{limits.max_file_bytes:,}")
        )
    data = path.read_bytes()
    detected = detect_format(path, data)
    flags: list[ReaderNote] = []
    if link is not None:  # named on the command line: followed, and said so
        flags.append(ReaderNote(kind="reader_note", message=f"{shown(path.name)} is a symbolic link to "
                                                            f"{shown(str(link))}; the file it points to was read"))
    claimed = claimed_format(path)
    if claimed and claimed != detected and claimed not in ("html", "txt"):
        flags.append(ReaderNote(kind="reader_note",
                                message=f"the name says {claimed} but the content is {detected}; read as {detected}"))
    original = None
    if detected in CONVERTIBLE:
        original, fmt = detected, target_format(detected)
        content = convert(path, data, original, limits.convert_timeout_s)
        flags.append(ReaderNote(kind="converted",
                                message=f"converted from {original} to {fmt} with LibreOffice before reading"))
    else:
        fmt, content = detected, data
    if fmt in ("docx", "xlsx"):
        check_zip_expansion(str(path), content, limits)
    source = Source(
        path=str(path), name=path.name, sha256=hashlib.sha256(data).hexdigest(), format=fmt, size=size,
        original_format=original,
    )
    reader = _reader(fmt)
    if fmt in ("pdf", "image"):  # scans: OCR unless turned off; progress(done, total) per OCR'd page
        from .ocr.options import OcrOptions
        reader = partial(reader, ocr=OcrOptions(enabled=ocr, progress=progress))
    try:
        document = reader(path, content, source, limits)
    except (ReadError, ReaderInternalError):
        raise
    except Exception as exc:  # a library choked on malformed input, or a reader has a bug
        raise classify(path, original or fmt, exc) from exc
    document.flags[:0] = flags
    return bound_fields(document, limits.max_field_chars)


def _reader(fmt: Format):
    if fmt == "docx":
        from .docx_reader import read_docx
        return read_docx
    if fmt == "pdf":
        from .pdf_reader import read_pdf
        return read_pdf
    if fmt == "image":
        from .ocr.reader import read_image
        return read_image
    if fmt == "html":
        from .html_reader import read_html
        return read_html
    if fmt == "xlsx":
        from .xlsx_reader import read_xlsx
        return read_xlsx
    from .txt_reader import read_txt
    return read_txt
