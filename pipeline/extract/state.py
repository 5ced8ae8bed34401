"""The intermediate form of extraction: one :class:`Extraction` carries everything the
stages assign (document facts, table layouts, candidate readings, the chosen entries,
decisions and flags), as spaCy's ``Doc`` carries a pipeline's annotations.

A reader writes what it reads into a :class:`Draft` of its own (the entries of one
*reading*: categories, items, bonus, deductions, veto, totals); readings of the same
region compete in the ``choose`` stage and the chosen drafts are merged into one, which
the ``scheme`` stage freezes into a :class:`~schemes.model.Scheme`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from extractors.model import Document, Table
from schemes.model import Entry, Flag, Grade, Metadata, Scheme, SoftCap, SourceRef, TargetTable, Veto, Weight

from .settings import ExtractSettings
from .grammar.spans import Span, squash
from .grammar.vocabulary import pattern, text


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
    rule: Any = None                  # parsed by the rules stage (schemes.criteria)
    rule_reason: str | None = None    # why no rule was parsed
    document_rule: Span | None = None  # a rule stated once for all items (rules.document_rule)
    lookup: Any = None                 # a LookupRule from a point matrix its criteria cite (choose.matrix_scores_item)
    lookup_source: Span | None = None  # the matrix's caption
    levels: list[tuple[str, float]] = field(default_factory=list)  # a rating scale's levels (layout.level_columns)
    level_floors: dict[str, float] = field(default_factory=dict)   # a level's lowest points where it is a band (18-20)
    open_ended: bool = False   # an award per occurrence without a cap where the document sets no maximum
    scale: float | None = None  # scored on a scale of its own (各指标按百分制评分: 100), weighted, not points
    pass_fail: bool = False     # ticked 达标 or 未达标 in its row (layout.pass_fail_columns): all or nothing
    period: tuple[float, str] | None = None  # (award, 月/季度/半年): earned once per period (rules.per_period_award)


@dataclass
class DraftCategory:
    name: str
    name_span: Span | None = None
    code: str | None = None
    points: float | None = None
    points_span: Span | None = None
    weight: float | None = None       # 权重 printed beside the label, as a fraction
    bonus_points: float | None = None  # "18分+5分": the bonus beside the base (``points``)
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
    bonus_cap: tuple[float, Span] | None = None       # 加分最多5分: the bonus entries' sum is capped
    deduction_cap: tuple[float, Span] | None = None   # 扣分累计不超过10分
    bonus_soft_cap: tuple[SoftCap, Span] | None = None      # 加分超过5分的部分按50%计入
    deduction_soft_cap: tuple[SoftCap, Span] | None = None  # 扣分超过10分的部分减半
    restated: list[Span] = field(default_factory=list)  # statements repeating a value already read
    part_amounts: list[Span] = field(default_factory=list)  # ①…（3分）: a part's amount, read into its item's rule
    notes: list[Span] = field(default_factory=list)     # a table's note rows (说明：满分100分，加分最多10分)
    #: 1 less the share of all the document's point mentions that stand unread in the prose beside the
    #: tables (1 where the prose was read or states none): what it leaves unread doubts the whole scheme
    beside_share: float = 1.0
    #: the document's point mentions this reading gives a role, of those found (choose.account)
    mentions: tuple[int, int] = (0, 0)

    @property
    def every_mention_read(self) -> bool:
        return self.mentions[1] > 0 and self.mentions[0] == self.mentions[1]
    weights: list[Weight] = field(default_factory=list)
    parts: list[tuple[str, float | None, Span | None]] = field(default_factory=list)
    grades: list[Grade] = field(default_factory=list)
    raters: list[str] = field(default_factory=list)
    targets: list[TargetTable] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)

    def subcategory(self, name: str, parent: "DraftCategory | None", span: Span | None = None) -> DraftCategory:
        """The category of that name under ``parent``, created when new (nested hierarchies)."""
        key = category_key(name)
        for cat in self.categories:
            if cat.parent is parent and squash(cat.name) == key:
                return cat
        cat = DraftCategory(name=key, name_span=span, parent=parent)
        self.categories.append(cat)
        return cat

    def category(self, name: str, span: Span | None = None) -> DraftCategory:
        """The category of that name, created when new (names compare without spaces)."""
        key = category_key(name)
        for cat in self.categories:
            if squash(cat.name) == key and key:
                return cat
        cat = DraftCategory(name=key, name_span=span)
        self.categories.append(cat)
        return cat

    def items(self) -> list[DraftItem]:
        return [it for cat in self.categories for it in cat.items]


# --------------------------------------------------------------------------- readings and decisions


@dataclass
class Report:
    """How well a reading reads its region (as Camelot's ``parse_report``): the evidence
    ``choose`` ranks readings by."""

    items: int = 0
    with_points: int = 0
    adds_up: bool | None = None        # sums reconcile with the printed totals (None: nothing printed)
    mismatches: int = 0                # levels that do not add up
    mentions: int = 0                  # point mentions in the region
    accounted: int = 0                 # … of which the reading gives a role
    criteria_parsed: float = 0.0       # share of items whose criteria became a rule
    rules_scoring: float = 0.0         # share of items whose rule scores by itself (not left to a rater)
    fallbacks: list[str] = field(default_factory=list)

    @property
    def mention_share(self) -> float:
        return self.accounted / self.mentions if self.mentions else 1.0

    def describe(self) -> str:
        adds = {True: "adds up", False: f"{self.mismatches} level(s) do not add up", None: "no printed totals"}
        return (f"{self.items} item(s), {self.with_points} with points; {adds[self.adds_up]}; "
                f"point mentions {self.accounted}/{self.mentions}; criteria parsed {self.criteria_parsed:.0%}"
                + (f"; fallbacks: {', '.join(self.fallbacks)}" if self.fallbacks else ""))


@dataclass
class Reading:
    """One reader's reading of one region of the document (a table, its continuations, the prose)."""

    region: str                        # "table 3", "prose", "sections"
    reader: str                        # the reader and its variant (tables/layout, outline/inline_points)
    priority: int                      # the reader's stated priority (lower first) — the last tie-breaker
    draft: Draft
    blocks: tuple[int, ...] = ()       # document blocks the region covers
    tables: tuple[Table, ...] = ()
    report: Report = field(default_factory=Report)
    top: "DraftCategory | None" = None  # a caption category the chosen reading is nested under

    @property
    def variant(self) -> str:
        """How the reader read the region (layout, header, inline_points …)."""
        return self.reader.rsplit("/", 1)[-1]


@dataclass
class Decision:
    """What a stage decided about a subject, with its evidence (``kaohe extract --explain``)."""

    stage: str
    subject: str
    message: str
    evidence: str = ""

    def line(self) -> str:
        subject = f"{self.subject}: " if self.subject else ""
        return f"[{self.stage}] {subject}{self.message}" + (f" ({self.evidence})" if self.evidence else "")


@dataclass
class TableRegion:
    """A scheme, target or other table of the document with its layout and its kind."""

    index: int                         # block index
    table: Table
    layout: Any                        # layout.TableLayout
    kind: str = "other"   # scheme / matrix / target / directory / repeated / continuation / text / other
    reason: str = ""
    continues: "TableRegion | None" = None   # the region this table continues (page break)
    parts: list["TableRegion"] = field(default_factory=list)   # the tables continuing this one
    matrix: Any = None                 # matrix.Matrix, for a point matrix
    half: str = ""                     # "left" / "right": one of two lists set side by side in the table

    @property
    def label(self) -> str:
        return f"table {self.table.prov.table}" + (f" ({self.half})" if self.half else "")


@dataclass
class Extraction:
    """Everything the stages know about one document; each stage assigns some fields."""

    doc: Document
    settings: ExtractSettings = field(default_factory=ExtractSettings)
    # numerals: (block, row, col) → how a text was rewritten for reading (numerals.Rewrite)
    rewrites: dict[tuple, Any] = field(default_factory=dict)
    # facts
    title: Span | None = None
    year: int | None = None
    metadata: Metadata | None = None
    not_scheme: str | None = None
    limit: int = 0                     # blocks after this one are not part of the notice
    spans: list[Span] = field(default_factory=list)
    outline: list[Any] = field(default_factory=list)
    settings_draft: Draft = field(default_factory=Draft)   # weights and parts stated in prose
    reader_flags: list[Flag] = field(default_factory=list)  # what the format reader changed or doubted
    # layout
    tables: list[TableRegion] = field(default_factory=list)
    # readings, choice
    readings: list[Reading] = field(default_factory=list)
    chosen: Draft | None = None
    # point mentions of the chosen readings: (accounted for, found) — set by choose
    mentions: tuple[int, int] = (0, 0)
    # scheme
    scheme: Scheme | None = None
    decisions: list[Decision] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    def decide(self, stage: str, subject: str, message: str, evidence: str = "") -> None:
        self.decisions.append(Decision(stage, subject, message, evidence))


#: "维权服务（续）", "（续表）": a category continued from the page before
CONTINUED = pattern("state.continued")


def category_key(name: str) -> str:
    """How category names compare: without whitespace and without a continuation mark,
    so the rows of a table continued on the next page join the category they continue."""
    return CONTINUED.sub("", squash(name))


def ref(span: Span | None) -> SourceRef | None:
    return span.ref if span is not None else None


def refs(**spans: Span | None) -> dict[str, SourceRef]:
    return {name: span.ref for name, span in spans.items() if span is not None}


ORG_SUFFIX = pattern("state.org_suffix")


#: "由…评分": the words around the departments that rate; "会同…" adds helpers, not raters
RATED_BY = pattern("state.rated_by")
RATES_VERB = pattern("state.rates_verb")
WITH_OTHERS = pattern("state.with_others", re.S)
#: the words that join two names (组织部和宣传部), a regex to split on
CONJUNCTIONS = text("state.conjunctions")


def parse_departments(text: str) -> list[str]:
    """"由法律工作部、保障部评分" → ["法律工作部", "保障部"]; "办公室\n组织部" → both.

    Line breaks and 和/与/及 separate names only where the piece before ends
    like an organisation (…部, …室, …中心); otherwise they are a wrapped line
    or part of the name (组织与基层工作部).
    """
    text = RATED_BY.sub("", text.strip())
    text = RATES_VERB.sub("", text)
    text = WITH_OTHERS.sub("", text)
    names: list[str] = []
    for chunk in re.split(r"[、，,；;/]+", text):
        names.extend(_split_where_org(_split_where_org([chunk], r"\s*\n\s*"), CONJUNCTIONS))
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
