"""Read a .docx notice into the document model.

python-docx opens the package and resolves styles, but the body XML is walked
directly: python-docx exposes no vertical merges, skips content controls and
does not say which ``w:tc`` elements are real cells, all of which a scoring
table needs.

Indices used in provenance:

* ``paragraph`` counts the body-level ``w:p`` elements in document order
  (content controls included, paragraphs inside table cells not), empty ones
  included, so it stays stable whatever the reader skips.
* ``table``: top-level tables are 0, 1, ... in order (so ``doc.tables[i]``
  has ``prov.table == i``); nested tables get the indices after them.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun
from lxml import etree

from kaohe.i18n import N_, _

from .list_numbers import ListNumbering
from .budget import GridBudget, capped_span, check_part_entries
from .errors import UnsupportedFormat
from .limits import Limits
from .model import (
    Cell, Document, Heading, Paragraph, Provenance, ReaderNote, Source, Table, mark_cell_kinds, set_cell_spans,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag."""
    return f"{{{W_NS}}}{tag}"


W_P, W_R, W_T, W_TBL, W_TR, W_TC = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc")
W_ALT_CHUNK = w("altChunk")
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
W_VAL = w("val")
MC_FALLBACK = f"{{{MC_NS}}}Fallback"
W_TXBX = w("txbxContent")
#: Elements whose text content is visible text (Word runs and equation runs).
_TEXT_TAGS = {W_T, f"{{{MATH_NS}}}t"}

#: Wrappers whose children belong to the enclosing body, cell, table or row.
_TRANSPARENT = {w("sdt"), w("sdtContent"), w("customXml")}
#: Elements under a paragraph whose text is not the paragraph's visible text
#: (properties, deleted revisions, field codes, the duplicate VML fallback of a
#: drawing, phonetic guides over ruby text, and text boxes, which are read as
#: paragraphs of their own).
_SKIP_INLINE = {
    w("pPr"), w("rPr"), w("del"), w("delText"), w("moveFrom"), w("instrText"), w("fldData"),
    w("sdtPr"), w("sdtEndPr"), w("rt"), MC_FALLBACK, W_TXBX,
}
_INLINE_CHARS = {
    w("br"): "\n", w("cr"): "\n", w("tab"): "\t", w("ptab"): "\t", w("noBreakHyphen"): "-",
}
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^title$", re.IGNORECASE)
#: A bold centred first paragraph longer than this is a sentence, not a title.
TITLE_MAX_CHARS = 60


def read_docx(path: Path, data: bytes, source: Source, limits: Limits) -> Document:
    """Read headings, paragraphs and tables of the body in document order."""
    check_word_parts(str(path), data, limits)
    document = open_word(path, data)
    builder = _BodyBuilder(document, GridBudget(str(path), limits))
    for element in block_children(document.element.body):
        if element.tag == W_P:
            builder.add_paragraph(element)
        elif element.tag == W_TBL:
            builder.add_table(element)
        elif element.tag == W_ALT_CHUNK:
            builder.flag_alt_chunk(element)
    number_nested_tables(builder.tables, first=len(builder.tables))
    if not any(b.text.strip() for b in builder.blocks):
        builder.notes.append("the document body has no text (it may hold only images or text in headers)")
    return Document(source=source, blocks=builder.blocks, notes=builder.notes, flags=builder.flags)


#: Entries python-docx loads whole before the body is read, by part.
_WORD_PARTS = {
    "word/styles.xml": {w("style"): N_("styles")},
    "word/numbering.xml": {w("abstractNum"): N_("abstract numberings"), w("num"): N_("numbering instances")},
}


def check_word_parts(path: str, data: bytes, limits: Limits) -> None:
    """Refuse a package whose styles or numbering declare more entries than ``KAOHE_MAX_STYLES``."""
    for part, tags in _WORD_PARTS.items():
        check_part_entries(path, data, part, tags, limits.max_styles, "KAOHE_MAX_STYLES")


def open_word(path: Path, data: bytes) -> DocxDocument:
    """Open the package; a macro-enabled document or a template is refused by name."""
    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "is not a Word file" not in str(exc):
            raise
        content_type = str(exc).rpartition("content type is ")[2].strip("'")
        raise UnsupportedFormat(
            str(path), f"not a plain Word document (content type {content_type}); save it as .docx"
        ) from None


def block_children(parent: etree._Element) -> Iterator[etree._Element]:
    """Children of a body, cell, table or row, looking through content controls."""
    for child in parent:
        if child.tag in _TRANSPARENT:
            yield from block_children(child)
        else:
            yield child


# --------------------------------------------------------------------------- body


class _BodyBuilder:
    """Turns body elements into blocks; owns the running paragraph/table indices."""

    def __init__(self, document: DocxDocument, budget: GridBudget):
        self.document = document
        self.budget = budget
        self.blocks: list[Heading | Paragraph | Table] = []
        self.tables: list[Table] = []
        self.notes: list[str] = []
        self.flags: list[ReaderNote] = []
        self.paragraph_index = -1
        #: heading level per paragraph style id (None: the default style); python-docx looks a style up by
        #: scanning every style of the document, once per paragraph without this
        self.style_levels: dict[str | None, int] = {}
        self.numbering = ListNumbering(document)   # the labels Word draws (一、 1．), not in the text

    def add_paragraph(self, p: etree._Element) -> None:
        self.paragraph_index += 1
        label = self.numbering.label(p)
        text = paragraph_text(p)
        if label and text.strip():
            text = label + text.lstrip()
        if text.strip():
            level = self.heading_level(p, text)
            prov = Provenance(block=len(self.blocks), paragraph=self.paragraph_index, char_end=len(text))
            block = Heading(text=text, level=level, prov=prov) if level else Paragraph(text=text, prov=prov)
            self.blocks.append(block)
        for box_text in textbox_texts(p):
            prov = Provenance(block=len(self.blocks), paragraph=self.paragraph_index, char_end=len(box_text))
            self.blocks.append(Paragraph(text=box_text, prov=prov))

    def add_table(self, tbl: etree._Element) -> None:
        table = build_table(tbl, block=len(self.blocks), index=len(self.tables), budget=self.budget)
        self.tables.append(table)
        self.blocks.append(table)

    def flag_alt_chunk(self, element: etree._Element) -> None:
        """Content imported from another file (``w:altChunk``: pasted html, rtf, another docx) is not
        part of the body's XML, and Word merges it only when the document is saved again: flag it where
        it stands, so that a reviewer knows part of the notice is not in what was read."""
        rel = self.document.part.rels.get(element.get(R_ID, ""))
        what = "content from another file"
        if rel is not None and not rel.is_external:
            what = f"{rel.target_part.content_type} content ({len(rel.target_part.blob):,} bytes, {rel.target_ref})"
        self.flags.append(ReaderNote(kind="reader_note", block=len(self.blocks), message=(
            f"the document imports {what} at this point (w:altChunk), which was not read; open it in Word "
            "and save it again to merge it into the text")))

    def heading_level(self, p: etree._Element, text: str) -> int:
        """Level from a Title/Heading style, or 1 for a title-like first block; else 0."""
        para = DocxParagraph(p, self.document)
        style_id = p.style  # CT_P: the w:pStyle id
        if style_id not in self.style_levels:
            self.style_levels[style_id] = style_heading_level(para)
        level = self.style_levels[style_id]
        if level:
            return level
        if not self.blocks and is_title_like(para, text):
            return 1
        return 0


def style_heading_level(para: DocxParagraph) -> int:
    """Heading level of the paragraph's style or the nearest style it is based on."""
    style = para.style
    while style is not None:
        name = (style.name or "").strip()
        if _TITLE_STYLE.match(name):
            return 1
        match = _HEADING_STYLE.match(name)
        if match:
            return int(match.group(1))
        style = style.base_style
    return 0


def is_title_like(para: DocxParagraph, text: str) -> bool:
    """A short, centred paragraph whose visible runs are all bold: the notice's title."""
    return (
        len(text.strip()) <= TITLE_MAX_CHARS
        and "\n" not in text.strip()
        and paragraph_alignment(para) == WD_ALIGN_PARAGRAPH.CENTER
        and all_runs_bold(para)
    )


def paragraph_alignment(para: DocxParagraph):
    """Direct alignment, else the alignment inherited through the style chain."""
    if para.alignment is not None:
        return para.alignment
    style = para.style
    while style is not None:
        if style.paragraph_format.alignment is not None:
            return style.paragraph_format.alignment
        style = style.base_style
    return None


def all_runs_bold(para: DocxParagraph) -> bool:
    """True if every run carrying visible text is bold (directly or by style)."""
    style_bold = _style_chain_bold(para.style)
    runs = [DocxRun(r, para) for r in _visible_runs(para._p)]
    texts = [r for r in runs if "".join(t.text or "" for t in r._r.iter(W_T)).strip()]
    return bool(texts) and all(_run_bold(r, style_bold) for r in texts)


def _visible_runs(p: etree._Element) -> Iterator[etree._Element]:
    """Runs of the paragraph itself, not of deleted revisions or text boxes."""
    for r in p.iter(W_R):
        if not any(a.tag in _SKIP_INLINE for a in r.iterancestors() if a is not p):
            yield r


def _run_bold(run: DocxRun, style_bold: bool) -> bool:
    if run.bold is not None:
        return run.bold
    if run.style is not None and _style_chain_bold(run.style):
        return True
    return style_bold


def _style_chain_bold(style) -> bool:
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


# --------------------------------------------------------------------------- text


def paragraph_text(p: etree._Element) -> str:
    """Visible text of a paragraph: runs, hyperlinks, fields' results, inline controls.

    ``w:br``/``w:cr`` become ``\\n`` and ``w:tab`` a TAB; equation text is
    kept; deleted revisions, field instructions and text boxes are left out.
    """
    parts: list[str] = []
    _collect_inline(p, parts)
    return "".join(parts)


def _collect_inline(element: etree._Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_INLINE:
            continue
        if tag in _TEXT_TAGS:
            parts.append(child.text or "")
        elif tag in _INLINE_CHARS:
            parts.append(_INLINE_CHARS[tag])
        else:
            _collect_inline(child, parts)


def textbox_texts(p: etree._Element) -> list[str]:
    """Non-empty paragraphs of the text boxes anchored in a paragraph.

    Each box is read once: the VML fallback copy of a drawing is skipped, and
    a box nested in a box contributes only through its own iteration.
    """
    texts = []
    for box in p.iter(W_TXBX):
        if any(a.tag == MC_FALLBACK for a in box.iterancestors()):
            continue
        own = (bp for bp in box.iter(W_P) if _nearest_textbox(bp) is box)
        texts.extend(t for t in map(paragraph_text, own) if t.strip())
    return texts


def _nearest_textbox(element: etree._Element) -> etree._Element | None:
    return next(element.iterancestors(W_TXBX), None)


# --------------------------------------------------------------------------- tables


@dataclass
class _CellDraft:
    """A cell while its vertical merge may still grow."""

    row: int
    col: int
    col_span: int
    row_span: int = 1
    texts: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def to_cell(self) -> Cell:
        text = "\n".join(self.texts).rstrip("\n")
        return Cell(row=self.row, col=self.col, row_span=self.row_span, col_span=self.col_span,
                    text=text, prov=Provenance(block=0), tables=self.tables)


def build_table(tbl: etree._Element, *, block: int, index: int, budget: GridBudget) -> Table:
    """One Table from a ``w:tbl``: real ``w:tc`` cells, grid spans and vertical merges.

    Spans (``gridSpan``, ``gridBefore``, ``gridAfter``) are capped at MAX_SPAN and
    the table's declared width and area are charged to ``budget`` before the
    table, which is laid out rows × columns, is built.
    """
    drafts: list[_CellDraft] = []
    open_by_col: dict[int, _CellDraft] = {}
    n_rows = 0
    what = _("table {n}").format(n=index + 1) if index >= 0 else _("a nested table")
    width = grid_width(tbl)
    budget.columns(width, what)
    for r, tr in enumerate(table_rows(tbl)):
        n_rows = r + 1
        col = _span_prop(tr, "trPr", "gridBefore", 0)
        row_open: dict[int, _CellDraft] = {}
        for tc in row_cells(tr):
            span = _span_prop(tc, "tcPr", "gridSpan", 1)
            texts, tables = cell_content(tc, block, budget)
            draft = _continued(tc, open_by_col.get(col), r)
            if draft is None:
                draft = _CellDraft(row=r, col=col, col_span=span, texts=texts, tables=tables)
                drafts.append(draft)
            else:
                draft.row_span += 1
                _merge_into(draft, texts, tables)
            row_open[col] = draft
            col += span
        width = max(width, col + _span_prop(tr, "trPr", "gridAfter", 0))
        budget.check(n_rows, width, what, so_far=True)  # row by row: a hostile table stops early, not after 20,000 rows
        open_by_col = row_open
    budget.table(n_rows, width, what)
    cells = [d.to_cell() for d in drafts]
    table = Table(n_rows=n_rows, n_cols=width, cells=cells, prov=Provenance(block=block, table=index),
                  header_rows=repeat_header_rows(tbl, n_rows))
    mark_cell_kinds(table)
    set_cell_spans(table)
    return table


def repeat_header_rows(tbl: etree._Element, n_rows: int) -> int:
    """Leading rows flagged ``w:tblHeader`` (Word repeats them on every page): the header band.

    A table whose every row is flagged marks nothing.
    """
    count = 0
    for tr in table_rows(tbl):
        flag = tr.find(f"{w('trPr')}/{w('tblHeader')}")
        if flag is None or flag.get(W_VAL, "true").lower() in ("0", "false", "off"):
            break
        count += 1
    return count if count < n_rows else 0


def table_rows(tbl: etree._Element) -> list[etree._Element]:
    return [e for e in block_children(tbl) if e.tag == W_TR]


def row_cells(tr: etree._Element) -> list[etree._Element]:
    return [e for e in block_children(tr) if e.tag == W_TC]


def grid_width(tbl: etree._Element) -> int:
    grid = tbl.find(w("tblGrid"))
    return 0 if grid is None else len(grid.findall(w("gridCol")))


def _int_prop(element: etree._Element, props: str, name: str, default: int) -> int:
    prop = element.find(f"{w(props)}/{w(name)}")
    if prop is None:
        return default
    try:
        return int(prop.get(W_VAL, default))
    except ValueError:
        return default


def _span_prop(element: etree._Element, props: str, name: str, default: int) -> int:
    """A span property (positions on the grid), capped; 0 stays 0 (no cells before/after)."""
    value = _int_prop(element, props, name, default)
    return 0 if value <= 0 and default == 0 else capped_span(value)


def _continued(tc: etree._Element, above: _CellDraft | None, row: int) -> _CellDraft | None:
    """The merged cell this ``w:tc`` continues, if it is a vMerge continuation."""
    vmerge = tc.find(f"{w('tcPr')}/{w('vMerge')}")
    if vmerge is None or vmerge.get(W_VAL, "continue") != "continue":
        return None
    if above is None or above.row + above.row_span != row:
        return None  # a continuation with nothing above it starts a cell of its own
    return above


def cell_content(tc: etree._Element, block: int, budget: GridBudget) -> tuple[list[str], list[Table]]:
    """Paragraph texts (one per line, empty ones kept) and nested tables of a ``w:tc``."""
    texts: list[str] = []
    tables: list[Table] = []
    for element in block_children(tc):
        if element.tag == W_P:
            texts.append(paragraph_text(element))
            texts.extend(textbox_texts(element))
        elif element.tag == W_TBL:
            tables.append(build_table(element, block=block, index=-1, budget=budget))
    return texts, tables


def _merge_into(draft: _CellDraft, texts: list[str], tables: list[Table]) -> None:
    """Add a vMerge continuation to its merged cell.

    A continuation is normally empty; any text it does hold is appended so
    that no character is lost.
    """
    if "".join(texts).strip():
        draft.texts.extend(texts)
    draft.tables.extend(tables)




def number_nested_tables(tables: list[Table], first: int) -> int:
    """Give nested tables the indices after the top-level ones, depth first."""
    index = first
    for table in tables:
        for cell in table.cells:
            for nested in cell.tables:
                _renumber(nested, index)
                index = number_nested_tables([nested], index + 1)
    return index


def _renumber(table: Table, index: int) -> None:
    table.prov = table.prov.model_copy(update={"table": index})
    for cell in table.cells:
        cell.prov = cell.prov.model_copy(update={"table": index})
