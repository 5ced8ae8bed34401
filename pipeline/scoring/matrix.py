"""Validated facts laid out for column-wise scoring: one int64 row of values per input key.

A key is ``(target, input, rater)``; the rater is "" except for direct part
scores given by a rater group.  ``values`` holds micro-points for numbers and
0/1 for yes/no; ``present`` says which units gave the fact at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

Key = tuple[str, str, str]


@dataclass
class FactMatrix:
    units: list[str]
    keys: dict[Key, int]
    values: np.ndarray  # int64, shape (n_keys, n_units)
    present: np.ndarray  # bool, same shape

    @property
    def n_units(self) -> int:
        return len(self.units)

    def get(self, target: str, input_name: str, rater: str = "") -> tuple[np.ndarray, np.ndarray]:
        k = self.keys.get((target, input_name, rater))
        if k is None:
            n = self.n_units
            return np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool)
        return self.values[k], self.present[k]

    def has(self, target: str, input_name: str, rater: str = "") -> np.ndarray:
        return self.get(target, input_name, rater)[1]

    @classmethod
    def build(cls, units: list[str], unit_codes: np.ndarray, keys: list[Key], key_codes: np.ndarray,
              values: np.ndarray) -> "FactMatrix":
        values_m = np.zeros((len(keys), len(units)), dtype=np.int64)
        present = np.zeros((len(keys), len(units)), dtype=bool)
        values_m[key_codes, unit_codes] = values
        present[key_codes, unit_codes] = True
        return cls(units, {k: i for i, k in enumerate(keys)}, values_m, present)


@dataclass
class FactLog:
    """The facts as given (text, rater, evidence, where), found per unit for explanations.

    Kept as codes into the raw table and ordered lazily: explanations of a few
    units must not pay for re-sorting a million rows.
    """

    unit: np.ndarray  # unit index of each given fact
    pos: np.ndarray  # its position in the raw table
    target: tuple[np.ndarray, list[str]]
    input: tuple[np.ndarray, list[str]]
    rater: tuple[np.ndarray, list[str]]
    raw: pd.Series
    evidence: pd.Series
    sheet: pd.Series
    row: pd.Series
    n_units: int
    _order: np.ndarray | None = field(default=None, repr=False)
    _starts: np.ndarray | None = field(default=None, repr=False)
    _rows: np.ndarray | None = field(default=None, repr=False)
    _columns: dict = field(default_factory=dict, repr=False)

    def _sort(self) -> None:
        if self._order is None:
            self._order = np.argsort(self.unit, kind="stable")
            self._starts = np.searchsorted(self.unit[self._order], np.arange(self.n_units + 1))
            self._rows = self.row.to_numpy()

    def facts_of(self, units: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(fact numbers, the position in ``units`` of each fact's unit) of the facts of ``units``: unit by
        unit, each unit's facts in the order given."""
        self._sort()
        units = np.asarray(units, dtype=np.int64)
        starts = self._starts[units]
        lens = self._starts[units + 1] - starts
        first = np.cumsum(lens) - lens
        at = np.repeat(np.arange(len(units)), lens)
        return self._order[np.arange(int(lens.sum())) - first[at] + starts[at]], at

    def rows(self) -> np.ndarray:
        """The raw table's row numbers, by position (:attr:`pos`)."""
        self._sort()
        return self._rows

    def column(self, name: str):
        """The raw table's ``value``, ``evidence`` or ``sheet`` by position: an Arrow array when it is all
        text, or all missing (null type); else the objects (whose ``str``/truthiness the caller keeps)."""
        if name not in self._columns:
            import pyarrow as pa

            series = {"value": self.raw, "evidence": self.evidence, "sheet": self.sheet}[name]
            try:
                arr = pa.array(series, from_pandas=True)
            except (pa.ArrowException, TypeError):
                arr = None
            if isinstance(arr, pa.ChunkedArray):
                arr = arr.combine_chunks()
            text = arr is not None and (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type))
            if not (text and not arr.null_count) and not (arr is not None and pa.types.is_null(arr.type)):
                arr = np.asarray(series.to_numpy(dtype=object))
            self._columns[name] = arr
        return self._columns[name]
