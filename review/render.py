"""The source side of the review page: the stored notice, and where each value was read.

PDFs are shown as page images (pypdfium2, cached as PNG in the workspace),
rendered at 1.5 × 72 dpi but never more than :data:`MAX_SIDE` pixels on the
longest side, whatever size the page claims (a 14400 pt page would otherwise
be a 3 GB bitmap); every other format as its document model (blocks, tables
as HTML tables), taken from the JSON the store kept at ingestion when there
is one, so the page shows what extraction saw, not what today's reader makes
of the file.
:meth:`Sources.locate` turns a :class:`SourceRef` into what the browser
highlights: an element id and a UTF-16 span of its text, or boxes on a page
image in percent of the page, refined from the cell's box to the quoted
characters when they can be found.  Files are reached only through the
store's record of a document, never through anything in a request.
"""

from __future__ import annotations

import math
import os
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

from extractors.model import Document, Table, cell_spans
from schemes.model import SourceRef
from schemes.store import DocumentInfo

SCALE = 1.5  # page images: 1.5 × 72 dpi …
MAX_SIDE = 2000  # … but at most this many pixels on the longest side
MAX_PAGES = 2000
_PDFIUM = threading.Lock()  # pdfium is not thread-safe
V = TypeVar("V")


class SourceUnavailable(Exception):
    """The stored file is missing or no longer readable."""


@dataclass(frozen=True)
class Page:
    number: int
    width: float  # PDF points
    height: float
    px_width: int
    px_height: int

    @property
    def scale(self) -> float:
        """Pixels per PDF point of the page image."""
        return render_scale(self.width, self.height)


def render_scale(width: float, height: float) -> float:
    """:data:`SCALE`, reduced so that the longest side stays within :data:`MAX_SIDE` pixels."""
    longest = max(width, height, 1.0)
    return min(SCALE, math.floor(MAX_SIDE / longest * 1e6) / 1e6)  # rounded down: pdfium rounds pixels up


def _page(number: int, width: float, height: float) -> Page:
    """A page's size in points and in pixels as pdfium renders it (each side rounded up)."""
    width, height = max(float(width), 1.0), max(float(height), 1.0)
    scale = render_scale(width, height)
    return Page(number, width, height, max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)))


class _Cache(OrderedDict):
    """A small thread-safe LRU: documents and page text are costly to re-read."""

    def __init__(self, size: int):
        super().__init__()
        self.size, self.lock = size, threading.Lock()

    def get_or(self, key: Any, make: Callable[[], V]) -> V:
        with self.lock:
            if key in self:
                self.move_to_end(key)
                return self[key]
        value = make()
        with self.lock:
            self[key] = value
            while len(self) > self.size:
                self.popitem(last=False)
        return value


class Sources:
    """Stored notices of one workspace: documents, PDF page images and highlight targets."""

    def __init__(self, home: Path, stored_model: Callable[[DocumentInfo], str | None] | None = None):
        self.home = home.resolve()
        self.stored_model = stored_model  # the document model JSON kept at ingestion, when the store has it
        self.cache_dir = self.home / "cache" / "pages"
        self._docs = _Cache(8)
        self._pages = _Cache(16)
        self._chars = _Cache(64)

    # ------------------------------------------------------------------ files

    def path(self, doc: DocumentInfo) -> Path:
        path = (self.home / doc.stored_path).resolve()
        if not path.is_relative_to(self.home) or not path.is_file():
            raise SourceUnavailable(f"the stored file of {doc.original_name} is missing ({doc.stored_path})")
        return path

    def document(self, doc: DocumentInfo) -> Document:
        """The stored document model when the store kept one, else the stored file read again."""
        def read() -> Document:
            stored = self._stored(doc)
            if stored is not None:
                return stored
            from extractors import ReadError, read_document

            try:
                return read_document(self.path(doc))
            except ReadError as exc:
                raise SourceUnavailable(f"the stored file of {doc.original_name} cannot be read: {exc}") from None

        return self._docs.get_or(doc.sha256, read)

    def _stored(self, doc: DocumentInfo) -> Document | None:
        if self.stored_model is None:
            return None
        try:
            text = self.stored_model(doc)
            return Document.model_validate_json(text) if text else None
        except Exception:  # noqa: BLE001 - a missing or unreadable stored model: read the file instead
            return None

    # ------------------------------------------------------------------ pdf pages

    def pages(self, doc: DocumentInfo) -> list[Page]:
        def measure() -> list[Page]:
            import pypdfium2 as pdfium

            with _PDFIUM:
                try:
                    pdf = pdfium.PdfDocument(str(self.path(doc)))
                except pdfium.PdfiumError as exc:
                    raise SourceUnavailable(f"the stored PDF {doc.original_name} cannot be opened: {exc}") from None
                try:
                    out = []
                    for n in range(min(len(pdf), MAX_PAGES)):
                        w, h = pdf[n].get_size()
                        out.append(_page(n + 1, w, h))
                    return out
                finally:
                    pdf.close()

        return self._pages.get_or(doc.sha256, measure)

    def page_png(self, doc: DocumentInfo, number: int) -> Path:
        """The page image, rendered once and kept under ``cache/pages`` in the workspace."""
        pages = self.pages(doc)
        if not 1 <= number <= len(pages):
            raise LookupError(f"{doc.original_name} has no page {number}")
        page = pages[number - 1]
        target = self.cache_dir / doc.sha256[:2] / f"{doc.sha256}-p{number}@{page.scale:g}.png"
        if target.is_file():
            return target
        import pypdfium2 as pdfium

        target.parent.mkdir(parents=True, exist_ok=True)
        with _PDFIUM:
            pdf = pdfium.PdfDocument(str(self.path(doc)))
            try:
                image = pdf[number - 1].render(scale=page.scale).to_pil()
            finally:
                pdf.close()
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".render-", suffix=".png")
        os.close(fd)
        try:
            image.save(tmp, format="PNG", optimize=False)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return target

    def _page_chars(self, doc: DocumentInfo, number: int) -> list[tuple[str, float, float, float, float]]:
        """(text, x0, top, x1, bottom) of every character, as pdfplumber (and so the reader) sees them."""
        def read() -> list[tuple[str, float, float, float, float]]:
            import pdfplumber

            try:
                with pdfplumber.open(str(self.path(doc))) as pdf:
                    if not 1 <= number <= len(pdf.pages):
                        return []
                    return [(c["text"], c["x0"], c["top"], c["x1"], c["bottom"]) for c in pdf.pages[number - 1].chars]
            except Exception:  # noqa: BLE001 - no characters: the cell's box is outlined instead
                return []

        return self._chars.get_or((doc.sha256, number), read)

    # ------------------------------------------------------------------ highlight targets

    def locate(self, doc: DocumentInfo, ref: SourceRef, field: str) -> dict[str, Any] | None:
        """What the browser highlights for ``ref`` (None when it cannot be placed)."""
        try:
            if doc.format == "pdf":
                return self._locate_pdf(doc, ref, field)
            return self._locate_text(self.document(doc), ref, field)
        except SourceUnavailable:
            return None

    def _locate_pdf(self, doc: DocumentInfo, ref: SourceRef, field: str) -> dict[str, Any] | None:
        pages = self.pages(doc)
        if ref.page is None or not 1 <= ref.page <= len(pages):
            return None
        page = pages[ref.page - 1]
        target: dict[str, Any] = {"field": field, "quote": ref.quote, "page": ref.page, "box": None, "rects": []}
        if ref.bbox is None:
            return target
        target["box"] = _percent(ref.bbox, page)
        rects = _quote_rects(self._page_chars(doc, ref.page), ref.bbox, ref.quote)
        target["rects"] = [_percent(r, page) for r in rects]
        return target

    def _locate_text(self, document: Document, ref: SourceRef, field: str) -> dict[str, Any] | None:
        element = _element(document, ref)
        if element is None:
            return None
        el, text, start, end = element
        if text[start:end] != ref.quote or start >= end:
            found = text.find(ref.quote) if ref.quote else -1
            start, end = (found, found + len(ref.quote)) if found >= 0 else (0, len(text))
        return {"field": field, "quote": ref.quote, "el": el, "start": _utf16(text, start), "end": _utf16(text, end),
                "exact": text[start:end] == ref.quote}


def _element(document: Document, ref: SourceRef) -> tuple[str, str, int, int] | None:
    """(element id, its text, start, end) of the cell or block a reference points into."""
    if not 0 <= ref.block < len(document.blocks):
        return None
    block = document.blocks[ref.block]
    if ref.table is not None and ref.row is not None and ref.col is not None:
        table = tables_by_index(document).get(ref.table)
        if table is None or not (0 <= ref.row < table.n_rows and 0 <= ref.col < table.n_cols):
            return None
        cell = table.cell_at(ref.row, ref.col)
        if cell is None:
            return None
        return cell_id(ref.table, cell.row, cell.col), cell.text, ref.start, ref.end
    if isinstance(block, Table):  # an offset into the flattened table: find its cell
        index = block.prov.table if block.prov.table is not None else -1
        for (r, c), (a, b) in cell_spans(block).items():
            if a <= ref.start <= b and ref.end <= b:
                cell = block.cell_at(r, c)
                if cell is not None:
                    return cell_id(index, r, c), cell.text, ref.start - a, ref.end - a
        return None
    return f"b{ref.block}", block.text, ref.start, ref.end


def tables_by_index(document: Document) -> dict[int, Table]:
    """Every table (nested ones included) by its document-wide index."""
    found: dict[int, Table] = {}

    def walk(table: Table) -> None:
        if table.prov.table is not None:
            found.setdefault(table.prov.table, table)
        for cell in table.cells:
            for inner in cell.tables:
                walk(inner)

    for table in document.iter_tables():
        walk(table)
    return found


def cell_id(table: int, row: int, col: int) -> str:
    return f"t{table}-r{row}-c{col}"


def _utf16(text: str, index: int) -> int:
    """JavaScript strings count UTF-16 code units; Python counts code points."""
    return len(text[:index].encode("utf-16-le")) // 2


def _percent(box: tuple[float, float, float, float], page: Page) -> list[float]:
    x0, top, x1, bottom = box
    return [round(100 * x0 / page.width, 3), round(100 * top / page.height, 3),
            round(100 * (x1 - x0) / page.width, 3), round(100 * (bottom - top) / page.height, 3)]


def _quote_rects(chars: list[tuple[str, float, float, float, float]], bbox: tuple[float, float, float, float],
                 quote: str) -> list[tuple[float, float, float, float]]:
    """Line boxes of the quoted characters inside ``bbox``; empty when the quote is not found there."""
    x0, top, x1, bottom = bbox
    inside = [c for c in chars if c[0].strip() and x0 <= (c[1] + c[3]) / 2 <= x1 and top <= (c[2] + c[4]) / 2 <= bottom]
    wanted = "".join(quote.split())
    text = "".join(c[0] for c in inside)
    at = text.find(wanted) if wanted else -1
    if at < 0:
        return []
    lines: list[list[float]] = []
    for _, cx0, ctop, cx1, cbottom in inside[at: at + len(wanted)]:
        line = lines[-1] if lines else None
        if line and abs(ctop - line[1]) < 0.5 * (cbottom - ctop) and cx0 >= line[0] - 1:
            line[0], line[2] = min(line[0], cx0), max(line[2], cx1)
            line[1], line[3] = min(line[1], ctop), max(line[3], cbottom)
        else:
            lines.append([cx0, ctop, cx1, cbottom])
    return [(a - 1, b - 1, c + 1, d + 1) for a, b, c, d in lines]
