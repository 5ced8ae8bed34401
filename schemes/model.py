"""The scheme model: what an assessment notice says, in executable form.

A scheme is what reviewers correct and what scoring runs on.  Every value
that was read from the notice keeps a :class:`SourceRef` in the ``sources``
map of the object that holds it (keyed by field name), so a reviewer can jump
from any number to the cell or sentence it came from.  Doubts are never
guessed away: they become :class:`Flag` entries.

Points are stored as JSON numbers (notices print at most two decimals);
scoring converts them to :class:`decimal.Decimal` before any arithmetic.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .upgrade import V1, upgrade_scheme

SCHEMA_VERSION = "2.0"

RuleKind = Literal["threshold", "components", "tiers", "per_occurrence", "proportional", "range", "lookup", "manual"]
EntryKind = Literal["item", "bonus", "deduction", "veto"]
ScoringModel = Literal["additive", "deduction"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceRef(_Model):
    """Where a value was read: a block of the document model and a span in it.

    ``start``/``end`` are character offsets into the text of the addressed
    element: the cell text when ``row``/``col`` are set, else the block text.
    ``quote`` is that exact substring, so a reference can be checked without
    re-reading the file.
    """

    file: str
    block: int
    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    # A whole table row (``row`` without ``col``) spans the table's text; ``quote`` is empty where the
    # holder keeps the text itself (a prefill sentence).
    start: int = 0
    end: int = 0
    quote: str = ""
    bbox: tuple[float, float, float, float] | None = None

    def label(self, span: bool = False) -> str:
        """``a.pdf p4 table 1 r3c2``, ``a.docx para 12`` (counted from 1 as a reader counts; a block as
        `kaohe read` numbers it); with ``span``, the characters too (``chars 0-31``)."""
        parts = [self.file]
        if self.page is not None:
            parts.append(f"p{self.page}")
        if self.table is not None:
            parts.append(f"table {self.table + 1}")
            if self.row is not None:
                parts.append(f"r{self.row + 1}" + (f"c{self.col + 1}" if self.col is not None else ""))
        elif self.paragraph is not None:
            parts.append(f"para {self.paragraph + 1}")
        else:
            parts.append(f"block {self.block}")
        if span:
            parts.append(f"chars {self.start}-{self.end}")
        return " ".join(parts)


Sources = dict[str, SourceRef]


# --------------------------------------------------------------------------- rules


class Comparison(_Model):
    """A target such as 达到80%以上 (>= 0.8) or 不足50% (< 0.5).  Rates are fractions."""

    op: Literal[">=", ">", "<=", "<", "=="]
    value: float
    unit: str | None = Field(default=None, description="'%' for rates, else the counted unit (家, 篇 …)")
    text: str = ""


class _RuleBase(_Model):
    text: str = Field(default="", description="the criteria text the rule was parsed from")
    gate: str | None = Field(
        default=None,
        description="a condition that zeroes the whole item when not met (…不达标整项不得分); "
        "scored from the `met` input",
    )


class ThresholdRule(_RuleBase):
    """All or nothing: the item's points when the target is reached, else 0.

    The points are the item's (``Item.points``): a rule never keeps its own
    copy of the item's maximum.  A threshold worth a different amount is a
    one-tier :class:`TiersRule`.
    """

    kind: Literal["threshold"] = "threshold"
    target: Comparison | None = None
    target_table: str | None = Field(default=None, description="id of a per-unit TargetTable")


class Component(_Model):
    label: str
    points: float = Field(description="points earned when met; negative for a penalty component")
    per_occurrence: bool = Field(default=False, description="points apply per occurrence (缺一项扣1分)")


class ComponentsRule(_RuleBase):
    """Additive sub-criteria, each worth points; the sum is capped at the item's max."""

    kind: Literal["components"] = "components"
    components: list[Component]


class Tier(_Model):
    label: str
    points: float
    min_points: float | None = Field(default=None, description=(
        "graded levels (良好10-12分): the band's lowest points; the level is worth up to `points` "
        "and a rater's score inside the band replaces it"))
    lower: float | None = None
    lower_inclusive: bool = True
    upper: float | None = None
    upper_inclusive: bool = False


class TiersRule(_RuleBase):
    """Mutually exclusive levels; the highest level reached counts.

    Numeric tiers (with bounds) are scored from a ``value`` input; labelled
    tiers (全部达标 / 前4项达标) from ``met:N`` naming the tier reached.
    """

    kind: Literal["tiers"] = "tiers"
    tiers: list[Tier]


class PerOccurrenceRule(_RuleBase):
    """Points change per occurrence: 每发现一家扣0.5分，扣完为止."""

    kind: Literal["per_occurrence"] = "per_occurrence"
    delta: float = Field(description="change per occurrence; negative for 扣")
    unit: str | None = Field(default=None, description="what is counted: 项, 家, 起, 人次 …")
    floor: float | None = Field(default=None, description="lowest score (0 for 扣完为止)")
    cap: float | None = Field(default=None, description="most that may be lost or won in total")


class ProportionalRule(_RuleBase):
    """Score = the item's points × ratio achieved (clipped to 0..1)."""

    kind: Literal["proportional"] = "proportional"
    target: Comparison | None = None


class LookupRule(_RuleBase):
    """Points looked up by two keys and counted: a matrix of levels × ranks (国家级 × 一等奖 3分/人).

    ``levels`` maps "行×列" to the points of one occurrence; a submission gives ``count:KEY`` per
    pair; the item scores Σ count × points, at most ``cap`` (else the item's points)."""

    kind: Literal["lookup"] = "lookup"
    levels: dict[str, float] = Field(description="'行×列' → points per occurrence")
    unit: str | None = Field(default=None, description="what is counted: 人, 项, 次 …")
    cap: float | None = Field(default=None, description="most the lookups add together")


class RangeRule(_RuleBase):
    """The rater chooses an amount inside a printed range: 扣1-2分, 加2-5分, 扣1至3分, ±10.

    ``min``/``max`` are amounts (positive); ``direction`` says whether the
    chosen amount is taken off or added.  A signed adjustment (±10: up or down by
    at most 10) has direction ``adjust``, ``min`` −10 and ``max`` 10, and its
    chosen amount is added with its sign.  Scored from a ``score`` input that
    must lie inside the range (or 0 when nothing applies).
    """

    kind: Literal["range"] = "range"
    min: float
    max: float
    direction: Literal["deduct", "award", "adjust"] = "deduct"
    per_occurrence: bool = Field(default=False, description="the range applies per occurrence (每处扣1-2分)")


class ManualRule(_RuleBase):
    """A rater's judgement within 0..max (综合打分, or descriptive criteria)."""

    kind: Literal["manual"] = "manual"


Rule = Annotated[
    Union[ThresholdRule, ComponentsRule, TiersRule, PerOccurrenceRule, ProportionalRule, RangeRule, LookupRule,
          ManualRule],
    Field(discriminator="kind"),
]


# --------------------------------------------------------------------------- structure


class DocumentRef(_Model):
    file: str
    sha256: str
    format: str
    pages: int | None = None


class Metadata(_Model):
    title: str = ""
    year: int | None = None
    issuer: str | None = None
    scope: str | None = Field(default=None, description="the assessed units (考核对象/考核范围)")
    source: DocumentRef
    sources: Sources = Field(default_factory=dict)


class Part(_Model):
    """A part of the scheme scored separately and weighted (共性工作 ×70%)."""

    id: str
    name: str
    weight: float | None = None
    sources: Sources = Field(default_factory=dict)


class Category(_Model):
    """A level of the indicator hierarchy (一级/二级/三级指标, 1 / 1.1 / 1.1.1).

    Categories nest through ``parent``; an item names its innermost category.
    ``points`` is the declared subtotal; where a section prints base plus
    bonus points ("23分+10分") they are kept apart in ``base_points`` and
    ``bonus_points`` (``points`` is then the base).  A weight (权重 30% → 0.3)
    is never turned into points.
    """

    id: str
    code: str | None = None
    name: str
    parent: str | None = Field(default=None, description="id of the enclosing Category; None at the top level")
    points: float | None = Field(default=None, description="declared points (subtotal) of the category")
    base_points: float | None = Field(default=None, description="base part of a '23分+10分' declaration")
    bonus_points: float | None = Field(default=None, description="bonus part of a '23分+10分' declaration")
    weight: float | None = Field(default=None, description="weight as a fraction (权重30% → 0.3)")
    part: str | None = Field(default=None, description="id of the Part it belongs to")
    departments: list[str] = Field(default_factory=list, description="who rates the whole category")
    sources: Sources = Field(default_factory=dict)


class Item(_Model):
    id: str = Field(description="stable id used by submissions: printed code when unique, else category.code")
    category: str = Field(description="id of its innermost Category")
    code: str | None = None
    name: str | None = Field(default=None, description="short item heading where the row also has a content cell")
    text: str
    points: float | None = Field(default=None, description="max points; None where the notice gives none")
    weight: float | None = Field(default=None, description="weight as a fraction (权重30% → 0.3), never points")
    confidence: float | None = Field(
        default=None, description="extraction's confidence 0..1, so reviewers know where to look first"
    )
    departments: list[str] = Field(default_factory=list)
    criteria: str = ""
    rule: Rule | None = None
    sources: Sources = Field(default_factory=dict)

    @property
    def rule_kind(self) -> RuleKind | None:
        return self.rule.kind if self.rule else None


class Entry(_Model):
    """A scheme-level bonus (加分项) or deduction (扣分项) entry."""

    id: str
    kind: Literal["bonus", "deduction"]
    code: str | None = None
    text: str
    points: float | None = Field(default=None, description="fixed points per occurrence, when one figure")
    levels: dict[str, float] = Field(
        default_factory=dict, description="points per occurrence by level: 全总/省总/市总 → 10/8/5"
    )
    shared_factor: float | None = Field(
        default=None, description="factor for occurrences shared by several departments (二分之一 → 0.5)"
    )
    cap: float | None = None
    unit: str | None = None
    departments: list[str] = Field(default_factory=list)
    sources: Sources = Field(default_factory=dict)


class SoftCap(_Model):
    """Points above a threshold count only in part: 加分超过5分的部分按50%计入 is above 5, rate 0.5."""

    above: float
    rate: float = Field(ge=0, le=1, description="share counted of what exceeds `above` (50% → 0.5)")


class Veto(_Model):
    id: str
    code: str | None = None
    text: str
    sources: Sources = Field(default_factory=dict)


class Weight(_Model):
    """A weight between parts (part only) or between rater groups inside a part."""

    part: str | None = Field(default=None, description="Part name the weight applies to")
    rater: str | None = Field(default=None, description="rater group, for weights inside a part")
    weight: float
    rates_items: bool = Field(default=False, description="this rater group scores the item table")
    sources: Sources = Field(default_factory=dict)


class Grade(_Model):
    """A grade band or a count-limited award."""

    name: str
    min_score: float | None = None
    max_score: float | None = None
    count: int | None = Field(default=None, description="how many units may receive it (一等奖1个)")
    award: str | None = Field(default=None, description="what it brings, as printed (人均2000元)")
    sources: Sources = Field(default_factory=dict)


class TargetTable(_Model):
    """Per-unit targets (附件3: each unit's 参保基数)."""

    id: str
    name: str
    unit: str | None = None
    column: str = Field(description="the figure's column header, e.g. 参保基数")
    total: float | None = None
    rows: dict[str, float]
    applies_to: list[str] = Field(default_factory=list, description="ids of items scored against it")
    sources: Sources = Field(default_factory=dict)


FlagKind = Literal[
    "truncated",
    "non_scheme_table",
    "template_placeholders",
    "no_item_maxima",
    "missing_base",
    "repeated_sheets",
    "note_rows",
    "reader_note",
    "ocr_low_confidence",
    "low_confidence",
    "field_truncated",
    "subtotal_mismatch",
    "total_mismatch",
    "missing_points",
    "trailing_unrelated_content",
    "not_a_scheme",
    "unparsed_rule",
    "rule_points_mismatch",
    "missing_category",
    "duplicate_id",
    "ambiguous",
    "unaccounted_points",
]


class Flag(_Model):
    kind: FlagKind
    message: str
    target: str | None = Field(default=None, description="id of the item/category/entry concerned")
    category: str | None = Field(default=None, description="category name, where one is concerned")
    code: str | None = None
    declared: float | None = None
    computed: float | None = None
    source: SourceRef | None = None
    resolved: bool = False
    resolution: str | None = None


class Scheme(_Model):
    """A whole scheme.  JSON of schema 1.0 is read by upgrading it (:mod:`schemes.upgrade`)."""

    schema_version: Literal["2.0"] = SCHEMA_VERSION
    kind: Literal["scheme", "not_a_scheme"] = "scheme"
    metadata: Metadata
    scoring_model: ScoringModel = "additive"
    base_points: float | None = Field(default=None, description="start score of a deduction scheme")
    total_points: float | None = Field(default=None, description="declared total (总分/合计)")
    parts: list[Part] = Field(default_factory=list)
    categories: list[Category] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    bonus: list[Entry] = Field(default_factory=list)
    deductions: list[Entry] = Field(default_factory=list)
    veto: list[Veto] = Field(default_factory=list)
    veto_effect: str | None = Field(default=None, description="what a veto costs: 取消评优资格 …")
    bonus_cap: float | None = Field(default=None, description="most the bonus entries add together (加分最多5分)")
    deduction_cap: float | None = Field(default=None, description="most the deduction entries take off together "
                                                                  "(扣分累计不超过10分)")
    bonus_soft_cap: SoftCap | None = Field(default=None, description="bonus above a threshold counted in part "
                                                                     "(加分超过5分的部分按50%计入)")
    deduction_soft_cap: SoftCap | None = Field(default=None, description="deductions above a threshold taken "
                                                                         "in part (扣分超过10分的部分减半)")
    weights: list[Weight] = Field(default_factory=list)
    raters: list[str] = Field(default_factory=list)
    grades: list[Grade] = Field(default_factory=list)
    targets: list[TargetTable] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    confidence: float | None = Field(default=None, description="extraction's overall confidence 0..1")

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("schema_version") == V1:
            return upgrade_scheme(data)
        return data

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    def item(self, item_id: str) -> Item:
        return next(i for i in self.items if i.id == item_id)

    def items_of(self, category_id: str) -> list[Item]:
        """Items whose innermost category is ``category_id`` (not its sub-categories')."""
        return [i for i in self.items if i.category == category_id]

    def children_of(self, category_id: str | None) -> list[Category]:
        """Direct sub-categories of ``category_id`` (top-level ones for None)."""
        return [c for c in self.categories if c.parent == category_id]

    def descendants_of(self, category_id: str) -> list[Category]:
        """All categories below ``category_id``, depth first in list order (cycles are cut)."""
        out: list[Category] = []
        seen = {category_id}
        stack = [c for c in reversed(self.children_of(category_id))]
        while stack:
            cat = stack.pop()
            if cat.id in seen:
                continue
            seen.add(cat.id)
            out.append(cat)
            stack.extend(reversed(self.children_of(cat.id)))
        return out

    def items_under(self, category_id: str) -> list[Item]:
        """Items of ``category_id`` and of all its sub-categories, in list order."""
        ids = {category_id, *(c.id for c in self.descendants_of(category_id))}
        return [i for i in self.items if i.category in ids]

    def top_category(self, category_id: str) -> Category | None:
        """The top-level category above (or equal to) ``category_id``."""
        path = self.category_path(category_id)
        return path[0] if path else None

    def category_path(self, category_id: str) -> list[Category]:
        """The categories from the top level down to ``category_id``."""
        by_id = {c.id: c for c in self.categories}
        path: list[Category] = []
        seen: set[str] = set()
        cid: str | None = category_id
        while cid is not None and cid in by_id and cid not in seen:
            seen.add(cid)
            path.append(by_id[cid])
            cid = by_id[cid].parent
        return path[::-1]

    @property
    def open_flags(self) -> list[Flag]:
        return [f for f in self.flags if not f.resolved]
