"""Read PDF notices with pdfplumber into the document model.

The PDF is opened once and its pages walked once.  On each page the ruled
tables are found from the drawn lines, every character is assigned either to
a table cell or to the running text, and the page cache is dropped before the
next page.  After the walk, table fragments that continue over a page break
are joined (see :mod:`extractors.pdf_tables`) and the text lines are joined
into paragraphs and headings in reading order.

Unreadable input raises a typed :class:`~extractors.errors.ReadError`:
encrypted, scanned (no text layer), garbled (CID glyphs without Unicode),
corrupt, or more pages than the limit.
"""

from __future__ import annotations

import io
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException

from kaohe.i18n import _

from .errors import CorruptFile, EncryptedFile, FileTooLarge, GarbledText, NoTextLayer, ReadError
from .failures import classify
from .limits import Limits
from .cjk import fold_glyph, has_variant, is_variant, unify
from .model import Document, ReaderNote, Source
from .pdf_objects import fast_objects
from .pdf_running import remove_running_lines
from .pdf_blocks import PageContent, build_blocks, mark_page_ends
from .pdf_columns import column_lines
from .pdf_tables import Fragment, build_fragment, join_fragments, unruled_tables

RULED_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
GARBLED_SHARE = 0.3  # a page with this share of unmapped glyphs cannot be read faithfully
GARBLED_MIN = 5  # ... unless it has fewer of them than this (a stray symbol) and other text too
REPLACEMENT = "\ufffd"
RUNNING_SHOWN = 5  # running lines quoted in the note
_CID = re.compile(r"^\(cid:\d+\)$")
_ENCRYPT_KEY = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")


def read_pdf(path: Path, data: bytes, source: Source, limits: Limits, ocr=None) -> Document:
    """Read a PDF into a Document (one walk over the pages).

    Pages without a text layer are read by OCR (``ocr``: an
    :class:`extractors.ocr.OcrOptions`; None or disabled keeps the NoTextLayer error).
    """
    notes: list[str] = []
    pages = _walk(path, data, limits, notes)
    ocr_pages: list = []
    if ocr is not None and ocr.enabled and any(not p.has_text and p.has_graphics for p in pages):
        from .ocr.reader import ocr_note, ocr_textless_pages  # the OCR stack loads only when a page needs it
        pages, ocr_pages = ocr_textless_pages(path, data, pages, ocr.progress)
        if ocr_pages:
            notes.append(ocr_note(ocr_pages))
    _check_text_layer(path, pages, notes)
    running = remove_running_lines(pages)
    _, absorbed = join_fragments([f for page in pages for f in page.fragments])
    blocks = build_blocks(pages, absorbed)
    flags = _reader_flags(pages, running)
    if ocr_pages:
        from .ocr.reader import annotate
        flags += annotate(blocks, ocr_pages)
    return Document(
        source=source.model_copy(update={"pages": len(pages), "encoding": None}),
        blocks=blocks,
        notes=notes,
        flags=flags,
    )


# --------------------------------------------------------------------------- opening


@contextmanager
def _open(path: Path, data: bytes) -> Iterator[pdfplumber.PDF]:
    """Open the PDF, turning pdfminer's failures into typed errors."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise _open_error(path, data, exc.args[0] if exc.args else exc) from None
    except Exception as exc:
        raise _open_error(path, data, exc) from None
    try:
        yield pdf
    finally:
        pdf.close()


def _open_error(path: Path, data: bytes, exc: BaseException) -> ReadError:
    if isinstance(exc, PDFEncryptionError) or _ENCRYPT_KEY.search(data):
        return EncryptedFile(
            str(path),
            "the PDF is encrypted and cannot be opened without its password; save an unprotected copy and read that",
        )
    return CorruptFile(str(path), f"the PDF is corrupt or truncated ({type(exc).__name__}: {exc})")


def _page_count(pdf: pdfplumber.PDF) -> int:
    """Page count from the page tree, without building every page."""
    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
        if isinstance(count, int) and count >= 0:
            return count
    except Exception:
        pass
    return len(pdf.pages)


def _walk(path: Path, data: bytes, limits: Limits, notes: list[str]) -> list[PageContent]:
    """Read every page once, closing each page's caches as soon as it is done."""
    with _open(path, data) as pdf:
        count = _page_count(pdf)
        _check_page_limit(path, count, limits)
        if pdf.doc.encryption:
            notes.append("the PDF is encrypted with an empty user password; it was read without one")
        if b"%%EOF" not in data[-2048:]:
            notes.append("the PDF does not end with %%EOF (possibly truncated); read what could be recovered")
        try:
            page_list = pdf.pages
        except Exception as exc:
            raise CorruptFile(str(path), f"the PDF page tree is corrupt ({type(exc).__name__}: {exc})") from None
        _check_page_limit(path, len(page_list), limits)
        pages = [_read_page_safely(path, page) for page in page_list]
    _note_unmapped(pages, notes)
    return pages


def _check_page_limit(path: Path, count: int, limits: Limits) -> None:
    if count > limits.max_pdf_pages:
        raise FileTooLarge(
            str(path), _("the PDF has {n} pages, over the limit of {limit} pages").format(
                n=f"{count:,}", limit=f"{limits.max_pdf_pages:,}")
        )


def _read_page_safely(path: Path, page: pdfplumber.page.Page) -> PageContent:
    number = page.page_number
    try:
        return _read_page(path, page, number)
    except ReadError:
        raise
    except Exception as exc:
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, BaseException) and cause is not exc and cause.__traceback__ is None:
            cause = exc  # the wrapped cause carries no traceback of its own
        raise classify(path, "pdf", cause if isinstance(cause, Exception) else exc, page=number,
                       what="the page could not be parsed") from exc
    finally:
        page.close()


# --------------------------------------------------------------------------- one page


def _read_page(path: Path, page: pdfplumber.page.Page, number: int) -> PageContent:
    fast_objects(page)
    chars = page.chars
    unmapped = _mark_unmapped(path, chars, number)
    folded = _fold_duplicates(chars)
    _symbol_bullets(chars)
    if all(c["text"].isspace() for c in chars):
        graphics = bool(page.images or page.rects or page.lines or page.curves)
        return PageContent(number=number, width=page.width, height=page.height, lines=[], fragments=[],
                           has_text=False, has_graphics=graphics, unmapped=0)
    fragments, free = _ruled_tables(page, chars, number)
    runs, gutter = column_lines(free, number, page.width)
    more, lines = [], []
    for run in runs:   # one run, or each column of a page in two columns
        found, rest = unruled_tables(run, number)
        more, lines = more + found, lines + rest
    fragments = sorted(fragments + more, key=lambda f: f.bbox[1])
    mark_page_ends(fragments, lines, page.height)
    for line in lines:  # drop the page's char dicts so memory does not grow with page count
        line.words, line.chars = [], []
    return PageContent(number=number, width=page.width, height=page.height, lines=lines, fragments=fragments,
                       has_text=True, has_graphics=True, unmapped=unmapped, folded=folded, gutter=gutter)


#: bullets a Word export draws in the Symbol or Wingdings font, which the text layer gives as private-use
#: code points (U+F0B7 ·, U+F0A7 ▪, U+F06C ●, U+F0D8 ➢, U+F076 ❖, U+F0FC ✓, U+F06E ■): read as the bullet •
SYMBOL_BULLETS = {"\uf0b7", "\uf0a7", "\uf06c", "\uf0d8", "\uf076", "\uf0fc", "\uf06e", "\uf0a8"}


def _symbol_bullets(chars: list[dict]) -> None:
    """Symbol-font bullets as the bullet they show (in place), so a list reads as a list."""
    for ch in chars:
        if ch["text"] in SYMBOL_BULLETS:
            ch["text"] = "•"


def _fold_duplicates(chars: list[dict]) -> int:
    """Fold ideographs doubled by their radical or compatibility form (in place).

    Within one glyph ("⽇日" as one char) the variant code points are dropped;
    a variant glyph next to a glyph of the ideograph it stands for is dropped; a
    lone variant glyph becomes its ideograph.
    """
    if not has_variant("".join(ch["text"] for ch in chars)):
        return 0  # nothing to fold (most pages): no per-glyph work
    folded = 0
    kept: list[dict] = []
    for i, ch in enumerate(chars):
        text = ch["text"]
        if len(text) == 1 and is_variant(text):
            unified = unify(text)
            following = chars[i + 1]["text"] if i + 1 < len(chars) else ""
            if following == unified or (kept and kept[-1]["text"] == unified):
                folded += 1
                continue
            folded += unified != text
            ch["text"] = unified
        elif len(text) > 1:
            new = fold_glyph(text)
            if new != text:
                ch["text"] = new
                folded += 1
        kept.append(ch)
    chars[:] = kept
    return folded


def _reader_flags(pages: list[PageContent], running: list[str]) -> list[ReaderNote]:
    """Structured notes on what the PDF reader changed: running lines removed, glyphs folded."""
    flags = []
    if running:
        shown = "; ".join(running[:RUNNING_SHOWN]) + ("; …" if len(running) > RUNNING_SHOWN else "")
        flags.append(ReaderNote(kind="running_text_removed",
                                message=f"{len(running)} running header/footer or page-number line(s) left out: {shown}"))
    folded = [(p.number, p.folded) for p in pages if p.folded]
    if folded:
        where = ", ".join(f"page {n}: {k}" for n, k in folded)
        flags.append(ReaderNote(kind="characters_normalised",
                                message="characters doubled by their radical or compatibility form were folded "
                                        f"into one ideograph ({where})"))
    return flags


def _is_garbled(unmapped: int, visible: int) -> bool:
    """A large share of unmapped glyphs; a stray unmapped symbol among real text is not garbling."""
    if not visible or unmapped < GARBLED_SHARE * visible:
        return False
    return unmapped >= GARBLED_MIN or unmapped == visible


def _mark_unmapped(path: Path, chars: list[dict], number: int) -> int:
    """Refuse a garbled page; replace the few unmapped glyphs of a readable one by U+FFFD.

    pdfminer writes an unmapped glyph as "(cid:NN)"; left in, its digits could
    later be read as points.
    """
    unmapped = [c for c in chars if _CID.match(c["text"])]
    visible = sum(1 for c in chars if not c["text"].isspace())
    if _is_garbled(len(unmapped), visible):
        raise GarbledText(
            str(path),
            f"{len(unmapped)} of {visible} glyphs on the page have no Unicode mapping "
            "(CID font without ToUnicode); the text layer is garbled, run OCR on the rendered pages",
            page=number,
        )
    for c in unmapped:
        c["text"] = REPLACEMENT
    return len(unmapped)


def _ruled_tables(page: pdfplumber.page.Page, chars: list[dict], number: int) -> tuple[list[Fragment], list[dict]]:
    """Tables drawn with rules, and the chars that are running text."""
    found = [t for t in page.find_tables(RULED_SETTINGS) if len(t.cells) >= 2]
    boxes = [t.bbox for t in found]
    inside: list[list[dict]] = [[] for _ in found]
    free = []
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        for i, (x0, top, x1, bottom) in enumerate(boxes):
            if x0 <= cx < x1 and top <= cy < bottom:
                inside[i].append(ch)
                break
        else:
            free.append(ch)
    fragments = []
    for table, table_chars in zip(found, inside):
        fragment, leftovers = build_fragment(table.cells, table_chars, number)
        fragments.append(fragment)
        free.extend(leftovers)
    return fragments, free


def _note_unmapped(pages: list[PageContent], notes: list[str]) -> None:
    hit = [(p.number, p.unmapped) for p in pages if p.unmapped]
    if hit:
        where = ", ".join(f"page {n}: {k}" for n, k in hit)
        notes.append(f"glyphs without a Unicode mapping were replaced by U+FFFD ({where})")


def _check_text_layer(path: Path, pages: list[PageContent], notes: list[str]) -> None:
    textless = [p for p in pages if not p.has_text]
    if pages and len(textless) == len(pages):
        if any(p.has_graphics for p in pages):
            raise NoTextLayer(
                str(path),
                f"none of its {len(pages)} page(s) has a text layer, only images or drawings "
                "(a scan?); run OCR first",
            )
        raise NoTextLayer(str(path), f"none of its {len(pages)} page(s) contains any text")
    if textless:
        numbers = ", ".join(str(p.number) for p in textless)
        notes.append(f"pages without a text layer (scanned or blank), their content is missing: {numbers}")


