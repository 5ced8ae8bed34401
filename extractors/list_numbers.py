"""The numbers Word draws before list paragraphs (一、 / 1． / （1）), which are not in their text.

A notice typed with Word's automatic numbering keeps its outline in ``numbering.xml``:
the paragraph says only "numbering instance 3, level 1", and Word counts and formats the
label when it lays the page out.  Without the label the outline (一、 over 1．) is lost, so
the reader renders it the way Word does: one counter per level of each numbering
instance (a deeper level restarts when a shallower one counts on), the level's start
value and override, its number format and its label template (``%1、``, ``（%2）``, ``%1.%2``).
Bullets carry no number and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.document import Document as DocxDocument
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN_DIGITS = "零一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: a label that ends in its own punctuation needs no space before the text (一、 （1） 1．)
_CLOSED = "、．.）)：:"


def chinese_counting(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting)."""
    if n <= 0:
        return str(n)
    if n >= 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += _CN_DIGITS[hundreds] + "百"
        if rest and tens == 0:
            out += "零"
    if tens:
        out += ("" if tens == 1 and not hundreds else _CN_DIGITS[tens]) + "十"
    if ones:
        out += _CN_DIGITS[ones]
    return out


def _letters(n: int, upper: bool) -> str:
    n = max(n, 1)
    letter = chr(ord("A" if upper else "a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def _roman(n: int, upper: bool) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out if upper else out.lower()


def format_number(n: int, fmt: str) -> str:
    """One counter in one of Word's number formats (ST_NumberFormat); unknown formats as digits."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "ideographDigital", "chineseLegalSimplified"):
        return chinese_counting(n)
    if fmt in ("ideographTraditional", "ideographZodiac") and 1 <= n <= len(_STEMS):
        return _STEMS[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter"):
        return _letters(n, fmt == "upperLetter")
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n, fmt == "upperRoman")
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""


@dataclass
class _Instance:
    levels: dict[int, _Level]
    counters: dict[int, int] = field(default_factory=dict)


def _val(element: etree._Element | None, tag: str) -> str | None:
    child = element.find(W + tag) if element is not None else None
    return child.get(W + "val") if child is not None else None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class ListNumbering:
    """Renders the label of each numbered paragraph, in document order (labels count up)."""

    def __init__(self, document: DocxDocument):
        self.instances: dict[str, _Instance] = {}
        self.style_numbering: dict[str, tuple[str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(W + "abstractNumId"): self._levels(a) for a in root.iterfind(W + "abstractNum")}
        for num in root.iterfind(W + "num"):
            levels = {k: _Level(v.start, v.fmt, v.text) for k, v in abstract.get(
                _val(num, "abstractNumId"), {}).items()}
            for override in num.iterfind(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"), 0)
                start = _val(override, "startOverride")
                if ilvl in levels and start is not None:
                    levels[ilvl].start = _int(start, levels[ilvl].start)
            self.instances[num.get(W + "numId")] = _Instance(levels)
        for style in document.styles.element.iterfind(W + "style"):
            ppr = style.find(W + "pPr")
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            if numpr is not None and _val(numpr, "numId"):
                self.style_numbering[style.get(W + "styleId")] = (_val(numpr, "numId"), _int(_val(numpr, "ilvl"), 0))

    @staticmethod
    def _levels(abstract: etree._Element) -> dict[int, _Level]:
        levels = {}
        for lvl in abstract.iterfind(W + "lvl"):
            levels[_int(lvl.get(W + "ilvl"), 0)] = _Level(
                start=_int(_val(lvl, "start"), 1), fmt=_val(lvl, "numFmt") or "decimal", text=_val(lvl, "lvlText") or "")
        return levels

    def label(self, p: etree._Element) -> str:
        """The label Word draws before paragraph ``p`` ('' when it is not numbered); counts it."""
        if not self.instances:
            return ""
        ppr = p.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num_id, ilvl = None, 0
        if numpr is not None:
            num_id, ilvl = _val(numpr, "numId"), _int(_val(numpr, "ilvl"), 0)
        elif ppr is not None and (style := _val(ppr, "pStyle")) in self.style_numbering:
            num_id, ilvl = self.style_numbering[style]
        instance = self.instances.get(num_id) if num_id not in (None, "0") else None
        if instance is None or ilvl not in instance.levels:
            return ""
        level = instance.levels[ilvl]
        if level.fmt in ("bullet", "none"):
            return ""
        counters = instance.counters
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = level.text
        for k in range(ilvl, -1, -1):   # %10 never occurs (nine levels); replace %9 … %1
            shallow = instance.levels.get(k)
            if f"%{k + 1}" in text and shallow is not None:
                value = counters.get(k, shallow.start)
                text = text.replace(f"%{k + 1}", format_number(value, shallow.fmt))
        if not text.strip():
            return ""
        return text if text[-1] in _CLOSED else text + " "
