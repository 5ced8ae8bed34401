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
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
import pandas as pd

from kaohe.i18n import _
from schemes.model import Scheme, ThresholdRule

from .errors import Problem, SubmissionError
from .inputs import INPUT_BASES, Contract
from .matrix import FactLog, FactMatrix, Key
from .numbers import MAX_INPUT, fmt_dec, norm_text, parse_bool, parse_number, to_micro
from .tables import RawTable, read_table
from .unit_list import read_unit_list  # noqa: F401 - callers import it from here too

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
    #: units whose template rows were left blank: not submitted, so not scored (a run note says so)
    skipped: list[str] = field(default_factory=list)


def read_submissions(path: Path | str, scheme: Scheme, *, units: list[str] | None = None,
                     missing_zero: bool = False, max_errors: int = DEFAULT_MAX_ERRORS,
                     contract: Contract | None = None) -> Submission:
    """Read a submission file (CSV/XLSX, long or wide) and validate it against the scheme."""
    contract = contract or Contract(scheme)
    groups = {r for p in contract.parts.parts for r in p.direct_raters if r}
    groups |= {r.name for p in contract.parts.parts for r in p.raters}
    raw = read_table(Path(path), rater_groups=groups)
    return validate(raw, contract, units=units, missing_zero=missing_zero, max_errors=max_errors)


# --------------------------------------------------------------------------- collecting problems


class _Problems:
    """Problems found column-wise: positions plus a formatter, turned into text only when shown."""

    def __init__(self, raw: RawTable) -> None:
        self.raw = raw
        self.found: list[tuple[np.ndarray, str, Callable[[int], str]]] = []
        self.extra: list[Callable[[], Problem]] = []  # problems without a row position
        self.n_extra = 0
        #: problems of several rows said once (an unknown unit): (their first position, maker)
        self.grouped: list[tuple[int, Callable[[], Problem]]] = []

    def add(self, mask_or_pos: np.ndarray, field_name: str, message: Callable[[int], str]) -> None:
        pos = np.flatnonzero(mask_or_pos) if mask_or_pos.dtype == bool else mask_or_pos
        if len(pos):
            self.found.append((pos, field_name, message))

    @property
    def total(self) -> int:
        return sum(len(p) for p, *_ in self.found) + self.n_extra + len(self.grouped)

    def render(self, limit: int) -> list[Problem]:
        """The first ``limit`` problems in file order, then those without a row."""
        df = self.raw.df
        rows = df["row"].to_numpy() if len(df) else np.zeros(0, dtype=np.int64)
        if self.found:
            pos = np.concatenate([p for p, *_ in self.found])
            check = np.concatenate([np.full(len(p), k) for k, (p, *_) in enumerate(self.found)])
            first = np.lexsort((check, pos))[:limit]
            flat = zip(pos[first].tolist(), check[first].tolist())
        else:
            flat = iter(())
        located: list[tuple[int, int, Callable[[], Problem]]] = []
        for p, k in flat:
            _, field_name, message = self.found[k]
            located.append((p, k, lambda p=p, field_name=field_name, message=message: Problem(
                file=self.raw.file, sheet=df["sheet"].iat[p] or None, row=int(rows[p]),
                column=self.raw.column_label(field_name, p), unit=str(df["unit"].iat[p]) or None,
                message=message(p),
            )))
        located += [(p, -1, make) for p, make in sorted(self.grouped, key=lambda g: g[0])[:limit]]
        out = [make() for _p, _k, make in sorted(located, key=lambda x: (x[0], x[1]))[:limit]]
        for make in self.extra:
            if len(out) >= limit:
                break
            out.append(make())
        return out


def _factor(col: pd.Series, norm: Callable[[object], str] = norm_text) -> tuple[np.ndarray, list[str]]:
    """Codes and normalized distinct texts of a column (each distinct text normalized once)."""
    codes, uniq = pd.factorize(col)  # NaN/None → -1; Arrow-backed text is encoded by Arrow, not per row
    normed = [norm(u) for u in uniq] + [""]
    codes = np.where(codes < 0, len(uniq), codes)
    # normalization may merge texts ("是 " and "是"): re-code onto the normalized values
    ncodes, nuniq = pd.factorize(np.array(normed, dtype=object))
    return ncodes[codes].astype(np.int64), list(nuniq)


def _dense(code: np.ndarray, space: int) -> tuple[np.ndarray, np.ndarray]:
    """(distinct codes ascending, inverse) for codes in 0..space-1; linear time when the space is small."""
    if space <= 4 * len(code) + 1024:
        seen = np.zeros(space, dtype=bool)
        seen[code] = True
        uniq = np.flatnonzero(seen)
        ids = np.cumsum(seen) - 1
        return uniq, ids[code]
    return np.unique(code, return_inverse=True)


def _first_of_group(code: np.ndarray) -> np.ndarray:
    """For each row, the position of the first row with the same code (stable sort, no hashing)."""
    n = len(code)
    order = np.argsort(code, kind="stable")
    srt = code[order]
    new_run = np.ones(n, dtype=bool)
    new_run[1:] = srt[1:] != srt[:-1]
    run_id = np.cumsum(new_run) - 1
    first = np.empty(n, dtype=np.int64)
    first[order] = order[new_run][run_id]
    return first


def _norm_input(x: object) -> str:
    t = norm_text(x).replace("：", ":")
    if ":" in t:
        base, arg = t.split(":", 1)
        return f"{base.strip().lower()}:{arg.strip()}"
    return t.lower()


def _hint(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return _(" (did you mean {name}?)").format(name=repr(close[0])) if close else ""


KIND_CODE = {"bool": 0, "count": 1, "number": 2, "score": 3}


def _add_unknown_units(probs: _Problems, u_codes: np.ndarray, unknown: np.ndarray, u_arr: np.ndarray,
                       known: set[str]) -> None:
    """One problem per unknown unit, listing its rows (a wide row's cells are one row), in file order."""
    pos = np.flatnonzero(unknown[u_codes])
    if not len(pos):
        return
    df = probs.raw.df
    codes = u_codes[pos]
    order = np.argsort(codes, kind="stable")  # positions of each unit together, in file order
    starts = np.flatnonzero(np.r_[True, codes[order][1:] != codes[order][:-1]])
    for lo, hi in zip(starts, [*starts[1:], len(order)]):
        at = pos[order[lo:hi]]
        name = u_arr[codes[order[lo]]]

        def make(at=at, name=name) -> Problem:
            sheets, rows = df["sheet"].to_numpy()[at], df["row"].to_numpy()[at]
            places = list(dict.fromkeys((s or None, int(r)) for s, r in zip(sheets, rows)))
            return Problem(file=probs.raw.file, sheet=places[0][0], row=places[0][1], column="unit", unit=name,
                           rows=places if len(places) > 1 else [],
                           message=_("unknown unit {name} (not in the unit list)").format(name=repr(name))
                           + _hint(name, known))

        probs.grouped.append((int(at[0]), make))


# --------------------------------------------------------------------------- validation


def validate(raw: RawTable, contract: Contract, *, units: list[str] | None = None,
             missing_zero: bool = False, max_errors: int = DEFAULT_MAX_ERRORS,
             known_units: set[str] | None = None) -> Submission:
    """Check every fact against the scheme's contract; build the fact matrix or raise.

    ``known_units``: the whole unit list when ``units`` is the part of it in this table (a chunk).
    A wide sheet's unit whose rows are all blank, which would fail for want of required inputs, is
    skipped instead (:func:`without_blank_units`), unless ``missing_zero`` asks to score missing inputs
    as 0.  Where nothing is required (a deduction scheme), a blank row scores as nothing to report."""
    skipped: list[str] = []
    if raw.layout == "wide" and not missing_zero and requires_input(contract):
        raw, skipped = without_blank_units(raw)
        if units is not None:
            units = [u for u in units if u not in set(skipped)]
    df = raw.df
    n = len(df)
    probs = _Problems(raw)
    scheme = contract.scheme

    # units
    u_codes, u_vals = _factor(df["unit"])
    u_arr = np.array(u_vals, dtype=object)
    blank_u = np.array([v == "" for v in u_vals], dtype=bool)
    probs.add(blank_u[u_codes], "unit", lambda p: _("unit is empty"))
    if units is not None:
        known = known_units if known_units is not None else set(units)
        unknown_u = np.array([v != "" and v not in known for v in u_vals], dtype=bool)
        _add_unknown_units(probs, u_codes, unknown_u, u_arr, known)

    # targets: resolved ids get small codes of their own (aliases such as a Part name merge)
    t_codes, t_vals = _factor(df["item"])
    resolved = [contract.resolve(t) for t in t_vals]
    res_ids = sorted({r for r in resolved if r is not None})
    res_code = {r: k for k, r in enumerate(res_ids)}
    t_to_res = np.array([res_code.get(r, -1) for r in resolved], dtype=np.int64)
    t_raw = np.array(t_vals, dtype=object)
    blank_t = np.array([t == "" for t in t_vals], dtype=bool)
    unknown_t = np.array([r is None and t != "" for t, r in zip(t_vals, resolved)], dtype=bool)
    names = list(contract.targets) + list(contract.aliases)
    probs.add(blank_t[t_codes], "item", lambda p: _("item is empty"))
    probs.add(unknown_t[t_codes], "item",
              lambda p: _("unknown item {name}").format(name=repr(t_raw[t_codes[p]])) + _hint(t_raw[t_codes[p]], names))
    tres = t_to_res[t_codes]  # -1 for unknown/blank

    # inputs, checked once per distinct (target, input) pair
    i_codes, i_vals = _factor(df["input"], _norm_input)
    ni = max(len(i_vals), 1)
    p_uniq, p_inv = _dense(np.where(tres >= 0, tres, len(res_ids)) * ni + i_codes, (len(res_ids) + 1) * ni)
    specs = []
    pair_msg: list[str | None] = []
    for pc in p_uniq:
        t, i = divmod(int(pc), ni)
        tid, inp = (res_ids[t] if t < len(res_ids) else None), i_vals[i]
        spec = contract.spec(tid, inp) if tid else None
        specs.append(spec)
        if tid is None or spec is not None:
            pair_msg.append(None)
        elif inp == "":
            pair_msg.append(_("input is empty"))
        elif inp.split(":", 1)[0] not in INPUT_BASES:
            pair_msg.append(_("unknown input kind {input}; use score, met, met:N, value, count, count:LEVEL "
                              "or shared_count:LEVEL").format(input=repr(inp)))
        else:
            tgt = contract.targets[tid]
            pair_msg.append(_("{kind} {id} does not take input {input}; it takes: {inputs}").format(
                kind=_(tgt.kind), id=tid, input=repr(inp), inputs=", ".join(tgt.inputs)))
    bad_pair = np.array([m is not None for m in pair_msg], dtype=bool)[p_inv]
    probs.add(bad_pair, "input", lambda p: pair_msg[p_inv[p]])
    kind = np.array([KIND_CODE[s.kind] if s else -1 for s in specs], dtype=np.int8)[p_inv]
    valid_key = (tres >= 0) & ~bad_pair & ~blank_u[u_codes]

    values = _check_values(df, probs, specs, p_inv, kind, valid_key, t_raw, t_codes, resolved)

    # raters: only direct part scores are keyed by rater; elsewhere the rater is provenance
    r_codes, r_vals = _factor(df["rater"])
    r_raw = np.array(r_vals, dtype=object)
    key_rater = np.full(n, -1, dtype=np.int64)
    for tid in res_ids:
        tgt = contract.targets[tid]
        if tgt.kind != "part" or tgt.raters == ("",):
            continue  # a part scored without rater groups: the rater is provenance
        rows_t = tres == res_code[tid]
        allowed = np.array([r in tgt.raters for r in r_vals], dtype=bool)
        item_raters = {r.name for p in contract.parts.parts if p.id == tid for r in p.raters if r.rates_items}
        probs.add(rows_t & ~allowed[r_codes], "rater",
                  lambda p, tgt=tgt, item_raters=item_raters: _rater_msg(r_raw[r_codes[p]], tgt, item_raters))
        key_rater = np.where(rows_t & allowed[r_codes], r_codes, key_rater)

    # per-unit target tables: the unit must have a row
    tables = {t.id: t for t in scheme.targets}
    value_inputs = np.array([v == "value" for v in i_vals], dtype=bool)
    for item in scheme.items:
        rule = item.rule
        if not isinstance(rule, ThresholdRule) or not rule.target_table or item.id not in res_code:
            continue
        table = tables[rule.target_table]
        has_row = np.array([v in table.rows for v in u_vals], dtype=bool)
        mask = (tres == res_code[item.id]) & value_inputs[i_codes] & ~has_row[u_codes] & ~blank_u[u_codes]
        probs.add(mask, "unit",
                  lambda p, table=table, item=item: _(
                      "no {column} target for unit {unit} in target table {table} (item {item} is scored against "
                      "it)").format(column=table.column, unit=repr(u_arr[u_codes[p]]), table=table.id, item=item.id))

    # duplicates and conflicts: one fact per unit, target, input (and rater for part scores)
    nt, nr = len(res_ids) + 1, len(r_vals) + 1
    if n and valid_key.any():
        code = ((u_codes * nt + tres) * ni + i_codes) * nr + (key_rater + 1)
        code = np.where(valid_key, code, -1 - np.arange(n))  # invalid rows never collide
        first = _first_of_group(code)
        dup = valid_key & (first != np.arange(n))
        rows = df["row"].to_numpy()
        sheets = df["sheet"].to_numpy()

        def dup_msg(p: int) -> str:
            f = first[p]
            where = (_("row {n} of sheet {sheet}").format(n=rows[f], sheet=sheets[f])
                     if sheets[f] and sheets[f] != sheets[p] else _("row {n}").format(n=rows[f]))
            what = _("unit {unit}, {target} {input}").format(unit=repr(u_arr[u_codes[p]]), target=res_ids[tres[p]],
                                                             input=i_vals[i_codes[p]])
            ra, rb = r_raw[r_codes[f]], r_raw[r_codes[p]]
            if ra != rb:
                return _("conflicting facts for {what}: {where} (rater {a}) and this row (rater {b})").format(
                    what=what, where=where, a=ra or "—", b=rb or "—")
            if rb:
                return _("duplicate fact for {what} (rater {rater}): also given in {where}").format(
                    what=what, rater=rb, where=where)
            return _("duplicate fact for {what}: also given in {where}").format(what=what, where=where)

        probs.add(dup, "item" if raw.layout == "long" else "value", dup_msg)

    # unit order: the unit list, else first appearance (wide rows first, so empty rows count)
    if units is not None:
        unit_order = list(units)
    else:
        seen: dict[str, None] = {}
        for u, *_where in raw.unit_rows:
            seen.setdefault(u, None)
        for c in pd.unique(u_codes):
            if u_vals[c]:
                seen.setdefault(u_vals[c], None)
        unit_order = list(seen)

    # the matrix: every row naming a valid unit, target and input counts as given (so a bad value
    # is not reported a second time as a missing input); values matter only when nothing is wrong
    unit_index = {u: k for k, u in enumerate(unit_order)}
    u_map = np.array([unit_index.get(v, -1) for v in u_vals], dtype=np.int64)
    given = valid_key & (u_map[u_codes] >= 0)
    gpos = np.flatnonzero(given)
    kcode = (tres[gpos] * ni + i_codes[gpos]) * nr + (key_rater[gpos] + 1)
    k_uniq, k_inv = _dense(kcode, nt * ni * nr)
    keys: list[Key] = []
    for kc in k_uniq:
        ti, r = divmod(int(kc), nr)
        t, i = divmod(ti, ni)
        keys.append((res_ids[t], i_vals[i], r_vals[r - 1] if r > 0 else ""))
    matrix = FactMatrix.build(unit_order, u_map[u_codes[gpos]], keys, k_inv, values[gpos])

    # required inputs
    missing = _missing(contract, matrix)
    if not missing_zero and any(m.any() for _k, _i, m in missing):
        _add_missing_problems(probs, raw, contract, matrix, missing, max_errors)
    if probs.total:
        raise SubmissionError(probs.render(max_errors), probs.total)

    log = FactLog(
        unit=u_map[u_codes[gpos]], pos=gpos,
        target=(tres[gpos], res_ids), input=(i_codes[gpos], i_vals), rater=(r_codes[gpos], r_vals),
        raw=df["value"], evidence=df["evidence"], sheet=df["sheet"], row=df["row"], n_units=len(unit_order),
    )
    out_missing: dict[str, np.ndarray] = {}
    for key, _inputs, m in missing:
        if m.any():
            out_missing[key] = out_missing.get(key, np.zeros(matrix.n_units, bool)) | m
    return Submission(raw.file, raw.layout, unit_order, matrix, log, out_missing, skipped)


def requires_input(contract: Contract) -> bool:
    """Whether a unit without any fact lacks a required input (as :func:`_missing` counts them)."""
    return any(tgt.kind == "part" or tgt.required for tgt in contract.targets.values())


def without_blank_units(raw: RawTable) -> tuple[RawTable, list[str]]:
    """A wide table without the units whose every row is blank (a template row nobody filled in).

    Such a unit did not submit: it is skipped, not failed for missing inputs.  A table in which every
    unit is blank is refused: there is nothing to score."""
    filled = set(raw.df["unit"].tolist())
    blank = [u for u in dict.fromkeys(u for u, *_where in raw.unit_rows) if u not in filled]
    if not blank:
        return raw, []
    if not filled:
        raise SubmissionError([Problem(file=raw.file, message=_("every unit row is blank: nothing to score; "
                                                                 "fill in at least one unit's row"))])
    gone = set(blank)
    rows = [r for r in raw.unit_rows if r[0] not in gone]
    return RawTable(raw.file, raw.layout, raw.df, rows, raw.sheet_raters), blank


def _rater_msg(rater: str, tgt, item_raters: set[str]) -> str:
    expected = _("expected one of: {raters}").format(raters=", ".join(tgt.raters))
    if rater in item_raters:
        return _("rater group {rater} rates the items of part {part}: its score is the sum of the item scores, "
                 "not a direct score; {expected}").format(rater=repr(rater), part=tgt.label, expected=expected)
    if not rater:
        return _("name the rater group giving this score for part {part}; {expected}").format(
            part=tgt.label, expected=expected)
    return _("rater {rater} gives no direct score for part {part}; {expected}").format(
        rater=repr(rater), part=tgt.label, expected=expected)


def _check_values(df: pd.DataFrame, probs: _Problems, specs, p_inv: np.ndarray, kind: np.ndarray,
                  valid_key: np.ndarray, t_raw: np.ndarray, t_codes: np.ndarray, resolved) -> np.ndarray:
    """Parse every distinct value text once; flag values that do not fit their input; micro/0-1 values."""
    v_codes, v_vals = _factor(df["value"])
    nv = len(v_vals)
    v_bool = np.full(nv, -1, dtype=np.int64)
    v_num = np.zeros(nv, dtype=np.int64)
    v_isnum = np.zeros(nv, dtype=bool)
    v_big = np.zeros(nv, dtype=bool)
    v_pct = np.zeros(nv, dtype=bool)
    v_int = np.zeros(nv, dtype=bool)
    v_empty = np.zeros(nv, dtype=bool)
    for k, text in enumerate(v_vals):
        v_empty[k] = text == ""
        b = parse_bool(text)
        if b is not None:
            v_bool[k] = int(b)
        parsed = parse_number(text)
        if parsed is None:
            continue
        d, pct = parsed
        v_isnum[k] = True
        v_pct[k] = pct
        if abs(d) > MAX_INPUT:
            v_big[k] = True
            continue
        v_num[k] = to_micro(d)
        v_int[k] = d == d.to_integral_value()
    v_raw = np.array(v_vals, dtype=object)
    raw_of = lambda p: v_raw[v_codes[p]]  # noqa: E731
    ok = valid_key
    empty = v_empty[v_codes]
    is_bool = kind == KIND_CODE["bool"]
    probs.add(ok & empty, "value", lambda p: _("value is empty"))
    probs.add(ok & is_bool & ~empty & (v_bool[v_codes] < 0), "value",
              lambda p: _("{value} is not yes/no ({accepted})").format(value=repr(raw_of(p)), accepted=YES_NO))
    numk = ok & ~is_bool & ~empty
    probs.add(numk & ~v_isnum[v_codes], "value", lambda p: _("{value} is not a number").format(value=repr(raw_of(p))))
    num_ok = numk & v_isnum[v_codes]
    probs.add(num_ok & v_big[v_codes], "value",
              lambda p: _("{value} is too large (at most 10^12)").format(value=repr(raw_of(p))))
    num_ok &= ~v_big[v_codes]
    vals = v_num[v_codes]
    is_count = kind == KIND_CODE["count"]
    probs.add(num_ok & is_count & (vals < 0), "value",
              lambda p: _("negative count {value}; a count is 0 or more").format(value=raw_of(p)))
    probs.add(num_ok & is_count & (vals >= 0) & ~v_int[v_codes], "value",
              lambda p: _("count {value} is not a whole number").format(value=raw_of(p)))
    is_score = kind == KIND_CODE["score"]
    pair_max = np.array([to_micro(s.max) if s is not None and s.max is not None else -1 for s in specs],
                        dtype=np.int64)[p_inv]
    ranged = np.array([s is not None and s.min is not None for s in specs], dtype=bool)[p_inv]
    pair_min = np.array([to_micro(s.min) if s is not None and s.min is not None else 0 for s in specs],
                        dtype=np.int64)[p_inv]
    # a score is 0 or more, except inside a range that reaches below 0 (±10: a signed adjustment)
    probs.add(num_ok & is_score & (vals < 0) & ~(ranged & (pair_min < 0)), "value",
              lambda p: _("score {value} is below 0").format(value=raw_of(p)))
    probs.add(num_ok & is_score & ~ranged & (pair_max >= 0) & (vals > pair_max), "value",
              lambda p: _("score {value} is above the maximum {max} of {target}").format(
                  value=raw_of(p), max=fmt_dec(specs[p_inv[p]].max, "-"), target=resolved[t_codes[p]]))
    probs.add(num_ok & is_score & ranged & (vals != 0) & ((vals < pair_min) | (vals > pair_max)), "value",
              lambda p: _("score {value} is outside the range {min}–{max} of {target}; choose an amount within "
                          "it, or 0 when nothing applies").format(
                  value=raw_of(p), min=fmt_dec(specs[p_inv[p]].min, "-"), max=fmt_dec(specs[p_inv[p]].max, "-"),
                  target=resolved[t_codes[p]]))
    pair_rate = np.array([bool(s and s.rate) for s in specs], dtype=bool)[p_inv]
    probs.add(num_ok & pair_rate & ~v_pct[v_codes] & (vals > 1_000_000), "value",
              lambda p: _("{value} for a rate target: write it as a percentage ({plain}%) or a fraction").format(
                  value=repr(raw_of(p)), plain=raw_of(p)))
    pair_positive = np.array([bool(s and s.nonnegative) for s in specs], dtype=bool)[p_inv]
    probs.add(num_ok & pair_positive & (vals < 0), "value",
              lambda p: (_("negative rate {value} for {target}: it is 0 or more") if specs[p_inv[p]].rate
                         else _("negative figure {value} for {target}: it is 0 or more")).format(
                  value=raw_of(p), target=resolved[t_codes[p]]))
    return np.where(is_bool, v_bool[v_codes], vals).astype(np.int64)


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
    """One problem per unit, listing the inputs it lacks (a unit with no facts at all says so)."""
    first_row: dict[str, tuple[str | None, int]] = {}
    rater_row: dict[tuple[str, str], tuple[str | None, int]] = {}  # (unit, rater of the sheet) → its row
    for u, sheet, row in raw.unit_rows:
        first_row.setdefault(u, (sheet, row))
        rater_row.setdefault((u, raw.sheet_raters.get(sheet, "") if sheet else ""), (sheet, row))
    lacking = np.zeros(matrix.n_units, dtype=bool)
    for _k, _i, mask in missing:
        lacking |= mask
    units = np.flatnonzero(lacking)
    probs.n_extra += len(units)
    any_fact = matrix.present.any(axis=0) if matrix.present.size else np.zeros(matrix.n_units, dtype=bool)
    for u in units[:limit]:
        unit = matrix.units[u]
        needs = []
        for _key, keys, mask in missing:
            if not mask[u]:
                continue
            tid, inp, rater = keys[0]
            if len(keys) == 1:
                needs.append(f"`{tid} {inp}`" + (_(" (rater {rater})").format(rater=rater) if rater else ""))
            else:
                needs.append(_("any of {inputs}").format(inputs="/".join(f"`{k[0]} {k[1]}`" for k in keys)))
        shown = ", ".join(needs[:6]) + (_(" and {n} more").format(n=len(needs) - 6) if len(needs) > 6 else "")
        if not any_fact[u]:
            msg = _("required inputs missing: unit {unit} has no facts at all ({n} required inputs)").format(
                unit=repr(unit), n=len(needs))
        elif len(needs) > 1:
            msg = _("required inputs missing: unit {unit} has no {inputs}").format(unit=repr(unit), inputs=shown)
        else:
            msg = _("required input missing: unit {unit} has no {inputs}").format(unit=repr(unit), inputs=shown)
        msg += _("; give them (an item's `score` also does) or use --missing-zero to score them 0")
        first_key = next(keys[0] for _key, keys, mask in missing if mask[u])
        if raw.layout == "wide" and unit in first_row:
            # a part score missing from a rater group's sheet is named in that sheet
            rater = first_key[2]
            sheet, row = rater_row.get((unit, rater), first_row[unit]) if rater else first_row[unit]
            column = f"{first_key[0]} {first_key[1]}"
            probs.extra.append(lambda sheet=sheet, row=row, column=column, msg=msg, unit=unit: Problem(
                file=raw.file, sheet=sheet, row=row, column=column, unit=unit, message=msg))
        else:
            probs.extra.append(lambda msg=msg, unit=unit: Problem(
                file=raw.file, column="item/input", unit=unit, message=msg))
