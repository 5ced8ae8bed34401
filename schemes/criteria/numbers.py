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


_DIGIT_CHARS = "零一二三四五六七八九"
_VALUES = {c: k for k, c in enumerate(_DIGIT_CHARS)} | {"〇": 0, "两": 2}
_UNIT_CHARS = ((1000, "千"), (100, "百"), (10, "十"))
_UNIT_OF = {name: unit for unit, name in _UNIT_CHARS}
_SIMPLE_FRACTION = re.compile(r"([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)")


def standard_chinese(n: int) -> str:
    """The standard way to write ``0 <= n < 10**8`` in Chinese: 十二, 一百一十, 一千零五, 十万零五."""
    def below_10000(x: int, whole: bool) -> str:
        out, gap = "", False
        for unit, name in _UNIT_CHARS:
            q = x // unit % 10
            if q:
                out += ("零" if gap and out else "") + ("" if (q == 1 and unit == 10 and whole and not out)
                                                       else _DIGIT_CHARS[q]) + name
                gap = False
            else:
                gap = gap or bool(out)
        if x % 10:
            out += ("零" if gap or (out and x % 100 < 10) else "") + _DIGIT_CHARS[x % 10]
        return out

    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    if not high:
        return below_10000(low, True)
    return below_10000(high, True) + "万" + ("零" if 0 < low < 1000 else "") + (below_10000(low, False) if low else "")


def plain_integer(text: str) -> int | None:
    """A Chinese integer written the standard way (十二, 一百零五, 两千, 三万五千), read here; None for any
    other form (digits in a row as in 二〇二三, 一百二 for 120, …), which cn2an reads instead.

    Importing cn2an costs ~0.4 s CPU (it compiles hundreds of patterns): a small notice's numbers
    should not pay for it.  The value is read by place, then written back the standard way: only text
    that comes back identical is accepted."""
    if not text or len(text) > 16:
        return None
    total = section = digit = 0
    for ch in text:
        if ch in _VALUES:
            digit = _VALUES[ch]
        elif ch == "万":
            total, section, digit = (section + digit) * 10_000, 0, 0
        elif ch in _UNIT_OF:
            section += (digit or (1 if ch == "十" else 0)) * _UNIT_OF[ch]
            digit = 0
        else:
            return None
    value = total + section + digit
    canonical = text.replace("两", "二").replace("〇", "零")
    return value if value < 10**8 and standard_chinese(value) == canonical else None


def _plain_number(core: str) -> float | None:
    """A standard Chinese integer or simple fraction (二分之一), or None (see :func:`plain_integer`)."""
    if frac := _SIMPLE_FRACTION.fullmatch(core):
        den, num = plain_integer(frac.group(1)), plain_integer(frac.group(2))
        return None if not den or num is None else num / den
    value = plain_integer(core)
    return None if value is None else float(value)


@lru_cache(maxsize=1)
def _cn2an():
    """cn2an compiles its patterns when imported: loaded at the first Chinese number of another form."""
    import cn2an

    return cn2an


def _chinese_number(core: str) -> float | None:
    if (value := _plain_number(core)) is not None:
        return value
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
