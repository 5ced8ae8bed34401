"""Items written as prose rather than in a table.

- Additive notices list items as numbered lines with inline points
  ("2.深入开展…活动。(0.5分)"), a category name before the first item of its
  line and, on scraped pages, the category subtotal after the last one
  ("…(2分) 9").
- Deduction notices (百分制, everyone starts from 100) describe each category
  in a numbered paragraph whose heading is often glued to its text
  ("1、完成工作任务区总党组会确定的…"); every clause that deducts points is an
  item.
"""

from __future__ import annotations

import re

from .draft import Draft, DraftItem
from .entries import ENTRY_START, POINTS_INLINE, POINTS_NOTE, WEIGHT_NOTE, split_entries, strip_label_notes
from .outline import Node
from schemes.criteria.grammar import analyse
from schemes.criteria.numbers import fold
from schemes.criteria.rules import split_clauses
from .spans import Span, squash

# "一、思想引领（18分）" / "（二）组织建设。考核标准分为20分" — a category heading line
CATEGORY_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+[部分项条]\s*)")

# Words that open a sentence: where a glued heading ends and its text begins.
OPENERS = ("各部室", "各单位", "各", "根据", "按照", "依据", "机关", "区总", "市总", "县总", "省总", "凡",
           "对于", "对", "为", "由", "本", "部室", "全体", "所有", "每", "坚持", "严格", "认真", "积极")


def read_inline_items(spans: list[Span], draft: Draft) -> None:
    """Numbered lines with inline points, grouped into categories.

    Inside an open category a numbered line without points is still an item
    (its points are then flagged as missing rather than the item dropped).
    """
    current = None
    closed = True
    for span in spans:
        for line in span.lines():
            heading = CATEGORY_HEADING.match(line.text)
            if heading and (POINTS_NOTE.search(line.text) or POINTS_INLINE.search(line.text)
                            or WEIGHT_NOTE.search(fold(line.text))):
                name, points, points_span, weight = strip_label_notes(line.sub(heading.end(), len(line.text)))
                current = draft.category(squash(name.text).rstrip("。.:："), name)
                current.code = re.sub(r"[、（）()]", "", heading.group(0)).strip()
                current.points, current.points_span = points, points_span
                current.weight = weight
                closed = False
                continue
            open_numbered = not closed and ENTRY_START.match(line.text)
            if not POINTS_NOTE.search(line.text) and not open_numbered:
                continue
            for entry in split_entries(line):
                if entry.points is None and not open_numbered:
                    continue
                if entry.category is not None:
                    current = draft.category(squash(entry.category.text), entry.category)
                elif current is None or closed:
                    current = draft.category("", None)
                closed = False
                code = entry.code or str(len(current.items) + 1)
                current.items.append(DraftItem(
                    code=code, text=entry.text, points=entry.points, points_span=entry.points_span,
                    criteria=entry.span,
                ))
                if entry.subtotal is not None:
                    current.points, current.points_span = entry.subtotal, entry.subtotal_span
                    closed = True


def read_deduction_items(section: Node, draft: Draft, document_text: str) -> None:
    """Each numbered child is a category; each clause that deducts points is an item."""
    for child in section.children:
        if child.level == 9:
            continue
        body = _with_continuations(child)
        name, rest = split_glued_heading(body, document_text)
        category = draft.category(squash(name.text) if name else f"{child.number}", name)
        category.code = child.number
        for text in penalty_clauses(rest):
            category.items.append(DraftItem(code=f"{child.number}.{len(category.items) + 1}", text=text,
                                            criteria=text))


def _with_continuations(node: Node) -> list[Span]:
    return [node.body] + [c.body for c in node.children if c.level == 9]


def split_glued_heading(bodies: list[Span], document_text: str) -> tuple[Span | None, list[Span]]:
    """"完成工作任务区总党组会确定的…" → ("完成工作任务", rest).

    Candidates end where a sentence opener begins; the longest candidate that
    the notice repeats elsewhere wins (headings are named again in the
    organisation section), else the first.
    """
    first = bodies[0]
    text = first.text
    candidates = []
    for end in range(3, min(len(text), 16) + 1):
        if any(text.startswith(op, end) for op in OPENERS) and not re.search(r"[，,。；;:：]", text[:end]):
            candidates.append(end)
    if not candidates:
        return None, bodies
    elsewhere = [e for e in candidates if document_text.count(text[:e]) >= 2]
    end = max(elsewhere) if elsewhere else candidates[0]
    return first.sub(0, end), [first.sub(end, len(text))] + bodies[1:]


def penalty_clauses(bodies: list[Span]) -> list[Span]:
    """The clauses (from where the condition starts) that deduct points."""
    out: list[Span] = []
    for body in _join_broken_numbers(bodies):
        for sentence in _sentences(body):
            text, where = collapse_number_breaks(sentence.text)
            begin = 0
            for clause in split_clauses(text):
                end = clause.start + len(clause.text)
                if any(label == "PENALTY" for label, *_ in analyse(clause.text)):
                    start = _condition_start(text, begin, clause.start)
                    out.append(sentence.sub(where[start], where[end - 1] + 1).strip(" ,，;；"))
                    begin = end
    return out


def collapse_number_breaks(text: str) -> tuple[str, list[int]]:
    """Remove line breaks inside numbers ("0.\n5" → "0.5"), with a map from each
    character of the result to its offset in ``text`` so spans stay exact."""
    keep = [i for i, ch in enumerate(text)
            if not (ch == "\n" and re.search(r"\d[.．]\s*$", text[:i]) and re.match(r"\s*\d", text[i + 1:]))]
    return "".join(text[i] for i in keep), keep


def _sentences(span: Span) -> list[Span]:
    out, pos = [], 0
    for m in re.finditer(r"[。；;]", span.text):
        if span.text[pos:m.start()].strip():
            out.append(span.sub(pos, m.start()))
        pos = m.end()
    if span.text[pos:].strip():
        out.append(span.sub(pos, len(span.text)))
    return out


CONDITION_OPENER = re.compile(r"^\s*(因|凡|如|若|发现|出现|对于|一旦)")
NEGATION = re.compile(r"(未|无|不|没有|缺)")


def _condition_start(text: str, begin: int, clause_start: int) -> int:
    """Where the condition of a deduction begins: the first clause that opens
    with a condition word (因…, 凡…), states a failure (未/无/不…) or is a
    "…的" clause; earlier clauses state the duty, not what is penalised."""
    parts = [m.start() for m in re.finditer(r"[，,]", text[begin:clause_start])]
    starts = [begin] + [begin + p + 1 for p in parts]
    for s, e in zip(starts, [begin + p for p in parts] + [clause_start]):
        clause = text[s:e]
        if CONDITION_OPENER.match(clause) or NEGATION.search(clause) or clause.rstrip().endswith("的"):
            return s
    return starts[-1]


def _join_broken_numbers(bodies: list[Span]) -> list[Span]:
    """Scraped text breaks lines inside numbers ("扣0." / "5分"); when the break
    falls between two paragraphs, read the pair as one.

    The joined span keeps the first paragraph's reference; its offsets past
    that paragraph's end are approximate (the quote holds the joined text).
    """
    out: list[Span] = []
    for body in bodies:
        if out and re.search(r"\d[.．]\s*$", out[-1].text) and re.match(r"\s*\d", body.text):
            prev = out[-1]
            joined = prev.text.rstrip() + body.text.lstrip()
            out[-1] = Span(joined, prev.ref.model_copy(update={"end": prev.ref.start + len(joined),
                                                               "quote": joined}))
        else:
            out.append(body)
    return out
