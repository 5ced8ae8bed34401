"""Indicators written as labelled fields rather than in a table or an outline: cards of labelled
lines (指标名称：… / 分值：… / 评分标准：…) and lines of bracketed fields (【考核内容】…【分值】15分).
"""

from __future__ import annotations

import re

from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import fold

from .registry import reader
from ..grammar.entries import strip_label_notes
from ..grammar.numbering import CATEGORY_HEADING, OUTLINE_MARKER, marker_code
from ..grammar.spans import join_wrapped, squash
from ..grammar.table_layout import header_role
from ..grammar.vocabulary import pattern
from ..state import Draft, DraftCategory, DraftItem, Extraction


#: a labelled line of an indicator card (指标名称：营业收入 / 分值：20 / 计分方法：…)
CARD_FIELD = pattern("readings.card_field")
CARD_NAME = pattern("readings.card_name")
CARD_POINTS = pattern("readings.card_points")
#: a points field a PDF glued to the line before it (指标名称：回收率分值：10)
CARD_GLUED_POINTS = pattern("readings.card_glued_points")
CARD_SCORING = pattern("scheme.scoring_phrase")
#: 第一部分 / 模块一 before a section's name
ORDINAL_LABEL = pattern("paragraphs.ordinal_label")
#: a card's name on a line of its own: short, no sentence punctuation
CARD_BARE_NAME = compile_kept(r"^[^，,。；;：:！!？?（()）\d]{2,12}$")
#: a line of graded bands (A档17-20分　B档13-16分 …)
BAND_LINE = pattern("readings.band_line")


def _card_label(span) -> tuple[str, object] | None:
    m = CARD_FIELD.match(fold(span.text))
    if m is None:
        return None
    return squash(m.group("label")), span.sub(m.start("value"), len(span.text)).strip()


def _named_by_line(span, before) -> bool:
    """A points field (满分：20) or a line that is only points (（本项满分15分）) right under a bare
    short line (教学设计): that line names a card."""
    f = _card_label(span)
    points_line = (f is not None and bool(CARD_POINTS.match(f[0]))) or bool(POINTS_ALONE.match(fold(span.text)))
    return before is not None and points_line and _card_label(before) is None \
        and not OUTLINE_MARKER.match(before.text) and bool(CARD_BARE_NAME.match(squash(before.text))) \
        and not POINTS_ALONE.match(fold(before.text))


#: a line that is only an amount (30分, （30分）): the value of a name that carries its points
POINTS_ALONE = pattern("paragraphs.points_alone")
#: 合计：100分, 满分：100分 — the whole score, not an indicator
WHOLE_SCORE = pattern("mentions.whole_score")


def _points_label(span) -> tuple[str, object] | None:
    """选题立意：25分 — a name and its points on one line (named rule ``label_points_lines``):
    (the name's span, the points' span); None for the card fields (分值：20) and the whole score."""
    f = _card_label(span)
    if f is None or CARD_POINTS.match(f[0]) or CARD_NAME.match(f[0]) or WHOLE_SCORE.search(f[0]) \
            or not CARD_BARE_NAME.match(f[0]):
        return None
    value = POINTS_ALONE.match(fold(f[1].text))
    if value is None or OUTLINE_MARKER.match(span.text):
        return None
    colon = re.search(r"[：:]", span.text)
    return span.sub(0, colon.start()).strip(), f[1].sub(value.start(1), value.end(1))


def _number_in(value) -> tuple[float | None, object]:
    """The first number of a field's value and its span (分值：20分 → 20)."""
    m = re.search(r"\d+(?:\.\d+)?", fold(value.text))
    return (float(m.group()), value.sub(m.start(), m.end())) if m else (None, None)


def _section(draft: Draft, line, heading, marker) -> DraftCategory:
    """一、经营业绩指标 / 第一部分 现场展示（60分）: a section of indicators, with its code and points."""
    name, points, points_span, _weight = strip_label_notes(line.sub(heading.end(), len(line.text)).strip())
    category = draft.subcategory(squash(name.text), None, name)
    category.code = marker_code(marker.group(0), marker.lastgroup) if marker else squash(heading.group(0))
    if points is not None:
        category.points, category.points_span = points, points_span
    return category


def _card_names(ex: Extraction) -> int:
    named = sum(1 for s in ex.spans if (f := _card_label(s)) and CARD_NAME.match(f[0]))
    labelled = sum(_points_label(s) is not None for s in ex.spans)
    return named + sum(_named_by_line(s, b) for b, s in zip([None, *ex.spans], ex.spans)) \
        + (labelled if labelled >= 2 else 0)


@reader("fields", "cards", "prose", priority=1, applies=lambda ex, region: _card_names(ex) >= 2)
def read_cards(ex: Extraction, region, draft: Draft) -> None:
    """Named rule ``field_cards``: indicators written as cards of labelled lines — a name field
    (指标名称：…) opens each, a points field (分值：20) gives its points, a criteria field (计分方法 /
    评分标准) its rule, the other fields (考核标准, 数据来源) stay in its criteria when no rule field
    is given.  A 分值 line right under a section heading (一、经营业绩指标 / 分值：60) is the
    section's points.  Two lighter forms of card: a bare name over a line of points (教学设计 /
    满分：20, or （本项满分15分）), and a name with its points on one line (选题立意：25分,
    ``label_points_lines``), their unlabelled lines below being their criteria."""
    category: DraftCategory | None = None
    item: DraftItem | None = None
    fields: dict[str, object] = {}
    lines: list = []   # the unlabelled lines of a lighter card (its requirements, its bands)

    def finish() -> None:
        """The open card's criteria: its rule field, else its scoring or band line, else its first line."""
        if item is None or item.criteria is not None:
            return
        rules = [v for k, v in fields.items() if header_role(k)[0] == "criteria"]
        # 计分方法 over 考核标准: the field that scores (扣N分, 得分＝…×20)
        scoring = [v for v in rules if CARD_SCORING.search(v.text) or re.search(r"[=＝×÷]", v.text)]
        banded = [ln for ln in reversed(lines) if CARD_SCORING.search(ln.text) or BAND_LINE.search(fold(ln.text))]
        item.criteria = (scoring or rules or list(fields.values()) or banded or lines or [None])[0]

    def open_card(text, points: float | None, points_span) -> DraftItem:
        nonlocal category
        category = category or draft.subcategory("", None)
        category.items.append(DraftItem(code=None, text=text, points=points, points_span=points_span))
        return category.items[-1]

    previous = None
    for span in ex.spans:
        before, previous = previous, span
        marker = OUTLINE_MARKER.match(span.text)
        heading = CATEGORY_HEADING.match(span.text) if marker or ORDINAL_LABEL.match(span.text) else None
        field_ = _card_label(span)
        labelled = _points_label(span)
        whole = POINTS_ALONE.match(fold(field_[1].text)) if field_ and WHOLE_SCORE.search(field_[0]) else None
        if _named_by_line(span, before):
            # 教学设计 / 满分：20 / requirement lines / A档17-20分 B档13-16分…: a card named by its first line
            finish()
            item, fields, lines = open_card(before.strip(), *_number_in(field_[1] if field_ else span)), {}, []
        elif labelled is not None:   # 选题立意：25分 / its requirement lines below
            finish()
            name, points_span = labelled
            item, fields, lines = open_card(name, float(points_span.text), points_span), {}, []
        elif whole is not None:   # 合计：100分 under the indicators: their total, and the end of the last
            finish()
            if draft.total is None:
                draft.total, draft.total_span = float(whole.group(1)), field_[1].sub(whole.start(1), whole.end(1))
            item, fields, lines = None, {}, []
        elif heading and not field_:   # 一、经营业绩指标 / 第一部分 现场展示（60分）: a section of cards
            finish()
            item, fields, lines = None, {}, []
            category = _section(draft, span, heading, marker)
        elif field_ is None:
            if lines and marker and marker.lastgroup not in ("bullet", "letter", "circled"):
                finish()   # a numbered list after the card's own lines (其他说明 / 1．…) is no part of it
                item, lines = None, []
            if item is not None and item.criteria is None and not fields:
                lines.append(span)
        elif CARD_NAME.match(field_[0]):
            finish()
            value = field_[1]
            glued = CARD_GLUED_POINTS.search(fold(value.text))
            points = points_span = None
            if glued:
                points, points_span = float(glued.group("pts")), value.match_span(glued, "pts")
                value = value.sub(0, glued.start()).strip()
            item, fields, lines = open_card(value, points, points_span), {}, []
        elif CARD_POINTS.match(field_[0]) and _number_in(field_[1])[0] is not None:
            target = item if item is not None else category
            if target is not None and target.points is None:
                target.points, target.points_span = _number_in(field_[1])
        elif item is not None:
            fields[field_[0]] = field_[1]
    finish()
    for cat in draft.categories:
        for number, it in enumerate(cat.items, start=1):
            it.code = str(number)
    if draft.items():
        draft.explain.append(f"field_cards: {len(draft.items())} indicator card(s) of labelled lines")


#: 【考核内容】…【分值】15分【评分标准】… — an indicator's fields labelled in square brackets on one line
BRACKET_FIELD = pattern("readings.bracket_field")
#: 四、加分和扣分 — a part of entries, not of indicators
ENTRY_SECTION = pattern("paragraphs.entry_section")


def _field_lines(ex: Extraction) -> list:
    """The document's lines, a line whose 【 is left open (a PDF broke 【评 | 分标准】) joined with the next."""
    lines: list = []
    for span in ex.spans:
        for line in span.lines():
            if lines and lines[-1].text.count("【") > lines[-1].text.count("】"):
                lines[-1] = join_wrapped(lines[-1], line)
            elif lines and BRACKET_FIELD.search(lines[-1].text) and not OUTLINE_MARKER.match(line.text) \
                    and not BRACKET_FIELD.search(line.text) and not CATEGORY_HEADING.match(line.text) \
                    and not re.search(r"[。；;]\s*$", lines[-1].text):
                lines[-1] = join_wrapped(lines[-1], line)   # the field's sentence wrapped onto the next block
            else:
                lines.append(line)
    return lines


def _fields(line) -> dict[str, object]:
    """The labelled fields of a line: label → the span of its value (up to the next label)."""
    found = list(BRACKET_FIELD.finditer(line.text))
    return {squash(m.group("label")): line.sub(m.end(), found[k + 1].start() if k + 1 < len(found)
                                                else len(line.text)).strip(" \t。；;")
            for k, m in enumerate(found)}


def _bracket_cards(ex: Extraction) -> int:
    return sum(1 for line in _field_lines(ex)
               if len(f := _fields(line)) >= 2 and any(CARD_POINTS.match(k) for k in f))


@reader("fields", "bracket_fields", "prose", priority=1, applies=lambda ex, region: _bracket_cards(ex) >= 2)
def read_bracket_fields(ex: Extraction, region, draft: Draft) -> None:
    """Named rule ``bracket_fields``: indicators written on one line each as labelled fields
    (1．【考核内容】…【分值】15分【评分标准】…) under section headings with their points: the
    content field is the item, the points field its points, the criteria field its rule."""
    category = None
    for line in _field_lines(ex):
        fields = _fields(line)
        heading = CATEGORY_HEADING.match(line.text)
        if heading and not fields:
            title = squash(line.text[heading.end():])
            if ENTRY_SECTION.match(title) or re.search(r"[，,。；;]", title) or len(title) > 24:
                category = None   # 四、加分和扣分 / （一）…的，加5分: entries the section reader reads, not a heading
            else:
                category = _section(draft, line, heading, OUTLINE_MARKER.match(line.text))
            continue
        points_key = next((k for k in fields if CARD_POINTS.match(k)), None)
        if points_key is None or len(fields) < 2:
            continue
        points, points_span = _number_in(fields[points_key])
        rule_key = next((k for k in fields if header_role(k)[0] == "criteria"), None)
        text_key = next((k for k in fields if k not in (points_key, rule_key)), None)
        if text_key is None:
            continue
        marker = OUTLINE_MARKER.match(line.text)
        target = category or draft.subcategory("", None)
        target.items.append(DraftItem(
            code=marker_code(marker.group(0), marker.lastgroup) if marker else str(len(target.items) + 1),
            text=fields[text_key], points=points, points_span=points_span,
            criteria=fields[rule_key] if rule_key else fields[text_key]))
    if draft.items():
        draft.explain.append(f"bracket_fields: {len(draft.items())} indicator(s) written as labelled fields")
