"""Benchmark OCR of the scanned fixtures: seconds per page, and accuracy against the gold.

For each scan in tests/data/scanned/ this reads the file once with
``extractors.read_document`` (OCR), and in the same run times raw pdfplumber
(``page.extract_text()`` on every page) on the text PDF of the same notice,
printing wall and CPU seconds per page and the ratio OCR/pdfplumber.  The
OCR engine is loaded (and timed) before the first file, so the per-page
figures are steady-state.  It then extracts the scheme from the OCR'd document
and compares it with the notice's gold (tests/data/gold/NNN.json), scored as
the text PDF (``kaohe eval`` cannot be pointed at the scans: the gold names
the text files), printing item precision/recall/F1 and points accuracy.

On a shared machine the CPU seconds are the steadier figure; RapidOCR uses
both cores, so CPU seconds can exceed wall seconds on an idle machine.

Usage: .venv/bin/python bench/bench_ocr.py [--scans DIR] [--gold DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCANS = ROOT / "tests" / "data" / "scanned"
GOLD = ROOT / "tests" / "data" / "gold"
TEXT_PDFS = ROOT / "examples" / "notices"
#: scan -> (text PDF of the same notice, gold file)
PAIRS = {
    "001_union_2011_scanned.pdf": ("001_union_2011_table.pdf", "001.json"),
    "002_shaoxing_2019_scanned.pdf": ("002_shaoxing_2019.pdf", "002.json"),
}


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def pdfplumber_text(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=Path, default=SCANS)
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()

    from extractors import read_document
    from extractors.ocr.engine import engine
    from pipeline.evaluate import FileScore, compare
    from pipeline.extract import extract_scheme

    _, load_wall, load_cpu = timed(engine)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"OCR engine load: {load_wall:.2f} s wall, {load_cpu:.2f} s CPU (once per process)\n")
    header = f"{'scan':32} {'pages':>5} {'s/page wall':>11} {'s/page CPU':>10} {'plumber s/page':>14} {'ratio':>7}" \
             f" {'P':>6} {'R':>6} {'F1':>6} {'points':>6}"
    print(header)
    print("-" * len(header))
    totals = {"pages": 0, "wall": 0.0, "cpu": 0.0, "matched": 0, "points_ok": 0}
    f1s = []
    for scan_name, (text_name, gold_name) in PAIRS.items():
        scan = args.scans / scan_name
        doc, wall, cpu = timed(lambda: read_document(scan))
        pages = doc.source.pages or 1
        n_text, p_wall, p_cpu = timed(lambda: pdfplumber_text(TEXT_PDFS / text_name))
        gold = json.loads((args.gold / gold_name).read_text(encoding="utf-8"))
        score = FileScore(fixture=text_name, gold=gold_name)
        compare(extract_scheme(doc), gold, score, text_name)
        matched = score.matched or 1
        f1s.append(score.f1)
        totals["pages"] += pages
        totals["wall"] += wall
        totals["cpu"] += cpu
        totals["matched"] += score.matched
        totals["points_ok"] += score.points_ok
        print(f"{scan_name:32} {pages:>5} {wall / pages:>11.2f} {cpu / pages:>10.2f} {p_wall / n_text:>14.3f}"
              f" {(wall / pages) / (p_wall / n_text):>7.0f} {score.precision:>6.3f} {score.recall:>6.3f}"
              f" {score.f1:>6.3f} {score.points_ok / matched:>6.3f}")
        for line in score.mismatches:
            print(f"    {line}")
    pages = totals["pages"] or 1
    print("-" * len(header))
    print(f"{'all':32} {totals['pages']:>5} {totals['wall'] / pages:>11.2f} {totals['cpu'] / pages:>10.2f}"
          f" {'':>14} {'':>7} {'':>6} {'':>6} {min(f1s):>6.3f} {totals['points_ok'] / (totals['matched'] or 1):>6.3f}")
    print("\n(F1 column on the 'all' row: the worst file's F1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
