"""Where the start-up of a small `kaohe extract` goes: CPU time of each phase, in fresh processes.

    .venv/bin/python bench/bench_startup.py [--runs 5]

Each run is a new interpreter that loads the pieces one after the other, as the command
does, and reads the CPU clock between them; the medians over the runs are printed beside the
whole python-docx baseline of bench_cli.py (interpreter, import, reading the paragraphs), so
each phase reads as a share of the ≤ 6× budget.  The phases after "language pipeline" are the
extraction itself: its first run also imports the extraction stages and compiles their
patterns (the lexicon's built from the code an earlier run kept in kaohe's cache folder), the
second shows the work alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

from bench_cli import PY, ROOT, SMALL_DOCX, byte_compile, run

PHASES = f"""
import json, time
clock = time.process_time
marks = [("interpreter", clock())]
import kaohe.cli
marks.append(("kaohe.cli (typer, process tuning)", clock()))
import kaohe.cli.extract_cmd
marks.append(("extract command module (readers, pydantic models)", clock()))
import pipeline.extract
marks.append(("pipeline.extract", clock()))
from pathlib import Path
from extractors import read_document
document = read_document(Path({str(SMALL_DOCX)!r}))
marks.append(("read the docx", clock()))
from schemes.criteria.nlp import _import_spacy, jieba_module, nlp
_import_spacy()
marks.append(("import spaCy (numpy, thinc)", clock()))
jieba_module()
marks.append(("jieba and its dictionary", clock()))
nlp()
from schemes.criteria.grammar import matcher
matcher()
marks.append(("language pipeline and matcher", clock()))
pipeline.extract.extract_scheme(document)
marks.append(("extraction, first run", clock()))
pipeline.extract.extract_scheme(document)
marks.append(("extraction, second run", clock()))
print(json.dumps(marks))
"""


def phases() -> list[tuple[str, float]]:
    out = subprocess.run([PY, "-c", PHASES], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    return [(name, t - (marks[k - 1][1] if k else 0.0)) for k, (name, t) in enumerate(marks)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    byte_compile()
    docx_read = [PY, "-c", f"import docx; [p.text for p in docx.Document({str(SMALL_DOCX)!r}).paragraphs]"]
    base = statistics.median(run(docx_read).cpu for _ in range(args.runs))
    samples = [phases() for _ in range(args.runs)]
    print(f"python-docx opening {SMALL_DOCX.name}: {base:.3f} s CPU (median of {args.runs})")
    total = 0.0
    for k, (name, _) in enumerate(samples[0]):
        cpu = statistics.median(s[k][1] for s in samples)
        if k < len(samples[0]) - 1:  # the command extracts once: the second run is for comparison
            total += cpu
        print(f"  {name:48s} {cpu:6.3f} s  {cpu / base:5.2f}×")
    print(f"  {'sum of one command (not counted: typer, output, exit)':48s} {total:6.3f} s  {total / base:5.2f}×")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
