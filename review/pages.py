"""What the scheme page shows, gathered from the store in one place (templates only lay it out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from schemes.corrections import element_keys
from schemes.model import Category, Flag, Item, Scheme, SourceRef
from schemes.store import EventInfo, Store, VersionInfo
from schemes.store.checks import Sum, category_sum, flag_note, total_sum

from .edits import RULE_KINDS, departments_text, points_text, rule_params
from .render import Page, SourceUnavailable, Sources

PRIMARY = ("text", "name", "source")
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
    items_sum: str


@dataclass
class FlagRow:
    n: int
    flag: Flag
    key: str
    note: str | None
    has_source: bool
    row: str | None  # the table row the flag is about ("i3", "c1")


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

    @property
    def open_flags(self) -> int:
        return sum(1 for f in self.flags if not f.flag.resolved)


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
    for n, cat in enumerate(scheme.categories):
        targets(f"c{n}", cat.sources)
        members = rows.get(n, [])
        points = [r.item.points for r in members if r.item.points is not None]
        groups.append(Group(n, cat, points_text(cat.points), departments_text(cat.departments), members,
                            category_sum(scheme, cat.id), fmt(sum(Decimal(str(p)) for p in points)) if points else ""))
    if rows.get(None):
        groups.append(Group(None, None, "", "", rows[None], None, ""))

    item_index = {i.id: n for n, i in enumerate(scheme.items)}
    flags = []
    for n, (key, flag) in enumerate(zip(element_keys("flags", [f.model_dump() for f in scheme.flags]), scheme.flags)):
        has = targets(f"f{n}", {"source": flag.source}) if flag.source else False
        row = (f"c{cat_index[flag.target]}" if flag.kind == "subtotal_mismatch" and flag.target in cat_index
               else f"i{item_index[flag.target]}" if flag.target in item_index
               else f"c{cat_index[flag.target]}" if flag.target in cat_index else None)
        flags.append(FlagRow(n, flag, key or flag.kind, flag_note(scheme, flag), has, row))
    flags.sort(key=lambda f: f.flag.resolved)

    entries = []
    for prefix, kind, elements in (("b", "bonus", scheme.bonus), ("d", "deduction", scheme.deductions),
                                   ("v", "veto", scheme.veto)):
        for n, e in enumerate(elements):
            points = getattr(e, "points", None)
            levels = getattr(e, "levels", {}) or {}
            shown = points_text(points) or "/".join(f"{k} {v:g}" for k, v in levels.items())
            entries.append(EntryRow(f"{prefix}{n}", kind, e.id, e.text, shown, targets(f"{prefix}{n}", e.sources)))

    return SchemePage(
        info=info, scheme=scheme, editable=info.version == info.latest_version and info.status != "published",
        groups=groups, flags=flags, entries=entries, total=total_sum(scheme),
        blockers=store.publish_blockers(info.ref), events=list(reversed(store.log(info.scheme_id))),
        source=source_view(sources, info), highlights=hl,
    )


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
