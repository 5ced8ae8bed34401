"""Page content to document blocks: what the PDF reader and the OCR reader share.

A page, read from its text layer (``pdf_reader``) or by OCR (``ocr.reader``), becomes a
:class:`PageContent` of lines and table fragments; :func:`build_blocks` turns pages into
headings, paragraphs and tables in reading order with provenance.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from .model import Heading, Paragraph, Provenance
from .pdf_tables import Fragment, Line, to_model

RUNNING_BAND = 0.1  # top/bottom share of a page where running headers and footers sit
RUNNING_MAX_CHARS = 20  # longer lines in that band are body text, not page furniture
EDGE_MIN_LINES = 3  # a margin seen on this many lines is the text edge
HEADING_RATIO = 1.15  # a line this much larger than the body text is a heading
HEADING_MAX_CHARS = 80
BOLD_HEADING_MAX_CHARS = 30


@dataclass
class PageContent:
    """What one page contributed: its text lines and its table fragments."""

    number: int
    width: float
    height: float
    lines: list[Line]
    fragments: list[Fragment]
    has_text: bool
    has_graphics: bool
    unmapped: int
    folded: int = 0  # glyphs whose duplicated radical/compatibility code points were folded
    gutter: float | None = None  # x of the gutter of a page set in two columns (lines are in reading order)


def is_running(line: Line, page_height: float) -> bool:
    """A short line in the top or bottom band: a running header, footer or page number."""
    in_band = line.bottom < RUNNING_BAND * page_height or line.top > (1 - RUNNING_BAND) * page_height
    return in_band and len(line.text) <= RUNNING_MAX_CHARS


def mark_page_ends(fragments: list[Fragment], lines: list[Line], page_height: float) -> None:
    """Flag the fragment that opens and the one that closes the page's body."""
    if not fragments:
        return
    body = [line for line in lines if not is_running(line, page_height)]
    first, last = fragments[0], fragments[-1]
    first.first_on_page = not any(line.bottom <= first.bbox[1] + 1 for line in body)
    last.last_on_page = not any(line.top >= last.bbox[3] - 1 for line in body)


# --------------------------------------------------------------------------- blocks


@dataclass
class _Layout:
    """Document-wide measures used to tell headings and paragraph breaks."""

    body_size: float
    heading_sizes: list[float]
    edges: dict[int, tuple[float, float]]  # page width -> (left, right) text edge

    def kind(self, line: Line) -> int:
        """0 for body text, otherwise the heading level."""
        size = round(line.size, 1)
        if size in self.heading_sizes and len(line.text) <= HEADING_MAX_CHARS:
            return 1 + self.heading_sizes.index(size)
        if line.bold and len(line.text) <= BOLD_HEADING_MAX_CHARS and line.size >= self.body_size * 0.95:
            return 1 + len(self.heading_sizes)
        return 0

    def full(self, line: Line, width: float) -> bool:
        """The line runs to the right text edge, so its paragraph may go on."""
        return line.x1 >= self.edges[round(width)][1] - 2 * line.size

    def indented(self, line: Line, width: float) -> bool:
        return line.x0 > self.edges[round(width)][0] + 0.5 * line.size


def _layout(pages: list[PageContent]) -> _Layout:
    weights: Counter[float] = Counter()
    by_width: dict[int, list[Line]] = {}
    for page in pages:
        by_width.setdefault(round(page.width), []).extend(page.lines)
        for line in page.lines:
            weights[round(line.size, 1)] += len(line.text)
    body = weights.most_common(1)[0][0] if weights else 0.0
    larger = sorted((s for s in weights if s >= body * HEADING_RATIO), reverse=True)
    edges = {width: _text_edges(lines) for width, lines in by_width.items() if lines}
    return _Layout(body_size=body, heading_sizes=larger, edges=edges)


def _text_edges(lines: list[Line]) -> tuple[float, float]:
    """Left and right margin of the body text.

    The most common line start and end when they recur (justified text lines
    all end at the same x), so a stray line sticking out does not move them;
    otherwise the extremes.
    """
    starts = Counter(round(line.x0) for line in lines).most_common(1)[0]
    ends = Counter(round(line.x1) for line in lines).most_common(1)[0]
    left = starts[0] if starts[1] >= EDGE_MIN_LINES else min(line.x0 for line in lines)
    right = ends[0] if ends[1] >= EDGE_MIN_LINES else max(line.x1 for line in lines)
    return left, right


def _reading_order(pages: list[PageContent], absorbed: set[int]) -> Iterator[tuple[PageContent, Line | Fragment]]:
    """Lines and tables of each page top to bottom (a page in two columns: the lines in their
    column order, each table before the first line below it); continuation fragments are skipped."""
    for page in pages:
        if page.gutter is not None:
            items: list[tuple[float, int, Line | Fragment]] = [(i, 0, line) for i, line in enumerate(page.lines)]
            items += [(next((i for i, line in enumerate(page.lines) if line.top > f.bbox[1]), len(page.lines)) - 0.5,
                       1, f) for f in page.fragments if id(f) not in absorbed]
            items.sort(key=lambda item: (item[0], item[1]))
            for _, _, obj in items:
                yield page, obj
            continue
        items = [(line.top, 0, line) for line in page.lines]
        items += [(f.bbox[1], 1, f) for f in page.fragments if id(f) not in absorbed]
        items.sort(key=lambda item: (item[0], item[1]))
        for _, _, obj in items:
            yield page, obj


def _continues_line(layout: _Layout, prev: tuple[PageContent, Line], cur: tuple[PageContent, Line]) -> bool:
    """Does ``cur`` carry on the paragraph that ``prev`` ends?"""
    (ppage, pline), (cpage, cline) = prev, cur
    if layout.kind(pline) != layout.kind(cline) or abs(pline.size - cline.size) > 0.5:
        return False
    if not layout.full(pline, ppage.width):
        return False
    if layout.kind(cline) == 0 and layout.indented(cline, cpage.width):
        return False
    if ppage.number == cpage.number:
        return -0.5 * cline.size <= cline.top - pline.bottom <= cline.size
    return cpage.number == ppage.number + 1


def _join_text(left: str, right: str) -> str:
    """Join wrapped lines: no space in CJK text, one space between Latin words."""
    a, b = left[-1:], right[:1]
    latin_break = (a.isascii() and a.isalpha() or a in ",;:!?)") and b.isascii() and b.isalnum()
    latin_break = latin_break or (a.isascii() and a.isdigit() and b.isascii() and b.isalpha())
    return left + (" " if latin_break else "") + right


def _text_block(layout: _Layout, run: list[tuple[PageContent, Line]], index: int) -> Heading | Paragraph:
    text = run[0][1].text
    for _, line in run[1:]:
        text = _join_text(text, line.text)
    first_page = run[0][1].page
    on_first = [line for _, line in run if line.page == first_page]
    bbox = (
        round(min(l.x0 for l in on_first), 2), round(min(l.top for l in on_first), 2),
        round(max(l.x1 for l in on_first), 2), round(max(l.bottom for l in on_first), 2),
    )
    prov = Provenance(block=index, page=first_page, char_start=0, char_end=len(text), bbox=bbox)
    level = layout.kind(run[0][1])
    if level:
        return Heading(text=text, level=level, prov=prov)
    return Paragraph(text=text, prov=prov)


def build_blocks(pages: list[PageContent], absorbed: set[int]) -> list:
    """Paragraphs, headings and tables in reading order, with provenance."""
    layout = _layout(pages)
    blocks: list = []
    run: list[tuple[PageContent, Line]] = []
    n_tables = 0

    def flush() -> None:
        if run:
            blocks.append(_text_block(layout, run, len(blocks)))
            run.clear()

    for page, obj in _reading_order(pages, absorbed):
        if isinstance(obj, Line):
            if run and not _continues_line(layout, run[-1], (page, obj)):
                flush()
            run.append((page, obj))
            continue
        flush()
        blocks.append(to_model(obj, len(blocks), n_tables))
        n_tables += 1
    flush()
    return blocks
