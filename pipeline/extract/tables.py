"""Item tables: recognise columns by what their headers mean, then read rows.

Two shapes occur and are told apart per row, not per fixture:
- one row per item (序号 | 考核内容 | 分值 | 评分标准 | 部门), the category in a
  (usually vertically merged) column;
- one row per category, whose criteria cell lists numbered items with inline
  points ("1.…（6分）\\n2.…（5分）") and whose label cell may carry the
  category's points ("思想引领\\n(18分)") or a 分值 column its subtotal.
Rows labelled 合计/总分 give the declared total; 加分/扣分/一票否决 rows give
scheme-level entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.model import Document, Table
from schemes.model import Entry, TargetTable, Veto

from .state import Draft, DraftItem, parse_departments, refs
from .layout import contact_columns, item_like
from .table_items import LABEL_NUMBER
from .entries import split_entries, strip_label_notes
from schemes.criteria.numbers import first_number, fold
from .spans import Span, cell_span, squash, unwrap
from .vocabulary import entry, pattern, text, words

# Column roles, checked in this order against the squashed header text.
ROLE_WORDS: list[tuple[str, tuple[str, ...]]] = [
    (role, tuple(role_words)) for role, role_words in entry("tables.role_words").items()]
TOTAL_LABELS = set(words("tables.total_labels"))
BONUS_RE = pattern("tables.bonus_re")
DEDUCTION_RE = pattern("tables.deduction_re")
POINTS_WORD = text("points_word")
VETO_RE = pattern("tables.veto_re")


@dataclass
class Columns:
    header_row: int
    roles: dict[int, str]

    def cols(self, role: str) -> list[int]:
        return [c for c, r in sorted(self.roles.items()) if r == role]

    def col(self, role: str) -> int | None:
        cols = self.cols(role)
        return cols[0] if cols else None


def header_role(text: str) -> str | None:
    key = squash(text)
    if not key or len(key) > 12:
        return None
    for role, words in ROLE_WORDS:
        if any(w in key for w in words):
            return role
    if key == POINTS_WORD:
        return "points"
    return None


def find_columns(table: Table) -> Columns | None:
    """The header row (within the first three) and each column's role, by meaning."""
    grid = table.grid()
    for r in range(min(3, table.n_rows)):
        roles: dict[int, str] = {}
        for c in range(table.n_cols):
            cell = grid[r][c]
            role = header_role(cell.text) if cell else None
            if role:
                roles[c] = role
        found = set(roles.values())
        if len(found) >= 2 and found & {"content", "criteria"}:
            roles = _align_right(table, r, roles)
            _disambiguate(table, r, roles)
            return Columns(r, roles)
    return None


def _align_right(table: Table, header_row: int, roles: dict[int, str]) -> dict[int, str]:
    """A header with fewer cells than the body (a flattened header whose first
    cell spanned two columns) lines up with the body's right edge; its first
    role then covers the extra leading columns."""
    rows = table.rows()
    header_width = max(roles) + 1
    body_width = max((max((c for c, t in enumerate(row) if t.strip()), default=-1) + 1
                      for row in rows[header_row + 1:]), default=0)
    shift = body_width - header_width
    if shift <= 0 or any(rows[header_row][c].strip() for c in range(header_width, table.n_cols)):
        return roles
    shifted = {c + shift: role for c, role in roles.items()}
    first = roles[min(roles)]
    for c in range(shift):
        shifted[c] = first
    return shifted


def _disambiguate(table: Table, header_row: int, roles: dict[int, str]) -> None:
    """A header spanning two columns (考核内容 over 序号 and 内容): the numeric one is the code."""
    by_role: dict[str, list[int]] = {}
    for c, role in roles.items():
        by_role.setdefault(role, []).append(c)
    rows = table.rows()[header_row + 1:]
    for cols in by_role.values():
        if len(cols) < 2:
            continue
        for c in cols:
            values = [squash(row[c]) for row in rows if squash(row[c])]
            if values and sum(bool(re.fullmatch(r"\d{1,3}", v)) for v in values) >= 0.6 * len(values):
                roles[c] = "code"


def scheme_tables(doc: Document, limit: int) -> Iterator[tuple[int, Table]]:
    """(block index, table) for every table the scheme may be in, in document order.
    A single-column frame table whose cells hold nested tables (title, prose and
    the scoring table each in a cell of a layout box) stands for its nested tables,
    which are read in its place with the frame's block index (their own table
    index keeps source references exact); other nested tables belong to their cell."""
    def walk(table: Table) -> Iterator[Table]:
        nested = [t for cell in table.cells for t in cell.tables]
        if table.n_cols == 1 and nested:
            for inner in nested:
                yield from walk(inner)
        else:
            yield table
    for index, block in enumerate(doc.blocks[:limit]):
        if isinstance(block, Table):
            for table in walk(block):
                yield index, table


def is_item_table(table: Table) -> bool:
    return find_columns(table) is not None


def read_item_table(doc: Document, index: int, table: Table, draft: Draft, part: str | None,
                    columns: Columns | None = None) -> Columns | None:
    """Add the table's categories, items, totals and entries to the draft; the columns read.
    A continuation without its own header is read with the columns of the part it continues."""
    own = find_columns(table)
    if own is None and columns is not None:
        columns = Columns(-1, dict(columns.roles))
    else:
        columns = own
    if columns is None:
        return None
    grid = table.grid()
    header = [squash(grid[columns.header_row][c].text) if grid[columns.header_row][c] else ""
              for c in range(table.n_cols)] if columns.header_row >= 0 else []

    def span(r: int, c: int | None) -> Span | None:
        if c is None:
            return None
        cell = grid[r][c]
        return cell_span(doc, index, table, cell) if cell else None

    code_c, cat_c, content_c = columns.col("code"), columns.col("category"), columns.col("content")
    crit_c, points_c, dept_c = columns.col("criteria"), columns.col("points"), columns.col("department")
    remark_c = columns.col("remarks")
    label_c = cat_c if cat_c is not None else content_c
    names_c = cat_c if cat_c is not None and (content_c, crit_c) != (None, None) and _per_row_headings(
        grid, range(columns.header_row + 1, table.n_rows), cat_c) else None
    if names_c is not None:
        draft.explain.append(f"table {table.prov.table}: column {names_c} has one heading per row: "
                             "the items' names, not categories")
    above: Span | None = None   # the category cell of the row above, for fill-down
    for r in range(columns.header_row + 1, table.n_rows):
        row_text = [squash(grid[r][c].text) if grid[r][c] else "" for c in range(table.n_cols)]
        if row_text == header or not any(row_text):
            continue  # repeated header or empty row
        label = span(r, label_c)
        if cat_c is not None:
            # A flattened table (txt) loses vertical merges: an empty category cell
            # under a named one continues it.
            if label is not None and squash(label.text):
                above = label
            elif above is not None:
                label = above
        if _is_total_row(row_text):
            _read_total(draft, r, columns.col("points"), span, row_text)
            continue
        label_key = squash(label.text) if label else ""
        body = span(r, crit_c) or span(r, content_c)
        dept = span(r, dept_c) or _rater_remark(span(r, remark_c))
        if label_key and VETO_RE.search(label_key):
            _read_veto(draft, body if body is not label else span(r, content_c))
            continue
        if label_key and BONUS_RE.match(label_key):
            _read_entry(draft, "bonus", span(r, content_c) or body, span(r, crit_c), span(r, points_c), dept)
            continue
        if label_key and DEDUCTION_RE.match(label_key):
            _read_entry(draft, "deduction", span(r, content_c) or body, span(r, crit_c), span(r, points_c), dept)
            continue
        entries = split_entries(body) if body else []
        if sum(e.points is not None for e in entries) >= 2 or (
            cat_c is None and content_c is not None and crit_c is not None and any(e.points for e in entries)
        ):
            _read_category_row(draft, r, label, span(r, code_c), span(r, points_c), dept, entries, part)
        else:
            _read_item_row(draft, label if label_c != content_c and names_c is None else None, span(r, code_c),
                           span(r, content_c), span(r, points_c), span(r, crit_c), dept, part,
                           name=label if names_c is not None else None)
    return columns


def _is_total_row(row_text: list[str]) -> bool:
    return any(t in TOTAL_LABELS for t in row_text)


#: a total row's figure (12, 12分); 总计 gives way to a total already read
POINTS_FIGURE = pattern("tables.points_figure")
GRAND_TOTAL = text("tables.grand_total")


def _read_total(draft: Draft, r: int, points_c: int | None, span, row_text: list[str]) -> None:
    """The figure of a 合计/总分 row: in the points column, else the first number after the label."""
    at = next(c for c, t in enumerate(row_text) if t in TOTAL_LABELS)
    label = row_text[at]
    candidates = [points_c] if points_c is not None else []
    candidates += [c for c in range(at + 1, len(row_text)) if c != points_c]
    for c in candidates:
        if POINTS_FIGURE.fullmatch(row_text[c] or ""):
            if label == GRAND_TOTAL and draft.total is not None:
                return
            cell = span(r, c)
            draft.total = first_number(cell.text)
            draft.total_span = cell
            return


RATER_REMARK = pattern("tables.rater_remark")


def _rater_remark(span: Span | None) -> Span | None:
    """A 备注 like "由宣教部评分" names the rater; other remarks do not."""
    if span and RATER_REMARK.search(squash(span.text)):
        return span
    return None


def _read_category_row(draft: Draft, r: int, label: Span | None, code: Span | None, points: Span | None,
                       dept: Span | None, entries, part: str | None) -> None:
    name_span, cat_points, cat_points_span, weight = strip_label_notes(label) if label else (None, None, None, None)
    number, name_span = split_label_number(name_span)
    name = squash(name_span.text) if name_span else ""
    if not name and entries and entries[0].category is not None:
        name_span, name = entries[0].category, squash(entries[0].category.text)
    category = draft.category(name, name_span)
    category.code = squash(code.text) if code and squash(code.text) else category.code or number
    category.part = part
    subtotal = first_number(points.text) if points and squash(points.text) else None
    if cat_points is None and subtotal is not None:
        cat_points, cat_points_span = subtotal, points
    category.points, category.points_span = cat_points, cat_points_span
    category.weight = weight if weight is not None else category.weight
    departments = parse_departments(dept.text) if dept else []
    category.departments, category.departments_span = departments, dept
    _add_entries(category, entries, departments, dept)


def _per_row_headings(grid, rows, c: int) -> bool:
    """A heading column with one distinct value on every item row (检查项目 beside
    检查内容, no cell merged over several rows) names the items; a column that groups
    rows under shared, merged or repeated labels holds categories."""
    texts = []
    for r in rows:
        row = [squash(cell.text) if cell else "" for cell in grid[r]]
        if not any(row) or _is_total_row(row):
            continue
        cell = grid[r][c]
        if cell is None or not squash(cell.text) or cell.row_span > 1:
            return False
        texts.append(squash(cell.text))
    return len(texts) >= 3 and len(set(texts)) == len(texts)


def split_label_number(span: Span | None) -> tuple[str | None, Span | None]:
    """A category label's own numbering goes to its code, as in the layout reader:
    "一、组织建设" → ("一", "组织建设"); "（二）服务职工" → ("二", "服务职工")."""
    if span is None:
        return None, None
    m = LABEL_NUMBER.match(span.text)
    if not m or not span.text[m.end():].strip():
        return None, span
    return next(g for g in m.groups() if g), span.sub(m.end(), len(span.text)).strip()


def _add_entries(category, entries, departments: list[str], dept: Span | None) -> None:
    previous = 0
    for pos, entry in enumerate(entries):
        code = entry.code
        if code is None:
            following = next((e.code for e in entries[pos + 1:] if e.code), None)
            code = str(previous + 1) if following is None or int(following) == previous + 2 else None
        previous = int(code) if code and code.isdigit() else previous
        category.items.append(DraftItem(
            code=code, text=entry.text, points=entry.points, points_span=entry.points_span,
            criteria=entry.span, departments=list(departments), departments_span=dept,
        ))


def _read_item_row(draft: Draft, label: Span | None, code: Span | None, content: Span | None,
                   points: Span | None, criteria: Span | None, dept: Span | None, part: str | None,
                   name: Span | None = None) -> None:
    if content is None and criteria is None:
        return
    item_name = name.strip() if name is not None and squash(name.text) else None
    name, cat_points, cat_points_span, weight, number = "", None, None, None, None
    if label and label is not content:   # "经济发展（60分，权重60%）": the notes are the category's, not its name
        name_span, cat_points, cat_points_span, weight = strip_label_notes(label)
        number, name_span = split_label_number(name_span)
        name = squash(name_span.text) or squash(label.text)
    if not name and item_name and draft.categories and not draft.categories[-1].name:
        category = draft.categories[-1]   # named items without a category share one unnamed group
    else:
        category = draft.category(name, label if name else None)
    category.code = category.code or number
    category.part = part
    if cat_points is not None and category.points is None:
        category.points, category.points_span = cat_points, cat_points_span
    category.weight = weight if weight is not None else category.weight
    text = content or criteria
    pts = first_number(points.text) if points and squash(points.text) else None
    category.items.append(DraftItem(
        code=squash(code.text) if code and squash(code.text) else None,
        text=text.strip(), points=pts, points_span=points if pts is not None else None,
        criteria=criteria.strip() if criteria else None,
        departments=parse_departments(dept.text) if dept else [], departments_span=dept, name=item_name,
    ))


def _read_entry(draft: Draft, kind: str, text: Span | None, criteria: Span | None, points: Span | None,
                dept: Span | None) -> None:
    if text is None or not squash(text.text):
        return
    entries = draft.bonus if kind == "bonus" else draft.deductions
    pts = first_number(points.text) if points and squash(points.text) else None
    entries.append(Entry(
        id=f"{'B' if kind == 'bonus' else 'K'}{len(entries) + 1}", kind=kind, text=unwrap(text.text),
        points=pts, departments=parse_departments(dept.text) if dept else [],
        sources=refs(text=text, points=points if pts is not None else None, departments=dept, criteria=criteria),
    ))


def _read_veto(draft: Draft, body: Span | None) -> None:
    if body is None:
        return
    for entry in split_entries(body):
        text = entry.span.strip(" \t。；;")
        if squash(text.text):
            draft.veto.append(Veto(id=f"V{len(draft.veto) + 1}", code=entry.code, text=unwrap(text.text),
                                   sources=refs(text=text)))


# --------------------------------------------------------------------------- target tables


@dataclass
class TargetPairs:
    """(unit name → figure) pairs of a per-unit target table, or why the table is not one."""

    pairs: dict[str, float]
    total: float | None = None
    column: str | None = None
    reason: str = ""


def target_pairs(layout, min_pairs: int = 3) -> TargetPairs:
    """A per-unit target table: (unit name, figure) pairs, possibly two pairs per row.
    A table shaped like numbered items with points (:func:`layout.item_like`) is not
    one, nor is a directory of units with their contacts."""
    items, why = item_like(layout)
    if items:
        return TargetPairs({}, reason=f"not a target table: {why}")
    if contact_columns(layout):
        return TargetPairs({}, reason="not a target table: it holds phone numbers")
    pairs: dict[str, float] = {}
    column = None
    total = None
    for r, row in enumerate(layout.table.rows()):
        c = 0
        while c < len(row) - 1:
            name, value = squash(row[c]), squash(row[c + 1])
            if re.fullmatch(r"\d+(\.\d+)?", fold(value)) and name and not re.search(r"\d", name):
                if name in TOTAL_LABELS:
                    total = float(fold(value))
                elif name not in pairs:
                    pairs[name] = float(fold(value))
                c += 2
                continue
            if r == 0 and value and not re.search(r"\d", value) and column is None:
                column = value
            c += 1
    if len(pairs) < min_pairs:
        return TargetPairs({}, reason=f"{len(pairs)} unit → figure pair(s)")
    return TargetPairs(pairs, total, column, f"{len(pairs)} unit → figure pairs")


def read_target_table(doc: Document, index: int, table: Table, layout, title: str, unit: str | None,
                      draft: Draft) -> bool:
    """Add the table's per-unit targets to the draft (False when it holds none)."""
    found = target_pairs(layout)
    if not found.pairs:
        return False
    draft.targets.append(_target(doc, index, table, title, unit, found.column or "", found.pairs, found.total,
                                 draft))
    return True


def _target(doc, index, table, title, unit, column, pairs, total, draft) -> TargetTable:
    first = cell_span(doc, index, table, table.cells[0])
    return TargetTable(
        id=f"T{len(draft.targets) + 1}", name=title, unit=unit, column=column, total=total, rows=pairs,
        sources={"table": first.ref},
    )
