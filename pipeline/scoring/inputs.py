"""The submission contract: which inputs each scheme target accepts, and which it needs.

One place decides the input vocabulary (``score``, ``met``, ``met:N``,
``value``, ``count``, ``count:LEVEL``, ``shared_count:LEVEL``) per target, so
the reader, the template and the engine cannot disagree about it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from kaohe.i18n import _
from schemes.model import (
    ComponentsRule, Item, LookupRule, ManualRule, PerOccurrenceRule, ProportionalRule, RangeRule, Scheme,
    ThresholdRule, TiersRule,
)

from .errors import SchemeNotScorable
from .plan import plan_parts
from .weighting import plan_weighting

ValueKind = Literal["bool", "count", "number", "score"]
TargetKind = Literal["item", "bonus", "deduction", "veto", "part"]

INPUT_BASES = ("score", "met", "value", "count", "shared_count")


@dataclass(frozen=True)
class InputSpec:
    """One input a target accepts: its name, how its value is read, and a label for people."""

    target: str
    input: str
    kind: ValueKind
    label: str
    max: Decimal | None = None  # for `score`
    min: Decimal | None = None  # for the `score` of a range rule: 0, or at least this
    rate: bool = False  # compared with a % target: 98 must be written 98% or 0.98
    nonnegative: bool = False  # a figure that cannot be below 0 (a rate, a number of 家/篇)

    @property
    def column(self) -> str:
        """The wide-template column header for this input, e.g. ``6.1 count``."""
        return f"{self.target} {self.input}"


@dataclass
class TargetSpec:
    """A scheme target (item, entry, veto or part) as submissions see it."""

    id: str
    kind: TargetKind
    label: str
    inputs: dict[str, InputSpec]
    #: groups of inputs; each group needs at least one fact (a `score` satisfies all)
    required: list[tuple[str, ...]] = field(default_factory=list)
    #: the inputs a template offers (the natural ones, not every accepted one)
    template_inputs: list[str] = field(default_factory=list)
    raters: tuple[str, ...] = ()  # part scores: the rater groups that give one


def item_max(item: Item) -> Decimal | None:
    return Decimal(str(item.points)) if item.points is not None else None


def is_numeric_tiers(rule: TiersRule) -> bool:
    return any(t.lower is not None or t.upper is not None for t in rule.tiers)


def is_rate_target(rule) -> bool:
    target = getattr(rule, "target", None)
    return bool(target is not None and target.unit == "%")


def is_nonnegative_target(rule) -> bool:
    """A rate or a counted unit (家, 篇, 人次) with a target of 0 or more: the figure compared with it
    cannot be negative (a target such as 增长率不低于-5% admits negative figures)."""
    target = getattr(rule, "target", None)
    return bool(target is not None and target.unit and target.value >= 0)


_PERCENT = ("%", "％")


def is_rate_tiers(rule: TiersRule) -> bool:
    """Numeric tiers over a rate (达到50%不足80% / 达到80%及以上): their labels or text say %, and every
    bound is a fraction (the model keeps rates as fractions; a bound above 1 is a count)."""
    bounds = [b for t in rule.tiers for b in (t.lower, t.upper) if b is not None]
    said = any(sign in text for text in [rule.text, *(t.label for t in rule.tiers)] for sign in _PERCENT)
    return is_numeric_tiers(rule) and said and all(-1 <= b <= 1 for b in bounds)


def tier_bounds_nonnegative(rule: TiersRule) -> bool:
    return all(b >= 0 for t in rule.tiers for b in (t.lower, t.upper) if b is not None)


def item_target(scheme: Scheme, item: Item, *, scale: Decimal | None = None) -> TargetSpec:
    """``scale``: the most a `score` may be when the item has no points (100 for an item of a weighted
    level: its score is a share of 100)."""
    rule = item.rule
    deduction = scheme.scoring_model == "deduction"
    mx = item_max(item)
    if mx is None:
        mx = scale
    specs: list[InputSpec] = []
    required: list[tuple[str, ...]] = []
    natural: list[str] = []

    def add(name: str, kind: ValueKind, label: str, *, rate: bool = False, nonnegative: bool = False) -> None:
        specs.append(InputSpec(item.id, name, kind, label, max=mx if kind == "score" else None, rate=rate,
                               nonnegative=nonnegative))

    manual = rule is None or isinstance(rule, ManualRule)
    if isinstance(rule, RangeRule):
        way = {"deduct": "deducted", "award": "added", "adjust": "added with its sign"}[rule.direction]
        each = " per occurrence" if rule.per_occurrence else ""
        specs.append(InputSpec(item.id, "score", "score",
                               f"amount {way}{each}, chosen within {rule.min:g}–{rule.max:g} (0 when nothing applies)",
                               max=Decimal(str(rule.max)), min=Decimal(str(rule.min))))
        if rule.per_occurrence:
            specs.append(InputSpec(item.id, "count", "count", "occurrences (1 when not given)"))
        if not deduction:
            required.append(("score",))
        natural.append("score")
        if rule.per_occurrence:
            natural.append("count")
    elif mx is not None or manual:
        add("score", "score", _("rater's score") if manual else _("rater's direct score (overrides the rule)"))
    gated = bool(rule is not None and rule.gate)
    if gated:
        add("met", "bool", _("gate: {gate} — 是 when the requirement is met").format(gate=rule.gate))
        required.append(("met",))
        natural.append("met")

    if rule is None or isinstance(rule, ManualRule):
        required.append(("score",))
        natural.append("score")
    elif isinstance(rule, ThresholdRule):
        has_target = rule.target is not None or rule.target_table is not None
        if has_target:
            add("value", "number", _("the unit's figure, compared with the target"), rate=is_rate_target(rule),
                nonnegative=is_nonnegative_target(rule))
        if not gated:
            add("met", "bool", _("target reached (是/否)"))
        if gated:
            required.append(("value",))
        else:
            required.append(("value", "met") if has_target else ("met",))
        natural.append("value" if has_target else "met")
    elif isinstance(rule, ComponentsRule):
        names = []
        for n, comp in enumerate(rule.components, 1):
            if comp.per_occurrence:
                add(f"count:{n}", "count", _("occurrences of: {what}").format(what=comp.label))
                names.append(f"count:{n}")
            else:
                add(f"met:{n}", "bool", comp.label)
                names.append(f"met:{n}")
        required.append(tuple(names))
        natural.extend(names)
    elif isinstance(rule, TiersRule):
        if is_numeric_tiers(rule):
            rate = is_rate_tiers(rule)
            add("value", "number", _("the figure or rate placed in the tiers"), rate=rate,
                nonnegative=rate and tier_bounds_nonnegative(rule))
            required.append(("value",))
            natural.append("value")
        else:
            names = []
            for n, tier in enumerate(rule.tiers, 1):
                add(f"met:{n}", "bool", _("tier reached: {tier}").format(tier=tier.label))
                names.append(f"met:{n}")
            required.append(tuple(names))
            natural.extend(names)
    elif isinstance(rule, PerOccurrenceRule):
        add("count", "count", _("occurrences ({unit})").format(unit=rule.unit or "次"))
        if not deduction:
            required.append(("count",))
        natural.append("count")
    elif isinstance(rule, ProportionalRule):
        add("value", "number", _("the figure or rate achieved"), rate=is_rate_target(rule),
            nonnegative=is_nonnegative_target(rule))
        required.append(("value",))
        natural.append("value")
    elif isinstance(rule, LookupRule):
        names = [f"count:{key}" for key in rule.levels]
        for key, name in zip(rule.levels, names):
            add(name, "count", _("occurrences at {key}").format(key=key))
        required.append(tuple(names))
        natural.extend(names)
    return TargetSpec(item.id, "item", item.text, {s.input: s for s in specs}, required, natural)


def entry_target(entry) -> TargetSpec:
    specs: list[InputSpec] = []
    natural: list[str] = []

    def add(name: str, kind: ValueKind, label: str) -> None:
        specs.append(InputSpec(entry.id, name, kind, label))

    if entry.levels:
        for level in entry.levels:
            add(f"count:{level}", "count", _("occurrences at level {level}").format(level=level))
            natural.append(f"count:{level}")
            if entry.shared_factor is not None:
                add(f"shared_count:{level}", "count", _("shared occurrences at level {level}").format(level=level))
                natural.append(f"shared_count:{level}")
    if entry.points is not None:
        add("count", "count", _("occurrences ({unit})").format(unit=entry.unit or "次"))
        natural.append("count")
        if entry.shared_factor is not None:
            add("shared_count", "count", _("shared occurrences"))
            natural.append("shared_count")
    if entry.points is None and not entry.levels:
        what = _("points added") if entry.kind == "bonus" else _("points deducted (a positive number)")
        specs.append(InputSpec(entry.id, "score", "score", _("rater's score: {what}").format(what=what),
                               max=Decimal(str(entry.cap)) if entry.cap is not None else None))
        natural.append("score")
    return TargetSpec(entry.id, entry.kind, entry.text, {s.input: s for s in specs}, [], natural)


def veto_target(veto) -> TargetSpec:
    spec = InputSpec(veto.id, "met", "bool", _("the veto applies (是/否)"))
    return TargetSpec(veto.id, "veto", veto.text, {"met": spec}, [], ["met"])


class Contract:
    """All targets of a scheme, with name resolution (Part names as well as ids)."""

    def __init__(self, scheme: Scheme) -> None:
        self.scheme = scheme
        if scheme.kind != "scheme":
            raise SchemeNotScorable("the document is not a scheme (kind = not_a_scheme); nothing to score")
        self.parts = plan_parts(scheme)
        self.weighting = plan_weighting(scheme)
        tables = {t.id for t in scheme.targets}
        for item in scheme.items:
            table = getattr(item.rule, "target_table", None)
            if table and table not in tables:
                raise SchemeNotScorable(f"item {item.id} is scored against target table {table!r}, "
                                        "which the scheme does not have")
        ids = [i.id for i in scheme.items] + [e.id for e in [*scheme.bonus, *scheme.deductions, *scheme.veto]]
        ids += [p.id for p in scheme.parts]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise SchemeNotScorable(f"ids used twice in the scheme: {', '.join(dup)}")
        self.targets: dict[str, TargetSpec] = {}
        self.weighted_items = self.weighting.weighted_items()
        for item in scheme.items:
            scale = Decimal(100) if item.id in self.weighted_items else None
            self.targets[item.id] = item_target(scheme, item, scale=scale)
        for entry in [*scheme.bonus, *scheme.deductions]:
            self.targets[entry.id] = entry_target(entry)
        for veto in scheme.veto:
            self.targets[veto.id] = veto_target(veto)
        self.aliases: dict[str, str] = {}
        for part in self.parts.parts:
            if not part.direct_raters:
                continue
            spec = InputSpec(part.id, "score", "score", _("direct score of part {part}").format(part=part.name), max=part.max)
            self.targets[part.id] = TargetSpec(
                part.id, "part", part.name, {"score": spec}, [("score",)], ["score"],
                raters=part.direct_raters,
            )
            self.aliases[part.name] = part.id

    def scored_item(self, item: Item) -> Item:
        """The item as its rule is scored: one without points in a weighted level is out of 100
        (a threshold met is worth 100, a proportional score a share of 100)."""
        if item.points is None and item.id in self.weighted_items:
            return item.model_copy(update={"points": 100})
        return item

    def resolve(self, name: str) -> str | None:
        """The target id for a submitted item name (an id, or a Part's name)."""
        if name in self.targets:
            return name
        return self.aliases.get(name)

    def spec(self, target: str, input_name: str) -> InputSpec | None:
        t = self.targets.get(target)
        return t.inputs.get(input_name) if t else None


def describe_inputs(t: TargetSpec) -> str:
    return ", ".join(t.inputs) or "(none)"
