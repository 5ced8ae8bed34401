"""Small files that declare huge grids: what `kaohe read` costs on each, against reading a real notice.

    .venv/bin/python bench/bench_hostile.py [--runs 3] [--cap-gb 2] [--timeout 60] [--tree OTHER_TREE]

Each case of issue #20 (``tests/hostile/hostile_files.py``: a few KB to a few MB that declare
gigabytes) is read by a fresh ``kaohe read`` process under an address-space limit (``--cap-gb``)
and a time limit; the baseline, measured in the same run, is ``kaohe read`` of the small docx
notice (003).  Printed per case: exit code, median wall time and peak RSS, their ratios to the
baseline, and the first line of stderr.  ``--tree`` runs another checkout's code instead (e.g. the
tree before the grid budget), to show what the same files did there.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench_cli import KAOHE, ROOT, SMALL_DOCX

sys.path.insert(0, str(ROOT / "tests" / "hostile"))
from hostile_files import CASES  # noqa: E402


@dataclass
class Outcome:
    code: int | None  # None: killed at the time limit
    wall: float
    max_rss_mib: float
    first_line: str


def bounded_run(cmd: list[str], tree: Path, cap_bytes: int, timeout: float) -> Outcome:
    """One fresh process with ``tree`` first on the path, under ``cap_bytes`` of address space."""
    import subprocess

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap_bytes, cap_bytes))

    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "300", "NO_COLOR": "1"}
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=limit)
        code: int | None = None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                break
            if time.perf_counter() - t0 > timeout:
                os.kill(proc.pid, signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        wall = time.perf_counter() - t0
        proc.returncode = -9 if code is None else code  # reaped here: Popen must not wait for it again
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    if not lines:
        shown = ""
    elif lines[0].startswith("Traceback"):
        shown = f"traceback … {lines[-1]}"
    else:
        shown = lines[0]
    return Outcome(code, wall, usage.ru_maxrss / 1024, shown[:150])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cap-gb", type=float, default=2.0)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose kaohe reads the files")
    ap.add_argument("--only", default="", help="run the cases whose name contains this")
    args = ap.parse_args(argv)
    cap = int(args.cap_gb * 1024 ** 3)
    tree = args.tree.resolve()
    print(f"python {sys.version.split()[0]} · {os.cpu_count()} cores · load average {os.getloadavg()[0]:.1f} · "
          f"tree {tree} · cap {args.cap_gb:g} GB · timeout {args.timeout:g} s")
    base = [bounded_run([*KAOHE, "read", str(SMALL_DOCX)], tree, cap, args.timeout) for _ in range(args.runs)]
    base_wall = statistics.median(o.wall for o in base)
    base_rss = statistics.median(o.max_rss_mib for o in base)
    print(f"baseline kaohe read {SMALL_DOCX.name}: wall {base_wall:.2f} s, peak RSS {base_rss:.0f} MiB")
    with tempfile.TemporaryDirectory() as folder:
        for name, build in CASES.items():
            if args.only not in name:
                continue
            case_dir = Path(folder) / name.replace(" ", "_").replace("/", "_")
            case_dir.mkdir()
            path = build(case_dir)
            runs = [bounded_run([*KAOHE, "read", str(path)], tree, cap, args.timeout) for _ in range(args.runs)]
            wall = statistics.median(o.wall for o in runs)
            rss = statistics.median(o.max_rss_mib for o in runs)
            codes = sorted({"killed" if o.code is None else str(o.code) for o in runs})
            print(f"{name} ({path.stat().st_size / 1024:,.0f} KB): exit {'/'.join(codes)}, wall {wall:.2f} s "
                  f"({wall / base_wall:.2f}×), peak RSS {rss:.0f} MiB ({rss / base_rss:.2f}×)\n"
                  f"    {runs[0].first_line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
