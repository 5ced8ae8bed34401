"""Numbers as notices print them: 0.5, 80%, 二分之一, 十二, （18分）.

The one number reader of kaohe, Chinese numerals included.  It replaced cn2an, whose import
compiled two very large patterns (~0.13 s CPU, a tenth of a small `kaohe extract`).  Checked
against cn2an 0.5.24 before the switch on 96,715 texts — every run of numeral characters in
the fixture documents, 0–20,000 and 20,000 random integers written out (plain and 大写),
decimals, fractions, spoken forms: the same value for all but eight malformed ones (一点 was
1, 五元 5; 一万十 and 一亿三 were unread).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_ARABIC = re.compile(r"\d+(?:\.\d+)?")


class _FoldTable(dict):
    """Code point → its NFKC form when that is one character (else itself), worked out at first sight."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        self[code] = value = folded if len(folded) == 1 else char
        return value


_FOLD = _FoldTable()


#: a prime after a number is the 分 of rubrics and exam papers (10′, (25')); not before a number (5′30″)
_PRIME_POINTS = re.compile(r"(?<=\d)['′](?![\d'′])")


#: a dash between two numbers is a range (32—35分, 8–12分), written as a hyphen
_RANGE_DASH = re.compile(r"(?<=\d)[—–](?=\d)")


def fold(text: str) -> str:
    """Fold full-width forms (０-９, ％, （）, ．) to ASCII, a points prime (10′) to 分 and a dash
    between numbers (32—35) to a hyphen, one character for one.

    Keeping the length unchanged keeps character spans valid on the original.
    """
    if text.isascii():
        return _PRIME_POINTS.sub("分", text) if "'" in text else text
    text = text.translate(_FOLD)
    if "—" in text or "–" in text:
        text = _RANGE_DASH.sub("-", text)
    return _PRIME_POINTS.sub("分", text) if "'" in text or "′" in text else text


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


#: the digits of Chinese numerals, financial (大写) forms and 两/幺 included
_DIGITS = {**dict.fromkeys("零〇", 0), **dict.fromkeys("一壹幺", 1), **dict.fromkeys("二贰两", 2),
           **dict.fromkeys("三叁", 3), **dict.fromkeys("四肆", 4), **dict.fromkeys("五伍", 5),
           **dict.fromkeys("六陆", 6), **dict.fromkeys("七柒", 7), **dict.fromkeys("八捌", 8),
           **dict.fromkeys("九玖", 9)}
#: the units inside a group of four digits, and the units that close a group
_UNITS = {**dict.fromkeys("十拾", 10), **dict.fromkeys("百佰", 100), **dict.fromkeys("千仟", 1000)}
_GROUPS = {"万": 10**4, "亿": 10**8}
#: traditional forms and the 廿 (twenty) of dates and counts, spelled as the forms above
_SPELLING = str.maketrans({"萬": "万", "億": "亿", "兩": "两", "貳": "贰", "陸": "陆", "廿": "二十"})
#: an Arabic number scaled by a Chinese unit (2.5万); the count is whole, as printed amounts are
_SCALED = re.compile(r"(\d+(?:\.\d+)?)([十拾百佰千仟万亿])")


def _chinese_number(core: str) -> float | None:
    """A Chinese numeral (十二, 一百零五, 两万三千, 三点五, 二〇二三), a fraction (二分之一), a
    signed number (负三, -3) or an Arabic number scaled by a unit (2.5万); None for anything else."""
    core = core.translate(_SPELLING)
    if core[:1] in ("负", "-"):
        rest = core[1:]
        value = float(rest) if _ARABIC.fullmatch(rest) else _chinese_number(rest) if rest else None
        return None if value is None else -value
    scaled = _SCALED.fullmatch(core)
    if scaled:
        return float(int(Decimal(scaled[1]) * (_UNITS.get(scaled[2]) or _GROUPS[scaled[2]])))
    if "分之" in core:
        whole, _, part = core.partition("分之")
        denominator, numerator = _integer(whole), _integer(part)
        return numerator / denominator if denominator and numerator is not None else None
    whole, point, decimals = core.partition("点")
    value = _integer(whole)
    if value is None or not point:
        return None if value is None else float(value)
    if not decimals or any(ch not in _DIGITS for ch in decimals):
        return None
    return float(f"{value}.{''.join(str(_DIGITS[ch]) for ch in decimals)}")


def _integer(text: str) -> int | None:
    """A whole Chinese numeral: digit by digit (二〇二三) or with units (一千零五, 十二, 一万二)."""
    if not text or any(ch not in _DIGITS and ch not in _UNITS and ch not in _GROUPS for ch in text):
        return None
    if all(ch in _DIGITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, rest, group = 0, text, 1
    for name in ("亿", "万"):
        if name in rest:
            head, _, rest = rest.partition(name)
            value = _group(head)
            if value is None or name in rest:
                return None
            total, group = total + value * _GROUPS[name], _GROUPS[name]
    if len(rest) == 1 and group > 1 and _DIGITS.get(rest):
        return total + _DIGITS[rest] * group // 10  # a lone last digit is spoken short: 一万二 = 12,000
    tail = _group(rest) if rest else 0
    return None if tail is None else total + tail


def _group(text: str) -> int | None:
    """A number below ten thousand written with 千/百/十 (一千零五, 十二, 一百十, 两千三)."""
    value, digit, last_unit, after_zero = 0, None, 10_000, False
    for ch in text:
        if ch in _DIGITS:
            if digit is not None:
                return None  # two digits in a row: 一二百
            if _DIGITS[ch] == 0:
                after_zero = True
            else:
                digit = _DIGITS[ch]
        else:
            unit = _UNITS.get(ch)
            if unit is None or unit >= last_unit or (digit is None and unit != 10):
                return None  # units fall from left to right, each after its digit but 十 (十二, 一百十)
            value += (digit or 1) * unit
            digit, last_unit, after_zero = None, unit, False
    if not text or (value == 0 and digit is None and not after_zero):
        return None
    if digit is not None:
        # a last digit right after 百 or 千 is one unit lower (一百二 = 120, 两千三 = 2,300)
        value += digit if after_zero or last_unit in (10, 10_000) else digit * (last_unit // 10)
    return value


def clean_number(value: float | None) -> float | None:
    """Round away binary noise so 0.1+0.2 prints as 0.3."""
    return None if value is None else round(value, 6)


#: a cell holding only a number in Chinese numerals: 十五, 一百, 零点五分
_NUMERAL_CELL = re.compile(r"[零〇一二两三四五六七八九十百点]+分?")


def numeral_cell(text: str) -> float | None:
    """A cell holding only a number in Chinese numerals (十五, 一百, 零点五分): its value."""
    text = text.strip()
    if not text or not _NUMERAL_CELL.fullmatch(text):
        return None
    return _chinese_number(text.removesuffix("分"))

