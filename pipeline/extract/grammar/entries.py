"""Numbered entries with inline points: "2.深入开展…活动。(0.5分)".

Used for cells that hold a whole category's items (one row per category) and
for paragraph-shaped notices.  An entry keeps its code, its text without the
points annotation, its criteria (the entry as printed, without the number),
its points, and — when a figure trails the annotation ("…(2分) 10") — the
subtotal of the category it closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import fold
from .spans import Span
from .vocabulary import pattern, text

#: Chinese numerals as section numbers are written with them (一、 … 十、, （三）)
CN_NUMERALS = text("entries.cn_numerals")

# "1." "1、" "1．" "（1）" at the start of a line
ENTRY_START = compile_kept(r"^\s*(?:(\d{1,2})\s*(?:[．、]|\.(?!\d))|[（(](\d{1,2})[)）])\s*")
# "(2分)" "（0.5分）" "(1分 )" — the last one in an entry is its points
# "（5分）", "[15分]", "【15分】", and "（25分，组织健全、制度完善）": points, then what earns them
POINTS_NOTE = pattern("entries.points_note")
# "（全部达到可得 40 分）" — a heading's points after a short condition inside its brackets (no rule verb)
POINTS_NOTE_WORDS = pattern("entries.points_note_words")
# "…分为20分" "满分20分" "计20分" — points stated in running text
POINTS_INLINE = pattern("entries.points_inline")
#: "（好／较好／一般／差：6／4／2／0）": rating levels and their points as two parallel lists
SLASH_LEVELS = pattern("entries.slash_levels")


def slash_levels(text: str) -> tuple[list[tuple[str, float]], re.Match | None]:
    """Named rule ``slash_levels``: the levels a note lists with their points in parallel
    (好／较好／一般／差：6／4／2／0), in printed order, and the note; none where the counts differ."""
    m = SLASH_LEVELS.search(re.sub(r"\s*\n\s*", "", fold(text)))
    if m is None:
        return [], None
    labels = [x.strip() for x in re.split(r"[/／]", m.group("labels"))]
    points = [float(x) for x in re.split(r"[/／]", m.group("pts"))]
    return (list(zip(labels, points)), m) if len(labels) == len(points) else ([], None)


# "（权重30%）" "（60分，权重60%）" "(权重：0.3)" at the end of a label: a weight beside or instead of points
WEIGHT_NOTE = pattern("entries.weight_note")
TRAILING_SUBTOTAL = compile_kept(r"[)）][；;。，,]?\s+(\d+(?:\.\d+)?)\s*$")
CATEGORY_PREFIX = compile_kept(r"^\s*([^\d\s（(、，,。；;:：]{2,12})\s+(?=\d{1,2}\s*[.．、])")


# "（18分+5分）" / "18+5": a section's base points and the bonus it may earn on top
BASE_PLUS_BONUS = pattern("entries.base_plus_bonus")


def base_plus_bonus(text: str) -> tuple[float, float] | None:
    """"组织建设（18分+5分）" → (18, 5): the base and the bonus, kept apart (never added up)."""
    m = BASE_PLUS_BONUS.search(fold(text))
    return (float(m.group(1)), float(m.group(2))) if m else None


@dataclass
class NumberedEntry:
    code: str | None
    span: Span          # the whole entry as printed (without the number)
    text: Span          # without the points annotation
    points: float | None
    points_span: Span | None
    subtotal: float | None = None
    subtotal_span: Span | None = None
    category: Span | None = None   # a category name printed before the first entry on its line


def split_entries(span: Span) -> list[NumberedEntry]:
    """Split a multi-line text into numbered entries (continuation lines join the entry)."""
    groups: list[tuple[str | None, Span, Span | None]] = []
    for line in span.lines():
        prefix = CATEGORY_PREFIX.match(line.text)
        category = None
        if prefix:
            category = line.match_span(prefix, 1)
            line = line.sub(prefix.end(), len(line.text))
        match = ENTRY_START.match(line.text)
        if match:
            code = match.group(1) or match.group(2)
            groups.append((code, line.sub(match.end(), len(line.text)), category))
        elif groups and category is None:
            code, prev, cat = groups[-1]
            groups[-1] = (code, span.sub(prev.ref.start - span.ref.start, line.ref.end - span.ref.start), cat)
        else:
            groups.append((None, line, category))
    return [_entry(code, body, category) for code, body, category in groups]


def _entry(code: str | None, body: Span, category: Span | None) -> NumberedEntry:
    body = body.strip()
    subtotal = subtotal_span = None
    trailing = TRAILING_SUBTOTAL.search(body.text)
    if trailing and POINTS_NOTE.search(body.text):
        subtotal_span = body.match_span(trailing, 1)
        subtotal = float(trailing.group(1))
        body = body.sub(0, trailing.start(1)).strip()
    notes = list(POINTS_NOTE.finditer(fold(body.text)))
    points = points_span = None
    text = body
    if notes:
        last = notes[-1]
        points = float(last.group(1))
        points_span = body.match_span(last)
        text = body.sub(0, last.start()).strip(" \t;；,，-–—:：")
    return NumberedEntry(code, body, text, points, points_span, subtotal, subtotal_span, category)


def split_weight_note(text: str) -> tuple[int, float | None, float | None]:
    """Where a trailing weight note starts, with the points it names and the weight as a fraction:
    "经济发展（60分，权重60%）" → (4, 60, 0.6); (len(text), None, None) without one.

    A weight is never points: 权重30 without % is read as a percentage, 0.3 as the fraction itself.
    """
    note = WEIGHT_NOTE.search(fold(text))
    if note is None:
        return len(text), None, None
    value = float(note.group(2))
    weight = value / 100 if note.group(3) or value > 1 else value
    return note.start(), (float(note.group(1)) if note.group(1) else None), round(weight, 6)


def strip_label_notes(span: Span) -> tuple[Span, float | None, Span | None, float | None]:
    """A category label without its points and weight notes, in either order:
    "组织建设（20分）（权重20%）" / "经济发展（60分，权重60%）" → ("…", points, points span, weight)."""
    cut, points, weight = split_weight_note(span.text)
    points_span = span.sub(cut, len(span.text)).strip() if points is not None else None
    rest, note_points, note_span = strip_points_note(span.sub(0, cut))
    if note_points is not None and points is None:
        points, points_span = note_points, note_span
    if weight is None:   # "（权重20%）" before the points note
        cut, _, weight = split_weight_note(rest.text)
        rest = rest.sub(0, cut).strip(" \t\n，,。：:")
    return rest, points, points_span, weight


def strip_points_note(span: Span) -> tuple[Span, float | None, Span | None]:
    """A label such as "思想引领\\n\\n(18分)" → ("思想引领", 18, span of "(18分)")."""
    folded = fold(span.text)
    notes = list(POINTS_NOTE.finditer(folded))
    note = notes[-1] if notes else None
    if note is None:
        note = POINTS_NOTE_WORDS.search(folded)
    if note is None:
        inline = POINTS_INLINE.search(folded)
        if inline:
            return span.sub(0, inline.start()).strip(" \t\n，,。：:"), float(inline.group(1)), span.match_span(inline)
        return span.strip(), None, None
    rest = span.sub(0, note.start()).strip(" \t\n，,。：:-–—")
    return rest, float(note.group(1)), span.match_span(note)
