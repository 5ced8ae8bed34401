"""Decode the bytes of a text-based notice (html, txt) into a str.

Chinese notices arrive in UTF-8, GBK/GB2312 (often undeclared) and now and
then UTF-16, with or without a byte-order mark.  The order of trust is: a
byte-order mark, then UTF-16's pattern of zero bytes, then a charset the
file declares (if the bytes really decode with it), then strict UTF-8, then a
GB18030 reading that looks like ordinary Chinese, then charset-normalizer's
best guess.  GB2312/GBK are decoded as GB18030, their superset, so that a
stray character outside the declared set does not break the file; the name
reported is still the declared or detected one.
"""

from __future__ import annotations

import codecs
import re

from .errors import CorruptFile, UnsupportedFormat

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALIASES = {"x-gbk": "gbk", "x-cp936": "gbk", "x-euc-cn": "gb2312", "x-sjis": "shift_jis"}
_GB_FAMILY = {"gb2312", "gbk", "cp936", "gb18030"}
# A declaration read from ASCII-compatible bytes cannot truthfully say UTF-16/32.
_IMPOSSIBLE_DECLARED = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
# Declarations browsers treat loosely; real UTF-8 bytes under them are a mislabel.
_LOOSE_DECLARED = {"iso8859-1", "cp1252", "ascii"}
_MIN_GB2312_SHARE = 0.9
_MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def decode_text(data: bytes, declared: str | None = None, *, path: str = "<bytes>") -> tuple[str, str]:
    """Return ``(text, encoding name)`` with newlines normalised to ``\\n``.

    Raises :class:`UnsupportedFormat` when no encoding fits and
    :class:`CorruptFile` when the best decoding is still mostly garbage.
    """
    for attempt in (_from_bom, _from_utf16_pattern, lambda d: _from_declared(d, declared), _from_utf8,
                    _from_gb18030, _from_detection):
        found = attempt(data)
        if found is not None:
            text, name = found
            _check_sensible(text, name, path)
            return normalise_newlines(text), name
    raise UnsupportedFormat(
        path, "the text encoding could not be determined (not UTF-8, GBK or any known encoding)"
    )


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so line numbers mean the same everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def canonical_name(name: str | None) -> str | None:
    """Python's canonical codec name (``GB2312`` -> ``gb2312``), or None if unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    try:
        return codecs.lookup(_ALIASES.get(name, name)).name
    except LookupError:
        return None


def decode_as(data: bytes, name: str) -> str | None:
    """Strictly decode with ``name``, reading the GB family as GB18030."""
    codec = "gb18030" if name in _GB_FAMILY else name
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _from_bom(data: bytes) -> tuple[str, str] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = decode_as(data[len(bom):], name.removesuffix("-sig"))
            if text is None and bom == codecs.BOM_UTF8:  # a UTF-8 mark over GBK bytes (an editor's doing)
                text = decode_as(data[len(bom):], "gb18030")
                return (text, "gb18030 after a UTF-8 byte-order mark") if text is not None else None
            return (text, name) if text is not None else None
    return None


#: In UTF-16 text with markup or line breaks, many ASCII characters put a zero in every other byte.
_MIN_ZERO_SHARE = 0.1
_UTF16_PROBE = 4096
#: Zeros at the ASCII parity outnumber those at the other at least this many times.
_PARITY_RATIO = 8


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the bytes have UTF-16's zero pattern without a byte-order mark.

    ASCII characters (tags, digits, line breaks) in UTF-16 are a zero byte
    beside their code; so zeros fill one parity of positions (odd for little
    endian) and seldom the other (a character such as 一, U+4E00, has one).
    Binary data has zeros at both.
    """
    probe = head[:_UTF16_PROBE]
    probe = probe[: len(probe) - len(probe) % 2]
    pairs = len(probe) // 2
    if pairs < 8:
        return None
    even, odd = probe[0::2].count(0), probe[1::2].count(0)
    if odd >= _MIN_ZERO_SHARE * pairs and even * _PARITY_RATIO <= odd:
        return "utf-16-le"
    if even >= _MIN_ZERO_SHARE * pairs and odd * _PARITY_RATIO <= even:
        return "utf-16-be"
    return None


def _from_utf16_pattern(data: bytes) -> tuple[str, str] | None:
    name = utf16_without_bom(data)
    if name is None:
        return None
    text = decode_as(data, name)
    return (text, name) if text is not None else None


def _from_declared(data: bytes, declared: str | None) -> tuple[str, str] | None:
    name = canonical_name(declared)
    if name is None or name in _IMPOSSIBLE_DECLARED:
        return None
    if name in _LOOSE_DECLARED and decode_as(data, "utf-8") is not None:
        return None
    text = decode_as(data, name)
    return (text, name) if text is not None else None


def _from_utf8(data: bytes) -> tuple[str, str] | None:
    text = decode_as(data, "utf-8")
    return (text, "utf-8") if text is not None else None


def _from_gb18030(data: bytes) -> tuple[str, str] | None:
    """Undeclared GBK is the commonest non-UTF-8 case for Chinese notices.

    Short GBK texts fool statistical detectors (they read as Korean), so try
    GB18030 first and accept it when nearly all its non-ASCII characters are
    common (GB2312) Chinese -- other encodings read this way give rare ones.
    """
    text = decode_as(data, "gb18030")
    if text is None:
        return None
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return None
    common = sum(1 for ch in wide if _in_gb2312(ch))
    return (text, "gb18030") if common / len(wide) >= _MIN_GB2312_SHARE else None


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _from_detection(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    name = canonical_name(best.encoding) or best.encoding
    text = decode_as(data, name)
    return (text, name) if text is not None else None


def _check_sensible(text: str, name: str, path: str) -> None:
    """Refuse decodings full of control or replacement characters (binary data)."""
    if not text:
        return
    bad = len(_CONTROL.findall(text))
    if bad / len(text) > _MAX_CONTROL_SHARE:
        raise CorruptFile(path, f"the text does not decode sensibly ({bad} control characters as {name})")
