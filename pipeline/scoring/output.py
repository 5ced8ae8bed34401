"""Writing a run's outputs (CSV, XLSX, JSON, Parquet, explanations, HTML report) into one folder, atomically.

Everything is written into a temporary folder beside OUTDIR and swapped in at
the end (:func:`schemes.atomic.output_dir`), so OUTDIR is either the complete
previous result or the complete new one; a folder kaohe did not write is
refused, never replaced.  Numbers leave as text with at most 2 decimals
(ROUND_HALF_UP), so no binary-float artefact reaches a file.  Text from the
data never becomes a formula: CSV cells that a spreadsheet would run get a
leading ``'`` (OWASP), the workbook stores text as text.

Large runs stay fast and small: the results tables are written together, a
slice of :data:`SLICE` units at a time (texts built once per slice, column-wise
from the engine's arrays); per-unit explanations are written only when asked
(``explain=True``), built column-wise and streamed a batch of units at a time.
"""

from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from kaohe.i18n import _
from schemes.atomic import csv_cell, output_dir

from .engine import Results
from .explain import RunExplanations
from .headers import ROUNDING, column_labels, flag_words, joined, rank_order, unit_flags_column
from .numbers import hundredths
from .xlsx import SheetData

try:  # orjson ships with prefect; the standard library is the fallback
    import orjson
except ImportError:  # pragma: no cover
    orjson = None

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
        Column("veto", "text", joined(res.n, list(res.vetoes.items()))),
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


def _is_number(col: Column) -> bool:
    return col.kind in ("points", "int")


def points_text(micro: np.ndarray) -> list[str]:
    """Text of micro-point values rounded to hundredths, as ``str`` of their JSON value gives it
    ("97.5", "-10", "0.05"): Arrow formats the nearest double shortest, as Python's repr does
    (tests compare the two), without a Python float per value."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.cast(pa.array(hundredths(np.asarray(micro)) / 100), pa.string()).to_pylist()


def column_texts(col: Column) -> list[str]:
    """The output text of every value of a column (what results.csv holds)."""
    if col.kind == "points":
        return points_text(col.values)
    if col.kind == "int":
        return list(map(str, np.asarray(col.values, dtype=np.int64).tolist()))
    return [str(v) for v in col.values]


def sliced(col: Column, a: int, b: int) -> Column:
    return Column(col.name, col.kind, col.values[a:b])


def taken(col: Column, rows: np.ndarray) -> Column:
    """The column's values at ``rows`` (in that order)."""
    if isinstance(col.values, np.ndarray):
        return Column(col.name, col.kind, col.values[rows])
    return Column(col.name, col.kind, [col.values[r] for r in rows.tolist()])


# --------------------------------------------------------------------------- writers


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


def dump_json(data, path: Path) -> None:
    if orjson is not None:
        path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    else:  # pragma: no cover
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


#: Units per slice of the results tables: texts are built and written one slice at a time.
SLICE = 10_000


class TableWriters:
    """results.csv, results.json and results.parquet (wide) + results_long.parquet, written together a
    slice of units at a time in the results' order (each slice's texts are built once), then
    results.xlsx, the table for people, a slice at a time in rank order (:meth:`write_ranked`):
    memory holds one slice, however many units the run has.  The workbook's headers are named
    (:func:`.headers.column_labels`), 名次 is its first column and flags are in words; results.csv
    starts with a UTF-8 BOM (Excel on Chinese Windows reads it) and keeps the column codes."""

    def __init__(self, res: Results, cols: list[Column], folder: Path, clock: "_Clock") -> None:
        from .xlsx import WorkbookWriter

        self.res, self.cols, self.clock = res, cols, clock
        self.names = [c.name for c in cols]
        self.csv_file = open(folder / "results.csv", "w", encoding="utf-8-sig", newline="")
        self.csv = csv.writer(self.csv_file)
        self.csv.writerow([csv_cell(n) for n in self.names])
        self.book = WorkbookWriter(folder / "results.xlsx", ["results", "notes"])
        first = self.names.index("rank")  # 名次 leads the printed table
        self.book_order = [first, *range(first), *range(first + 1, len(cols))]
        labels = column_labels(res, self.names)
        self.book.begin_sheet(SheetData("results", [labels[k] for k in self.book_order], [], widths={1: 18}),
                              n_rows=res.n)
        self.json_file = open(folder / "results.json", "wb")
        head = _dumps(_json_head(res, self.names), indent=True)
        self.json_file.write(head[:-2] + b',\n  "units": [')  # the head's closing "\n}" reopened
        keys = [_dumps(n).decode() + ":" for n in self.names]
        self.json_row = ("{{" + ",".join(k.replace("{", "{{").replace("}", "}}") + "{}" for k in keys) + "}}").format
        self.parquet = ParquetResults(folder, cols)
        self.written = 0

    def write(self, a: int, b: int) -> None:
        """Units ``a``–``b`` (results' order) into results.csv, results.json and the Parquet files."""
        part = [sliced(c, a, b) for c in self.cols]
        texts = [column_texts(c) for c in part]
        self.clock.lap("columns")
        safe = [t if _is_number(c) else [csv_cell(x) for x in t] for c, t in zip(part, texts)]
        self.csv.writerows(zip(*safe))
        self.clock.lap("results.csv")
        as_json = [t if _is_number(c) else [_dumps(x).decode() for x in t] for c, t in zip(part, texts)]
        rows = [self.json_row(*r) for r in zip(*as_json)]
        if rows:
            self.json_file.write((b",\n" if self.written else b"\n") + ",\n".join(rows).encode("utf-8"))
        self.clock.lap("results.json")
        self.parquet.write(part)
        self.clock.lap("results.parquet")
        self.written += b - a

    def write_ranked(self, size: int = SLICE) -> None:
        """results.xlsx's rows: every unit by rank (ties in results' order), a slice at a time."""
        order = rank_order(self.res.rank)
        for a in range(0, len(order), size):
            part = [taken(self.cols[k], order[a:a + size]) for k in self.book_order]
            texts = [column_texts(c) for c in part]
            texts = [[flag_words(x) for x in t] if c.name == "flags" else t for c, t in zip(part, texts)]
            self.book.sheet_rows([("n" if _is_number(c) else "s", t) for c, t in zip(part, texts)])
        self.clock.lap("results.xlsx")

    def close(self) -> None:
        self.csv_file.close()
        self.book.begin_sheet(SheetData("notes", [_("note")], [], widths={0: 100}, freeze_header=False),
                              n_rows=len(self.res.notes) + 1)
        self.book.sheet_rows([("s", [_(ROUNDING), *self.res.notes])])
        self.book.close()
        self.json_file.write(b"\n  ]\n}\n")
        self.json_file.close()
        self.parquet.close()


class ParquetResults:
    """results.parquet (one row per unit, the columns of results.csv; points as 2-decimal doubles,
    the numbers results.json holds) and results_long.parquet (unit, column, score: one row per
    unit and points column) — for analysts and for Dask."""

    def __init__(self, folder: Path, cols: list[Column]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        types = {"points": pa.float64(), "int": pa.int64(), "fixed": pa.string(), "text": pa.string()}
        self.wide_schema = pa.schema([(c.name, types[c.kind]) for c in cols])
        self.points = [c.name for c in cols if c.kind == "points"]
        self.long_schema = pa.schema([("unit", pa.string()), ("column", pa.dictionary(pa.int32(), pa.string())),
                                      ("score", pa.float64())])
        self.wide = pq.ParquetWriter(folder / "results.parquet", self.wide_schema)
        self.long = pq.ParquetWriter(folder / "results_long.parquet", self.long_schema)

    def write(self, part: list[Column]) -> None:
        pa = self.pa
        arrays = []
        for c in part:
            if c.kind == "points":
                arrays.append(pa.array(hundredths(np.asarray(c.values)) / 100))
            elif c.kind == "int":
                arrays.append(pa.array(np.asarray(c.values, dtype=np.int64)))
            else:
                arrays.append(pa.array([str(v) for v in c.values], pa.string()))
        self.wide.write_table(pa.Table.from_arrays(arrays, schema=self.wide_schema))
        n = len(part[0].values) if part else 0
        if not n or not self.points:
            return
        at = {c.name: k for k, c in enumerate(part)}
        scores = np.column_stack([arrays[at[name]].to_numpy() for name in self.points]).ravel()
        unit = pa.array(np.repeat(np.arange(n), len(self.points)))
        column = pa.DictionaryArray.from_arrays(pa.array(np.tile(np.arange(len(self.points), dtype=np.int32), n)),
                                                pa.array(self.points, pa.string()))
        self.long.write_table(pa.table({"unit": arrays[0].take(unit), "column": column, "score": scores},
                                       schema=self.long_schema))

    def close(self) -> None:
        self.wide.close()
        self.long.close()


def _dumps(data, indent: bool = False) -> bytes:
    if orjson is not None:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0)
    return json.dumps(data, ensure_ascii=False, indent=2 if indent else None).encode()  # pragma: no cover


#: What precedes each unit's explanation in explanations.json (the first unit's comma is left out).
SEPARATOR = ",\n"


def write_explanation_stream(batches, path: Path, keep: Iterable[int] = ()) -> dict[int, dict]:
    """Write explanations to ``path``: a JSON array, one unit per line.  ``batches`` give the units' JSON
    texts in order, each after :data:`SEPARATOR` (written as they are, never copied again); returns the
    units numbered in ``keep``, as data."""
    keep = sorted(set(keep))
    kept: dict[int, dict] = {}
    start = 0
    lead = len(SEPARATOR)
    with open(path, "wb") as f:
        f.write(b"[")
        for batch in batches:
            if not len(batch):
                continue
            _valid, offsets, data = batch.buffers()
            ends = np.frombuffer(offsets, dtype=np.int32)[batch.offset:batch.offset + len(batch) + 1]
            a, b = int(ends[0]), int(ends[-1])
            f.write(memoryview(data)[a + (0 if start else 1):b])  # "[" + "\n{…}" for the first unit
            for u in keep:
                if start <= u < start + len(batch):
                    kept[u] = json.loads(batch[u - start].as_py()[lead:])
            start += len(batch)
        f.write(b"\n]\n" if start else b"\n\n]\n")
    return kept


def write_all(res: Results, outdir: Path | str, *, report: bool = True, explain: bool = True,
              inputs: Iterable[str | Path] = (), run: dict | None = None,
              timings: dict[str, float] | None = None, timer=time.perf_counter,
              explanations: RunExplanations | None = None, documents: bool = False,
              problems: list[str] | None = None) -> Path:
    """Write every output of a run into OUTDIR (atomically); returns OUTDIR.

    ``explain``: write explanations.json (every unit × item; the report breaks
    down its units either way).  ``inputs``: the files the run read (OUTDIR may
    not hold them).  ``run``: what `kaohe explain` needs to re-score a unit
    (written as run.json, with the scheme as scheme.json).  ``timings`` collects
    seconds per output stage, as ``timer`` counts them (wall clock; ``time.process_time`` for CPU).
    ``explanations``: where unit explanations come from (default: the results' own facts).
    ``documents``: also the 考核结果通报 and one 考核反馈表 per unit (:mod:`.documents`); what
    could not be made (no LibreOffice for the PDFs) is appended to ``problems``.
    """
    from .report import render_report, report_units

    clock = _Clock(timings, timer)
    cols = result_columns(res)
    clock.lap("columns")
    with output_dir(outdir, command="score", inputs=inputs) as tmp:
        tables = TableWriters(res, cols, tmp, clock)
        try:
            for a in range(0, res.n, SLICE):
                tables.write(a, min(a + SLICE, res.n))
            tables.write_ranked()
        finally:
            tables.close()
        clock.lap("results.json")
        ex = explanations if explanations is not None else RunExplanations(res)
        shown = report_units(res) if report else []
        if explain:
            kept = write_explanation_stream(ex.batches(SEPARATOR), tmp / "explanations.json", shown)
            clock.lap("explanations.json")
        else:
            kept = ex.units(shown)
            clock.lap("report breakdowns")
        if report:
            html = render_report(res, [kept[u] for u in shown], explained=explain)
            (tmp / "report.html").write_text(html, encoding="utf-8")
            clock.lap("report.html")
        if documents:
            from .documents import write_documents

            (problems if problems is not None else []).extend(write_documents(res, tmp, explanations=ex))
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
