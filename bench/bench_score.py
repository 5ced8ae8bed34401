"""Benchmark batch scoring: column-wise kaohe scoring against a straightforward per-row loop.

Generates a synthetic scheme of 100 items mixing every rule kind (threshold on
a rate and on met, components with a per-occurrence penalty, numeric and
labelled tiers with a gate, per-occurrence with floor and with cap,
proportional, manual), a levelled bonus with a shared factor, a deduction and
two vetoes, plus count-limited awards and a score band; then a long fact
table for N units (about 1.7 facts per item).

Timed in the same run, from the same in-memory long table (strings, as read
from a CSV) to every unit's total:

* kaohe: ``validate`` (column-wise checks, fact matrix) + ``score`` (rules on
  whole columns, weights, ranks, grades); the engine alone is shown too;
* naive: one Python loop over the fact rows (Decimal parsing into a dict per
  unit), then a loop per unit and item applying the same rules in Decimal.

Both must give identical totals (asserted).  Peak memory is tracemalloc's
peak during one kaohe run, measured at 2,500 / 5,000 / 10,000 units to show
it grows linearly.  Reading the CSV itself (pandas) is timed separately.

Usage: .venv/bin/python bench/bench_score.py [--units 10000] [--items 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.scoring.engine import score  # noqa: E402
from pipeline.scoring.inputs import Contract  # noqa: E402
from pipeline.scoring.submissions import validate  # noqa: E402
from pipeline.scoring.tables import RawTable, read_table  # noqa: E402
from schemes.model import (  # noqa: E402
    Category, Comparison, Component, ComponentsRule, DocumentRef, Entry, Grade, Item, ManualRule, Metadata,
    PerOccurrenceRule, ProportionalRule, Scheme, ThresholdRule, Tier, TiersRule, Veto,
)

KINDS = ("threshold_rate", "threshold_met", "components", "tiers_numeric", "tiers_labelled", "per_occ_floor",
         "per_occ_cap", "proportional", "manual", "components_plain")


# --------------------------------------------------------------------------- synthetic data


def synthetic_scheme(n_items: int = 100) -> Scheme:
    cats = [Category(id=str(c + 1), name=f"类别{c + 1}") for c in range(10)]
    items = []
    for k in range(n_items):
        kind = KINDS[k % len(KINDS)]
        pts = [3, 2, 5, 2, 3, 4, 4, 8, 6, 3][k % len(KINDS)]
        rule = {
            "threshold_rate": ThresholdRule(target=Comparison(op=">=", value=0.98, unit="%")),
            "threshold_met": ThresholdRule(),
            "components": ComponentsRule(components=[
                Component(label="a", points=2), Component(label="b", points=3.5),
                Component(label="缺一项扣0.5分", points=-0.5, per_occurrence=True)]),
            "tiers_numeric": TiersRule(tiers=[Tier(label="50%-80%", points=1, lower=0.5, upper=0.8),
                                              Tier(label="≥80%", points=2, lower=0.8)]),
            "tiers_labelled": TiersRule(gate="建档率不达标", tiers=[Tier(label="全面", points=3),
                                                              Tier(label="一般", points=2)]),
            "per_occ_floor": PerOccurrenceRule(delta=-0.5, unit="家", floor=0),
            "per_occ_cap": PerOccurrenceRule(delta=-0.25, unit="项", cap=1.5),
            "proportional": ProportionalRule(target=Comparison(op=">=", value=200)),
            "manual": ManualRule(),
            "components_plain": ComponentsRule(components=[Component(label="x", points=1.5),
                                                           Component(label="y", points=1.5)]),
        }[kind]
        items.append(Item(id=f"{k // 10 + 1}.{k % 10 + 1}", category=str(k // 10 % 10 + 1), text=f"item {k}",
                          points=pts, rule=rule))
    bonus = [Entry(id="B1", kind="bonus", text="表彰", levels={"全总": 10, "省总": 8, "市总": 5},
                   shared_factor=0.5)]
    deductions = [Entry(id="K1", kind="deduction", text="差错", points=-5)]
    veto = [Veto(id="V1", text="违纪"), Veto(id="V2", text="事故")]
    grades = [Grade(name="一等奖", count=10), Grade(name="二等奖", count=20), Grade(name="良好", min_score=300)]
    return Scheme(metadata=Metadata(title="synthetic", source=DocumentRef(file="-", sha256="0" * 64, format="txt")),
                  categories=cats, items=items, bonus=bonus, deductions=deductions, veto=veto, grades=grades)


def synthetic_facts(scheme: Scheme, n_units: int, seed: int = 7) -> pd.DataFrame:
    """A long fact table of strings, as read from a CSV (unit,item,input,value,rater,evidence)."""
    rng = np.random.default_rng(seed)
    units = np.array([f"单位{u:05d}" for u in range(n_units)], dtype=object)
    cols: dict[str, list[np.ndarray]] = {"unit": [], "item": [], "input": [], "value": []}

    def add(item: str, inp: str, values: np.ndarray, mask: np.ndarray | None = None) -> None:
        sel = slice(None) if mask is None else mask
        u = units[sel]
        cols["unit"].append(u)
        cols["item"].append(np.full(len(u), item, dtype=object))
        cols["input"].append(np.full(len(u), inp, dtype=object))
        cols["value"].append(np.asarray(values, dtype=object)[sel])

    yesno = np.array(["是", "否"], dtype=object)
    for k, item in enumerate(scheme.items):
        kind = KINDS[k % len(KINDS)]
        if kind == "threshold_rate":
            add(item.id, "value", np.char.add((rng.integers(900, 1001, n_units) / 10).astype(str), "%").astype(object))
        elif kind == "threshold_met":
            add(item.id, "met", yesno[rng.integers(0, 2, n_units)])
        elif kind == "components":
            add(item.id, "met:1", yesno[rng.integers(0, 2, n_units)])
            add(item.id, "met:2", yesno[rng.integers(0, 2, n_units)])
            add(item.id, "count:3", rng.integers(0, 4, n_units).astype(str).astype(object))
        elif kind == "tiers_numeric":
            add(item.id, "value", (rng.integers(0, 101, n_units) / 100).astype(str).astype(object))
        elif kind == "tiers_labelled":
            add(item.id, f"met:{k % 2 + 1}", yesno[rng.integers(0, 2, n_units)])
            add(item.id, "met", yesno[(rng.random(n_units) < 0.1).astype(int)])
        elif kind in ("per_occ_floor", "per_occ_cap"):
            add(item.id, "count", rng.integers(0, 12, n_units).astype(str).astype(object))
        elif kind == "proportional":
            add(item.id, "value", rng.integers(0, 260, n_units).astype(str).astype(object))
        elif kind == "manual":
            add(item.id, "score", (rng.integers(0, 13, n_units) / 2).astype(str).astype(object))
        else:
            add(item.id, "met:1", yesno[rng.integers(0, 2, n_units)])
            add(item.id, "met:2", yesno[rng.integers(0, 2, n_units)])
        if kind != "manual" and rng.random() < 0.15:  # a few rater overrides
            mask = rng.random(n_units) < 0.05
            add(item.id, "score", np.full(n_units, "1.25", dtype=object), mask)
    add("B1", "count:省总", rng.integers(0, 2, n_units).astype(str).astype(object), rng.random(n_units) < 0.3)
    add("B1", "shared_count:全总", np.full(n_units, "1", dtype=object), rng.random(n_units) < 0.05)
    add("K1", "count", np.full(n_units, "1", dtype=object), rng.random(n_units) < 0.1)
    add("V1", "met", np.full(n_units, "是", dtype=object), rng.random(n_units) < 0.01)
    df = pd.DataFrame({k: np.concatenate(v) for k, v in cols.items()})
    df["rater"] = ""
    df["evidence"] = ""
    df["sheet"] = None
    df["row"] = np.arange(2, len(df) + 2)
    return df


# --------------------------------------------------------------------------- the naive implementation


def _dec(text: str) -> Decimal:
    text = text.strip()
    if text.endswith("%"):
        return Decimal(text[:-1]) / 100
    return Decimal(text)


def _yes(text: str) -> bool:
    return text.strip().lower() in ("是", "yes", "1", "true", "达标")


def naive_parse(df: pd.DataFrame) -> dict[str, dict[tuple[str, str], object]]:
    """Per-row Python: one dict of parsed facts (Decimal, or bool for yes/no) per unit."""
    facts: dict[str, dict[tuple[str, str], object]] = defaultdict(dict)
    for unit, item, inp, value in zip(df["unit"], df["item"], df["input"], df["value"]):
        text = value.strip()
        if text in ("是", "否"):
            parsed: object = text == "是"
        elif text.endswith("%"):
            parsed = Decimal(text[:-1]) / 100
        else:
            parsed = Decimal(text)
        facts[unit][(item, inp)] = parsed
    return facts


def naive_score(scheme: Scheme, facts: dict[str, dict[tuple[str, str], object]]) -> dict[str, Decimal]:
    """A loop per unit and item applying the same rules in Decimal."""
    D = lambda x: Decimal(str(x))  # noqa: E731
    zero = Decimal(0)
    totals: dict[str, Decimal] = {}
    for unit, f in facts.items():
        total = zero
        for item in scheme.items:
            r = item.rule
            mx = D(item.points)
            iid = item.id
            if (iid, "score") in f:
                total += f[(iid, "score")]
                continue
            if isinstance(r, ManualRule):
                s = zero
            elif isinstance(r, ThresholdRule):
                if (iid, "value") in f:
                    met = f[(iid, "value")] >= D(r.target.value)
                else:
                    met = f.get((iid, "met"), False)
                s = mx if met else zero
            elif isinstance(r, ComponentsRule):
                s = zero
                for k, c in enumerate(r.components, 1):
                    if c.per_occurrence:
                        s += D(c.points) * f.get((iid, f"count:{k}"), zero)
                    elif f.get((iid, f"met:{k}"), False):
                        s += D(c.points)
                s = max(min(s, mx), zero)
            elif isinstance(r, TiersRule):
                s = zero
                if r.tiers[0].lower is not None:
                    v = f[(iid, "value")]
                    for t in r.tiers:
                        if v >= D(t.lower) and (t.upper is None or v < D(t.upper)):
                            s = max(s, D(t.points))
                else:
                    for k, t in enumerate(r.tiers, 1):
                        if f.get((iid, f"met:{k}"), False):
                            s = max(s, D(t.points))
                s = min(s, mx)
            elif isinstance(r, PerOccurrenceRule):
                change = D(r.delta) * f.get((iid, "count"), zero)
                if r.cap is not None:
                    change = max(change, -D(r.cap))
                s = max(mx + change, D(r.floor) if r.floor is not None else zero)
            elif isinstance(r, ProportionalRule):
                v = min(max(f[(iid, "value")], zero), D(r.target.value))
                s = (mx * v / D(r.target.value)).quantize(Decimal("0.000001"), rounding="ROUND_DOWN")
                s = min(s, mx)
            else:
                s = zero
            if r.gate and f.get((iid, "met")) is False:
                s = zero
            total += s
        for e in scheme.bonus:
            for lvl, p in e.levels.items():
                total += D(p) * f.get((e.id, f"count:{lvl}"), zero)
                total += D(p) * D(e.shared_factor) * f.get((e.id, f"shared_count:{lvl}"), zero)
        for e in scheme.deductions:
            total -= abs(D(e.points)) * f.get((e.id, "count"), zero)
        totals[unit] = total
    return totals


# --------------------------------------------------------------------------- timing


def kaohe_run(contract: Contract, df: pd.DataFrame):
    sub = validate(RawTable("synthetic.csv", "long", df), contract)
    return sub, score(sub, contract)


def best_of(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def peak_memory(fn) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--units", type=int, default=10_000)
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    scheme = synthetic_scheme(args.items)
    contract = Contract(scheme)
    print(f"python {platform.python_version()} · numpy {np.__version__} · pandas {pd.__version__} · "
          f"{platform.machine()} · {args.items} items")

    df = synthetic_facts(scheme, args.units)
    print(f"{args.units:,} units · {len(df):,} facts")
    t_fast, (sub, res) = best_of(lambda: kaohe_run(contract, df), args.repeat)
    t_engine, _ = best_of(lambda: score(sub, contract), args.repeat)
    t_parse, parsed = best_of(lambda: naive_parse(df), 1)
    t_loop, naive = best_of(lambda: naive_score(scheme, parsed), 1)

    fast_totals = {u: Decimal(int(res.total[i])) / Decimal(10**6) for i, u in enumerate(res.units)}
    assert fast_totals.keys() == naive.keys(), "unit sets differ"
    diff = [u for u in naive if naive[u] != fast_totals[u]]
    assert not diff, f"totals differ for {len(diff)} units, e.g. {diff[0]}: {naive[diff[0]]} vs {fast_totals[diff[0]]}"
    print(f"scoring (rules → totals, ranks, grades) from parsed facts:")
    print(f"  kaohe engine (columns)     : {t_engine:7.3f} s")
    print(f"  naive loop (unit × item)   : {t_loop:7.3f} s   → {t_loop / t_engine:6.1f}× faster")
    print(f"from the long table of strings to totals:")
    print(f"  kaohe validate + score     : {t_fast:7.3f} s   (all checks of the submission contract)")
    print(f"  naive parse + loop         : {t_parse + t_loop:7.3f} s   → {(t_parse + t_loop) / t_fast:6.1f}× faster"
          "   (the naive parse checks nothing)")
    print(f"  totals identical for all {len(naive):,} units")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.csv"
        df[["unit", "item", "input", "value"]].to_csv(path, index=False)
        t_read, _ = best_of(lambda: read_table(path), 1)
        print(f"  reading the {path.stat().st_size / 1e6:.0f} MB CSV (pandas): {t_read:.3f} s")

    print("peak memory of one kaohe run (tracemalloc), input table excluded:")
    for n in sorted({args.units // 4, args.units // 2, args.units}):
        d = synthetic_facts(scheme, n)
        peak = peak_memory(lambda: kaohe_run(contract, d))
        print(f"  {n:>7,} units · {len(d):>9,} facts : {peak / 2**20:7.1f} MiB  ({peak / n / 1024:.1f} KiB per unit)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
