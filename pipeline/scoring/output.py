"""Writing a run's outputs (CSV, XLSX, JSON, explanations, HTML report) into one folder, atomically.

Everything is written into a temporary folder beside OUTDIR and swapped in at
the end (:func:`schemes.atomic.output_dir`), so OUTDIR is either the complete
previous result or the complete new one; a folder kaohe did not write is
refused, never replaced.  Numbers leave as text with at most 2 decimals
(ROUND_HALF_UP), so no binary-float artefact reaches a file.  Text from the
data never becomes a formula: CSV cells that a spreadsheet would run get a
leading ``'`` (OWASP), the workbook stores text as text.

Large runs stay fast: every table is built column-wise from the engine's
arrays; per-unit explanations (the only per-unit × item work) are written
only when asked (``explain=True``) and streamed, one unit at a time.
"""

from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from kaohe.i18n import N_, _
from schemes.atomic import csv_cell, output_dir

from .engine import Results
from .explain import Explainer
from .headers import column_labels, flag_words, rank_order
from .numbers import hundredths
from .xlsx import SheetData, write_workbook

try:  # orjson ships with prefect; the standard library is the fallback
    import orjson
except ImportError:  # pragma: no cover
    orjson = None

ROUNDING = N_("points are exact decimals during scoring; every score is rounded once, at output, to at most "
            "2 decimals with ROUND_HALF_UP (2.345 → 2.35, −1.005 → −1.01)")

FIXED = ("unit", "total", "rank", "grade", "veto")
#: What a run folder may hold besides the results: the inputs `kaohe explain` re-reads.
RUN_FILE = "run.json"
SCHEME_FILE = "scheme.json"


@dataclass
class Column:
    name: str
    kind: str  # fixed | points | int | text
    values: np.ndarray | list  # micro int64 for numeric kinds


def result_columns(res: Results) -> list[Column]:
    """The results table: unit,total,rank,grade,veto, then items, subtotals, entries, parts, flags."""
    s = res.scheme
    cols = [
        Column("unit", "fixed", res.units),
        Column("total", "points", res.total),
        Column("rank", "int", res.rank),
        Column("grade", "text", res.grade),
        Column("veto", "text", _joined(res.n, list(res.vetoes.items()))),
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
    cols.append(Column("flags", "text", unit_flags_column(res)))
    return cols


def unit_flags_column(res: Results, sep: str = ";") -> list[str]:
    """``res.unit_flags(u)`` joined with ``sep`` for every unit, built column-wise."""
    marks = [(f"veto:{v}", m) for v, m in res.vetoes.items()] + [(f"missing:{k}", m) for k, m in res.missing.items()]
    out = _joined(res.n, marks, sep=None)
    for u, tie in res.award_ties.items():
        out[u].append(f"award_tie:{tie}")
    return [sep.join(x) for x in out]


def _joined(n: int, marks: list[tuple[str, np.ndarray]], sep: str | None = ";") -> list:
    """Per unit, the labels whose mask is set, in order (joined by ``sep``; lists when None)."""
    out: list[list[str]] = [[] for _ in range(n)]
    for label, mask in marks:
        for u in np.flatnonzero(mask).tolist():
            out[u].append(label)
    return out if sep is None else [sep.join(x) for x in out]


def _is_number(col: Column) -> bool:
    return col.kind in ("points", "int")


def _text_values(col: Column, json_values: list | None = None) -> list[str]:
    """Output text; for numbers the ``str`` of the JSON value (int, or the nearest double of a
    2-decimal value, whose shortest repr is that decimal): the same text as :func:`numbers.fmt`."""
    if _is_number(col):
        return list(map(str, json_values if json_values is not None else _json_values(col)))
    return [str(v) for v in col.values]


def _json_values(col: Column) -> list:
    """Numbers for JSON: hundredths / 100 is the nearest double of the 2-decimal value; integers as int."""
    if col.kind == "points":
        h = hundredths(np.asarray(col.values))
        whole = (h % 100 == 0).tolist()
        return [i if w else f for i, f, w in zip((h // 100).tolist(), (h / 100).tolist(), whole)]
    if col.kind == "int":
        return np.asarray(col.values, dtype=np.int64).tolist()
    return [str(v) for v in col.values]


# --------------------------------------------------------------------------- writers


def write_csv(cols: list[Column], path: Path, texts: list[list[str]] | None = None) -> None:
    """results.csv; text cells that start like a formula are neutralised with a leading '."""
    texts = texts if texts is not None else [_text_values(c) for c in cols]
    safe = [t if _is_number(c) else [csv_cell(x) for x in t] for c, t in zip(cols, texts)]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:  # the BOM: Excel on Chinese Windows reads UTF-8
        w = csv.writer(f)
        w.writerow([csv_cell(c.name) for c in cols])
        w.writerows(zip(*safe))


def write_xlsx(cols: list[Column], notes: list[str], path: Path, texts: list[list[str]] | None = None,
               res: Results | None = None) -> None:
    """results.xlsx: sheet ``results`` (numbers as numbers, text as text cells) and sheet ``notes``.
    With ``res``, for people: units by rank, headers named (:mod:`.headers`), flags in words."""
    texts = texts if texts is not None else [_text_values(c) for c in cols]
    headers = [c.name for c in cols]
    if res is not None:
        order = rank_order(res.rank).tolist()
        texts = [[t[i] for i in order] for t in texts]
        texts = [[flag_words(x) for x in t] if c.name == "flags" else t for c, t in zip(cols, texts)]
        headers = column_labels(res, headers)
        first = [c.name for c in cols].index("rank")  # 名次 leads the printed table
        cols = [cols[first], *cols[:first], *cols[first + 1:]]
        texts = [texts[first], *texts[:first], *texts[first + 1:]]
        headers = [headers[first], *headers[:first], *headers[first + 1:]]
    results = SheetData("results", headers,
                        [("n" if _is_number(c) else "s", t) for c, t in zip(cols, texts)], widths={0: 18})
    note_sheet = SheetData("notes", [_("note")], [("s", [_(ROUNDING), *notes])], widths={0: 100}, freeze_header=False)
    write_workbook(path, [results, note_sheet])


#: Units per chunk when streaming results.json and the workbook (bounds the memory of large runs).
CHUNK = 2_000


def results_json(res: Results, cols: list[Column], values: list[list] | None = None) -> dict:
    """results.json as one object (see :func:`write_results_json` for the streamed file)."""
    values = values if values is not None else [_json_values(c) for c in cols]
    names = [c.name for c in cols]
    return {**_json_head(res, names), "units": [dict(zip(names, row)) for row in zip(*values)]}


def _json_head(res: Results, names: list[str]) -> dict:
    s = res.scheme
    return {
        "scheme": {"title": s.metadata.title, "year": s.metadata.year, "scoring_model": s.scoring_model,
                   "base_points": s.base_points, "veto_effect": s.veto_effect},
        "submission": {"file": res.submission.file, "layout": res.submission.layout},
        "rounding": ROUNDING,
        "columns": names,
        "notes": res.notes,
    }


def write_results_json(res: Results, cols: list[Column], values: list[list], path: Path) -> None:
    """results.json, streamed: the run's metadata, then ``units`` (one unit per line) built CHUNK at a time."""
    if orjson is None:  # pragma: no cover
        dump_json(results_json(res, cols, values), path)
        return
    names = [c.name for c in cols]
    head = orjson.dumps(_json_head(res, names), option=orjson.OPT_INDENT_2)
    with open(path, "wb") as f:
        f.write(head[:-2] + b',\n  "units": [')  # the head's closing "\n}" reopened
        for start in range(0, res.n, CHUNK):
            part = [dict(zip(names, row)) for row in zip(*(v[start:start + CHUNK] for v in values))]
            f.write((b",\n" if start else b"\n") + b",\n".join(orjson.dumps(u) for u in part))
        f.write(b"\n  ]\n}\n")


def dump_json(data, path: Path) -> None:
    if orjson is not None:
        path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    else:  # pragma: no cover
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def write_explanations(ex: Explainer, path: Path, keep: Iterable[int] = ()) -> dict[int, dict]:
    """Stream every unit's explanation to ``path`` (a JSON array); return those of the units in ``keep``."""
    keep = set(keep)
    kept = {}
    dumps = orjson.dumps if orjson is not None else (lambda d: json.dumps(d, ensure_ascii=False).encode())
    with open(path, "wb") as f:
        f.write(b"[\n")
        for u in range(ex.res.n):
            if u:
                f.write(b",\n")
            result = ex.unit_dict(u)
            if u in keep:
                kept[u] = result
            f.write(dumps(result))
        f.write(b"\n]\n")
    return kept


def write_all(res: Results, outdir: Path | str, *, report: bool = True, explain: bool = True,
              inputs: Iterable[str | Path] = (), run: dict | None = None,
              timings: dict[str, float] | None = None, timer=time.perf_counter,
              documents: bool = False, problems: list[str] | None = None) -> Path:
    """Write every output of a run into OUTDIR (atomically); returns OUTDIR.

    ``explain``: write explanations.json (every unit × item; the report breaks
    down its units either way).  ``inputs``: the files the run read (OUTDIR may
    not hold them).  ``run``: what `kaohe explain` needs to re-score a unit
    (written as run.json, with the scheme as scheme.json).  ``timings`` collects
    seconds per output stage, as ``timer`` counts them (wall clock; ``time.process_time`` for CPU).
    ``documents``: also the 考核结果通报 and one 考核反馈表 per unit (:mod:`.documents`); what
    could not be made (no LibreOffice for the PDFs) is appended to ``problems``.
    """
    from .report import render_report, report_units

    clock = _Clock(timings, timer)
    cols = result_columns(res)
    values = [_json_values(c) for c in cols]
    texts = [_text_values(c, v) for c, v in zip(cols, values)]
    clock.lap("columns")
    with output_dir(outdir, command="score", inputs=inputs) as tmp:
        write_csv(cols, tmp / "results.csv", texts)
        clock.lap("results.csv")
        write_xlsx(cols, res.notes, tmp / "results.xlsx", texts, res=res)
        clock.lap("results.xlsx")
        write_results_json(res, cols, values, tmp / "results.json")
        clock.lap("results.json")
        ex = Explainer(res)
        shown = report_units(res) if report else []
        if explain:
            kept = write_explanations(ex, tmp / "explanations.json", shown)
            clock.lap("explanations.json")
        else:
            kept = {u: ex.unit_dict(u) for u in shown}
            clock.lap("report breakdowns")
        if report:
            html = render_report(res, [kept[u] for u in shown], explained=explain)
            (tmp / "report.html").write_text(html, encoding="utf-8")
            clock.lap("report.html")
        if documents:
            from .documents import write_documents

            (problems if problems is not None else []).extend(write_documents(res, tmp, explainer=ex))
            clock.lap("documents")
        if run is not None:
            (tmp / SCHEME_FILE).write_text(res.scheme.model_dump_json(), encoding="utf-8")
            dump_json(run, tmp / RUN_FILE)
    clock.lap("swap")
    return Path(outdir)


class _Clock:
    def __init__(self, sink: dict[str, float] | None, timer) -> None:
        self.sink, self.timer, self.t = sink, timer, timer()

    def lap(self, name: str) -> None:
        if self.sink is not None:
            now = self.timer()
            self.sink[name] = self.sink.get(name, 0.0) + now - self.t
            self.t = now
