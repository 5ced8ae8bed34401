"""Tell a bad file from a bug in a reader.

A library that chokes on malformed input (pdfminer, openpyxl, lxml, zipfile)
raises whatever it raises from its own code: that is bad input and becomes a
:class:`CorruptFile`.  An exception raised by kaohe's own reader code was not
expected by anyone: that is a bug and becomes a :class:`ReaderInternalError`
carrying the traceback, so that flows do not quarantine a good notice.
"""

from __future__ import annotations

import traceback
import zipfile
import zlib
from pathlib import Path

from .errors import CorruptFile, ReaderInternalError

PACKAGE_DIR = Path(__file__).resolve().parent
#: Raised by the standard library's own decoders on malformed bytes, wherever they are called.
BAD_INPUT_TYPES: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, UnicodeDecodeError, EOFError,
)


def raised_in_reader(exc: BaseException) -> bool:
    """True when the innermost frame of the traceback is kaohe's reader code."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return False
    try:
        return Path(last.tb_frame.f_code.co_filename).resolve().is_relative_to(PACKAGE_DIR)
    except (OSError, ValueError):
        return False


def classify(path: str | Path, fmt: str, exc: Exception, *, page: int | None = None,
             what: str | None = None) -> CorruptFile | ReaderInternalError:
    """The error to raise for an unexpected exception while reading ``path``."""
    if isinstance(exc, RecursionError):
        return CorruptFile(str(path), f"the {fmt} file is nested too deeply to read", page=page)
    if isinstance(exc, MemoryError):
        return CorruptFile(str(path), f"the {fmt} file needs more memory than is available to read", page=page)
    if raised_in_reader(exc) and not isinstance(exc, BAD_INPUT_TYPES):
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        return ReaderInternalError(str(path), fmt, exc, text)
    detail = what or f"the {fmt} file could not be parsed"
    return CorruptFile(str(path), f"{detail} ({type(exc).__name__}: {exc})", page=page)
