"""Running headers, footers and page numbers: page furniture, not notice text.

A line in the top or bottom band of its page is removed when

* it is a page number in one of the usual forms ("3", "- 3 -", "第 3 页",
  "第3页 共5页", "共5页 第3页", "3/5", "Page 3 of 5"), or
* the same text (digits ignored, so "第1页" and "第2页" count as one) sits at
  about the same height in the same band on at least two pages and on at least
  half the pages: a running header or footer.

Body text in the band (a table's last line, a long note) is never touched:
lines longer than ``MAX_CHARS`` are not furniture.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Protocol

BAND = 0.1  # top/bottom share of the page height
MAX_CHARS = 40
SAME_HEIGHT = 6.0  # points: the same running line on different pages sits this close
PAGE_NUMBER = re.compile(
    r"^(?:[-—–~·\s]*\d{1,4}[-—–~·\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[/，,、]?\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")


class _Line(Protocol):
    text: str
    top: float
    bottom: float


class _Page(Protocol):
    number: int
    height: float
    lines: list


def band(line: _Line, height: float) -> str | None:
    if line.bottom <= BAND * height:
        return "top"
    if line.top >= (1 - BAND) * height:
        return "bottom"
    return None


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER.match(text.strip()))


def running_lines(pages: list[_Page]) -> set[int]:
    """ids of the lines that are page numbers or repeated running headers/footers."""
    found: set[int] = set()
    groups: dict[tuple[str, str], list[tuple[int, float, _Line]]] = defaultdict(list)
    for page in pages:
        for line in page.lines:
            where = band(line, page.height)
            text = "".join(line.text.split())
            if where is None or not text or len(text) > MAX_CHARS:
                continue
            if is_page_number(line.text):
                found.add(id(line))
                continue
            groups[(where, _DIGITS.sub("#", text))].append((page.number, line.top, line))
    for members in groups.values():
        for _, top, _ in members:
            near = [(n, line) for n, t, line in members if abs(t - top) <= SAME_HEIGHT]
            pages_hit = {n for n, _ in near}
            if len(pages_hit) >= 2 and len(pages_hit) * 2 >= len(pages):
                found.update(id(line) for _, line in near)
    return found


def remove_running_lines(pages: list[_Page]) -> list[str]:
    """Drop running lines from every page (in place); return the removed texts, in page order."""
    found = running_lines(pages)
    removed = []
    for page in pages:
        keep = []
        for line in page.lines:
            if id(line) in found:
                removed.append(f"p{page.number}: {line.text}")
            else:
                keep.append(line)
        page.lines = keep
    return removed
