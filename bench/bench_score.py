"""Benchmark batch scoring: the whole `kaohe score` command against pandas, and the engine against a loop.

Generates a synthetic scheme of 100 items mixing every rule kind (threshold on
a rate and on met, components with a per-occurrence penalty, numeric and
labelled tiers with a gate, per-occurrence with floor and with cap,
proportional, manual), a levelled bonus with a shared factor, a deduction and
two vetoes, plus count-limited awards and a score band; then a long fact
table for N units (about 1.4 facts per item).

1. Whole process (what a user waits for): `kaohe score scheme.json facts.csv -o OUT`
   as a fresh process, paired run by run with a plain pandas script reading the
   same CSV, pivoting it to one row per unit and writing it (bench_cli.paired);
   median and range of wall and CPU time for both, and their ratio.  Then the
   command's stages in one process: imports, scheme, read + validate + score,
   and each output file (explanations.json, written only with --explain, shown apart).
2. In-process, from the same in-memory long table (strings, as read from a CSV),
   the same number of runs for each side, median and range:
   * kaohe: ``validate`` (column-wise checks, fact matrix) + ``score`` (rules on
     whole columns, weights, ranks, grades); the engine alone is shown too;
   * naive: one Python loop over the fact rows (Decimal parsing into a dict per
     unit), then a loop per unit and item applying the same rules in Decimal,
     with every per-item constant computed once per item.
   Both must give identical totals (asserted).
3. Peak memory (tracemalloc) of one validate + score at N/4, N/2, N units.
4. ``--explain-overhead``: `kaohe score --explain` paired with `kaohe score` of the same CSV (whole
   processes), the ratio of the medians.
5. ``--units-003 N``: the 2023 district scheme (003, extracted from the example notice) at N units ×
   18 inputs, generated in blocks; whole `kaohe score` processes, wall, CPU and peak RSS (no pandas
   baseline at this size: it would need several GB).
6. ``--dask-units N``: the streamed run's chunks scored on a Dask LocalCluster of 1 and of 2 worker
   processes (the flow's chunk task), against the same chunks in one process; wall time, speed-up and
   each worker's peak RSS.

Usage: .venv/bin/python bench/bench_score.py [--units 10000] [--items 100] [--runs 5] [--skip-memory]
           [--skip-whole] [--skip-inprocess] [--explain-overhead] [--units-003 N] [--dask-units N]
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
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
for _p in (ROOT, ROOT / "bench"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from pipeline.scoring.engine import score  # noqa: E402
from pipeline.scoring.inputs import Contract  # noqa: E402
from pipeline.scoring.submissions import validate  # noqa: E402
from pipeline.scoring.tables import RawTable  # noqa: E402
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


def compile_items(scheme: Scheme) -> list[tuple]:
    """The loop's per-item constants, as Decimals, computed once per item (not per unit × item)."""
    D = lambda x: Decimal(str(x))  # noqa: E731
    out = []
    for item in scheme.items:
        r = item.rule
        c: dict[str, object] = {"mx": D(item.points)}
        if isinstance(r, ThresholdRule) and r.target is not None:
            c["target"] = D(r.target.value)
        elif isinstance(r, ComponentsRule):
            c["components"] = [(k, D(x.points), x.per_occurrence) for k, x in enumerate(r.components, 1)]
        elif isinstance(r, TiersRule):
            c["numeric"] = r.tiers[0].lower is not None
            c["tiers"] = [(k, D(t.lower) if t.lower is not None else None,
                           D(t.upper) if t.upper is not None else None, D(t.points))
                          for k, t in enumerate(r.tiers, 1)]
        elif isinstance(r, PerOccurrenceRule):
            c["delta"] = D(r.delta)
            c["cap"] = D(r.cap) if r.cap is not None else None
            c["floor"] = D(r.floor) if r.floor is not None else Decimal(0)
        elif isinstance(r, ProportionalRule):
            c["base"] = D(r.target.value)
        out.append((item.id, r, c))
    return out


def naive_score(scheme: Scheme, facts: dict[str, dict[tuple[str, str], object]]) -> dict[str, Decimal]:
    """A loop per unit and item applying the same rules in Decimal (constants computed once per item)."""
    D = lambda x: Decimal(str(x))  # noqa: E731
    zero = Decimal(0)
    micro = Decimal("0.000001")
    items = compile_items(scheme)
    bonus = [(e.id, [(lvl, D(p), D(p) * D(e.shared_factor)) for lvl, p in e.levels.items()]) for e in scheme.bonus]
    deductions = [(e.id, abs(D(e.points))) for e in scheme.deductions]
    totals: dict[str, Decimal] = {}
    for unit, f in facts.items():
        total = zero
        for iid, r, c in items:
            mx = c["mx"]
            if (iid, "score") in f:
                total += f[(iid, "score")]
                continue
            if isinstance(r, ManualRule):
                s = zero
            elif isinstance(r, ThresholdRule):
                if (iid, "value") in f:
                    met = f[(iid, "value")] >= c["target"]
                else:
                    met = f.get((iid, "met"), False)
                s = mx if met else zero
            elif isinstance(r, ComponentsRule):
                s = zero
                for k, pts, per in c["components"]:
                    if per:
                        s += pts * f.get((iid, f"count:{k}"), zero)
                    elif f.get((iid, f"met:{k}"), False):
                        s += pts
                s = max(min(s, mx), zero)
            elif isinstance(r, TiersRule):
                s = zero
                if c["numeric"]:
                    v = f[(iid, "value")]
                    for _, lo, up, pts in c["tiers"]:
                        if v >= lo and (up is None or v < up):
                            s = max(s, pts)
                else:
                    for k, _, _, pts in c["tiers"]:
                        if f.get((iid, f"met:{k}"), False):
                            s = max(s, pts)
                s = min(s, mx)
            elif isinstance(r, PerOccurrenceRule):
                change = c["delta"] * f.get((iid, "count"), zero)
                if c["cap"] is not None:
                    change = max(change, -c["cap"])
                s = max(mx + change, c["floor"])
            elif isinstance(r, ProportionalRule):
                base = c["base"]
                v = min(max(f[(iid, "value")], zero), base)
                s = min((mx * v / base).quantize(micro, rounding="ROUND_DOWN"), mx)
            else:
                s = zero
            if r.gate and f.get((iid, "met")) is False:
                s = zero
            total += s
        for eid, levels in bonus:
            for lvl, p, shared in levels:
                total += p * f.get((eid, f"count:{lvl}"), zero)
                total += shared * f.get((eid, f"shared_count:{lvl}"), zero)
        for eid, p in deductions:
            total -= p * f.get((eid, "count"), zero)
        totals[unit] = total
    return totals


# --------------------------------------------------------------------------- timing


def kaohe_run(contract: Contract, df: pd.DataFrame):
    sub = validate(RawTable("synthetic.csv", "long", df), contract)
    return sub, score(sub, contract)


def timed(fn, runs: int) -> tuple[list[float], object]:
    """Every run's time (after a gc), and the last result."""
    times, out = [], None
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return times, out


def med(times: list[float]) -> float:
    return statistics.median(times)


def span(times: list[float]) -> str:
    return f"{med(times):7.3f} s [{min(times):.3f}–{max(times):.3f}]"


def peak_memory(fn) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


#: The baseline of the whole-process comparison: what a plain pandas script does with the same CSV.
PANDAS_BASELINE = """
import sys
import pandas as pd
pd.set_option("mode.string_storage", "python")  # its fastest text columns here (Arrow-backed: ~1.4× the CPU)
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
wide = df.pivot(index="unit", columns=["item", "input"], values="value")
wide.to_csv(sys.argv[2])
"""


#: Runs a command and prints its peak RSS: a child forked from this (large) bench process would report
#: this process's peak as its own (Linux keeps the high-water mark across fork and exec).
RSS_WRAPPER = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
               "sys.stderr.write(f'\\nMAXRSS {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n'); "
               "sys.exit(p.returncode)")


def run_rss(cmd: list[str]):
    """Wall, CPU (of the command and the small wrapper) and the command's own peak RSS."""
    import subprocess

    from bench_cli import PY, Sample

    t0 = time.perf_counter()
    proc = subprocess.Popen([PY, "-c", RSS_WRAPPER, *cmd], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed:\n{err}")
    rss = int(err.rsplit("MAXRSS", 1)[1].split()[0]) / 1024
    return Sample(wall, ru.ru_utime + ru.ru_stime, rss)


def paired_rss(a: list[str], b: list[str], runs: int, before=None, warmup: int = 1):
    """bench_cli.paired, with each command's own peak RSS (see :data:`RSS_WRAPPER`)."""
    sa, sb = [], []
    for k in range(warmup + runs):
        for cmd, out in ((a, sa), (b, sb)):
            if before:
                before()
            sample = run_rss(cmd)
            if k >= warmup:
                out.append(sample)
    return sa, sb


def whole_process(scheme: Scheme, df: pd.DataFrame, runs: int, explain_overhead: bool = False,
                  stages_too: bool = True) -> None:
    """`kaohe score` as a user runs it, paired with the pandas read-pivot-write of the same CSV."""
    import shutil

    from bench_cli import KAOHE, PY, summary

    from pipeline.scoring import score_file
    from pipeline.scoring.output import write_all

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        scheme_path, facts = tmp / "scheme.json", tmp / "facts.csv"
        scheme_path.write_text(scheme.model_dump_json(), encoding="utf-8")
        df[["unit", "item", "input", "value"]].to_csv(facts, index=False)
        out, wide = tmp / "out", tmp / "wide.csv"

        def clean():
            shutil.rmtree(out, ignore_errors=True)
            wide.unlink(missing_ok=True)

        ours = [*KAOHE, "score", str(scheme_path), str(facts), "-o", str(out)]
        base = [PY, "-c", PANDAS_BASELINE, str(facts), str(wide)]
        a, b = paired_rss(ours, base, runs, before=clean)
        print(f"whole process, {facts.stat().st_size / 1e6:.0f} MB long CSV → all outputs "
              f"(paired runs, median [range]):")
        print("  " + summary("kaohe score SCHEME facts.csv -o OUT", a, b,
                             "pandas read_csv → pivot → to_csv (same CSV)").replace("\n", "\n  "))
        print(f"  peak RSS: kaohe {statistics.median(x.max_rss_mib for x in a):.0f} MiB, "
              f"pandas {statistics.median(x.max_rss_mib for x in b):.0f} MiB (medians)")
        if explain_overhead:
            e, o = paired_rss([*ours, "--explain"], ours, runs, before=clean)
            print("  " + summary("kaohe score … --explain", e, o, "kaohe score (no --explain)").replace("\n", "\n  "))
        if not stages_too:
            return

        # the same command's stages, in one process (what each part of the wait is), wall and CPU
        stages: dict[str, list[tuple[float, float]]] = {}

        def stage(name: str, wall: float, cpu: float) -> None:
            stages.setdefault(name, []).append((wall, cpu))

        for _ in range(max(1, min(runs, 3))):
            clean()
            w0, c0 = time.perf_counter(), time.process_time()
            sch = Scheme.model_validate_json(scheme_path.read_text(encoding="utf-8"))
            w1, c1 = time.perf_counter(), time.process_time()
            res = score_file(sch, facts)
            w2, c2 = time.perf_counter(), time.process_time()
            stage("load scheme", w1 - w0, c1 - c0)
            stage("read + validate + score", w2 - w1, c2 - c1)
            wall: dict[str, float] = {}
            write_all(res, out, explain=False, inputs=[facts, scheme_path], timings=wall)
            clean()
            cpu: dict[str, float] = {}
            write_all(res, out, explain=False, inputs=[facts, scheme_path], timings=cpu, timer=time.process_time)
            for k in wall:
                stage(f"output: {k}", wall[k], cpu[k])
        imp = [run_import() for _ in range(max(1, min(runs, 3)))]
        print("  stages of `kaohe score` in one process (median wall / CPU; imports in a fresh process):")
        print(f"    {'imports (kaohe.cli + scoring + outputs)':40s} {med([w for w, _ in imp]):6.3f} s / "
              f"{med([c for _, c in imp]):6.3f} s")
        for k, v in stages.items():
            print(f"    {k:40s} {med([w for w, _ in v]):6.3f} s / {med([c for _, c in v]):6.3f} s")
        from pipeline.scoring.explain import Explainer

        ex, k = Explainer(res), min(res.n, 1000)  # (the whole run's own facts: read whole here)
        c0 = time.process_time()
        texts = ex.json(np.arange(k))  # one batch, column-wise
        per = (time.process_time() - c0) / k
        size = texts.nbytes
        print(f"    {'(--explain only) explanations.json':40s} ~{per * res.n:6.1f} s CPU  ({per * 1000:.2f} ms per unit "
              f"over {k} units, ~{size / k * res.n / 1e6:.0f} MB for all; off by default, "
              "`kaohe explain OUT UNIT` gives one unit)")


# --------------------------------------------------------------------------- the 003 scheme at scale


#: The 18 inputs of a unit of the 2023 district scheme: every item's count, a bonus, a deduction, a veto.
INPUTS_003 = [(i, "count") for i in ("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2",
                                     "4.3", "5.1", "5.2", "6.1")] + [("B1", "count:市总"), ("K1", "count"),
                                                                       ("V1", "met")]


def scheme_003() -> Scheme:
    from extractors import read_document
    from pipeline.extract import extract_scheme

    return extract_scheme(read_document(ROOT / "examples/notices/003_district_2023.docx"))


def write_facts_003(path: Path, n_units: int, block: int = 50_000, seed: int = 2023) -> int:
    """N units × 18 inputs as a long CSV, generated and written a block of units at a time."""
    import pyarrow as pa
    from pyarrow import csv as pacsv

    rng = np.random.default_rng(seed)
    k = len(INPUTS_003)
    items = pa.array([i for i, _ in INPUTS_003])
    inputs = pa.array([x for _, x in INPUTS_003])
    schema = pa.schema([("unit", pa.string()), ("item", pa.string()), ("input", pa.string()), ("value", pa.string())])
    with pacsv.CSVWriter(str(path), schema, write_options=pacsv.WriteOptions(quoting_style="needed")) as w:
        for start in range(0, n_units, block):
            m = min(block, n_units - start)
            names = pa.array([f"单位{u:07d}" for u in range(start, start + m)])
            counts = rng.integers(0, 4, (m, k)).astype(str).astype(object)
            counts[:, k - 3] = np.where(rng.random(m) < 0.1, "1", "0")  # B1 count:市总
            counts[:, k - 2] = np.where(rng.random(m) < 0.05, "1", "0")  # K1
            counts[:, k - 1] = np.where(rng.random(m) < 0.02, "是", "否")  # V1 met
            idx = pa.array(np.tile(np.arange(k), m))
            w.write_table(pa.table({
                "unit": names.take(pa.array(np.repeat(np.arange(m), k))), "item": items.take(idx),
                "input": inputs.take(idx), "value": pa.array(counts.ravel(), pa.string()),
            }, schema=schema))
    return n_units * k


def scale_003(n_units: int, runs: int) -> None:
    """`kaohe score` of the 003 scheme at ``n_units`` × 18 inputs: wall, CPU and peak RSS of whole processes."""
    import shutil

    from bench_cli import KAOHE, stat

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        scheme_path, facts, out = tmp / "scheme.json", tmp / "facts.csv", tmp / "out"
        scheme_path.write_text(scheme_003().model_dump_json(), encoding="utf-8")
        t0 = time.perf_counter()
        n = write_facts_003(facts, n_units)
        print(f"003 scheme, {n_units:,} units × 18 inputs = {n:,} facts, {facts.stat().st_size / 1e6:.0f} MB CSV "
              f"(generated in {time.perf_counter() - t0:.0f} s); load average {os.getloadavg()[0]:.1f}")
        samples = []
        for _ in range(runs):
            shutil.rmtree(out, ignore_errors=True)
            samples.append(run_rss([*KAOHE, "score", str(scheme_path), str(facts), "-o", str(out), "--no-report"]))
        print(f"  kaohe score SCHEME facts.csv -o OUT --no-report: wall {stat([x.wall for x in samples])}   "
              f"cpu {stat([x.cpu for x in samples])}   peak RSS {max(x.max_rss_mib for x in samples):.0f} MiB "
              f"(max of {runs})")


# --------------------------------------------------------------------------- Dask


def _peak_rss_mib() -> float:
    """This process's peak RSS since it started its program (VmHWM: unlike ru_maxrss, not inherited)."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


def dask_scale(scheme: Scheme, n_units: int, workers: tuple[int, ...] = (1, 2)) -> None:
    """The streamed run's chunks scored in one process, then on LocalClusters of worker processes."""
    from distributed import Client, LocalCluster

    from pipeline.scoring.stream import finish, open_source, score_chunk, spill

    contract = Contract(scheme)
    with tempfile.TemporaryDirectory() as tmp:
        facts = Path(tmp) / "facts.csv"
        df = synthetic_facts(scheme, n_units)
        df[["unit", "item", "input", "value"]].to_csv(facts, index=False)
        del df
        gc.collect()
        sp = spill(open_source(facts), folder=Path(tmp))
        chunks = sp.chunks()
        print(f"Dask: {n_units:,} units · {sum(sp.bucket_rows.values()):,} facts spilled into "
              f"{len(sp.bucket_rows)} buckets, {len(chunks)} chunks; load average {os.getloadavg()[0]:.1f}")
        t0 = time.perf_counter()
        jobs = [sp.job(a, b) for a, b in chunks]
        local = finish(sp, contract, [score_chunk(j, contract) for j in jobs])
        base = time.perf_counter() - t0
        print(f"  one process (the same chunk tasks in a loop): {base:6.2f} s; this process's peak RSS "
              f"{_peak_rss_mib():.0f} MiB (it also generated the facts)")
        for k in workers:
            with LocalCluster(n_workers=k, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
                    Client(cl) as client:
                t0 = time.perf_counter()
                client.run(lambda: __import__("pipeline.scoring.stream"))  # workers' imports, once per run
                shared = client.scatter(contract, broadcast=True)
                warm = time.perf_counter() - t0
                t0 = time.perf_counter()
                futures = client.map(lambda job, c: score_chunk(job, c), jobs, c=shared, pure=False)
                res = finish(sp, contract, client.gather(futures))
                wall = time.perf_counter() - t0
                rss = client.run(_peak_rss_mib)
            assert res.total.tolist() == local.total.tolist() and res.rank.tolist() == local.rank.tolist()
            print(f"  LocalCluster, {k} worker process(es): {wall:6.2f} s = {base / wall:4.2f}× the one process "
                  f"(+ {warm:.1f} s of worker imports first); "
                  f"peak RSS per worker {', '.join(f'{v:.0f}' for v in rss.values())} MiB; totals and ranks identical")
        sp.close()


def run_import() -> tuple[float, float]:
    """Wall and CPU time of the command's imports in a fresh interpreter."""
    import subprocess

    code = ("import time; w, c = time.perf_counter(), time.process_time(); import kaohe.cli.score_cmd, "
            "pipeline.scoring, pipeline.scoring.output, pipeline.scoring.report; "
            "print(time.perf_counter() - w, time.process_time() - c)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    wall, cpu = map(float, out.split())
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--units", type=int, default=10_000)
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5, help="runs of each side (in-process) / pairs (whole process)")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-whole", action="store_true", help="skip the whole-process comparison")
    ap.add_argument("--skip-stages", action="store_true", help="skip the in-process stages of the command")
    ap.add_argument("--skip-inprocess", action="store_true", help="skip the in-process engine comparison")
    ap.add_argument("--explain-overhead", action="store_true", help="pair `kaohe score --explain` with it without")
    ap.add_argument("--units-003", type=int, default=0, help="also score the 003 scheme at this many units")
    ap.add_argument("--dask-units", type=int, default=0, help="also score this many units on Dask LocalClusters")
    args = ap.parse_args(argv)

    scheme = synthetic_scheme(args.items)
    contract = Contract(scheme)
    print(f"python {platform.python_version()} · numpy {np.__version__} · pandas {pd.__version__} · "
          f"{platform.machine()} · {os.cpu_count()} cores · load average {os.getloadavg()[0]:.1f} · "
          f"{args.items} items")

    if args.units_003:
        scale_003(args.units_003, args.runs)
    if args.dask_units:
        dask_scale(scheme, args.dask_units)
    if args.skip_whole and args.skip_inprocess:
        return 0
    df = synthetic_facts(scheme, args.units)
    print(f"{args.units:,} units · {len(df):,} facts")
    if not args.skip_whole:
        whole_process(scheme, df, args.runs, args.explain_overhead, stages_too=not args.skip_stages)
    if args.skip_inprocess:
        return 0

    t_fast, (sub, res) = timed(lambda: kaohe_run(contract, df), args.runs)
    t_engine, _ = timed(lambda: score(sub, contract), args.runs)
    t_parse, parsed = timed(lambda: naive_parse(df), args.runs)
    t_loop, naive = timed(lambda: naive_score(scheme, parsed), args.runs)
    t_naive = [a + b for a, b in zip(t_parse, t_loop)]

    fast_totals = {u: Decimal(int(res.total[i])) / Decimal(10**6) for i, u in enumerate(res.units)}
    assert fast_totals.keys() == naive.keys(), "unit sets differ"
    diff = [u for u in naive if naive[u] != fast_totals[u]]
    assert not diff, f"totals differ for {len(diff)} units, e.g. {diff[0]}: {naive[diff[0]]} vs {fast_totals[diff[0]]}"
    print(f"in-process, from the same in-memory table (median [range] of {args.runs} runs each):")
    print(f"  kaohe engine (columns)       : {span(t_engine)}")
    print(f"  naive loop (unit × item)     : {span(t_loop)}   → engine {med(t_loop) / med(t_engine):6.1f}× faster")
    print(f"  kaohe validate + score       : {span(t_fast)}   (all checks of the submission contract)")
    print(f"  naive parse + loop           : {span(t_naive)}   → kaohe {med(t_naive) / med(t_fast):6.1f}× faster"
          "   (the naive parse checks nothing)")
    print(f"  totals identical for all {len(naive):,} units")

    if not args.skip_memory:
        print("peak memory of one in-process validate + score (tracemalloc), input table excluded:")
        for n in sorted({args.units // 4, args.units // 2, args.units}):
            d = synthetic_facts(scheme, n)
            peak = peak_memory(lambda: kaohe_run(contract, d))
            print(f"  {n:>7,} units · {len(d):>9,} facts : {peak / 2**20:7.1f} MiB  ({peak / n / 1024:.1f} KiB per unit)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
