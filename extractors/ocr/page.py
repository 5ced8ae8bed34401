"""One scanned page → the text lines and table fragments the PDF reader lays out.

The page image is deskewed, its ruled tables are rebuilt from their lines
(:mod:`.grid`) and its text read by the OCR engine (:mod:`.engine`).  Each
recognised character becomes a pdfplumber-like char dict in PDF points, so the
same code as for text PDFs groups them into cell text, lines, paragraphs and
tables joined across pages.  Each recognised line is also kept as an
:class:`OcrText` (page, bbox in points, text, confidence) for provenance and
for the reviewer's flags.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import numpy as np

from ..pdf_tables import Fragment, Line, build_fragment, text_lines, unruled_tables
from .engine import TextBox, recognise
from .grid import binarise, deskew, find_grids

BBox = tuple[float, float, float, float]

INK_ROW_SHARE = 0.08  # rows of a text box with less ink than this share of its inkiest row are padding
BAND_GAP = 0.12  # blank rows (share of the box height) that separate a line's ink from a neighbour's
SIZE_STEP = 0.5  # text heights are rounded to this many points (OCR boxes jitter)


@dataclass(frozen=True)
class OcrText:
    """A recognised text line with its provenance and confidence."""

    page: int
    bbox: BBox  # PDF points, on the upright (deskewed) page
    text: str
    confidence: float


@dataclass
class OcrPage:
    """What OCR found on one page."""

    number: int
    width: float  # PDF points
    height: float
    dpi: float
    angle: float  # degrees the page was turned to be upright
    lines: list[Line]
    fragments: list[Fragment]
    texts: list[OcrText] = field(default_factory=list)


def read_page_image(gray: np.ndarray, dpi: float, number: int, width: float, height: float) -> OcrPage:
    """OCR one page image (8-bit grayscale, ``dpi`` pixels per inch) into lines and table fragments."""
    upright, angle = deskew(gray)
    grids = find_grids(upright, dpi)
    boxes = recognise(np.ascontiguousarray(np.stack([upright] * 3, axis=-1)))
    scale = 72.0 / dpi
    ink = binarise(upright)
    chars: list[dict] = []
    texts: list[OcrText] = []
    for box in boxes:
        if not any(ch.isalnum() for ch in box.text):
            continue  # a rule, a stamp or a filled box read as "■" or "—": graphics, not text
        top, bottom = _ink_rows(ink, box)
        box_chars = _chars(box, top, bottom, scale)
        chars.extend(box_chars)
        texts.append(OcrText(
            page=number, confidence=round(box.score, 4), text=box.text,
            bbox=(round(box.x0 * scale, 2), round(top * scale, 2), round(box.x1 * scale, 2), round(bottom * scale, 2)),
        ))
    fragments: list[Fragment] = []
    free = chars
    for grid in grids:
        cells = [tuple(v * scale for v in cell) for cell in grid.cells]
        x0, y0, x1, y1 = (v * scale for v in grid.bbox)
        inside = [c for c in free if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and y0 <= (c["top"] + c["bottom"]) / 2 < y1]
        if not inside:
            continue
        taken = {id(c) for c in inside}
        fragment, leftovers = build_fragment(cells, inside, number)
        fragments.append(fragment)
        free = [c for c in free if id(c) not in taken] + leftovers
    more, lines = unruled_tables(text_lines(free, number), number)
    fragments = sorted(fragments + more, key=lambda f: f.bbox[1])
    return OcrPage(number=number, width=width, height=height, dpi=dpi, angle=angle,
                   lines=lines, fragments=fragments, texts=texts)


def _ink_rows(ink: np.ndarray, box: TextBox) -> tuple[float, float]:
    """Top and bottom of the glyphs inside a detection box.

    Detection boxes are padded, and a padded box may reach into the line above
    or below; its ink there is a separate band of rows, so the band with the
    most ink is the line's own.
    """
    y0, y1 = max(0, int(box.top)), min(ink.shape[0], int(box.bottom) + 1)
    x0, x1 = max(0, int(box.x0)), min(ink.shape[1], int(box.x1) + 1)
    rows = ink[y0:y1, x0:x1].sum(axis=1, dtype=np.float64)
    if rows.size == 0 or rows.max() == 0:
        return box.top, box.bottom
    dense = np.nonzero(rows >= INK_ROW_SHARE * rows.max())[0]
    gap = max(2, BAND_GAP * rows.size)
    bands = np.split(dense, np.nonzero(np.diff(dense) > gap)[0] + 1)
    band = max(bands, key=lambda b: rows[b].sum())
    return float(y0 + band[0]), float(y0 + band[-1] + 1)


def _chars(box: TextBox, top: float, bottom: float, scale: float) -> list[dict]:
    """pdfplumber-like chars for one recognised line, in PDF points.

    The line's box is shared among its characters by their widths (CJK and
    full-width forms one em, other characters half), edge to edge, so that a
    line crossing into a neighbouring cell splits where its text does.  A
    space the recogniser wrote is kept only between Latin words (see
    :func:`_space_between`).
    """
    text = box.text.strip()
    glyphs = [ch for ch in text if not ch.isspace()]
    if not glyphs:
        return []
    spaced = _spaces_from_text(text)
    units = [_width(ch) for ch in glyphs]
    step = (box.x1 - box.x0) / sum(units)
    size = max(SIZE_STEP, round((bottom - top) * scale / SIZE_STEP) * SIZE_STEP)
    out: list[tuple[str, float, float]] = []
    x = box.x0
    for i, (ch, unit) in enumerate(zip(glyphs, units)):
        if i and _space_between(glyphs[i - 1], ch, spaced[i]):
            out.append((" ", x, x))
        out.append((ch, x, x + unit * step))
        x += unit * step
    return [
        {"text": ch, "x0": a * scale, "x1": b * scale, "top": top * scale, "bottom": bottom * scale,
         "doctop": top * scale, "upright": True, "size": size, "fontname": "OCR"}
        for ch, a, b in out
    ]


def _width(ch: str) -> float:
    """Advance of a character in ems: CJK and full-width forms one, the rest (Latin, digits) about half."""
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.55


def _space_between(left: str, right: str, written: bool) -> bool:
    """A space the recogniser wrote, kept only between Latin words or numbers.

    The recogniser writes spaces inside Chinese text where there are none, and
    CJK punctuation has white space of its own, so neither is trusted there.
    """
    return written and left.isascii() and right.isascii() and not (_punct(left) and _punct(right))


def _punct(ch: str) -> bool:
    """Punctuation carries its own white space in CJK text; a gap next to it is not a space."""
    return unicodedata.category(ch).startswith("P")


def _spaces_from_text(text: str) -> list[bool]:
    """For each non-space character: does the recognised text put a space before it?"""
    flags, pending = [], False
    for ch in text:
        if ch.isspace():
            pending = True
            continue
        flags.append(pending)
        pending = False
    return flags
