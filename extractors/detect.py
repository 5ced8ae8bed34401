"""Format detection from content (magic bytes), never from the file name."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .errors import CorruptFile, EncryptedFile, FormatMismatch, UnsupportedFormat
from .model import Format

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<meta|<table|<div|<p[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_EXTENSION_FORMAT = {
    ".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx",
    ".html": "html", ".htm": "html", ".shtml": "html", ".txt": "txt", ".text": "txt",
    ".doc": "doc", ".xls": "xls",
}
_BINARY = {"pdf", "docx", "xlsx", "doc", "xls"}


def sniff_format(path: str | Path, head: bytes) -> Format:
    """Decide the format from the first bytes (and, for zips, the member names)."""
    name = str(path)
    if head[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if head.startswith(OLE_MAGIC):
        _raise_ole(path)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(path)
    if b"\x00" in head[:4096] and not _looks_utf16(head):
        raise UnsupportedFormat(name, "binary content of an unknown format (not pdf, docx, xlsx, html or txt)")
    probe = head[:4096].lstrip(b"\xef\xbb\xbf")
    if _looks_utf16(head):
        probe = head[:8192].decode("utf-16", errors="ignore").encode("utf-8")
    if _HTML_START.search(probe):
        return "html"
    return "txt"


def detect_format(path: str | Path, data: bytes) -> Format:
    """Sniff the content and refuse files whose extension names another format."""
    fmt = sniff_format(path, data[:8192])
    claimed = _EXTENSION_FORMAT.get(Path(path).suffix.lower())
    if claimed and claimed != fmt and (claimed in _BINARY or fmt in _BINARY):
        raise FormatMismatch(
            str(path),
            f"the name says {claimed} but the content is {fmt}; rename the file to match its content",
        )
    return fmt


def _zip_format(path: str | Path) -> Format:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as exc:
        raise CorruptFile(str(path), f"the zip container is corrupt ({exc})") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise UnsupportedFormat(str(path), "a zip archive that is neither a docx nor an xlsx document")


def _raise_ole(path: str | Path) -> None:
    # The whole file: the OLE directory naming the stream may sit anywhere in it
    # (the file is already known to be within the size limit).
    blob = Path(path).read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in blob:
        raise EncryptedFile(str(path), "the Office document is password-protected; save an unprotected copy")
    raise UnsupportedFormat(
        str(path), "a legacy Word/Excel 97-2003 file (.doc/.xls); save it as .docx/.xlsx first"
    )


def _looks_utf16(head: bytes) -> bool:
    return head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")

