"""The readings stage: every reader that applies to a region reads it into a draft of its own.

Regions are the scheme tables (each with the tables that continue it across page
breaks), the prose of the notice, and its sections (bonus, deductions, veto, grades,
raters, scope, totals).  Readers are registered with a name, the kind of region they
read, a test of whether they apply, and a priority that only breaks ties in ``choose``:

- tables: ``layout`` (any header band, hierarchy columns, section rows, numbering, rows
  listing several numbered entries, 加分/扣分/一票否决 rows) and ``header`` (a score sheet
  whose criteria stand in its header cells);
- prose items: ``deduction_prose`` (百分制 sections: every clause taking points off is an
  item), ``inline_points`` (numbered lines carrying their points) and ``outline``
  (numbered or lettered lines under section headings, points from notes);
- ``sections``: scheme-level entries and settings, always read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from schemes.criteria.kept import compile_kept
from schemes.criteria.grammar import fold_script
from schemes.criteria.numbers import fold
from kaohe.i18n import _
from schemes.model import Flag

from .articles import declared_modules, read_articles
from .entries import strip_label_notes
from .layout import (
    HEADER_BARE_POINTS, continuing, criteria_row, header_points_cells, header_role, header_sheet, is_number,
    level_rows,
)
from .matrix import read_matrix
from .by_name import points_by_name, rules_by_name
from .outcomes import leads, read_graded_outcomes
from .outline import CATEGORY_HEADING, OUTLINE_MARKER, Node, marker_code, walk
from .paragraphs import penalty_clauses, read_deduction_items, read_inline_items
from .prose import read_prose_items
from .regions import caption, preceding_text, table_title
from .runner import stage
from .sections import (
    veto_list_sentences,
    read_bonus, read_deductions, read_grades, read_raters, read_scope, read_veto, section_kind,
    disqualification_clauses,
    entries_caps,
    veto_effect_anywhere,
)
from extractors.model import Heading, Paragraph
from .entries import split_entries
from .spans import block_span, cell_span, join_wrapped, squash
from .state import Draft, DraftCategory, DraftItem, Extraction, Reading, TableRegion
from .table_items import TableReader, number_of
from .targets import read_target_table
from .vocabulary import pattern, text

DEDUCTION_MODEL = pattern("readings.deduction_model")
BASE_POINTS = pattern("readings.base_points")
TOTAL_CEILING = pattern("readings.total_ceiling")
HUNDRED_SCALE = pattern("readings.hundred_scale")
HUNDRED_SCALE_WORD = text("readings.hundred_scale_word")
#: the document's total (an item's or a part's own 本项满分 is not)
TOTAL_PROSE = pattern("readings.total_prose")


@dataclass(frozen=True)
class Reader:
    name: str
    region: str                      # "table" or "prose"
    priority: int
    applies: Callable[[Extraction, TableRegion | None], bool]
    read: Callable[[Extraction, TableRegion | None, Draft], None]
    doc: str


READERS: list[Reader] = []


def reader(name: str, region: str, priority: int, applies=lambda ex, region: True):
    def register(func):
        summary = " ".join((func.__doc__ or "").strip().split("\n\n")[0].split())
        READERS.append(Reader(name, region, priority, applies, func, summary))
        return func
    return register


# --------------------------------------------------------------------------- table readers


def _parts(region: TableRegion) -> list[TableRegion]:
    return [region] + region.parts


@reader("layout", "table", priority=0)
def read_layout(ex: Extraction, region: TableRegion, draft: Draft) -> None:
    """Rows read from the table's layout: units of rows, nested categories from merged
    cells, section rows and numbering, category rows listing numbered entries, 加分/扣分/
    一票否决 rows; continued parts go on with the open section under the first part's header."""
    context = preceding_text(ex.doc, region.index)
    part = next((name for name, _, _ in ex.settings_draft.parts if name in context), None)
    previous = None
    for piece in _parts(region):
        layout = piece.layout if piece is region else continuing(piece.layout, region.layout)
        table_reader = TableReader(ex.doc, piece.index, piece.table, layout, draft, None, part)
        if previous is not None:
            table_reader.section, table_reader.numbered = previous.section, previous.numbered
            table_reader.headed = table_reader.headed or previous.headed
        table_reader.read()
        previous = table_reader
        label = piece.label
        for line in piece.layout.decisions:
            if line.startswith("ambiguous:"):
                draft.flags.append(Flag(kind="ambiguous", target=label,
                                        message=f"{label}: {line.split(':', 1)[1].strip()}"))
        if table_reader.notes:
            draft.flags.append(Flag(kind="note_rows", target=label,
                                    message=_("{table}: {n} note row(s) kept out of the items").format(
                                        table=label, n=table_reader.notes)))


# --------------------------------------------------------------------------- prose readers


def _deduction_sections(ex: Extraction) -> list[Node]:
    """The sections whose clauses take points off: 考核内容 sections stating 百分制 / 基础分, else
    (named rule ``deduction_sheet``) the whole outline where the document states a base to deduct
    from (以100分为基础分，按下表扣分) and two or more parts with their points list what they take off."""
    found = [n for n in walk(ex.outline) if section_kind(n) == "items" and DEDUCTION_MODEL.search(n.full_text())]
    if found:
        return found
    base = next((span for span in ex.spans if BASE_POINTS.search(fold(span.text))), None)
    if base is None:
        return []
    parts = [n for n in ex.outline if n.level in (1, 2) and section_kind(n) is None
             and strip_label_notes(n.body)[1] is not None
             and any(c.level == 9 and penalty_clauses([c.body]) for c in n.children)]
    return [Node(0, "", "", base, parts)] if len(parts) >= 2 else []


def _base_of(m) -> float | None:
    value = next((g for g in (m.groups() if m else ()) if g), None)
    return float(value) if value else None


@reader("deduction_prose", "prose", priority=0, applies=lambda ex, region: bool(_deduction_sections(ex)))
def read_deduction_prose(ex: Extraction, region, draft: Draft) -> None:
    """百分制 / 基础分 sections: each numbered paragraph a category, each clause taking
    points off an item; a section that takes nothing off only states the total (百分制 = 100)."""
    for node in _deduction_sections(ex):
        base = BASE_POINTS.search(fold(node.full_text()))
        trial = Draft()
        trial.scoring_model = "deduction"
        trial.base_points = _base_of(base) or 100.0
        trial.total = trial.base_points
        trial.total_span = node.body.find(base.group(0) if base else "")
        read_deduction_items(node, trial, ex.doc.text)
        clauses = trial.items()
        if clauses:   # the first section whose clauses take points off is the reading
            draft.categories, draft.scoring_model = trial.categories, trial.scoring_model
            draft.base_points = trial.base_points
            draft.total = draft.total if draft.total is not None else trial.total
            draft.total_span = draft.total_span or trial.total_span
            draft.explain.append(f"deduction sections: {len(clauses)} clause(s) take points off "
                                 f"from a base of {trial.base_points:g}")
            return
        # 百分制 meant "out of 100" here
        elif base and base.group(0) == HUNDRED_SCALE_WORD and draft.total is None:
            draft.total, draft.total_span = 100.0, trial.total_span
            draft.explain.append("百分制 without clauses taking points off: a total of 100")


@reader("inline_points", "prose", priority=2)
def read_inline(ex: Extraction, region, draft: Draft) -> None:
    """Numbered lines carrying their points ((5分), 得5分, points first), grouped under headings."""
    read_inline_items(ex.spans, draft)
    if draft.items():
        draft.explain.append(f"{len(draft.items())} numbered line(s) with inline points")


@reader("outline", "prose", priority=3)
def read_outline(ex: Extraction, region, draft: Draft) -> None:
    """Numbered or lettered lines under section headings; points from notes (以上各占2分)."""
    found = read_prose_items(ex.spans, draft)
    if found:
        draft.explain.append(f"{found} numbered/lettered line(s) under section headings")


#: a heading that carries its points (基础效能 45分, 制度执行（20分）)
HEADING_POINTS = pattern("readings.heading_points")


def _pointed_headings(ex: Extraction) -> int:
    return sum(isinstance(b, Heading) and bool(HEADING_POINTS.match(fold(b.text))) for b in ex.doc.blocks)


@reader("headings", "prose", priority=1, applies=lambda ex, region: _pointed_headings(ex) >= 2)
def read_headings(ex: Extraction, region, draft: Draft) -> None:
    """Headings styled as such (a docx's Heading 1/2) that carry their points nest by their level;
    the paragraphs under the innermost one are its items, each with its own points (…（8分）。
    criteria).  A heading without points ends the items (结果运用)."""
    stack: list[tuple[int, DraftCategory]] = []
    found = 0
    for index, block in enumerate(ex.doc.blocks[: ex.limit or None]):
        if isinstance(block, Heading):
            m = HEADING_POINTS.match(fold(block.text))
            while stack and (m is None or stack[-1][0] >= block.level):
                stack.pop()
            if m is None:
                continue
            span = block_span(ex.doc, index, block)
            name = span.match_span(m, "name")
            marker = OUTLINE_MARKER.match(name.text)   # 一、设施配置（25分）: the numbering is its code
            if marker and squash(name.text[marker.end():]):
                name = name.sub(marker.end(), len(name.text)).strip()
            cat = draft.subcategory(squash(name.text), stack[-1][1] if stack else None, name)
            cat.code = marker_code(marker.group(0), marker.lastgroup) if marker else None
            cat.points, cat.points_span = float(m.group("pts")), span.match_span(m, "pts")
            stack.append((block.level, cat))
        elif isinstance(block, Paragraph) and stack:
            for entry in split_entries(block_span(ex.doc, index, block)):
                if entry.points is not None and squash(entry.text.text):
                    stack[-1][1].items.append(DraftItem(code=entry.code or str(len(stack[-1][1].items) + 1),
                                                        text=entry.text, points=entry.points,
                                                        points_span=entry.points_span, criteria=entry.span))
                    found += 1
    draft.explain.append(f"{found} item(s) under headings that carry their points, nested by heading level")


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


@reader("cards", "prose", priority=1, applies=lambda ex, region: _card_names(ex) >= 2)
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


@reader("bracket_fields", "prose", priority=1, applies=lambda ex, region: _bracket_cards(ex) >= 2)
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


@reader("outcomes", "prose", priority=1, applies=lambda ex, region: leads(ex.spans) >= 2)
def read_outcomes(ex: Extraction, region, draft: Draft) -> None:
    """Named rule ``graded_outcomes``: each item a lead (档案归集按下列情形评分：) over the
    numbered cases it is scored by (…的，得20分；…的，不得分), worth its best case."""
    read_graded_outcomes(ex.spans, draft)


@reader("articles", "prose", priority=1,
        applies=lambda ex, region: bool(declared_modules(ex.spans)))
def read_articles_reader(ex: Extraction, region, draft: Draft) -> None:
    """Modules declared once with their points (由A（30分）、B（20分）…组成), their items stated in
    the articles that follow, each article naming its module or going on with the one before."""
    found = read_articles(ex.outline, ex.spans, draft)
    if found:
        draft.explain.append(f"declared_modules: {len(draft.categories)} module(s) declared with their points; "
                             f"{found} item(s) from the articles that follow")


# --------------------------------------------------------------------------- sections


def read_sections(ex: Extraction, draft: Draft) -> None:
    """Bonus, deduction and veto entries, grades, raters and scope from the sections their
    headings name; a veto effect stated anywhere; the total stated in prose."""
    for node in walk(ex.outline):
        kind = section_kind(node)
        if kind == "bonus":
            read_bonus(node, draft)
        elif kind == "deduction":
            read_deductions(node, draft)
        elif kind == "veto":
            read_veto(node, draft)
        elif kind == "grades":
            read_grades(node, draft)
        elif kind == "raters":
            read_raters(node, draft)
        elif kind == "scope" and draft.scope is None:
            read_scope(node, draft)
    if veto_list_sentences(ex.spans, draft):
        draft.explain.append("veto_list_sentence: the conditions a sentence lists after 一票否决 are veto entries")
    veto_effect_anywhere(ex.spans, draft)
    entries_caps(ex.spans, draft)
    for kind, cap in (("bonus", draft.bonus_cap), ("deduction", draft.deduction_cap)):
        if cap is not None:
            draft.explain.append(f"entries_cap: the {kind} entries together add at most {cap[0]:g}")
    for kind, soft in (("bonus", draft.bonus_soft_cap), ("deduction", draft.deduction_soft_cap)):
        if soft is not None:
            draft.explain.append(f"entries_soft_cap: the {kind} entries above {soft[0].above:g} "
                                 f"count at {soft[0].rate:.0%}")
    if disqualification_clauses(ex.spans, draft):
        draft.explain.append("disqualification_clause: a clause deciding the whole result read as a veto entry")
    if not stated_total(ex.spans, draft):
        for span in ex.spans:   # 考核实行百分制: out of 100
            m = HUNDRED_SCALE.search(span.text)
            if m:
                draft.total, draft.total_span = 100.0, span.match_span(m)
                break
    for span in ex.spans:   # 总成绩不超过100分: the total again, as a ceiling
        for m in TOTAL_CEILING.finditer(fold(span.text)):
            if draft.total is not None and float(m.group(1)) == draft.total:
                draft.restated.append(span.match_span(m, 1))
    found = [f"{len(v)} {k}" for k, v in (("bonus", draft.bonus), ("deduction", draft.deductions),
                                           ("veto", draft.veto), ("grade", draft.grades)) if v]
    if found:
        draft.explain.append("entries: " + ", ".join(found))


# --------------------------------------------------------------------------- the stage


def stated_total(spans: list, draft: Draft) -> bool:
    """The total a sentence states (考核满分100分), the first one."""
    for span in spans:
        m = TOTAL_PROSE.search(fold_script(span.text))
        if m:
            draft.total, draft.total_span = float(m.group(1)), span.match_span(m, 1)
            return True
    return False


def read_table_notes(draft: Draft) -> None:
    """Named rule ``table_notes``: a table's note rows (说明：评分表满分100分，加分合计最多10分) state the
    total and the entries' caps as prose does, where nothing else stated them."""
    if not draft.notes:
        return
    entries_caps(draft.notes, draft)
    if draft.total is None:
        stated_total(draft.notes, draft)
        return
    for span in draft.notes:   # the total said again in a note
        m = TOTAL_PROSE.search(fold_script(span.text))
        if m and float(m.group(1)) == draft.total:
            draft.restated.append(span.match_span(m, 1))


@stage("readings", requires=("tables", "spans", "outline", "settings_draft"), assigns=("readings",))
def readings_stage(ex: Extraction) -> None:
    """Every applicable reader reads its region into a reading of its own."""
    regions: list[TableRegion] = []
    for region in ex.tables:
        if region.kind == "scheme":
            regions.append(region)
        elif region.kind == "continuation" and region.continues is not None:
            region.continues.parts.append(region)
        elif region.kind == "matrix":
            entries = Draft()
            read_matrix(ex.doc, region.index, region.table, region.layout, region.matrix,
                        caption(ex.doc, region.index), entries)
            ex.readings.append(Reading(region=region.label, reader="matrix", priority=0, draft=entries,
                                       blocks=(region.index,), tables=(region.table,)))
        elif region.kind == "target":
            targets = Draft()
            title, unit = table_title(ex.doc, region.index)
            read_target_table(ex.doc, region.index, region.table, region.layout, title, unit, targets)
            ex.readings.append(Reading(region=region.label, reader="targets", priority=0, draft=targets,
                                       blocks=(region.index,), tables=(region.table,)))
    for region in regions:
        for r in READERS:
            if r.region == "table" and r.applies(ex, region):
                ex.readings.append(_read(ex, r, region))
    for r in READERS:
        if r.region == "prose" and r.applies(ex, None):
            reading = _read(ex, r, None)
            # what the notice says of the items by name elsewhere completes the reading before it competes
            reading.draft.explain += rules_by_name(reading.draft, ex.spans) + points_by_name(reading.draft, ex.spans)
            ex.readings.append(reading)
    sections = Draft()
    read_sections(ex, sections)
    ex.readings.append(Reading(region="sections", reader="sections", priority=0, draft=sections))
    for reading in ex.readings:
        for line in reading.draft.explain:
            ex.decide("readings", f"{reading.region} by {reading.reader}", line)


def _read(ex: Extraction, r: Reader, region: TableRegion | None) -> Reading:
    draft = Draft()
    r.read(ex, region, draft)
    if region is None:
        return Reading(region="prose", reader=r.name, priority=r.priority, draft=draft,
                       blocks=tuple(s.ref.block for s in ex.spans))
    parts = _parts(region)
    return Reading(region=region.label, reader=r.name, priority=r.priority, draft=draft,
                   blocks=tuple(p.index for p in parts), tables=tuple(p.table for p in parts))


# --------------------------------------------------------------------------- items in the header


def _header_notes(region: TableRegion) -> list[tuple[int, int]]:
    return header_points_cells(region.layout)


@reader("header", "table", priority=2, applies=lambda ex, region: len(_header_notes(region)) >= 2)
def read_header(ex: Extraction, region: TableRegion, draft: Draft) -> None:
    """A score sheet whose criteria and maxima stand in its header cells (创新性（20分）|
    答辩表现（10分）) over rows filled in per participant: the items are the header cells.
    A points cell spanning items' columns above them is their category (德（20分） over
    政治素质(10) | 职业道德(10)); a row labelled 评分要点 under the header gives each column's
    criteria."""
    layout = region.layout
    groups, cells = header_sheet(layout)
    by_column: dict[int, DraftCategory] = {}
    for r, c in groups:
        name, points, points_span, _ = strip_label_notes(cell_span(ex.doc, region.index, region.table, layout.grid[r][c]))
        group = draft.subcategory(name.text, None, name)
        group.points, group.points_span = points, points_span
        by_column.update(dict.fromkeys(range(c, c + layout.grid[r][c].col_span), group))
    below = criteria_row(layout, max(r for r, _ in cells))
    levels = level_rows(layout)   # a transposed rubric: each criterion scored by the level reached
    for number, (r, c) in enumerate(cells, start=1):
        cell = cell_span(ex.doc, region.index, region.table, layout.grid[r][c])
        name, points, points_span, _ = strip_label_notes(cell)
        bare = HEADER_BARE_POINTS.match(fold(cell.text)) if points is None else None
        if bare:
            name, points, points_span = cell.sub(0, bare.end(1)).strip(), float(bare.group(2)), \
                cell.sub(bare.end(1), len(cell.text)).strip()
        criteria = cell
        if below is not None and layout.text(below, c):
            criteria = cell_span(ex.doc, region.index, region.table, layout.grid[below][c])
        item = DraftItem(code=str(number), text=name, points=points, points_span=points_span, criteria=criteria)
        item.levels = [(label, number_of(layout.text(row, c))) for row, label in levels
                       if is_number(layout.text(row, c))]
        category = by_column.get(c) or draft.subcategory("", None)
        category.items.append(item)
    items = draft.items()
    draft.explain.append(f"{len(items)} item(s) from header cells that carry their points; "
                         "the rows below are filled in per participant")
