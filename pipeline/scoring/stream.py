"""Province-scale scoring: long submissions read in blocks and scored in chunks of units.

Reading a 10-million-fact file whole into pandas costs gigabytes, so a long
CSV or Parquet file is read by pyarrow in blocks (every column as text) and
each fact is spilled, by its unit, into a temporary Arrow file of
:data:`BUCKET_UNITS` units (units numbered in first-appearance order, or in
the order of the unit list: the order of the results).  The buckets are then
read back a chunk (about :data:`CHUNK_FACTS` facts) at a time, checked by the
same column-wise :func:`~pipeline.scoring.submissions.validate` and scored by
the same :func:`~pipeline.scoring.engine.score`; only the score columns stay.
Every fact of a unit lands in one chunk, so per-unit checks (duplicates,
missing inputs) are exact.  Ranks and count-limited awards need every total:
they are computed once, at the end (:func:`~pipeline.scoring.partial.combine`).
Problems of all chunks are gathered (the first ``max_errors`` in file order)
and raised before any output exists.

Files the block reader cannot number exactly like the whole-file reader
(wide layout, XLSX, blank lines inside a CSV, rows of the wrong length) are
read whole (:class:`NotStreamable`): same results, memory of the whole file.
"""

from __future__ import annotations

import csv
import io
import pickle
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .arrow_text import as_text, parquet_frame
from .engine import Results, score
from .errors import Problem, SubmissionError
from .inputs import Contract
from .numbers import norm_text
from .partial import PartScores, combine, empty_submission
from .submissions import DEFAULT_MAX_ERRORS, Submission, validate
from .tables import FIELDS, LONG_REQUIRED, RawTable, unneutralise_frame

BUCKET_UNITS = 5_000  # units per spill file
CHUNK_FACTS = 1_000_000  # facts validated and scored at once (buckets are grouped up to this)
BLOCK_BYTES = 8 << 20  # CSV block read at once
ROW, UNIT = "__row__", "__unit__"  # spilled with every fact: its row in the file, its unit's number


class NotStreamable(Exception):
    """The file is read whole instead (the reason says why)."""


# --------------------------------------------------------------------------- sources


@dataclass
class Source:
    """A long submissions file as blocks of text columns named by the normalized header."""

    path: Path
    kind: str  # "csv" | "parquet"
    header: list[str]
    encoding: str = "utf-8"
    sep: str = ","
    unneutralise: bool = False
    def unit_text(self, raw: str) -> str:
        """A unit as validation reads it (un-neutralised, normalized)."""
        if self.unneutralise:
            from schemes.atomic import csv_uncell

            raw = csv_uncell(raw)
        return norm_text(raw)

    @property
    def unit_column(self) -> str:
        return next(h for h in self.header if h.lower() == "unit")

    def batches(self) -> Iterator[pa.RecordBatch]:
        """Blocks of text columns (header names) plus the file row of each fact (:data:`ROW`)."""
        first = 2 if self.kind == "csv" else 1  # a CSV's header is row 1; a Parquet file has none
        seen = 0
        for b in self._raw_batches():
            cols = [as_text(b.column(i)) for i in range(b.num_columns)]
            rows = pa.array(np.arange(seen + first, seen + first + b.num_rows, dtype=np.int64))
            seen += b.num_rows
            yield pa.RecordBatch.from_arrays([*cols, rows], names=[*self.header, ROW])

    def _raw_batches(self) -> Iterator[pa.RecordBatch]:
        if self.kind == "parquet":
            import pyarrow.parquet as pq

            yield from pq.ParquetFile(self.path).iter_batches(batch_size=1 << 17)
            return
        from pyarrow import csv as pacsv

        names = [f"c{i}" for i in range(len(self.header))]
        reader = pacsv.open_csv(
            self.path,
            read_options=pacsv.ReadOptions(encoding=self.encoding, block_size=BLOCK_BYTES, skip_rows=1,
                                           column_names=names),
            parse_options=pacsv.ParseOptions(delimiter=self.sep, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
        try:
            for b in reader:
                yield b
        except pa.ArrowInvalid as exc:
            raise NotStreamable(f"read whole: {exc}") from None


def open_source(path: Path | str) -> Source:
    """The file as a :class:`Source`, or :class:`NotStreamable` (wide, XLSX, irregular CSV)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise NotStreamable("not a file")
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            names = pq.ParquetFile(path).schema_arrow.names
        except (pa.ArrowException, OSError) as exc:
            raise SubmissionError([Problem(file=str(path), message=f"not a readable Parquet file: {exc}")]) from None
        src = Source(path, "parquet", [norm_text(n) for n in names])
    elif suffix in (".csv", ".txt", ".tsv"):
        sep = "\t" if suffix == ".tsv" else ","
        header, encoding = _csv_header(path, sep)
        apostrophe, blank_inside = _scan_bytes(path)
        if blank_inside:
            raise NotStreamable("blank lines inside the file (the whole-file reader numbers them)")
        src = Source(path, "csv", header, encoding, sep, apostrophe)
    else:
        raise NotStreamable(f"{suffix} files are read whole")
    low = [h.lower() for h in src.header]
    if not all(c in low for c in LONG_REQUIRED):
        raise NotStreamable("not the long layout")
    if len(set(src.header)) != len(src.header) or sum(h in FIELDS for h in low) != len(set(low) & set(FIELDS)):
        raise NotStreamable("repeated header names")
    return src


def _csv_header(path: Path, sep: str) -> tuple[list[str], str]:
    """The header row (normalized) and the encoding the file decodes with (UTF-8, else GB18030)."""
    with open(path, "rb") as f:
        head = f.read(1 << 20)
    for enc, codec in (("utf-8", "utf-8-sig"), ("gb18030", "gb18030")):
        try:
            text = head.decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
                continue
            text = head[:exc.start].decode(codec)
        line = next(csv.reader(io.StringIO(text, newline=""), delimiter=sep), [])
        if any("\n" in h or "\r" in h for h in line):
            raise NotStreamable("a header cell spans lines")
        return [norm_text(h) for h in line], enc
    raise NotStreamable("undecodable: the whole-file reader reports it")


def _scan_bytes(path: Path) -> tuple[bool, bool]:
    """(any ``'`` in the file, a blank line before the last data) — one pass in blocks."""
    import re

    blank = re.compile(rb"\n\r?\n")
    apostrophe = False
    first_blank = last_data = -1
    offset, tail = 0, b""
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 22), b""):
            buf = tail + block
            base = offset - len(tail)
            apostrophe = apostrophe or b"'" in block
            if first_blank < 0 and (m := blank.search(buf)):
                first_blank = base + m.start()
            stripped = buf.rstrip()
            if stripped:
                last_data = base + len(stripped)
            offset += len(block)
            tail = buf[-2:]
    return apostrophe, 0 <= first_blank < last_data - 1


# --------------------------------------------------------------------------- spilling by unit


@dataclass
class Spill:
    """The facts of a file sorted into bucket files by unit number; removed by :meth:`close`."""

    source: Source
    folder: Path
    units: list[str]  # every unit, in result order (the unit list first, when given)
    listed: int  # how many of ``units`` come from the unit list (all, without one)
    bucket_rows: dict[int, int] = field(default_factory=dict)
    bucket_units: int = BUCKET_UNITS

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def job(self, a: int, b: int, hints: bool = True) -> "ChunkJob":
        """What scoring buckets ``a:b`` needs, and no more (a task ships it to a worker).

        ``hints``: carry the whole unit list, so an unknown unit's "did you mean" looks at all of it
        (else at the chunk's listed units; which units are unknown is the same either way)."""
        lo, hi = self.units_of(a, b)
        listed = self.units[lo:min(hi, self.listed)] if lo < self.listed else []
        known = set(self.units[:self.listed]) if hints and self.listed < len(self.units) else None
        return ChunkJob(self.source, self.folder, a, b, lo, hi, listed, known)

    def __enter__(self) -> "Spill":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _file(self, b: int) -> Path:
        return bucket_file(self.folder, b)

    def chunks(self, facts: int = CHUNK_FACTS) -> list[tuple[int, int]]:
        """Bucket ranges ``[a, b)`` of about ``facts`` facts each, covering every unit."""
        n_buckets = max(-(-len(self.units) // self.bucket_units), 1)
        out, start, acc = [], 0, 0
        for b in range(n_buckets):
            acc += self.bucket_rows.get(b, 0)
            if acc >= facts:
                out.append((start, b + 1))
                start, acc = b + 1, 0
        if start < n_buckets:
            out.append((start, n_buckets))
        return out

    def units_of(self, a: int, b: int) -> tuple[int, int]:
        """The unit numbers ``[lo, hi)`` of buckets ``a:b``."""
        return a * self.bucket_units, min(b * self.bucket_units, len(self.units))

    def table(self, a: int, b: int, only: np.ndarray | None = None) -> pa.Table:
        """The facts of buckets ``a:b`` in file order (``only``: of these unit numbers alone)."""
        return read_buckets(self.source, self.folder, a, b, only)


def bucket_file(folder: Path, b: int) -> Path:
    return folder / f"{b}.arrow"


def read_buckets(source: Source, folder: Path, a: int, b: int, only: np.ndarray | None = None) -> pa.Table:
    """The spilled facts of buckets ``a:b`` in file order (``only``: of these unit numbers alone)."""
    files = [bucket_file(folder, k) for k in range(a, b)]
    tables = [pa.ipc.open_stream(f).read_all() for f in files if f.exists()]
    table = pa.concat_tables(tables) if tables else _empty(source.header)
    if only is not None:
        table = table.filter(pc.is_in(table.column(UNIT), pa.array(only, type=pa.int64())))
    return table.sort_by(ROW) if len(tables) > 1 else table


@dataclass
class ChunkJob:
    """One chunk's share of a spill: where its facts are, its unit numbers and listed units."""

    source: Source
    folder: Path
    a: int
    b: int
    lo: int
    hi: int
    listed: list[str]  # its units in the unit list (all its units, without one)
    known: set[str] | None = None  # the whole unit list, for hints (None: ``listed``)

    def table(self) -> pa.Table:
        return read_buckets(self.source, self.folder, self.a, self.b)


def _empty(header: list[str]) -> pa.Table:
    return pa.table({**{h: pa.array([], pa.string()) for h in header}, ROW: pa.array([], pa.int64()),
                     UNIT: pa.array([], pa.int64())})


def spill(source: Source, units: list[str] | None = None, folder: Path | None = None,
          bucket_units: int = BUCKET_UNITS) -> Spill:
    """Read ``source`` once, writing each fact into the bucket file of its unit."""
    tmp = Path(tempfile.mkdtemp(prefix=".kaohe-spill-", dir=folder))
    order = list(units or [])
    index = {u: k for k, u in enumerate(order)}
    by_text: dict[str, int] = {}  # raw unit text → unit number
    out = Spill(source, tmp, order, len(order) if units is not None else -1, bucket_units=bucket_units)
    writers: dict[int, pa.ipc.RecordBatchStreamWriter] = {}
    unit_col = source.header.index(source.unit_column)
    try:
        for batch in source.batches():
            enc = pc.dictionary_encode(batch.column(unit_col))  # distinct units, in first-appearance order
            codes = np.empty(len(enc.dictionary), dtype=np.int64)
            for k, raw in enumerate(enc.dictionary.to_pylist()):
                if (c := by_text.get(raw)) is None:  # each distinct text worked out once
                    u = source.unit_text(raw)
                    if not u:
                        c = -1
                    elif (c := index.get(u)) is None:
                        c = index[u] = len(order)
                        order.append(u)
                    by_text[raw] = c
                codes[k] = c
            ords = codes[enc.indices.to_numpy(zero_copy_only=False)]
            batch = pa.RecordBatch.from_arrays([*batch.columns, pa.array(ords)], names=[*batch.schema.names, UNIT])
            bucket = np.where(ords < 0, 0, ords // bucket_units)
            if len(bucket) and (bucket == bucket[0]).all():
                pieces = [(int(bucket[0]), batch)]
            else:
                sort = np.argsort(bucket, kind="stable")
                cuts = np.flatnonzero(np.diff(bucket[sort])) + 1
                pieces = [(int(bucket[s[0]]), batch.take(pa.array(s))) for s in np.split(sort, cuts) if len(s)]
            for b, piece in pieces:
                if b not in writers:
                    writers[b] = pa.ipc.new_stream(str(out._file(b)), piece.schema)
                writers[b].write_batch(piece)
                out.bucket_rows[b] = out.bucket_rows.get(b, 0) + piece.num_rows
    except BaseException:
        for w in writers.values():
            w.close()
        out.close()
        raise
    for w in writers.values():
        w.close()
    if units is None:
        out.listed = len(order)
    return out


# --------------------------------------------------------------------------- scoring chunk by chunk


def chunk_raw(source: Source, table: pa.Table) -> RawTable:
    """A chunk's facts as the whole-file reader gives them: the six fields as text, rows with any of
    them filled, their sheet (none) and row; built in Arrow (no Python string per cell)."""
    low = {h.lower(): h for h in source.header}
    n = table.num_rows
    absent = pa.repeat(pa.scalar("", pa.string()), n)
    cols = {f: table.column(low[f]) if f in low else absent for f in FIELDS}
    blank = None
    for f in FIELDS:
        e = pc.equal(cols[f], "")
        blank = e if blank is None else pc.and_(blank, e)
    kept = pa.table({**cols, "row": table.column(ROW)})
    if n and pc.any(blank).as_py():
        kept = kept.filter(pc.invert(blank))
    df = kept.to_pandas()
    if source.unneutralise:
        unneutralise_frame(df)
    df.insert(6, "sheet", None)
    return RawTable(str(source.path), "long", df)


def validate_chunk(job: ChunkJob, contract: Contract, *, missing_zero: bool, max_errors: int) -> Submission:
    """Validate a chunk's facts (a unit outside the unit list is reported as unknown)."""
    return validate(chunk_raw(job.source, job.table()), contract, units=job.listed, missing_zero=missing_zero,
                    max_errors=max_errors, known_units=job.known)


@dataclass
class ChunkScores:
    """What scoring one chunk gives: its score columns and missing-input masks, or its problems."""

    lo: int
    hi: int
    part: PartScores | None = None
    missing: dict[str, np.ndarray] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    total_problems: int = 0


def score_chunk(job: ChunkJob, contract: Contract, *, missing_zero: bool = False,
                max_errors: int = DEFAULT_MAX_ERRORS, check_only: bool = False, keep: bool = False) -> ChunkScores:
    """Validate and score one chunk (a task of its own on a cluster).

    ``check_only``: validate without scoring (another chunk already failed).  ``keep``: leave the
    validated facts in the spill folder, for the explanations of every unit (:meth:`StreamRun.batches`)."""
    try:
        sub = validate_chunk(job, contract, missing_zero=missing_zero, max_errors=max_errors)
    except SubmissionError as exc:
        return ChunkScores(job.lo, job.hi, problems=exc.problems, total_problems=exc.total)
    if check_only:
        return ChunkScores(job.lo, job.hi)
    if keep:
        with open(kept_file(job.folder, job.a, job.b), "wb") as f:
            pickle.dump(sub, f, protocol=5)
    return ChunkScores(job.lo, job.hi, PartScores.of(job.lo, score(sub, contract)), sub.missing)


def kept_file(folder: Path, a: int, b: int) -> Path:
    """Where the validated facts of buckets ``a:b`` are kept (the spill's private temporary folder)."""
    return folder / f"{a}-{b}.submission.pickle"


def kept_submission(folder: Path, a: int, b: int) -> Submission | None:
    """The validated facts of buckets ``a:b`` kept by :func:`score_chunk` (read back instead of validated
    again: ~4× cheaper), or None."""
    path = kept_file(folder, a, b)
    if not path.is_file():
        return None
    with open(path, "rb") as f:
        sub = pickle.load(f)  # written by this process into its own mkdtemp folder
    path.unlink()
    return sub


def finish(spill_: Spill, contract: Contract, chunks: list[ChunkScores],
           max_errors: int = DEFAULT_MAX_ERRORS) -> Results:
    """Every problem of every chunk (the first ``max_errors`` in file order), or the combined, ranked results."""
    total_problems = sum(c.total_problems for c in chunks)
    if total_problems:
        problems = sorted((p for c in chunks for p in c.problems), key=lambda p: (p.row is None, p.row or 0))
        raise SubmissionError(problems[:max_errors], total_problems)
    n = min(len(spill_.units), spill_.listed) if spill_.listed >= 0 else len(spill_.units)
    merged: dict[str, np.ndarray] = {}
    for c in chunks:
        for k, m in c.missing.items():
            merged.setdefault(k, np.zeros(n, dtype=bool))[c.lo:c.hi] = m
    sub = empty_submission(str(spill_.source.path), "long", spill_.units[:n], merged)
    return combine(sub, contract, [c.part for c in chunks])


def score_spill(spill_: Spill, contract: Contract, *, missing_zero: bool = False,
                max_errors: int = DEFAULT_MAX_ERRORS, chunk_facts: int = CHUNK_FACTS, keep: bool = False) -> Results:
    """Validate and score every chunk in turn; raise every problem found (first ``max_errors``) or combine.

    ``keep``: keep each chunk's validated facts for the explanations of every unit."""
    done: list[ChunkScores] = []
    for a, b in spill_.chunks(chunk_facts):
        failed = any(c.total_problems for c in done)  # then check the rest only, to list their problems too
        done.append(score_chunk(spill_.job(a, b), contract, missing_zero=missing_zero, max_errors=max_errors,
                                check_only=failed, keep=keep and not failed))
    return finish(spill_, contract, done, max_errors)


def unit_submission(spill_: Spill, unit_numbers: list[int], contract: Contract, *,
                    missing_zero: bool = False) -> Submission:
    """The validated facts of a few units (for their explanations), in the order given."""
    only = np.asarray(unit_numbers, dtype=np.int64)
    buckets = sorted({int(u) // spill_.bucket_units for u in only})
    tables = [spill_.table(b, b + 1, only) for b in buckets]
    table = pa.concat_tables(tables).sort_by(ROW) if tables else _empty(spill_.source.header)
    return validate(chunk_raw(spill_.source, table), contract, units=[spill_.units[u] for u in unit_numbers],
                    missing_zero=missing_zero)


def explained_subset(res: Results, sub: Submission, unit_numbers: list[int]) -> Results:
    """The run's results of a few units (scores, ranks, grades, notes, award ties: what explanations show),
    with their validated facts ``sub``: the stored scores, taken, not computed again."""
    idx = np.asarray(unit_numbers, dtype=np.int64)
    at = {u: k for k, u in enumerate(unit_numbers)}

    def cols(d: dict) -> dict:
        return {k: v[idx] for k, v in d.items()}

    return replace(res, submission=sub, units=[res.units[u] for u in unit_numbers], items=cols(res.items),
                   overridden=cols(res.overridden), categories=cols(res.categories), entries=cols(res.entries),
                   bonus=res.bonus[idx], deductions=res.deductions[idx], raters=cols(res.raters),
                   parts=cols(res.parts), total=res.total[idx], rank=res.rank[idx],
                   grade=[res.grade[u] for u in unit_numbers], vetoes=cols(res.vetoes), missing=dict(sub.missing),
                   award_ties={at[u]: t for u, t in res.award_ties.items() if u in at})


@dataclass
class StreamRun:
    """A streamed run: the combined results and the spill they came from (for explanations)."""

    results: Results
    spill: Spill
    missing_zero: bool

    def units(self, unit_numbers: list[int]) -> dict[int, dict]:
        """Explanations of a few units, as the whole-file run gives them."""
        from .explain import Explainer

        if not unit_numbers:
            return {}
        sub = unit_submission(self.spill, unit_numbers, self.results.contract, missing_zero=self.missing_zero)
        ex = Explainer(explained_subset(self.results, sub, unit_numbers))
        return {u: d for u, d in zip(unit_numbers, ex.units(range(len(unit_numbers))).values())}

    def batches(self, lead: str = "", chunk_facts: int = CHUNK_FACTS) -> Iterator[pa.Array]:
        """Every unit's explanation as JSON text (after ``lead``), in result order: a chunk re-read and
        validated at a time, explained a batch of units at a time."""
        from .explain import Explainer

        res = self.results
        for a, b in self.spill.chunks(chunk_facts):
            lo, hi = self.spill.units_of(a, b)
            hi = min(hi, res.n)
            if lo >= hi:
                continue
            sub = kept_submission(self.spill.folder, a, b) or validate_chunk(
                self.spill.job(a, b, hints=False), res.contract, missing_zero=self.missing_zero, max_errors=1)
            yield from Explainer(explained_subset(res, sub, list(range(lo, hi)))).batches(lead)

    def all(self, chunk_facts: int = CHUNK_FACTS) -> Iterator[dict]:
        """Every unit's explanation in result order, a chunk at a time."""
        from .explain import explanation_dicts

        return explanation_dicts(self.batches(chunk_facts=chunk_facts))


def stream_score(path: Path | str, contract: Contract, *, units: list[str] | None = None,
                 missing_zero: bool = False, max_errors: int = DEFAULT_MAX_ERRORS, chunk_facts: int = CHUNK_FACTS,
                 bucket_units: int = BUCKET_UNITS, spill_dir: Path | None = None, keep: bool = False) -> StreamRun:
    """Score a long CSV/Parquet file chunk by chunk (raises NotStreamable for files read whole).

    The caller closes ``run.spill`` when done with explanations (``keep``: every unit's will be asked for)."""
    source = open_source(path)
    sp = spill(source, units, spill_dir, bucket_units)
    try:
        res = score_spill(sp, contract, missing_zero=missing_zero, max_errors=max_errors, chunk_facts=chunk_facts,
                          keep=keep)
    except BaseException:
        sp.close()
        raise
    return StreamRun(res, sp, missing_zero)


def unit_facts(source: Source, unit: str) -> pa.Table:
    """The facts of one unit, read in blocks (the rest of the file is never held)."""
    unit_col = source.header.index(source.unit_column)
    found = []
    seen = pa.array([], pa.string())  # raw texts already worked out (each file repeats them)
    matching: list[str] = []
    for batch in source.batches():
        texts = pc.unique(batch.column(unit_col))
        new = texts.filter(pc.invert(pc.is_in(texts, value_set=seen)))
        if len(new):
            matching += [raw for raw in new.to_pylist() if source.unit_text(raw) == unit]
            seen = pa.concat_arrays([seen, new])
        if matching:
            mask = pc.is_in(batch.column(unit_col), value_set=pa.array(matching, pa.string()))
            if pc.any(mask).as_py():
                found.append(batch.filter(mask))
    if not found:
        return _empty(source.header).drop_columns([UNIT])
    return pa.Table.from_batches(found)


def score_one_unit(path: Path | str, contract: Contract, unit: str, *, missing_zero: bool = False) -> Results:
    """One unit's validated and scored facts, read in blocks (NotStreamable for files read whole).

    Ranks, grades and award ties are the whole run's: the caller puts them in (:func:`with_standing`)."""
    source = open_source(path)
    sub = validate(chunk_raw(source, unit_facts(source, unit)), contract, units=[unit], missing_zero=missing_zero)
    return score(sub, contract)


def with_standing(res: Results, rank: int, grade: str, flags: str, notes: list[str] | None = None) -> Results:
    """A one-unit result given the whole run's rank, grade and award tie (from its results table)."""
    tie = next((f.split(":", 1)[1] for f in flags.split(";") if f.startswith("award_tie:")), None)
    return replace(res, rank=np.array([rank], dtype=np.int64), grade=[grade], notes=list(notes or []),
                   award_ties={0: tie} if tie else {})


@contextmanager
def scored(path: Path | str, contract: Contract, *, units: list[str] | None = None, missing_zero: bool = False,
           max_errors: int = DEFAULT_MAX_ERRORS, chunk_facts: int = CHUNK_FACTS, explain_all: bool = False):
    """``(results, explanations)`` of a submissions file: streamed when it can be, else read whole.

    The explanations object gives unit explanations (:meth:`units`, :meth:`all`) while the block is open;
    ``explain_all``: every unit's will be written (a streamed run keeps its validated chunks for them)."""
    from .explain import RunExplanations
    from .submissions import read_submissions

    try:
        run = stream_score(path, contract, units=units, missing_zero=missing_zero, max_errors=max_errors,
                           chunk_facts=chunk_facts, keep=explain_all)
    except NotStreamable:
        res = score(read_submissions(path, contract.scheme, units=units, missing_zero=missing_zero,
                                     max_errors=max_errors, contract=contract), contract)
        yield res, RunExplanations(res)
        return
    try:
        yield run.results, run
    finally:
        run.spill.close()


__all__ = ["BUCKET_UNITS", "CHUNK_FACTS", "ChunkJob", "ChunkScores", "NotStreamable", "Source", "Spill", "StreamRun", "open_source",
           "finish", "parquet_frame", "score_chunk", "score_one_unit", "score_spill", "scored", "spill", "stream_score", "unit_facts", "with_standing"]
