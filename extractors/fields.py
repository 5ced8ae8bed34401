"""Cut over-long fields: one 50 MB line must not become a 20-million-character title.

Every heading, paragraph and table cell (nested tables included) longer than
``Limits.max_field_chars`` is cut to that length and reported as a
``field_truncated`` reader flag naming the block (and row/column for a cell), so
nothing is lost silently and later stages, stores and terminals stay bounded.
"""

from __future__ import annotations

from .model import Document, Heading, Paragraph, ReaderNote, Table, set_cell_spans

ELLIPSIS = "…"


def bound_fields(document: Document, max_chars: int) -> Document:
    """Cut every field of ``document`` longer than ``max_chars`` (in place) and flag each cut."""
    for index, block in enumerate(document.blocks):
        if isinstance(block, (Heading, Paragraph)):
            if len(block.text) > max_chars:
                original = len(block.text)
                block.text = _cut(block.text, max_chars)
                block.prov = block.prov.model_copy(update={"char_end": len(block.text)})
                document.flags.append(_note(f"{block.kind} {index}", original, max_chars, block.prov.page, None, index))
        elif isinstance(block, Table):
            _bound_table(document, block, index, max_chars)
    return document


def _bound_table(document: Document, table: Table, index: int, max_chars: int) -> None:
    changed = False
    for cell in table.cells:
        for nested in cell.tables:
            _bound_table(document, nested, index, max_chars)
        if len(cell.text) > max_chars:
            original = len(cell.text)
            cell.text = _cut(cell.text, max_chars)
            where = f"table {table.prov.table} cell (row {cell.row}, column {cell.col})"
            document.flags.append(_note(where, original, max_chars, cell.prov.page, cell.row, index))
            changed = True
    if changed:
        set_cell_spans(table)


def _cut(text: str, max_chars: int) -> str:
    return text[: max_chars - 1] + ELLIPSIS


def _note(where: str, original: int, max_chars: int, page: int | None, row: int | None, block: int) -> ReaderNote:
    return ReaderNote(kind="field_truncated", page=page, row=row, block=block,
                      message=f"{where} holds {original:,} characters; cut to {max_chars:,}")


__all__ = ["bound_fields"]
