"""Reading and validating submissions: facts (unit, item, input, value[, rater, evidence]).

Validation is column-wise: every distinct text (unit, item, input, value) is
interpreted once and mapped back onto the rows, so a 1.5-million-fact file is
checked in well under a second.  All problems are collected (up to a limit)
with file, row and column, and raised together as :class:`SubmissionError`;
nothing is scored from a submission that failed.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
import pandas as pd

from schemes.model import Scheme, ThresholdRule

from .errors import Problem, SubmissionError
from .inputs import INPUT_BASES, Contract
from .matrix import FactLog, FactMatrix, Key
from .numbers import MAX_INPUT, fmt_dec, norm_text, parse_bool, parse_number, to_micro
from .tables import RawTable, read_table

DEFAULT_MAX_ERRORS = 50
YES_NO = "是/否, yes/no, 1/0, true/false, 达标/未达标"


@dataclass
class Submission:
    """Validated facts, ready for the engine."""

    file: str
    layout: str
    units: list[str]
    matrix: FactMatrix
    log: FactLog
    #: with --missing-zero: key → units whose required input was missing (target id, or "P1|rater")
    missing: dict[str, np.ndarray] = field(default_factory=dict)


def read_submissions(path: Path | str, scheme: Scheme, *, units: list[str] | None = None,
                     missing_zero: bool = False, max_errors: int = DEFAULT_MAX_ERRORS,
                     contract: Contract | None = None) -> Submission:
    """Read a submission file (CSV/XLSX, long or wide) and validate it against the scheme."""
    contract = contract or Contract(scheme)
    groups = {r for p in contract.parts.parts for r in p.direct_raters if r}
    groups |= {r.name for p in contract.parts.parts for r in p.raters}
    raw = read_table(Path(path), rater_groups=groups)
    return validate(raw, contract, units=units, missing_zero=missing_zero, max_errors=max_errors)


def read_unit_list(path: Path | str) -> list[str]:
    """A unit list: one unit per line, or the first column of a CSV (an optional `unit` header)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    out: list[str] = []
    for i, line in enumerate(text.splitlines()):
        name = norm_text(line.split(",")[0])
        if not name or (i == 0 and name.lower() in {"unit", "单位"}):
            continue
        if name not in out:
            out.append(name)
    return out


# --------------------------------------------------------------------------- collecting problems


class _Problems:
    """Problems found column-wise: positions plus a formatter, turned into text only when shown."""

    def __init__(self, raw: RawTable) -> None:
        self.raw = raw
        self.found: list[tuple[np.ndarray, str, Callable[[int], str]]] = []
        self.extra: list[Callable[[], Problem]] = []  # problems without a row position
        self.n_extra = 0

    def add(self, mask_or_pos: np.ndarray, field_name: str, message: Callable[[int], str]) -> None:
        pos = np.flatnonzero(mask_or_pos) if mask_or_pos.dtype == bool else mask_or_pos
        if len(pos):
            self.found.append((pos, field_name, message))

    @property
    def total(self) -> int:
        return sum(len(p) for p, *_ in self.found) + self.n_extra

    def bad_rows(self, n: int) -> np.ndarray:
        bad = np.zeros(n, dtype=bool)
        for pos, *_ in self.found:
            bad[pos] = True
        return bad

    def render(self, limit: int) -> list[Problem]:
        df = self.raw.df
        rows = df["row"].to_numpy() if len(df) else np.zeros(0, dtype=np.int64)
        flat = [(int(p), k) for k, (pos, *_) in enumerate(self.found) for p in pos]
        flat.sort(key=lambda t: (t[0], t[1]))
        out: list[Problem] = []
        for p, k in flat[:limit]:
            _, field_name, message = self.found[k]
            out.append(Problem(
                file=self.raw.file, sheet=df["sheet"].iat[p] or None, row=int(rows[p]),
                column=self.raw.column_label(field_name, p), unit=str(df["unit"].iat[p]) or None,
                message=message(p),
            ))
        for make in self.extra:
            if len(out) >= limit:
                break
            out.append(make())
        return out


def _factor(col: pd.Series, norm: Callable[[object], str] = norm_text) -> tuple[np.ndarray, list[str]]:
    """Codes and normalized distinct texts of a column (each distinct text normalized once)."""
    codes, uniq = pd.factorize(col.astype(object), use_na_sentinel=False)
    normed = [norm(u) for u in uniq]
    # normalization may merge texts ("是 " and "是"): re-code onto the normalized values
    ncodes, nuniq = pd.factorize(pd.Series(normed, dtype=object), use_na_sentinel=False)
    return ncodes[codes].astype(np.int64), list(nuniq)


def _norm_input(x: object) -> str:
    t = norm_text(x).replace("：", ":")
    if ":" in t:
        base, arg = t.split(":", 1)
        return f"{base.strip().lower()}:{arg.strip()}"
    return t.lower()


def _hint(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


# --------------------------------------------------------------------------- validation


def validate(raw: RawTable, contract: Contract, *, units: list[str] | None = None,
             missing_zero: bool = False, max_errors: int = DEFAULT_MAX_ERRORS) -> Submission:
    """Check every fact against the scheme's contract; build the fact matrix or raise."""
    df = raw.df
    n = len(df)
    probs = _Problems(raw)

    # units
    u_codes, u_vals = _factor(df["unit"]) if n else (np.zeros(0, np.int64), [])
    u_arr = np.array(u_vals, dtype=object)
    blank_u = np.array([v == "" for v in u_vals], dtype=bool)
    probs.add(blank_u[u_codes] if n else np.zeros(0, bool), "unit", lambda p: "unit is empty")
    if units is not None:
        known = set(units)
        unknown_u = np.array([v != "" and v not in known for v in u_vals], dtype=bool)
        probs.add(unknown_u[u_codes] if n else np.zeros(0, bool), "unit",
                  lambda p: f"unknown unit {u_arr[u_codes[p]]!r} (not in the unit list)"
                  + _hint(u_arr[u_codes[p]], known))

    # targets
    t_codes, t_vals = _factor(df["item"]) if n else (np.zeros(0, np.int64), [])
    resolved = [contract.resolve(t) for t in t_vals]
    t_res = np.array(resolved, dtype=object)
    names = list(contract.targets) + list(contract.aliases)
    blank_t = np.array([t == "" for t in t_vals], dtype=bool)
    unknown_t = np.array([r is None and t != "" for t, r in zip(t_vals, resolved)], dtype=bool)
    t_raw = np.array(t_vals, dtype=object)
    if n:
        probs.add(blank_t[t_codes], "item", lambda p: "item is empty")
        probs.add(unknown_t[t_codes], "item",
                  lambda p: f"unknown item {t_raw[t_codes[p]]!r}" + _hint(t_raw[t_codes[p]], names))

    # inputs, per distinct (target, input) pair
    i_codes, i_vals = _factor(df["input"], _norm_input) if n else (np.zeros(0, np.int64), [])
    pair = t_codes * max(len(i_vals), 1) + i_codes
    p_uniq, p_inv = np.unique(pair, return_inverse=True) if n else (np.zeros(0, np.int64), np.zeros(0, np.int64))
    specs = []
    pair_msg: list[str | None] = []
    for pc in p_uniq:
        t, i = divmod(int(pc), max(len(i_vals), 1))
        tid, inp = resolved[t], i_vals[i]
        spec = contract.spec(tid, inp) if tid else None
        specs.append(spec)
        if tid is None or spec is not None:
            pair_msg.append(None)
        elif inp == "":
            pair_msg.append("input is empty")
        elif inp.split(":", 1)[0] not in INPUT_BASES:
            pair_msg.append(f"unknown input kind {inp!r}; use score, met, met:N, value, count, count:LEVEL "
                            "or shared_count:LEVEL")
        else:
            tgt = contract.targets[tid]
            pair_msg.append(f"{tgt.kind} {tid} does not take input {inp!r}; it takes: {', '.join(tgt.inputs)}")
    bad_pair = np.array([m is not None for m in pair_msg], dtype=bool)
    if n:
        probs.add(bad_pair[p_inv], "input", lambda p: pair_msg[p_inv[p]])
    kind_of_pair = np.array([s.kind if s else "" for s in specs], dtype=object)
    row_kind = kind_of_pair[p_inv] if n else np.zeros(0, dtype=object)

    # values, per distinct text
    v_codes, v_vals = _factor(df["value"]) if n else (np.zeros(0, np.int64), [])
    nv = len(v_vals)
    v_bool = np.full(nv, -1, dtype=np.int64)
    v_num = np.zeros(nv, dtype=np.int64)
    v_isnum = np.zeros(nv, dtype=bool)
    v_big = np.zeros(nv, dtype=bool)
    v_pct = np.zeros(nv, dtype=bool)
    v_int = np.zeros(nv, dtype=bool)
    v_dec: list[Decimal | None] = []
    for k, text in enumerate(v_vals):
        b = parse_bool(text)
        if b is not None:
            v_bool[k] = int(b)
        parsed = parse_number(text)
        if parsed is None:
            v_dec.append(None)
            continue
        d, pct = parsed
        v_dec.append(d)
        v_isnum[k] = True
        v_pct[k] = pct
        if abs(d) > MAX_INPUT:
            v_big[k] = True
            continue
        v_num[k] = to_micro(d)
        v_int[k] = d == d.to_integral_value()
    v_raw = np.array(v_vals, dtype=object)
    if n:
        ok_pair = ~bad_pair[p_inv] & ~unknown_t[t_codes] & ~blank_t[t_codes]
        empty = np.array([v == "" for v in v_vals], dtype=bool)[v_codes]
        is_bool = row_kind == "bool"
        is_numk = ok_pair & ~is_bool
        probs.add(ok_pair & empty, "value", lambda p: "value is empty")
        probs.add(ok_pair & is_bool & ~empty & (v_bool[v_codes] < 0), "value",
                  lambda p: f"{v_raw[v_codes[p]]!r} is not yes/no ({YES_NO})")
        probs.add(is_numk & ~empty & ~v_isnum[v_codes], "value",
                  lambda p: f"{v_raw[v_codes[p]]!r} is not a number")
        num_ok = is_numk & v_isnum[v_codes]
        probs.add(num_ok & v_big[v_codes], "value",
                  lambda p: f"{v_raw[v_codes[p]]!r} is too large (at most 10^12)")
        num_ok &= ~v_big[v_codes]
        vals = v_num[v_codes]
        is_count = row_kind == "count"
        probs.add(num_ok & is_count & (vals < 0), "value",
                  lambda p: f"negative count {v_raw[v_codes[p]]}; a count is 0 or more")
        probs.add(num_ok & is_count & (vals >= 0) & ~v_int[v_codes], "value",
                  lambda p: f"count {v_raw[v_codes[p]]} is not a whole number")
        is_score = row_kind == "score"
        probs.add(num_ok & is_score & (vals < 0), "value",
                  lambda p: f"score {v_raw[v_codes[p]]} is below 0")
        pair_max = np.array([to_micro(s.max) if s is not None and s.max is not None else -1 for s in specs],
                            dtype=np.int64)
        row_max = pair_max[p_inv]
        over = num_ok & is_score & (row_max >= 0) & (vals > row_max)
        probs.add(over, "value",
                  lambda p: f"score {v_raw[v_codes[p]]} is above the maximum "
                  f"{fmt_dec(specs[p_inv[p]].max, '-')} of {t_res[t_codes[p]]}")
        pair_rate = np.array([bool(s and s.rate) for s in specs], dtype=bool)
        probs.add(num_ok & pair_rate[p_inv] & ~v_pct[v_codes] & (vals > 1_000_000), "value",
                  lambda p: f"{v_raw[v_codes[p]]!r} for a rate target: write it as a percentage "
                  f"({v_raw[v_codes[p]]}%) or a fraction")
        values = np.where(is_bool, v_bool[v_codes], vals).astype(np.int64)
    else:
        values = np.zeros(0, np.int64)

    # raters: only direct part scores are keyed by rater; elsewhere the rater is provenance
    r_codes, r_vals = _factor(df["rater"]) if n else (np.zeros(0, np.int64), [])
    r_raw = np.array(r_vals, dtype=object)
    key_rater = np.full(n, -1, dtype=np.int64)
    for tid in {r for r in resolved if r and contract.targets[r].kind == "part"}:
        tgt = contract.targets[tid]
        t_idx = [k for k, r in enumerate(resolved) if r == tid]
        rows_t = np.isin(t_codes, t_idx)
        if tgt.raters == ("",):
            continue  # a part scored directly without rater groups: the rater is provenance
        allowed = np.array([r in tgt.raters for r in r_vals], dtype=bool)
        bad_r = rows_t & ~allowed[r_codes]
        probs.add(bad_r, "rater",
                  lambda p, tgt=tgt: (f"rater {r_raw[r_codes[p]]!r} gives no direct score for part "
                                      if r_raw[r_codes[p]] else f"name the rater group giving this score for part ")
                  + f"{tgt.label}; expected one of: {', '.join(tgt.raters)}")
        key_rater = np.where(rows_t & allowed[r_codes], r_codes, key_rater)

    # per-unit target tables: the unit must have a row
    scheme = contract.scheme
    tables = {t.id: t for t in scheme.targets}
    for item in scheme.items:
        rule = item.rule
        if not isinstance(rule, ThresholdRule) or not rule.target_table or item.id not in resolved:
            continue
        table = tables[rule.target_table]
        t_idx = [k for k, r in enumerate(resolved) if r == item.id]
        i_idx = [k for k, v in enumerate(i_vals) if v == "value"]
        has_row = np.array([v in table.rows for v in u_vals], dtype=bool)
        mask = np.isin(t_codes, t_idx) & np.isin(i_codes, i_idx) & ~has_row[u_codes] & ~blank_u[u_codes]
        probs.add(mask, "unit",
                  lambda p, table=table, item=item: f"no {table.column} target for unit {u_arr[u_codes[p]]!r} "
                  f"in target table {table.id} (item {item.id} is scored against it)")

    # duplicates and conflicts: one fact per unit, target, input (and rater for part scores)
    valid_key = ~unknown_t[t_codes] & ~blank_t[t_codes] & ~bad_pair[p_inv] & ~blank_u[u_codes] if n else np.zeros(0, bool)
    tres_codes = pd.factorize(t_res[t_codes])[0] if n else np.zeros(0, np.int64)
    if n and valid_key.any():
        kdf = pd.DataFrame({"u": u_codes, "t": tres_codes, "i": i_codes, "r": key_rater})
        grp = kdf.groupby(["u", "t", "i", "r"], sort=False).ngroup().to_numpy()
        grp = np.where(valid_key, grp, -1 - np.arange(n))  # invalid rows never collide
        _, first_idx, inv = np.unique(grp, return_index=True, return_inverse=True)
        first = first_idx[inv]
        dup = valid_key & (first != np.arange(n))
        rows = df["row"].to_numpy()
        sheets = df["sheet"].to_numpy()

        def dup_msg(p: int) -> str:
            f = first[p]
            where = f"row {rows[f]}" + (f" of sheet {sheets[f]}" if sheets[f] and sheets[f] != sheets[p] else "")
            what = f"unit {u_arr[u_codes[p]]!r}, {t_res[t_codes[p]]} {i_vals[i_codes[p]]}"
            ra, rb = r_raw[r_codes[f]], r_raw[r_codes[p]]
            if ra != rb:
                return f"conflicting facts for {what}: {where} (rater {ra or '—'}) and this row (rater {rb or '—'})"
            return f"duplicate fact for {what}" + (f" (rater {rb})" if rb else "") + f": also given in {where}"

        probs.add(dup, "item" if raw.layout == "long" else "value", dup_msg)

    # unit order: the unit list, else first appearance (wide rows first, so empty rows count)
    if units is not None:
        unit_order = list(units)
    else:
        seen: dict[str, None] = {}
        for u, *_ in raw.unit_rows:
            seen.setdefault(u, None)
        if n:
            first_u = pd.unique(u_codes)
            for c in first_u:
                if u_vals[c]:
                    seen.setdefault(u_vals[c], None)
        unit_order = list(seen)

    bad = probs.bad_rows(n)
    good = ~bad
    # the matrix
    unit_index = {u: k for k, u in enumerate(unit_order)}
    u_map = np.array([unit_index.get(v, -1) for v in u_vals], dtype=np.int64)
    if n:
        good &= u_map[u_codes] >= 0
    gpos = np.flatnonzero(good)
    if len(gpos):
        kc = pd.DataFrame({"t": tres_codes[gpos], "i": i_codes[gpos], "r": key_rater[gpos]})
        kid = kc.groupby(["t", "i", "r"], sort=False).ngroup().to_numpy()
        firsts = pd.Series(np.arange(len(kid))).groupby(kid).first().to_numpy()
        keys: list[Key] = []
        for f in firsts:
            p = gpos[f]
            keys.append((t_res[t_codes[p]], i_vals[i_codes[p]],
                         r_vals[key_rater[p]] if key_rater[p] >= 0 else ""))
        matrix = FactMatrix.build(unit_order, u_map[u_codes[gpos]], keys, kid, values[gpos])
    else:
        matrix = FactMatrix.build(unit_order, np.zeros(0, np.int64), [], np.zeros(0, np.int64),
                                  np.zeros(0, np.int64))

    # required inputs
    missing = _missing(contract, matrix)
    n_missing = sum(int(m.sum()) for _, _, m in missing)
    if n_missing and not missing_zero:
        _add_missing_problems(probs, raw, contract, matrix, missing, max_errors)
    if probs.total:
        raise SubmissionError(probs.render(max_errors), probs.total)

    log_df = pd.DataFrame({
        "u": u_map[u_codes[gpos]] if len(gpos) else np.zeros(0, np.int64),
        "target": t_res[t_codes[gpos]] if len(gpos) else [],
        "input": np.array(i_vals, dtype=object)[i_codes[gpos]] if len(gpos) else [],
        "rater": r_raw[r_codes[gpos]] if len(gpos) else [],
        "raw": v_raw[v_codes[gpos]] if len(gpos) else [],
        "evidence": df["evidence"].to_numpy()[gpos] if len(gpos) else [],
        "sheet": df["sheet"].to_numpy()[gpos] if len(gpos) else [],
        "row": df["row"].to_numpy()[gpos] if len(gpos) else [],
    })
    out_missing: dict[str, np.ndarray] = {}
    for key, _, m in missing:
        if m.any():
            out_missing[key] = out_missing.get(key, np.zeros(matrix.n_units, bool)) | m
    return Submission(raw.file, raw.layout, unit_order, matrix, FactLog.build(log_df, len(unit_order)), out_missing)


def _missing(contract: Contract, matrix: FactMatrix) -> list[tuple[str, tuple[Key, ...], np.ndarray]]:
    """(flag key, the inputs any of which would do, mask of units lacking them)."""
    out = []
    for tid, tgt in contract.targets.items():
        if tgt.kind == "part":
            for rater in tgt.raters:
                have = matrix.has(tid, "score", rater)
                out.append((f"{tid}|{rater}" if rater else tid, ((tid, "score", rater),), ~have))
            continue
        if not tgt.required:
            continue
        override = matrix.has(tid, "score") if "score" in tgt.inputs else None
        for group in tgt.required:
            have = np.zeros(matrix.n_units, dtype=bool)
            for inp in group:
                have |= matrix.has(tid, inp)
            if override is not None:
                have |= override
            out.append((tid, tuple((tid, i, "") for i in group), ~have))
    return out


def _add_missing_problems(probs: _Problems, raw: RawTable, contract: Contract, matrix: FactMatrix,
                          missing, limit: int) -> None:
    first_row: dict[str, tuple[str | None, int]] = {}
    for u, sheet, row in raw.unit_rows:
        first_row.setdefault(u, (sheet, row))
    shown = 0
    for _, keys, mask in missing:
        count = int(mask.sum())
        probs.n_extra += count
        for u in np.flatnonzero(mask):
            if shown >= limit:
                break
            shown += 1
            unit = matrix.units[u]
            tid, inp, rater = keys[0]
            tgt = contract.targets[tid]
            if len(keys) == 1:
                need = f"`{tid} {inp}`" + (f" from rater {rater}" if rater else "")
            else:
                need = "one of " + ", ".join(f"`{k[0]} {k[1]}`" for k in keys)
            alt = " (or a `score`)" if tgt.kind == "item" and "score" in tgt.inputs and inp != "score" else ""
            msg = f"required input missing: unit {unit!r} has no {need}{alt}; use --missing-zero to score it 0"
            if raw.layout == "wide" and unit in first_row:
                sheet, row = first_row[unit]
                probs.extra.append(lambda sheet=sheet, row=row, keys=keys, msg=msg, unit=unit: Problem(
                    file=raw.file, sheet=sheet, row=row, column=f"{keys[0][0]} {keys[0][1]}", unit=unit, message=msg))
            else:
                probs.extra.append(lambda keys=keys, msg=msg, unit=unit: Problem(
                    file=raw.file, column="item/input", unit=unit, message=msg))
