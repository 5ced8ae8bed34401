"""Prose schemes: items written as numbered lines under section headings.

A variant of the outline reading beside ``paragraphs.read_inline_items``: both read lines by the
one outline grammar (``paragraphs.OUTLINE_MARKER`` kinds, ``CATEGORY_HEADING``); this one takes
numbered lines as items whether or not they state points, and their points from notes.  The
outline is read line by line:

- a section heading (一、班级卫生 / 第一条 … / （一）…, short, no sentence
  punctuation) opens a top-level category;
- a short numbered heading (1.跑操) followed by lettered or numbered lines
  opens a sub-category;
- a numbered (1. / 1、 / （1） / ①) or lettered (a.) line is an item;
- a heading that opens a bonus, deduction, veto or grades part (四、扣分项目) ends the items;
- a note block (注： / 说明：) is not items; what it says about points is used:
  "总分为10分" / "满分为10分" gives the section's points, "以上五项标准各占2分"
  or "以上每列为2分" gives the points of the items above it.
"""

from __future__ import annotations

import re

from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import fold, parse_number

from .entries import CN_NUMERALS
from .outline import CATEGORY_HEADING, OUTLINE_MARKER, outline_kind, split_skipped_letters
from .state import Draft, DraftCategory, DraftItem
from .spans import Span, join_wrapped, squash
from .vocabulary import pattern

CN = CN_NUMERALS
#: the outline's numberings (paragraphs.OUTLINE_MARKER's kinds) this reader takes as items
NUMBERED_KINDS = {"num", "paren_num", "circled"}
NOTE = pattern("prose.note")
ENTRY_SECTION = pattern("paragraphs.entry_section")   # a bonus, deduction, veto or grades part
SECTION_POINTS = pattern("prose.section_points")
EACH_POINTS = pattern("prose.each_points")
#: a numbered line that is only a scale of counts (3至5人缺席扣1分，6至8人缺席扣2分): it has no subject
SCALE_LINE = pattern("prose.scale_line")
#: a numbered line opening with a short name closed by a full stop (工具整理。…)
NAMED_LINE = pattern("prose.named_line")
ANY_POINTS = pattern("mentions.points")
SENTENCE = compile_kept(r"[，,。；;：:！!？?]")


def _heading(text: str, limit: int = 20) -> bool:
    return 0 < len(squash(text)) <= limit and not SENTENCE.search(text.strip().rstrip("：:"))


class ProseReader:
    def __init__(self, draft: Draft):
        self.draft = draft
        self.top: DraftCategory | None = None
        self.sub: DraftCategory | None = None
        self.in_note = False
        self.found = 0

    def current(self) -> DraftCategory:
        if self.sub is not None:
            return self.sub
        if self.top is None:
            self.top = self.draft.subcategory("", None)
        return self.top

    def read(self, spans: list[Span]) -> int:
        lines = split_skipped_letters([line for span in spans for line in span.lines()])
        for pos, line in enumerate(lines):
            text = line.text.strip()
            nxt = lines[pos + 1].text.strip() if pos + 1 < len(lines) else ""
            self._line(line, text, nxt)
        return self.found

    def _line(self, line: Span, text: str, nxt: str) -> None:
        m = CATEGORY_HEADING.match(text)
        if m and _heading(text[m.end():]):
            if ENTRY_SECTION.match(squash(text[m.end():])):
                self.top = self.sub = None   # 四、扣减积分: entries the section reader reads, not items
                return
            self.top = self.draft.subcategory(squash(text[m.end():]).rstrip("：:"), None, line)
            self.top.code = _number(m.group())
            self.sub, self.in_note = None, False
            return
        note = NOTE.match(text)
        if note:
            self.in_note = True
            self._points_statement(line.strip())
            return
        if self.top is None:
            return
        if self.in_note:
            self._points_statement(line.strip())
            return
        kind = outline_kind(text)
        marker = OUTLINE_MARKER.match(text)
        if kind in NUMBERED_KINDS:
            body = text[marker.end():]
            code = _number(marker.group())
            if _heading(body, 8) and outline_kind(nxt) == "letter":
                self.sub = self.draft.subcategory(squash(body), self.top, line)
                self.sub.code = code
                return
            self.sub = None
            self._item(line, code, body, marker.end())
            return
        if kind == "letter":
            self._item(line, _number(marker.group()), text[marker.end():], marker.end())
            return
        self._points_statement(line.strip())

    def _item(self, line: Span, code: str, body: str, offset: int) -> None:
        if not squash(body):
            return
        start = line.text.find(body)
        span = line.sub(start, start + len(body)) if start >= 0 else line
        if self._scale_of_previous(span):
            return
        named = NAMED_LINE.match(span.text)   # 1．工具整理。摆放整齐…: a short name, then what it asks
        text = span.sub(0, named.end("name")) if named else span
        criteria = span.sub(named.end(), len(span.text)) if named else span
        self.current().items.append(DraftItem(code=code, text=text, criteria=criteria, confidence=0.8))
        self.found += 1

    def _scale_of_previous(self, span: Span) -> bool:
        """Named rule ``scale_line``: a numbered line that opens with a count and takes or gives
        points for it (2.3至5人缺席扣1分，…) names nothing of its own: it is the rule of the
        item before it, where that item states neither points nor an amount."""
        items = self.current().items
        if not items or not SCALE_LINE.match(fold(span.text)):
            return False
        previous = items[-1]
        if previous.points is not None or ANY_POINTS.search(fold(previous.criteria.text)):
            return False
        previous.criteria = span if previous.criteria is previous.text else join_wrapped(previous.criteria, span)
        self.draft.explain.append(f"item {previous.code}: the scale line «{squash(span.text)[:20]}» is its rule")
        return True

    def _points_statement(self, line: Span) -> None:
        """A note's points: "以上五项标准各占2分" gives the items above it their points (the note is
        their source), "每周内务总分为20分" the section's."""
        folded = fold(line.text)
        each = EACH_POINTS.search(folded)
        if each:
            count = parse_number(each.group(1)) if each.group(1) else None
            value = float(each.group(2))
            items = [it for it in self.current().items if it.points is None]
            if count:
                items = items[: int(count)]
            for it in items:
                it.points = value
                it.points_span = line.match_span(each, 2)
                it.confidence = 0.9
        total = SECTION_POINTS.search(folded)
        if total and self.top is not None and self.top.points is None:
            self.top.points = float(total.group(1))
            self.top.points_span = line.match_span(total, 1)


def _number(marker: str) -> str:
    """The number a marker gives: 一 of 一、 / 第一部分, 3 of （3）, 2 of ②, b of b."""
    circled = re.search(r"[①-⑳]", marker)
    if circled:
        return str("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(circled.group()) + 1)
    return re.search(rf"[{CN}]+|\d+|[a-zA-Z]", marker).group()


def read_prose_items(spans: list[Span], draft: Draft) -> int:
    return ProseReader(draft).read(spans)
