"""Point matrices: bonus points stated as a table of two keys, e.g. levels × ranks.

        一等奖  二等奖  三等奖
国家级   10分    8分     6分
省部级   6分     4分     3分

Each cell gives the points per occurrence (per award, per person: "2分/人") of one pair
of keys.  Such a table becomes one bonus (or deduction) entry looked up by both keys:
its ``levels`` are keyed "国家级×一等奖", so a submission gives ``count:国家级×一等奖``
and the score is the sum of count × points over the pairs, capped where the document
states a cap (最高加N分, 累计不超过N分).
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from extractors.model import Document, Table
from schemes.criteria.numbers import fold
from schemes.model import Entry

from ..grammar.spans import cell_span, squash
from ..grammar.table_layout import TableLayout, cell_text
from ..grammar.vocabulary import pattern, text
from ..state import Draft, refs


POINTS_WORD = text("points_word")
#: the name of a bonus matrix without a caption or a corner label
BONUS_NAME = text("matrix.bonus_name")

KEY_SEPARATOR = "×"
KEY_PART_SEPARATOR = "·"   # between the header rows of one column key
#: a cell of points: "10", "10分", "2 分/人", "1.5分/项"
POINT_CELL = pattern("matrix.point_cell")
CAP = pattern("matrix.cap")
PENALTY_WORDS = pattern("matrix.penalty_words")


@dataclass
class Matrix:
    rows: list[int]              # body rows
    cols: list[int]              # value columns
    key_col: int                 # the column of row keys
    header_row: int              # the row of column keys
    unit: str | None
    why: str
    listed: bool = False         # each row's one cell lists its column keys with their points


#: one key and its points in a cell that lists them: 一等奖20分、二等奖16分
RANK_LIST_ENTRY = pattern("matrix.rank_list_entry")


def rank_list(text: str) -> list[tuple[str, float]]:
    """Named rule ``rank_list_cell``: a cell listing two or more keys with their points and
    nothing else (一等奖20分、二等奖16分、三等奖12分), in printed order."""
    folded = fold(text)
    found = list(RANK_LIST_ENTRY.finditer(folded))
    if len(found) < 2 or re.sub(r"[\s、，,;；/]", "", RANK_LIST_ENTRY.sub("", folded)):
        return []
    return [(m.group("key"), float(m.group("pts"))) for m in found]


def point_matrix(layout: TableLayout, context: str) -> Matrix | None:
    """The table is a point matrix: a row of column keys, a column of short row keys and a
    body of point cells (at least 2 × 2), with 分 written in the cells, the header or the
    text just above (a table of bare figures beside unit names is a target table)."""
    table = layout.table
    grid = layout.grid
    if table.n_rows < 3 or table.n_cols < 2:
        return None
    header = layout.header_rows[-1] if layout.header_rows else 0
    rows = [r for r in range(header + 1, table.n_rows) if any(cell_text(c) for c in grid[r])
            and layout.row_kinds.get(r) not in ("note", "section", "total", "subtotal")]   # 注：… below the matrix
    key_col = 0
    keys = [cell_text(grid[r][key_col]) for r in rows]
    if len(rows) < 2 or not all(k and len(squash(k)) <= 12 and not POINT_CELL.match(fold(k)) for k in keys):
        return None
    if table.n_cols == 2 and all(rank_list(cell_text(grid[r][1])) for r in rows):
        return Matrix(rows, [1], key_col, header, None, f"{len(rows)} row keys, each cell listing its column keys "
                                                        "with their points (rank_list_cell)", listed=True)
    cols = []
    units = set()
    for c in range(1, table.n_cols):
        head = cell_text(grid[header][c])
        values = [fold(cell_text(grid[r][c])) for r in rows]
        filled = [v for v in values if v]
        if not head or POINT_CELL.match(fold(head)) or len(filled) < 2:
            continue
        matches = [POINT_CELL.match(v) for v in filled]
        if not all(matches):
            return None
        units |= {m.group(2) for m in matches if m.group(2)}
        cols.append(c)
    if len(cols) < 2:
        return None
    cells = " ".join(cell_text(grid[r][c]) for r in [*range(header + 1), *rows] for c in range(table.n_cols))
    if POINTS_WORD not in cells and POINTS_WORD not in context:
        return None
    return Matrix(rows, cols, key_col, header, units.pop() if len(units) == 1 else None,
                  f"{len(rows)} row keys × {len(cols)} column keys of points")


def column_key(layout: TableLayout, c: int, header: int) -> str:
    """A column's key: its header cell, after the header cells above it where the header has
    two rows (指导学生获奖 over 一等奖 | 二等奖 …, 教师本人获奖 over the same ranks)."""
    parts: list[str] = []
    for r in [r for r in layout.header_rows if r <= header] or [header]:
        part = squash(cell_text(layout.grid[r][c]))
        if part and part not in parts:
            parts.append(part)
    return KEY_PART_SEPARATOR.join(parts)


def read_matrix(doc: Document, index: int, table: Table, layout: TableLayout, matrix: Matrix, caption: str,
                draft: Draft) -> None:
    """One entry looked up by both keys (see the module docstring).  A title row inside the
    table, above its header (表2 竞赛获奖计分标准 across a sheet), is its caption where none is above it."""
    grid = layout.grid
    first_header = layout.header_rows[0] if layout.header_rows else matrix.header_row
    inner = [cell_text(grid[r][0]) for r in range(first_header) if cell_text(grid[r][0])]
    caption = caption or " ".join(inner)
    levels: dict[str, float] = {}
    for r in matrix.rows:
        row_key = squash(cell_text(grid[r][matrix.key_col]))
        if matrix.listed:
            for key, pts in rank_list(cell_text(grid[r][matrix.cols[0]])):
                levels[f"{row_key}{KEY_SEPARATOR}{key}"] = pts
            continue
        for c in matrix.cols:
            m = POINT_CELL.match(fold(cell_text(grid[r][c])))
            if m:
                levels[f"{row_key}{KEY_SEPARATOR}{column_key(layout, c, matrix.header_row)}"] = float(m.group(1))
    deduction = bool(PENALTY_WORDS.search(caption))
    cap = CAP.search(fold(caption))
    corner = squash(cell_text(grid[matrix.header_row][matrix.key_col]))
    entries = draft.deductions if deduction else draft.bonus
    first = grid[matrix.rows[0]][matrix.cols[0]]
    entries.append(Entry(
        id=f"{'K' if deduction else 'B'}{len(entries) + 1}", kind="deduction" if deduction else "bonus",
        text=squash(caption) or corner or BONUS_NAME, levels=levels, unit=matrix.unit,
        cap=float(cap.group(1)) if cap else None,
        sources=refs(text=cell_span(doc, index, table, grid[matrix.header_row][matrix.key_col] or first),
                     points=cell_span(doc, index, table, first)),
    ))
    draft.explain.append(f"point matrix: {matrix.why} → one {'deduction' if deduction else 'bonus'} entry looked "
                         f"up by both keys" + (f", per {matrix.unit}" if matrix.unit else "")
                         + (f", at most {cap.group(1)}" if cap else ""))
