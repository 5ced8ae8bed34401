"""Format detection from content (magic bytes), never from the file name."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

from .encoding import utf16_without_bom
from .errors import CorruptFile, EncryptedFile, FormatMismatch, UnsupportedFormat
from .model import Format, OriginalFormat

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<meta|<table|<div|<p[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_EXTENSION_FORMAT = {
    ".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx",
    ".html": "html", ".htm": "html", ".shtml": "html", ".txt": "txt", ".text": "txt",
    ".doc": "doc", ".dot": "dot", ".wps": "wps", ".xls": "xls", ".et": "et",
    ".rtf": "rtf", ".odt": "odt", ".ods": "ods",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
}
_BINARY = {"pdf", "docx", "xlsx", "doc", "dot", "wps", "xls", "et", "odt", "ods", "image"}
#: Scanned images (read by OCR): PNG, JPEG, TIFF (little and big endian).
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
#: Formats of one family: a name from the family refines what the content says
#: (a Word 97 file named .wps is a WPS Writer file, one named .dot a template).
_FAMILY = {"doc": {"doc", "dot", "wps"}, "xls": {"xls", "et"}}
#: Old office extensions that web publishers also put on RTF, HTML and OOXML
#: files; such a file is read by its content instead of being refused.
_LOOSE_OFFICE_NAMES = {"doc", "dot", "wps", "xls", "et"}
_ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.text-template": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.spreadsheet-template": "ods",
}


def sniff_format(path: str | Path, head: bytes) -> Format | OriginalFormat:
    """Decide the format from the first bytes (OLE stream names, zip member names)."""
    name = str(path)
    if head[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if head.startswith(OLE_MAGIC):
        return ole_format(path)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(path)
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    if b"\x00" in head[:4096] and not _looks_utf16(head):
        raise UnsupportedFormat(name, "binary content of an unknown format (not pdf, docx, xlsx, html or txt)")
    probe = head[:4096].lstrip(b"\xef\xbb\xbf")
    if _looks_utf16(head):
        probe = head[:8192].decode(utf16_without_bom(head) or "utf-16", errors="ignore").encode("utf-8")
    if _HTML_START.search(probe) or looks_like_markup(probe):
        return "html"
    return "txt"


#: Elements whose tags make a text a page of markup (a fragment needs no <html>).
_MARKUP_TAG = re.compile(
    rb"</?(table|tbody|thead|tr|td|th|p|div|span|br|h[1-6]|ul|ol|li|section|article|font|b|strong|"
    rb"style|script|body|html|head|meta|link|center|form|input|select|textarea|img|a)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_TEMPLATE_START = re.compile(rb"<%|<jsp:|<asp:|<\?php|<[a-z]+:[a-z]+[^>]*>", re.IGNORECASE)
#: A text with at least this many known tags, covering this share of its bytes, is markup.
MIN_MARKUP_TAGS = 8
MIN_MARKUP_SHARE = 0.15
_MARKUP_PROBE = 65536


def looks_like_markup(head: bytes) -> bool:
    """Markup density, not the first token: JSP/ASPX pages and saved fragments start anywhere.

    A server-template opening with a few known tags is markup; otherwise enough known
    tags must cover a fair share of the text (a notice that quotes one ``<br>`` is not).
    """
    probe = head[:_MARKUP_PROBE]
    tags = _MARKUP_TAG.findall(probe)
    if len(tags) >= 2 and _TEMPLATE_START.search(probe[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")[:16]):
        return True
    if len(tags) < MIN_MARKUP_TAGS:
        return False
    covered = sum(len(m.group(0)) for m in _MARKUP_TAG.finditer(probe))
    return covered / max(len(probe.strip()), 1) >= MIN_MARKUP_SHARE


def claimed_format(path: str | Path) -> str | None:
    """The format the file name's extension names, if it names one."""
    return _EXTENSION_FORMAT.get(Path(path).suffix.lower())


def detect_format(path: str | Path, data: bytes) -> Format | OriginalFormat:
    """Sniff the content and refuse files whose extension names another format."""
    fmt = sniff_format(path, data[:8192])
    claimed = _EXTENSION_FORMAT.get(Path(path).suffix.lower())
    if claimed in _FAMILY.get(fmt, ()):
        return claimed
    if claimed in _LOOSE_OFFICE_NAMES:
        return fmt  # read_document notes the disagreement
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
            mimetype = _read_head(zf, "mimetype", 100).strip() if "mimetype" in names else b""
    except zipfile.BadZipFile as exc:
        raise CorruptFile(str(path), f"the zip container is corrupt ({exc})") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if mimetype in _ODF_MIMETYPES:
        return _ODF_MIMETYPES[mimetype]
    raise UnsupportedFormat(
        str(path), "a zip archive that is neither a docx nor an xlsx document (nor odt/ods)"
    )


def _read_head(zf: zipfile.ZipFile, name: str, size: int) -> bytes:
    with zf.open(name) as member:
        return member.read(size)


#: OLE2 stream names of the office formats (WPS Writer and Spreadsheets files use
#: the Word 97 and Excel 97 streams; Microsoft Works word processor files CONTENTS).
_WORD_STREAMS = ("worddocument",)
_EXCEL_STREAMS = ("workbook", "book")
_WORKS_STREAMS = ("contents", "matost")


def ole_format(path: str | Path) -> OriginalFormat:
    """doc, xls or wps from the streams of an OLE2 compound file; encrypted files refused."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=False)}
            word = next((s for s in _WORD_STREAMS if s in streams), None)
            header = ole.openstream(word).read(12) if word else b""
    except (OSError, ValueError, IndexError, struct.error) as exc:  # olefile on a malformed container
        if "EncryptedPackage".encode("utf-16-le") in Path(path).read_bytes():
            raise EncryptedFile(str(path), "the Office document is password-protected; save an unprotected copy")
        raise CorruptFile(str(path), f"the OLE2 compound file is corrupt ({exc})") from None
    if "encryptedpackage" in streams or _word_encrypted(header):
        raise EncryptedFile(str(path), "the Office document is password-protected; save an unprotected copy")
    if word:
        return "doc"
    if any(s in streams for s in _EXCEL_STREAMS):
        return "xls"
    if any(s in streams for s in _WORKS_STREAMS):
        return "wps"
    shown = ", ".join(sorted(streams)[:8])
    raise UnsupportedFormat(
        str(path), f"an OLE2 compound file that is neither a Word, Excel nor WPS document (streams: {shown})"
    )


def _word_encrypted(fib: bytes) -> bool:
    """The fEncrypted bit of a Word 97 FIB (word at offset 0x0A, bit 0x0100)."""
    return len(fib) >= 12 and fib[:2] == b"\xec\xa5" and bool(int.from_bytes(fib[10:12], "little") & 0x0100)


def _looks_utf16(head: bytes) -> bool:
    """A UTF-16 byte-order mark, or UTF-16's zero pattern without one."""
    return head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff") or utf16_without_bom(head) is not None

