"""A mutable draft of a scheme, filled by the table, paragraph and section
readers and frozen into a Scheme (ids assigned, totals reconciled) at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from schemes.model import Entry, Flag, Grade, SourceRef, TargetTable, Veto, Weight

from .spans import Span, squash


@dataclass
class DraftItem:
    code: str | None
    text: Span
    points: float | None = None
    points_span: Span | None = None
    criteria: Span | None = None
    departments: list[str] = field(default_factory=list)
    departments_span: Span | None = None
    name: Span | None = None          # a short heading beside the content cell
    weight: float | None = None
    confidence: float = 1.0


@dataclass
class DraftCategory:
    name: str
    name_span: Span | None = None
    code: str | None = None
    points: float | None = None
    points_span: Span | None = None
    weight: float | None = None       # 权重 printed beside the label, as a fraction
    departments: list[str] = field(default_factory=list)
    departments_span: Span | None = None
    part: str | None = None
    items: list[DraftItem] = field(default_factory=list)
    parent: "DraftCategory | None" = None


@dataclass
class Draft:
    title: Span | None = None
    year: int | None = None
    scope: Span | None = None
    scoring_model: str = "additive"
    base_points: float | None = None
    total: float | None = None
    total_span: Span | None = None
    categories: list[DraftCategory] = field(default_factory=list)
    bonus: list[Entry] = field(default_factory=list)
    deductions: list[Entry] = field(default_factory=list)
    veto: list[Veto] = field(default_factory=list)
    veto_effect: Span | None = None
    weights: list[Weight] = field(default_factory=list)
    parts: list[tuple[str, float | None, Span | None]] = field(default_factory=list)
    grades: list[Grade] = field(default_factory=list)
    raters: list[str] = field(default_factory=list)
    targets: list[TargetTable] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)

    def subcategory(self, name: str, parent: "DraftCategory | None", span: Span | None = None) -> DraftCategory:
        """The category of that name under ``parent``, created when new (nested hierarchies)."""
        key = squash(name)
        for cat in self.categories:
            if cat.parent is parent and squash(cat.name) == key:
                return cat
        cat = DraftCategory(name=key, name_span=span, parent=parent)
        self.categories.append(cat)
        return cat

    def category(self, name: str, span: Span | None = None) -> DraftCategory:
        """The category of that name, created when new (names compare without spaces)."""
        key = squash(name)
        for cat in self.categories:
            if squash(cat.name) == key and key:
                return cat
        cat = DraftCategory(name=key, name_span=span)
        self.categories.append(cat)
        return cat

    @property
    def item_count(self) -> int:
        return sum(len(c.items) for c in self.categories)


def ref(span: Span | None) -> SourceRef | None:
    return span.ref if span is not None else None


def refs(**spans: Span | None) -> dict[str, SourceRef]:
    return {name: span.ref for name, span in spans.items() if span is not None}


ORG_SUFFIX = re.compile(r"(部|室|办|处|科|中心|会|委|局|组|队|站|所|院|厅|股|团|社|馆|总|办公室)$")


def parse_departments(text: str) -> list[str]:
    """"由法律工作部、保障部评分" → ["法律工作部", "保障部"]; "办公室\n组织部" → both.

    Line breaks and 和/与/及 separate names only where the piece before ends
    like an organisation (…部, …室, …中心); otherwise they are a wrapped line
    or part of the name (组织与基层工作部).
    """
    text = re.sub(r"^由", "", text.strip())
    text = re.sub(r"(负责)?(评分|打分|考核|考评|核准认定|认定|评定|审核)\s*$", "", text)
    text = re.sub(r"会同.*$", "", text, flags=re.S)
    names: list[str] = []
    for chunk in re.split(r"[、，,；;/]+", text):
        names.extend(_split_where_org(_split_where_org([chunk], r"\s*\n\s*"), r"[和与及]"))
    names = [re.sub(r"\s+", "", n) for n in names]
    return [n for n in names if 1 < len(n) <= 12 and not re.search(r"\d", n)]


def _split_where_org(pieces: list[str], separator: str) -> list[str]:
    out: list[str] = []
    for piece in pieces:
        parts = re.split(f"({separator})", piece.strip())
        current = parts[0]
        for sep, part in zip(parts[1::2], parts[2::2]):
            if ORG_SUFFIX.search(current.strip()):
                out.append(current)
                current = part
            else:
                current += sep.strip() + part
        out.append(current)
    return [p for p in out if p.strip()]
