"""What the scheme page shows, gathered from the store in one place (templates only lay it out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from schemes.corrections import element_keys
from schemes.model import Category, Flag, Item, Scheme, SourceRef
from schemes.store import EventInfo, Store, VersionInfo
from schemes.reconcile import contribution
from kaohe.i18n import _
from schemes import labels
from schemes.store.checks import Sum, category_sum, flag_note, flag_states, total_sum

from .edits import RULE_KINDS, departments_text, points_text, rule_params
from .render import Page, SourceUnavailable, Sources

PRIMARY = ("text", "name", "source")
CHECK_BELOW = 0.9  # items extracted with less confidence are listed under "check these first"
SECONDARY_ORDER = ("points", "departments")


@dataclass
class ItemRow:
    n: int
    item: Item
    points: str
    departments: str
    rule_kind: str
    rule_params: str
    has_source: bool


@dataclass
class Group:
    n: int | None  # category index; None for items whose category is missing
    category: Category | None
    points: str
    departments: str
    rows: list[ItemRow]
    check: Sum | None
    items_sum: str  # what the category's contents (items and sub-categories) add up to
    depth: int = 0  # 0 at the top level; the page indents sub-categories by depth
    parent: int | None = None  # index of the enclosing category
    sum_label: str = "items"  # what items_sum adds up: items, sub-categories, or both


@dataclass
class FlagRow:
    n: int
    flag: Flag  # as it stands now (schemes.store.checks.flag_states)
    key: str
    note: str | None
    has_source: bool
    row: str | None  # the table row the flag is about ("i3", "c1")
    stored: bool = True  # False: a sum a correction broke, no stored flag names it (no checkbox)
    derived: bool = False  # its state follows the scheme (a sum, or a value filled in since): no checkbox
    same: list[tuple[int, str]] = field(default_factory=list)  # duplicates (same kind, target, message): (n, key)


@dataclass
class FlagGroup:
    """Flags of one kind: one heading, one action for all of them."""

    kind: str
    severity: str  # blocks | look | info (schemes.labels)
    rows: list[FlagRow]

    @property
    def open(self) -> int:
        return sum(1 + len(r.same) for r in self.rows if not r.flag.resolved)

    @property
    def count(self) -> int:
        return sum(1 + len(r.same) for r in self.rows)

    @property
    def resolvable(self) -> bool:
        """Two or more open flags a reviewer may tick: the group gets one checkbox for all."""
        return sum(1 for r in self.rows if not r.flag.resolved and r.stored and not r.derived) > 1


@dataclass
class EntryRow:
    key: str
    kind: str
    id: str
    text: str
    points: str
    has_source: bool


@dataclass
class SourceView:
    kind: str  # "pdf", "text" or "missing"
    pages: list[Page] = field(default_factory=list)
    document: Any = None
    error: str | None = None


@dataclass
class SchemePage:
    info: VersionInfo
    scheme: Scheme
    editable: bool
    groups: list[Group]
    flags: list[FlagRow]
    entries: list[EntryRow]
    total: Sum | None
    blockers: list[str]
    events: list[EventInfo]
    source: SourceView
    highlights: dict[str, list[dict[str, Any]]]
    rule_kinds: tuple[str, ...] = RULE_KINDS
    flag_groups: list[FlagGroup] = field(default_factory=list)
    check_first: list[ItemRow] = field(default_factory=list)  # items by extraction confidence, least sure first
    history: dict[int, list[str]] = field(default_factory=dict)  # correction id → its edits in words
    previous: int | None = None  # last year's scheme of the same series (the comparison page links it)

    @property
    def depth(self) -> int:
        """How many levels of categories the scheme has."""
        return 1 + max((g.depth for g in self.groups), default=0)

    @property
    def open_flags(self) -> int:
        return sum(1 + len(f.same) for f in self.flags if not f.flag.resolved)


def fmt(x: Decimal | float | None) -> str:
    if x is None:
        return ""
    return format(Decimal(str(x)).normalize(), "f")


def scheme_page(store: Store, sources: Sources, info: VersionInfo) -> SchemePage:
    scheme = info.scheme
    hl: dict[str, list[dict[str, Any]]] = {}

    def targets(key: str, refs: dict[str, SourceRef]) -> bool:
        found = [t for f, r in _ordered(refs) if (t := sources.locate(info.document, r, f)) is not None]
        if found:
            hl[key] = found
        return bool(found)

    cat_index = {c.id: n for n, c in enumerate(scheme.categories)}
    rows: dict[int | None, list[ItemRow]] = {}
    for n, item in enumerate(scheme.items):
        row = ItemRow(n, item, points_text(item.points), departments_text(item.departments),
                      item.rule_kind or "", rule_params(item.rule), targets(f"i{n}", item.sources))
        rows.setdefault(cat_index.get(item.category), []).append(row)
    groups = []
    for n, depth in category_order(scheme):
        cat = scheme.categories[n]
        targets(f"c{n}", cat.sources)
        members = rows.get(n, [])
        contents, label = contents_sum(scheme, cat.id)
        groups.append(Group(n, cat, points_text(cat.points), departments_text(cat.departments), members,
                            category_sum(scheme, cat.id), fmt(contents) if contents is not None else "",
                            depth, cat_index.get(cat.parent) if cat.parent is not None else None, label))
    if rows.get(None):
        groups.append(Group(None, None, "", "", rows[None], None, ""))

    item_index = {i.id: n for n, i in enumerate(scheme.items)}
    flags: list[FlagRow] = []
    states = flag_states(scheme)
    keys = element_keys("flags", [f.model_dump() for f in scheme.flags]) + [None] * len(states)
    seen: dict[tuple, FlagRow] = {}
    for n, state in enumerate(states):
        flag = state.flag
        twin = seen.get((flag.kind, flag.target, flag.message)) if state.stored else None
        if twin is not None:  # a duplicate: shown once, resolved with its twin
            twin.same.append((n, keys[n] or flag.kind))
            continue
        has = targets(f"f{n}", {"source": flag.source}) if flag.source else False
        row = (f"c{cat_index[flag.target]}" if flag.kind == "subtotal_mismatch" and flag.target in cat_index
               else f"i{item_index[flag.target]}" if flag.target in item_index
               else f"c{cat_index[flag.target]}" if flag.target in cat_index else None)
        derived = flag.kind in ("subtotal_mismatch", "total_mismatch") or (
            state.stored and flag.resolved != scheme.flags[n].resolved)
        note = flag_note(scheme, flag) if state.stored else None  # a new flag's message is the news
        fr = FlagRow(n, flag, keys[n] or flag.kind, note, has, row, state.stored, derived)
        flags.append(fr)
        if state.stored:
            seen[(flag.kind, flag.target, flag.message)] = fr
    flags.sort(key=lambda f: f.flag.resolved)
    by_kind: dict[str, list[FlagRow]] = {}
    for fr in flags:
        by_kind.setdefault(fr.flag.kind, []).append(fr)
    order = list(labels.SEVERITIES)
    flag_groups = sorted((FlagGroup(k, labels.severity(k), rows) for k, rows in by_kind.items()),
                         key=lambda g: (g.open == 0, order.index(g.severity), -g.open, g.kind))
    unsure = [r for g in groups for r in g.rows if r.item.confidence is not None and r.item.confidence < CHECK_BELOW]
    check_first = sorted(unsure, key=lambda r: (r.item.confidence, r.n))

    entries = []
    for prefix, kind, elements in (("b", "bonus", scheme.bonus), ("d", "deduction", scheme.deductions),
                                   ("v", "veto", scheme.veto)):
        for n, e in enumerate(elements):
            points = getattr(e, "points", None)
            levels = getattr(e, "levels", {}) or {}
            shown = points_text(points) or "/".join(f"{k} {v:g}" for k, v in levels.items())
            entries.append(EntryRow(f"{prefix}{n}", kind, e.id, e.text, shown, targets(f"{prefix}{n}", e.sources)))
    for n, (text, shown, field) in enumerate(entry_limits(scheme)):   # 加分最多5分, 超过5分的部分按50%计入
        source = scheme.metadata.sources.get(field)
        entries.append(EntryRow(f"l{n}", "limit", "", text, shown,
                                targets(f"l{n}", {field: source}) if source is not None else False))

    return SchemePage(
        info=info, scheme=scheme, editable=info.version == info.latest_version and info.status != "published",
        groups=groups, flags=flags, entries=entries, total=total_sum(scheme), flag_groups=flag_groups,
        check_first=check_first, history=store.history(info.scheme_id),
        blockers=store.publish_blockers(info.ref), events=list(reversed(store.log(info.scheme_id))),
        source=source_view(sources, info), highlights=hl, previous=store.previous_in_series(info.scheme_id),
    )


def entry_limits(scheme: Scheme) -> list[tuple[str, str, str]]:
    """What limits the bonus and deduction entries together, as (text, amount, source field):
    the part above a threshold counted at a rate, then the hard cap — the engine's order."""
    out = []
    for kind, soft, cap in (("bonus", scheme.bonus_soft_cap, scheme.bonus_cap),
                            ("deduction", scheme.deduction_soft_cap, scheme.deduction_cap)):
        what = labels.entry_label(kind)
        if soft is not None:
            out.append((_("{what}: above {above} counted at {rate}%").format(
                what=what, above=f"{soft.above:g}", rate=f"{soft.rate * 100:g}"), f"{soft.above:g}", f"{kind}_soft_cap"))
        if cap is not None:
            out.append((_("{what}: at most {cap} together").format(what=what, cap=f"{cap:g}"), f"{cap:g}", f"{kind}_cap"))
    return out


def category_order(scheme: Scheme) -> list[tuple[int, int]]:
    """(category index, depth) depth first from the top level, each parent before its children.

    A category whose parent does not exist counts as top level; one caught in
    a cycle of parents is listed at the top level once, never lost.
    """
    index = {c.id: n for n, c in enumerate(scheme.categories)}
    children: dict[str | None, list[int]] = {}
    for n, cat in enumerate(scheme.categories):
        parent = cat.parent if cat.parent in index and cat.parent != cat.id else None
        children.setdefault(parent, []).append(n)
    out: list[tuple[int, int]] = []
    seen: set[int] = set()

    def walk(roots: list[int]) -> None:
        stack = [(n, 0) for n in reversed(roots)]
        while stack:
            n, depth = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            out.append((n, depth))
            stack.extend((c, depth + 1) for c in reversed(children.get(scheme.categories[n].id, [])))

    walk(children.get(None, []))
    walk([n for n in range(len(scheme.categories)) if n not in seen])
    return out


def contents_sum(scheme: Scheme, cat_id: str) -> tuple[Decimal | None, str]:
    """What a category's items and sub-categories add up to (as the store's reconciliation counts them),
    and which of the two were added."""
    items = [Decimal(str(i.points)) for i in scheme.items_of(cat_id) if i.points is not None]
    subs = [v for c in scheme.children_of(cat_id) if c.id != cat_id
            and (v := contribution(scheme, c.id, frozenset({cat_id}))) is not None]
    label = " and ".join(k for k, found in (("items", items), ("sub-categories", subs)) if found) or "items"
    return (sum(items + subs, Decimal(0)) if items or subs else None), label


def _ordered(refs: dict[str, SourceRef]) -> list[tuple[str, SourceRef]]:
    """Primary field first (what the row is about), then points and departments, then the rest;
    a span overlapping one already kept (criteria = text + points) would only blur the picture."""
    def rank(name: str) -> int:
        if name in PRIMARY:
            return 0
        return 1 + SECONDARY_ORDER.index(name) if name in SECONDARY_ORDER else 9

    kept: list[tuple[str, SourceRef]] = []
    for name, ref in sorted(refs.items(), key=lambda kv: rank(kv[0])):
        if not any(_overlap(ref, other) for _, other in kept):
            kept.append((name, ref))
    return kept


def _overlap(a: SourceRef, b: SourceRef) -> bool:
    same = (a.block, a.table, a.row, a.col) == (b.block, b.table, b.row, b.col)
    return same and a.start < b.end and b.start < a.end


def source_view(sources: Sources, info: VersionInfo) -> SourceView:
    try:
        if info.document.format == "pdf":
            return SourceView("pdf", pages=sources.pages(info.document))
        return SourceView("text", document=sources.document(info.document))
    except SourceUnavailable as exc:
        return SourceView("missing", error=str(exc))
