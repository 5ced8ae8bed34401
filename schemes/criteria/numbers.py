"""Numbers as notices print them: 0.5, 80%, 二分之一, 十二, （18分）."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+)/(\d+)")


class _FoldTable(dict):
    """Code point → its NFKC form when that is one character (else itself), worked out at first sight."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        self[code] = value = folded if len(folded) == 1 else char
        return value


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Fold full-width forms (０-９, ％, （）, ．) to ASCII, one character for one.

    Keeping the length unchanged keeps character spans valid on the original.
    """
    return text if text.isascii() else text.translate(_FOLD)


def parse_number(text: str) -> float | None:
    """Read one number, Arabic or Chinese; a trailing % makes it a fraction."""
    text = fold(text).strip()
    if not text:
        return None
    percent = text.endswith("%")
    core = text.rstrip("%").strip()
    value: float | None
    if _ARABIC.fullmatch(core):
        value = float(core)
    else:
        value = _chinese_number(core)
    if value is None:
        return None
    return round(value / 100, 10) if percent else value


def first_number(text: str) -> float | None:
    """The first Arabic number (with its % if any) in ``text``."""
    match = re.search(r"\d+(?:\.\d+)?%?", fold(text))
    return parse_number(match.group()) if match else None


@lru_cache(maxsize=1)
def _cn2an():
    """cn2an compiles its patterns when imported (~0.13 s CPU): loaded at the first Chinese number."""
    import cn2an

    return cn2an


def _chinese_number(core: str) -> float | None:
    cn2an = _cn2an()
    converted = cn2an.transform(core, "cn2an")
    frac = _FRACTION.fullmatch(converted)
    if frac:
        return int(frac.group(1)) / int(frac.group(2))
    if _ARABIC.fullmatch(converted):
        return float(converted)
    try:
        return float(cn2an.cn2an(core, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def clean_number(value: float | None) -> float | None:
    """Round away binary noise so 0.1+0.2 prints as 0.3."""
    return None if value is None else round(value, 6)
