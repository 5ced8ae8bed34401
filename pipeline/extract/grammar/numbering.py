"""The numbered outline of a prose notice: 一、 / （一） / 1、 / 第五条 sections, and the one
outline grammar every prose reader tells numberings by (``OUTLINE_MARKER`` kinds, ``marker_code``).

Scraped pages often run several sections into one line ("…依据。三、考核内容
及分值考核实行百分制。1、完成工作任务区总…"), so markers are also found in
the middle of a line, after sentence punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import fold

from .entries import CN_NUMERALS
from .spans import Span
from .vocabulary import pattern

CN = CN_NUMERALS
# A first "1、" glued to a heading (加分项目1、部室…) also starts a section; after a verb of points
# (扣1、2、3分) it is an amount.
MARKER = pattern("outline.marker")


# Item numberings that mark an entry only at the start of a line (in running
# text "(1)…(2)…" and "①…" enumerate within one sentence).
LINE_MARKER = compile_kept(r"(?:^|(?<=\n))[ \t\u3000]*(?P<m>[①-⑳]|[（(]\d{1,2}[)）]|\d{1,2}）|[a-zA-Z][.．、)）]"
                           r"|[•·●▪◆■\-–](?=\s|[\u4e00-\u9fff]))")
#: a bullet glued to the entry before it, where a PDF ran a list's lines together (…登录 (5')• 课程…)
GLUED_BULLET = compile_kept(r"(?<=[；;。)）'′\u4e00-\u9fff])\s*(?P<m>[•●▪◆■])(?=\s|[\u4e00-\u9fff])")
# "加分项目。" "一票否决：" — an unnumbered line that opens an entries part of its own
UNNUMBERED_PART = pattern("outline.unnumbered_part")
#: an amount of points (每人加1分): a part label followed by one on its line is an entry, not a part
AMOUNT = pattern("mentions.points")


def _markers(text: str) -> list[re.Match]:
    found = {m.start("m"): m for m in MARKER.finditer(text)}
    for m in (*LINE_MARKER.finditer(text), *GLUED_BULLET.finditer(text)):
        found.setdefault(m.start("m"), m)
    return [found[k] for k in sorted(found)]


#: the characters of a marker that are not its number
MARKER_FURNITURE = pattern("outline.marker_furniture")


# --------------------------------------------------------------------------- the one outline grammar
# Every prose reader (inline points, the outline reader, deduction sections, headings) tells a
# line's numbering by these: a marker's kind, its level, the code it gives.

# "一、思想引领（18分）" / "（二）组织建设。考核标准分为20分" — a category heading line
CATEGORY_HEADING = pattern("outline.category_heading")

# The marker that opens an outline line, by kind: an article, a section, and the item numberings.
OUTLINE_MARKER = pattern("outline.marker_kinds")
#: numberings that mark an item wherever they appear in the outline (not only "1." lines); a bullet
#: (- • · ● ▪ …) marks a list entry like a number does
ITEM_KINDS = {"paren_cn", "paren_num", "num", "half_paren", "circled", "letter", "bullet", "dec1", "dec2", "dec3",
              "ordinal", "alnum"}
#: decimal numbering (1 / 1.1 / 1.1.1): its dots are part of the code
DECIMAL_KINDS = {"dec1", "dec2", "dec3"}
def outline_kind(text: str) -> str | None:
    m = OUTLINE_MARKER.match(text)
    return m.lastgroup if m else None


def decimal_kinds(kinds: list[str | None]) -> list[str | None]:
    """A bare number before a heading ("1 安全目标") is the first level of a decimal outline only
    where the document also numbers lines 1.1: elsewhere it is a number in a sentence."""
    if "dec2" in kinds:
        return kinds
    return [None if k == "dec1" else k for k in kinds]


def marker_code(marker: str, kind: str | None) -> str:
    """The code a marker gives: its number without brackets and punctuation (1.1.1 keeps its dots)."""
    if kind in DECIMAL_KINDS:
        return marker.strip()
    if kind == "ordinal":   # 一是 → 一
        return marker.strip()[:-1]
    if kind == "part":   # Part A → A
        return marker.split()[-1]
    return re.sub(r"[、（）().．\s]", "", marker).strip()





def split_skipped_letters(lines: list[Span]) -> list[Span]:
    """Named rule ``skipped_letter``: a lettered list that runs a, b, c, e lost the line break
    before d — its entry sits inside c's line (…卫生达标d.物品摆放整齐); split it there.
    Both must hold: the letter is missing from the sequence and is found, marked, in the line
    before the gap."""
    letters = [(i, OUTLINE_MARKER.match(line.text)) for i, line in enumerate(lines)
               if outline_kind(line.text) == "letter"]
    out = list(lines)
    for (i, m), (_, m_next) in reversed(list(zip(letters, letters[1:]))):
        here, there = m.group().strip()[0], m_next.group().strip()[0]
        if ord(there) - ord(here) != 2:
            continue
        missing = chr(ord(here) + 1)
        inside = re.search(rf"(?<=[^\sA-Za-z]){missing}\s*[.．、)）]\s*(?=[\u4e00-\u9fff])", lines[i].text[m.end():])
        if inside:
            at = m.end() + inside.start()
            out[i:i + 1] = [lines[i].sub(0, at).strip(), lines[i].sub(at, len(lines[i].text))]
    return out


#: an outline level by marker kind: chapters above articles and sections, then （一）, then 1.
LEVELS = {"chapter": 0, "article": 1, "section": 1, "part": 1, "paren_cn": 2, "num": 3}


def marker_level(marker: str) -> int:
    return LEVELS.get(outline_kind(marker), 4)


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
            part = UNNUMBERED_PART.match(span.text)
            level = 1 if part else 9
            marked = next((n.level for n in reversed(nodes) if n.marker), 1)
            inline = span.text[part.end():end].strip() if part else ""
            if inline and marked >= 2 and AMOUNT.search(fold(inline)) and not inline.endswith(("：", ":")):
                # 加分：…每人加1分 inside a numbered module: the module's own entry, not a part of the notice
                level = 9
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
