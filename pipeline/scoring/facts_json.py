"""The facts of many units as JSON text, built column-wise in Arrow (no Python object per fact).

An explanation lists every fact a unit gave for a line, as submitted
(``{"input":…,"value":…,"rater":…,"evidence":…,"sheet":…,"row":…}``).  Each
distinct text is serialised once (a submission repeats 是/否, raters and
evidence), the fragments are joined per fact and then per unit and target by
Arrow's string kernels.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .matrix import FactLog


def dumps(data) -> str:
    return orjson.dumps(data).decode()


@lru_cache(maxsize=1)
def pool() -> pa.MemoryPool:
    """The allocator of explanation text: mimalloc, else the system's.  Arrow's default here, jemalloc,
    hands each batch's pages back and faults them in again for the next: measured, that doubled the
    CPU time of `kaohe score --explain` (bench/bench_score.py --explain-overhead)."""
    for make in (pa.mimalloc_memory_pool, pa.system_memory_pool):
        try:
            return make()
        except NotImplementedError:
            continue
    return pa.default_memory_pool()  # pragma: no cover - every pyarrow wheel has the system pool


def take(values: pa.Array, indices) -> pa.Array:
    return pc.take(values, pa.array(indices, memory_pool=pool()), memory_pool=pool())


def join(*pieces) -> pa.Array:
    """The pieces (arrays or texts) joined element-wise, without a separator."""
    return pc.binary_join_element_wise(*pieces, "", memory_pool=pool())


def _codes(log: FactLog, name: str, pos: np.ndarray) -> tuple[np.ndarray, list]:
    """(code of each fact, the distinct values) of a raw-table column: hashed by Arrow when the column is
    all text (no Python string hashed per fact), one code when it is all missing, else by pandas."""
    col = log.column(name)
    if isinstance(col, np.ndarray):
        codes, uniq = pd.factorize(col[pos], use_na_sentinel=False)
        return codes, list(uniq)
    if pa.types.is_null(col.type):
        return np.zeros(len(pos), dtype=np.int64), [None]
    encoded = pc.dictionary_encode(take(col, pos), memory_pool=pool())
    return encoded.indices.to_numpy(zero_copy_only=False), encoded.dictionary.to_pylist()


def _combined(columns: list[tuple[np.ndarray, list]], text) -> pa.Array:
    """``text(*values)`` of every row of coded columns ((codes, values) each), once per distinct row."""
    key = np.zeros(len(columns[0][0]), dtype=np.int64)
    for codes, values in columns:
        key = key * len(values) + codes
    codes, uniq = pd.factorize(key)
    firsts = np.empty(len(uniq), dtype=np.int64)
    firsts[codes] = np.arange(len(codes))
    rows = zip(*([values[c] for c in np.asarray(col)[firsts].tolist()] for col, values in columns))
    return take(pa.array([text(*row) for row in rows], pa.string()), codes)


def facts_json(log: FactLog | None, units: np.ndarray, targets: list[str]) -> dict[str, pa.Array]:
    """Per target: each of ``units``' facts for it, as the inside of a JSON array ("" for none)."""
    n = len(units)
    if log is None:
        return {tg: pa.array([""] * n, pa.string()) for tg in targets}
    facts, at = log.facts_of(units)
    pos = log.pos[facts]
    (t_codes, t_names), (i_codes, i_names), (r_codes, r_names) = log.target, log.input, log.rater
    # a fact: {"input":…,"value":…,"rater":…,"evidence":…,"sheet":…,"row":…}, from 3 distinct-text pieces
    head = take(pa.array([f'{{"input":{dumps(x)},"value":' for x in i_names], pa.string()), i_codes[facts])
    value = _combined([_codes(log, "value", pos)], lambda v: dumps(str(v)))
    where = _combined([(r_codes[facts], r_names), _codes(log, "evidence", pos), _codes(log, "sheet", pos)],
                      lambda r, e, s: f',"rater":{dumps(r or None)},"evidence":{dumps(str(e or "") or None)}'
                                      f',"sheet":{dumps(s or None)},"row":')
    rows = pc.cast(pa.array(log.rows()[pos].astype(np.int64), memory_pool=pool()), pa.string(), memory_pool=pool())
    one = join(head, value, where, rows, "}")
    n_t = len(t_names)
    key = at * n_t + t_codes[facts]
    if len(key) and (np.diff(key) < 0).any():  # each unit's facts by target (kept in the order given)
        order = np.argsort(key, kind="stable")
        key, one = key[order], take(one, order)
    starts = np.flatnonzero(np.diff(key)) + 1 if len(key) else np.zeros(0, dtype=np.int64)
    offsets = np.concatenate([[0], starts, [len(key)]]) if len(key) else np.zeros(1, dtype=np.int64)
    g_unit, g_target = np.divmod(key[offsets[:-1]], n_t) if len(key) else (key, key)
    lists = pa.ListArray.from_arrays(pa.array(np.append(offsets, len(key)), pa.int32()), one)  # the last: empty
    joined = pc.binary_join(lists, ",", memory_pool=pool())
    code = {name: k for k, name in enumerate(t_names)}
    index = np.full((len(targets), n), len(joined) - 1, dtype=np.int64)  # one take for every target
    for k, tg in enumerate(targets):
        if (c := code.get(tg)) is not None:
            sel = np.flatnonzero(g_target == c)
            index[k, g_unit[sel]] = sel
    taken = take(joined, index.ravel())
    return {tg: taken.slice(k * n, n) for k, tg in enumerate(targets)}
