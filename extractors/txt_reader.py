"""Read plain-text notices, recognising Word tables flattened to text and typed tables.

Typed tables (tab-separated rows, pipe tables, fixed-width columns) are found by
:mod:`extractors.text_tables`; the rest of this module reads Word's flattening:

Copying a Word table as text gives one line per cell start: a TAB starts a
cell, lines without a leading TAB continue that cell (keeping its line
breaks, even single blank lines), a blank line before the next TAB ends the
row, and two blank lines end the table.  Everything else is prose: one
Paragraph per non-empty line, never merged, so ``Provenance.paragraph`` is
the 0-based line number.  Vertical merges are invisible in this form (the
covered cells are simply empty); later stages fill categories down.

Notices copied out of a markdown editor or a chat keep its marks: a line ``## 评审项目`` is a
heading of level 2, and ``**创新性**`` strong emphasis is the words it marks (CommonMark's ATX
headings and ``**``/``__`` emphasis; a single ``*`` is left alone, as it also starts a bullet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from kaohe.i18n import _

from .budget import GridBudget
from .encoding import decode_text
from .limits import Limits
from .model import (
    Block, Cell, Document, Heading, Paragraph, Provenance, Source, Table, mark_cell_kinds, set_cell_spans,
)
from .text_tables import TextTable, declared_fields, table_at

TAB = "\t"
# A cell rarely holds more than a dozen blank-separated paragraphs; looking
# further ahead for the table to resume would swallow the prose after it.
MAX_CELL_GAPS = 12
MIN_TABLE_ROWS = 2
MIN_TABLE_COLS = 2


@dataclass
class RawCell:
    """A cell as read: the line it starts on and its text lines."""

    line: int
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


@dataclass
class RawTable:
    """A run of tab-convention lines: ``lines[start:end]`` split into rows of cells."""

    start: int
    end: int
    rows: list[list[RawCell]]

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def read_txt(path: Path, data: bytes, source: Source, limits: Limits) -> Document:
    """Decode ``data`` and split it into paragraphs and flattened tables."""
    text, encoding = decode_text(data, path=str(path))
    source = source.model_copy(update={"encoding": encoding})
    lines = text.split("\n")
    budget = GridBudget(str(path), limits)
    check_declared_fields(lines, budget)
    blocks: list[Block] = []
    notes: list[str] = []
    for segment in segments(lines):
        if isinstance(segment, RawTable):
            table_index = sum(isinstance(b, Table) for b in blocks)
            budget.table(len(segment.rows), segment.n_cols, _("the table at line {n}").format(n=segment.start + 1))
            blocks.append(build_table(segment, len(blocks), table_index))
            notes.append(f"table {table_index}: lines {segment.start + 1}-{segment.end} read as a "
                         f"{len(segment.rows)}x{segment.n_cols} tab-separated table")
        elif isinstance(segment, TextTable):
            table_index = sum(isinstance(b, Table) for b in blocks)
            budget.table(len(segment.rows), segment.n_cols, _("the table at line {n}").format(n=segment.start + 1))
            blocks.append(build_text_table(segment, len(blocks), table_index))
            notes.append(f"table {table_index}: lines {segment.start + 1}-{segment.end} read as a "
                         f"{len(segment.rows)}x{segment.n_cols} {segment.kind} table")
        else:
            line_no, line_text = segment
            blocks.append(make_paragraph(line_text, line_no, len(blocks)))
    if not blocks:
        notes.append("the file has no text")
    return Document(source=source, blocks=blocks, notes=notes)


def check_declared_fields(lines: list[str], budget: GridBudget) -> None:
    """Refuse a text whose separators (TABs, pipes, wide gaps) declare more cells than the budget,
    before any line is split: one line of a million TABs is a million cells."""
    total = 0
    for number, line in enumerate(lines, 1):
        fields = declared_fields(line)
        if fields > 1:
            budget.columns(fields, _("line {n}").format(n=number))
            total += fields
    budget.cells(total, _("the separated lines"))


def segments(lines: list[str]) -> Iterator[RawTable | TextTable | tuple[int, str]]:
    """Yield tables and ``(line number, text)`` prose lines in file order."""
    i = 0
    while i < len(lines):
        if lines[i].startswith(TAB):
            raw = scan_table(lines, i)
            if is_table(raw):
                yield raw
            else:
                yield from prose_lines(lines, raw.start, raw.end)
            i = raw.end
        elif lines[i].strip() and (typed := table_at(lines, i)) is not None:
            yield typed
            i = typed.end
        else:
            yield from prose_lines(lines, i, i + 1)
            i += 1


def prose_lines(lines: list[str], start: int, end: int) -> Iterator[tuple[int, str]]:
    for line_no in range(start, end):
        text = lines[line_no].strip()
        if text:
            yield line_no, text


def is_blank(line: str) -> bool:
    """Blank means no text and no TAB (a lone TAB is an empty cell)."""
    return not line.strip() and TAB not in line


def blank_run(lines: list[str], start: int) -> int:
    """Number of consecutive blank lines from ``start``."""
    end = start
    while end < len(lines) and is_blank(lines[end]):
        end += 1
    return end - start


def scan_table(lines: list[str], start: int) -> RawTable:
    """Read the table starting at the TAB line ``lines[start]`` as far as it goes."""
    rows: list[list[RawCell]] = [[]]
    j = start
    while j < len(lines):
        line = lines[j]
        if not is_blank(line):
            feed_line(rows[-1], line, j)
            j += 1
            continue
        gap = blank_run(lines, j)
        nxt = j + gap
        if gap >= 2 or nxt >= len(lines):
            break
        if lines[nxt].startswith(TAB):
            rows.append([])  # a single blank before a TAB line ends the row
        elif continues_cell(lines, nxt):
            rows[-1][-1].lines.append("")  # a blank line inside the cell
        else:
            break
        j = nxt
    return RawTable(start=start, end=j, rows=[r for r in rows if r])


def feed_line(row: list[RawCell], line: str, line_no: int) -> None:
    """Every TAB starts a new cell; text before the first TAB continues the current one."""
    first, *starts = line.split(TAB)
    if not line.startswith(TAB):
        row[-1].lines.append(first)
    for part in starts:
        row.append(RawCell(line=line_no, lines=[part]))


def continues_cell(lines: list[str], start: int) -> bool:
    """After a single blank line, does the non-TAB text at ``start`` still belong to the table?

    Only if the table resumes (a TAB appears) before it would end anyway
    (two blank lines or the end of the file); otherwise the text is prose
    that follows the table.
    """
    gaps = 0
    i = start
    while i < len(lines):
        if TAB in lines[i]:
            return True
        if is_blank(lines[i]):
            gap = blank_run(lines, i)
            gaps += 1
            if gap >= 2 or i + gap >= len(lines) or gaps > MAX_CELL_GAPS:
                return False
            i += gap
        else:
            i += 1
    return False


def is_table(raw: RawTable) -> bool:
    """A single indented line or a column of indented paragraphs is not a table."""
    return len(raw.rows) >= MIN_TABLE_ROWS and raw.n_cols >= MIN_TABLE_COLS


def build_table(raw: RawTable, block_index: int, table_index: int) -> Table:
    """Rows keep their cells left-aligned; short rows are padded with empty cells."""
    n_cols = raw.n_cols
    cells = [
        Cell(row=r, col=c, text=raw_cell.text if raw_cell else "",
             prov=Provenance(block=block_index, table=table_index, row=r, col=c,
                             paragraph=raw_cell.line if raw_cell else None))
        for r, row in enumerate(raw.rows)
        for c, raw_cell in enumerate(row + [None] * (n_cols - len(row)))
    ]
    table = Table(n_rows=len(raw.rows), n_cols=n_cols, cells=cells,
                  prov=Provenance(block=block_index, table=table_index, paragraph=raw.start))
    return set_cell_spans(table)




def build_text_table(raw: TextTable, block_index: int, table_index: int) -> Table:
    """A tab-separated, pipe or fixed-width table; short rows padded with empty cells."""
    n_cols = raw.n_cols
    cells = [
        Cell(row=r, col=c, text=text,
             prov=Provenance(block=block_index, table=table_index, row=r, col=c, paragraph=raw.line_of[r]))
        for r, row in enumerate(raw.rows)
        for c, text in enumerate(row + [""] * (n_cols - len(row)))
    ]
    table = Table(n_rows=len(raw.rows), n_cols=n_cols, cells=cells, header_rows=raw.header_rows,
                  prov=Provenance(block=block_index, table=table_index, paragraph=raw.start))
    mark_cell_kinds(table)
    return set_cell_spans(table)


#: a markdown ATX heading: 1–6 #, a space, the text, optional closing #s
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
#: markdown strong emphasis: **words** or __words__ around a phrase (up to 24 characters, no clause
#: punctuation) — not stars standing for redacted words (区**下达的…执**况, 以***理论) nor a blank to fill
#: in (7月____日)
MARKDOWN_STRONG = re.compile(r"(?<!\*)\*\*(?=[^\s*])([^*\n，,。；;、]{1,24}?)(?<=[^\s*])\*\*(?!\*)"
                             r"|(?<!_)__(?=[^\s_])([^_\n，,。；;、]{1,24}?)(?<=[^\s_])__(?!_)")


def make_paragraph(text: str, line_no: int, block_index: int) -> Paragraph | Heading:
    """A prose line as a paragraph, or a heading where it is a markdown heading; markdown's
    strong-emphasis marks dropped."""
    text = MARKDOWN_STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    heading = MARKDOWN_HEADING.match(text)
    if heading and heading.group(2):
        words = heading.group(2)
        return Heading(text=words, level=len(heading.group(1)),
                       prov=Provenance(block=block_index, paragraph=line_no, char_end=len(words)))
    return Paragraph(text=text, prov=Provenance(block=block_index, paragraph=line_no, char_end=len(text)))
