"""Reading submission files (CSV or XLSX, long or wide) into one raw long table of strings.

This is the I/O edge: it only locates every fact (sheet, row, column header)
so later checks can name them; it interprets nothing.  Wide sheets (the
generated template) are melted into the same long shape, one fact per
non-empty cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kaohe.i18n import _

from .errors import Problem, SubmissionError
from .numbers import norm_text
from .xlsx import sheet_title

LONG_REQUIRED = ("unit", "item", "input", "value")
LONG_OPTIONAL = ("rater", "evidence")
UNIT_HEADERS = {"unit", "单位", "考核单位"}
WIDE_EXTRA = {"rater": "rater", "evidence": "evidence", "备注": "evidence"}
FIELDS = ("unit", "item", "input", "value", "rater", "evidence")
#: Text cells of a file read whole: Python strings, whether or not pyarrow is installed (pandas 3 would
#: store ``str`` columns in Arrow then, which makes this reader slower; large files are streamed instead).
TEXT = pd.StringDtype("python", na_value=float("nan"))


@dataclass
class RawTable:
    """Facts as text: columns unit,item,input,value,rater,evidence,sheet,row[,header]."""

    file: str
    layout: str  # "long" | "wide"
    df: pd.DataFrame
    #: wide only: every unit row (unit, sheet, row), including rows with no filled cell
    unit_rows: list[tuple[str, str | None, int]] = field(default_factory=list)
    #: sheet → rater group for wide sheets named after a rater group
    sheet_raters: dict[str, str] = field(default_factory=dict)

    def column_label(self, field_name: str, pos: int) -> str:
        """How a message names the column of a fact: the long field, or the wide header."""
        if self.layout == "wide" and field_name in ("item", "input", "value"):
            return str(self.df["header"].iat[pos])
        return field_name


def read_table(path: Path, rater_groups: set[str] | None = None) -> RawTable:
    path = Path(path)
    if not path.exists():
        raise SubmissionError([Problem(file=str(path), message=_("file not found"))])
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, rater_groups or set())
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path)
    if suffix == ".parquet":
        return _read_parquet(path)
    raise SubmissionError([Problem(file=str(path), message=_("unsupported file type {suffix}; use .csv, .xlsx or "
                                                             ".parquet").format(suffix=repr(suffix)))])


# --------------------------------------------------------------------------- CSV


def _read_csv(path: Path) -> RawTable:
    sep = "\t" if path.suffix.lower() == ".tsv" else ","
    from .limits import check_csv

    check_csv(path, sep)  # header columns and a misleading byte-order mark, before pandas reads it
    last: Exception | None = None
    for enc in ("utf-8-sig", "gb18030"):
        try:
            df = pd.read_csv(path, dtype=TEXT, keep_default_na=False, skip_blank_lines=False,
                             encoding=enc, sep=sep)
            break
        except UnicodeDecodeError as exc:
            last = exc
        except pd.errors.ParserError as exc:
            raise SubmissionError([Problem(file=str(path), message=_("not a readable CSV: {error}").format(error=exc))]) from None
        except pd.errors.EmptyDataError:
            raise SubmissionError([Problem(file=str(path), message=_("the file is empty"))]) from None
    else:
        raise SubmissionError([Problem(file=str(path), message=_("cannot decode the file ({error})").format(error=last))])
    header = [norm_text(h) for h in df.columns]
    df.columns = header
    _unneutralise(df, path)
    rows = pd.RangeIndex(2, len(df) + 2)
    if _is_long(header):
        return _long_frame(str(path), df, None, rows)
    if header and header[0].lower() in UNIT_HEADERS:
        return _wide_frames(str(path), [(None, header, df, rows)], {})
    raise SubmissionError([_bad_header(str(path), None, header)])


def _read_parquet(path: Path) -> RawTable:
    """A long-form Parquet file (columns unit,item,input,value[,rater,evidence]; any types, read as text).

    Rows are numbered from 1 (a Parquet file has no header row)."""
    from .arrow_text import parquet_frame

    df = parquet_frame(path)
    header = list(df.columns)
    if not _is_long(header):
        raise SubmissionError([_bad_header(str(path), None, header)])
    return _long_frame(str(path), df, None, pd.RangeIndex(1, len(df) + 1))


def _unneutralise(df: pd.DataFrame, path: Path) -> None:
    """Cells kaohe's CSV writers neutralised against formula injection ('=…, '+…) read back as written.

    A file without any apostrophe (nearly all) is recognised by one byte search."""
    if has_apostrophe(path):
        unneutralise_frame(df)


def has_apostrophe(path: Path) -> bool:
    """Whether the file holds a ``'`` anywhere (read in blocks: a large file is not loaded whole)."""
    with open(path, "rb") as f:
        return any(b"'" in block for block in iter(lambda: f.read(1 << 22), b""))


def unneutralise_frame(df: pd.DataFrame) -> None:
    """Undo :func:`schemes.atomic.csv_cell` in every text column of ``df``, in place."""
    from schemes.atomic import csv_uncell

    for col in df.columns:
        if not pd.api.types.is_string_dtype(df[col].dtype):
            continue
        quoted = df[col].str.startswith("'", na=False)
        if quoted.any():
            df.loc[quoted, col] = df.loc[quoted, col].map(csv_uncell)


def _is_long(header: list[str]) -> bool:
    low = {h.lower() for h in header}
    return all(c in low for c in LONG_REQUIRED)


def _bad_header(file: str, sheet: str | None, header: list[str]) -> Problem:
    return Problem(
        file=file, sheet=sheet, row=1,
        message=_("header must be `unit,item,input,value[,rater,evidence]` (long form) or `unit,<item> <input>,…` "
                  "(wide form, e.g. `6.1 count`); found {header}").format(header=repr(",".join(header))),
    )


def _long_frame(file: str, df: pd.DataFrame, sheet: str | None, rows) -> RawTable:
    low = {h.lower(): h for h in df.columns}
    out = pd.DataFrame({f: (df[low[f]] if f in low else "") for f in FIELDS})
    out = out.astype(object).where(out.notna(), "")
    out["sheet"] = sheet
    out["row"] = list(rows)
    keep = ~(out[list(FIELDS)] == "").all(axis=1)
    out = out[keep].reset_index(drop=True)
    return RawTable(file, "long", out)


# --------------------------------------------------------------------------- XLSX


def _read_xlsx(path: Path, rater_groups: set[str]) -> RawTable:
    from openpyxl import load_workbook

    from .limits import SheetBudget, bounded_rows, check_workbook

    check_workbook(path)  # size and real zip expansion, before openpyxl parses anything
    budget = SheetBudget.from_env(str(path))
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for broken files
        raise SubmissionError([Problem(file=str(path), message=_("not a readable XLSX workbook: {error}").format(error=exc))]) from None
    long_parts: list[pd.DataFrame] = []
    wide_sheets = []
    try:
        for ws in wb.worksheets:
            it = bounded_rows(ws, budget)
            first = next(it, None)
            if not first:
                continue
            header = [norm_text(h) for h in first]
            while header and header[-1] == "":
                header.pop()
            body = [list(r[: len(header)]) + [None] * (len(header) - len(r)) for r in it]
            df = pd.DataFrame(body, columns=_unique(header), dtype=object)
            rows = pd.RangeIndex(2, len(df) + 2)
            if _is_long(header):
                df = df.map(norm_text)
                long_parts.append(_long_frame(str(path), df, ws.title, rows).df)
            elif header and header[0].lower() in UNIT_HEADERS:
                wide_sheets.append((ws.title, header, df, rows))
            # other sheets (instructions, notes) are not submissions
    finally:
        wb.close()
    if long_parts and wide_sheets:
        raise SubmissionError([Problem(file=str(path),
                                       message=_("the workbook mixes long and wide sheets; use one form"))])
    if long_parts:
        return RawTable(str(path), "long", pd.concat(long_parts, ignore_index=True))
    if wide_sheets:
        by_title = {sheet_title(g): g for g in rater_groups}
        raters = {t: by_title[t] for t, *_sheet in wide_sheets if t in by_title}
        return _wide_frames(str(path), wide_sheets, raters)
    raise SubmissionError([Problem(file=str(path), message=_("no sheet starts with a `unit` header (long: "
                                                             "unit,item,input,value; wide: unit,<item> <input>,…)"))])


def _unique(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in header:
        n = seen.get(h, 0)
        seen[h] = n + 1
        out.append(h if n == 0 else f"{h}\x00{n}")
    return out


# --------------------------------------------------------------------------- wide → long


def _col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _wide_frames(file: str, sheets, sheet_raters: dict[str, str]) -> RawTable:
    problems: list[Problem] = []
    frames: list[pd.DataFrame] = []
    unit_rows: list[tuple[str, str | None, int]] = []
    for sheet, header, df, rows in sheets:
        df = df.copy()
        df.columns = range(len(df.columns))
        units = df[0].map(norm_text)
        rater_col = evidence_col = None
        value_cols: list[tuple[int, str, str, str]] = []
        for j, h in enumerate(header[1:], 1):
            key = h.lower()
            if key in WIDE_EXTRA:
                if WIDE_EXTRA[key] == "rater":
                    rater_col = j
                else:
                    evidence_col = j
                continue
            parts = h.rsplit(None, 1)
            if h == "":
                if df[j].map(norm_text).ne("").any():
                    problems.append(Problem(file=file, sheet=sheet, row=1, column=_col_letter(j),
                                            message=_("a column with data has no header")))
                continue
            if len(parts) != 2:
                problems.append(Problem(file=file, sheet=sheet, row=1, column=f"{h!r} ({_col_letter(j)})",
                                        message=_("a wide column header must be `<item> <input>`, e.g. `6.1 count`")))
                continue
            value_cols.append((j, parts[0], parts[1], f"{h!r} ({_col_letter(j)})"))
        rowlist = list(rows)
        raters = df[rater_col].map(norm_text) if rater_col is not None else None
        evid = df[evidence_col].map(norm_text) if evidence_col is not None else None
        default_rater = sheet_raters.get(sheet, "") if sheet else ""
        for pos, u in enumerate(units):
            if u:
                unit_rows.append((u, sheet, rowlist[pos]))
        for j, target, inp, label in value_cols:
            vals = df[j].map(norm_text)
            filled = vals.ne("")
            if not filled.any():
                continue
            idx = filled.to_numpy().nonzero()[0]
            frames.append(pd.DataFrame({
                "unit": units.iloc[idx].to_numpy(),
                "item": target,
                "input": inp,
                "value": vals.iloc[idx].to_numpy(),
                "rater": (raters.iloc[idx].replace("", default_rater).to_numpy() if raters is not None
                          else default_rater),
                "evidence": evid.iloc[idx].to_numpy() if evid is not None else "",
                "sheet": sheet,
                "row": [rowlist[i] for i in idx],
                "header": label,
            }))
    if problems:
        raise SubmissionError(problems)
    cols = [*FIELDS, "sheet", "row", "header"]
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame({c: [] for c in cols})
    return RawTable(file, "wide", df[cols], unit_rows, sheet_raters)
