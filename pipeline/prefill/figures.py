"""Figures as reports print them: 142份, 25场次, 增长7.38%, 百分之九十五, 两万余人, 一千二百四十人.

A figure is a number with its unit (``%`` for rates), its span in the sentence, and whether it is
approximate (余/多/近/约).  Dates, document numbers (``[2019]6号``), ordinals (第五届), points (20分)
and numbers inside document titles (《…》) are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemes.criteria.numbers import fold, parse_number

_UNITS = ("人次|场次|万人|万元|亿元|平方米|公里|小时|个|人|名|家|份|项|次|场|篇|期|批|支|条|件|起|所|户|吨|元|届|天|处|台|辆|"
          "类|种|本|间|座|栋|户|位|对|轮|季|组|张|块|套|元")
_CN_NUM = "零〇一二两三四五六七八九十百千万亿"
_FIGURE = re.compile(
    rf"(?P<pct>百分之(?P<pctnum>[{_CN_NUM}点]+|\d+(?:\.\d+)?))"
    rf"|(?P<num>\d+(?:\.\d+)?|[{_CN_NUM}]+(?:点[零〇一二三四五六七八九]+)?)"
    rf"\s*(?P<approx>余|多)?\s*(?P<unit>%|％|{_UNITS})?"
)
_NOT_AFTER = re.compile(r"^\s*(?:年|月|日|号|岁|分|届|周年|\+|[a-z]|-)")
_ORDINAL_BEFORE = re.compile(r"(?:第|[\[〔【]|20|19)$")
_APPROX_BEFORE = re.compile(r"(?:近|约|超过|逾|大约)$")


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str  # "%" for a rate; "" when the report gives none
    start: int
    end: int
    text: str
    approx: bool = False

    @property
    def rate(self) -> bool:
        return self.unit == "%"

    def formatted(self) -> str:
        """The value as a submission writes it: 7.38% for a rate, 26 for a count."""
        if self.rate:
            return f"{_num(self.value * 100)}%"
        return _num(self.value)


def _num(x: float) -> str:
    x = round(x, 6)
    return str(int(x)) if x == int(x) else f"{x:g}" if abs(x) < 1e15 else str(x)


def _inside_title(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("《") > before.count("》")


def figures(text: str) -> list[Figure]:
    """Every figure in ``text``, in order."""
    folded = fold(text)
    out: list[Figure] = []
    for m in _FIGURE.finditer(folded):
        start, end = m.start(), m.end()
        if _inside_title(folded, start):
            continue
        if m.group("pct"):
            value = parse_number(m.group("pctnum"))
            if value is None:
                continue
            out.append(Figure(value / 100, "%", start, end, text[start:end]))
            continue
        raw, unit = m.group("num"), (m.group("unit") or "").replace("％", "%")
        chinese = not raw[0].isdigit()
        if chinese and not unit:
            continue  # 一是, 统一, 一线: a Chinese numeral is a figure only with its unit
        if chinese and len(raw) == 1 and raw in "万亿千百十":
            continue
        if _NOT_AFTER.match(folded[m.end("num"):]) and not unit:
            continue
        if unit in ("届",) or _NOT_AFTER.match(folded[m.end("num"):m.end("num") + 1] or " ") and not unit:
            continue
        if _ORDINAL_BEFORE.search(folded[max(0, start - 2):start]) and not raw.startswith("20") and unit != "%":
            continue
        if re.match(r"^\d{4}$", raw) and unit in ("", "年"):
            continue
        value = parse_number(raw) if not chinese else _chinese(raw)
        if value is None:
            continue
        if unit == "%":
            value = value / 100
        elif unit == "万人":
            value, unit = value * 10000, "人"
        approx = bool(m.group("approx")) or bool(_APPROX_BEFORE.search(folded[max(0, start - 2):start]))
        out.append(Figure(value, unit, start, end, text[start:end], approx))
    return out


def _chinese(raw: str) -> float | None:
    if set(raw) <= set("〇零一二三四五六七八九") and len(raw) >= 2:  # 二〇一九: digit by digit
        return None
    return parse_number(raw.replace("两", "二"))
