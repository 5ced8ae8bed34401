"""Do the numbers add up, at every level?  Pure checks shared by extraction, the store and review.

Reconciliation walks the category tree: a category reconciles when the
points of its own items plus those of its sub-categories (each sub-category
counts with its declared points, else with what its own contents add up to)
equal its declared points; the scheme reconciles when its top-level
categories add up to the declared total (for a scheme in parts, each part
may instead add up to the total on its own).  A section declared as base
plus bonus ("23分+10分") reconciles when its contents add up to the base or to
base + bonus, and counts upwards with its base.  Weights are never points
and take no part in the sums.  Sums use Decimal rounded to two places, as
printed in notices.

The rule check sees whether a rule's amounts fit the item's points: a tier
worth more than the item, components adding up to more, a range or a cap
beyond it.  Where they do not, the document disagrees with itself and a
``rule_points_mismatch`` flag says so.

Entry points (all pure, Scheme in, values out)::

    reconcile(scheme) -> list[Flag]      # subtotal_mismatch per level + total_mismatch + weight doubts
    check_rules(scheme) -> list[Flag]    # rule_points_mismatch per item
    sums(scheme) -> list[Sum]            # every checkable sum, ok or not
    levels(scheme) -> list[Level]        # how each level combines its children: points or weights

How a level combines its children (the scoring engine follows it): when
every child carries points (an item its points, a sub-category its declared
points), by adding them up (weights printed beside the
points are informational); when every child carries a weight and not all
carry points, by weights; a level where some children carry weights and the
others neither weights nor points is ``mixed``: scored by adding up, and
flagged ``ambiguous``, because the notice does not say how to combine them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from kaohe.i18n import _

from .model import (
    Category, ComponentsRule, Flag, Item, PerOccurrenceRule, RangeRule, Scheme, TiersRule,
)

CENT = Decimal("0.01")


def dec(x: float | None) -> Decimal | None:
    """A printed number as Decimal to two places (None stays None)."""
    return None if x is None else Decimal(str(x)).quantize(CENT)


def fmt(x: Decimal) -> str:
    return format(x.normalize(), "f")


@dataclass(frozen=True)
class Sum:
    what: str  # "category 3 维权帮扶" or "total"
    target: str | None  # category id, None for the total
    declared: Decimal
    computed: Decimal
    parts: str = "items"  # what was added up: items, sub-categories, items and sub-categories, categories
    bonus: Decimal | None = None  # declared bonus of a "base+bonus" section

    @property
    def ok(self) -> bool:
        return self.declared == self.computed or (
            self.bonus is not None and self.declared + self.bonus == self.computed)

    def describe(self) -> str:
        verb = "reconciles" if self.ok else "does not reconcile"
        declared = fmt(self.declared) + (f"+{fmt(self.bonus)}" if self.bonus is not None else "")
        return f"{self.what} {verb}: declared {declared}, {self.parts} add up to {fmt(self.computed)}"


# --------------------------------------------------------------------------- categories


def declared_points(cat: Category) -> Decimal | None:
    """The category's declared (base) points: ``points``, else ``base_points``."""
    return dec(cat.points if cat.points is not None else cat.base_points)


def max_points(cat: Category) -> Decimal | None:
    """Most the category can bring: its base plus its declared bonus."""
    base = declared_points(cat)
    if base is None:
        return None
    return base + (dec(cat.bonus_points) or Decimal(0))


def _contents(scheme: Scheme, cat_id: str, seen: frozenset[str]) -> tuple[Decimal | None, str]:
    """What the items and sub-categories of ``cat_id`` add up to (None: nothing to add)."""
    total, found, kinds = Decimal(0), False, []
    points = [dec(i.points) for i in scheme.items_of(cat_id) if i.points is not None]
    if points:
        total, found = total + sum(points, Decimal(0)), True
        kinds.append("items")
    children = [c for c in scheme.children_of(cat_id) if c.id not in seen]
    counted = False
    for child in children:
        value = contribution(scheme, child.id, seen | {child.id})
        if value is not None:
            total, found, counted = total + value, True, True
    if counted:
        kinds.append("sub-categories")
    return (total if found else None), " and ".join(kinds) or "items"


def contribution(scheme: Scheme, cat_id: str, seen: frozenset[str] = frozenset()) -> Decimal | None:
    """What a category counts for in its parent: its declared (base) points, else its contents' sum."""
    cat = scheme.category(cat_id)
    declared = declared_points(cat)
    if declared is not None:
        return declared
    return _contents(scheme, cat_id, seen | {cat_id})[0]


def category_sum(scheme: Scheme, category_id: str) -> Sum | None:
    """The subtotal check of one category (None when it declares nothing or holds no points)."""
    cat = scheme.category(category_id)
    declared = declared_points(cat)
    if declared is None:
        return None
    computed, parts = _contents(scheme, category_id, frozenset({category_id}))
    if computed is None:
        return None
    bonus = dec(cat.bonus_points) if cat.bonus_points else None
    return Sum(f"category {cat.id} {cat.name}", cat.id, declared, computed, parts, bonus)


def top_categories(scheme: Scheme) -> list[Category]:
    """Categories at the top level (a parent that does not exist counts as none)."""
    ids = {c.id for c in scheme.categories}
    return [c for c in scheme.categories if c.parent is None or c.parent not in ids]


def total_sum(scheme: Scheme) -> Sum | None:
    if scheme.total_points is None or not scheme.categories:
        return None
    subtotal: dict[str | None, Decimal] = {}
    for cat in top_categories(scheme):
        value = contribution(scheme, cat.id)
        if value is not None:
            subtotal[cat.part] = subtotal.get(cat.part, Decimal(0)) + value
    if not subtotal:
        return None
    declared = dec(scheme.total_points)
    overall = sum(subtotal.values(), Decimal(0))
    if overall != declared and len(subtotal) > 1 and all(v == declared for v in subtotal.values()):
        overall = declared  # each part is scored out of the total and weighted
    return Sum("total", None, declared, overall, "categories")


def sums(scheme: Scheme) -> list[Sum]:
    """Every checkable sum: each category (any depth, in list order), then the total."""
    found = [category_sum(scheme, c.id) for c in scheme.categories]
    found.append(total_sum(scheme))
    return [s for s in found if s is not None]


def unreconciled(scheme: Scheme) -> list[Sum]:
    return [s for s in sums(scheme) if not s.ok]


def reconcile(scheme: Scheme) -> list[Flag]:
    """A ``subtotal_mismatch`` flag for each category that does not add up (target = its id,
    declared/computed = the two numbers), a ``total_mismatch`` for the total, and the weight doubts
    of :func:`check_weights`."""
    return reconcile_sums(scheme) + check_weights(scheme)


def reconcile_sums(scheme: Scheme) -> list[Flag]:
    """The ``subtotal_mismatch`` and ``total_mismatch`` flags alone."""
    flags = []
    for s in unreconciled(scheme):
        declared = float(s.declared)
        computed = float(s.computed)
        if s.target is None:
            flags.append(Flag(kind="total_mismatch", declared=declared, computed=computed,
                              message=_("the declared total is {declared} but the categories add up to "
                                        "{computed}").format(declared=fmt(s.declared), computed=fmt(s.computed))))
            continue
        cat = scheme.category(s.target)
        bonus = f"+{fmt(s.bonus)}" if s.bonus is not None else ""
        flags.append(Flag(kind="subtotal_mismatch", target=cat.id, category=cat.name, code=cat.code,
                          declared=declared, computed=computed, source=cat.sources.get("points"),
                          message=_("category {name} declares {declared} points but its {parts} add up to "
                                    "{computed}").format(name=cat.name, declared=fmt(s.declared) + bonus,
                                                         parts=_(s.parts), computed=fmt(s.computed))))
    return flags


# --------------------------------------------------------------------------- weights

LevelRule = Literal["points", "weights", "mixed"]


@dataclass(frozen=True)
class Child:
    """One child of a level: an item or a sub-category, with what it carries."""

    kind: Literal["item", "category"]
    id: str
    name: str
    weight: Decimal | None  # exact fraction as printed (0.3), None when none
    points: Decimal | None  # item points, or the category's declared (base) points


@dataclass(frozen=True)
class Level:
    """A category (``target``) or the top of the scheme (``target`` None; one per part when the scheme
    has parts) and how its children combine."""

    target: str | None
    part: str | None
    rule: LevelRule
    children: tuple[Child, ...]

    @property
    def weight_sum(self) -> Decimal:
        return sum((c.weight for c in self.children if c.weight is not None), Decimal(0))

    def describe(self, scheme: Scheme) -> str:
        if self.target is not None:
            return f"category {self.target} {scheme.category(self.target).name}"
        return f"the top level of part {self.part}" if self.part else "the top level"


def _weight(x: float | None) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def level_rule(children: list[Child] | tuple[Child, ...]) -> LevelRule:
    """Points when every child carries points; weights when every child carries a weight (and not all
    carry points); mixed when only some carry weights; points otherwise (nothing to weigh)."""
    if all(c.points is not None for c in children):
        return "points"
    if all(c.weight is not None for c in children):
        return "weights"
    if any(c.weight is not None for c in children):
        return "mixed"
    return "points"


def _item_child(item: Item) -> Child:
    return Child("item", item.id, item.text, _weight(item.weight), dec(item.points))


def _category_child(scheme: Scheme, cat: Category) -> Child:
    return Child("category", cat.id, cat.name, _weight(cat.weight), declared_points(cat))


def level_of(scheme: Scheme, category_id: str) -> Level | None:
    """How one category combines its own items and its sub-categories (None: it has neither)."""
    children = [_item_child(i) for i in scheme.items_of(category_id)]
    children += [_category_child(scheme, c) for c in scheme.children_of(category_id) if c.id != category_id]
    if not children:
        return None
    return Level(category_id, None, level_rule(children), tuple(children))


def top_levels(scheme: Scheme) -> list[Level]:
    """The top of the scheme: its top-level categories (and items naming no known category); one level
    per part when the scheme has parts (each part combines its own top-level categories)."""
    ids = {c.id for c in scheme.categories}
    groups: dict[str | None, list[Child]] = {}
    for cat in top_categories(scheme):
        groups.setdefault(cat.part if scheme.parts else None, []).append(_category_child(scheme, cat))
    loose = [_item_child(i) for i in scheme.items if i.category not in ids]
    if loose:
        groups.setdefault(None, []).extend(loose)
    return [Level(None, part, level_rule(children), tuple(children)) for part, children in groups.items()]


def levels(scheme: Scheme) -> list[Level]:
    """Every level of the scheme: each category with contents (list order), then the top."""
    found = [level_of(scheme, c.id) for c in scheme.categories]
    return [x for x in found if x is not None] + top_levels(scheme)


def check_weights(scheme: Scheme) -> list[Flag]:
    """An ``ambiguous`` flag for each level whose weights cannot be applied as printed: some children
    carry weights and others carry neither weight nor points, or the weights of a weighted level do
    not add up to 1 (the engine then combines them in proportion: Σ weight × share / Σ weights)."""
    if scheme.scoring_model == "deduction":
        return []
    flags = []
    for level in levels(scheme):
        cat = scheme.category(level.target) if level.target is not None else None
        common = dict(target=level.target, category=cat.name if cat else None, code=cat.code if cat else None)
        where = level.describe(scheme)
        if level.rule == "mixed":
            bare = [c.id for c in level.children if c.weight is None and c.points is None]
            flags.append(Flag(kind="ambiguous", **common, message=(
                f"{where}: some of its parts carry weights and {', '.join(bare)} neither a weight nor points; "
                "it is scored by adding up and its weights are ignored until a reviewer gives every part a "
                "weight or points")))
        elif level.rule == "weights" and level.weight_sum != 1 and not (
                cat is not None and cat.weight is not None and level.weight_sum == dec(cat.weight)):
            # (parts weighing shares of the whole that add up to their category's own weight combine
            # in proportion to exactly the same score: nothing to doubt)
            flags.append(Flag(kind="ambiguous", **common, declared=1, computed=float(level.weight_sum),
                              message=f"{where}: the weights of its parts add up to {fmt(level.weight_sum)}, "
                                      "not 1; they are combined in proportion (Σ weight × share ÷ Σ weights)"))
    return flags


# --------------------------------------------------------------------------- rules against items


def rule_points_problems(item: Item) -> list[tuple[str, float]]:
    """Where the item's rule holds an amount that cannot fit the item's points: (why, amount)."""
    rule, mx = item.rule, dec(item.points)
    if rule is None or mx is None:
        return []
    out: list[tuple[str, float]] = []
    pts = fmt(mx)
    if isinstance(rule, TiersRule):
        for tier in rule.tiers:
            if dec(tier.points) > mx:
                out.append((f"tier {tier.label!r} is worth {tier.points:g}, more than the item's {pts}", tier.points))
    elif isinstance(rule, ComponentsRule):
        gains = sum((dec(c.points) for c in rule.components if c.points > 0 and not c.per_occurrence), Decimal(0))
        if gains > mx:
            out.append((f"its components add up to {fmt(gains)}, more than the item's {pts}", float(gains)))
    elif isinstance(rule, RangeRule):
        if rule.min > rule.max:
            out.append((f"its range {rule.min:g}–{rule.max:g} runs backwards", rule.min))
        if dec(rule.max) > mx:
            out.append((f"its range reaches {rule.max:g}, more than the item's {pts}", rule.max))
    elif isinstance(rule, PerOccurrenceRule):
        if rule.cap is not None and dec(abs(rule.cap)) > mx:
            out.append((f"its cap {abs(rule.cap):g} is more than the item's {pts}", abs(rule.cap)))
    return out


def check_rules(scheme: Scheme) -> list[Flag]:
    """A ``rule_points_mismatch`` flag for each rule amount that cannot fit its item's points."""
    names = {c.id: c.name for c in scheme.categories}
    flags = []
    for item in scheme.items:
        for why, amount in rule_points_problems(item):
            flags.append(Flag(kind="rule_points_mismatch", target=item.id, category=names.get(item.category),
                              code=item.code, declared=item.points, computed=amount,
                              source=item.sources.get("criteria"), message=f"item {item.id}: {why} points"))
    return flags


def check(scheme: Scheme) -> list[Flag]:
    """All number checks of a scheme: sums at every level, then rule amounts."""
    return reconcile(scheme) + check_rules(scheme)
