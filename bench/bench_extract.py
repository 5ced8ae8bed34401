"""Extraction speed: whole `kaohe extract` processes against the raw parsers, in the same run.

    .venv/bin/python bench/bench_extract.py [--runs 5] [--whole-only] [--only 54pages]

1. Whole process (what a user waits for: start-up, reading, extraction,
   shutdown): `kaohe extract FILE` as a fresh process, paired run by run with a
   fresh process doing only the parser's raw text (pdfplumber ``extract_text``
   of every page for PDFs, python-docx paragraphs and table cells for docx);
   median and range of wall and CPU time for both, and the ratio of medians.
2. In-process (labelled so): read_document + extract_scheme against pdfplumber
   ``extract_text`` in one warm process, the same number of runs each, median
   and range; the language pipeline's one-off load is printed apart.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _p in (ROOT, ROOT / "bench"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from bench_cli import KAOHE, PY, paired, summary  # noqa: E402

DOCX = [ROOT / "examples/notices/003_district_2023.docx", ROOT / "examples/notices/002_shaoxing_2019.docx"]
PDFS = [ROOT / "examples/notices/002_shaoxing_2019.pdf", ROOT / "examples/notices/001_union_2011_table.pdf",
        ROOT / "bench/data/002_x10_54pages.pdf"]

RAW_PDF = "import sys, pdfplumber\nwith pdfplumber.open(sys.argv[1]) as pdf:\n    [p.extract_text() for p in pdf.pages]"
RAW_DOCX = ("import sys, docx\nd = docx.Document(sys.argv[1])\n[p.text for p in d.paragraphs]\n"
            "[c.text for t in d.tables for r in t.rows for c in r.cells]")


def whole(runs: int, only: str | None = None) -> None:
    print(f"whole process ({runs} paired runs each, median [range]):")
    for path in [p for p in (*DOCX, *PDFS) if only is None or only in p.name]:
        raw, name = (RAW_PDF, "pdfplumber extract_text") if path.suffix == ".pdf" else (RAW_DOCX, "python-docx text")
        a, b = paired([*KAOHE, "extract", str(path)], [PY, "-c", raw, str(path)], runs)
        print("  " + summary(f"kaohe extract {path.name}", a, b, f"{name} (fresh process)").replace("\n", "\n  "))


def in_process(runs: int) -> None:
    import pdfplumber

    from extractors import read_document
    from pipeline.extract import extract_scheme
    from schemes.criteria.grammar import matcher
    from schemes.criteria.nlp import jieba_module

    start = time.perf_counter()
    jieba_module(), matcher()
    load = time.perf_counter() - start

    def raw_text(path: Path) -> None:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()

    def kaohe_extract(path: Path) -> None:
        extract_scheme(read_document(path))

    def times(fn, path) -> list[float]:
        out = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn(path)
            out.append(time.perf_counter() - t0)
        return out

    print(f"in-process, warm (language pipeline loaded once: {load:.2f} s; {runs} runs each, median [range]):")
    for path in PDFS:
        kaohe_extract(path)  # warm caches on both sides equally
        raw_text(path)
        r, k = times(raw_text, path), times(kaohe_extract, path)
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        print(f"  {path.name} ({pages} pages): pdfplumber {statistics.median(r):.3f} s [{min(r):.3f}–{max(r):.3f}]"
              f" · kaohe read+extract {statistics.median(k):.3f} s [{min(k):.3f}–{max(k):.3f}]"
              f" → {statistics.median(k) / statistics.median(r):.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--whole-only", action="store_true")
    parser.add_argument("--only", metavar="TEXT", help="whole-process cases only for files whose name contains TEXT "
                        "(e.g. 54pages: more runs of the bench PDF in the same time)")
    args = parser.parse_args()
    whole(args.runs, args.only)
    if not args.whole_only:
        in_process(args.runs)


if __name__ == "__main__":
    main()
