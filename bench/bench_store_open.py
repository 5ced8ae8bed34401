"""Whole-process `kaohe schemes list` of one source tree against another (e.g. before/after a change).

    .venv/bin/python bench/bench_store_open.py --home HOME --before TREE_A --after TREE_B [--runs 5]

Each run is a fresh process of the same interpreter with the tree first on
``sys.path``, on the same workspace (already migrated, so the difference is
what opening a store costs when there is nothing to migrate); the two trees
alternate run by run (bench_cli's :func:`paired`) and the median and range of
wall and CPU time are printed.  Make a tree of a commit with
``git archive COMMIT | tar -x -C TREE``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cli import PY, Sample, paired, run, summary  # noqa: E402


def command(tree: Path, home: Path) -> list[str]:
    code = (f"import sys; sys.path.insert(0, {str(tree)!r}); from kaohe.cli import app; "
            f"sys.argv = ['kaohe', 'schemes', 'list', '--home', {str(home)!r}]; app()")
    return [PY, "-c", code]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--home", type=Path, required=True, help="a workspace holding a store")
    ap.add_argument("--before", type=Path, required=True, help="source tree of the baseline")
    ap.add_argument("--after", type=Path, required=True, help="source tree measured")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    after, before = command(args.after.resolve(), args.home), command(args.before.resolve(), args.home)
    run(after)  # the store is migrated before anything is timed
    ours, base = paired(after, before, args.runs)
    print(summary(f"kaohe schemes list ({args.after})", ours, base, f"kaohe schemes list ({args.before})"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

__all__ = ["Sample", "command", "main"]
