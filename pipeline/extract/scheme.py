"""The scheme stage: the chosen draft frozen into a Scheme — ids, rules, categories,
targets linked — then reconciled by ``schemes.reconcile`` (the one place sums are
checked) and given its confidence.  Flags are collected from the whole intermediate
form here, at the end, so none can be lost.
"""

from __future__ import annotations

import re

from kaohe.i18n import _
from schemes.model import Category, Flag, Item, Metadata, Part, RangeRule, Scheme, ThresholdRule, Weight
from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import clean_number
from schemes.criteria.rules import ParsedRule
from schemes.reconcile import check_rules, check_weights, reconcile_sums

from .facts import TRUNCATION
from .rules import parsed_rule, period_rule, with_document_rule, with_levels
from .stages import stage
from .grammar.spans import squash
from .state import Draft, DraftCategory, Extraction, ref, refs
from .grammar.vocabulary import pattern, text


@stage("scheme", requires=("chosen", "metadata"), assigns=("scheme", "flags"))
def scheme_stage(ex: Extraction) -> None:
    """Freeze the chosen draft (or conclude that the document states no scheme)."""
    draft = ex.chosen
    items = draft.items() if draft is not None else []
    unscored = draft is not None and items and not _states_scoring(draft) and not ex.mentions[1]
    unassessed = bool(items) and not unscored and _nothing_assessed(ex, draft)
    programme = bool(items) and not unscored and not unassessed and _points_programme(ex)
    statistics = bool(items) and not (unscored or unassessed or programme) and _score_statistics(ex)
    if not items or unscored or unassessed or programme or statistics:
        non_scheme = sum(f.kind == "non_scheme_table" for f in draft.flags) if draft else 0
        message = "no assessment items (points, criteria) were found in the document" + (
            f" ({non_scheme} table(s) without points or scoring phrases)" if non_scheme else "")
        if unscored:   # named rule no_points_stated: an agenda or a list of tasks, numbered like items
            message = (f"{len(items)} numbered line(s) but no points, weights or scoring phrases anywhere in the "
                       "document: a list, not an assessment scheme")
        if unassessed:
            message = (f"{len(items)} numbered line(s) that earn points, but none states what it is worth, no total "
                       "is stated and the document never speaks of assessing (考核, 评分 …): rules of a points "
                       "programme, not an assessment scheme")
        if statistics:
            message = (f"a report of scores ({'、'.join(statistics)}): most of the points it states are results "
                       f"({ex.mentions[1] - ex.mentions[0]} of {ex.mentions[1]} not read as a scheme's), no scheme")
        if programme:
            message = (f"a points programme for persons («{programme.group()}»): applicants or citizens earn points "
                       "to qualify for a benefit; no unit or post is assessed")
        ex.decide("scheme", "document", f"not a scheme: {message}")
        flags = (draft.flags if draft else ex.flags + ex.reader_flags) + [
            Flag(kind="not_a_scheme", message=message, source=ref(ex.title))]
        ex.scheme = Scheme(kind="not_a_scheme", metadata=ex.metadata, flags=flags)
        ex.flags = flags
        return
    with_points = sum(1 for it in draft.items() if it.points is not None)
    entries = [f"{n} {kind}" for n, kind in ((len(draft.bonus), "bonus"), (len(draft.deductions), "deduction"),
                                              (len(draft.veto), "veto")) if n]
    ex.decide("scheme", "document", f"a scheme: {len(items)} item(s), {with_points} with points"
              + (f"; entries: {', '.join(entries)}" if entries else ""))
    ex.scheme = freeze(draft, ex.metadata, ex.settings.doubt_factor, ex.settings.unparsed_rule_factor)
    ex.flags = ex.scheme.flags


SCORING_PHRASE = pattern("scheme.scoring_phrase")


#: the document speaks of assessing (考核, 评分, 检查, 竞赛 …)
ASSESSMENT_WORDS = pattern("facts.assessment_words")


def _nothing_assessed(ex: Extraction, draft: Draft) -> bool:
    """Named rule ``no_assessment_frame``: no item or category states its points, no total is stated and no word of
    the document speaks of assessing — a shop's loyalty points (每消费1元积1分) or a game's rules earn
    points, but nothing is assessed against a scheme."""
    if draft.total is not None or any(it.points is not None for it in draft.items()) \
            or any(c.points is not None for c in draft.categories):
        return False
    return not ASSESSMENT_WORDS.search(ex.doc.text)


#: a points programme for persons: 积分落户, 信用积分 …
POINTS_PROGRAMME = pattern("scheme.points_programme")
#: those it is for: 申请人, 自然人, 市民 …
PROGRAMME_SUBJECT = pattern("scheme.programme_subject")


def _points_programme(ex: Extraction):
    """Named rule ``points_programme``: the document's opening names a points programme for persons
    (积分落户, 信用积分) and those it is for (申请人, 自然人, 市民): people earn points to qualify for a
    benefit (settling, a credit level), nobody is assessed against a scheme.  The programme's name, else None."""
    opening = ex.doc.text[:PROGRAMME_OPENING]
    found = POINTS_PROGRAMME.search(opening)
    return found if found and PROGRAMME_SUBJECT.search(ex.doc.text[:PROGRAMME_OPENING * 2]) else None


PROGRAMME_OPENING = 300   # characters: the title and the preamble
#: 平均分, 最高分, 合格率, 分数段 …: the statistics a report of results gives
SCORE_STATISTICS = pattern("scheme.score_statistics")


def _score_statistics(ex: Extraction) -> list[str]:
    """Named rule ``score_statistics``: a document giving three or more kinds of score statistics
    (平均分, 最高分, 合格率, 分数段 …) whose statements of points a reading leaves mostly unread (more than
    half) reports results — an exam's analysis, a results bulletin — not a scheme.  The statistics named."""
    found = sorted({m.group() for m in SCORE_STATISTICS.finditer(ex.doc.text)})
    read, stated = ex.mentions
    return found if len(found) >= 3 and stated and read < 0.5 * stated else []


def _states_scoring(draft: Draft) -> bool:
    """Anything that scores: points, a weight, an entry (bonus, deduction, veto) or a scoring phrase."""
    if draft.bonus or draft.deductions or draft.veto:
        return True
    return any(it.points is not None or it.weight is not None or any(
        span is not None and SCORING_PHRASE.search(span.text) for span in (it.text, it.criteria))
        for it in draft.items()) or any(cat.points is not None or cat.weight is not None for cat in draft.categories)


def freeze(draft: Draft, metadata: Metadata, doubt_factor: float = 0.9, unparsed_factor: float = 0.7) -> Scheme:
    """Assign ids, parse rules, link targets, reconcile every level and rate confidence."""
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
            item, item_flags = _item(it, cat, cat_id, codes_unique, deduction, position, unparsed_factor)
            items.append(item)
            flags.extend(item_flags)
        category = _category(cat, cat_id, part_id, items, deduction)
        if cat.parent is not None:
            category = category.model_copy(update={"parent": ids.get(id(cat.parent))})
        categories.append(category)
    _unique_ids(items, flags)
    weights = [_rates_items(w, items) for w in draft.weights]
    targets = _link_targets(draft, items, flags)
    scheme = Scheme(
        metadata=metadata.model_copy(update={"scope": squash(draft.scope.text) if draft.scope else None,
                                             "sources": {**metadata.sources, **refs(
                                                 scope=draft.scope,
                                                 bonus_cap=draft.bonus_cap[1] if draft.bonus_cap else None,
                                                 deduction_cap=draft.deduction_cap[1] if draft.deduction_cap else None,
                                                 bonus_soft_cap=draft.bonus_soft_cap[1] if draft.bonus_soft_cap else None,
                                                 deduction_soft_cap=(draft.deduction_soft_cap[1]
                                                                     if draft.deduction_soft_cap else None))}}),
        scoring_model=draft.scoring_model, base_points=draft.base_points,
        total_points=clean_number(draft.total), parts=parts, categories=categories, items=items,
        bonus=draft.bonus, deductions=draft.deductions, veto=draft.veto,
        veto_effect=draft.veto_effect.text if draft.veto_effect else None,
        bonus_cap=draft.bonus_cap[0] if draft.bonus_cap else None,
        deduction_cap=draft.deduction_cap[0] if draft.deduction_cap else None,
        bonus_soft_cap=draft.bonus_soft_cap[0] if draft.bonus_soft_cap else None,
        deduction_soft_cap=draft.deduction_soft_cap[0] if draft.deduction_soft_cap else None,
        weights=weights, raters=draft.raters, grades=draft.grades, targets=targets, flags=flags,
    )
    _reconcile(scheme, deduction, ref(draft.total_span))
    _sums_lower_confidence(scheme)
    if draft.every_mention_read and _adds_up_to_total(scheme):
        _corroborated(scheme)
    # point mentions left unread in the prose beside the tables lower the scheme in proportion, and so do
    # items without points in a document where no statement of points was found at all: it states them in
    # a form not read (a share of the grade, a notation), so they cannot be scored as read
    missing = sum(f.kind == "missing_points" for f in scheme.flags) / len(items) \
        if items and draft.mentions[1] == 0 else 0.0
    scheme.confidence = round(_confidence(scheme, doubt_factor) * (0.5 + 0.5 * draft.beside_share)
                              * (1 - 0.5 * missing), 2)
    return scheme


def _reconcile(scheme: Scheme, deduction: bool, total_source) -> None:
    """Every level checked by ``schemes.reconcile`` (sums of items, sub-categories and
    categories against what is declared; weights; rule amounts the items cannot hold),
    each doubt flagged once."""
    def key(f: Flag) -> tuple:   # a subtotal is flagged once per category; a doubt once per wording
        return (f.kind, f.target) if f.kind == "subtotal_mismatch" else (f.kind, f.target, f.message)

    have = {key(f) for f in scheme.flags}
    found = [] if deduction else reconcile_sums(scheme) + check_weights(scheme)
    for flag in found + check_rules(scheme):
        if flag.kind == "total_mismatch" and flag.source is None:
            flag = flag.model_copy(update={"source": total_source})
        if key(flag) not in have:
            have.add(key(flag))
            scheme.flags.append(flag)


def _sums_lower_confidence(scheme: Scheme) -> None:
    """An item under a category whose items do not add up to its declared points (at any level
    above it), or in a scheme whose total does not add up, is less likely read right."""
    off = {f.target for f in scheme.flags if f.kind == "subtotal_mismatch"}
    total_off = any(f.kind == "total_mismatch" and f.target is None for f in scheme.flags)
    for item in scheme.items:
        factor = 0.9 if total_off else 1.0
        if any(c.id in off for c in scheme.category_path(item.category)):
            factor *= 0.8
        if item.confidence is not None and factor < 1:
            item.confidence = round(item.confidence * factor, 2)


def _adds_up_to_total(scheme: Scheme) -> bool:
    """Every item has points, nothing is weighted, no level is in doubt, and the items add up to the
    total the document declares."""
    if scheme.total_points is None or scheme.weights or scheme.scoring_model != "additive" or not scheme.items:
        return False
    if any(f.kind in DOUBT_FLAGS or f.kind in ("missing_points", "unparsed_rule") for f in scheme.flags):
        return False
    if any(it.points is None for it in scheme.items):
        return False
    return abs(sum(it.points for it in scheme.items) - scheme.total_points) < 1e-6


def _corroborated(scheme: Scheme) -> None:
    """Named rule ``corroborated``: where every statement of points in the document was given a role and
    the items add up exactly to its declared total, two independent checks agree with the reading —
    each item's remaining doubt (1 − confidence) is halved."""
    for item in scheme.items:
        if item.confidence is not None:
            item.confidence = round(item.confidence + (1 - item.confidence) / 2, 2)


#: flag kinds that say the reading may be wrong (each lowers the scheme's confidence); the
#: others describe the document (markup stripped, note rows, no maxima printed) and are shown
#: to the reviewer without lowering it
DOUBT_FLAGS = {"missing_category", "ambiguous", "duplicate_id", "subtotal_mismatch", "total_mismatch", "truncated",
               "ocr_low_confidence", "unaccounted_points"}


def _confidence(scheme: Scheme, doubt_factor: float) -> float:
    """Mean item confidence, lowered by each kind of doubt the flags record."""
    values = [i.confidence for i in scheme.items if i.confidence is not None]
    base = sum(values) / len(values) if values else 0.5
    doubts = {f.kind for f in scheme.flags if f.kind in DOUBT_FLAGS}
    return round(base * (doubt_factor ** len(doubts)), 2)


def _unique_ids(items: list[Item], flags: list[Flag]) -> None:
    """Ids are what submissions name: a repeated one gets a suffix and a flag."""
    seen: dict[str, int] = {}
    for item in items:
        if item.id in seen:
            seen[item.id] += 1
            new_id = f"{item.id}~{seen[item.id]}"
            flags.append(Flag(kind="duplicate_id", target=new_id, code=item.code,
                              message=_("two items would have id {id}; the later one is {new_id}").format(
                                  id=item.id, new_id=new_id),
                              source=item.sources.get("text")))
            item.id = new_id
        else:
            seen[item.id] = 1


def _item(it, cat: DraftCategory, cat_id: str, codes_unique: bool, deduction: bool,
          position: int, unparsed_factor: float) -> tuple[Item, list[Flag]]:
    flags: list[Flag] = []
    code = it.code
    item_id = code if codes_unique else f"{cat_id}.{(code or str(position or len(cat.items))).split('.')[-1]}"
    text = it.text
    truncated = TRUNCATION.search(text.text)
    if truncated:
        cut = text.text.rfind("……", 0, truncated.start())
        text = text.sub(0, cut if cut >= 0 else truncated.start()).strip(" …(（")
    english = TRANSLATION.match(text.text)
    if english:   # named rule bilingual_labels: 研究与内容 Research & Content → 研究与内容
        text = text.sub(0, english.end("zh"))
    criteria = it.criteria or it.text
    parsed = parsed_rule(it, text.text, deduction)
    if it.levels:   # a rating scale beside the item
        parsed = ParsedRule(with_levels(it, parsed.rule))
    if it.pass_fail and (parsed.rule is None or parsed.rule.kind == "manual"):   # ticked 达标 | 未达标
        parsed = ParsedRule(ThresholdRule(text=(it.criteria or it.text).text))
    if it.document_rule is not None:
        parsed = ParsedRule(with_document_rule(parsed.rule, it.document_rule, it.points))
    if it.period is not None:   # 每季度计2.5分 in a year of four quarters (per_period_award)
        parsed = ParsedRule(period_rule(it))
    if it.lookup is not None:   # its criteria cite a point matrix (按表1计分)
        parsed = ParsedRule(it.lookup.model_copy(update={"text": (it.criteria or it.text).text}))
    adjusts = isinstance(parsed.rule, RangeRule) and parsed.rule.direction == "adjust"   # ±10 has no maximum
    if it.points is None and not deduction and not it.open_ended and it.scale is None and not adjusts:
        flags.append(Flag(
            kind="missing_points", target=item_id, category=cat.name, code=code,
            message=(_("item {id} has no points (cut off by the page's truncation)") if truncated
                     else _("item {id} has no points")).format(id=item_id),
            source=text.ref))
    elif parsed.rule is None and it.points is not None:
        flags.append(Flag(kind="unparsed_rule", target=item_id, category=cat.name, code=code,
                          message=_("item {id}: criteria not understood ({reason})").format(id=item_id,
                                                                                          reason=parsed.reason),
                          source=criteria.ref))
    item = Item(
        id=item_id, category=cat_id, code=code, text=squash(text.text) if "\n" in text.text else text.text.strip(),
        points=it.points, departments=it.departments, criteria=criteria.text.strip(), rule=parsed.rule,
        name=_clean(it.name.text) if it.name is not None else None, weight=it.weight,
        confidence=round(it.confidence * (unparsed_factor if parsed.rule is None and it.points is not None else 1.0),
                         2),
        sources=refs(text=text, points=it.points_span, criteria=criteria, departments=it.departments_span,
                     rule=it.document_rule or it.lookup_source),
    )
    return item, flags


#: a label followed by its English translation (书面报告 Written Report)
#: set apart by a space, with a lower-case word (an acronym such as GUI is part of the name)
TRANSLATION = compile_kept(r"^(?P<zh>.*[\u4e00-\u9fff）)])\s+(?=[A-Za-z0-9 &'’/,.\-]*[a-z])[A-Za-z][A-Za-z0-9 &'’/,.\-]*$",
                           re.S)


def _name(cat: DraftCategory) -> str:
    """A category's name without the English translation printed after it (read on its label)."""
    m = TRANSLATION.match(cat.name_span.text.strip()) if cat.name_span is not None else None
    return squash(m.group("zh")) if m and squash(m.group("zh")) and cat.name.startswith(squash(m.group("zh"))) \
        else cat.name


def _clean(text: str) -> str:
    return squash(text) if "\n" in text else text.strip()


def _category(cat: DraftCategory, cat_id: str, part_id: dict, items: list[Item], deduction: bool) -> Category:
    """A category with its declared points (or, undeclared, the sum of its items)."""
    own = [i for i in items if i.category == cat_id]
    points = [i.points for i in own]
    total = clean_number(sum(points)) if own and all(p is not None for p in points) else None
    declared = cat.points
    return Category(
        id=cat_id, code=cat.code, name=_name(cat), points=declared if declared is not None else
        (None if deduction else total), weight=cat.weight, part=part_id.get(cat.part) if cat.part else None,
        base_points=declared if cat.bonus_points is not None else None, bonus_points=cat.bonus_points,
        departments=cat.departments, sources=refs(name=cat.name_span, points=cat.points_span,
                                                  departments=cat.departments_span),
    )


DEPARTMENTS_WORD = text("scheme.departments_word")
#: the year and target words of a target table's name, left out when matching it to items
TARGET_NAME_WORDS = pattern("scheme.target_name_words")


def _rates_items(weight: Weight, items: list[Item]) -> Weight:
    """The rater group named after departments is the one that scores the item table."""
    if weight.rater and DEPARTMENTS_WORD in weight.rater and any(i.departments for i in items):
        return weight.model_copy(update={"rates_items": True})
    return weight


def _link_targets(draft: Draft, items: list[Item], flags: list[Flag]) -> list:
    targets = []
    for table in draft.targets:
        core = TARGET_NAME_WORDS.sub("", table.name)
        applies = [i for i in items if _common_run(core, i.text) >= 4]
        for item in applies:
            if isinstance(item.rule, ThresholdRule):
                item.rule = item.rule.model_copy(update={"target_table": table.id})
        if table.total is not None and abs(sum(table.rows.values()) - table.total) > 1e-6:
            flags.append(Flag(kind="total_mismatch", target=table.id, declared=table.total,
                              computed=sum(table.rows.values()),
                              message=_("target table {name}: rows add up to {sum}, the 合计 row says {total}").format(
                                  name=table.name, sum=f"{sum(table.rows.values()):g}", total=f"{table.total:g}")))
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
