"""`compare` of two 100-item schemes (goal ≤ 1 s) against `schemes.diff` on the same pair, same run.

    .venv/bin/python bench/bench_compare.py [--runs 7]

The pair: the 2011 union scheme (001_union_2011_table.docx extracted, 30 items) repeated into
100 items (each copy's texts told apart by a suffix), and next year's as an
issuer would edit it: 10 items reworded, 10 with new points, 5 dropped, 5 added,
5 moved to another category, codes renumbered.  Two measurements:

* in process: :func:`schemes.compare.compare` (alignment + every change) against
  :func:`schemes.diff.diff_schemes` (id/text matching of two versions), median of
  ``--runs`` after a warm-up;
* whole processes: `kaohe schemes compare OLD.json NEW.json --json` against a
  Python process that loads the same two JSON files and runs ``diff_schemes``
  (helpers of bench_cli.py: paired runs, median [range], ratio of medians).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_cli import KAOHE, PY, ROOT, paired, summary  # noqa: E402

from schemes.compare import compare  # noqa: E402
from schemes.diff import diff_schemes  # noqa: E402
from schemes.model import Scheme  # noqa: E402

NOTICE = ROOT / "examples" / "notices" / "001_union_2011_table.docx"


def pair(n_items: int = 100) -> tuple[Scheme, Scheme]:
    from extractors import read_document
    from pipeline.extract import extract_scheme

    base = extract_scheme(read_document(NOTICE)).model_dump(mode="json")
    src = base["items"]
    items = []
    for k in range(n_items):
        item = dict(src[k % len(src)])
        item["id"] = item["code"] = str(k + 1)
        item["text"] = f"{item['text']}（第{k // len(src) + 1}组）"
        items.append(item)
    old = Scheme.model_validate({**base, "items": items})
    new_items = [dict(i) for i in items]
    cats = [c["id"] for c in base["categories"]]
    for k in range(0, 100, 10):
        new_items[k]["text"] = "切实" + new_items[k]["text"].replace("，", "、", 1)  # reworded
    for k in range(3, 100, 10):
        new_items[k]["points"] = (new_items[k]["points"] or 0) + 1  # points
    for k in range(5, 50, 10):
        new_items[k]["category"] = cats[(cats.index(new_items[k]["category"]) + 1) % len(cats)]  # moved
    dropped = set(range(7, 100, 20))
    new_items = [i for k, i in enumerate(new_items) if k not in dropped]
    for k in range(5):
        new_items.insert(k * 19, {**new_items[0], "text": f"新增考核事项{k}：建立健全制度并按时报送材料", "points": 2})
    for k, item in enumerate(new_items, start=1):
        item["id"] = item["code"] = str(k)
    return old, Scheme.model_validate({**base, "items": new_items})


def in_process(old: Scheme, new: Scheme, runs: int) -> None:
    def timed(fn) -> list[float]:
        fn()
        out = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
        return out

    ours = timed(lambda: compare(old, new))
    base = timed(lambda: diff_schemes(old, new))
    c = compare(old, new)
    print(f"in process, {len(old.items)} → {len(new.items)} items: {len(c.changes)} changes, "
          f"{c.changed_items} items new or changed, {len(c.added)} added, {len(c.removed)} removed")
    print(f"  compare       median {statistics.median(ours) * 1000:7.1f} ms [{min(ours) * 1000:.1f}–{max(ours) * 1000:.1f}]")
    print(f"  diff_schemes  median {statistics.median(base) * 1000:7.1f} ms [{min(base) * 1000:.1f}–{max(base) * 1000:.1f}]")
    print(f"  ratio of medians: {statistics.median(ours) / statistics.median(base):.2f}×  ({runs} runs)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    print(f"python {sys.version.split()[0]} · {os.cpu_count()} cores · load average {os.getloadavg()[0]:.1f}")
    old, new = pair()
    in_process(old, new, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "old.json", Path(tmp) / "new.json"
        a.write_text(old.model_dump_json(), encoding="utf-8")
        b.write_text(new.model_dump_json(), encoding="utf-8")
        home = Path(tmp) / "home"
        ours = [*KAOHE, "schemes", "compare", str(a), str(b), "--json", "--home", str(home)]
        base = [PY, "-c", "import sys; sys.path.insert(0, '.'); from schemes.model import Scheme; "
                "from schemes.diff import diff_schemes; "
                f"diff_schemes(*(Scheme.model_validate_json(open(p, encoding='utf-8').read()) for p in ({str(a)!r}, {str(b)!r})))"]
        x, y = paired(ours, base, args.runs)
        print(summary("kaohe schemes compare OLD.json NEW.json --json (whole process)", x, y,
                      "python: load both JSON files + schemes.diff.diff_schemes (whole process)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
