"""Writing a run's outputs (CSV, XLSX, JSON, explanations, HTML report) into one folder, atomically.

Everything is written into a temporary folder beside OUTDIR and swapped in
with renames at the end, so OUTDIR is either the complete previous result or
the complete new one — never half of each.  Numbers leave as text with at most
2 decimals (ROUND_HALF_UP), so no binary-float artefact reaches a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterator

import numpy as np

from .engine import Results
from .explain import Explainer, UnitResult
from .numbers import fmt_array, hundredths

ROUNDING = ("points are exact decimals during scoring; every score is rounded once, at output, to at most "
            "2 decimals with ROUND_HALF_UP (2.345 → 2.35, −1.005 → −1.01)")

FIXED = ("unit", "total", "rank", "grade", "veto")


@dataclass
class Column:
    name: str
    kind: str  # fixed | item | category | entry | bonus | deductions | rater | part | flags
    values: np.ndarray | list  # micro int64 for numeric kinds


def result_columns(res: Results) -> list[Column]:
    """The results table: unit,total,rank,grade,veto, then items, subtotals, entries, parts, flags."""
    s = res.scheme
    cols = [
        Column("unit", "fixed", res.units),
        Column("total", "points", res.total),
        Column("rank", "int", res.rank),
        Column("grade", "text", res.grade),
        Column("veto", "text", [";".join(res.veto_ids(u)) for u in range(res.n)]),
    ]
    cols += [Column(i.id, "points", res.items[i.id]) for i in s.items]
    cols += [Column(f"cat:{c.id} {c.name}", "points", res.categories[c.id]) for c in s.categories]
    cols += [Column(e.id, "points", res.entries[e.id]) for e in [*s.bonus, *s.deductions]]
    if s.bonus:
        cols.append(Column("bonus", "points", res.bonus))
    if s.deductions:
        cols.append(Column("deductions", "points", res.deductions))
    for p in res.plan.parts:
        for r in p.raters:
            cols.append(Column(f"rater:{p.id} {r.name}", "points", res.raters[(p.id, r.name)]))
        cols.append(Column(f"part:{p.id} {p.name}", "points", res.parts[p.id]))
    cols.append(Column("flags", "text", [";".join(res.unit_flags(u)) for u in range(res.n)]))
    return cols


def _text_values(col: Column) -> list[str]:
    if col.kind == "points":
        return fmt_array(np.asarray(col.values))
    if col.kind == "int":
        return [str(int(v)) for v in col.values]
    return [str(v) for v in col.values]


def _json_values(col: Column) -> list:
    if col.kind == "points":
        h = hundredths(np.asarray(col.values))
        return [int(x) // 100 if x % 100 == 0 else float(Decimal(int(x)) / 100) for x in h]
    if col.kind == "int":
        return [int(v) for v in col.values]
    return [str(v) for v in col.values]


# --------------------------------------------------------------------------- writers


def write_csv(cols: list[Column], path: Path) -> None:
    import csv

    texts = [_text_values(c) for c in cols]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([c.name for c in cols])
        w.writerows(zip(*texts))


def write_xlsx(cols: list[Column], notes: list[str], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("results")
    ws.append([c.name for c in cols])
    values = [_json_values(c) for c in cols]
    for row in zip(*values):
        ws.append(list(row))
    ns = wb.create_sheet("notes")
    ns.append(["note"])
    ns.append([ROUNDING])
    for n in notes:
        ns.append([n])
    wb.save(path)


def results_json(res: Results, cols: list[Column]) -> dict:
    s = res.scheme
    values = [_json_values(c) for c in cols]
    return {
        "scheme": {"title": s.metadata.title, "year": s.metadata.year, "scoring_model": s.scoring_model,
                   "base_points": s.base_points, "veto_effect": s.veto_effect},
        "submission": {"file": res.submission.file, "layout": res.submission.layout},
        "rounding": ROUNDING,
        "columns": [c.name for c in cols],
        "units": [dict(zip((c.name for c in cols), row)) for row in zip(*values)],
        "notes": res.notes,
    }


def write_explanations(ex: Explainer, path: Path, keep: set[int] = frozenset()) -> dict[int, UnitResult]:
    """Stream every unit's explanation to ``path``; return those of the units in ``keep``."""
    kept = {}
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        for u in range(ex.res.n):
            if u:
                f.write(",\n")
            result = ex.unit(u)
            if u in keep:
                kept[u] = result
            f.write(result.model_dump_json())
        f.write("\n]\n")
    return kept


def write_all(res: Results, outdir: Path, *, report: bool = True) -> Path:
    """Write every output of a run into OUTDIR (atomically); returns OUTDIR."""
    from .report import render_report, report_units

    cols = result_columns(res)
    ex = Explainer(res)
    with atomic_dir(Path(outdir)) as tmp:
        write_csv(cols, tmp / "results.csv")
        write_xlsx(cols, res.notes, tmp / "results.xlsx")
        (tmp / "results.json").write_text(json.dumps(results_json(res, cols), ensure_ascii=False, indent=1),
                                          encoding="utf-8")
        shown = report_units(res) if report else []
        kept = write_explanations(ex, tmp / "explanations.json", set(shown))
        if report:
            (tmp / "report.html").write_text(render_report(res, [kept[u] for u in shown]), encoding="utf-8")
    return Path(outdir)


@contextlib.contextmanager
def atomic_dir(outdir: Path) -> Iterator[Path]:
    """Yield a temp folder beside ``outdir``; on success it replaces ``outdir``, on error it vanishes."""
    outdir = outdir.absolute()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.tmp-", dir=outdir.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if outdir.exists():
        if not outdir.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
            raise FileExistsError(f"{outdir} exists and is not a folder")
        old = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.old-", dir=outdir.parent))
        os.rmdir(old)
        os.rename(outdir, old)
    try:
        os.rename(tmp, outdir)
    except BaseException:
        if old is not None:
            os.rename(old, outdir)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
