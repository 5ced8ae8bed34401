"""The registry of rule kinds: one class per kind scores and explains, side by side.

A kind registers itself under its rule's ``kind`` (``@rule_kind("threshold")``,
the way spaCy registers components by name); the engine and the explanations
both find it with :func:`kind_of`, so a unit's explanation is always rendered
from the very columns its score was computed with — there is no second,
retracing implementation to drift from the first.

A kind's :meth:`RuleKind.trace` computes every unit's score with numpy over
whole columns and keeps the intermediate columns the explanation shows
(inputs used, sums before a cap, the tier reached).  Its :meth:`RuleKind.render`
turns one *distinct* combination of those columns into text: a chunk's
explanations are rendered once per distinct combination (:func:`distinct`) and
broadcast to its units, not unit by unit.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, ClassVar

import numpy as np

from schemes.model import Item

Getter = Callable[[str], tuple[np.ndarray, np.ndarray]]


@dataclass
class Trace:
    """A rule's score (micro) for every unit and the intermediate columns its explanation shows."""

    score: np.ndarray
    cols: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    """What rendering needs beyond the trace: the scoring model and the units' names and target tables."""

    deduction: bool
    units: list[str]
    tables: dict = field(default_factory=dict)


class RuleKind(ABC):
    """A kind of rule: its description, its column-wise score (:meth:`trace`) and the text of that score."""

    name: ClassVar[str] = ""

    @abstractmethod
    def describe(self, item: Item, deduction: bool) -> str:
        """The rule in one line, as scored."""

    @abstractmethod
    def trace(self, item: Item, get: Getter, n: int, *, deduction: bool,
              unit_target: np.ndarray | None = None) -> Trace:
        """Every unit's score, gate not applied, with the columns :meth:`render` reads."""

    @abstractmethod
    def render(self, item: Item, row: dict[str, int], ctx: Context) -> tuple[str, list[str]]:
        """(arithmetic, notes) of one distinct combination of the trace's columns."""


_KINDS: dict[str, RuleKind] = {}


def rule_kind(name: str):
    """Register the decorated class as the kind ``name`` (one instance, stateless)."""
    def register(cls: type[RuleKind]) -> type[RuleKind]:
        if name in _KINDS:
            raise ValueError(f"rule kind {name!r} registered twice")
        cls.name = name
        _KINDS[name] = cls()
        return cls
    return register


def kind_of(rule) -> RuleKind:
    """The registered kind of a rule (no rule parsed: scored as a manual one)."""
    return _KINDS["manual" if rule is None else rule.kind]


def registered() -> list[str]:
    return list(_KINDS)


def distinct(cols: dict[str, np.ndarray], n: int) -> tuple[list[dict[str, int]], np.ndarray]:
    """The distinct rows of integer/boolean columns (as dicts of Python ints) and each unit's row number."""
    if not cols or n == 0:
        return [dict.fromkeys(cols, 0)], np.zeros(n, dtype=np.int64)
    names = list(cols)
    table = np.empty((n, len(names)), dtype=np.int64)
    for k, c in enumerate(cols.values()):
        table[:, k] = c
    uniq, inverse = np.unique(table, axis=0, return_inverse=True)
    return [dict(zip(names, r)) for r in uniq.tolist()], inverse.reshape(-1)
