"""Benchmark the Prefect flows: their overhead over the plain loop, ingestion throughput, partitioned scoring.

Overhead (the default): the four fixture notices (000 html, 001/002/003 docx)
ingested by the commands a user runs, as subprocesses, each into a new
store: the plain loop `kaohe ingest FILES` against the one-off flow
`kaohe flows ingest --inbox`, (a) cold: a new Prefect home (its database is
migrated first), (b) warm: a Prefect home prepared before, a temporary
server started by the command, (c) reusing the server `kaohe flows serve`
runs (found through `<prefect home>/server.json`).  Each is run --repeat
times (median); the ratio is flow ÷ plain.  The goal: warm ≤ 2×.

With --throughput, also:

Ingestion: N notices (default 40) made from the example notices — each copy
differs by a harmless byte (a trailing newline for txt/html, a trailing PDF
comment, a zip comment for docx) so every file has its own sha256 and none
is skipped — into a fresh store per configuration, with 1 and 2 workers.

Scoring: U units (default 10,000) of the 2023 district scheme in one long
CSV, scored by the score-batch flow in partitions of 2,000 units, in threads
and on a 2-worker LocalCluster.  "score" is the partition phase (from the
progress events: validation done → last partition scored); "flow" is the
whole run including validation, ranking, writing all outputs and recording.

Runs against an ephemeral Prefect API in a temporary PREFECT_HOME (started
by a warm-up run that is not timed).

Usage: .venv/bin/python bench/bench_flows.py [--repeat 3]
       .venv/bin/python bench/bench_flows.py --throughput [--docs 40] [--units 10000] [--processes]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NOTICES = ROOT / "examples" / "notices"
FOUR = ["000_city_2016.html", "001_union_2011_table.docx", "002_shaoxing_2019.docx", "003_district_2023.docx"]
KAOHE = str(Path(sys.executable).parent / "kaohe")


# --------------------------------------------------------------------------- overhead over the plain loop


def _env(prefect_home: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "KAOHE_"))}
    if prefect_home is not None:
        env["PREFECT_HOME"] = str(prefect_home)
    return env


def _timed(args: list[str], env: dict[str, str], cwd: Path) -> float:
    t = time.perf_counter()
    done = subprocess.run([KAOHE, *args], env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"kaohe {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return wall


def overhead(work: Path, repeat: int) -> list[tuple[str, float, list[float]]]:
    """(configuration, median wall seconds, all runs) for the plain loop and the three flow set-ups."""
    from flows.connect import prepare_database
    from flows.deploy import local_server

    inbox = work / "inbox4"
    inbox.mkdir()
    for name in FOUR:
        shutil.copy2(NOTICES / name, inbox / name)
    files = [str(inbox / n) for n in FOUR]
    n = iter(range(10_000))

    def fresh() -> str:
        return str(work / f"ws{next(n)}")

    rows: dict[str, list[float]] = {"plain loop `kaohe ingest FILES`": [], "flow, cold (new Prefect home)": [],
                                    "flow, warm (temporary server)": [], "flow, reusing `flows serve`'s server": []}
    warm_home = work / "prefect-warm"
    prepare_database(warm_home)
    for _ in range(repeat):
        rows["plain loop `kaohe ingest FILES`"].append(_timed(["ingest", *files, "--home", fresh()], _env(None), work))
        home = fresh()
        rows["flow, cold (new Prefect home)"].append(
            _timed(["flows", "ingest", "--inbox", str(inbox), "--home", home, "--json"], _env(None), work))
        rows["flow, warm (temporary server)"].append(
            _timed(["flows", "ingest", "--inbox", str(inbox), "--home", fresh(), "--json"], _env(warm_home), work))
    served = work / "prefect-served"
    saved = os.environ.get("PREFECT_API_URL")
    with local_server(port=_free_port(), prefect_home=served):
        for _ in range(repeat):
            rows["flow, reusing `flows serve`'s server"].append(
                _timed(["flows", "ingest", "--inbox", str(inbox), "--home", fresh(), "--json"], _env(served), work))
    if saved is not None:
        os.environ["PREFECT_API_URL"] = saved
    return [(name, statistics.median(runs), runs) for name, runs in rows.items()]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def print_overhead(rows: list[tuple[str, float, list[float]]]) -> None:
    from rich.console import Console
    from rich.table import Table

    plain = rows[0][1]
    table = Table(title=f"the four fixture notices ({', '.join(FOUR)}), each run into a new store")
    for col in ("command", "median s", "runs s", "× plain"):
        table.add_column(col, justify="left" if col == "command" else "right")
    for name, median, runs in rows:
        table.add_row(name, f"{median:.1f}", " ".join(f"{r:.1f}" for r in runs), f"{median / plain:.2f}")
    console = Console()
    console.print(table)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    console.print(f"{os.cpu_count()} CPUs, load average {load:.1f} at the end; Python {sys.version.split()[0]}",
                  highlight=False)


def make_notices(folder: Path, n: int) -> list[Path]:
    """``n`` notices cycled from the fixtures, each copy with its own content hash."""
    sources = sorted(p for p in NOTICES.iterdir() if p.is_file() and p.name != "README.md")
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(n):
        src = sources[k % len(sources)]
        copy = k // len(sources)
        dest = folder / f"{src.stem}-copy{copy}{src.suffix}"
        shutil.copy2(src, dest)
        if copy:
            if src.suffix in (".txt", ".html"):
                with open(dest, "ab") as f:
                    f.write(b"\n" * copy)
            elif src.suffix == ".pdf":
                with open(dest, "ab") as f:
                    f.write(f"\n%kaohe bench copy {copy}\n".encode())
            else:
                with zipfile.ZipFile(dest, "a") as z:
                    z.comment = f"kaohe bench copy {copy}".encode()
        out.append(dest)
    return out


def make_facts(path: Path, units: int) -> Path:
    rnd = random.Random(2023)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["unit", "item", "input", "value"])
        for u in range(units):
            unit = f"单位{u:05d}"
            for item in ("1.1", "2.2", "3.2", "4.1", "5.1"):
                w.writerow([unit, item, "count", rnd.randint(0, 3)])
            if rnd.random() < 0.1:
                w.writerow([unit, "B1", "count:市总", 1])
            if rnd.random() < 0.02:
                w.writerow([unit, "V1", "met", "是"])
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--units", type=int, default=10_000)
    ap.add_argument("--processes", action="store_true", help="also time LocalClusters of worker processes")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each overhead configuration (median)")
    ap.add_argument("--throughput", action="store_true", help="time ingestion throughput and partitioned scoring")
    ap.add_argument("--no-overhead", action="store_true", help="skip the overhead comparison")
    args = ap.parse_args()

    if not args.no_overhead:
        work = Path(tempfile.mkdtemp(prefix="kaohe-bench-overhead-"))
        try:
            print_overhead(overhead(work, args.repeat))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if args.throughput:
        throughput(args)


def throughput(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="kaohe-bench-flows-"))
    os.environ["PREFECT_HOME"] = str(work / "prefect")
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] = "ERROR"
    os.environ.pop("PREFECT_API_URL", None)

    from rich.console import Console
    from rich.table import Table

    from extractors import read_document
    from flows import progress
    from flows.env import quiet_dask
    from flows.ingest import ingest_notices
    from flows.runners import RunnerOptions, task_runner
    from flows.score import score_batch
    from pipeline.extract import EXTRACTOR_VERSION, extract_scheme
    from schemes.store import Store

    quiet_dask()
    console = Console()
    try:
        inbox = work / "inbox"
        docs = make_notices(inbox, args.docs)
        facts = make_facts(work / "facts.csv", args.units)
        scoring_home = work / "scoring-store"
        with Store.open(home=scoring_home) as store:
            notice = NOTICES / "003_district_2023.docx"
            ref = str(store.ingest(notice, extract_scheme(read_document(notice)), EXTRACTOR_VERSION,
                                   author="bench").info.scheme_id)

        t = time.perf_counter()
        warm = work / "warm"
        warm.mkdir()
        ingest_notices(inbox=warm, home=work / "warm-store")  # starts the ephemeral API, loads the NLP models
        console.print(f"warm-up (ephemeral Prefect API start) {time.perf_counter() - t:.1f} s", highlight=False)

        configs = [("threads ×1", RunnerOptions(threads=1)), ("threads ×2", RunnerOptions(threads=2)),
                   ("Dask LocalCluster 2 workers (threads)", RunnerOptions(dask=True, workers=2))]
        if args.processes:
            configs.append(("Dask LocalCluster 2 workers (processes)",
                            RunnerOptions(dask=True, workers=2, processes=True)))

        ingest_rows = []
        t = time.perf_counter()
        with Store.open(home=work / "plain-store") as store:  # the same work without Prefect, for reference
            for p in docs:
                store.ingest(p, extract_scheme(read_document(p)), EXTRACTOR_VERSION, author="bench")
        wall = time.perf_counter() - t
        ingest_rows.append(("plain loop, no Prefect (reference)", len(docs), 0, wall, len(docs) / wall))
        for k, (name, opts) in enumerate(configs):
            run = ingest_notices.with_options(task_runner=task_runner(opts))
            t = time.perf_counter()
            summary = run(inbox=inbox, home=work / f"ingest-store-{k}")
            wall = time.perf_counter() - t
            ingest_rows.append((name, len(summary.ingested), len(summary.failed), wall, len(docs) / wall))

        score_rows = []
        first_csv = None
        for k, (name, opts) in enumerate(configs[1:]):
            marks: dict[str, float] = {}

            def listen(event: progress.ProgressEvent) -> None:
                if event.kind == "start" and event.total:
                    marks["scoring"] = time.perf_counter()
                elif event.kind == "advance" and event.description == "writing outputs":
                    marks["scored"] = time.perf_counter()

            run = score_batch.with_options(task_runner=task_runner(opts))
            out = work / f"out-{k}"
            t = time.perf_counter()
            with progress.listening(listen):
                summary = run(scheme=ref, submissions=facts, outdir=out, home=scoring_home)
            wall = time.perf_counter() - t
            same = first_csv is None or (out / "results.csv").read_bytes() == first_csv
            first_csv = first_csv or (out / "results.csv").read_bytes()
            score_rows.append((name, summary.units, summary.partitions, marks["scored"] - marks["scoring"], wall,
                               summary.run_id, same))

        table = Table(title=f"ingest-notices: {len(docs)} notices, fresh store each")
        for col in ("task runner", "ingested", "failed", "wall s", "docs/s"):
            table.add_column(col, justify="right" if col != "task runner" else "left")
        for name, ok, bad, wall, rate in ingest_rows:
            table.add_row(name, str(ok), str(bad), f"{wall:.2f}", f"{rate:.1f}")
        console.print(table)
        table = Table(title=f"score-batch: {args.units:,} units, partitions of 2,000")
        for col in ("task runner", "units", "partitions", "score s", "flow s", "run id", "same results"):
            table.add_column(col, justify="right" if col != "task runner" else "left")
        for name, units, parts, scored, wall, run_id, same in score_rows:
            table.add_row(name, f"{units:,}", str(parts), f"{scored:.2f}", f"{wall:.2f}", str(run_id),
                          "yes" if same else "[red]NO[/red]")
        console.print(table)
        console.print(f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}", highlight=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
