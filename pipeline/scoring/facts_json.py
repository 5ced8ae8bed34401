"""The facts of many units as JSON text, built column-wise in Arrow (no Python object per fact).

An explanation lists every fact a unit gave for a line, as submitted
(``{"input":…,"value":…,"rater":…,"evidence":…,"sheet":…,"row":…}``).  Each
distinct text is serialised once (a submission repeats 是/否, raters and
evidence), the fragments are joined per fact and then per unit and target by
Arrow's string kernels.
"""

from __future__ import annotations

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .matrix import FactLog


def dumps(data) -> str:
    return orjson.dumps(data).decode()


def _coded(values: np.ndarray, text) -> pa.Array:
    """``text(value)`` of every value, computed once per distinct value."""
    codes, uniq = pd.factorize(values, use_na_sentinel=False)
    return pa.array([text(x) for x in uniq], pa.string()).take(pa.array(codes))


def _named(codes: np.ndarray, names: list[str], text) -> pa.Array:
    return pa.array([text(x) for x in names], pa.string()).take(pa.array(codes))


def empty(n: int) -> pa.Array:
    return pa.array([""] * n, pa.string())


def facts_json(log: FactLog | None, units: np.ndarray, targets: list[str]) -> dict[str, pa.Array]:
    """Per target: each of ``units``' facts for it, as the inside of a JSON array ("" for none)."""
    n = len(units)
    if log is None:
        return {tg: empty(n) for tg in targets}
    facts, at = log.facts_of(units)
    if not len(facts):
        return {tg: empty(n) for tg in targets}
    raw, evidence, sheet, rows = log.texts()
    pos = log.pos[facts]
    (t_codes, t_names), (i_codes, i_names), (r_codes, r_names) = log.target, log.input, log.rater
    one = pc.binary_join_element_wise(
        '{"input":', _named(i_codes[facts], i_names, dumps),
        ',"value":', _coded(raw[pos], lambda x: dumps(str(x))),
        ',"rater":', _named(r_codes[facts], r_names, lambda x: dumps(x or None)),
        ',"evidence":', _coded(evidence[pos], lambda x: dumps(str(x or "") or None)),
        ',"sheet":', _coded(sheet[pos], lambda x: dumps(x or None)),
        ',"row":', pc.cast(pa.array(rows[pos].astype(np.int64)), pa.string()), "}", "")
    n_t = len(t_names)
    key = at * n_t + t_codes[facts]
    order = np.argsort(key, kind="stable")
    key = key[order]
    offsets = np.concatenate([[0], np.flatnonzero(np.diff(key)) + 1, [len(key)]])
    joined = pc.binary_join(pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), one.take(pa.array(order))), ",")
    g_unit, g_target = np.divmod(key[offsets[:-1]], n_t)
    code = {name: k for k, name in enumerate(t_names)}
    out = {}
    for tg in targets:
        c = code.get(tg)
        if c is None:
            out[tg] = empty(n)
            continue
        sel = np.flatnonzero(g_target == c)
        index = np.full(n, -1, dtype=np.int64)
        index[g_unit[sel]] = sel
        out[tg] = pc.fill_null(joined.take(pa.array(index, mask=index < 0)), "")
    return out
