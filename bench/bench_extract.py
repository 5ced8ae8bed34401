"""Extraction speed against raw pdfplumber text extraction, in the same run.

    .venv/bin/python bench/bench_extract.py [-n 5]

For each PDF: the median time of `pdfplumber` `page.extract_text()` over all
pages (the baseline) and of kaohe's read_document + extract_scheme, and the
ratio.  The language pipeline (jieba dictionary + spaCy) is loaded once per
process; its one-off load time is printed separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pdfplumber
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import read_document  # noqa: E402
from pipeline.extract import extract_scheme  # noqa: E402
from schemes.criteria.grammar import matcher  # noqa: E402
from schemes.criteria.nlp import nlp  # noqa: E402

PDFS = [ROOT / "examples/notices/002_shaoxing_2019.pdf", ROOT / "examples/notices/001_union_2011_table.pdf",
        ROOT / "bench/data/002_x10_54pages.pdf"]


def raw_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def kaohe_extract(path: Path) -> None:
    extract_scheme(read_document(path))


def median_time(func, path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--repeat", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    nlp(), matcher()
    load = time.perf_counter() - start
    table = Table(title=f"extraction vs raw pdfplumber (median of {args.repeat}; pdfplumber {pdfplumber.__version__})")
    for col in ("file", "pages", "raw extract_text s", "kaohe read+extract s", "ratio"):
        table.add_column(col, justify="right")
    for path in PDFS:
        kaohe_extract(path)  # warm caches on both sides equally
        raw_text(path)
        raw = median_time(raw_text, path, args.repeat)
        ours = median_time(kaohe_extract, path, args.repeat)
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        table.add_row(path.name, str(pages), f"{raw:.3f}", f"{ours:.3f}", f"{ours / raw:.2f}×")
    console = Console(width=120)
    console.print(table)
    console.print(f"language pipeline (jieba + domain dictionary + spaCy matcher) loaded once: {load:.2f} s")


if __name__ == "__main__":
    main()
