"""Text with provenance: every string the extractor handles knows where it came from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from extractors.model import Cell, Document, Heading, Paragraph, Table
from schemes.model import SourceRef


@dataclass(frozen=True)
class Span:
    """A piece of the document's text and the SourceRef that locates it."""

    text: str
    ref: SourceRef

    def sub(self, start: int, end: int) -> "Span":
        start, end = max(0, start), min(len(self.text), end)
        return Span(self.text[start:end], self.ref.model_copy(update={
            "start": self.ref.start + start, "end": self.ref.start + end, "quote": self.text[start:end],
        }))

    def strip(self, chars: str | None = None) -> "Span":
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        return self.sub(left, max(left, right))

    def find(self, needle: str) -> "Span | None":
        at = self.text.find(needle)
        return None if at < 0 or not needle else self.sub(at, at + len(needle))

    def lines(self) -> list["Span"]:
        out, pos = [], 0
        for line in self.text.split("\n"):
            if line.strip():
                out.append(self.sub(pos, pos + len(line)))
            pos += len(line) + 1
        return out

    def match_span(self, match: re.Match, group: int | str = 0) -> "Span":
        return self.sub(match.start(group), match.end(group))


def open_bracket(text: str) -> bool:
    """The text leaves a bracket open: it was wrapped and continues on the next line or block."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def join_wrapped(first: Span, second: Span) -> Span:
    """Two pieces of one wrapped sentence (a PDF line break, a paragraph break inside a bracket)
    read as one: the joined text keeps the first piece's reference, whose quote holds the joined
    text (offsets past the first piece's end are approximate)."""
    if second.ref.block == first.ref.block and second.ref.row == first.ref.row and second.ref.start >= first.ref.end:
        return Span(first.text + "\n" + second.text, first.ref.model_copy(update={
            "end": second.ref.end, "quote": first.text + "\n" + second.text}))
    joined = first.text.rstrip() + second.text.lstrip()
    return Span(joined, first.ref.model_copy(update={"end": first.ref.start + len(joined), "quote": joined}))


def block_span(doc: Document, index: int, block: Heading | Paragraph) -> Span:
    ref = SourceRef(
        file=doc.source.name, block=index, page=block.prov.page, paragraph=block.prov.paragraph,
        start=0, end=len(block.text), quote=block.text, bbox=block.prov.bbox,
    )
    return Span(block.text, ref)


def cell_span(doc: Document, index: int, table: Table, cell: Cell) -> Span:
    start = getattr(cell, "offset", 0)   # a cell of a table whose stacked rows were split (layout.LineCell)
    ref = SourceRef(
        file=doc.source.name, block=index, page=cell.prov.page or table.prov.page,
        table=table.prov.table, row=getattr(cell, "source_row", cell.row),
        col=c if (c := getattr(cell, "source_col", None)) is not None else cell.col, start=start,
        end=start + len(cell.text), quote=cell.text, bbox=cell.prov.bbox,
    )
    return Span(cell.text, ref)


def text_blocks(doc: Document) -> Iterator[tuple[int, Span]]:
    """(block index, span) for every heading and paragraph, in document order.  A table of one
    column is text typed line by line into cells (a sheet used as a page): its cells are lines."""
    for index, block in enumerate(doc.blocks):
        if isinstance(block, (Heading, Paragraph)):
            yield index, block_span(doc, index, block)
        elif isinstance(block, Table) and block.n_cols == 1:
            for cell in sorted(block.cells, key=lambda c: c.row):
                if cell.text.strip():
                    yield index, cell_span(doc, index, block, cell)


def squash(text: str) -> str:
    """Text without any whitespace: how headers and names are compared."""
    return re.sub(r"\s+", "", text)


def unwrap(text: str) -> str:
    """Join lines a layout wrapped: Chinese needs no space where a line broke."""
    return re.sub(r"\s*\n\s*", "", text).strip()


def place(span: Span) -> tuple[int, int | None, int | None]:
    """Where a span stands: its block, and its cell where the block is a table."""
    return span.ref.block, span.ref.row, span.ref.col


#: an English translation printed after a label, before any closing note (基本要求 Basic（60分）)
_TRANSLATION_BEFORE_NOTE = re.compile(r"(?<=[\u4e00-\u9fff）)])\s+(?=[A-Za-z0-9 &'’/,.\-]*[a-z])[A-Za-z][A-Za-z0-9 &'’/,."
                                      r"\-]*?(?=\s*(?:[（(][^（()）]*[)）])?\s*$)")


def drop_translation(label: str) -> str:
    """A bilingual label without its English (基本要求 Basic（60分） → 基本要求（60分）); an acronym
    inside the name (GUI 设计) stays: the English must hold a lower-case word and close the label."""
    return _TRANSLATION_BEFORE_NOTE.sub("", label)
