"""Orchestrate the readers and freeze the draft into a Scheme."""

from __future__ import annotations

import re

from extractors.model import Document, Heading, Table
from schemes.model import (
    Category, DocumentRef, Flag, Item, Metadata, Part, Scheme, ThresholdRule, Weight,
)

from .draft import Draft, DraftCategory, ref, refs
from .entries import POINTS_NOTE
from .facts import (
    TRUNCATION, find_title, find_year, not_a_scheme_reason, trailing_content, truncation_flags,
)
from schemes.criteria.grammar import fold_words
from schemes.criteria.numbers import clean_number
from .outline import outline, walk
from .paragraphs import read_deduction_items, read_inline_items
from .prose import read_prose_items
from schemes.criteria.rules import parse_rule
from .sections import (
    read_bonus, read_deductions, read_grades, read_raters, read_scope, read_veto,
    read_weights, section_kind, veto_effect_anywhere,
)
from .spans import Span, squash, text_blocks
from .layout import analyse_table, is_scheme_table
from .spans import cell_span
from .table_items import TableReader, layout_reading_needed, parse_category_label
from .tables import find_columns, is_item_table, read_item_table, read_target_table, scheme_tables

DEDUCTION_MODEL = re.compile(r"(百分制|基础分|基本分)")
BASE_POINTS = re.compile(r"(?:基础分|基本分|基准分)(?:为)?\s*(\d+)\s*分|百分制")
TOTAL_PROSE = re.compile(r"(?:考核总分|总分|满分)为?\s*(\d+(?:\.\d+)?)\s*分")


def extract_scheme(doc: Document) -> Scheme:
    """Read the scheme a notice describes (or say that it describes none)."""
    return extract_scheme_explained(doc)[0]


def extract_scheme_explained(doc: Document) -> tuple[Scheme, list[str]]:
    """The scheme and the decisions that produced it (for ``kaohe extract --explain``)."""
    draft = Draft()
    scheme = _extract(doc, draft)
    return scheme, draft.explain


def _extract(doc: Document, draft: Draft) -> Scheme:
    title = find_title(doc)
    draft.title = title
    draft.year = find_year(title.text if title else "", doc.text)
    metadata = _metadata(doc, draft)
    reason = not_a_scheme_reason(squash(title.text) if title else "", doc)
    if reason:
        draft.explain.append(f"document: not a scheme: {reason}")
        return Scheme(kind="not_a_scheme", metadata=metadata,
                      flags=[Flag(kind="not_a_scheme", message=reason, source=ref(title))])

    draft.flags.extend(truncation_flags(doc))
    cut, trailing_flag = trailing_content(doc)
    if trailing_flag:
        draft.flags.append(trailing_flag)
    limit = cut if cut is not None else len(doc.blocks)
    spans = [span for index, span in text_blocks(doc) if index < limit]
    nodes = outline(spans)

    read_weights(spans, draft)
    _read_tables(doc, limit, draft)
    _read_sections(nodes, draft, doc.text)
    if draft.item_count == 0:
        read_inline_items(spans, draft)
        if draft.item_count:
            draft.explain.append("items: numbered lines with inline points (prose)")
    if draft.item_count == 0:
        found = read_prose_items(spans, draft)
        if found:
            draft.explain.append(f"items: {found} numbered/lettered lines under section headings (prose outline)")
    veto_effect_anywhere(spans, draft)
    _read_totals(spans, draft)

    draft.flags.extend(reader_flags(doc))
    if draft.item_count == 0:
        return Scheme(kind="not_a_scheme", metadata=metadata, flags=draft.flags + [Flag(
            kind="not_a_scheme", message="no assessment items (points, criteria) were found in the document"
            + (f" ({len([f for f in draft.flags if f.kind == 'non_scheme_table'])} table(s) without points or "
               "scoring phrases)" if any(f.kind == "non_scheme_table" for f in draft.flags) else ""),
            source=ref(title))])
    _deduction_form(draft, doc.text)
    _fallback_flags(draft)
    with_points = sum(1 for cat in draft.categories for it in cat.items if it.points is not None)
    entries = [f"{n} {kind}" for n, kind in ((len(draft.bonus), "bonus"), (len(draft.deductions), "deduction"),
                                              (len(draft.veto), "veto")) if n]
    draft.explain.append(f"document: a scheme: {draft.item_count} item(s), {with_points} with points"
                         + (f"; entries: {', '.join(entries)}" if entries else ""))
    return freeze(draft, metadata)


#: reader note kinds that are scheme flag kinds of their own; the rest become reader_note
READER_FLAG_KINDS = {"template_placeholders", "field_truncated", "ocr_low_confidence", "reader_note"}


def reader_flags(doc: Document) -> list[Flag]:
    """What the reader changed or doubted (template markup stripped, characters
    normalised, OCR, formula cells without values …) reaches the scheme's flags."""
    flags = []
    for note in getattr(doc, "flags", []) or []:
        kind = note.kind if note.kind in READER_FLAG_KINDS else "reader_note"
        flags.append(Flag(kind=kind, message=f"reader: {note.message}"))
    for text in doc.notes:
        if re.search(r"(formula|公式|cached|page.*without text|no text|replaced|替换|#DIV|#REF)", text, re.I):
            flags.append(Flag(kind="reader_note", message=f"reader: {text}"))
    return flags


PENALTY_PHRASE = re.compile(r"(扣|减|扣除)\s*[\d０-９.．]+\s*分|扣完为止")
AWARD_PHRASE = re.compile(r"(加|得|计)\s*[\d０-９.．]+\s*分")
BASE_STATED = re.compile(r"(?:基本分|基础分|基准分|底分|起评分)\s*(?:为|是|按)?\s*(\d+(?:\.\d+)?)\s*分|(百分制)")


def _deduction_form(draft: Draft, doc_text: str) -> None:
    """Items without maxima whose criteria only take points off (扣N分) make a deduction
    scheme, even without the words 百分制/基础分; its base comes from the document
    (基本分为70分, 百分制), else it is flagged ``missing_base``."""
    if draft.scoring_model == "deduction":
        return
    items = [it for cat in draft.categories for it in cat.items]
    if not items or any(it.points is not None for it in items):
        return
    texts = [fold_words((it.criteria or it.text).text) for it in items]
    penalties = sum(bool(PENALTY_PHRASE.search(t)) for t in texts)
    awards = sum(bool(AWARD_PHRASE.search(t)) for t in texts)
    if awards or penalties < max(2, 0.8 * len(items)):
        return
    draft.scoring_model = "deduction"
    base = BASE_STATED.search(fold_words(doc_text))
    draft.explain.append(f"document: deduction form ({penalties} of {len(items)} items only take points off)")
    if base:
        draft.base_points = float(base.group(1)) if base.group(1) else 100.0
    else:
        draft.flags.append(Flag(kind="missing_base", message=(
            f"a deduction form ({penalties} of {len(items)} items take points off, none states a maximum) "
            "but the document states no base score (基本分/百分制)")))


def _fallback_flags(draft: Draft) -> None:
    """Say where the reading is doubtful instead of guessing silently."""
    items = [it for cat in draft.categories for it in cat.items]
    if items and all(it.points is None for it in items) and draft.scoring_model != "deduction":
        draft.flags.append(Flag(
            kind="no_item_maxima",
            message=f"none of the {len(items)} items states its maximum points (no points column or annotation); "
                    "amounts are only in the criteria"))
    unnamed = [cat for cat in draft.categories if not cat.name and cat.items]
    named = [cat for cat in draft.categories if cat.name]
    if unnamed and named:
        draft.flags.append(Flag(
            kind="missing_category",
            message=f"{sum(len(c.items) for c in unnamed)} item(s) sit outside any named category "
                    "while other items have one"))


def _metadata(doc: Document, draft: Draft) -> Metadata:
    src = doc.source
    return Metadata(
        title=squash(draft.title.text) if draft.title else "", year=draft.year,
        source=DocumentRef(file=src.name, sha256=src.sha256, format=src.format, pages=src.pages),
        sources=refs(title=draft.title),
    )


def _read_tables(doc: Document, limit: int, draft: Draft) -> None:
    """Layout stage for every table, then the entries stage for the scheme tables.

    A table the fixture-era item reader understands (one header row, a points
    column it can name) keeps that reader; any other table is read from its
    layout.  Tables without points or scoring phrases are target tables (unit →
    figure pairs) or flagged ``non_scheme_table``; identical tables (monthly
    sheets) are read once and flagged ``repeated_sheets``; several scheme
    tables each become a top-level category named by their caption.
    """
    general: list[tuple[int, Table, object]] = []
    seen: dict[str, int] = {}
    for index, block in scheme_tables(doc, limit):
        layout = analyse_table(block)
        label = f"table {block.prov.table}"
        signature = "\n".join("|".join(layout.text(r, c) for c in range(block.n_cols)) for r in layout.body)
        if layout.body and signature in seen:
            draft.flags.append(Flag(
                kind="repeated_sheets", target=label,
                message=f"{label} repeats table {seen[signature]} row for row; read once"))
            draft.explain.append(f"{label}: repeats table {seen[signature]}; skipped")
            continue
        seen[signature] = block.prov.table
        continues = bool(general) and bool(_continuations(doc, [general[-1], (index, block, layout)]))
        if not continues and is_item_table(block) and _legacy_fits(block, layout):
            context = _preceding_text(doc, index)
            part = next((name for name, _, _ in draft.parts if name in context), None)
            read_item_table(doc, index, block, draft, part)
            draft.explain.append(f"{label}: item table in the one-header-row layout (column roles by header words)")
            continue
        draft.explain.extend(f"{label}: {line}" for line in layout.describe())
        if continues:
            general.append((index, block, layout))
            continue
        scheme, why = is_scheme_table(layout)
        if scheme and ((layout.header_rows and not layout.header_by_shape) or layout.category_cols
                       or layout.criteria_col is not None):
            general.append((index, block, layout))
            draft.explain.append(f"{label}: scheme table ({why})")
            continue
        title, unit = _table_title(doc, index)
        if read_target_table(doc, index, block, title, unit, draft):
            draft.explain.append(f"{label}: per-unit target table")
            continue
        if scheme:
            general.append((index, block, layout))
            draft.explain.append(f"{label}: scheme table ({why})")
            continue
        if block.n_rows >= 3:
            first = block.cells[0] if block.cells else None
            draft.flags.append(Flag(
                kind="non_scheme_table", target=label,
                message=f"{label} ({block.n_rows}×{block.n_cols}) is not part of the scheme: {why}",
                source=cell_span(doc, index, block, first).ref if first else None))
            draft.explain.append(f"{label}: not a scheme table ({why})")
    continued = _continuations(doc, general)
    several = len(general) - len(continued) >= 2
    top = None
    reader = None
    for index, block, layout in general:
        previous = reader
        if index in continued:
            draft.explain.append(f"table {block.prov.table}: continues the table before it (same header, "
                                 "nothing between them)")
        elif several:
            caption = _caption(doc, index)
            code, name, points, weight = parse_category_label(caption)
            m = re.match(r"^(附?表\s*\d+)\s*", name)
            if m:
                code, name = m.group(1), name[m.end():]
            top = draft.subcategory(name or f"table {block.prov.table}", None)
            top.code = code or top.code
            top.weight = weight if top.weight is None else top.weight
            draft.explain.append(f"table {block.prov.table}: its own top-level category «{top.name}»")
        else:
            top = None
        reader = TableReader(doc, index, block, layout, draft, top)
        if index in continued and previous is not None:
            reader.section, reader.numbered = previous.section, previous.numbered   # the open section goes on
        reader.read()
        for line in layout.decisions:
            if line.startswith("ambiguous:"):
                draft.flags.append(Flag(kind="ambiguous", target=f"table {block.prov.table}",
                                        message=f"table {block.prov.table}: {line.split(':', 1)[1].strip()}"))
        if reader.notes:
            draft.flags.append(Flag(kind="note_rows", target=f"table {block.prov.table}",
                                    message=f"table {block.prov.table}: {reader.notes} note row(s) kept out of the items"))


def _continuations(doc: Document, tables: list) -> set[int]:
    """Block indexes of scheme tables that continue the one before them: the same
    header labels and no text between them but page numbers (a table the reader
    did not join across a page break)."""
    out: set[int] = set()
    for (i0, _, l0), (i1, _, l1) in zip(tables, tables[1:]):
        between = [b for b in doc.blocks[i0 + 1: i1] if squash(b.text) and not re.fullmatch(r"[-—\d\s第页/共]+",
                                                                                                b.text.strip())]
        labels0 = [col.label for _, col in sorted(l0.columns.items())]
        labels1 = [col.label for _, col in sorted(l1.columns.items())]
        if not between and l1.header_rows and labels0 == labels1:
            out.add(i1)
    return out


def _legacy_fits(table: Table, layout) -> bool:
    """The one-header-row reader fits unless the layout shows what it cannot read: a
    header band of several rows or below a title, section rows across the width,
    several hierarchy columns, or points only found under another header."""
    if len(layout.header_rows) >= 2 or len(layout.category_cols) >= 2:
        return False
    if "section" in layout.row_kinds.values() or (layout.header_rows and layout.header_rows[0] > 0):
        return False
    if layout_reading_needed(layout):
        return False
    legacy = find_columns(table)
    if legacy is not None and legacy.col("points") != layout.points_col and layout.points_col is not None:
        return False   # the points are not where the header words put them (权重 beside 分值, numbers under 评分标准)
    if legacy is not None and layout.weight_col is not None and legacy.col("points") == layout.weight_col:
        return False
    return True


def _caption(doc: Document, index: int) -> str:
    """The heading or paragraph right above a table (a sheet name, a form title)."""
    before: list = []
    for block in reversed(doc.blocks[max(0, index - 3): index]):
        if isinstance(block, Table):
            break
        if squash(block.text) and not re.match(r"^\d+$", squash(block.text)):
            before.append(block)
    heading = next((b for b in before if isinstance(b, Heading)), None)
    chosen = heading or (before[0] if before else None)
    return chosen.text.strip() if chosen else ""


def _preceding_text(doc: Document, index: int, count: int = 4) -> str:
    texts = [b.text for b in doc.blocks[max(0, index - count): index] if not isinstance(b, Table)]
    return squash("".join(texts))


def _table_title(doc: Document, index: int) -> tuple[str, str | None]:
    """The caption above a table and a "单位：人次" unit line if present."""
    title, unit = "", None
    for block in reversed(doc.blocks[max(0, index - 4): index]):
        if isinstance(block, Table):
            break
        text = squash(block.text)
        m = re.match(r"单位[:：](.+)", text)
        if m:
            unit = m.group(1)
            continue
        if text and not re.match(r"^附件\d*$", text) and not title:
            title = text
    return title, unit


def _read_sections(nodes, draft: Draft, doc_text: str) -> None:
    for node in walk(nodes):
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
        elif kind == "items" and draft.item_count == 0 and DEDUCTION_MODEL.search(node.full_text()):
            before = (len(draft.categories), draft.scoring_model, draft.base_points, draft.total, draft.total_span)
            base = BASE_POINTS.search(node.full_text())
            draft.scoring_model = "deduction"
            draft.base_points = float(base.group(1)) if base and base.group(1) else 100.0
            draft.total = draft.total or draft.base_points
            draft.total_span = draft.total_span or node.body.find(base.group(0) if base else "")
            read_deduction_items(node, draft, doc_text)
            if draft.item_count == 0:   # no clause takes points off: 百分制 meant "out of 100" here
                del draft.categories[before[0]:]
                draft.scoring_model, draft.base_points = before[1:3]
                if not (base and base.group(0) == "百分制"):
                    draft.total, draft.total_span = before[3:]


def _read_totals(spans: list[Span], draft: Draft) -> None:
    if draft.total is not None:
        return
    for span in spans:
        m = TOTAL_PROSE.search(span.text)
        if m:
            draft.total, draft.total_span = float(m.group(1)), span.match_span(m, 1)
            return


# --------------------------------------------------------------------------- freezing


def freeze(draft: Draft, metadata: Metadata) -> Scheme:
    """Assign ids, parse rules, link targets and reconcile totals."""
    flags = list(draft.flags)
    parts = [Part(id=f"P{i + 1}", name=name, weight=w, sources=refs(weight=s))
             for i, (name, w, s) in enumerate(draft.parts)]
    part_id = {p.name: p.id for p in parts}
    categories: list[Category] = []
    items: list[Item] = []
    codes = [it.code for cat in draft.categories for it in cat.items]
    codes_unique = all(codes) and len(set(codes)) == len(codes) and "." not in "".join(codes)
    deduction = draft.scoring_model == "deduction"
    ids = {id(cat): str(number) for number, cat in enumerate(draft.categories, start=1)}
    for number, cat in enumerate(draft.categories, start=1):
        cat_id = str(number)
        for position, it in enumerate(cat.items, start=1):
            item, item_flags = _item(it, cat, cat_id, codes_unique, deduction, position)
            items.append(item)
            flags.extend(item_flags)
        category = _category(cat, cat_id, part_id, items, deduction, flags)
        if cat.parent is not None:
            category = category.model_copy(update={"parent": ids.get(id(cat.parent))})
        categories.append(category)
    _unique_ids(items, flags)
    _check_total(draft, categories, flags, deduction)
    weights = [_rates_items(w, items) for w in draft.weights]
    targets = _link_targets(draft, items)
    scheme = Scheme(
        metadata=metadata.model_copy(update={"scope": squash(draft.scope.text) if draft.scope else None,
                                             "sources": {**metadata.sources, **refs(scope=draft.scope)}}),
        scoring_model=draft.scoring_model, base_points=draft.base_points,
        total_points=clean_number(draft.total), parts=parts, categories=categories, items=items,
        bonus=draft.bonus, deductions=draft.deductions, veto=draft.veto,
        veto_effect=draft.veto_effect.text if draft.veto_effect else None,
        weights=weights, raters=draft.raters, grades=draft.grades, targets=targets, flags=flags,
    )
    _reconcile_levels(scheme, deduction)
    _check_rule_amounts(scheme)
    scheme.confidence = _confidence(scheme)
    return scheme


def _check_rule_amounts(scheme: Scheme) -> None:
    """A rule amount the item's points cannot hold (扣1-3分 on a 2-point item) is the document
    disagreeing with itself: flagged ``rule_points_mismatch`` (schemes.reconcile.check_rules), once."""
    from schemes.reconcile import check_rules

    have = {(f.kind, f.target, f.message) for f in scheme.flags}
    for flag in check_rules(scheme):
        if (flag.kind, flag.target, flag.message) not in have:
            have.add((flag.kind, flag.target, flag.message))
            scheme.flags.append(flag)


def _reconcile_levels(scheme: Scheme, deduction: bool) -> None:
    """Nested categories are checked at every level (schemes.reconcile); flat
    schemes keep the subtotal checks made while freezing.  Weight doubts
    (``ambiguous``: weights beside bare parts, weights not adding up to 1) are
    copied at any depth, since they decide how the engine combines the parts."""
    if deduction:
        return
    from schemes.reconcile import check_weights, reconcile_sums

    def key(f: Flag) -> tuple:   # a subtotal is flagged once per category; a doubt once per wording
        return (f.kind, f.target) if f.kind == "subtotal_mismatch" else (f.kind, f.target, f.message)

    have = {key(f) for f in scheme.flags}
    nested = any(c.parent for c in scheme.categories)
    found = [f for f in reconcile_sums(scheme) if nested and f.kind == "subtotal_mismatch"] + check_weights(scheme)
    for flag in found:
        if key(flag) not in have:
            have.add(key(flag))
            scheme.flags.append(flag)


#: flag kinds that mark the whole reading as doubtful
DOUBT_FLAGS = {"no_item_maxima", "missing_category", "ambiguous", "duplicate_id", "subtotal_mismatch",
               "total_mismatch", "truncated", "reader_note", "ocr_low_confidence", "template_placeholders"}


def _confidence(scheme: Scheme) -> float:
    """Mean item confidence, lowered by each kind of doubt the flags record."""
    values = [i.confidence for i in scheme.items if i.confidence is not None]
    base = sum(values) / len(values) if values else 0.5
    doubts = {f.kind for f in scheme.flags if f.kind in DOUBT_FLAGS}
    return round(base * (0.9 ** len(doubts)), 2)


def _unique_ids(items: list[Item], flags: list[Flag]) -> None:
    """Ids are what submissions name: a repeated one gets a suffix and a flag."""
    seen: dict[str, int] = {}
    for item in items:
        if item.id in seen:
            seen[item.id] += 1
            new_id = f"{item.id}~{seen[item.id]}"
            flags.append(Flag(kind="duplicate_id", target=new_id, code=item.code,
                              message=f"two items would have id {item.id}; the later one is {new_id}",
                              source=item.sources.get("text")))
            item.id = new_id
        else:
            seen[item.id] = 1


def _item(it, cat: DraftCategory, cat_id: str, codes_unique: bool, deduction: bool,
          position: int = 0) -> tuple[Item, list[Flag]]:
    flags: list[Flag] = []
    code = it.code
    item_id = code if codes_unique else f"{cat_id}.{(code or str(position or len(cat.items))).split('.')[-1]}"
    text = it.text
    truncated = TRUNCATION.search(text.text)
    if truncated:
        cut = text.text.rfind("……", 0, truncated.start())
        text = text.sub(0, cut if cut >= 0 else truncated.start()).strip(" …(（")
    criteria = it.criteria or it.text
    rule_source = re.sub(r"(\d[.．])\s*\n\s*(\d)", r"\1\2", criteria.text).replace("\n", "")
    rule_source = POINTS_NOTE.sub("", rule_source)  # "(5分)" states the maximum, not a formula
    parsed = parse_rule(rule_source, it.points, text.text, deduction_scheme=deduction)
    if it.points is None and not deduction:
        flags.append(Flag(
            kind="missing_points", target=item_id, category=cat.name, code=code,
            message=f"item {item_id} has no points" + (" (cut off by the page's truncation)" if truncated else ""),
            source=text.ref))
    elif parsed.rule is None and it.points is not None:
        flags.append(Flag(kind="unparsed_rule", target=item_id, category=cat.name, code=code,
                          message=f"item {item_id}: criteria not understood ({parsed.reason})",
                          source=criteria.ref))
    item = Item(
        id=item_id, category=cat_id, code=code, text=squash(text.text) if "\n" in text.text else text.text.strip(),
        points=it.points, departments=it.departments, criteria=criteria.text.strip(), rule=parsed.rule,
        name=_clean(it.name.text) if it.name is not None else None, weight=it.weight,
        confidence=round(it.confidence * (0.7 if parsed.rule is None and it.points is not None else 1.0), 2),
        sources=refs(text=text, points=it.points_span, criteria=criteria, departments=it.departments_span),
    )
    return item, flags


def _clean(text: str) -> str:
    return squash(text) if "\n" in text else text.strip()


def _category(cat: DraftCategory, cat_id: str, part_id: dict, items: list[Item], deduction: bool,
              flags: list[Flag]) -> Category:
    own = [i for i in items if i.category == cat_id]
    points = [i.points for i in own]
    total = clean_number(sum(points)) if own and all(p is not None for p in points) else None
    declared = cat.points
    if declared is not None and total is not None and abs(declared - total) > 1e-6:
        flags.append(Flag(
            kind="subtotal_mismatch", target=cat_id, category=cat.name, declared=declared, computed=total,
            message=f"category {cat.name or cat_id} declares {declared:g} points but its items add up to {total:g}",
            source=ref(cat.points_span)))
    return Category(
        id=cat_id, code=cat.code, name=cat.name, points=declared if declared is not None else
        (None if deduction else total), weight=cat.weight, part=part_id.get(cat.part) if cat.part else None,
        departments=cat.departments, sources=refs(name=cat.name_span, points=cat.points_span,
                                                  departments=cat.departments_span),
    )


def _check_total(draft: Draft, categories: list[Category], flags: list[Flag], deduction: bool) -> None:
    if draft.total is None or deduction:
        return
    points = [c.points for c in categories if c.parent is None]  # sub-categories count inside their parents
    if not all(p is not None for p in points):
        return
    computed = clean_number(sum(points))
    if abs(computed - draft.total) > 1e-6:
        flags.append(Flag(kind="total_mismatch", declared=draft.total, computed=computed,
                          message=f"the declared total is {draft.total:g} but the categories add up to {computed:g}",
                          source=ref(draft.total_span)))


def _rates_items(weight: Weight, items: list[Item]) -> Weight:
    """The rater group named after departments is the one that scores the item table."""
    if weight.rater and "部门" in weight.rater and any(i.departments for i in items):
        return weight.model_copy(update={"rates_items": True})
    return weight


def _link_targets(draft: Draft, items: list[Item]) -> list:
    targets = []
    for table in draft.targets:
        core = re.sub(r"((19|20)\d{2}年度?|工作目标|目标任务|目标|任务)", "", table.name)
        applies = [i for i in items if _common_run(core, i.text) >= 4]
        for item in applies:
            if isinstance(item.rule, ThresholdRule):
                item.rule = item.rule.model_copy(update={"target_table": table.id})
        if table.total is not None and abs(sum(table.rows.values()) - table.total) > 1e-6:
            draft.flags.append(Flag(kind="total_mismatch", target=table.id, declared=table.total,
                                    computed=sum(table.rows.values()),
                                    message=f"target table {table.name}: rows add up to "
                                            f"{sum(table.rows.values()):g}, the 合计 row says {table.total:g}"))
        targets.append(table.model_copy(update={"applies_to": [i.id for i in applies]}))
    return targets


def _common_run(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best
