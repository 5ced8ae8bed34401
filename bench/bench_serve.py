"""Benchmark `kaohe serve`: seconds from starting the command to its first HTTP answer.

Starts ``kaohe serve --port 0`` on a fresh temporary workspace N times, waits
for the ready line (which names the URL), then for ``GET /`` to answer, and
reports the median and range of both.  With ``--tree DIR`` (repeatable) it
runs the same command from other source trees too (e.g. an older commit
unpacked with ``git archive REV | tar -x -C DIR``), alternating runs so that
a busy machine slows each tree alike.

Usage: .venv/bin/python bench/bench_serve.py [-n 5] [--tree DIR ...]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def once(tree: Path) -> tuple[float | None, float]:
    """(seconds to the ready line or None when the tree prints none, seconds to the first answer)."""
    home = tempfile.mkdtemp(prefix="kaohe-serve-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KAOHE_REVIEW")}
    code = f"import sys; sys.path.insert(0, {str(tree)!r}); from kaohe.cli import app; sys.argv[0] = 'kaohe'; app()"
    port = _free_port()
    started = time.monotonic()
    server = subprocess.Popen([sys.executable, "-c", code, "serve", "--home", home, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tree, env=env)
    ready: list[float] = []

    def watch() -> None:
        for line in server.stdout:  # type: ignore[union-attr]
            if re.search(r"ready on http://", line) and not ready:
                ready.append(time.monotonic() - started)

    threading.Thread(target=watch, daemon=True).start()
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as answer:
                    answer.read()
                return (ready[0] if ready else None), time.monotonic() - started
            except OSError:
                if server.poll() is not None:
                    raise SystemExit(f"{tree}: kaohe serve exited with {server.returncode}")
                time.sleep(0.01)
    finally:
        server.terminate()
        server.wait(10)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5, help="runs per tree")
    parser.add_argument("--tree", action="append", type=Path, default=[], help="another source tree to compare")
    args = parser.parse_args()
    trees = [ROOT, *args.tree]
    answers: dict[Path, list[float]] = {t: [] for t in trees}
    readies: dict[Path, list[float]] = {t: [] for t in trees}
    for _ in range(args.n):
        for tree in trees:
            ready, answer = once(tree)
            answers[tree].append(answer)
            if ready is not None:
                readies[tree].append(ready)
    print(f"kaohe serve, time to first answer ({args.n} runs each, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f})")
    for tree in trees:
        a = answers[tree]
        line = f"  {str(tree):40s} first answer median {statistics.median(a):.2f} s (min {min(a):.2f}, max {max(a):.2f})"
        if readies[tree]:
            line += f"; ready line median {statistics.median(readies[tree]):.2f} s"
        else:
            line += "; no ready line"
        print(line)


if __name__ == "__main__":
    main()
