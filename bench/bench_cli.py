"""Whole-process start-up of the `kaohe` command against a bare Python in the same run.

    .venv/bin/python bench/bench_cli.py [--runs 7] [--source]

Each case runs as a fresh process (what a user waits for: interpreter start,
imports, work, shutdown), paired with its baseline — one after the other, the
pairs repeated ``--runs`` times — and reports the median and range of wall time
and of CPU time (user + system, which a loaded machine inflates less), plus the
ratio of the medians.  Cases:

* ``kaohe --help`` against ``python -c pass``;
* ``kaohe read`` of the small docx notice against python-docx reading its paragraphs;
* ``kaohe extract`` of the small docx notice against the same python-docx read.

Also prints which heavy modules `import kaohe.cli` loads (none, by design).

kaohe's own modules are byte-compiled first (:func:`byte_compile`), as an installed package's
are and as python-docx's are for the baseline: a checkout run with PYTHONDONTWRITEBYTECODE=1
(this sandbox sets it) otherwise compiles ~60 modules from source in every process, ~0.09 s
of a small `kaohe extract`.  ``--source`` measures that case instead.

The helpers here (:func:`run`, :func:`paired`, :func:`summary`) are shared by
bench_score.py and bench_extract.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
KAOHE = [PY, "-c", "import sys; from kaohe.cli import app; sys.argv[0] = 'kaohe'; app()"]
SMALL_DOCX = ROOT / "examples/notices/003_district_2023.docx"
#: kaohe's packages (pyproject.toml's setuptools list)
PACKAGES = ("kaohe", "extractors", "pipeline", "schemes", "flows", "review")
HEAVY = ("sqlalchemy", "alembic", "pandas", "prefect", "jieba", "spacy", "openpyxl", "pdfplumber", "numpy")


@dataclass
class Sample:
    wall: float
    cpu: float
    max_rss_mib: float


def run(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> Sample:
    """Run ``cmd`` as a fresh process; wall time, CPU time and peak RSS of that process alone."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd or ROOT, env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed:\n{err}")
    return Sample(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024)


def paired(a: list[str], b: list[str], runs: int, before=None, warmup: int = 1, cwd: Path | None = None,
           ) -> tuple[list[Sample], list[Sample]]:
    """Alternate a and b ``runs`` times (after ``warmup`` unrecorded pairs); ``before`` runs before each."""
    sa, sb = [], []
    for k in range(warmup + runs):
        if before:
            before()
        x = run(a, cwd)
        if before:
            before()
        y = run(b, cwd)
        if k >= warmup:
            sa.append(x)
            sb.append(y)
    return sa, sb


def stat(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s [{min(values):.2f}–{max(values):.2f}]"


def summary(name: str, ours: list[Sample], base: list[Sample], base_name: str) -> str:
    """Median [range] of wall and CPU for both sides, and the ratios of the medians."""
    w = statistics.median(s.wall for s in ours) / statistics.median(s.wall for s in base)
    c = statistics.median(s.cpu for s in ours) / statistics.median(s.cpu for s in base)
    rss = statistics.median(s.max_rss_mib for s in ours)
    return (f"{name}\n"
            f"    wall {stat([s.wall for s in ours])}   cpu {stat([s.cpu for s in ours])}   peak RSS {rss:.0f} MiB\n"
            f"  {base_name}\n"
            f"    wall {stat([s.wall for s in base])}   cpu {stat([s.cpu for s in base])}\n"
            f"  ratio of medians: wall {w:.2f}×, cpu {c:.2f}×  ({len(ours)} paired runs)")


def heavy_modules_of(code: str) -> list[str]:
    out = subprocess.run([PY, "-c", f"{code}\nimport sys; print(' '.join(sorted(sys.modules)))"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    return sorted({m.split(".")[0] for m in out} & set(HEAVY))


def byte_compile(root: Path = ROOT, remove: bool = False) -> None:
    """Write the bytecode of kaohe's modules into their ``__pycache__`` (git ignores them; a
    module edited later is compiled again when imported, so a stale file is never used), or
    with ``remove`` delete it."""
    import compileall
    import shutil

    for package in PACKAGES:
        if remove:
            for cache in (root / package).rglob("__pycache__"):
                shutil.rmtree(cache)
        else:
            compileall.compile_dir(root / package, quiet=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--source", action="store_true",
                    help="delete kaohe's bytecode first: with PYTHONDONTWRITEBYTECODE=1 each run compiles the sources")
    args = ap.parse_args(argv)
    byte_compile(remove=args.source)
    print(f"python {sys.version.split()[0]} · {os.cpu_count()} cores · load average {os.getloadavg()[0]:.1f}"
          f" · kaohe's modules {'from source' if args.source else 'byte-compiled'}")
    print("heavy modules loaded by `import kaohe.cli`:", heavy_modules_of("import kaohe.cli") or "none")
    docx_read = [PY, "-c", f"import docx; [p.text for p in docx.Document({str(SMALL_DOCX)!r}).paragraphs]"]
    cases = [
        ("kaohe --help", [*KAOHE, "--help"], [PY, "-c", "pass"], "python -c pass"),
        (f"kaohe read {SMALL_DOCX.name}", [*KAOHE, "read", str(SMALL_DOCX)], docx_read, "python-docx paragraphs"),
        (f"kaohe extract {SMALL_DOCX.name}", [*KAOHE, "extract", str(SMALL_DOCX)], docx_read,
         "python-docx paragraphs"),
    ]
    for name, ours, base, base_name in cases:
        a, b = paired(ours, base, args.runs)
        print(summary(name, a, b, base_name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
