"""Columns of an Arrow table as text: how submissions read from Parquet (and streamed from CSV)
are held before their values are parsed, so a number keeps the digits it was written with."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .errors import Problem, SubmissionError
from .numbers import norm_text


def as_text(col: pa.Array) -> pa.Array:
    """The column as strings, empty where it is null."""
    if not pa.types.is_string(col.type):
        col = pc.cast(col, pa.string()) if not pa.types.is_dictionary(col.type) else col.dictionary_decode()
        col = pc.cast(col, pa.string())
    return pc.fill_null(col, "") if col.null_count else col


def parquet_frame(path: Path) -> pd.DataFrame:
    """A whole Parquet file as text columns named by the normalized header (the whole-file reader)."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError) as exc:
        raise SubmissionError([Problem(file=str(path), message=f"not a readable Parquet file: {exc}")]) from None
    cols = {norm_text(n): as_text(table.column(i).combine_chunks()) for i, n in enumerate(table.column_names)}
    return pa.table(cols).to_pandas()
