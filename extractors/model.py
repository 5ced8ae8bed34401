"""One document model for every input format.

Every extractor returns a :class:`Document`: the source file's identity and an
ordered list of blocks (headings, paragraphs, tables).  Each block and each
table cell carries a :class:`Provenance` so that anything extracted later can
point back to the exact page, paragraph, table cell and character span it was
read from.

Character spans are offsets into the text of the block itself.  For a table
the block text is its flattened form (cells joined by TAB, rows by newline,
each merged cell written once at its top-left position), so a cell's span
locates it inside that flattened text.
"""

from __future__ import annotations

from typing import Annotated, Iterator, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

Format = Literal["docx", "pdf", "html", "txt", "xlsx", "image"]  # image: a scan read by OCR
#: Formats read by converting them first (LibreOffice) and reading the result.
OriginalFormat = Literal["doc", "dot", "wps", "xls", "et", "rtf", "odt", "ods"]
#: What a cell is in its table.  ``column_header``: in a header row the format marks
#: (``Table.header_rows``); ``row_header``: a ``<th>`` in a body row; ``section``: a
#: body cell spanning the whole table width (a section title row).
CellKind = Literal["body", "column_header", "row_header", "section"]


class Provenance(BaseModel):
    """Where a piece of text was read from."""

    model_config = ConfigDict(frozen=True)

    block: int = Field(description="index of the block in Document.blocks")
    page: int | None = Field(default=None, description="1-based page (pdf: first page of the block)")
    paragraph: int | None = Field(
        default=None, description="source paragraph index (docx paragraph, html element, txt line)"
    )
    table: int | None = Field(default=None, description="0-based table index in the document")
    row: int | None = Field(default=None, description="0-based table row of a cell")
    col: int | None = Field(default=None, description="0-based table column of a cell")
    char_start: int = 0
    char_end: int = 0
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="pdf only: x0, top, x1, bottom in PDF points on `page`"
    )
    confidence: float | None = Field(
        default=None, description="OCR only: mean recognition confidence (0..1) of the text read here"
    )


class Cell(BaseModel):
    """One table cell; a merged cell appears once, at its top-left position."""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    text: str = Field(description="cell text; line breaks inside the cell are kept as \\n")
    prov: Provenance
    tables: list["Table"] = Field(default_factory=list, description="tables nested in this cell")
    pages: list[int] = Field(default_factory=list, description="pdf: every page the cell spans")
    kind: CellKind = Field(default="body", description="header, row header or section cell, as the format marks it")


class Heading(BaseModel):
    kind: Literal["heading"] = "heading"
    text: str
    level: int = 1
    prov: Provenance


class Paragraph(BaseModel):
    kind: Literal["paragraph"] = "paragraph"
    text: str
    prov: Provenance


class Table(BaseModel):
    kind: Literal["table"] = "table"
    n_rows: int
    n_cols: int
    cells: list[Cell]
    prov: Provenance
    pages: list[int] = Field(default_factory=list, description="pdf: pages the table spans")
    header_rows: int = Field(
        default=0,
        description="leading rows the format itself marks as header (html <thead>/<th> rows, Word "
        "repeat-header rows, xlsx frozen or styled rows above the data); 0 when it marks none",
    )

    @property
    def text(self) -> str:
        return flatten_table(self)

    def grid(self) -> list[list[Cell | None]]:
        """Row-major grid in which a merged cell fills every position it covers.

        This is how a vertically merged category is "available on every row it
        covers": ``grid()[r][c]`` is the same Cell object for each covered r.
        """
        grid: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                    grid[r][c] = cell
        return grid

    def rows(self) -> list[list[str]]:
        """Text grid; merged cells repeat their text on every covered position."""
        return [[c.text if c else "" for c in row] for row in self.grid()]

    def cell_at(self, row: int, col: int) -> Cell | None:
        return self.grid()[row][col]


Block = Annotated[Union[Heading, Paragraph, Table], Field(discriminator="kind")]


class Source(BaseModel):
    path: str
    name: str
    sha256: str
    format: Format
    encoding: str | None = None
    size: int
    pages: int | None = None
    original_format: OriginalFormat | None = Field(
        default=None,
        description="set when the file was converted before reading: its own format "
        "(path, name, sha256 and size still describe the original file; `format` is what it was read as)",
    )


#: Kinds of structured reader notes; the extraction side turns each into a scheme flag.
ReaderNoteKind = Literal[
    "template_placeholders",  # server-template markup (JSP/ASPX/JSTL, ${...}) stripped before parsing
    "field_truncated",  # a title, paragraph or cell longer than the limit was cut
    "converted",  # the file was converted (LibreOffice) before reading
    "running_text_removed",  # pdf running headers/footers/page numbers left out
    "characters_normalised",  # duplicated radicals / compatibility ideographs folded
    "reader_note",  # anything else worth a reviewer's look
    "ocr_low_confidence",  # OCR text read with low confidence, or digits that may be lookalike letters
]


class ReaderNote(BaseModel):
    """A structured note: what the reader changed or doubted, and where."""

    model_config = ConfigDict(frozen=True)

    kind: ReaderNoteKind
    message: str
    page: int | None = None
    row: int | None = None
    block: int | None = None


class Document(BaseModel):
    source: Source
    blocks: list[Block]
    notes: list[str] = Field(
        default_factory=list, description="what the reader noticed but did not treat as an error"
    )
    flags: list[ReaderNote] = Field(
        default_factory=list,
        description="structured notes with a kind (template placeholders, truncated fields, ...); "
        "not repeated in `notes`",
    )

    def iter_tables(self) -> Iterator[Table]:
        return (b for b in self.blocks if isinstance(b, Table))

    @property
    def tables(self) -> list[Table]:
        return list(self.iter_tables())

    @property
    def text(self) -> str:
        """Whole-document text, blocks separated by newlines (tables flattened)."""
        return "\n".join(block_text(b) for b in self.blocks)


def block_text(block: Heading | Paragraph | Table) -> str:
    return block.text


def flatten_table(table: Table) -> str:
    """Rows joined by newline, cells by TAB; each merged cell written once."""
    by_pos = {(c.row, c.col): c for c in table.cells}
    lines = []
    for r in range(table.n_rows):
        parts = [by_pos[(r, c)].text for c in range(table.n_cols) if (r, c) in by_pos]
        lines.append("\t".join(parts))
    return "\n".join(lines)


def cell_spans(table: Table) -> dict[tuple[int, int], tuple[int, int]]:
    """Character span of each cell's text inside ``flatten_table(table)``."""
    by_pos = {(c.row, c.col): c for c in table.cells}
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    offset = 0
    for r in range(table.n_rows):
        first = True
        for c in range(table.n_cols):
            cell = by_pos.get((r, c))
            if cell is None:
                continue
            if not first:
                offset += 1  # the TAB
            spans[(r, c)] = (offset, offset + len(cell.text))
            offset += len(cell.text)
            first = False
        offset += 1  # the newline
    return spans


def mark_cell_kinds(table: Table) -> Table:
    """Cells of the header rows become column headers; a body cell spanning the full width a section.

    Readers set ``header_rows`` (and any ``row_header`` cells) first; this fills in the rest.
    """
    for cell in table.cells:
        if cell.row < table.header_rows:
            cell.kind = "column_header"
        elif cell.kind == "body" and table.n_cols > 1 and cell.col == 0 and cell.col_span >= table.n_cols:
            cell.kind = "section"
    return table


def set_cell_spans(table: Table) -> Table:
    """Point every cell at its table, grid position and span in the flattened text.

    Readers build cells first and call this once the table is final, because a
    cell's span depends on every cell before it.
    """
    spans = cell_spans(table)
    for cell in table.cells:
        start, end = spans[(cell.row, cell.col)]
        cell.prov = cell.prov.model_copy(update={
            "block": table.prov.block, "table": table.prov.table, "row": cell.row, "col": cell.col,
            "char_start": start, "char_end": end,
        })
    table.prov = table.prov.model_copy(update={"char_start": 0, "char_end": len(table.text)})
    return table


Cell.model_rebuild()
