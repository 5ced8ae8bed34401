"""Layout stage: what a table's rows and columns are, read from its structure.

For any table (not only the layouts kaohe was written on) this finds

- the **header band**: one to three rows anywhere in the first rows (title,
  填报单位 and form-field rows above it are skipped), labels combined along
  column spans ("自评" over "佐证编号"/"分数" → "自评/佐证编号");
- each column's **role**, from its header words (vocabulary in
  ``schemes/criteria/data/lexicon.json``) *and* its content profile (share of
  numbers, scoring phrases, text length, how rows group) — a 评分标准 header
  over bare numbers is a points column, a table without any header still gets
  roles from its content;
- the **hierarchy columns** (text columns whose merged cells group several
  item rows: 一级/二级 categories), the item's **name** and **text** columns;
- each body row's **kind**: item, section, subtotal, total, note, empty,
  repeated header.

Every choice is recorded in ``TableLayout.decisions`` for ``kaohe extract --explain``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from extractors.model import Cell, Table
from schemes.criteria.grammar import fold_words, lexicon
from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import first_number, fold, numeral_cell
from .vocabulary import pattern, text

POINTS_WORD = text("points_word")

MAX_HEADER_SEARCH = 8
MAX_BAND = 3
NUMBER_CELL = pattern("layout.number_cell")
ERROR_CELL = compile_kept(r"^#(DIV/0!|REF!|VALUE!|N/A|NAME\?|NUM!|NULL!)$")


# --------------------------------------------------------------------------- vocabulary


@lru_cache(maxsize=1)
def _role_words() -> list[tuple[str, str]]:
    """(word, role) pairs, longest word first: the most specific header word wins."""
    pairs = [(fold_words(w), role) for role, words in lexicon()["roles"].items() for w in words]
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    lex = lexicon()
    words = lambda key: "|".join(re.escape(fold_words(w)) for w in lex[key])  # noqa: E731
    return {
        "total": re.compile(rf"^({words('total_words')})$|({words('total_words')})$"),
        "subtotal": re.compile(rf"({words('subtotal_words')})$"),
        "note": re.compile(rf"^※|^({words('note_starts')})([:：\d]|$)|{text('layout.note_summary')}"),
        "bonus": re.compile(rf"^({words('bonus_words')})"),
        "deduction": re.compile(rf"^({words('deduction_words')})"),
        "bonus_only": re.compile(rf"^({words('bonus_words')})$"),
        "deduction_only": re.compile(rf"^({words('deduction_words')})$"),
        "veto": re.compile(rf"({words('veto_words')})"),
        "scoring": re.compile("|".join(lex["scoring_words"])),
        "form": re.compile(rf"({words('form_field_words')})"),
        "numbered": re.compile("|".join(f"(?:{p})" for p in lex["numbering"].values())),
    }


def header_role(label: str) -> tuple[str | None, str]:
    """The role a header label names and the word that says so (longest match wins)."""
    key = fold_words(label)
    if not key or len(key) > 16 or NUMBER_CELL.match(key):
        return None, ""
    for word, role in _role_words():
        if word in key:
            if role == "weight" and _unit_points(key[key.index(word) + len(word):]):
                return "points", f"{word} in {POINTS_WORD}"
            return role, word
    if key == POINTS_WORD:
        return "points", POINTS_WORD
    return None, ""


def _unit_points(rest: str) -> bool:
    """A weight word whose unit is 分 (权重（分）, 权重分, 权重分值) heads points: the
    unit decides, a weight is a share, never an amount of points."""
    return re.sub(r"[（()）\s]", "", rest).startswith(POINTS_WORD)


def cell_text(cell: Cell | None) -> str:
    """A cell's text; vertical text (one character per line) is rejoined."""
    if cell is None:
        return ""
    text = cell.text.strip()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) >= 3 and sum(len(ln) <= 2 for ln in lines) >= 0.7 * len(lines):
        return "".join(lines)
    return text


def is_number(text: str) -> bool:
    """A cell that is one number: 12, 8.5分, or in Chinese numerals (十五, 一百) as some notices print
    their points columns (named rule numeral_cells; the numerals stage rewrites points written with 分)."""
    return bool(NUMBER_CELL.match(fold(text).replace(" ", ""))) or numeral_cell(text) is not None


#: a points cell that states its maximum in words around the number (named rule ``points_cell_forms``):
#: 0-20 (a rater's range), ≤10, 10（每缺一项扣2分）, 2分/次，最高6分
POINTS_RANGE_CELL = pattern("layout.points_range_cell")
#: 4×5=20 / 3×5: parts times the points of each, the product the maximum (named rule points_product_cell)
POINTS_PRODUCT_CELL = pattern("layout.points_product_cell")
POINTS_AT_MOST_CELL = pattern("layout.points_at_most_cell")
POINTS_NOTED_CELL = pattern("layout.points_noted_cell")
#: 10分（其中台账5分、现场5分）: the points, then the parts they are scored in (named rule ``points_parts_cell``)
POINTS_PARTS_CELL = pattern("layout.points_parts_cell")
POINTS_PER_UNIT_CELL = pattern("layout.points_per_unit_cell")
POINTS_EACH_CELL = pattern("layout.points_each_cell")


#: one level of a rating scale written in a cell: □好（15分）, 较好10分
LEVEL_CELL_ENTRY = pattern("layout.level_cell_entry")


#: a row labelled as where the form is signed (考评人签字 | 日期：)
FORM_FOOTER = pattern("layout.form_footer")
#: a row labelled as where the grade is given (评定等次 | □优秀 …)
GRADE_ROW = pattern("layout.grade_row")


def cell_levels(text: str) -> list[tuple[str, float]]:
    """Named rule ``level_cell``: a cell listing two or more rating levels with their points
    (□好（15分）　□较好（10分）　□差（0分）) and nothing else — the scale a rater ticks, its
    levels in printed order."""
    folded = re.sub(r"\s*\n\s*", "", fold(text))   # a level wrapped inside the cell (一\n般)
    found = list(LEVEL_CELL_ENTRY.finditer(folded))
    rest = LEVEL_CELL_ENTRY.sub("", folded)
    if len(found) < 2 or re.sub(r"[\s□☐■√✓,，;；、/]", "", rest):
        return []
    return [(m.group("level"), float(m.group("pts"))) for m in found]


def read_points_cell(text: str) -> tuple[float | None, str | None]:
    """A points cell's maximum and the rule it states beside the number, if any: 0-20 → 20;
    ≤10 → 10; 10（每缺一项扣2分） → 10 and 每缺一项扣2分; 2分/次，最高6分 → 6 and the cell's
    text; 5/项 → no maximum (the criteria or a cap give it) and the cell's text; 10分（其中A5分、B5分）
    → 10."""
    folded = fold(text).strip()
    if folded.startswith("±"):
        return None, folded   # ±10: no maximum of its own; the result moves up or down by as much (its rule)
    levels = cell_levels(folded)
    if levels:   # □好（15分）□较好（10分）…: worth its top level
        return max(p for _, p in levels), None
    if NUMBER_CELL.match(folded.replace(" ", "")):
        return float(re.sub(r"[^\d.+-]", "", folded.replace("－", "-"))), None
    if (numeral := numeral_cell(folded)) is not None:
        return numeral, None
    m = POINTS_PRODUCT_CELL.match(folded.replace(" ", ""))
    if m:
        product = float(m.group("n")) * float(m.group("each"))
        return (float(m.group("max")) if m.group("max") else product), None
    for form in (POINTS_RANGE_CELL, POINTS_AT_MOST_CELL):
        m = form.match(folded)
        if m:
            return float(m.group("max")), None
    m = POINTS_EACH_CELL.match(folded)
    if m:   # 每项6分 in a row's points cell: that row's points
        return float(m.group("max")), None
    m = POINTS_NOTED_CELL.match(folded)
    if m:
        return float(m.group("max")), m.group("note").strip()
    m = POINTS_PARTS_CELL.match(folded)
    if m:   # 10分（其中台账5分、现场5分）: the item's points, the parts they are scored in beside them
        return float(m.group("max")), None
    m = POINTS_PER_UNIT_CELL.match(folded)
    if m:
        return (float(m.group("cap")) if m.group("cap") else None), folded
    return None, None


# --------------------------------------------------------------------------- the layout


@dataclass
class Column:
    col: int
    role: str
    label: str = ""
    evidence: str = ""


@dataclass
class TableLayout:
    table: Table
    grid: list[list[Cell | None]]
    header_rows: list[int]
    columns: dict[int, Column]
    body: list[int]
    row_kinds: dict[int, str]
    category_cols: list[int] = field(default_factory=list)
    name_col: int | None = None
    text_col: int | None = None
    criteria_col: int | None = None
    points_col: int | None = None
    weight_col: int | None = None
    code_col: int | None = None
    department_col: int | None = None
    category_points: dict[int, int] = field(default_factory=dict)   # hierarchy column → its points column
    category_weights: dict[int, int] = field(default_factory=dict)  # hierarchy column → its weight column
    level_cols: dict[int, tuple[str, float | None]] = field(default_factory=dict)  # 优(10) | 良(8): level, points
    tick_cols: dict[int, str] = field(default_factory=dict)   # 减分项 | 否决项 ticked (✓): column → entry kind
    header_by_shape: bool = False   # the header band was told by its shape, not by its words
    decisions: list[str] = field(default_factory=list)

    def text(self, r: int, c: int | None) -> str:
        return cell_text(self.grid[r][c]) if c is not None else ""

    def role_cols(self, role: str) -> list[int]:
        return [c for c, col in sorted(self.columns.items()) if col.role == role]

    def describe(self) -> list[str]:
        """The decisions as printed by ``--explain``."""
        out = list(self.decisions)
        out.append("columns: " + "; ".join(
            f"{c}={col.role}" + (f" «{col.label}»" if col.label else "") + (f" ({col.evidence})" if col.evidence else "")
            for c, col in sorted(self.columns.items()) if col.role not in ("span", "empty", "score")))
        quiet = [f"{c}={col.role}" for c, col in sorted(self.columns.items()) if col.role in ("empty", "score")]
        if quiet:
            out.append("columns without content or filled in by raters: " + ", ".join(quiet))
        kinds: dict[str, int] = {}
        for kind in self.row_kinds.values():
            kinds[kind] = kinds.get(kind, 0) + 1
        out.append("rows: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        return out


class LineCell(Cell):
    """A cell of a table whose stacked rows were split (named rule ``stacked_rows``): its row in
    the source table, and where its text starts in the source cell (a line of a stacked cell)."""

    source_row: int
    offset: int = 0
    source_col: int | None = None   # a cell of the right half of a table split in two (side_by_side_lists)


#: a line opening with an item's number (1.1 / 2． / （3） / ④): one entry of a stacked cell
STACKED_MARKER = compile_kept(r"^\s*(?:\d{1,2}(?:[.．]\d{1,2}){1,2}(?!\d)|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    return out


def _entries(text: str) -> list[tuple[int, str]]:
    """A cell's entries: its lines, or where its first line opens with an item number, the runs
    of lines from one numbered line to the next (a PDF wraps an entry over several lines)."""
    lines = _lines(text)
    if not lines or not STACKED_MARKER.match(lines[0][1]) or all(is_number(t) for _, t in lines):
        return lines
    starts = [offset for offset, t in lines if STACKED_MARKER.match(t)]
    ends = starts[1:] + [len(text)]
    return [(a, text[a:b].strip()) for a, b in zip(starts, ends)]


def _stacked(cells: list[Cell]) -> int:
    """How many rows a row stacks in its cells: k ≥ 2 when one cell holds k numbers on k lines
    and another k entries each opening with an item number, or (named rule ``stacked_keyed_lines``)
    when two cells each list k entries under the same numbers (①…，6分 / ②… beside ①…得6分 / ②…);
    else 0."""
    for cell in cells:
        lines = _lines(cell.text)
        k = len(lines)
        if k >= 2 and all(is_number(t) for _, t in lines) and any(
                c is not cell and len(_entries(c.text)) == k and STACKED_MARKER.match(c.text.strip())
                for c in cells):
            return k
    keys = [_entry_keys(c.text) for c in cells]
    for i, key in enumerate(keys):
        if len(key) >= 2 and any(other == key for other in keys[i + 1:]):
            return len(key)
    return 0


def _entry_keys(text: str) -> list[str]:
    """The numbers a cell's entries open with, each on a line of its own (none when an entry lacks one)."""
    entries = _entries(text)
    marks = [STACKED_MARKER.match(t) for _, t in entries]
    if len(entries) < 2 or not all(marks) or len(_lines(text)) != len(entries):
        return []
    return [re.sub(r"[\s.．、]", "", m.group()) for m in marks]


def split_stacked_rows(table: Table) -> tuple[Table, int]:
    """The table with each stacked row (1.1 …\n1.2 … | 10\n10 | 1.1 扣…\n1.2 扣…) split into one
    row per line, and how many rows were split.  Cells of such a row with one entry per line
    are split; the others (the category cell) span the new rows.  Rows under a cell merged
    from above are left alone."""
    grid = table.grid()
    out: list[Cell] = []
    added = split = 0
    for r in range(table.n_rows):
        starting = [c for c in table.cells if c.row == r]
        from_above = any(c is not None and c.row < r for c in grid[r])
        k = 0 if from_above or any(c.row_span > 1 for c in starting) else _stacked(starting)
        for cell in starting:
            lines = _entries(cell.text)
            if k and len(lines) == k and (all(STACKED_MARKER.match(t) for _, t in lines)
                                          or all(is_number(t) for _, t in lines)):
                out += [LineCell(row=r + added + i, col=cell.col, col_span=cell.col_span, text=t, prov=cell.prov,
                                 kind=cell.kind, source_row=r, offset=offset,
                                 source_col=getattr(cell, "source_col", None)) for i, (offset, t) in enumerate(lines)]
            else:
                out.append(LineCell(**{**dict(cell), "row": r + added, "row_span": k or cell.row_span,
                                       "source_row": getattr(cell, "source_row", r)}))
        if k:
            added, split = added + k - 1, split + 1
    if not split:
        return table, 0
    return table.model_copy(update={"cells": out, "n_rows": table.n_rows + added}), split


def split_header_cell(table: Table) -> tuple[Table, int | None]:
    """Named rule ``header_in_one_cell``: a header whose labels came out as one cell across the
    whole table (a scan or a PDF whose header row lost its inner lines: «序号 名称 分值 备注» over
    four columns) — split on its blanks when the pieces are exactly as many as the columns and at
    least two name a column's role.  The table with that row split, and the row (None when no row
    was split).  The pieces keep their place in the source cell."""
    grid = table.grid()
    if table.n_cols < 3:
        return table, None
    for r in range(min(MAX_HEADER_SEARCH, table.n_rows - 1)):
        row = [c for c in table.cells if c.row == r]
        if len(row) != 1 or row[0].col_span != table.n_cols or row[0].row_span != 1:
            continue
        cell = row[0]
        pieces = [(m.start(), m.group()) for m in re.finditer(r"\S+", cell.text)]
        columned = any(len({id(c) for c in grid[b] if c is not None}) >= table.n_cols - 1
                       for b in range(r + 1, min(r + 4, table.n_rows)))   # the body below has the columns
        if len(pieces) != table.n_cols or not columned or sum(
                header_role(t)[0] is not None for _, t in pieces) < 2:
            continue
        split = [LineCell(**{**dict(cell), "col": i, "col_span": 1, "text": t}, source_row=getattr(
            cell, "source_row", r), offset=getattr(cell, "offset", 0) + start, source_col=getattr(
            cell, "source_col", None) if getattr(cell, "source_col", None) is not None else cell.col)
                 for i, (start, t) in enumerate(pieces)]
        return table.model_copy(update={"cells": [c for c in table.cells if c is not cell] + split}), r
    return table, None


def split_side_by_side(table: Table) -> list[Table]:
    """Named rule ``side_by_side_lists``: a table whose header row repeats the same labels twice
    (序号 | 检查内容及标准 | 分值 | 序号 | 检查内容及标准 | 分值) holds two lists set side by side:
    the left and the right half, each with the rows above the header that stand over it.  The
    right half's cells keep their place in the source table."""
    grid = table.grid()
    if table.n_cols < 4 or table.n_cols % 2:
        return [table]
    k = table.n_cols // 2
    for r in range(min(4, table.n_rows)):
        labels = [fold_words(cell_text(grid[r][c])) for c in range(table.n_cols)]
        if not all(labels) or labels[:k] != labels[k:] or not any(
                header_role(t)[0] in ("points", "max_score") for t in labels[:k]):
            continue   # two lists of items with their points (a target table's unit | figure pairs are read whole)
        across = [c for c in table.cells if c.col < k < c.col + c.col_span]
        if any(c.col_span != table.n_cols for c in across):
            return [table]   # a cell across the middle that is not a full-width row: one table after all
        if any(r < c.row < max(x.row for x in table.cells) and c.row_span == 1 for c in across):
            return [_unfolded(table, r, k, {c.row for c in across})]
        halves = []
        for lo in (0, k):   # a full-width row (合计, 说明) goes with the left list
            cells = [LineCell(**{**dict(c), "col": c.col - lo, "col_span": min(c.col_span, k)}, source_row=c.row,
                              source_col=c.col)
                     for c in table.cells if lo <= c.col < lo + k]
            halves.append(table.model_copy(update={"cells": cells, "n_cols": k}))
        return halves
    return [table]


def _unfolded(table: Table, header: int, k: int, across: set[int]) -> Table:
    """Named rule ``side_by_side_rows``: two items per row under section rows spanning both halves
    (一、纪律（30分） across 序号 | 项目 | 分值 | 序号 | 项目 | 分值): one list read row by row — each row's
    left item, then its right one — under the sections that span them.  Cells keep their place in
    the source table."""
    cells, row = [], 0
    for r in range(table.n_rows):
        pieces = [(0, k)] if r <= header or r in across else [(0, k), (k, table.n_cols)]
        for lo, hi in pieces:
            own = [c for c in table.cells if c.row == r and lo <= c.col < hi]
            if not own:
                continue
            cells += [LineCell(**{**dict(c), "row": row, "row_span": 1, "col": c.col - lo,
                                  "col_span": min(c.col_span, k)}, source_row=c.row, source_col=c.col) for c in own]
            row += 1
    return table.model_copy(update={"cells": cells, "n_cols": k, "n_rows": row})


def analyse_table(table: Table) -> TableLayout:
    """Header band, column roles, hierarchy columns and row kinds of one table."""
    grid = table.grid()
    decisions: list[str] = []
    band = header_band(table, grid)
    by_shape = bool(band) and band[0] < 0   # negative rows: told by shape
    if by_shape:
        band = [-r - 1 for r in band]
        decisions.append(f"header band: row(s) {', '.join(map(str, band))} by their shape "
                         "(short labels over numbers; words not in the lexicon)")
    elif band:
        decisions.append(f"header band: row(s) {', '.join(str(r) for r in band)}")
    else:
        decisions.append("no header band: column roles from content only")
    labels = band_labels(grid, band, table.n_cols)
    start = (band[-1] + 1) if band else 0
    shift = right_shift(grid, band, labels, table.n_rows)
    if shift:
        labels = [labels[0]] * shift + labels[:table.n_cols - shift]
        decisions.append(f"the header has {shift} cell(s) fewer than the body: lined up with its right edge, "
                         f"«{labels[0]}» over the first {shift + 1} columns")
    header_keys = {_row_key(grid, r) for r in band}
    row_kinds: dict[int, str] = {}
    body: list[int] = []
    for r in range(start, table.n_rows):
        kind = row_kind(grid, r, header_keys, table.n_cols)
        row_kinds[r] = kind
        if kind == "body":
            body.append(r)
    totals = [r for r, kind in row_kinds.items() if kind in ("total", "subtotal")]
    columns = assign_roles(grid, labels, body, table.n_cols, decisions, band, totals)
    layout = TableLayout(table=table, grid=grid, header_rows=band, columns=columns, body=body,
                         row_kinds=row_kinds, decisions=decisions, header_by_shape=by_shape)
    _choose_structure(layout)
    layout.level_cols = level_columns(layout)
    layout.tick_cols = {c: col.role.removeprefix("tick_") for c, col in columns.items() if col.role.startswith("tick_")}
    if layout.level_cols:
        decisions.append("level_columns: " + ", ".join(
            f"{c}={label}" + (f" ({pts:g})" if pts is not None else "") for c, (label, pts) in layout.level_cols.items())
            + " — each item is scored by the level a rater picks")
    for r in body:
        layout.row_kinds[r] = "item"
    return layout


def continuing(layout: TableLayout, first: TableLayout) -> TableLayout:
    """A table continued on the next page without its header, read with the columns of the
    part it continues: one page of rows cannot show which column groups the others (a
    category whose merged cell ends at the page break looks like a name column)."""
    if layout.header_rows or layout.table.n_cols != first.table.n_cols:
        return layout
    return replace(layout, columns=first.columns, category_cols=first.category_cols, name_col=first.name_col,
                   text_col=first.text_col, criteria_col=first.criteria_col, points_col=first.points_col,
                   weight_col=first.weight_col, code_col=first.code_col, department_col=first.department_col,
                   category_points=first.category_points, level_cols=first.level_cols)


LEVEL_HEADER = pattern("layout.level_header")


def _level_headers(labels: list[str]) -> set[int]:
    """Columns whose header is a rating level, two or more side by side."""
    found = {c for c, label in enumerate(labels) if label and LEVEL_HEADER.match(fold_words(label.split("/")[-1]))}
    return {c for c in found if c - 1 in found or c + 1 in found}


#: 18-20 in a rating level's column: the band of points that level earns (named rule ``level_bands``)
LEVEL_RANGE = pattern("layout.level_range_cell")


def level_columns(layout: TableLayout) -> dict[int, tuple[str, float | None]]:
    """Named rule ``level_columns``: two or more adjacent columns headed by rating levels
    (优(10) | 良(8) | 中(6) | 差(4), A档 | B档 | C档) are a rating scale; their points are in the
    header, or in each item's row (then the column's cells are numbers, bands 18-20, dashes or boxes)."""
    found: dict[int, tuple[str, float | None]] = {}
    for c, col in sorted(layout.columns.items()):
        if col.role != "level":
            continue
        m = LEVEL_HEADER.match(fold_words(col.label.split("/")[-1]))
        pts = float(m.group("pts")) if m.group("pts") else None
        if pts is None and not all(is_number(layout.text(r, c)) or LEVEL_RANGE.match(fold(layout.text(r, c)).strip())
                                   or not _has_value(layout.text(r, c)) for r in layout.body):
            continue
        found[c] = (m.group("level"), pts)
    return found if len(found) >= 2 else {}


HEADER_POINTS = pattern("entries.points_note")


#: a header cell closing on a bare bracketed number (政治素质(10)): points only where a row holds several
HEADER_BARE_POINTS = pattern("layout.header_bare_points")
MIN_BARE_HEADER_CELLS = 3


def header_points_cells(layout: TableLayout) -> list[tuple[int, int]]:
    """(row, col) of header cells that carry their own points (创新性（20分）).

    The header band and any rows above the body are searched.  Named rule
    ``header_bare_points``: in a row where three or more cells each close on a bare
    bracketed number (政治素质(10) | 职业道德(10) | …), those numbers are the points — one
    such cell alone could be anything, a row of them is a score sheet's maxima."""
    rows = sorted(set(layout.header_rows) | set(range(layout.body[0] if layout.body else 0))) or [0]
    out = []
    maxima = maxima_row(layout)
    if maxima is not None:
        out.extend(maxima.items)
    for r in rows:
        if maxima is not None and r in (maxima.row, maxima.items[0][0]):
            continue
        own = [c for c in range(layout.table.n_cols) if (cell := layout.grid[r][c]) is not None
               and cell.row == r and cell.col == c]
        noted = [c for c in own if HEADER_POINTS.search(fold(layout.grid[r][c].text))]
        bare = [c for c in own if HEADER_BARE_POINTS.match(fold(layout.grid[r][c].text))]
        if len(bare) >= MIN_BARE_HEADER_CELLS:
            noted = sorted(set(noted) | set(bare))
        out.extend((r, c) for c in noted)
    return out


@dataclass(frozen=True)
class MaximaRow:
    """A row of the items' maxima under a header of criteria, and the header cells it prices."""

    row: int
    points: dict[int, float]             # column → the maximum written under its header
    items: list[tuple[int, int]]         # (row, col) of the header cells that are items
    total: tuple[int, float] | None      # (column, value) under a 总分 header


def maxima_row(layout: TableLayout) -> MaximaRow | None:
    """Named rule ``maxima_row``: criteria written as the header's columns and their maxima in a row of
    their own below it, labelled as points (社区 | 网格队伍 | 信息采集 | … | 总分 over 标准分 | 15 | 25 | … |
    100): the header cells over numbers are the items, the number under a 总分 header the total."""
    top = layout.body[0] if layout.body else 0
    for r in range(1, min(layout.table.n_rows, max(top + 2, MAX_HEADER_SEARCH))):
        own = [(c, cell) for c, cell in enumerate(layout.grid[r]) if cell is not None and cell.row == r and cell.col == c]
        first = next((cell_text(cell) for _, cell in own if cell_text(cell)), "")
        if header_role(first)[0] != "points":
            continue
        numbers = {c: first_number(cell_text(cell)) if first_number(cell_text(cell)) is not None
                   else numeral_cell(cell_text(cell)) for c, cell in own if is_number(cell_text(cell))}
        above = r - 1
        named = {c: v for c, v in numbers.items() if layout.text(above, c)}
        total = next(((c, v) for c, v in named.items() if total_kind(layout.text(above, c)) == "total"), None)
        items = [(above, c) for c in named if total is None or c != total[0]]
        if len(items) >= MIN_BARE_HEADER_CELLS:
            return MaximaRow(r, named, items, total)
    return None


def header_sheet(layout: TableLayout) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(categories, items) of a score sheet whose header cells carry points: the lowest row
    of points cells holds the items; a points cell above spanning the columns of items
    (德（20分） over 政治素质(10) | 职业道德(10)) is their category."""
    cells = header_points_cells(layout)
    if not cells:
        return [], []
    low = max(r for r, _ in cells)
    items = [(r, c) for r, c in cells if r == low]
    item_cols = {c for _, c in items}
    categories, rest = [], []
    for r, c in cells:
        if r == low:
            continue
        span = set(range(c, c + layout.grid[r][c].col_span))
        (categories if span & item_cols else rest).append((r, c))
    return categories, sorted(rest + items, key=lambda rc: (rc[1], rc[0]))


def criteria_row(layout: TableLayout, below: int) -> int | None:
    """The row under a header of points cells whose first cell labels the criteria of each
    column (评分要点 | requirement | requirement …)."""
    for r in range(below + 1, min(below + 3, layout.table.n_rows)):
        first = next((cell_text(cell) for cell in layout.grid[r] if cell_text(cell)), "")
        if header_role(first)[0] == "criteria":
            return r
    return None


def blank_form(layout: TableLayout, columns: set[int], skip: set[int], min_rows: int = 2) -> bool:
    """Rows left to fill in under the given columns: at least ``min_rows`` body rows (two; one under a
    row of printed maxima, a personal form's 得分 row), and nearly every one of their cells empty (a
    form handed out per person, not results).  Rows labelled as where the result is written count."""
    rows = [r for r in layout.body if r not in skip] + [
        r for r, kind in layout.row_kinds.items() if kind == "note" and r not in skip
        and RESULT_ROW.match(fold_words(layout.text(r, 0)))
        and len({id(layout.grid[r][c]) for c in columns}) == len(columns)]   # a cell per column, not a note across
    cells = [layout.text(r, c) for r in rows for c in columns]
    return len(rows) >= min_rows and bool(cells) and sum(bool(t.strip()) for t in cells) <= 0.1 * len(cells)


def level_rows(layout: TableLayout) -> list[tuple[int, str]]:
    """Named rule ``level_rows``: a transposed rubric — the body rows are rating levels (A | B | C,
    优 | 良 | 中) named in the first column, the criteria with their points are header cells, and
    each cell gives the points a level earns on that criterion.  The rows and their level labels."""
    if not layout.header_rows or len(layout.body) < 2:
        return []
    rows = []
    for r in layout.body:
        first = next((c for c in layout.grid[r] if c is not None and cell_text(c)), None)
        m = LEVEL_HEADER.match(fold_words(cell_text(first))) if first is not None else None
        if m is None:
            return []
        rows.append((r, m.group("level")))
    return rows


def _has_value(text: str) -> bool:
    """A cell that holds something other than a dash or a box to tick."""
    return bool(re.sub(r"[\s—–\-－/／□☐○]", "", text))


# --------------------------------------------------------------------------- header band


def _row_cells(grid, r: int) -> list[Cell]:
    seen, out = set(), []
    for cell in grid[r]:
        if cell is not None and id(cell) not in seen:
            seen.add(id(cell))
            out.append(cell)
    return out


def _row_key(grid, r: int) -> str:
    return "|".join(fold_words(cell_text(c)) for c in grid[r])


def _role_hits(grid, r: int) -> int:
    roles = set()
    for cell in _row_cells(grid, r):
        role, _ = header_role(cell_text(cell))
        if role:
            roles.add(role)
    return len(roles)


def _looks_like_body(grid, r: int) -> bool:
    """A row with a numbered entry, a long text, a scoring phrase or a cell opening a
    tall merged block (a category spanning item rows) is content, not header."""
    for cell in _row_cells(grid, r):
        if cell.row == r and cell.row_span > MAX_BAND + 1:
            return True
    if _role_hits(grid, r) >= 3:
        return False
    for cell in _row_cells(grid, r):
        text = fold_words(cell_text(cell))
        if len(text) > 20 or _patterns()["scoring"].search(text):
            return True
        if _patterns()["numbered"].match(text) and len(text) > 3 and not header_role(text)[0]:
            return True
    return False


def _form_row(grid, r: int) -> bool:
    """A form-field row (姓名 / 考核人 / 评价时间 …) above the table proper."""
    return any(_patterns()["form"].search(fold_words(cell_text(c))) for c in _row_cells(grid, r))


def header_band(table: Table, grid) -> list[int]:
    """The header rows: the row naming most roles within the first rows (form-field
    rows skipped), plus up to two rows below it that continue it (merged cells
    from above, sub-labels) and a row above naming further roles.

    Rows the format marks as header (thead/th, w:tblHeader) are used when the
    content finds none; frozen panes and bold rows often cover more than the
    header, so they never override what the content shows.
    """
    marked = getattr(table, "header_rows", 0) or 0
    first, best = None, 1
    for r in range(min(MAX_HEADER_SEARCH, table.n_rows)):
        hits = _role_hits(grid, r)
        if hits > best and not _looks_like_body(grid, r) and not _form_row(grid, r):
            first, best = r, hits
    if first is None:
        if 0 < marked <= MAX_BAND + 2 and not any(_looks_like_body(grid, r) for r in range(min(marked, table.n_rows))):
            return list(range(min(marked, table.n_rows)))
        if (maxima := _maxima_band(table, grid)) is not None:
            return maxima
        typographic = _typographic_header(table, grid)
        return [-r - 1 for r in _shape_band(table, grid, typographic)] if typographic is not None else []
    band = [first]
    for r in range(first + 1, min(first + MAX_BAND, table.n_rows)):
        if _looks_like_body(grid, r):
            break
        cells = _row_cells(grid, r)
        from_above = [c for c in cells if c.row < r]
        own = [c for c in cells if c.row == r and cell_text(c)]
        own_labels = [c for c in own if not is_number(cell_text(c)) and not ERROR_CELL.match(cell_text(c).strip())]
        if not own:
            break
        # a continuation row: most of its columns continue merged header cells, and
        # its own cells are short labels (or the totals a spreadsheet puts under them)
        if len(from_above) >= 1 and all(len(fold_words(cell_text(c))) <= 12 for c in own_labels) \
                and (own_labels or from_above):
            if _role_hits(grid, r) >= 1 or len(from_above) >= len(own):
                band.append(r)
                continue
        if _role_hits(grid, r) >= 2:
            band.append(r)
            continue
        break
    # rows above that belong to the header: labels split over two rows (分值|实得分 above
    # 序号|…), or group labels whose cells span down into the band or across columns
    while band[0] > 0 and len(band) < MAX_BAND:
        r = band[0] - 1
        if _looks_like_body(grid, r) or _form_row(grid, r):
            break
        hits = _role_hits(grid, r)
        cells = [c for c in _row_cells(grid, r) if c.row == r and cell_text(c)]
        spans_into = any(c.row + c.row_span > band[0] for c in cells)
        groups = any(c.col_span > 1 and c.col_span < table.n_cols for c in cells)
        if hits >= 2 or (hits >= 1 and (spans_into or groups)):
            band.insert(0, r)
            continue
        break
    return band


def _maxima_band(table: Table, grid) -> list[int] | None:
    """A header under a form's personal fields: a row of criteria (考核项目 | 德 | 能 | … | 合计) over
    a row of their maxima labelled as points (标准分 | 15 | 20 | … | 100) — the two rows are the
    header band, whatever the form fields above them (see ``maxima_row``)."""
    for r in range(1, min(MAX_HEADER_SEARCH, table.n_rows)):
        cells = _row_cells(grid, r)
        texts = [cell_text(c) for c in cells if cell_text(c)]
        if not texts or header_role(texts[0])[0] != "points":
            continue
        numbers = [t for t in texts[1:] if is_number(t)]
        labels = [cell_text(c) for c in _row_cells(grid, r - 1) if cell_text(c)]
        if len(numbers) >= MIN_BARE_HEADER_CELLS and len(labels) >= len(numbers) and not _form_row(grid, r - 1):
            band = [r - 1, r]
            # 评分主体 | 自评 | 考核组 | …: who scores each column, short labels under the maxima
            while band[-1] + 1 < table.n_rows and len(band) < MAX_BAND + 1:
                below = [cell_text(c) for c in _row_cells(grid, band[-1] + 1) if cell_text(c)]
                if len(below) < 2 or RESULT_ROW.match(fold_words(below[0])) or any(
                        is_number(t) or len(fold_words(t)) > 6 for t in below):
                    break
                band.append(band[-1] + 1)
            return band
    return None


def _typographic_header(table: Table, grid) -> int | None:
    """A header in words the lexicon does not know, told by its shape: the first row
    (below any full-width title or form-field row) of short labels, over a column
    whose cells below are numbers or scoring phrases where the row has a label."""
    for r in range(min(4, table.n_rows - 2)):
        cells = [c for c in _row_cells(grid, r) if cell_text(c)]
        if not cells or (len(cells) == 1 and cells[0].col_span == table.n_cols) or _form_row(grid, r):
            continue
        if _looks_like_body(grid, r):
            return None
        texts = [fold_words(cell_text(c)) for c in cells]
        if len(cells) < 2 or any(len(t) > 10 or is_number(t) for t in texts):
            return None
        below = list(range(r + 1, table.n_rows))
        for c in range(table.n_cols):
            values = [cell_text(grid[b][c]) for b in below if cell_text(grid[b][c]) and grid[b][c].row > r
                      and grid[b][c].col_span < table.n_cols and not grid[b][c].row_span > 1 + MAX_BAND]
            if len(values) >= 2 and sum(is_number(v) for v in values) >= 0.6 * len(values):
                return r
            scoring = sum(bool(_patterns()["scoring"].search(fold_words(v))) for v in values)
            if len(values) >= 2 and scoring >= 0.6 * len(values) and not _patterns()["scoring"].search(
                    fold_words(cell_text(grid[r][c]))):
                return r   # over a column of scoring phrases (扣N分 …) a short label is its header
        return None
    return None


def _shape_band(table: Table, grid, first: int) -> list[int]:
    """The rows below a header told by its shape that continue it: sub-labels under
    group labels (cells from above, short own labels)."""
    band = [first]
    for r in range(first + 1, min(first + MAX_BAND, table.n_rows)):
        cells = _row_cells(grid, r)
        from_above = [c for c in cells if c.row < r]
        own = [c for c in cells if c.row == r and cell_text(c)]
        if not from_above or not own or _looks_like_body(grid, r) or any(
                len(fold_words(cell_text(c))) > 10 or is_number(cell_text(c)) for c in own):
            break
        band.append(r)
    return band


def right_shift(grid, band: list[int], labels: list[str], n_rows: int) -> int:
    """How far a one-row header narrower than the body lines up to the right: a header whose
    first cell spanned two columns before the table was flattened to text has one cell fewer
    than its rows, and its labels belong over the rightmost columns."""
    if len(band) != 1:
        return 0
    width = max((c + 1 for c in range(len(labels)) if cell_text(grid[band[0]][c])), default=0)
    body = max((max((c for c in range(len(labels)) if cell_text(grid[r][c])), default=-1) + 1
                for r in range(band[0] + 1, n_rows)), default=0)
    return max(0, body - width) if width else 0


def band_labels(grid, band: list[int], n_cols: int) -> list[str]:
    labels = []
    for c in range(n_cols):
        parts: list[str] = []
        for r in band:
            text = fold_words(cell_text(grid[r][c]))
            if text and not is_number(text) and not ERROR_CELL.match(text) and text not in parts:
                parts.append(text)
        labels.append("/".join(parts))
    return labels


# --------------------------------------------------------------------------- row kinds


def row_kind(grid, r: int, header_keys: set[str], n_cols: int) -> str:
    cells = _row_cells(grid, r)
    texts = [fold_words(cell_text(c)) for c in cells]
    nonempty = [t for t in texts if t]
    if not nonempty:
        return "empty"
    if _row_key(grid, r) in header_keys:
        return "repeated_header"
    pats = _patterns()
    for t in nonempty:
        kind = total_kind(t)
        if kind:
            return kind
    first = nonempty[0]
    own = [c for c in cells if cell_text(c)]
    if len(own) <= 2 and (pats["note"].match(first) or RESULT_ROW.match(first) and len(first) <= 6
                          and not any(is_number(cell_text(c)) for c in own)):
        return "note"   # 说明：… / 最后得分 | 去掉最高分和最低分后取平均: where the result is written
    if len(own) <= 3 and (FORM_FOOTER.search(first) or GRADE_ROW.match(first)):
        # 考评人签字 | 日期：, 评定等次 | □优秀（90分以上）…: the form's footer, not an item
        return "note"
    if len(own) == 1 and own[0].col_span >= max(2, int(0.6 * n_cols)) and own[0].row == r:
        # 检查得分（100－实际扣分合计）across the row: where the result is written, not a section
        return "note" if pats["note"].match(first) or RESULT_ROW.match(first) else "section"
    if len(own) == 2 and own[0].col == 0 and own[0].col_span >= 2 and own[0].row == r and n_cols >= 4 \
            and SECTION_NUMBER.match(first) and is_number(cell_text(own[1])):
        # named rule section_points_row: "一、组织开展" merged over the first columns, its points in
        # the points column beside it — a section with its points, not an item
        return "section"
    if len(own) == 1 and own[0].col == 0 and n_cols >= 3 and len(first) > 4 and SECTION_NUMBER.match(first):
        # "一、组织工作（35分）" alone in the first column of a table typed as text (nothing to
        # merge it across the row): a section row all the same
        return "section"
    return "body"


def total_kind(label: str) -> str | None:
    """"subtotal" for a 小计 label, "total" for a 合计/总分 label, else None."""
    t = fold_words(label)
    if len(t) > 14:
        return None
    if _patterns()["subtotal"].search(t):
        return "subtotal"
    if _patterns()["total"].search(t) and not _patterns()["numbered"].match(t):
        return "total"
    return None


SECTION_NUMBER = compile_kept(lexicon()["numbering"]["section"])
#: a row label naming the result to be written in (检查得分, 考核得分, 实得分): the score words
#: of the lexicon that contain 得分
RESULT_WORD = text("layout.result_word")
RESULT_ROW = compile_kept("^.{0,4}(" + "|".join(re.escape(w) for w in lexicon()["roles"]["score"] if RESULT_WORD in w)
                          + ")")


# --------------------------------------------------------------------------- column roles


@dataclass
class Profile:
    filled: float      # share of body rows with text
    numeric: float     # share of distinct filled cells that are numbers
    scoring: float     # share with a scoring phrase (扣N分, 不得分 …)
    mean_len: float
    runs: int          # distinct cells (merged cells count once)
    percent: float
    sequential: float  # share of consecutive numbers that go up by one
    starts_at_one: bool = False  # numbering starts at 1 (a code column), not at any value
    weights_like: bool = False   # its percentages behave like weights (see :func:`weights_like`)
    departments: float = 0.0     # share of cells naming departments only (组织部、财务部 …)
    blanks: float = 0.0          # share of cells that are forms to fill in (□, ____, （  ）)
    points_like: float = 0.0     # share of cells a points cell reader reads (0-20, ≤10, 5/项 …)
    levels_like: float = 0.0     # share of cells listing rating levels with points (level_cell)
    whole_numbers: bool = False  # every number above 1 (points or a bare percentage), none a fraction


def profile(grid, body: list[int], c: int) -> Profile:
    cells: list[Cell] = []
    seen = set()
    filled_rows = 0
    for r in body:
        cell = grid[r][c]
        if cell is None:
            continue
        if cell_text(cell):
            filled_rows += 1
        if id(cell) not in seen:
            seen.add(id(cell))
            cells.append(cell)
    texts = [fold(cell_text(cell)) for cell in cells if cell_text(cell)]
    n = len(texts) or 1
    numbers = [float(re.sub(r"[^\d.\-]", "", t.replace("－", "-")) or 0) for t in texts if is_number(t)]
    seq = sum(1 for a, b in zip(numbers, numbers[1:]) if abs(b - a - 1) < 1e-9)
    return Profile(
        filled=filled_rows / (len(body) or 1), numeric=len(numbers) / n,
        scoring=sum(bool(_patterns()["scoring"].search(fold_words(t))) for t in texts) / n,
        mean_len=sum(len(t) for t in texts) / n, runs=len(texts),
        percent=sum(bool(re.fullmatch(r"\d+(\.\d+)?\s*[%％]", t.strip())) for t in texts) / n,
        sequential=seq / max(1, len(numbers) - 1) if len(numbers) >= 2 else 0.0,
        starts_at_one=bool(numbers) and numbers[0] == 1,
        departments=sum(names_departments(t) for t in texts) / n,
        weights_like=weights_like([float(fold(t).strip().rstrip("%％")) for t in texts
                                   if re.fullmatch(r"\d+(\.\d+)?\s*[%％]", t.strip())]),
        blanks=sum(bool(FILL_IN.search(t)) for t in texts) / n,
        points_like=sum(read_points_cell(t) != (None, None) for t in texts) / n,
        levels_like=sum(bool(cell_levels(t)) for t in texts) / n,
        whole_numbers=bool(numbers) and all(v > 1 for v in numbers),
    )


#: what a form leaves to fill in: check boxes, underlines, empty brackets
#: check boxes, underlines and empty brackets to fill in (underscores inside an identifier such
#: as window.__name are not a blank)
FILL_IN = compile_kept(r"[□☐]|_{2,}(?![A-Za-z0-9])|＿{2,}|[（(]\s{2,}[)）]")


DEPARTMENT_NAME = pattern("layout.department_name")


def names_departments(text: str) -> bool:
    """A cell listing only department names (组织部, 权益保障部、劳动保护部, 帮扶中心)."""
    parts = [p for p in re.split(r"[、，,；;/]+", re.sub(r"\s+", "", text)) if p]   # a wrapped cell rejoined
    return bool(parts) and all(DEPARTMENT_NAME.match(p) for p in parts)


def weights_like(percentages: list[float]) -> bool:
    """Percentages that behave like weights: none over 100% and, together, whole
    multiples of 100% (one level, or one 100% per group).  A rate column (完成率
    112%, 107% …) fails: a rate is not a share of the total."""
    if not percentages or any(p <= 0 or p > 100 for p in percentages):
        return False
    total = sum(percentages)
    return total >= 99 and abs(total - 100 * round(total / 100)) <= 1


def _same_as_left(grid, body: list[int], c: int, band: list[int] | None = None) -> bool:
    """A column whose cells are mostly the left column's cells spanning it (colspan);
    under a header cell spanning both, half the rows suffice (the others came apart)."""
    if c == 0 or not body:
        return False
    shared = sum(grid[r][c] is grid[r][c - 1] for r in body)
    header_spans = bool(band) and all(grid[r][c] is grid[r][c - 1] and grid[r][c] is not None for r in band)
    return shared >= (0.5 if header_spans else 0.8) * len(body)


def assign_roles(grid, labels: list[str], body: list[int], n_cols: int, decisions: list[str],
                 band: list[int] | None = None, totals: list[int] | None = None) -> dict[int, Column]:
    """Each column's role from its header word and its content profile."""
    columns: dict[int, Column] = {}
    levels = _level_headers(labels)
    for c in range(n_cols):
        label = labels[c] if c < len(labels) else ""
        if c in levels:
            columns[c] = Column(c, "level", label, "a rating level beside others (level_columns)")
            continue
        if _same_as_left(grid, body, c, band):
            columns[c] = Column(c, "span", label, "continues the column on its left")
            continue
        vocab, word = header_role(label.split("/")[-1]) if label else (None, "")
        if label and "/" in label:
            # a combined label: a filled-in score group (自评/分数) wins over its sub-labels
            for part in label.split("/"):
                role, w = header_role(part)
                if role in ("score", "max_score", "weight") or (vocab is None and role):
                    vocab, word = role, w
                    break
        prof = profile(grid, body, c)
        columns[c] = _role(c, label, vocab, word, prof)
    by_content = [c for c, col in sorted(columns.items()) if col.role == "code" and "consecutive" in col.evidence]
    named = [c for c, col in columns.items() if col.role == "code" and "consecutive" not in col.evidence]
    numbers = [c for c, col in sorted(columns.items()) if col.role == "number"]
    between = [c for c, col in columns.items() if col.role in ("text", "criteria")
               and numbers and numbers[0] < c < numbers[-1]]
    if not by_content and not named and len(numbers) >= 2 and between \
            and profile(grid, body, numbers[0]).sequential >= 0.7:
        # consecutive integers left of the text, another number column right of it: a
        # numbering continued from an earlier part of the table (6, 7, 8 …), not points
        columns[numbers[0]].role = "code"
        columns[numbers[0]].evidence += "; consecutive numbers left of the text: a continued numbering"
    for c in (by_content if named else by_content[1:]):
        # one code column: further runs of consecutive numbers are values (points 2, 3, 4, 5 …)
        columns[c].role = "number"
        columns[c].evidence += "; another column is the code"
    stating = [c for c, col in columns.items() if col.role in ("text", "content", "name", "criteria")
               and profile(grid, body, c).scoring >= 0.5]
    for c, col in columns.items():
        if col.role == "criteria" and set(stating) - {c} and (prof := profile(grid, body, c)).scoring == 0 \
                and prof.mean_len <= 8:
            # named rule method_not_criteria: 评价方式 | 查阅资料 / 现场查看 beside a column whose cells state
            # the scores: how an item is checked, not its criteria
            col.role = "method"
            col.evidence += "; short cells without scoring phrases beside a column that states the scores"
    for c, col in columns.items():
        kind = tick_kind(grid, body, c, col.label)
        if kind is not None:
            col.role = f"tick_{kind}"
            col.evidence += f"; ticks (✓) mark the rows that are {kind} entries (tick_columns)"
    _pick_points(columns, grid, body, decisions, totals or [])
    return columns


TICK_CELL = pattern("layout.tick_cell")


def tick_kind(grid, body: list[int], c: int, label: str) -> str | None:
    """Named rule ``tick_columns``: a column headed 减分项 / 加分项 / 否决项 whose filled cells are only
    ticks (✓ √ ●) marks which rows are deduction, bonus or veto entries rather than items."""
    texts = [cell_text(grid[r][c]) for r in body if grid[r][c] is not None and cell_text(grid[r][c])]
    if not texts or not all(TICK_CELL.match(t.strip()) for t in texts):
        return None
    word = fold_words(label.split("/")[-1]) if label else ""
    pats = _patterns()
    if pats["veto"].search(word):
        return "veto"
    if pats["deduction"].match(word):
        return "deduction"
    if pats["bonus"].match(word):
        return "bonus"
    return None


def _role(c: int, label: str, vocab: str | None, word: str, prof: Profile) -> Column:
    ev = f"header «{word}»" if vocab else "no header word"
    stats = f"numbers {prof.numeric:.0%}, scoring {prof.scoring:.0%}, filled {prof.filled:.0%}"
    if prof.levels_like >= 0.6 and vocab not in ("score", "code"):
        # □好（15分） □较好（10分）…: the rating scale of each row, worth its top level (level_cell)
        return Column(c, "points", label, f"{ev}; {prof.levels_like:.0%} of its cells list rating levels with points")
    if prof.blanks >= 0.5 and vocab not in ("points", "max_score", "code"):
        # 已建立□ 未建立□；专职人员____名: a column the unit fills in, never the item's text
        return Column(c, "score", label, f"{ev}; {prof.blanks:.0%} of its cells are check boxes or blanks to fill in")
    if prof.filled == 0 or prof.runs == 0:
        return Column(c, "empty" if vocab not in ("points", "max_score") else "empty", label, f"{ev}; no content")
    if vocab == "score" and prof.scoring >= 0.6 and prof.filled >= 0.6:
        # 扣分 over 扣5分 / 扣3分/人 on every row: the amount each row takes off, stated by the
        # scheme — not a column raters fill in
        return Column(c, "criteria", label, f"{ev} but stated amounts; {stats}")
    if vocab in ("score",):
        return Column(c, "score", label, f"{ev}: filled in by raters")
    if vocab == "weight" and prof.percent == 0 and prof.numeric >= 0.6 and prof.whole_numbers:
        # named rule weight_numbers_as_points: 权数 | 8 | 7 | 10 … — numbers without %, none a
        # fraction, are the points each row carries (a weight is printed 30% or 0.3)
        return Column(c, "points", label, f"{ev} over whole numbers without %: points; {stats}")
    if vocab == "weight" or (prof.percent >= 0.6 and prof.weights_like and vocab in (None, "points")):
        return Column(c, "weight", label, f"{ev}; {stats}, percentages {prof.percent:.0%}")
    if prof.percent >= 0.6 and vocab is None:
        # percentages over 100% or not adding up to 100%: a rate or achievement column
        return Column(c, "rate", label, f"{ev}; {stats}, percentages {prof.percent:.0%} that are not weights")
    if vocab in ("points", "max_score"):
        if prof.numeric >= 0.5:
            return Column(c, vocab, label, f"{ev}; {stats}")
        if prof.points_like >= 0.6:   # 0-20, ≤10, 5/项, 10（每缺一项扣2分）: maxima in words (points_cell_forms)
            return Column(c, vocab, label, f"{ev}; {stats}, points stated in words {prof.points_like:.0%}")
        return Column(c, "criteria" if prof.scoring >= 0.3 else "text", label, f"{ev} but text content; {stats}")
    if vocab == "code":
        return Column(c, "code", label, ev)
    if prof.numeric >= 0.8:
        if prof.sequential >= 0.7 and prof.starts_at_one and vocab not in ("points", "max_score", "weight"):
            return Column(c, "code", label, f"{ev}; consecutive numbers")
        return Column(c, "number", label, f"{ev} ({'header says ' + vocab if vocab else 'unlabelled'}) "
                                            f"over numbers; {stats}")
    if vocab in ("department", "remarks", "method", "date"):
        return Column(c, vocab, label, ev)
    if vocab is None and prof.departments >= 0.8 and prof.filled >= 0.5:
        # no header word, but every cell names departments: who scores the item
        return Column(c, "department", label, f"{ev}; {stats}; cells name departments ({prof.departments:.0%})")
    if vocab is None and prof.filled < 0.3:
        if prof.numeric == 0 and prof.scoring == 0 and prof.mean_len <= 16:
            # short labels with blanks below them: a hierarchy column a flattened table lost the merges of
            return Column(c, "text", label, f"{ev}; {stats}; labels with blanks below")
        return Column(c, "sparse", label, f"{ev}; {stats}")
    if vocab == "criteria" or (vocab is None and prof.scoring >= 0.4 and prof.mean_len >= 6):
        return Column(c, "criteria", label, f"{ev}; {stats}")
    return Column(c, vocab or "text", label, f"{ev}; {stats}, mean length {prof.mean_len:.0f}")


def _numbers(grid, rows: list[int], c: int) -> list[float]:
    out, seen = [], set()
    for r in rows:
        cell = grid[r][c]
        if cell is None or id(cell) in seen:
            continue
        seen.add(id(cell))
        text = fold(cell_text(cell)).replace(" ", "").rstrip(POINTS_WORD)
        if is_number(text):
            try:
                out.append(float(text.replace("－", "-")))
            except ValueError:
                pass
    return out


def reconciles(grid, body: list[int], totals: list[int], c: int) -> bool | None:
    """Do column ``c``'s item values add up to the 合计/小计 figures printed in it?
    None when the column prints no such figure."""
    declared = [(r, _numbers(grid, [r], c)) for r in totals]
    declared = [(r, v[0]) for r, v in declared if v]
    if not declared:
        return None
    start = min(body) if body else 0
    ok = False
    for r, value in sorted(declared):
        segment = [b for b in body if start <= b < r]
        whole = [b for b in body if b < r]
        if abs(sum(_numbers(grid, segment, c)) - value) < 1e-6 or abs(sum(_numbers(grid, whole, c)) - value) < 1e-6:
            ok = True
        else:
            return False
        start = r + 1
    return ok


def _pick_points(columns: dict[int, Column], grid, body, decisions: list[str], totals: list[int]) -> None:
    """One points column.  Readings: each 分值/满分 column, else 应得分, else an
    unlabelled number column; the reading whose values add up to the printed
    subtotals and totals wins, then the header word's priority."""
    priority = {"points": 0, "max_score": 1, "number": 2}
    cands = sorted((c for c, col in columns.items() if col.role in priority),
                   key=lambda c: (priority[columns[c].role], c))
    if not cands:
        return
    checks = {c: reconciles(grid, body, totals, c) for c in cands}
    agreeing = [c for c in cands if checks[c]]
    chosen = agreeing[0] if agreeing else cands[0]
    role = columns[chosen].role
    columns[chosen].role = "points"
    if len(cands) > 1:
        verdict = ", ".join(f"{c} {'adds up' if checks[c] else 'does not add up' if checks[c] is False else 'no total'}"
                            for c in cands)
        decisions.append(f"points column {chosen} chosen among {len(cands)} readings ({verdict})")
        if not agreeing and any(checks[c] is False for c in cands):
            decisions.append("ambiguous: no points reading adds up to the printed totals")
    elif role != "points":
        decisions.append(f"points column {chosen}: {columns[chosen].evidence}")
    if checks[chosen] is False:
        decisions.append(f"points column {chosen} does not add up to the totals printed in it")
    for c in cands:
        if c != chosen:
            columns[c].role = "other_number"


def _runs(layout: TableLayout, c: int) -> int:
    """How many groups the column splits the body rows into: a merged cell is one
    group, and so is the same text repeated on consecutive rows (no merges)."""
    runs, last = 0, None
    for r in layout.body:
        cell = layout.grid[r][c]
        text = cell_text(cell)
        if not text:
            continue
        key = (id(cell), text)
        if last is None or (key[0] != last[0] and key[1] != last[1]):
            runs += 1
        last = key
    return runs


def _numbered_share(layout: TableLayout, c: int) -> float:
    texts = {id(layout.grid[r][c]): fold_words(layout.text(r, c)) for r in layout.body if layout.text(r, c)}
    return sum(bool(_patterns()["numbered"].match(t)) for t in texts.values()) / (len(texts) or 1)


def _choose_structure(layout: TableLayout) -> None:
    """Hierarchy columns, the item's name and text columns, criteria, points, code."""
    cols = layout.columns
    first = lambda role: next((c for c, col in sorted(cols.items()) if col.role == role), None)  # noqa: E731
    layout.points_col = first("points")
    layout.weight_col = first("weight")
    layout.code_col = first("code")
    layout.department_col = first("department")
    criteria = [c for c, col in sorted(cols.items()) if col.role == "criteria"]
    by_word = [c for c in criteria if cols[c].evidence.startswith("header «") and "but text" not in cols[c].evidence]
    if by_word and len(criteria) > 1:
        # a criteria column named by its header wins; columns that only read like
        # criteria (基准分15分。标准：…) are the item's text
        for c in criteria:
            if c not in by_word:
                cols[c].role = "text"
        criteria = by_word
    texts = [c for c, col in sorted(cols.items()) if col.role in ("text", "name", "content", "category")]
    if not texts and criteria:
        texts, criteria = [criteria[0]], criteria[1:]
    if not texts:
        layout.decisions.append("no text column: not an item table")
        return
    runs = {c: _runs(layout, c) for c in texts}
    finest = max(runs.values())
    if criteria and _runs(layout, criteria[0]) >= 1.25 * finest and all(c < criteria[0] for c in texts) \
            and (_numbered_share(layout, criteria[0]) >= 0.5 or len(texts) == 1):
        # the criteria cells are finer than every text column: each is an item and
        # the text columns group them
        layout.decisions.append(f"criteria column {criteria[0]} is finer than the text columns: its cells are the items")
        texts = texts + [criteria[0]]
        cols[criteria[0]].role = "content"
        runs[criteria[0]] = _runs(layout, criteria[0])
        finest = runs[criteria[0]]
        criteria = criteria[:1]
    item_cols = [c for c in texts if runs[c] >= 0.8 * finest]
    first_item = item_cols[0]
    layout.category_cols = [c for c in texts if c < first_item and runs[c] < 0.8 * finest]
    right = [c for c in texts if c > first_item and runs[c] < 0.8 * finest and cols[c].role == "category"
             and cols[c].evidence.startswith("header «")]
    if right:
        # named rule category_on_the_right: 分值 | 评分标准 | 考核内容 | 考核类别 — a column headed as the
        # category, its value repeated over the rows it groups, stands right of the items
        layout.category_cols = sorted(layout.category_cols + right, key=lambda c: (runs[c], c))
        layout.decisions.append(f"category column(s) {', '.join(map(str, right))} right of the items (by header)")
    for c in texts:
        if c in layout.category_cols:
            cols[c].role = "category"
        elif c not in item_cols:
            cols[c].role = "extra"
    # a code column whose merged cells group items numbers a hierarchy level, not items
    code = layout.code_col
    if code is not None and _runs(layout, code) < 0.8 * finest and layout.category_cols:
        cols[code].role = "category_code"
        layout.code_col = None
    layout.criteria_col = criteria[0] if criteria else None
    for c in criteria[1:]:
        cols[c].role = "extra"
    if len(item_cols) >= 2:
        layout.name_col, layout.text_col = item_cols[0], item_cols[1]
        cols[item_cols[0]].role, cols[item_cols[1]].role = "name", "content"
        for c in item_cols[2:]:
            cols[c].role = "extra"
    else:
        layout.text_col = item_cols[0]
        cols[item_cols[0]].role = "content"
        if _names_beside_criteria(layout, item_cols[0]):
            layout.name_col, layout.text_col = item_cols[0], layout.criteria_col
            cols[item_cols[0]].role = "name"
            layout.decisions.append(f"column {item_cols[0]} holds one heading per item, beside criteria column "
                                    f"{layout.criteria_col}: the headings name the items, the criteria are their text")
    if layout.category_cols:
        layout.decisions.append("hierarchy columns " + ", ".join(map(str, layout.category_cols))
                                + " (merged cells group the item rows)")
    _points_levels(layout, finest)
    _weight_levels(layout)


def _weight_levels(layout: TableLayout) -> None:
    """Two weight columns at different levels (一级指标 | 权重 | 二级指标 | 权重): the one
    merged like a hierarchy column weighs that level's categories; the other weighs the items."""
    weights = [c for c, col in sorted(layout.columns.items()) if col.role == "weight"]
    if len(weights) < 2 or not layout.category_cols:
        return
    for c in weights:
        owner = next((k for k in reversed(layout.category_cols) if k < c and _merged(layout, c)
                      and _starts(layout, k) == _starts(layout, c)), None)
        if owner is None:
            continue
        layout.category_weights[owner] = c
        layout.columns[c].role = "category_weight"
        layout.decisions.append(f"column {c} holds the weights of hierarchy column {owner} (merged alike)")
        if layout.weight_col == c:
            layout.weight_col = next((w for w in weights if w != c and layout.columns[w].role == "weight"), None)


def _names_beside_criteria(layout: TableLayout, c: int) -> bool:
    """A lone text column headed as categories (考核项目) but holding one distinct heading on
    every item row, no cell merged over several rows, beside a criteria column, in a table
    without hierarchy columns or section rows: the headings name the items and the criteria
    are their text (the table has no content column)."""
    if layout.criteria_col is None or layout.criteria_col == c or layout.category_cols \
            or "section" in layout.row_kinds.values():
        return False
    label = layout.columns[c].label.split("/")[-1]
    if not label or header_role(label)[0] != "category":
        return False
    texts = []
    for r in layout.body:
        cell = layout.grid[r][c]
        if cell is None or not cell_text(cell) or cell.row_span > 1:
            return False
        texts.append(fold_words(cell_text(cell)))
    return len(texts) >= 3 and len(set(texts)) == len(texts)


def _merged(layout: TableLayout, c: int) -> bool:
    """Some body cell of the column spans several rows.  A hierarchy column merged
    over its items and a number column that is not (10, 10 | 15, 15) are not
    "merged alike": equal points on neighbouring items are still the items' own."""
    return any(layout.grid[r][c] is not None and layout.grid[r][c].row_span > 1 for r in layout.body)


def _starts(layout: TableLayout, c: int) -> set[int]:
    """Body rows where column ``c`` starts a new group: a new cell where the column has
    merged cells, else a new text (a flattened table repeats a group's label on each row)."""
    starts, last = set(), None
    merged = _merged(layout, c)
    for r in layout.body:
        cell = layout.grid[r][c]
        key = id(cell) if merged else cell_text(cell)
        if cell is not None and key != last and (merged or key):
            starts.add(r)
        last = key
    return starts


def _points_levels(layout: TableLayout, finest: int) -> None:
    """Two points columns at different levels (一级指标 | 分值 | 二级指标 | 分值): a number
    column whose merged cells group the items exactly as a hierarchy column does holds
    that level's points; a number column without merged cells holds the items' points
    (equal values on neighbouring rows are still each item's own)."""
    cols = layout.columns
    numeric = [c for c, col in sorted(cols.items()) if col.role in ("points", "other_number")]
    if not layout.category_cols or len(numeric) < 1:
        return
    item_level = [c for c in numeric if not _merged(layout, c) or len(_starts(layout, c)) >= 0.8 * finest]
    for c in numeric:
        if c in item_level:
            continue
        groups = _starts(layout, c)
        owner = next((k for k in reversed(layout.category_cols) if k < c and _starts(layout, k) == groups), None)
        if owner is None:
            continue
        layout.category_points[owner] = c
        cols[c].role = "category_points"
        layout.decisions.append(f"column {c} holds the points of hierarchy column {owner} (merged alike)")
        if layout.points_col == c:
            layout.points_col = item_level[0] if item_level else None
            if layout.points_col is not None:
                cols[layout.points_col].role = "points"


SENTENCE_LEN = 10   # mean characters of a text column of requirement sentences; unit names are shorter


def item_like(layout: TableLayout) -> tuple[bool, str]:
    """A table shaped like a list of assessment items, whatever its header says (or
    lacks): a numbering or short-name column, a text column of sentences and a
    numeric column whose values add up to the printed totals or look like points
    (each above 0 and at most 100, in halves).  A per-unit target table pairs
    short unit names with figures instead, without a column of sentences."""
    if layout.text_col is None or layout.points_col is None:
        return False, "no text and points columns"
    if layout.code_col is None and layout.name_col is None:
        return False, "no numbering or name column beside the text"
    prof = profile(layout.grid, layout.body, layout.text_col)
    if prof.mean_len < SENTENCE_LEN:
        return False, f"text column {layout.text_col} holds short labels (mean length {prof.mean_len:.0f})"
    values = _numbers(layout.grid, [r for r in layout.body if layout.row_kinds.get(r, "item") == "item"],
                      layout.points_col)
    if len(values) < 2:
        return False, "fewer than 2 numbers in the points column"
    totals = [r for r, k in layout.row_kinds.items() if k in ("total", "subtotal")]
    adds_up = reconciles(layout.grid, layout.body, totals, layout.points_col)
    pointlike = all(0 < v <= 100 and (v * 2).is_integer() for v in values)
    if adds_up or pointlike:   # a sum off by a slip is flagged later (subtotal/total checks)
        return True, (f"numbered sentences in column {layout.text_col} with "
                      f"{'points adding up to the printed totals' if adds_up else 'point-like values'} "
                      f"in column {layout.points_col}")
    return False, f"column {layout.points_col} values are not points"


PRICE_HEADER = pattern("layout.price_header")
PERSON_HEADER = pattern("layout.person_header")
RESULT_HEADER = pattern("layout.result_header")


def points_are_prices(layout: TableLayout) -> str | None:
    """Named rule ``points_as_price``: the points column says what an entry costs (所需积分 |
    兑换积分): a catalogue of rewards, not items scored."""
    c = layout.points_col
    label = layout.columns[c].label if c is not None and c in layout.columns else ""
    if label and PRICE_HEADER.search(fold_words(label)):
        return f"column «{label}» states what each entry costs in points: a catalogue, not a scheme (points_as_price)"
    return None


#: a measurement as a sports or fitness table prints it: 3′35″, 2.50, 250, 12.5秒
MEASURE_CELL = pattern("layout.measure_cell")
#: rows a conversion table has at least
MIN_CONVERSION_ROWS = 5


def conversion_table(layout: TableLayout) -> str | None:
    """Named rule ``conversion_table``: a first column of scores (得分 | 分值 | 分数) falling row by row
    beside columns of measurements only (times 3′35″, distances 250, counts) converts a performance
    into a score (体育考试评分标准): a lookup of results, not items of a scheme."""
    grid, n_cols = layout.grid, layout.table.n_cols
    for r in range(min(MAX_HEADER_SEARCH, layout.table.n_rows)):
        if header_role(fold_words(cell_text(grid[r][0])))[0] not in ("points", "score"):
            continue
        rows = [b for b in range(r + 1, layout.table.n_rows)
                if all(grid[b][c] is not None and (grid[b][c].row, grid[b][c].col) == (b, c) and cell_text(grid[b][c])
                       for c in range(n_cols))]   # (note rows merged across the width are not rows of scores)
        scores = [first_number(cell_text(grid[b][0])) for b in rows]
        if len(rows) < MIN_CONVERSION_ROWS or None in scores or n_cols < 2:
            continue
        falling = all(a > b for a, b in zip(scores, scores[1:])) or all(a < b for a, b in zip(scores, scores[1:]))
        measured = all(MEASURE_CELL.match(fold(cell_text(grid[b][c])).strip()) for b in rows for c in range(1, n_cols))
        if falling and measured:
            return (f"column «{cell_text(grid[r][0])}» lists scores row by row beside measurements only: a "
                    "table converting a performance into a score, not a scheme (conversion_table)")
    return None


def results_register(layout: TableLayout) -> str | None:
    """Named rule ``results_register``: a row of labels naming people (姓名) and their results
    (成绩 / 得分) over rows whose results column is filled with figures: people's results, not a
    scheme's items — unless header cells state their points (创新性（20分）: the scheme of a score
    sheet, read from its header)."""
    grid, n = layout.grid, layout.table.n_rows
    if len(header_points_cells(layout)) >= 2:
        return None
    for r in range(min(MAX_HEADER_SEARCH, n)):
        texts = [fold_words(cell_text(grid[r][c])) for c in range(layout.table.n_cols)]
        if not any(PERSON_HEADER.match(t) for t in texts):
            continue
        for c, label in enumerate(texts):
            if not label or not RESULT_HEADER.search(label) or PERSON_HEADER.match(label):
                continue
            below = [cell_text(grid[b][c]) for b in range(r + 1, n) if grid[b][c] is not None and grid[b][c].row == b]
            figures = sum(is_number(t) for t in below)
            if figures >= 2 and figures >= 0.5 * len(below):
                return f"row {r} names people and their results («{label}»), filled in below: a results register"
    return None


PHONE = compile_kept(r"^[(（]?\d{3,4}[)）－-]?\d{7,8}$|^1\d{10}$|^\d{7,8}$")
COUNT_HEADER = pattern("layout.count_header")
#: 学分, 学时, 金额: a header naming another measure — its column is never points, whatever it adds up to
MEASURE_HEADER = pattern("layout.measure_header")


def contact_columns(layout: TableLayout) -> list[int]:
    """Columns of phone numbers: the table lists units or people (a directory)."""
    out = []
    for c in range(layout.table.n_cols):
        texts = [fold(layout.text(r, c)).replace(" ", "") for r in layout.body if layout.text(r, c)]
        if len(texts) >= 2 and sum(bool(PHONE.match(t)) for t in texts) >= 0.6 * len(texts):
            out.append(c)
    return out


def counts_not_points(layout: TableLayout) -> str | None:
    """A number column taken as points only by its content holds another measure when its header
    names one (学分, 学时, 金额), and is a count when its own
    header names no points (职工人数 …), its values add up to no printed total, no
    row states points or deductions, and its header names a count or a sibling
    column holds phone numbers.  None when the column may be points."""
    c = layout.points_col
    col = layout.columns.get(c) if c is not None else None
    if col is None or not layout.header_rows or not col.label or "no header word" not in col.evidence:
        return None
    if MEASURE_HEADER.search(fold_words(col.label)):
        return f"column {c} «{col.label}» holds {col.label}, not points (its header names another measure)"
    totals = [r for r, k in layout.row_kinds.items() if k in ("total", "subtotal")]
    if reconciles(layout.grid, layout.body, totals, c):
        return None
    if any(profile(layout.grid, layout.body, k).scoring > 0 for k in range(layout.table.n_cols) if k != c):
        return None
    contacts = contact_columns(layout)
    if contacts or COUNT_HEADER.search(fold_words(col.label)):
        why = f"column {contacts[0]} holds phone numbers" if contacts else f"its header «{col.label}» names a count"
        return f"column {c} «{col.label}» holds counts, not points ({why}; no printed total, no scoring phrases)"
    return None


#: 达标（每项4分） — a column header giving every row below it its points
EACH_ROW_HEADER = pattern("layout.each_row_header")


#: 达标 | 未达标, 符合 | 不符合, 是 | 否: a pass label (group 1) or a fail label (group 2)
PASS_FAIL = pattern("layout.pass_fail_pair")


def pass_fail_columns(layout: TableLayout) -> bool:
    """Named rule ``pass_fail_columns``: two header labels side by side, one passing and one failing
    (达标（每项4分） | 未达标, 符合 | 不符合): each row is ticked one way or the other — all or nothing."""
    band = layout.header_rows or []
    if not band:
        return False
    labels = [EACH_ROW_HEADER.sub("", fold_words(layout.text(band[-1], c))) for c in range(layout.table.n_cols)]
    kinds = [(m.lastindex if (m := PASS_FAIL.match(label)) else None) for label in labels]
    return any(a == 1 and b == 2 for a, b in zip(kinds, kinds[1:]))


def each_row_points(layout: TableLayout) -> dict[int, tuple[int, float]]:
    """Named rule ``each_row_header``: a header row (the header band, or the header repeated over a
    later section of the form) whose cell says what every row below it is worth (序号 | 检查内容 |
    达标（每项4分） | 未达标): row → (that cell's column, the points), for the rows below it to take."""
    band = layout.header_rows or []
    labels = {c: EACH_ROW_HEADER.sub("", fold_words(layout.text(band[-1], c))) for c in range(layout.table.n_cols)} \
        if band else {}
    found: dict[int, tuple[int, float]] = {}
    for r in range(layout.table.n_rows):
        cells = [(c, layout.text(r, c)) for c in range(layout.table.n_cols)]
        noted = [(c, m) for c, t in cells if (m := EACH_ROW_HEADER.search(fold(t)))]
        if len(noted) != 1:
            continue
        same = r in band or all(EACH_ROW_HEADER.sub("", fold_words(t)) == labels.get(c) for c, t in cells)
        if same:
            found[r] = (noted[0][0], float(noted[0][1].group("pts")))
    return found


def is_scheme_table(layout: TableLayout) -> tuple[bool, str]:
    """A table is part of the scheme when its rows carry points or scoring phrases."""
    if layout.text_col is None:
        return False, "no item text column"
    each = each_row_points(layout)
    if each and layout.body:
        return True, (f"its header gives every row below it its points ({len(each)} header row(s) "
                      "stating 每项N分: each_row_header)")
    units = [r for r in layout.body]
    if not units:
        return False, "no body rows"
    counts = counts_not_points(layout)
    if counts:
        return False, counts
    if layout.points_col is not None:
        numbers = sum(1 for r in units if is_number(layout.text(r, layout.points_col)))
        if numbers >= 2:
            return True, f"{numbers} rows with points in column {layout.points_col}"
        if numbers == len(units) == 1 and layout.columns[layout.points_col].evidence.startswith("header «"):
            return True, f"its one row has points in column {layout.points_col}, headed as points"
        worded = sum(1 for r in units if read_points_cell(layout.text(r, layout.points_col)) != (None, None))
        if worded >= 2:   # 每项6分, 0-20, 5/项: points stated in words (points_cell_forms)
            return True, f"{worded} rows with points stated in words in column {layout.points_col}"
    if layout.weight_col is not None:
        weights = sum(1 for r in units if re.fullmatch(r"\d+(\.\d+)?\s*[%％]", fold(layout.text(r, layout.weight_col)).strip()))
        if weights >= 2:
            return True, f"{weights} rows with weights in column {layout.weight_col}"
    pats = _patterns()
    inline = re.compile("|".join(lexicon()["inline_points"]) + "|" + text("layout.bracketed_points"))
    scoring = 0
    for r in units:
        joined = fold_words(" ".join(layout.text(r, c) for c in (layout.text_col, layout.criteria_col, layout.name_col)
                                     if c is not None))
        if pats["scoring"].search(joined) or inline.search(joined):
            scoring += 1
    if scoring >= max(2, 0.3 * len(units)):
        return True, f"{scoring} of {len(units)} rows state points or deductions in their text"
    return False, (f"no points column and {scoring} of {len(units)} rows with scoring phrases"
                   if layout.points_col is None else "the points column holds no numbers")
