"""Typed errors for unreadable input.

Every error names the file and, where known, the page or row, and says what
is wrong in one line.  The CLI prints ``str(error)`` and exits non-zero; it
never shows a traceback for these.
"""

from __future__ import annotations

from kaohe.i18n import N_, _

from .names import shown


class ReadError(Exception):
    """A notice could not be read faithfully."""

    problem = N_("cannot be read")

    def __init__(self, path: str, detail: str | None = None, *, page: int | None = None,
                 row: int | None = None):
        self.path = str(path)
        self.detail = detail or _(self.problem)
        self.page = page
        self.row = row
        super().__init__(str(self))

    def __str__(self) -> str:
        where = shown(self.path)
        if self.page is not None:
            where += _(", page {n}").format(n=self.page)
        if self.row is not None:
            where += _(", row {n}").format(n=self.row)
        return f"{where}: {self.detail}"


class EmptyFile(ReadError):
    problem = N_("the file is empty")


class FileTooLarge(ReadError):
    problem = N_("the file is larger than the configured limit")


class ZipBomb(ReadError):
    problem = N_("the archive expands beyond the configured limit (possible zip bomb)")


class CorruptFile(ReadError):
    problem = N_("the file is corrupt or truncated")


class NestingTooDeep(ReadError):
    problem = N_("the document is nested too deeply to read")


class EncryptedFile(ReadError):
    problem = N_("the file is encrypted; save an unprotected copy and read that")


class NoTextLayer(ReadError):
    problem = N_("the PDF has no text layer (scanned image); run OCR first")


class GarbledText(ReadError):
    problem = N_("the PDF text layer is garbled (CID glyphs without a ToUnicode map)")


class UnsupportedFormat(ReadError):
    problem = N_("the file format is not supported")


class FormatMismatch(ReadError):
    problem = N_("the file's name and content disagree about its format")


class ReaderInternalError(Exception):
    """A bug in a reader, not a fault of the file: an exception nobody expected.

    Deliberately *not* a :class:`ReadError`: callers that quarantine bad input
    (the flows) must not quarantine a notice because kaohe has a bug; they log
    ``traceback`` and retry after a fix.  ``str()`` is one line naming the file.
    """

    def __init__(self, path: str, fmt: str, error: BaseException, traceback: str):
        self.path = str(path)
        self.format = fmt
        self.error = error
        self.traceback = traceback
        super().__init__(str(self))

    def __str__(self) -> str:
        return _("{file}: internal error in the {format} reader ({error}); this is a bug in kaohe, not a fault "
                 "of the file").format(file=shown(self.path), format=self.format,
                                       error=f"{type(self.error).__name__}: {self.error}")
