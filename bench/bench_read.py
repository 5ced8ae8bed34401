"""Benchmark reading the fixtures with kaohe against raw pdfplumber.

For every fixture in examples/notices/ (and the 54-page benchmark PDF) this
reads the file N times with ``extractors.read_document`` and reports the mean
wall and CPU time, the time per page for PDFs and the peak memory; for PDFs it
also times raw pdfplumber (``for page in pdf.pages: page.extract_text()``) on
the same file in the same run, and prints the ratio kaohe/raw.  A later stage
budgets on reading costing at most about twice the raw extraction.  On a
shared machine the CPU-time ratio is the steadier of the two.

Memory is measured in a fresh worker per file and reader (forked from a small
fork server started first, because Linux carries a parent's ``ru_maxrss``
into its children), so ``ru_maxrss`` is that reader's own high-water mark;
tracemalloc's peak counts Python allocations during one read.

With ``--pdfium`` it instead compares two text paths on every fixture, corpus
and benchmark PDF: pdfminer's characters (pdfplumber ``page.chars``, what the
reader uses) against PDFium's (``extractors.pdfium_text``), printing the CPU
time of each, their ratio, the pages whose visible text is identical, and the
share of characters whose box agrees within 1 pt (the provenance the reader
keeps).  The reader adopts PDFium only if both are 100 %.

Usage: .venv/bin/python bench/bench_read.py [-n 5] [--pdfium]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "examples" / "notices"
EXTRA = [ROOT / "bench" / "data" / "002_x10_54pages.pdf"]
CORPUS = ROOT / "tests" / "data" / "corpus"
BOX_TOLERANCE = 1.0  # points


@dataclass
class Timing:
    """Wall and CPU seconds of each timed read.

    CPU time (``time.process_time``) is the steadier figure on a shared
    machine: it does not count the time other processes hold the CPU.
    """

    runs: list[float] = field(default_factory=list)
    cpu_runs: list[float] = field(default_factory=list)
    pages: int | None = None
    error: str | None = None

    @property
    def mean(self) -> float:
        return statistics.mean(self.runs) if self.runs else 0.0

    @property
    def cpu(self) -> float:
        return statistics.mean(self.cpu_runs) if self.cpu_runs else 0.0

    @property
    def stdev(self) -> float:
        return statistics.stdev(self.runs) if len(self.runs) > 1 else 0.0


@dataclass
class Memory:
    tracemalloc_peak: int
    maxrss_before: int
    maxrss_after: int


def read_kaohe(path: Path) -> int | None:
    """One read with kaohe; returns the page count (None for formats without pages)."""
    from extractors import read_document

    return read_document(path).source.pages


def read_raw(path: Path) -> int:
    """One raw pdfplumber text extraction over all pages."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


READERS: dict[str, Callable[[Path], int | None]] = {"kaohe": read_kaohe, "raw": read_raw}


def time_readers(names: list[str], path: Path, repeat: int) -> dict[str, Timing]:
    """Wall time of ``repeat`` reads per reader after one untimed warm-up each.

    The readers take turns within each round so that load from other
    processes on the machine affects both alike.
    """
    timings = {name: Timing() for name in names}
    for name in names:
        try:
            timings[name].pages = READERS[name](path)  # warm-up: imports, font caches
        except Exception as exc:  # report and go on; other readers may be unfinished
            timings[name].error = f"{type(exc).__name__}: {exc}"
    live = [name for name in names if timings[name].error is None]
    for _ in range(repeat):
        for name in live:
            start, cpu_start = time.perf_counter(), time.process_time()
            READERS[name](path)
            timings[name].runs.append(time.perf_counter() - start)
            timings[name].cpu_runs.append(time.process_time() - cpu_start)
    return timings


def _memory_worker(name: str, path: str, out: mp.Queue) -> None:
    """Runs in a fresh interpreter: one read under tracemalloc."""
    reader = READERS[name]
    import extractors  # noqa: F401  (imports are not part of the read)
    import pdfplumber  # noqa: F401

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    try:
        reader(Path(path))
        peak = tracemalloc.get_traced_memory()[1]
    except Exception:
        peak = -1
    tracemalloc.stop()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out.put(Memory(peak, before * 1024, after * 1024))


def measure_memory(name: str, path: Path) -> Memory | None:
    ctx = mp.get_context("forkserver")
    queue: mp.Queue = ctx.Queue()
    proc = ctx.Process(target=_memory_worker, args=(name, str(path), queue))
    proc.start()
    try:
        result = queue.get(timeout=600)
    except Exception:
        result = None
    proc.join()
    return result if result and result.tracemalloc_peak >= 0 else None


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def fixture_paths() -> list[Path]:
    files = sorted(p for p in FIXTURES.iterdir() if p.is_file() and p.name != "README.md")
    return files + [p for p in EXTRA if p.exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--repeat", type=int, default=5, help="timed reads per file (default 5)")
    parser.add_argument("--no-memory", action="store_true", help="skip the per-file memory runs")
    parser.add_argument("--pdfium", action="store_true", help="compare pdfminer's and PDFium's text paths instead")
    args = parser.parse_args(argv)
    if args.pdfium:
        return pdfium_report(args.repeat)
    if not args.no_memory:
        # Fork the memory workers from a small server started now: Linux keeps a
        # parent's ru_maxrss across fork/exec, so they must not descend from this
        # process once it has grown.
        from multiprocessing import forkserver

        forkserver.ensure_running()

    import pdfminer
    import pdfplumber
    from rich.console import Console
    from rich.table import Table

    console = Console(width=200)
    console.print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"pdfplumber {pdfplumber.__version__}, pdfminer.six {pdfminer.__version__}, "
        f"{platform.machine()} {platform.system()}; {args.repeat} timed reads per file after one warm-up"
    )
    table = Table(title="kaohe read_document vs raw pdfplumber page.extract_text()")
    columns = ["file", "pages", "kaohe wall ms", "kaohe cpu ms", "cpu ms/page", "raw wall ms", "raw cpu ms",
               "raw cpu ms/page", "kaohe/raw wall", "kaohe/raw cpu", "tracemalloc peak MB", "maxrss MB"]
    for col in columns:
        table.add_column(col, justify="left" if col == "file" else "right")

    for path in fixture_paths():
        is_pdf = path.suffix.lower() == ".pdf"
        timings = time_readers(["kaohe", "raw"] if is_pdf else ["kaohe"], path, args.repeat)
        ours, raw = timings["kaohe"], timings.get("raw")
        if ours.error:
            table.add_row(path.name, "", f"[red]{ours.error[:70]}[/red]", *[""] * (len(columns) - 3))
            continue
        mem = None if args.no_memory else measure_memory("kaohe", path)
        raw_mem = None if args.no_memory or not is_pdf else measure_memory("raw", path)
        pages = ours.pages if is_pdf else None
        raw_ok = raw is not None and raw.error is None and raw.mean > 0
        table.add_row(
            path.name,
            str(pages or ""),
            f"{_ms(ours.mean)} ±{_ms(ours.stdev)}",
            _ms(ours.cpu),
            _ms(ours.cpu / pages) if pages else "",
            f"{_ms(raw.mean)} ±{_ms(raw.stdev)}" if raw_ok else "",
            _ms(raw.cpu) if raw_ok else "",
            _ms(raw.cpu / raw.pages) if raw_ok and raw.pages else "",
            f"{ours.mean / raw.mean:.2f}x" if raw_ok else "",
            f"{ours.cpu / raw.cpu:.2f}x" if raw_ok and raw.cpu else "",
            _with_raw(mem and mem.tracemalloc_peak, raw_mem and raw_mem.tracemalloc_peak),
            _with_raw(mem and mem.maxrss_after, raw_mem and raw_mem.maxrss_after),
        )
    console.print(table)
    console.print(
        "Times are means over the timed reads (wall ± standard deviation); the readers alternate within "
        "each round. Memory: one read in a fresh worker per file (figures in brackets: raw pdfplumber). "
        "tracemalloc peak = Python allocations during the read; maxrss = the worker's high-water "
        "mark, including the interpreter and imports."
    )
    return 0


def compare_text_paths(path: Path, repeat: int) -> dict:
    """CPU time of pdfminer's and PDFium's characters for one PDF, and how far they agree."""
    import pdfplumber

    from extractors.pdfium_text import pdfium_chars

    data = path.read_bytes()

    def miner() -> list[list[dict]]:
        with pdfplumber.open(path) as pdf:
            return [list(page.chars) for page in pdf.pages]

    def visible(chars: list[dict]) -> list[dict]:
        return [c for c in chars if not c["text"].isspace()]

    times: dict[str, list[float]] = {"pdfminer": [], "pdfium": []}
    results: dict[str, list[list[dict]]] = {}
    for _ in range(repeat):  # the two paths alternate within each round
        for name, run in (("pdfminer", miner), ("pdfium", lambda: pdfium_chars(data))):
            start = time.process_time()
            results[name] = run()
            times[name].append(time.process_time() - start)
    same_pages = boxes_ok = total = 0
    for mine, theirs in zip(results["pdfminer"], results["pdfium"]):
        a, b = visible(mine), visible(theirs)
        same_pages += "".join(c["text"] for c in a) == "".join(c["text"] for c in b)
        total += len(a)
        boxes_ok += sum(
            1 for x, y in zip(a, b)
            if x["text"] == y["text"] and all(abs(x[k] - y[k]) <= BOX_TOLERANCE for k in ("x0", "x1", "top", "bottom"))
        )
    return {
        "pages": len(results["pdfminer"]), "pdfminer": statistics.median(times["pdfminer"]),
        "pdfium": statistics.median(times["pdfium"]), "same_pages": same_pages,
        "boxes": boxes_ok / total if total else 1.0,
    }


def pdfium_report(repeat: int) -> int:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=200)
    table = Table(title="PDF characters: pdfminer (pdfplumber page.chars) vs PDFium (pypdfium2), CPU medians")
    for col in ("file", "pages", "pdfminer ms", "pdfium ms", "pdfminer/pdfium", "identical text pages",
                f"boxes within {BOX_TOLERANCE:g} pt"):
        table.add_column(col, justify="left" if col == "file" else "right")
    pdfs = [p for p in fixture_paths() if p.suffix.lower() == ".pdf"] + sorted(CORPUS.glob("*.pdf"))
    adoptable = True
    for path in pdfs:
        r = compare_text_paths(path, repeat)
        adoptable &= r["same_pages"] == r["pages"] and r["boxes"] == 1.0
        table.add_row(path.name, str(r["pages"]), _ms(r["pdfminer"]), _ms(r["pdfium"]),
                      f"{r['pdfminer'] / r['pdfium']:.1f}x" if r["pdfium"] else "",
                      f"{r['same_pages']}/{r['pages']}", f"{r['boxes']:.1%}")
    console.print(table)
    console.print("PDFium path adoptable (identical text and boxes on every PDF): "
                  + ("yes" if adoptable else "no"))
    return 0


def _with_raw(ours: int | None, raw: int | None) -> str:
    text = _mb(ours) if ours else ""
    return f"{text} ({_mb(raw)})" if raw else text


if __name__ == "__main__":
    sys.exit(main())
