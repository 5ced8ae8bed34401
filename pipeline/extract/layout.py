"""The layout stage: every table's layout, and one classifier that says what each table is.

A table is a *scheme* table (its rows carry points or scoring phrases), a per-unit
*target* table (unit → figure pairs), a *directory* (units with phone numbers or
head counts), a *repeated* sheet, the *continuation* of the scheme table before it
across a page break, or *other* (flagged ``non_scheme_table``).  Each kind comes with
its reason, recorded for ``--explain``.
"""

from __future__ import annotations

from collections.abc import Iterator
from extractors.model import Document, Table
from kaohe.i18n import _
from schemes.model import Flag

from .grammar.captions import preceding_text
from .grammar.spans import cell_span, squash
from .grammar.table_layout import (
    analyse_table, blank_form, contact_columns, conversion_table, criteria_row, header_points_cells, header_sheet,
    maxima_row, is_scheme_table, is_number, level_rows, points_are_prices, results_register, split_header_cell,
    split_side_by_side, split_stacked_rows,
)
from .grammar.vocabulary import pattern
from .readers.matrix import point_matrix
from .readers.targets import target_pairs
from .stages import stage
from .state import Extraction, TableRegion


PAGE_FURNITURE = pattern("regions.page_furniture")
CONTINUED_CAPTION = pattern("regions.continued_caption")
#: 表二　年终考核评分表（…）: a table's own title row
TABLE_TITLE = pattern("table_items.table_title")


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


@stage("layout", requires=("doc", "limit"), assigns=("tables", "flags"))
def layout_stage(ex: Extraction) -> None:
    """Each table's header band, column roles and row kinds, and what the table is."""
    seen: dict[str, int] = {}
    for index, whole in scheme_tables(ex.doc, ex.limit):
        halves = split_side_by_side(whole)
        if len(halves) == 1 and halves[0] is not whole:
            ex.decide("layout", f"table {whole.prov.table}", "side_by_side_rows: two items per row under sections "
                                                              "spanning both: one list, read row by row")
        for half, table in zip(("left", "right") if len(halves) == 2 else ("",), halves):
            _region(ex, index, table, half, seen)


def _region(ex: Extraction, index: int, table, half: str, seen: dict[str, int]) -> None:
    """One table region: its layout, its kind and the decisions and flags about it."""
    table, stacked = split_stacked_rows(table)
    table, header_row = split_header_cell(table)
    region = TableRegion(index=index, table=table, layout=analyse_table(table), half=half)
    if half:
        ex.decide("layout", region.label, "side_by_side_lists: the header repeats its labels; two lists set "
                                          "side by side, read one after the other")
    if header_row is not None:
        ex.decide("layout", region.label, f"header_in_one_cell: row {header_row} holds the column labels in one "
                                          "cell across the table: split on its blanks, one label per column")
    if stacked:
        ex.decide("layout", region.label, f"stacked_rows: {stacked} row(s) list several entries line by line "
                                          "in their cells (numbers beside numbered lines): one row per line")
    region.kind, region.reason = classify(ex, region, seen)
    ex.tables.append(region)
    ex.decide("layout", region.label, f"{region.kind} table", region.reason)
    if region.kind in ("scheme", "continuation"):
        for line in region.layout.describe():
            ex.decide("layout", region.label, line)
    if region.kind == "repeated":
        ex.flags.append(Flag(kind="repeated_sheets", target=region.label,
                             message=_("{table} {reason}; read once").format(table=region.label,
                                                                             reason=region.reason)))
    elif region.kind in ("other", "directory") and table.n_rows >= ex.settings.min_table_rows:
        first = table.cells[0] if table.cells else None
        ex.flags.append(Flag(
            kind="non_scheme_table", target=region.label,
            message=_("{table} ({rows}×{cols}) is not part of the scheme: {reason}").format(
                table=region.label, rows=table.n_rows, cols=table.n_cols, reason=region.reason),
            source=cell_span(ex.doc, index, table, first).ref if first else None))


def classify(ex: Extraction, region: TableRegion, seen: dict[str, int]) -> tuple[str, str]:
    """The table's kind and the reason, tested in this order: repeated sheet, one column of
    text, continuation of the previous scheme table, point matrix (levels × ranks), scheme
    table by its header band, hierarchy or criteria columns and its points, target
    table, directory, other."""
    layout, table = region.layout, region.table
    signature = "\n".join("|".join(layout.text(r, c) for c in range(table.n_cols)) for r in layout.body)
    if layout.body and signature in seen:
        return "repeated", f"repeats table {seen[signature]} row for row"
    seen[signature] = table.prov.table
    if table.n_cols == 1:   # named rule one_column_text (spans.text_blocks reads its cells as lines)
        return "text", "one column: text typed line by line into cells, read as lines"
    previous = next((t for t in reversed(ex.tables) if t.kind in ("scheme", "continuation")), None)
    if previous is not None and not (region.half and previous.index == region.index) \
            and continues(ex.doc, previous, region):   # one half of a table never continues the other
        region.continues = previous.continues or previous
        return "continuation", f"continues {region.continues.label} (same header, nothing between them)"
    not_scheme = results_register(layout) or points_are_prices(layout) or conversion_table(layout)
    if not_scheme:
        return "other", not_scheme
    region.matrix = point_matrix(layout, preceding_text(ex.doc, region.index))
    if region.matrix is not None:
        return "matrix", region.matrix.why
    scheme, why = is_scheme_table(layout)
    if scheme and ((layout.header_rows and not layout.header_by_shape) or layout.category_cols
                   or layout.criteria_col is not None):
        return "scheme", why
    if len(layout.level_cols) >= 2 and sum(is_number(layout.text(r, c)) for r in layout.body for c in layout.level_cols) \
            >= len(layout.body):
        # 优 | 良 | 中 | 差 over each row's points: every item scored by the level a rater picks
        return "scheme", f"its columns are rating levels ({', '.join(l for l, _ in layout.level_cols.values())}) " \
                         "holding each row's points (level_columns)"
    if level_rows(layout) and len(header_points_cells(layout)) >= 2:
        return "scheme", "its rows are rating levels and its header cells criteria with points (level_rows)"
    _, items = header_sheet(layout)
    if len(items) >= 2 and items[0][0] < (layout.body[0] if layout.body else layout.table.n_rows):
        below = criteria_row(layout, max(r for r, _ in items))
        maxima = maxima_row(layout)
        if blank_form(layout, {c for _, c in items}, {below, maxima.row if maxima else None},
                      min_rows=1 if maxima else 2):
            return "scheme", "a blank score sheet: its header cells carry the items and their points (header_sheet)"
    target = target_pairs(layout, ex.settings.min_target_pairs)
    if target.pairs:
        return "target", target.reason
    if scheme:
        return "scheme", why
    if contact_columns(layout):
        return "directory", why
    return "other", why


def continues(doc: Document, previous: TableRegion, region: TableRegion) -> bool:
    """A table continues the one before it when only page furniture (page numbers) stands
    between them and its header repeats the same labels, or it has no header and its
    content puts the points and the text in the same columns: a table the reader did
    not join across a page break."""
    between = [b for b in doc.blocks[previous.index + 1: region.index]
               if squash(b.text) and not PAGE_FURNITURE.fullmatch(b.text.strip())
               and not CONTINUED_CAPTION.match(b.text)]   # 续表 / 表1（续） says so
    if between:
        return False
    band = region.layout.header_rows
    if band and band[0] > 0 and any(TABLE_TITLE.match(squash(region.layout.text(r, 0))) and TABLE_TITLE.match(
            squash(region.layout.text(r, 0))).group("code") for r in range(band[0])):
        return False   # 表二　年终考核评分表: a table titled on its own, not the previous one continued
    first = previous.continues.layout if previous.continues else previous.layout
    if not region.layout.header_rows:   # the header was not repeated on the new page: the columns must agree
        lay = region.layout
        return (lay.table.n_cols == first.table.n_cols and bool(first.header_rows) and lay.points_col is not None
                and (lay.points_col, lay.text_col) == (first.points_col, first.text_col))
    labels0 = [col.label for _, col in sorted(first.columns.items())]
    labels1 = [col.label for _, col in sorted(region.layout.columns.items())]
    return labels0 == labels1
