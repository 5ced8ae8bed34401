"""The layout stage: every table's layout, and one classifier that says what each table is.

A table is a *scheme* table (its rows carry points or scoring phrases), a per-unit
*target* table (unit → figure pairs), a *directory* (units with phone numbers or
head counts), a *repeated* sheet, the *continuation* of the scheme table before it
across a page break, or *other* (flagged ``non_scheme_table``).  Each kind comes with
its reason, recorded for ``--explain``.
"""

from __future__ import annotations

import re

from extractors.model import Document, Heading, Table
from kaohe.i18n import _
from schemes.model import Flag

from .layout import analyse_table, contact_columns, is_scheme_table
from .matrix import point_matrix
from .runner import stage
from .spans import cell_span, squash
from .state import Extraction, TableRegion
from .table_items import layout_reading_needed
from .tables import find_columns, scheme_tables, target_pairs
from .vocabulary import pattern

PAGE_FURNITURE = pattern("regions.page_furniture")
#: a "单位：人次" line above a table, and a bare attachment label (not a caption)
UNIT_LINE = pattern("regions.unit_line")
ATTACHMENT_LABEL = pattern("regions.attachment_label")


@stage("layout", requires=("doc", "limit"), assigns=("tables", "flags"))
def layout_stage(ex: Extraction) -> None:
    """Each table's header band, column roles and row kinds, and what the table is."""
    seen: dict[str, int] = {}
    for index, table in scheme_tables(ex.doc, ex.limit):
        region = TableRegion(index=index, table=table, layout=analyse_table(table))
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
    """The table's kind and the reason, tested in this order: repeated sheet,
    continuation of the previous scheme table, scheme table by its header words, point
    matrix (levels × ranks), scheme table by its hierarchy or criteria columns or its
    points, target table, directory, other."""
    layout, table = region.layout, region.table
    signature = "\n".join("|".join(layout.text(r, c) for c in range(table.n_cols)) for r in layout.body)
    if layout.body and signature in seen:
        return "repeated", f"repeats table {seen[signature]} row for row"
    seen[signature] = table.prov.table
    previous = next((t for t in reversed(ex.tables) if t.kind in ("scheme", "continuation")), None)
    if previous is not None and continues(ex.doc, previous, region):
        region.continues = previous.continues or previous
        return "continuation", f"continues {region.continues.label} (same header, nothing between them)"
    region.columns_fit = columns_reader_fits(table, layout)
    if region.columns_fit:
        return "scheme", "one header row names its columns (序号/考核内容/分值 …)"
    region.matrix = point_matrix(layout, preceding_text(ex.doc, region.index))
    if region.matrix is not None:
        return "matrix", region.matrix.why
    scheme, why = is_scheme_table(layout)
    if scheme and ((layout.header_rows and not layout.header_by_shape) or layout.category_cols
                   or layout.criteria_col is not None):
        return "scheme", why
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
               if squash(b.text) and not PAGE_FURNITURE.fullmatch(b.text.strip())]
    if between:
        return False
    first = previous.continues.layout if previous.continues else previous.layout
    if not region.layout.header_rows:   # the header was not repeated on the new page: the columns must agree
        lay = region.layout
        return (lay.table.n_cols == first.table.n_cols and bool(first.header_rows) and lay.points_col is not None
                and (lay.points_col, lay.text_col) == (first.points_col, first.text_col))
    labels0 = [col.label for _, col in sorted(first.columns.items())]
    labels1 = [col.label for _, col in sorted(region.layout.columns.items())]
    return labels0 == labels1


def columns_reader_fits(table: Table, layout) -> bool:
    """The one-header-row reader (``tables.read_item_table``) applies when its header finder
    names the columns and the layout shows nothing it cannot read: a header band of
    several rows or below a title, section rows across the width, several hierarchy
    columns, rows heading other rows by numbering, or points found under another header."""
    legacy = find_columns(table)
    if legacy is None:
        return False
    if len(layout.header_rows) >= 2 or len(layout.category_cols) >= 2:
        return False
    if "section" in layout.row_kinds.values() or (layout.header_rows and layout.header_rows[0] > 0):
        return False
    if layout_reading_needed(layout):
        return False
    if legacy.col("points") != layout.points_col and layout.points_col is not None:
        return False   # the points are not where the header words put them (权重 beside 分值, numbers under 评分标准)
    if legacy.col("points") in {layout.weight_col, *layout.category_weights.values()} - {None}:
        return False   # 权重 read as points
    return True


def caption(doc: Document, index: int) -> str:
    """The heading or paragraph right above a table (a sheet name, a form title)."""
    before: list = []
    for block in reversed(doc.blocks[max(0, index - 3): index]):
        if isinstance(block, Table):
            break
        if squash(block.text) and not re.match(r"^\d+$", squash(block.text)):
            before.append(block)
    heading = next((b for b in before if isinstance(b, Heading)), None)
    chosen = heading or (before[0] if before else None)
    return chosen.text.strip() if chosen else ""


def preceding_text(doc: Document, index: int, count: int = 4) -> str:
    texts = [b.text for b in doc.blocks[max(0, index - count): index] if not isinstance(b, Table)]
    return squash("".join(texts))


def table_title(doc: Document, index: int) -> tuple[str, str | None]:
    """The caption above a table and a "单位：人次" unit line if present."""
    title, unit = "", None
    for block in reversed(doc.blocks[max(0, index - 4): index]):
        if isinstance(block, Table):
            break
        text = squash(block.text)
        m = UNIT_LINE.match(text)
        if m:
            unit = m.group(1)
            continue
        if text and not ATTACHMENT_LABEL.match(text) and not title:
            title = text
    return title, unit
