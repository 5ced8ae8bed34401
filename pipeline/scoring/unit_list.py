"""The unit list given with `--units`: which units a run expects, in their order.

Its own module, without pandas: `kaohe prefill --units` reads it to find unit names in reports.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .numbers import norm_text


def read_unit_list(path: Path | str) -> list[str]:
    """A unit list: one unit per line, or the first column of a CSV (an optional `unit` header)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    out: list[str] = []
    # csv, not str.split: a quoted unit name may hold a comma ("某某,公司").
    for i, row in enumerate(csv.reader(io.StringIO(text))):
        name = norm_text(row[0]) if row else ""
        if not name or (i == 0 and name.lower() in {"unit", "单位"}):
            continue
        if name not in out:
            out.append(name)
    return out
