"""Point mentions: every place a region of the document states an amount of points.

A mention is ``N分`` in any notation the grammar reads (N 分, N分/人, ranges 8-12分,
full-width digits), or a bare number in a table's points column.  A reading *accounts*
for a mention when it gives it a role:

- **points**: an item's or category's points, a total or an entry's amount came from it;
  a bracketed annotation ("（10分）") can only be accounted for this way — it states a
  maximum by its notation, so quoting it inside an item's criteria does not read it;
- **rule amount**: it stands inside the criteria (or text) of an item or entry that was
  read (扣2分, 每项加1分);
- **grade boundary** (not scoring): it stands in a condition on the result (得分低于85分的，
  整改) or a clause naming a grade by a score band
  (90分以上为优秀, 75分至89分的为良好), or in a rating scale of two or more levels
  (优秀（10分） 好（8-9分）): it grades a total or an item and is not counted;
- **result use** (not scoring): it stands in a clause turning the score into pay or a bonus
  payment (90分为绩效基准线，每1分增减20元);
- **restated**: a figure in a points column equal to the points of a category the reading
  found or to its total (a 小计 or 合计 row, a category row repeating its label's points), or a
  part's own points said again (本项最高15分 beside a module of 15).

The share accounted for ranks competing readings and, where it stays below all, tells a
reviewer that points were left unread (``unaccounted_points``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import fold
from schemes.model import SourceRef

from .grammar.table_layout import cell_text, is_number
from .rules import PART_MARKS   # ①…（4分）；②…（4分）: numbered parts, their bracketed amounts the parts' points
from .grammar.spans import Span, cell_span, squash
from .state import Draft, Extraction, Reading
from .grammar.vocabulary import pattern

#: not points: a clock time (17点30分, 9时05分), a duration (30分钟), 分数/分值 as words
POINTS = pattern("mentions.points")
BRACKETED = compile_kept(r"[（(]\s*$")
CONTEXT = 8   # characters either side of a mention that identify it inside a joined text
RANGE = pattern("mentions.range")
TOTAL_RESTATED = pattern("mentions.total_restated")
THIS_PART = pattern("mentions.this_part")   # 本项最高15分: the part it stands in
#: words naming the whole score (满分, 基础分, 百分制): a figure beside them restates the total or the base
WHOLE_SCORE = pattern("mentions.whole_score")
#: words of a cap (最高加5分): a figure beside them restates a cap the reading found
CAP_WORDS = pattern("mentions.cap_words")
BANDED = pattern("mentions.banded")
#: a clause that names a grade by a score band: 90分以上为优秀, 75分至89分的为良好, 60分以下为不合格
GRADE_CLAUSE = pattern("mentions.grade_clause")


#: a condition on the result (得分低于85分的，限期整改): what follows a score, not points to read
RESULT_THRESHOLD = pattern("mentions.result_threshold")


#: one score band naming a result (90分以上为…, 75分至89分为…): grade boundaries when two or more are listed
BAND_NAMED = pattern("mentions.band_named")


#: a use of the result (90分为绩效基准线，每1分增减20元): the score converted into pay, not points to read
RESULT_USE = pattern("mentions.result_use")


#: one level of a rating scale: a level word and its points (优秀（10分）, 良好8-9分, 合格（60分至89分）)
RATING_LEVEL = pattern("mentions.rating_level")
#: a lettered grade and its band (A（90分以上） B（80-89分）): grade boundaries when two or more are listed
GRADE_LETTER_BAND = pattern("mentions.grade_letter_band")
#: a score as a condition (85分以上的，推荐…; 70分以下的责令整改; 低于70分的): a threshold on a result
SCORE_CONDITION = pattern("mentions.score_condition")


@dataclass(frozen=True)
class Mention:
    ref: SourceRef
    text: str
    bracketed: bool = False    # "（10分）": a maximum by its notation
    cell: bool = False         # a bare number in a points column
    context: str = ""          # the mention with the words around it, without whitespace (…区别给5分（如果…)
    before: str = ""           # the words before it and the mention (a text read may end at the mention)


def _key(ref: SourceRef) -> tuple:
    return (ref.block, ref.table, ref.row, ref.col)


def find_mentions(ex: Extraction, reading: Reading) -> list[Mention]:
    """The point mentions of the reading's region."""
    out: list[Mention] = []
    spans: list[Span] = []
    if reading.tables:
        for table, index in zip(reading.tables, reading.blocks):
            layout = next((t.layout for t in ex.tables if t.table is table), None)
            points_cols = set()
            if layout is not None:
                points_cols = {c for c in (layout.points_col, *layout.category_points.values()) if c is not None}
            for cell in table.cells:
                if reading.variant == "header" and layout is not None and cell.row not in (layout.header_rows or [0]):
                    continue   # the body of a score sheet is filled in per participant: not scoring
                span = cell_span(ex.doc, index, table, cell)
                if cell.col in points_cols and is_number(cell_text(cell)) and cell.row not in layout.header_rows:
                    out.append(Mention(span.ref, cell.text, cell=True))
                else:
                    spans.append(span)
    elif reading.region == "prose":
        spans = ex.spans
    previous = ""
    for span in spans:
        folded = fold(span.text)
        bands = [b.span() for b in GRADE_CLAUSE.finditer(folded)]
        bands += [b.span() for b in RESULT_THRESHOLD.finditer(folded)]
        bands += [b.span() for b in RESULT_USE.finditer(folded)]
        named = list(BAND_NAMED.finditer(folded))
        if len(named) >= 2:   # 90分以上为诚信企业，75分至89分为良好企业: bands naming results, whatever the names
            bands += [b.span() for b in named]
        bands += [b.span() for b in SCORE_CONDITION.finditer(folded)]
        for levels in (RATING_LEVEL, GRADE_LETTER_BAND):
            scale = list(levels.finditer(folded))
            if len(scale) >= 2:   # 优秀（10分） 好（8-9分） 一般（4-5分）: a rating scale, not points to read
                bands += [b.span() for b in scale]
        for m in POINTS.finditer(folded):
            if any(a <= m.start() < b for a, b in bands):
                continue   # a grade boundary (90分以上为优秀): it grades the total, it is no points to read
            hit = span.match_span(m)
            closed = re.match(r"\s*[)）]", folded[m.end():])
            # "（12-15分）" is a level's band, not a maximum by notation, and so is "（10分）" in a
            # list of such bands (按时（10分）；基本按时（6-9分）)
            levels = RANGE.search(m.group()) or BANDED.search(folded) or len(PART_MARKS.findall(span.text)) >= 2
            out.append(Mention(hit.ref, hit.text,
                               bracketed=bool(BRACKETED.search(folded[:m.start()]) and closed and not levels),
                               context=re.sub(r"\s+", "", folded[max(0, m.start() - CONTEXT): m.end() + CONTEXT]),
                               before=re.sub(r"\s+", "", previous[-2 * CONTEXT:]
                                             + folded[max(0, m.start() - 2 * CONTEXT): m.start()])[-CONTEXT:]
                               + re.sub(r"\s+", "", m.group())))
        previous = folded   # a sentence (or a number: 扣0. | 5分) may go on in the next block
    return out


def used_refs(draft: Draft) -> tuple[list[SourceRef], list[SourceRef]]:
    """Where the reading's values come from: (points, and the texts and criteria read)."""
    points: list[SourceRef] = []
    texts: list[SourceRef] = []
    for cat in draft.categories:
        points += [cat.points_span.ref] if cat.points_span is not None else []
        texts += [cat.name_span.ref] if cat.name_span is not None else []
        for it in cat.items:
            points += [it.points_span.ref] if it.points_span is not None else []
            texts += [s.ref for s in (it.criteria, it.text, it.name) if s is not None]
    if draft.total_span is not None:
        points.append(draft.total_span.ref)
    for entry in draft.bonus + draft.deductions + draft.grades + draft.veto:   # entries, grade boundaries
        for name, ref in entry.sources.items():
            if ref is not None:
                (points if name == "points" else texts).append(ref)
    if draft.veto_effect is not None:   # 本次检查直接计0分: what a veto does
        texts.append(draft.veto_effect.ref)
    points += [cap[1].ref for cap in (draft.bonus_cap, draft.deduction_cap, draft.bonus_soft_cap,
                                      draft.deduction_soft_cap) if cap is not None]
    points += [span.ref for span in draft.restated + draft.part_amounts]
    return points, texts


def accounted(mentions: list[Mention], draft: Draft) -> int:
    """How many mentions the reading gives a role (see the module docstring)."""
    return len(mentions) - len(unaccounted(mentions, draft))


def _reached(draft: Draft) -> float | None:
    """The most the reading's top-level categories (else its items) add up to, where all state points."""
    tops = [c.points for c in draft.categories if c.parent is None and c.name]
    if tops and None not in tops:
        return sum(tops)
    items = [it.points for it in draft.items()]
    return sum(items) if items and None not in items else None


def unaccounted(mentions: list[Mention], draft: Draft) -> list[Mention]:
    """The mentions the reading gives no role, the reading's places indexed once."""
    def index(refs: list[SourceRef]) -> dict[tuple, list[SourceRef]]:
        out: dict[tuple, list[SourceRef]] = {}
        for ref in refs:
            out.setdefault(_key(ref), []).append(ref)
        return out

    point_refs, text_refs = used_refs(draft)
    points, texts = index(point_refs), index(text_refs)
    joined: str | None = None
    restated = {c.points for c in draft.categories if c.points is not None} | (
        {draft.total} if draft.total is not None else set())   # a 合计 row repeating the total
    whole = {draft.base_points, draft.total, _reached(draft)} - {None}
    whole |= {c.points for c in draft.categories if c.parent is None and c.points is not None}   # 满分均为100分
    caps = {cap[0] for cap in (draft.bonus_cap, draft.deduction_cap) if cap is not None}
    missing = []
    for mention in mentions:
        places = [points] if mention.bracketed else [points, texts]
        if any(_overlaps(mention.ref, place.get(_key(mention.ref), [])) for place in places):
            continue
        if (mention.cell or THIS_PART.search(mention.context)) and _value(mention.text) in restated:
            continue   # a 小计/合计 cell, or 本项最高15分 beside a module of 15
        value = _value(mention.text)
        if value in restated and any(c.points == value and c.name and squash(c.name) in squash(mention.context)
                                     for c in draft.categories):
            continue   # 组织建设（25分） typed again on every row of its category
        if draft.total is not None and value == draft.total and TOTAL_RESTATED.search(
                mention.before.removesuffix(re.sub(r"\s+", "", mention.text))):
            continue   # 满分100分 in a note, restating the total a 合计 row printed
        if value in whole and WHOLE_SCORE.search(mention.context):
            continue   # 基础分100分 / 最高分数为100分: the base or the sum the reading reached, said in prose
        if value in caps and CAP_WORDS.search(mention.context):
            continue   # 加分项目（最高加5分） said in prose beside the cap a table note stated
        if not mention.bracketed and len(mention.context) > CONTEXT // 2:
            # a text read across blocks (a sentence a PDF broke over lines) keeps its first
            # block's place; what it holds from later blocks is found by its words
            if joined is None:
                joined = "\u0000".join(re.sub(r"\s+", "", fold(r.quote)) for r in text_refs if r.quote)
            if mention.context in joined or (len(mention.before) > CONTEXT // 2 and mention.before in joined):
                continue
        missing.append(mention)
    return missing


def _overlaps(ref: SourceRef, refs: list[SourceRef]) -> bool:
    return any(r.start < ref.end and ref.start < r.end for r in refs)


def _value(text: str) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", fold(text))
    return float(m.group()) if m else None
