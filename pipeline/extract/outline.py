"""The numbered outline of a prose notice: 一、 / （一） / 1、 / 第五条 sections.

Scraped pages often run several sections into one line ("…依据。三、考核内容
及分值考核实行百分制。1、完成工作任务区总…"), so markers are also found in
the middle of a line, after sentence punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .entries import CN_NUMERALS
from .spans import Span
from .vocabulary import pattern

CN = CN_NUMERALS
# A first "1、" glued to a heading (加分项目1、部室…) also starts a section; after a verb of points
# (扣1、2、3分) it is an amount.
MARKER = pattern("outline.marker")


# Item numberings that mark an entry only at the start of a line (in running
# text "(1)…(2)…" and "①…" enumerate within one sentence).
LINE_MARKER = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*(?P<m>[①-⑳]|[（(]\d{1,2}[)）]|\d{1,2}）|[a-zA-Z][.．、)）]"
                         r"|[•·●▪◆■\-–](?=\s|[\u4e00-\u9fff]))")
# "加分项目。" "一票否决：" — an unnumbered line that opens an entries part of its own
UNNUMBERED_PART = pattern("outline.unnumbered_part")


def _markers(text: str) -> list[re.Match]:
    found = {m.start("m"): m for m in MARKER.finditer(text)}
    for m in LINE_MARKER.finditer(text):
        found.setdefault(m.start("m"), m)
    return [found[k] for k in sorted(found)]


#: a chapter and an article marker, and the characters of a marker that are not its number
CHAPTER = pattern("outline.chapter")
ARTICLE = pattern("outline.article")
MARKER_FURNITURE = pattern("outline.marker_furniture")


def marker_level(marker: str) -> int:
    if CHAPTER.match(marker):
        return 0
    if ARTICLE.match(marker) or re.match(rf"[{CN}]+、", marker):
        return 1
    if re.match(rf"[（(][{CN}]+[)）]", marker):
        return 2
    if re.match(r"\d{1,2}[、.．]", marker):
        return 3
    return 4


@dataclass
class Node:
    level: int
    marker: str
    number: str
    body: Span                       # text after the marker up to the next marker
    children: list["Node"] = field(default_factory=list)

    def heading(self, width: int = 16) -> str:
        return re.sub(r"\s+", "", self.body.text)[:width]

    def full_text(self) -> str:
        return self.body.text + "".join(c.full_text() for c in self.children)


def segments(spans: list[Span]) -> list[Node]:
    """Flat list of marked segments (text before the first marker becomes level-9 nodes)."""
    nodes: list[Node] = []
    for span in spans:
        matches = _markers(span.text)
        if not matches or matches[0].start("m") > 0 and span.text[: matches[0].start("m")].strip():
            end = matches[0].start("m") if matches else len(span.text)
            level = 1 if UNNUMBERED_PART.match(span.text) else 9
            nodes.append(Node(level, "", "", span.sub(0, end)))
        for i, m in enumerate(matches):
            end = matches[i + 1].start("m") if i + 1 < len(matches) else len(span.text)
            marker = m.group("m").strip()
            number = MARKER_FURNITURE.sub("", marker)   # a bullet numbers nothing
            nodes.append(Node(marker_level(marker), marker, number, span.sub(m.end("m"), end)))
    return nodes


def outline(spans: list[Span]) -> list[Node]:
    """Nest the segments by level; unmarked text belongs to the node before it."""
    roots: list[Node] = []
    stack: list[Node] = []
    for node in segments(spans):
        if node.level == 9:
            if stack:
                stack[-1].children.append(node)
            else:
                roots.append(node)
            continue
        while stack and stack[-1].level >= node.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def walk(nodes: list[Node]):
    for node in nodes:
        yield node
        yield from walk(node.children)
