"""Prefill of a 20-page self-evaluation report, against reading the same report, in the same run.

    .venv/bin/python bench/bench_prefill.py [--runs 5]

The report: the seed reports of 004 and the written test reports (tests/data/prefill/reports, txt) put
one after another into one docx until LibreOffice lays it out on at least 20 A4 pages (the page count
is measured by converting it to PDF).  Cases, each a fresh process paired with its baseline (see
bench_cli.py):

* ``kaohe prefill SCHEME REPORT -o out.csv`` and ``-o out.xlsx`` (read + segment + link + read values +
  write the long form / the template workbook) against ``kaohe read REPORT`` (reading alone);
* in one process: prefill of the already-read document, with jieba and bm25s loaded and the sentence
  token cache emptied before each run (as for a new report), median of --runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cli import KAOHE, ROOT, paired, summary  # noqa: E402

DATA = ROOT / "tests" / "data" / "prefill"
SCHEME = DATA / "schemes" / "004_wuhua.json"


def build_report(folder: Path, pages: int = 20) -> tuple[Path, int]:
    """A docx of the test reports repeated until it fills ``pages`` A4 pages; (path, pages measured)."""
    from docx import Document

    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "reports").glob("*.txt"))]
    doc = Document()
    doc.add_paragraph("昆明市五华区总工会20xx年度部门整体支出绩效自评报告")
    n, count = 0, 0
    path = folder / "report_20_pages.docx"
    while True:
        for _ in range(8):
            for line in texts[n % len(texts)].splitlines():
                if line.strip():
                    doc.add_paragraph(line)
            n += 1
        doc.save(path)
        count = _pages(path, folder)
        if count >= pages:
            return path, count


def _pages(docx: Path, folder: Path) -> int:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                   check=True, capture_output=True, timeout=180)
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(docx.with_suffix(".pdf")))
    try:
        return len(pdf)
    finally:
        pdf.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    print(f"python {sys.version.split()[0]} · {os.cpu_count()} cores · load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report, pages = build_report(folder)
        from extractors import read_document

        doc = read_document(report)
        print(f"report: {pages} A4 pages, {len(doc.text):,} characters, {len(doc.blocks):,} blocks")
        for out in (folder / "out.csv", folder / "out.xlsx"):
            a, b = paired([*KAOHE, "prefill", str(SCHEME), str(report), "-o", str(out)],
                          [*KAOHE, "read", str(report)], args.runs, before=lambda out=out: out.unlink(missing_ok=True))
            print(summary(f"kaohe prefill {SCHEME.name} {report.name} -o {out.name}", a, b,
                          f"kaohe read {report.name}"))

        from pipeline.prefill import prefill_document
        from pipeline.prefill.tokens import tokens
        from schemes.model import Scheme

        scheme = Scheme.model_validate_json(SCHEME.read_text(encoding="utf-8"))
        prefill_document(scheme, doc)  # warm: jieba dictionary, bm25s
        times = []
        for _ in range(args.runs):
            tokens.cache_clear()
            t0 = time.perf_counter()
            prefill_document(scheme, doc)
            times.append(time.perf_counter() - t0)
        print(f"prefill of the read document, in process: median {statistics.median(times):.2f} s "
              f"[{min(times):.2f}–{max(times):.2f}] over {args.runs} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
