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


#: Odd multipliers mixing the columns into one 64-bit key per unit (:func:`distinct`).
_MIX = np.random.default_rng(20240).integers(1, 1 << 62, size=64, dtype=np.int64) | 1


def _groups(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(each unit's group number, one unit of each group) of equal keys."""
    import pandas as pd

    inverse, uniq = pd.factorize(key)
    first = np.empty(len(uniq), dtype=np.int64)
    first[inverse] = np.arange(len(key))
    return inverse, first


def _exact_key(arrays: list[np.ndarray]) -> np.ndarray:
    """One key per unit, equal exactly when every column is: the columns' codes in mixed radix."""
    import pandas as pd

    key, size = np.zeros(len(arrays[0]), dtype=np.int64), 1
    for c in arrays:
        codes, values = pd.factorize(c)
        if size * len(values) >= 1 << 62:
            key, kept = pd.factorize(key)
            size = len(kept)
        key, size = key * len(values) + codes, size * len(values)
    return key


def distinct(cols: dict[str, np.ndarray], n: int) -> tuple[list[dict[str, int]], np.ndarray]:
    """The distinct rows of integer/boolean columns (as dicts of Python ints) and each unit's row number.

    Hashing, not sorting: the columns are mixed into one 64-bit key per unit and the key is factorized;
    the grouping is then checked column by column, and redone exactly (:func:`_exact_key`) in the
    astronomically rare case two different rows shared a key."""
    if not cols or n == 0:
        return [dict.fromkeys(cols, 0)], np.zeros(n, dtype=np.int64)
    arrays = [np.asarray(c, dtype=np.int64) for c in cols.values()]
    key = np.zeros(n, dtype=np.int64)
    with np.errstate(over="ignore"):
        for k, c in enumerate(arrays):
            key = (key ^ (key >> 29)) * _MIX[k % len(_MIX)] + c  # wraps around: a hash
    inverse, first = _groups(key)
    if any((c[first][inverse] != c).any() for c in arrays):
        inverse, first = _groups(_exact_key(arrays))
    names = list(cols)
    return [dict(zip(names, row)) for row in zip(*(c[first].tolist() for c in arrays))], inverse
