"""The numerals stage: points written in Chinese numerals (（十五分）, 满分一百分, 扣二分), in English
(15 pts, (40 points)) or in a notation the document declares in a key (各项斜杠（/）后的数字为该项满分:
选题意义/10) read as points by every later reader, and provenance mapped back to the source text at
the end.

Formal notices often write points in Chinese numerals.  Rather than teach every points
pattern a second number notation, this stage rewrites the numerals of *points
expressions* — a numeral after a bracket, punctuation or a points word (满分/共/得/扣/加…)
and before 分 that ends the expression (not 十分重要, not 二十分钟) — into Arabic digits,
and records for each rewritten text where each of its characters came from.  When the
scheme is built, :func:`restore_provenance` maps every SourceRef back, so offsets and
quotes are those of the document as printed (docling's rule: normalise for reading,
cite the source).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.model import Document, Heading, Paragraph, Table
from pydantic import BaseModel
from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import parse_number
from schemes.model import SourceRef

from .stages import stage
from .state import Extraction
from .grammar.vocabulary import entry, pattern, text

NUMERAL = text("numerals.numeral")
#: what may stand before a points numeral: a bracket or punctuation, or a word that states points
POINTS_CONTEXT = text("numerals.points_context")
#: what must follow its 分: the end of the expression (so 十分重要 and 二十分钟 stay words)
POINTS_END = text("numerals.points_end")
#: what joins the numerals of a list or a range (一、二分, 三至五分)
NUMERAL_JOINER = text("numerals.numeral_joiner")
POINTS_WORD = text("points_word")
POINTS_NUMERALS = compile_kept(
    rf"(?P<ctx>{POINTS_CONTEXT})(?P<num>{NUMERAL}(?:{NUMERAL_JOINER}{NUMERAL})*)\s*{POINTS_WORD}{POINTS_END}")
SEPARATED = compile_kept(rf"{NUMERAL}")


@dataclass(frozen=True)
class Rewrite:
    """A text as printed, the text read, and for each character read (and the end) its
    offset in the printed text."""

    original: str
    origin: tuple[int, ...]
    pairs: tuple[tuple[str, str], ...] = ()   # (expression as read, as printed): 扣3分 ← 扣三分

    def source(self, offset: int) -> int:
        return self.origin[max(0, min(offset, len(self.origin) - 1))]


def _digits(numeral: str) -> str | None:
    value = parse_number(numeral)
    if value is None or value > 1000:
        return None
    return f"{value:g}"


#: the characters a Chinese numeral is written with
NUMERAL_CHARS = text("numerals.numeral_chars")


def rewrite_points(text: str) -> tuple[str, tuple[int, ...], tuple[tuple[str, str], ...]] | None:
    """``text`` with the numerals of its points expressions in digits, the origin of each
    character, and each expression as read and as printed; None when there is nothing to
    rewrite."""
    if not any(ch in text for ch in NUMERAL_CHARS) or POINTS_WORD not in text:
        return None
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    changed = False
    pairs: list[tuple[str, str]] = []
    for m in POINTS_NUMERALS.finditer(text):
        numbers = m.group("num")
        start = m.start("num")
        pieces: list[tuple[int, int, str]] = []
        for n in SEPARATED.finditer(numbers):
            digits = _digits(n.group())
            if digits is None:
                pieces = []
                break
            pieces.append((start + n.start(), start + n.end(), digits))
        if pieces:
            read = numbers
            for a, b, digits in reversed(pieces):
                read = read[:a - start] + digits + read[b - start:]
            pairs.append((m.group("ctx") + read + POINTS_WORD, m.group("ctx") + numbers + POINTS_WORD))
        for a, b, digits in pieces:
            out.append(text[pos:a])
            origin.extend(range(pos, a))
            out.append(digits)
            # each digit points at the numeral it replaces (its first character; the last at its end)
            origin.extend([a] * (len(digits) - 1) + [b - 1])
            pos = b
            changed = True
    if not changed:
        return None
    out.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))   # including the end offset
    return "".join(out), tuple(origin), tuple(pairs)


#: a document's key to its own notation for points (各项斜杠（/）后的数字为该项满分), and what it keys
NOTATION_KEYS = {name: compile_kept(source) for name, source in entry("numerals.notation_keys").items()}
NOTATION_FORMS = {name: compile_kept(source, re.M) for name, source in entry("numerals.notation_forms").items()}


#: notations read without a key: 15 pts / (40 points) in a bilingual rubric say points in words;
#: 桌面杂乱　－1分/张 — a signed amount closing a line takes points off (per unit)
ALWAYS_READ = ["english", "signed"]
#: how a signed amount is read: －1分/张 → ，每张扣1分
SIGNED_READING = entry("numerals.signed_reading")


def declared_notations(doc: Document) -> list[str]:
    """The notations for points the document declares in a key (named rule ``notation_key``): a
    bare number after a slash (选题意义/10) or in square brackets (选题意义[8]) is the item's
    maximum only where the document says so."""
    text = doc.text
    keyed = [name for name, key in NOTATION_KEYS.items() if key.search(text)]
    return keyed + ALWAYS_READ + shares_as_points(doc)


#: 标注①的项目每项5分 — a key giving the points of the items a mark follows
MARK_KEY = pattern("numerals.mark_key")


def keyed_marks(doc: Document) -> dict[str, float]:
    """Named rule ``keyed_marks``: a note that keys marks to points (内容后标注①的项目每项5分，标注②的
    每项10分) makes a keyed mark closing an item's text (…如实记录①) that item's points."""
    return {m.group("mark"): float(m.group("pts")) for b in doc.blocks if isinstance(b, (Heading, Paragraph))
            for m in MARK_KEY.finditer(b.text)}


#: the document scores out of 100 (百分制, 满分100分)
HUNDRED_SCALE = pattern("readings.hundred_scale")
TOTAL_STATED = pattern("readings.total_prose")
POINTS = pattern("mentions.points")


def shares_as_points(doc: Document) -> list[str]:
    """Named rules ``weights_as_points`` and ``shares_as_points``: a rubric that scores out of 100 (百分制,
    满分100分) and states its criteria's shares only as weights (名称（权重25%）) or bare shares of the grade
    (预习报告（5%）) adding up to 100% states their points — on a scale of 100 a share of 25% is 25 points,
    and so are the amounts its rules award or take off in shares (得15%, 扣1%).  Not where a line with a
    share states points too (then the share weighs points the line gives).  The notations to read."""
    lines = [b.text for b in doc.blocks if isinstance(b, (Heading, Paragraph))]
    if not any(HUNDRED_SCALE.search(line) or any(float(m.group(1)) == 100 for m in TOTAL_STATED.finditer(line))
               for line in lines):
        return []
    for name, read in (("weights", ["weights"]), ("shares", ["shares", "share_amounts"])):
        form = NOTATION_FORMS[name]
        # one share per line: a line listing several (总评 = 平时（40%）+ 期末（30%）…) sums the parts above
        weighted = [(line, found[0]) for line in lines if len(found := list(form.finditer(line))) == 1]
        if len(weighted) < 2 or abs(sum(float(m.group("pts")) for _, m in weighted) - 100) > 1e-6:
            continue
        if not any(POINTS.search(form.sub("", line)) for line, _ in weighted):
            return read
    return []


def _note(name: str, m: re.Match, keyed: dict[str, float]) -> str:
    """How a notation's expression is read: 15 pts → 15分, 选题意义/10 → （10分）, －1分/张 → ，每张扣1分,
    a keyed mark 记录① → 记录（5分）."""
    if name == "marks":
        return f"（{keyed[m.group('mark')]:g}{POINTS_WORD}）"
    if name in ("english", "share_amounts"):
        return f"{m.group('pts')}{POINTS_WORD}"
    if name == "signed":
        each = SIGNED_READING["each"].format(unit=m.group("unit")) if m.group("unit") else ""
        return SIGNED_READING["note"].format(each=each, pts=m.group("pts")) + POINTS_WORD
    return f"（{m.group('pts')}{POINTS_WORD}）"


def rewrite_notation(text: str, notations: list[str], keyed: dict[str, float] | None = None
                     ) -> tuple[str, tuple[int, ...], tuple[tuple[str, str], ...]] | None:
    """``text`` with every points expression in a declared notation written as a points note
    (选题意义/10 → 选题意义（10分）), the origin of each character and the expressions as read and
    as printed; None when there is nothing to rewrite."""
    keyed = keyed or {}
    found = sorted(((name, m) for name in notations for m in NOTATION_FORMS[name].finditer(text)
                    if name != "marks" or m.group("mark") in keyed), key=lambda found: found[1].start())
    if sum(name == "shares" for name, _ in found) >= 2:   # 总评 = 平时（40%）+ 期末（30%）: the parts' sum, no points
        found = [(name, m) for name, m in found if name != "shares"]
    if not found:
        return None
    out: list[str] = []
    origin: list[int] = []
    pairs: list[tuple[str, str]] = []
    pos = 0
    for name, m in found:
        if m.start() < pos:
            continue
        note = _note(name, m, keyed)
        out.append(text[pos:m.start()])
        origin.extend(range(pos, m.start()))
        out.append(note)
        origin.extend([m.start()] * (len(note) - 1) + [m.end() - 1])
        lead = text[max(pos, m.start() - 2):m.start()]   # the words before it: 扣2分 is not every 2分
        pairs.append((lead + note, lead + m.group(0)))
        pos = m.end()
    out.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return "".join(out), tuple(origin), tuple(pairs)


def _rewrite(text: str, notations: list[str], keyed: dict[str, float]
             ) -> tuple[str, tuple[int, ...], tuple[tuple[str, str], ...]] | None:
    """Both rewrites in turn, the origins composed (a notation's digits then read as points)."""
    first = rewrite_notation(text, notations, keyed) if notations else None
    middle = first[0] if first else text
    second = rewrite_points(middle)
    if first is None:
        return second
    if second is None:
        return first
    origin = tuple(first[1][min(o, len(first[1]) - 1)] for o in second[1])
    return second[0], origin, first[2] + second[2]


def normalise(doc: Document) -> tuple[Document, dict[tuple, Rewrite]]:
    """The document with points numerals in digits and declared notations as points notes, and
    the rewrites keyed by (block, row, col)."""
    notations = declared_notations(doc)
    keyed = keyed_marks(doc)
    if keyed:
        notations = notations + ["marks"]
    rewrites: dict[tuple, Rewrite] = {}
    blocks = []
    for index, block in enumerate(doc.blocks):
        if isinstance(block, (Heading, Paragraph)):
            done = _rewrite(block.text, notations, keyed)
            if done:
                rewrites[(index, None, None)] = Rewrite(block.text, done[1], done[2])
                block = block.model_copy(update={"text": done[0]})
        elif isinstance(block, Table):
            cells, touched = [], False
            for cell in block.cells:
                done = _rewrite(cell.text, notations, keyed)
                if done:
                    rewrites[(index, cell.row, cell.col)] = Rewrite(cell.text, done[1], done[2])
                    cell = cell.model_copy(update={"text": done[0]})
                    touched = True
                cells.append(cell)
            if touched:
                block = block.model_copy(update={"cells": cells})
        blocks.append(block)
    if not rewrites:
        return doc, {}
    return doc.model_copy(update={"blocks": blocks}), rewrites


@stage("numerals", requires=("doc",), assigns=("doc", "rewrites"))
def numerals_stage(ex: Extraction) -> None:
    """Points in Chinese numerals, in English or in a declared notation read as points; where each
    character came from is kept."""
    ex.doc, ex.rewrites = normalise(ex.doc)
    if ex.rewrites:
        ex.decide("numerals", "document", f"points in Chinese numerals read as digits in {len(ex.rewrites)} "
                                          "paragraph(s)/cell(s); quotes and offsets stay those of the source")


def _restore(ref: SourceRef, rewrites: dict[tuple, Rewrite]) -> SourceRef:
    rw = rewrites.get((ref.block, ref.row, ref.col))
    if rw is None:
        return ref
    start, end = rw.source(ref.start), rw.source(ref.end)
    if ref.end >= len(rw.origin) - 1:
        end = len(rw.original)
    return ref.model_copy(update={"start": start, "end": end, "quote": rw.original[start:end]})


#: the fields whose words are shown to people as the document printed them
WORDING = ("text", "criteria", "name", "label")


def restore_provenance(value, rewrites: dict[tuple, Rewrite]):
    """``value`` (a scheme, or any model holding SourceRefs) with every SourceRef into a
    rewritten text mapped back to the text as printed, and the points expressions in its
    wording (text, criteria, names, labels) printed as the document printed them."""
    if not rewrites:
        return value
    pairs = sorted({p for rw in rewrites.values() for p in rw.pairs}, key=lambda p: -len(p[0]))
    return _restore_value(value, rewrites, pairs)


def _reword(text: str, pairs: list[tuple[str, str]]) -> str:
    for read, printed in pairs:
        if read in text:
            text = text.replace(read, printed)
    return text


def _restore_value(value, rewrites, pairs):
    if isinstance(value, SourceRef):
        return _restore(value, rewrites)
    if isinstance(value, BaseModel):
        updates = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            if name in WORDING and isinstance(old, str):
                new = _reword(old, pairs)
                new = old if new == old else new
            else:
                new = _restore_value(old, rewrites, pairs)
            if new is not old:
                updates[name] = new
        return value.model_copy(update=updates) if updates else value
    if isinstance(value, list):
        new_list = [_restore_value(v, rewrites, pairs) for v in value]
        return new_list if any(a is not b for a, b in zip(new_list, value)) else value
    if isinstance(value, dict):
        new_dict = {k: _restore_value(v, rewrites, pairs) for k, v in value.items()}
        return new_dict if any(new_dict[k] is not value[k] for k in value) else value
    return value
