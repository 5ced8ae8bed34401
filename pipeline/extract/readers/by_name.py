"""What a prose notice says of its items by name, elsewhere than on the items' own lines.

Regulations often list their items in one section (二、考核内容 1．台账管理。…) and give their
points and rules in others: a 分值分配 paragraph naming each item with its points (其中，台账管理12分，
安全生产、信访维稳各10分…) and a 评分办法 section whose lines name an item and say how it is scored
(（一）台账管理：缺一本扣2分).  These steps complete a prose reading with them, before the
readings compete (named rules ``points_by_name`` and ``rules_by_name``)."""

from __future__ import annotations

from schemes.criteria.numbers import fold

from ..grammar.entries import CN_NUMERALS
from ..grammar.numbering import OUTLINE_MARKER
from ..grammar.spans import Span, place, squash
from ..grammar.vocabulary import pattern
from ..state import Draft, DraftItem


#: 台账管理12分 / 安全生产、信访维稳各10分 — names and their points in one sentence
NAMED_POINTS = pattern("by_name.named_points")
#: （一）台账管理：rule — a line naming an item, then how it is scored
NAMED_RULE = pattern("by_name.named_rule")
NAME_JOINER = pattern("by_name.name_joiner")
#: 其中 / 分别为 / 包括 before the first name
LEAD = pattern("choose.share_lead")


#: 职能目标分为重点工作和日常工作两部分 — a module and the parts it is made of, named
MODULE_PARTS = pattern("by_name.module_parts")
#: 第（三）项：rule — a line naming an item by its number, then how it is scored
NUMBERED_RULE = pattern("by_name.numbered_rule")
#: 1．林长设置。rule — a numbered line opening with an item's name closed by a full stop
NAMED_LINE = pattern("prose.named_line")


def _code(code: str | None) -> str:
    """An item's number as a cross-reference names it: （三） / 三、 / 3. → 三 / 3."""
    return "".join(ch for ch in (code or "") if ch.isdigit() or ch in CN_NUMERALS)


def _names(item: DraftItem) -> str:
    return squash(item.text.text).rstrip("。.：:") if item.text is not None else ""


def named_points(spans: list[Span]):
    """(name, points, the span of the figure, the statement) for every name a sentence gives points
    (其中组织建设占30分、…; 安全生产、信访维稳各10分 — each, not shared)."""
    for span in spans:
        for m in NAMED_POINTS.finditer(fold(span.text)):
            names = [LEAD.sub("", squash(n)) for n in NAME_JOINER.split(m.group("names")) if squash(n)]
            if len(names) > 1 and not m.group("each"):
                continue   # A、B10分 without 各: the figure is shared, not given to each
            for name in names:
                yield name, float(m.group("pts")), span.match_span(m, "pts"), m.group()


def module_parts(draft: Draft, spans: list[Span]) -> list[str]:
    """Named rule ``module_parts``: a sentence saying a module the document gives points is made of
    parts the reading has as top-level categories (职能目标分为重点工作和日常工作两部分, 职能目标60分 said
    elsewhere — an article before the articles that score each part) makes those categories the
    module's parts; returns what was decided."""
    decided = []
    declared: set[str] | None = None   # the modules the document gives points (职能目标60分), read when needed
    for span in spans:
        if not MODULE_PARTS.search(fold(span.text)):
            continue
        for line in span.lines():
            for m in MODULE_PARTS.finditer(fold(line.text)):
                if declared is None:
                    declared = {name for name, *_ in named_points(spans)}
                top = {squash(c.name): c for c in draft.categories if c.parent is None and c.name}
                parent = LEAD.sub("", squash(m.group("parent")))
                parts = [top.get(squash(n)) for n in NAME_JOINER.split(m.group("parts")) if squash(n)]
                if len(parts) < 2 or None in parts or parent in top or parent not in declared:
                    continue
                module = draft.category(parent, line.match_span(m, "parent"))
                for part in parts:
                    part.parent = module
                draft.categories.remove(module)   # the module stands before its parts
                draft.categories.insert(min(draft.categories.index(p) for p in parts), module)
                decided.append(f"module_parts: «{parent}» is made of {'、'.join(p.name for p in parts)}")
    return decided


def points_by_name(draft: Draft, spans: list[Span], items: bool = True, categories: bool = True) -> list[str]:
    """Items and categories without points take the points a sentence gives their name (其中组织建设
    占30分、…; 安全生产、信访维稳各10分); returns what was decided."""
    unpointed: dict[str, object] = {}
    if categories:
        unpointed |= {squash(c.name): c for c in draft.categories if c.points is None and c.name}
    if items:
        unpointed |= {_names(it): it for it in draft.items() if it.points is None and _names(it)}
    decided = []
    for name, points, where, said in named_points(spans):
        part = unpointed.pop(name, None)
        if part is not None:
            part.points, part.points_span = points, where
            decided.append(f"points_by_name: «{name}» is worth {points:g} as «{said}» says")
    return decided


def _bare(item: DraftItem) -> bool:
    """The item says nothing beyond its name (a 分值分配表's row: 序号 | 名称 | 分值)."""
    return item.criteria is None or squash(item.criteria.text) == squash(item.text.text)


def rules_by_name(draft: Draft, spans: list[Span], bare_only: bool = False) -> list[str]:
    """A line elsewhere that names an item and states its rule (（一）台账管理：缺一本扣2分) is that
    item's criteria, not an item of its own (an item read from that line goes, and a category left
    without items with it).  A numbered line naming an item closed by a full stop (1．林长设置。…) is
    the criteria of an item that states nothing but its name (named rule ``criteria_by_name``: a
    regulation's articles, its points in a 分值分配表 after them).  ``bare_only``: complete only such
    items (a table's rows, whose own criteria stand).  Returns what was decided."""
    named = {_names(it): it for it in draft.items() if _names(it) and (_bare(it) or not bare_only)}
    if bare_only and not named:
        return []   # every row states more than its name
    codes = [_code(it.code) for it in draft.items()]
    numbered = {_code(it.code): it for it in draft.items() if it.code and codes.count(_code(it.code)) == 1}
    decided = []
    for span in spans:
        for line in span.lines():
            marker = OUTLINE_MARKER.match(line.text)
            body = line.sub(marker.end(), len(line.text)) if marker else line
            m = NAMED_RULE.match(body.text)
            target = named.get(squash(m.group("name"))) if m else None
            if target is None and marker is not None and (m := NAMED_LINE.match(body.text)):
                target = named.get(squash(m.group("name")))
                target = target if target is not None and _bare(target) else None
            if target is None and not bare_only:   # 第（三）项：rule — the item named by its number (rules_by_number)
                m = NUMBERED_RULE.match(line.text)
                target = numbered.get(m.group("code")) if m else None
                body = line
            if target is None or place(target.text) == place(line):
                continue
            rule = body.sub(m.end(), len(body.text)).strip()
            if not squash(rule.text):
                continue
            target.criteria = rule
            for cat in list(draft.categories):   # an item read from the rule's line is no item
                kept = [it for it in cat.items if it is target or it.text is None or place(it.text) != place(line)]
                if len(kept) < len(cat.items) and not kept and not any(c.parent is cat for c in draft.categories):
                    draft.categories.remove(cat)
                cat.items = kept
            said = m.group("name") if "name" in m.groupdict() else f"item {m.group('code')}"
            decided.append(f"rules_by_name: «{squash(said)}» is scored as «{squash(rule.text)[:24]}»")
    return decided
