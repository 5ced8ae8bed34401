"""Validated facts laid out for column-wise scoring: one int64 row of values per input key.

A key is ``(target, input, rater)``; the rater is "" except for direct part
scores given by a rater group.  ``values`` holds micro-points for numbers and
0/1 for yes/no; ``present`` says which units gave the fact at all.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    """The facts as given (text, rater, evidence, where), grouped by unit for explanations."""

    df: pd.DataFrame  # columns u, target, input, rater, raw, evidence, sheet, row; sorted by u
    starts: np.ndarray

    @classmethod
    def build(cls, df: pd.DataFrame, n_units: int) -> "FactLog":
        df = df.sort_values("u", kind="stable").reset_index(drop=True)
        starts = np.searchsorted(df["u"].to_numpy(), np.arange(n_units + 1))
        return cls(df, starts)

    def of_unit(self, u: int) -> pd.DataFrame:
        return self.df.iloc[self.starts[u]: self.starts[u + 1]]
