"""The rules stage: each reading's criteria parsed into rules (schemes.criteria), and the
reading's scoring model told from its items (a deduction form).

Parsing is cached by its inputs, so readings that share criteria text (two readers of
one table) and the final scheme pay for each distinct criteria once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemes.criteria.grammar import fold_words
from extractors.model import Table
from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import fold
from schemes.criteria.rules import EACH_PART, ParsedRule, label_clauses, parse_rule, points_of
from schemes.model import PerOccurrenceRule, ThresholdRule, Tier, TiersRule

from .grammar.entries import POINTS_NOTE
from .stages import stage
from .grammar.spans import Span, cell_span
from .state import Draft, DraftItem, Extraction
from .grammar.vocabulary import entry, pattern, text, words

BANDED_LEVELS = pattern("rules.banded_levels")
#: numbered parts inside one criteria text: ①, （1）, a． opening a line
PART_MARKS = compile_kept(r"[①-⑳]|[（(]\d{1,2}[)）]|(?:^|(?<=[\s；;。）)]))[a-h]\s*[．.、]")
PENALTY_PHRASE = pattern("rules.penalty_phrase")
AWARD_PHRASE = pattern("rules.award_phrase")
#: a rule stated once for every item (named rule ``document_rule``): the item's points are
#: earned whole (即得该项满分, 默认满分) or lost whole (该项不得分, 扣除该项应得分)
WHOLE_ITEM = pattern("rules.whole_item")
#: 各项目标得分＝该项目标完成率×该项分值: one formula scoring every item by its own points
ITEM_FORMULA = pattern("rules.item_formula")
NOTE_CELL = pattern("rules.note_cell")
BASE_STATED = pattern("rules.base_stated")
#: （评分办法：…） / 计分方法：… closing an item's requirements: the clause that states its rule
SCORING_CLAUSE = pattern("rules.scoring_clause")
#: 每月 / 每季度 / 当季 / 每半年: a period of the year an award is earned in (per_period_award)
PERIOD_WORD = pattern("rules.period_word")
#: 本项不超过8分 / 以12分为限 / 满分按10分计 / （本项12分）: an item's maximum said in words in its rule
ITEM_MAX_WORDS = pattern("rules.item_max_words")
PERIOD_COUNTS: dict[str, int] = entry("rules.period_counts")


def rule_source(item: DraftItem) -> str:
    """The criteria as the grammar reads them: numbers broken over lines rejoined, and a
    "(5分)" note dropped (it states the maximum, not a formula; "(5分，每缺一项扣1分)" keeps
    what follows the points)."""
    criteria = item.criteria or item.text
    text = re.sub(r"(\d[.．])\s*\n\s*(\d)", r"\1\2", criteria.text).replace("\n", "")
    if clause := SCORING_CLAUSE.search(text):
        # named rule scoring_clause: …要求…（评分办法：达标的得6分，…）: the rule is what the clause says
        text = clause.group("rule")
    if BANDED_LEVELS.search(text):
        return text   # 当日办结（10分）；三日内（6-9分）: the notes are the levels' points, not a maximum
    if len(PART_MARKS.findall(text)) >= 2 and len(POINTS_NOTE.findall(text)) >= 2:
        return text   # ①…（4分）；②…（4分）: each numbered part's note is its amount
    return POINTS_NOTE.sub(lambda m: m.group(2) or "", text)   # a description beside the points stays


@lru_cache(maxsize=4096)
def _parse(text: str, points: float | None, item_text: str, deduction: bool) -> ParsedRule:
    return parse_rule(text, points, item_text, deduction_scheme=deduction)


def parsed_rule(item: DraftItem, item_text: str, deduction: bool) -> ParsedRule:
    """The item's rule (a fresh copy: cached results are shared)."""
    parsed = _parse(rule_source(item), item.points if item.points is not None else item.scale, item_text, deduction)
    rule = parsed.rule.model_copy(deep=True) if parsed.rule is not None else None
    return ParsedRule(rule, parsed.reason)


def deduction_form(draft: Draft, doc_text: str) -> tuple[str, float | None, str | None] | None:
    """Items without maxima whose criteria only take points off (扣N分) make a deduction
    scheme, even without the words 百分制/基础分: (what was found, the base stated in the
    document or None, the explanation).  None when the items are not a deduction form."""
    items = draft.items()
    if draft.scoring_model == "deduction" or not items or any(it.points is not None for it in items):
        return None
    texts = [fold_words((it.criteria or it.text).text) for it in items]
    if any(ITEM_MAX_WORDS.search(t) for t in texts):
        return None   # 每缺一项扣2分，以10分为限: the items state their maxima in words
    penalties = sum(bool(PENALTY_PHRASE.search(t)) for t in texts)
    awards = sum(bool(AWARD_PHRASE.search(t)) for t in texts)
    base = BASE_STATED.search(fold_words(doc_text))
    value = (float(base.group(1)) if base.group(1) else 100.0) if base else None
    if awards and penalties and base is not None and base.group(1) \
            and sum(bool(PENALTY_PHRASE.search(t) or AWARD_PHRASE.search(t)) for t in texts) >= 0.8 * len(items):
        # named rule base_form: 基础分为60分 and items that each add or take off points — the
        # score starts at the base and moves by every item, as a deduction form does
        return (f"{penalties + awards} of {len(items)} items add or take off points from the stated base", value,
                f"base form (items add or take off points from the base {value:g}, none states a maximum)")
    if awards or penalties < max(2, 0.8 * len(items)):
        return None
    return (f"{penalties} of {len(items)} items only take points off", value,
            f"deduction form ({penalties} of {len(items)} items only take points off)")


#: words that make a sentence speak of every item (每项材料…, 各项…, 本表所列…)
EVERY_ITEM = pattern("rules.every_item")
#: 该款/各款 (a regulation's items are its 款) said as 该项/各项, two characters for two
_SYNONYMS = words("rules.item_synonyms")
ITEM_SYNONYMS = dict(zip(_SYNONYMS[::2], _SYNONYMS[1::2]))


def item_words(text: str) -> str:
    """``text`` with a regulation's words for its items (该款, 各款) as the rule grammar's (该项,
    各项); every offset kept."""
    for word, same in ITEM_SYNONYMS.items():
        text = text.replace(word, same)
    return text


def document_rule(ex: Extraction, items: list[DraftItem]) -> Span | None:
    """The sentence that states one all-or-nothing rule for every item — in a table's note cell
    (说明：…), or in the prose speaking of every item (每项, 各项…) — and is not part of any item's
    own text or criteria, if the document has one."""
    own = {(s.ref.block, s.ref.row, s.ref.col) for it in items for s in (it.text, it.criteria) if s is not None}
    cells = (cell_span(ex.doc, index, block, cell) for index, block in enumerate(ex.doc.blocks[:ex.limit or None])
             if isinstance(block, Table) for cell in block.cells if NOTE_CELL.match(cell.text))
    for span, note in [*((s, False) for s in ex.spans), *((c, True) for c in cells)]:
        if (span.ref.block, span.ref.row, span.ref.col) in own:
            continue
        for m in WHOLE_ITEM.finditer(item_words(span.text)):
            start = max(span.text.rfind(p, 0, m.start()) for p in "。；;\n") + 1
            ends = [e for e in (span.text.find(p, m.end()) for p in "。；;\n") if e >= 0]
            sentence = span.sub(start, min(ends) if ends else len(span.text)).strip()
            if note or EVERY_ITEM.search(item_words(sentence.text)):   # a table's 说明 speaks of its rows
                return sentence
        formula = ITEM_FORMULA.search(item_words(span.text))
        if formula:   # named rule ``item_formula``: 各项得分＝完成率×该项分值, with the limits the line sets
            start = max(span.text.rfind(p, 0, formula.start()) for p in "。；;\n") + 1
            end = span.text.find("\n", formula.end())
            sentence = span.sub(start, end if end >= 0 else len(span.text)).strip()
            if note or EVERY_ITEM.search(item_words(sentence.text)):
                return sentence
    return None


def apply_document_rule(items: list[DraftItem], sentence: Span) -> int:
    """Items with points whose own criteria state no scoring of their own (manual, or
    none) take the document's all-or-nothing rule: threshold, the sentence kept as its text."""
    applied = 0
    for item in items:
        own = item.rule.kind if item.rule is not None else None
        if item.points is None or own not in (None, "manual") or (own == "manual" and _states_scoring(item)):
            continue
        item.rule, item.rule_reason, item.document_rule = with_document_rule(None, sentence, item.points), None, \
            sentence
        applied += 1
    return applied


def with_levels(item: DraftItem, own):
    """Named rule ``level_columns`` applied: an item beside a rating scale (优(10) | 良(8) …, A档 |
    B档 with points per row) is scored by the level a rater picks — labelled tiers — unless its
    own criteria add up parts (components)."""
    if not item.levels or (own is not None and own.kind == "components"):
        return own
    return TiersRule(text=rule_source(item) if item.criteria else "",
                     tiers=[Tier(label=label, points=pts, min_points=item.level_floors.get(label))
                            for label, pts in item.levels])


def with_document_rule(own, sentence: Span, points: float | None):
    """The item's rule once the document's rule applies: its own rule where it has one that
    scores; else the levels the sentence states, read against the item's points (达到要求的得该项
    分值，部分达到的酌情扣分，未开展的不得分 → tiers); else a threshold worth the item's points."""
    if own is not None and (own.kind != "manual" or MANUAL_WORDS.search(own.text)):
        return own   # (a manual rule whose criteria say how it is judged — 酌情评定 — stands)
    read = item_words(sentence.text)
    stated = _parse(read, points, "", False).rule
    if stated is not None and stated.kind == "proportional":   # one formula for every item
        return stated.model_copy(deep=True, update={"text": sentence.text})
    if stated is not None and stated.kind == "tiers":
        def printed(label: str) -> str:   # the label as printed (各款…), not as read (各项…)
            at = read.find(label)
            return sentence.text[at:at + len(label)] if at >= 0 else label
        return stated.model_copy(deep=True, update={
            "text": sentence.text, "tiers": [t.model_copy(update={"label": printed(t.label)}) for t in stated.tiers]})
    return ThresholdRule(text=sentence.text)


def _states_scoring(item: DraftItem) -> bool:
    """The item's own criteria say how it is judged (综合评定, 酌情打分…): its manual rule stands."""
    return bool(item.criteria is not None and MANUAL_WORDS.search(item.criteria.text))


MANUAL_WORDS = pattern("rules.manual_words")
EACH_LEAD = pattern("paragraphs.each_lead")
BONUS_VERB = text("rules.bonus_verb")
POINTS_WORD = text("points_word")


#: every item is scored on a scale of 100 of its own (各二级指标均按百分制评分), then weighted
ITEM_SCALE = pattern("rules.item_scale")
#: the document sets no maximum: points accumulate (积分…上不封顶)
NO_MAXIMUM = pattern("rules.no_maximum")


def _uncapped_award(rule) -> bool:
    return rule is not None and rule.kind == "per_occurrence" and rule.delta > 0 and rule.cap is None


def stated_maximum(item: DraftItem) -> tuple[float, Span] | None:
    """Named rule ``max_from_award``: an item whose own line states no maximum but whose criteria
    award points (…的，得5分; 计10分；达到85%的，计6分; 最高6分) is worth the most it can earn —
    its cap, else its largest award, else (awards for separate parts) their sum — with the
    amount in the criteria as the source.  Graded levels (优秀（9-10分）：…；良好（7-8分）：…) make it
    worth its top level's points; a judged item's cap (综合评定，最高10分) is its maximum."""
    if item.criteria is None:
        return None
    said = ITEM_MAX_WORDS.search(fold(item.criteria.text))
    if said:
        # named rule item_max_words: 本项不超过8分 / 以12分为限 / 满分按10分计 / （本项12分） — the item's maximum
        # said in words inside its rule, whatever the amounts before it
        group = next(g for g in ("pts", "pts2", "pts3", "pts4") if said.group(g))
        return float(said.group(group)), item.criteria.match_span(said, group)
    unscaled = _parse(rule_source(item), None, item.text.text, False).rule   # read before any maximum
    if unscaled is not None and unscaled.kind == "tiers" and BANDED_LEVELS.search(rule_source(item)):
        return _amount_in(item, max(t.points for t in unscaled.tiers))
    clauses = label_clauses(rule_source(item))
    each = EACH_LEAD.search(fold(item.criteria.text))
    if each and not any(c.has("CAP") for c in clauses):
        # 上述制度每项3分: the amount every item of its group is worth (每项计5分，本项最高15分 is a
        # per-occurrence award up to its cap)
        return float(each.group(1)), item.criteria.match_span(each, 1)
    # 得/计/记/给予 N分 (加N分 is a bonus on top, not what the item is worth)
    awards = [p for c in clauses for lab in c.all("AWARD")
              if not lab[3].startswith(BONUS_VERB) and (p := points_of(lab)) is not None and p > 0]
    if each:
        awards.append(float(each.group(1)))
    caps = [p for c in clauses for lab in c.all("CAP") if (p := points_of(lab)) is not None and p > 0]
    if not awards:
        if caps and any(c.has("MANUAL") for c in clauses):
            return _amount_in(item, max(caps))   # 由考评组综合评定，最高10分: the rater's most
        judged = [float(n) for c in clauses for lab in c.all("JUDGED")
                  for n in re.findall(r"\d+(?:\.\d+)?", fold(lab[3]))[-1:]]
        if judged:
            return _amount_in(item, max(judged))   # 在0至10分之间评定: the band's top
        if unscaled is not None and unscaled.kind == "components" and all(c.points > 0 for c in unscaled.components):
            # （2分/项）：（1）…（5）…: the parts together (points_per_part), stated as the per-part amount
            each = EACH_PART.search(fold(item.criteria.text))
            total = sum(c.points for c in unscaled.components)
            return (total, item.criteria.sub(each.start(), each.end())) if each else None
        return None
    if any(c.has("PER") for c in clauses) and not any(c.has("CAP") for c in clauses) \
            and not any(c.has("PENALTY") for c in clauses):
        return None   # 每次积2分 with no cap: it repeats without a maximum
    amount = max(caps) if caps else max(awards)
    if not caps:
        parsed = _parse(rule_source(item), amount, item.text.text, False).rule
        if parsed is not None and parsed.kind == "components":
            amount = sum(c.points for c in parsed.components if c.points > 0) or amount
    return _amount_in(item, amount)


def _period_award(item: DraftItem) -> tuple[float, str] | None:
    """The award and its period where the item's one award is earned once per period of the year
    (每月按时报送的，每月计1分 / 每半年召开一次，每次计4分): one period named, one award, no penalty."""
    source = rule_source(item)
    units = {m.group("unit") for m in PERIOD_WORD.finditer(fold(source))}
    if len({PERIOD_COUNTS[u] for u in units}) != 1:   # 每季度…当季: one period
        return None
    clauses = label_clauses(source)
    awards = [p for c in clauses for lab in c.all("AWARD") if (p := points_of(lab)) is not None and p > 0]
    if len(awards) != 1 or any(c.has("PENALTY") or c.has("CAP") for c in clauses):
        return None
    return awards[0], max(units, key=len)


def period_rule(item: DraftItem) -> PerOccurrenceRule:
    """The rule of an item earned per period: its award once per month, quarter or half-year reached."""
    award, unit = item.period
    return PerOccurrenceRule(text=rule_source(item), delta=award, unit=unit)


def per_period_awards(category) -> int:
    """Named rule ``per_period_award``: items whose award is earned per month, quarter or half-year
    (每季度计2.5分) are worth the award times the periods of the year (10) — taken only where the
    category's declared points (全年40分) are what its items then add up to, and not before; each
    becomes a per-occurrence award up to that maximum.  The number of items changed."""
    if category.points is None or not category.items:
        return 0
    periodic = {id(it): found for it in category.items if (found := _period_award(it)) is not None}
    if not periodic:
        return 0
    now = sum(it.points or 0 for it in category.items)
    yearly = {key: award * PERIOD_COUNTS[unit] for key, (award, unit) in periodic.items()}
    after = sum(yearly.get(id(it), it.points or 0) for it in category.items)
    if abs(now - category.points) < 1e-9 or abs(after - category.points) > 1e-9:
        return 0
    for item in category.items:
        if id(item) in periodic:
            award, unit = periodic[id(item)]
            item.points, item.points_span = yearly[id(item)], None
            item.period = (award, unit)
            item.rule = period_rule(item)
    return len(periodic)


def _amount_in(item: DraftItem, amount: float) -> tuple[float, Span] | None:
    """The amount and where the item's criteria state it (None where they state it nowhere)."""
    number = f"{amount:g}"
    folded = fold(item.criteria.text)
    at = next((m for m in re.finditer(r"(?<![\d.])" + re.escape(number) + r"\s*" + POINTS_WORD, folded)), None)
    if at is None:
        return None   # a sum of separate awards is stated nowhere as one figure
    return amount, item.criteria.sub(at.start(), at.end())


@stage("rules", requires=("readings",), assigns=("readings.rules", "readings.report.criteria_parsed",
                                                      "readings.report.rules_scoring"))
def rules_stage(ex: Extraction) -> None:
    """Criteria → rules for every reading; the share parsed goes into the reading's report."""
    for reading in ex.readings:
        items = reading.draft.items()
        if not items:
            continue
        deduction = reading.draft.scoring_model == "deduction" or deduction_form(reading.draft, ex.doc.text) is not None
        parsed = 0
        stated = 0
        scale = ITEM_SCALE.search(ex.doc.text)
        if scale is not None and all(it.points is None for it in items):
            for item in items:   # 各二级指标均按百分制评分: each item is scored on 100, then weighted
                item.scale = 100.0
            ex.decide("rules", f"{reading.region} by {reading.reader}", "item_scale: every item is scored on 100 "
                                                 f"(«{scale.group()}»), weights combine them")
        for item in items:
            if item.points is None and item.scale is None and not deduction \
                    and (found := stated_maximum(item)) is not None:
                item.points, item.points_span = found
                item.confidence = round(item.confidence * 0.95, 2)   # read from a sentence, not a notation
                stated += 1
            result = parsed_rule(item, item.text.text, deduction)
            item.rule, item.rule_reason = result.rule, result.reason
            if (by_level := with_levels(item, item.rule)) is not item.rule:
                item.rule, item.rule_reason = by_level, None
        if not deduction and (sentence := document_rule(ex, items)) is not None:
            applied = apply_document_rule(items, sentence)
            if applied:
                ex.decide("rules", f"{reading.region} by {reading.reader}", f"document_rule: {applied} item(s) without a rule of their own "
                                                 f"take the rule stated once for all: «{sentence.text[:60]}»")
        if NO_MAXIMUM.search(ex.doc.text):
            open_ended = [it for it in items if it.points is None and _uncapped_award(it.rule)]
            for item in open_ended:
                item.open_ended = True
            if open_ended:
                ex.decide("rules", f"{reading.region} by {reading.reader}", f"no_maximum: the document sets no "
                          f"maximum (上不封顶); {len(open_ended)} item(s) award per occurrence without a cap")
        for category in reading.draft.categories:
            yearly = per_period_awards(category)
            if yearly:
                ex.decide("rules", f"{reading.region} by {reading.reader}", f"per_period_award: {yearly} item(s) of "
                          f"«{category.name}» award per month, quarter or half-year; worth the award × the "
                          f"periods of the year, as the category's {category.points:g} points add up")
        if stated:
            ex.decide("rules", f"{reading.region} by {reading.reader}", f"max_from_award: {stated} item(s) without a "
                                                 "stated maximum are worth the most their criteria award")
        parsed = sum(item.rule is not None for item in items)
        reading.report.criteria_parsed = parsed / len(items)
        reading.report.rules_scoring = sum(it.rule is not None and it.rule.kind != "manual" for it in items) / len(items)
