"""The choose stage: readings of the same region compete; the chosen ones are merged.

Each reading gets a report (how many items, whether its sums reconcile with the totals
the document prints — checked by ``schemes.reconcile`` on the reading frozen alone —,
the share of the region's point mentions it accounts for, the share of criteria
parsed).  Per region the readings are ranked by, in order:

1. adds up to the printed totals (yes before the rest: no totals printed, or off by a slip);
2. share of point mentions accounted for;
3. share of criteria parsed into rules;
4. share of rules that score by themselves (a rule left to a rater's judgement, ``manual``,
   scores less: a reader that sees a rating scale beside the items beats one that does not);
5. the reader's stated priority.

Named rules that remain, each shown in ``--explain``:

- ``tables_first``: items read from scheme tables win over items read from prose; the
  prose readings are chosen only when no table gave items, or (``tables_under_headings``) when
  prose modules that add up to the declared total head the tables and score the rest in prose;
- ``caption_categories``: when two or more scheme tables are read by the layout reader,
  each becomes a top-level category named by its caption (表1 …, a sheet name);
- ``summary_table``: among those tables, one whose rows name the parts the others detail is
  their summary: it gives the parts their points and no items;
- ``sections_always``: scheme-level entries (bonus, deductions, veto, grades, raters,
  scope) are read from the sections their headings name, whatever gave the items.

Every chosen fallback leaves a flag.
"""

from __future__ import annotations

import re

from extractors.model import Table
from kaohe.i18n import _
from schemes.model import Flag, LookupRule
from schemes.reconcile import sums
from schemes.criteria.grammar import fold_words
from schemes.criteria.numbers import fold

from .grammar.captions import caption
from .grammar.numbering import CATEGORY_HEADING, outline_kind
from .grammar.spans import Span, block_span, cell_span, drop_translation, squash
from .grammar.vocabulary import pattern
from .mentions import accounted, find_mentions, unaccounted
from .readers.articles import CITES_TABLE
from .readers.by_name import points_by_name
from .readers.sections import read_table_notes, stray_penalty
from .readers.tables import parse_category_label
from .rules import BASE_STATED, PENALTY_PHRASE, apply_document_rule, deduction_form, document_rule
from .stages import stage
from .scheme import freeze
from .state import Draft, DraftCategory, DraftItem, Extraction, Reading


TABLE_NUMBER = pattern("choose.table_number")
#: 表一　平时考核评分表（满分100分，占40%）: a table's title row naming its part, its total and its share
TABLE_TITLE = pattern("table_items.table_title")
PART_WEIGHT = pattern("table_items.part_weight")
TOTAL_STATED = pattern("readings.total_prose")


def report(ex: Extraction, reading: Reading) -> None:
    """Fill the reading's report (items, points, sums, mentions)."""
    rep = reading.report
    items = reading.draft.items()
    rep.items = len(items)
    rep.with_points = sum(it.points is not None for it in items)
    if items:
        # schemes.reconcile on the reading alone; only sums the document declares count (a category's
        # points filled in from its items add up by construction)
        declared = {str(n) for n, cat in enumerate(reading.draft.categories, start=1) if cat.points is not None}
        checked = [s for s in sums(freeze(reading.draft, ex.metadata))
                   if (s.target is None and reading.draft.total is not None) or s.target in declared]
        rep.mismatches = sum(not s.ok for s in checked)
        rep.adds_up = (rep.mismatches == 0) if checked else None
    mentions = find_mentions(ex, reading)
    rep.mentions, rep.accounted = len(mentions), accounted(mentions, reading.draft)


def rank_key(reading: Reading) -> tuple:
    """Readings that reconcile with printed totals first; among the rest, a reading that
    printed no totals is no better than one whose sums are off by a slip, so the share of
    point mentions decides."""
    rep = reading.report
    return (rep.items == 0, rep.adds_up is not True, -round(rep.mention_share, 3), -round(rep.criteria_parsed, 3),
            -round(rep.rules_scoring, 3), reading.priority)


def best(readings: list[Reading]) -> Reading | None:
    ranked = sorted(readings, key=rank_key)
    return ranked[0] if ranked and ranked[0].report.items else None


@stage("choose", requires=("readings", "readings.rules"), assigns=("chosen", "flags"))
def choose_stage(ex: Extraction) -> None:
    """Rank the readings of each region, merge the chosen ones into one draft."""
    for reading in ex.readings:
        report(ex, reading)
        ex.decide("choose", f"{reading.region} by {reading.reader}", reading.report.describe())
    chosen: list[Reading] = []
    regions: dict[tuple, list[Reading]] = {}
    for reading in ex.readings:
        if reading.region not in ("prose", "sections"):   # a region is its blocks (table labels may repeat)
            regions.setdefault((reading.region, reading.blocks), []).append(reading)
    for (region, _label), candidates in regions.items():
        pick = best(candidates) or candidates[0]
        chosen.append(pick)
        if len(candidates) > 1:
            ex.decide("choose", region, f"{pick.reader} chosen among {', '.join(r.reader for r in candidates)}",
                      "ranked by: adds up, point mentions accounted, criteria parsed, rules that score, "
                      "reader priority")
    table_items = sum(r.report.items for r in chosen)
    prose = [r for r in ex.readings if r.region == "prose"]
    if table_items:
        beside = tables_under_headings(ex, chosen, best(prose)) or tables_beside_prose(ex, chosen, best(prose)) \
            or tables_after_prose(ex, chosen, best(prose))
        if beside is not None:
            chosen.append(beside)
        elif any(r.report.items for r in prose):
            ex.decide("choose", "prose", "tables_first: the scheme tables gave the items; prose items not used")
    else:
        pick = best(prose)
        if pick is not None:
            chosen.append(pick)
            others = [r.reader for r in prose if r is not pick and r.report.items]
            ex.decide("choose", "prose", f"{pick.reader} chosen" + (f" over {', '.join(others)}" if others else ""),
                      pick.report.describe())
        chosen += [r for r in prose if not r.report.items and r.draft.total is not None][:1]   # 百分制: a total only
    chosen += [r for r in ex.readings if r.region == "sections"]
    layout_tables = [r for r in chosen if r.variant == "layout" and r.report.items]   # a notes sheet names no part
    if len(layout_tables) >= 2:
        ex.decide("choose", "document", f"caption_categories: {len(layout_tables)} scheme tables read by their "
                                        "layout, each a top-level category named by its caption")
        for reading in layout_tables:
            if reading.top is None:   # a module heading above it already names it (tables_under_headings)
                reading.top = _caption_category(ex, reading)
        chosen = [r for r in chosen if not summary_table(ex, r, layout_tables)]
    ex.chosen = merge(chosen, ex)
    ex.chosen.flags = ex.flags + ex.chosen.flags + ex.reader_flags   # document, tables, readings, format reader
    points_by_number(ex)
    points_in_sequence(ex)
    share_of_module(ex)
    weights_within_category(ex)
    listed_each(ex)
    section_total(ex)
    subclauses_as_criteria(ex)   # before the deduction-form test: its clauses are no items without maxima
    deduction = deduction_form(ex.chosen, ex.doc.text)
    if deduction is not None:
        what, base, line = deduction
        ex.chosen.scoring_model = "deduction"
        ex.decide("choose", "document", line)
        if base is not None:
            ex.chosen.base_points = base
            _base_is_total(ex, base)
        else:
            ex.chosen.flags.append(Flag(kind="missing_base", message=_(
                "a deduction form ({what}, none states a maximum) but the document states no base score "
                "(基本分/百分制)").format(what=what)))
    matrix_scores_item(ex)
    lead_in_names(ex)
    generic_sections(ex)
    module_summary_lines(ex)
    declared_points(ex)
    read_table_notes(ex.chosen)
    equal_split(ex)
    _fallback_flags(ex.chosen)
    account(ex, chosen, [r for r in prose if r not in chosen] if table_items else [])
    ex.chosen.mentions = ex.mentions
    _missing_points_confidence(ex.chosen, every_mention_read=ex.mentions[0] == ex.mentions[1])


def section_total(ex: Extraction) -> None:
    """Named rule ``section_total``: a sentence read as the document's total (每周内务总分为20分)
    that is also the statement of one category's points among several is that category's, and
    one inside the criteria of an item worth that much by another statement (…，满分5分) is that
    item's: the document states no total of its own."""
    draft = ex.chosen
    if draft.total_span is not None and any(
            it.points == draft.total and it.points_span is not None and not _inside(draft.total_span, it.points_span)
            and any(_inside(draft.total_span, span) for span in (it.criteria, it.text) if span is not None)
            for it in draft.items()):
        # 宣传报道：…，满分5分 — an item's own maximum, said in its rule: no total of the document
        ex.decide("choose", "document", f"section_total: «{draft.total_span.text}» stands in an item's own "
                                        "criteria, not the document's total")
        draft.total = draft.total_span = None
        return
    def holds_items(cat) -> bool:   # a heading over no items (二、分值构成) is no section of the scheme
        return bool(cat.items) or any(c.parent is cat and holds_items(c) for c in draft.categories)

    tops = [c for c in draft.categories if c.parent is None and holds_items(c)]
    if draft.total_span is None or len(tops) < 2:
        return
    owner = next((c for c in draft.categories if c.points_span is not None and _inside(draft.total_span, c.points_span)
                  and _inside(c.points_span, draft.total_span) and holds_items(c)), None)
    if owner is not None:
        ex.decide("choose", "document", f"section_total: «{draft.total_span.text}» is the points of {owner.name}, "
                                        "not the document's total")
        draft.total = draft.total_span = None


def matrix_scores_item(ex: Extraction) -> None:
    """Named rule ``matrix_scores_item``: an item whose criteria cite a table (按表1计分, 按附表《…计分表》) that was read
    as a point matrix is scored by it — the matrix becomes the item's lookup rule (capped at the
    item's points) instead of a bonus entry of its own."""
    draft = ex.chosen
    for item in draft.items():
        cited = CITES_TABLE.search(squash((item.criteria or item.text).text))
        if cited is None:
            continue
        label = squash(next(g for g in cited.groups() if g))   # 表1, or the table's name: 《…计分表》
        entry = next((e for e in draft.bonus if e.levels and (squash(e.text).startswith(label)
                                                             or len(label) > 4 and label in squash(e.text))), None)
        if entry is None:
            continue
        caps = [c for c in (entry.cap, item.points) if c is not None]
        cap = min(caps) if caps else None
        item.lookup = LookupRule(levels=entry.levels, unit=entry.unit, cap=cap)
        item.lookup_source = Span(entry.text, entry.sources["text"]) if "text" in entry.sources else None
        draft.bonus.remove(entry)
        limit = f", at most {cap:g}" if cap is not None else ""
        ex.decide("choose", "document", f"matrix_scores_item: «{entry.text[:24]}» scores item "
                                        f"«{item.text.text[:16]}» ({len(entry.levels)} pairs{limit})")


#: an amount of points in a line (扣3分, 得14分); a judgement instead of amounts (综合评定, 酌情)
AMOUNT = pattern("mentions.points")
MANUAL = pattern("rules.manual_words")


def _clauses_only(cat: DraftCategory) -> bool:
    """Lines that are one item's criteria: none states its own points, and either every one takes
    points off, or — under a heading stating its own points — all but the last state what is asked
    (no amounts) and the last how it is scored (扣2分, 综合评定; a maximum it names, 最高20分, is the
    heading's points said again)."""
    items = cat.items
    if all(it.points is None and PENALTY_PHRASE.search(fold_words(it.text.text)) for it in items):
        return True
    *asks, method = items
    return bool(asks) and all(it.points is None and not AMOUNT.search(fold(it.text.text)) for it in asks) \
        and bool(AMOUNT.search(fold(method.text.text)) or MANUAL.search(method.text.text)) \
        and method.points in (None, cat.points) and cat.points_span is not None \
        and cat.points_span.ref.block == cat.name_span.ref.block   # the heading states its own points


def subclauses_as_criteria(ex: Extraction) -> None:
    """Named rule ``subclauses_as_criteria``: a line stating its points (（一）公示收费标准（4分）。) over
    numbered lines that only take points off (1．未公示的，扣4分；2．…每缺一项扣1分。), or that state what
    is asked and then, last, how it is scored (（1）成立领导小组；（2）配备管理员；（3）缺一项扣3分。), is one
    item whose criteria are those lines — not a category of items.  Its item joins the category above it."""
    draft = ex.chosen
    if draft.scoring_model == "deduction":
        return   # a deduction sheet: the lines taking points off are its items, under parts with points
    turned = 0
    loose: DraftCategory | None = None   # where the items go that stood under no category
    for cat in list(draft.categories):
        if cat.points is None or cat.name_span is None or not cat.items \
                or any(c.parent is cat for c in draft.categories) or not _clauses_only(cat):
            continue
        first = cat.items[0].text
        clauses = Span("；".join(it.text.text.strip(" 。；;") for it in cat.items), first.ref)
        item = DraftItem(code=cat.code, text=cat.name_span, points=cat.points, points_span=cat.points_span,
                         criteria=clauses)
        if cat.parent is None and loose is None:
            loose = DraftCategory(name="")
            draft.categories.insert(draft.categories.index(cat), loose)
        (cat.parent or loose).items.append(item)
        draft.categories.remove(cat)
        turned += 1
    if turned:
        ex.decide("choose", "document", f"subclauses_as_criteria: {turned} line(s) with their points over clauses "
                                        "that only take points off are items, the clauses their criteria")


GENERIC_SECTION = pattern("choose.generic_section")


LEAD_IN_TAIL = pattern("choose.lead_in_tail")


def lead_in_names(ex: Extraction) -> None:
    """A category named by an article's lead-in (综合管理考核以下内容：) is named 综合管理."""
    for cat in ex.chosen.categories:
        m = LEAD_IN_TAIL.search(cat.name) if cat.name else None
        if m and m.start() >= 2:
            cat.name = cat.name[:m.start()]


def generic_sections(ex: Extraction) -> None:
    """Named rule ``generic_sections``: a top-level heading that only announces the scoring part
    (二、评审细则 / 三、考核内容及评分标准), with no points or items of its own, over the modules that
    carry them, is the document's outline, not a category: its modules are the top level."""
    for cat in list(ex.chosen.categories):
        children = [c for c in ex.chosen.categories if c.parent is cat]
        if cat.parent is None and cat.points is None and not cat.items and children \
                and GENERIC_SECTION.match(squash(cat.name)):
            for child in children:
                child.parent = None
            ex.chosen.categories.remove(cat)
            ex.decide("choose", "document", f"generic_sections: «{cat.name}» announces the scoring part; its "
                                            f"{len(children)} module(s) are the top level")


def module_summary_lines(ex: Extraction) -> None:
    """Named rule ``module_summary_lines``: a notice that first lists its modules with their points
    (二、考核内容及分值 （一）护理管理（25分）。包括…) and then scores each under a heading of the same name
    (三、评分标准 （一）护理管理 / 1.… （10分）): the listed lines declare the modules, they are not items."""
    named = {squash(c.name): c for c in ex.chosen.categories if c.name and c.items}
    dropped = 0
    for cat in list(ex.chosen.categories):
        for item in list(cat.items):
            module = named.get(squash(item.text.text).rstrip("。.") if item.text is not None else "")
            if module is None or module is cat or not any(it is not item for it in module.items):
                continue
            cat.items.remove(item)
            dropped += 1
            if module.points is None and item.points is not None:
                module.points, module.points_span = item.points, item.points_span
        if not cat.items and not any(c.parent is cat for c in ex.chosen.categories) and dropped:
            ex.chosen.categories.remove(cat)
    if dropped:
        ex.decide("choose", "document", f"module_summary_lines: {dropped} line(s) listing a module with its points "
                                        "declare the module scored under a heading of that name, not items")


def declared_points(ex: Extraction) -> None:
    """Named rule ``declared_points``: a category the readings gave without points takes the
    points a sentence declares for its name (其中组织建设占30分、…), as ``by_name.points_by_name``
    reads them (which also completes each prose reading's items before the readings compete)."""
    for line in points_by_name(ex.chosen, ex.spans, items=False):
        ex.decide("choose", "document", line.replace("points_by_name", "declared_points", 1))


#: 第1项、第2项各10分；第4项至第6项各8分: points given to items by their number
POINTS_BY_NUMBER = pattern("choose.points_by_number")
ITEM_NUMBER_RANGE = pattern("choose.item_number_range")


def item_numbers(listed: str) -> list[int]:
    """第1项、第2项 → [1, 2]; 第4项至第6项 → [4, 5, 6]."""
    numbers: list[int] = []
    rest = listed
    for m in ITEM_NUMBER_RANGE.finditer(listed):
        low, high = int(m.group(1)), int(m.group(2))
        if low < high <= low + 50:
            numbers += range(low, high + 1)
        rest = rest.replace(m.group(0), " ")
    numbers += [int(n) for n in re.findall(r"\d+", rest)]
    return sorted(set(numbers))


def _inside(part: Span | None, whole: Span | None) -> bool:
    """``part`` lies within ``whole`` in the document (the same block, table cell and characters)."""
    if part is None or whole is None:
        return False
    a, b = part.ref, whole.ref
    return (a.block, a.table, a.row, a.col) == (b.block, b.table, b.row, b.col) and b.start <= a.start and a.end <= b.end


def points_by_number(ex: Extraction) -> None:
    """Named rule ``points_by_number``: items read without points take the points a sentence gives
    them by number (分值说明：第1项、第2项各10分；第4项至第6项各8分) — when the numbers name one
    item each (numbered through the document, not restarting per category)."""
    items = [it for it in ex.chosen.items() if it.code]
    codes = [it.code for it in items]
    own = [it for it in items if it.points is not None and not _inside(it.points_span, it.criteria)]
    if not items or len(set(codes)) != len(codes) or len(own) > len(items) / 2:
        return
    by_code = {it.code: it for it in items}
    given = 0
    for span in [*ex.spans, *ex.chosen.notes]:
        folded = fold(span.text)
        for m in POINTS_BY_NUMBER.finditer(folded):
            for number in item_numbers(m.group("list")):
                item = by_code.get(str(number))
                # a figure read from the item's own rule (…的得5分) gives way to the one stated for it
                if item is not None and (item.points is None or _inside(item.points_span, item.criteria)):
                    item.points, item.points_span = float(m.group("pts")), span.match_span(m, "pts")
                    given += 1
    if given:
        ex.decide("choose", "document", f"points_by_number: {given} item(s) take the points a sentence gives "
                                        "them by number")


#: 以上各项分值分别为20、30、50分: the points of the items above, in their order
POINTS_IN_SEQUENCE = pattern("choose.points_in_sequence")


def points_in_sequence(ex: Extraction) -> None:
    """Named rule ``points_in_sequence``: a sentence giving the points of the items above it in
    their order (以上各项分值分别为20、30、50分，合计100分) — the nearest category above it
    whose items state no points and number as many as the figures; a 合计 that the figures add
    up to is the total."""
    for span in ex.spans:
        m = POINTS_IN_SEQUENCE.search(fold(span.text))
        if m is None:
            continue
        numbers = list(re.finditer(r"\d+(?:\.\d+)?", m.group("list")))
        figures = [float(n.group()) for n in numbers]
        above = [c for c in ex.chosen.categories if c.items and c.items[-1].text.ref.block is not None
                 and c.items[-1].text.ref.block <= span.ref.block]
        cat = max(above, key=lambda c: c.items[-1].text.ref.block, default=None)
        if cat is None or len(cat.items) != len(figures) or any(it.points is not None for it in cat.items):
            continue
        for item, figure, number in zip(cat.items, figures, numbers):
            item.points = figure
            item.points_span = span.sub(m.start("list") + number.start(), m.start("list") + number.end())
        if m.group("total") and abs(sum(figures) - float(m.group("total"))) < 1e-6 and ex.chosen.total is None:
            ex.chosen.total, ex.chosen.total_span = float(m.group("total")), span.match_span(m, "total")
        ex.decide("choose", "document", f"points_in_sequence: the {len(figures)} items of «{cat.name}» take "
                                        f"{'、'.join(f'{f:g}' for f in figures)} in order")


#: 台账规范占该项分值的40%: a part of a module given as a share of the module's points
SHARE_OF_MODULE = pattern("choose.share_of_module")


def _modules_with_parts(ex: Extraction, rule: str, parts_of) -> None:
    """Modules read as single items whose text lists their parts (``parts_of(item)`` → the part
    items, or None) become categories of those parts; their sibling modules become categories too
    (one item each), so the list keeps one level."""
    for cat in list(ex.chosen.categories):
        parts = {id(item): found for item in cat.items if item.points is not None
                 and (found := parts_of(item))}
        if not parts:
            continue
        parent = cat if cat.name else cat.parent
        modules = []
        for item in cat.items:
            module = DraftCategory(name=squash(item.text.text).rstrip("。．.，,"), name_span=item.text, code=item.code,
                                   points=item.points, points_span=item.points_span, parent=parent)
            module.items = parts.get(id(item), [item])
            modules.append(module)
        at = ex.chosen.categories.index(cat)
        if cat.name:
            cat.items = []
            ex.chosen.categories[at + 1:at + 1] = modules
        else:   # the unnamed holder of the modules: its points, if any, are the total
            if cat.points is not None and ex.chosen.total is None:
                ex.chosen.total, ex.chosen.total_span = cat.points, cat.points_span
            ex.chosen.categories[at:at + 1] = modules
        ex.decide("choose", "document", f"{rule}: {len(parts)} module(s) of «{cat.name or 'the document'}» "
                                        "made of the parts their text lists")


def share_of_module(ex: Extraction) -> None:
    """Named rule ``share_of_module``: a module read as one item with its points whose text names
    its parts by their share (其中，A占该项分值的30%，rule；B占该项分值的40%，rule；…, shares adding
    up to 100 %) is a category of those parts, each worth its share of the module, its rule the
    clause after the share."""
    def parts_of(item: DraftItem) -> list[DraftItem] | None:
        source = item.criteria or item.text
        shares = list(SHARE_OF_MODULE.finditer(source.text))
        if len(shares) < 2 or abs(sum(float(m.group("pct")) for m in shares) - 100) >= 0.5:
            return None
        out = []
        for k, m in enumerate(shares):
            end = shares[k + 1].start("name") if k + 1 < len(shares) else len(source.text)
            out.append(DraftItem(code=None, text=source.match_span(m, "name"),
                                 criteria=source.sub(m.end(), end).strip(" \t，,；;。"),
                                 points=round(item.points * float(m.group("pct")) / 100, 6),
                                 points_span=source.match_span(m, "pct"), confidence=item.confidence))
        return out
    _modules_with_parts(ex, "share_of_module", parts_of)


def weights_within_category(ex: Extraction) -> None:
    """Named rule ``weights_within_category``: the items of a category that states its points, none
    with points of its own, each with a weight (a 权重（占本模块分值） column), the weights adding up to
    100 %, are worth their share of the category (指标分值＝模块分值×权重); the weight stays beside."""
    for cat in ex.chosen.categories:
        items = cat.items
        if cat.points is None or len(items) < 2 or any(it.points is not None or it.weight is None for it in items):
            continue
        if abs(sum(it.weight for it in items) - 1) > 0.005:
            continue
        for item in items:
            item.points, item.points_span = round(cat.points * item.weight, 6), cat.points_span
        ex.decide("choose", "document", f"weights_within_category: the {len(items)} items of «{cat.name}» "
                                        f"({cat.points:g}) are worth their weights' share of it")


#: 包括：A；B；C。每项5分，rule — a module's parts listed, one figure for each
LISTED_EACH = pattern("choose.listed_each")


def listed_each(ex: Extraction) -> None:
    """Named rule ``listed_each``: a module read as one item with its points whose text lists its
    parts after 包括： and gives one figure for each (每项5分) — as many parts as the module's points
    hold — is a category of those parts, each worth the figure, the rest of the sentence their rule."""
    def parts_of(item: DraftItem) -> list[DraftItem] | None:
        source = item.criteria or item.text
        m = LISTED_EACH.search(source.text)
        if m is None:
            return None
        names = [p for p in re.finditer(r"[^；;、]+", m.group("list")) if squash(p.group())]
        each = float(m.group("pts"))
        if len(names) < 2 or abs(len(names) * each - item.points) > 1e-6:
            return None
        rule = source.match_span(m, "rule").strip(" \t，,；;。") if squash(m.group("rule")) else None
        base = m.start("list")
        return [DraftItem(code=None, text=source.sub(base + p.start(), base + p.end()).strip(), points=each,
                          points_span=source.match_span(m, "pts"), criteria=rule, confidence=item.confidence)
                for p in names]
    _modules_with_parts(ex, "listed_each", parts_of)


#: 未标注分值的项目，其所在类别的分值在各项之间平均分配: a category's points shared equally
EQUAL_SPLIT = pattern("choose.equal_split")


def equal_split(ex: Extraction) -> None:
    """Named rule ``equal_split``: where the document says a category's points are shared equally
    among its items (平均分配), the items of a category with points and none of their own get an
    equal share, the category's points as their source."""
    note = next((s for s in [*ex.spans, *ex.chosen.notes] if EQUAL_SPLIT.search(s.text)), None)
    if note is None:
        return
    split: list[DraftItem] = []
    for cat in ex.chosen.categories:
        if cat.points is None or not cat.items or any(it.points is not None for it in cat.items):
            continue
        share = round(cat.points / len(cat.items), 6)
        for item in cat.items:
            item.points, item.points_span = share, cat.points_span
        ex.decide("choose", "document", f"equal_split: «{cat.name}» {cat.points:g} shared by its "
                                        f"{len(cat.items)} items ({share:g} each), as «{note.text[:30]}» says")
        split += cat.items
    sentence = document_rule(ex, ex.chosen.items()) if split and ex.chosen.scoring_model != "deduction" else None
    if sentence is not None and (applied := apply_document_rule(split, sentence)):
        # the rule stated once for all items (各款落实的得该款全部分值…) now that they have points
        ex.decide("choose", "document", f"document_rule: {applied} item(s) given their points by equal_split "
                                        f"take the rule stated once for all: «{sentence.text[:60]}»")


#: 得满分, 得80%, 该项分值的一半: an award relative to the item's own points
RELATIVE_AWARD = pattern("rules.relative_award")


def _missing_points_confidence(draft: Draft, every_mention_read: bool) -> None:
    """An item without points among items with points is likely misread (×0.6); where no item
    states points the form states none (a deduction form, no_item_maxima is flagged): ×0.9.
    Where every statement of points in the document was read, an item without points is
    doubted only beside items of its own category that have them: a section that states its
    points and none for its lines (每周内务总分为20分) is scored as a whole, and the missing
    points are the document's (flagged for the reviewer), not a misreading — unless the item's rule
    awards a share of its own points (得满分, 得80%): then it cannot be scored (×0.6)."""
    groups = [cat.items for cat in draft.categories] if every_mention_read else [draft.items()]
    for items in groups:
        if any(it.points is not None for it in items):
            factor = 0.6
        else:
            factor = 1.0 if every_mention_read else 0.9
        for item in items:
            if item.points is None and item.points_span is None and not item.open_ended and item.scale is None:
                # (a points cell stating no maximum, ±10, is the document's statement, read as the rule)
                # a rule that awards the item's own points (得满分, 得80%) cannot be scored without them
                relative = item.criteria is not None and RELATIVE_AWARD.search(fold(item.criteria.text))
                item.confidence = round(item.confidence * (0.6 if relative else factor), 2)


def _stray_penalties(ex: Extraction, missing: list) -> int:
    """The lines of unread mentions that are scheme-level deductions (``sections.stray_penalty``)."""
    found = 0
    for mention in missing:
        line = next((line for span in ex.spans if span.ref.block == mention.ref.block for line in span.lines()
                     if line.ref.start <= mention.ref.start < line.ref.end), None)
        entry = stray_penalty(line, ex.chosen) if line is not None else None
        if entry is not None:
            ex.chosen.deductions.append(entry)
            ex.decide("choose", "prose", f"stray_penalty: «{entry.text[:24]}» deducts {-entry.points:g} from the "
                                         "result (a numbered line outside every item)")
            found += 1
    return found


def account(ex: Extraction, chosen: list[Reading], unused_prose: list[Reading]) -> None:
    """Every point mention of a chosen region gets a role in the merged reading, or is flagged
    ``unaccounted_points`` with where it stands; the items of a region whose mentions are
    partly unread lose confidence in proportion.  Prose that states items with their points
    beside the tables that gave the items is flagged too (it may be a second scheme)."""
    regions = list(chosen)
    beside_missing = 0
    if unused_prose and not any(r.region == "prose" for r in chosen):
        regions.append(unused_prose[0])   # the prose beside the tables states points too (tables_first)
    for reading in regions:
        if reading.region == "sections" or reading.reader in ("targets", "matrix"):
            continue   # a matrix reads every cell it has; targets are figures, not points
        mentions = find_mentions(ex, reading)
        missing = unaccounted(mentions, ex.chosen)
        if missing and reading.region == "prose" and _stray_penalties(ex, missing):
            missing = unaccounted(mentions, ex.chosen)
        reading.report.mentions, reading.report.accounted = len(mentions), len(mentions) - len(missing)
        ex.mentions = (ex.mentions[0] + reading.report.accounted, ex.mentions[1] + len(mentions))
        if not missing:
            continue
        share = reading.report.mention_share
        if reading not in chosen:   # the unused prose: what it leaves unread doubts the scheme, not an item
            beside_missing = len(missing)
        else:
            for item in reading.draft.items():
                item.confidence = round(item.confidence * (0.5 + 0.5 * share), 2)
        quotes = "、".join(f"«{m.text.strip()}»" for m in missing[:3]) + ("…" if len(missing) > 3 else "")
        ex.chosen.flags.append(Flag(
            kind="unaccounted_points", target=reading.region, source=missing[0].ref,
            message=_("{region}: {n} of {total} statement(s) of points not read as item points, totals, entries "
                      "or rule amounts ({quotes})").format(region=reading.region, n=len(missing), total=len(mentions),
                                                           quotes=quotes)))
        ex.decide("choose", reading.region, f"{len(missing)} of {len(mentions)} point mention(s) unaccounted for",
                  quotes)
    if beside_missing:   # in proportion to all the document states: a stray 扣1分 in a note is a small doubt
        ex.chosen.beside_share = 1 - beside_missing / ex.mentions[1]
    if ex.mentions[1]:
        ex.decide("choose", "document", f"point mentions: {ex.mentions[0]} of {ex.mentions[1]} accounted for "
                                        "(item and category points, totals, entries, rule amounts)")
    def own(reading: Reading) -> list:   # items with points other than the total said again (满分100分)
        return [it for it in reading.draft.items() if it.points is not None and it.points != ex.chosen.total]

    stated = [r for r in unused_prose if own(r)]
    if stated:
        best_prose = max(stated, key=lambda r: len(own(r)))
        first = own(best_prose)[0]
        ex.chosen.flags.append(Flag(
            kind="unaccounted_points", target="prose", source=first.text.ref,
            message=_("the prose states {n} item(s) with points (e.g. «{text}» {points}) that were not read: the "
                      "tables gave the items").format(n=len(own(best_prose)), text=first.text.text[:30],
                                                      points=f"{first.points:g}")))


def tables_under_headings(ex: Extraction, chosen: list[Reading], prose: Reading | None) -> Reading | None:
    """Named rule ``tables_under_headings``: prose modules with their points (一、任务完成（60分）)
    where a table stands under some of them and the others are scored in prose (二、团队协作（20分）…).
    A module heading directly above a table whose items add up to its points becomes that table's
    top-level category; the prose reading, without those modules, is merged beside the tables —
    only when the modules add up to the declared total, else the tables alone are read."""
    tables = [r for r in chosen if r.report.items and r.tables]
    if prose is None or not prose.report.items or not tables:
        return None
    tops = [c for c in prose.draft.categories if c.parent is None and c.points is not None and c.name_span is not None]
    total = prose.draft.total or next((r.draft.total for r in ex.readings if r.region == "sections"
                                       and r.draft.total is not None), None)
    if len(tops) < 2 or total is None or abs(sum(c.points for c in tops) - total) > 1e-6:
        return None   # modules that together are the declared total, and more than one
    heads: dict[int, DraftCategory] = {}
    for table in tables:
        index = table.blocks[0]
        above = [c for c in tops if c.name_span.ref.block < index]
        head = max(above, key=lambda c: c.name_span.ref.block, default=None)
        table_sum = sum(it.points or 0 for it in table.draft.items())
        if head is None or head in heads.values() or head.points >= total or abs(table_sum - head.points) > 1e-6 \
                or any(ex.doc.blocks[b].kind == "table" for b in range(head.name_span.ref.block + 1, index)):
            return None
        heads[id(table)] = head
    rest = [c for c in prose.draft.categories if c not in heads.values() and c.parent not in heads.values()]
    for table in tables:   # the module heading names the table's part and states its points
        head = heads[id(table)]
        table.top = DraftCategory(name=head.name, name_span=head.name_span, code=head.code, points=head.points,
                                  points_span=head.points_span)
    prose.draft.categories = rest   # what the prose said of the tables' modules is read with them
    if not prose.draft.items():
        ex.decide("choose", "prose", f"tables_under_headings: the prose modules head the {len(tables)} table(s)")
        return None
    ex.decide("choose", "prose", f"tables_under_headings: {len(tables)} table(s) under module headings with their "
                                 f"points; {len(prose.draft.items())} item(s) of the other modules read from the prose")
    return prose


def tables_beside_prose(ex: Extraction, chosen: list[Reading], prose: Reading | None) -> Reading | None:
    """Named rule ``tables_beside_prose``: a notice that scores most modules in prose and one (or a
    few) in a table set right under its heading (（二）水污染防治。按下表评分：).  That heading names the
    table's module; the prose items of the other modules are read beside the tables — only when the
    prose gives items in at least two other modules."""
    tables = [r for r in chosen if r.report.items and r.tables]
    if prose is None or not prose.report.items or not tables:
        return None
    heads: dict[int, DraftCategory] = {}
    for table in tables:
        head = _heading_above(ex, table.blocks[0])
        if head is None:
            return None
        heads[id(table)] = head
    names = {squash(h.name) for h in heads.values()}
    others = [c for c in prose.draft.categories if c.parent is None and c.items and squash(c.name) not in names]
    if len(others) < 2 or any(c.items for c in prose.draft.categories if squash(c.name) in names) \
            or any(len(squash(c.name)) > SHORT_NAME for c in others):   # module names, not sentences
        return None
    kinds = {_heading_kind(ex, h) for h in [*heads.values(), *others]}
    if len(kinds) != 1 or None in kinds:   # the tables' modules and the prose modules are siblings (（一）…（四）)
        return None
    for table in tables:
        table.top = heads[id(table)]
    prose.draft.categories = [c for c in prose.draft.categories if squash(c.name) not in names]
    ex.decide("choose", "prose", f"tables_beside_prose: {len(tables)} table(s) under their module heading "
                                 f"({', '.join(sorted(names))}); {len(prose.draft.items())} item(s) of "
                                 f"{len(others)} other module(s) read from the prose")
    return prose


def tables_after_prose(ex: Extraction, chosen: list[Reading], prose: Reading | None) -> Reading | None:
    """Named rule ``tables_after_prose``: articles that state items with their points (（一）重点任务…，以20分为
    限) and, after the last of them, a table of the remaining items (第九条　前述条款未列明的项目如下：) — the
    prose items are read beside the table's, in the same modules.  Only where the prose gives two or more
    items with points, none of them named again in the tables, and every table stands after them; the
    tables then carry no caption category of their own (their rows name the modules)."""
    tables = [r for r in chosen if r.report.items and r.tables]
    if prose is None or not tables:
        return None
    items = [it for it in prose.draft.items() if it.points is not None and it.text is not None]
    whole = sum(it.points for it in items) + sum(it.points or 0 for r in tables for it in r.draft.items())
    if len(items) < 2 or any(it.points >= 0.5 * whole for it in items):
        return None   # a "item" worth half of everything is a sentence stating the total, not an item
    named = {squash(it.text.text) for r in tables for it in r.draft.items() if it.text is not None}
    last = max(it.text.ref.block for it in items)
    if any(squash(it.text.text) in named for it in items) or any(min(r.blocks) <= last for r in tables):
        return None
    for table in tables:
        table.top = None
    ex.decide("choose", "prose", f"tables_after_prose: {len(items)} item(s) stated in the prose with their points, "
                                 f"the table(s) after them list the remaining items; both read")
    return prose


TABLE_LEAD_TAIL = pattern("choose.table_lead_tail")
SHORT_NAME = 16   # characters of a module's name; a longer "name" is a sentence the reader took for one


def _heading_kind(ex: Extraction, category: DraftCategory) -> str | None:
    """The numbering kind of the line a category was named on (paren_cn for （二）…)."""
    if category.name_span is None:
        return None
    span = next((s for s in ex.spans if s.ref.block == category.name_span.ref.block), None)
    return outline_kind(span.text) if span is not None else None


def _heading_above(ex: Extraction, index: int) -> DraftCategory | None:
    """The module heading on the line right above a table (（二）水污染防治。按下表评分：): its name
    up to the first stop, its numbering as the code."""
    before = next((b for b in reversed(ex.doc.blocks[:index]) if b.text.strip()), None)
    if before is None or before.kind == "table":
        return None
    position = ex.doc.blocks.index(before)
    span = next((s for s in ex.spans if s.ref.block == position), None)
    marker = CATEGORY_HEADING.match(span.text) if span is not None else None
    if marker is None:
        return None
    rest = span.sub(marker.end(), len(span.text)).strip()
    name = rest.sub(0, next((i for i, ch in enumerate(rest.text) if ch in "。：:，,；;（("), len(rest.text))).strip()
    if (lead := TABLE_LEAD_TAIL.search(name.text)) is not None:   # 作风建设模块按下表评分
        name = name.sub(0, lead.start()).strip()
    if not squash(name.text):
        return None
    code, _, points, _ = parse_category_label(span.text)
    return DraftCategory(name=squash(name.text), name_span=name, code=code, points=points)


def summary_table(ex: Extraction, reading: Reading, tables: list[Reading]) -> bool:
    """Named rule ``summary_table``: a table whose rows name the parts the other tables detail
    (一级指标 | 分值 above a table per part) is their summary, not items: the parts take its
    points where their captions state none, and its rows are read no further."""
    others = {r.top.name: r.top for r in tables if r is not reading and r.top is not None}
    items = reading.draft.items()
    if len(others) < 2 or not items or any(squash(it.text.text) not in others for it in items):
        return False
    for it in items:
        part = others[squash(it.text.text)]
        if part.points is None and it.points is not None:
            part.points, part.points_span = it.points, it.points_span
    ex.decide("choose", reading.region, f"summary_table: its {len(items)} rows name the parts the other tables "
                                        "detail; their points only, no items")
    return True


def _titled_part(ex: Extraction, reading: Reading) -> DraftCategory | None:
    """Named rule ``table_title_part``: a table titled in its own first row as one part of the scheme
    (表一　平时考核评分表（满分100分，占40%）) is the category the title names, worth the total it states
    and weighing the share it states."""
    region = next((t for t in ex.tables if reading.tables and t.table is reading.tables[0]), None)
    band = region.layout.header_rows if region is not None else []
    if not band or band[0] == 0:
        return None
    for r in range(band[0]):
        cells = [c for c in region.table.cells if c.row == r and squash(c.text)]
        title = TABLE_TITLE.match(squash(cells[0].text)) if len(cells) == 1 else None
        if title is None or not title.group("code"):
            continue
        note = fold(title.group("note") or "")
        total, share = TOTAL_STATED.search(note), PART_WEIGHT.search(note)
        span = cell_span(ex.doc, reading.blocks[0], region.table, cells[0])
        top = DraftCategory(name=title.group("name"), name_span=span, code=squash(title.group("code")),
                            points=float(total.group(1)) if total else None, points_span=span if total else None,
                            weight=float(share.group("pct")) / 100 if share else None)
        ex.decide("choose", reading.region, f"table_title_part: its title row names the part «{top.name}»")
        return top
    return None


def _caption_category(ex: Extraction, reading: Reading) -> DraftCategory:
    index = reading.blocks[0]
    if (titled := _titled_part(ex, reading)) is not None:
        return titled
    title = _half_title(reading)
    code, name, points, weight = parse_category_label(title.text if title is not None
                                                      else drop_translation(caption(ex.doc, index)))
    if title is not None:   # one of two lists side by side: its title row names it and states its points
        top = DraftCategory(name=squash(name), code=code, points=points,
                            name_span=cell_span(ex.doc, index, reading.tables[0], title))
        ex.decide("choose", reading.region, f"its own top-level category «{top.name}» (the title over its half)")
        return top
    m = TABLE_NUMBER.match(name)
    if m:
        code, name = m.group(1), name[m.end():]
    # 基本要求（60分） over its table: the category's points, checked against its rows' sum like any other
    top = DraftCategory(name=squash(name or f"table {reading.tables[0].prov.table}"), code=code, weight=weight,
                        points=points if name else None)
    if top.points is not None:
        top.name_span, top.points_span = _caption_spans(ex, index, top.points)
    ex.decide("choose", reading.region, f"its own top-level category «{top.name}»")
    return top


def _caption_spans(ex: Extraction, index: int, points: float) -> tuple[Span | None, Span | None]:
    """The caption block above table ``index`` and the figure of its points in it (their source)."""
    text = caption(ex.doc, index)
    for i in range(index - 1, max(-1, index - 4), -1):
        block = ex.doc.blocks[i]
        if not isinstance(block, Table) and block.text.strip() == text:
            span = block_span(ex.doc, i, block)
            figure = re.search(rf"(?<![\d.]){re.escape(f'{points:g}')}(?![\d.])", fold(span.text))
            return span, span.match_span(figure) if figure else None
    return None, None


def _half_title(reading: Reading):
    """The cell spanning the top row of one half of a table split side by side (办公室内（50分）)."""
    if not reading.tables or not reading.region.endswith(("(left)", "(right)")):
        return None
    table = reading.tables[0]
    top = [c for c in table.cells if c.row == 0]
    return top[0] if len(top) == 1 and top[0].col_span == table.n_cols and squash(top[0].text) else None


def merge(readings: list[Reading], ex: Extraction) -> Draft:
    """One draft from the chosen readings, in document order of their regions: categories
    of the same name under the same parent are one category; entry ids are numbered in
    merge order; a veto listed twice is kept once; the first total stated wins."""
    out = Draft()
    out.parts = list(ex.settings_draft.parts)
    out.weights = list(ex.settings_draft.weights)
    tops: dict[str, DraftCategory] = {}
    for reading in readings:
        d = reading.draft
        mapping: dict[int, DraftCategory] = {}
        top = None
        if reading.top is not None:
            top = tops.get(reading.top.name) or _find(out, reading.top.name, None)
            if top is None:
                top = reading.top
                out.categories.append(top)
            tops[top.name] = top
            if top.points is None and d.total is not None:
                top.points, top.points_span = d.total, d.total_span
        for cat in d.categories:
            parent = mapping.get(id(cat.parent)) if cat.parent is not None else top
            if top is not None and cat.parent is None and not cat.name:
                mapping[id(cat)] = top      # items outside any category belong to the caption category
                top.items.extend(cat.items)
                if top.points is None and cat.points is not None:   # and so does their 小计
                    top.points, top.points_span = cat.points, cat.points_span
                continue
            same = _find(out, cat.name, parent) if cat.name else None
            if same is None:
                cat.parent = parent
                out.categories.append(cat)
                mapping[id(cat)] = cat
            else:
                same.items.extend(cat.items)
                for attr in ("code", "points", "points_span", "weight", "part"):
                    if getattr(same, attr) is None:
                        setattr(same, attr, getattr(cat, attr))
                mapping[id(cat)] = same
        for kind, prefix in (("bonus", "B"), ("deductions", "K")):
            target = getattr(out, kind)
            for entry in getattr(d, kind):
                target.append(entry.model_copy(update={"id": f"{prefix}{len(target) + 1}"}))
        for veto in d.veto:
            if not any(squash(v.text) == squash(veto.text) for v in out.veto):
                out.veto.append(veto.model_copy(update={"id": f"V{len(out.veto) + 1}"}))
        if top is None and out.total is None and d.total is not None:
            out.total, out.total_span = d.total, d.total_span
        if d.scoring_model == "deduction":
            out.scoring_model, out.base_points = "deduction", d.base_points
        out.veto_effect = out.veto_effect or d.veto_effect
        out.bonus_cap = out.bonus_cap or d.bonus_cap
        out.restated += d.restated
        out.part_amounts += d.part_amounts
        out.notes += d.notes
        out.deduction_cap = out.deduction_cap or d.deduction_cap
        out.bonus_soft_cap = out.bonus_soft_cap or d.bonus_soft_cap
        out.deduction_soft_cap = out.deduction_soft_cap or d.deduction_soft_cap
        out.scope = out.scope or d.scope
        out.grades += d.grades
        out.raters += [r for r in d.raters if r not in out.raters]
        out.targets += [t.model_copy(update={"id": f"T{len(out.targets) + 1}"}) for t in d.targets]
        out.flags += d.flags
    return out


def _find(draft: Draft, name: str, parent: DraftCategory | None) -> DraftCategory | None:
    key = squash(name)
    return next((c for c in draft.categories if c.parent is parent and squash(c.name) == key), None)


def _base_is_total(ex: Extraction, base: float) -> None:
    """A deduction form whose document states one base (基础分100分) and whose categories
    declare no points of their own: the base is the most a unit can score, i.e. the total."""
    if ex.chosen.total is not None or any(cat.points is not None for cat in ex.chosen.categories):
        return
    for span in ex.spans:
        m = BASE_STATED.search(span.text)
        if m:
            ex.chosen.total, ex.chosen.total_span = base, span.match_span(m)
            ex.decide("choose", "document", f"the stated base {base:g} is the total (no category states points)")
            return


def _fallback_flags(draft: Draft) -> None:
    """Say where the reading is doubtful instead of guessing silently."""
    # 上不封顶 (no maximum by design) and 各指标按百分制 (each on 100, weighted) state no item maxima
    items = [it for it in draft.items() if not it.open_ended and it.scale is None]
    if items and all(it.points is None for it in items) and draft.scoring_model != "deduction":
        draft.flags.append(Flag(
            kind="no_item_maxima",
            message=_("none of the {n} items states its maximum points (no points column or annotation); "
                      "amounts are only in the criteria").format(n=len(items))))
    unnamed = [cat for cat in draft.categories if not cat.name and cat.items]
    named = [cat for cat in draft.categories if cat.name]
    if unnamed and named:
        draft.flags.append(Flag(
            kind="missing_category",
            message=_("{n} item(s) sit outside any named category while other items have one").format(
                n=sum(len(c.items) for c in unnamed))))
