"""OCR for PDF pages without a text layer and for image files (png, jpeg, tiff).

Pages are rendered with pdfium at the scan's own resolution (clamped to a
range OCR reads well), read by :mod:`.page`, and handed to the PDF reader's
layout code as ordinary page contents, so tables continue across pages and
paragraphs join exactly as in text PDFs.  The library stays quiet: progress is
reported through an optional ``progress(done, total)`` callback.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import CorruptFile, FileTooLarge, NoTextLayer
from ..limits import Limits
from ..model import Document, ReaderNote, Source, Table
from .options import OcrOptions, Progress
from .page import OcrPage, OcrText, read_page_image
from .review import LOW_CONFIDENCE, lookalike_numbers, low_confidence

DEFAULT_DPI = 200.0  # pages that are not one full-page scan, and images without a resolution
MIN_DPI, MAX_DPI = 150.0, 300.0  # OCR reads body text well in this range; more only costs time
FULL_PAGE = 0.9  # an image covering this share of the page is the page's scan
MAX_IMAGE_PIXELS = 120_000_000  # about A0 at 300 dpi; larger images are refused


# --------------------------------------------------------------------------- pdf


def page_dpi(page) -> float:
    """The resolution of a page's full-page scan image, clamped; DEFAULT_DPI otherwise."""
    import pypdfium2.raw as raw

    width, height = page.get_width(), page.get_height()
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)):
        x0, y0, x1, y1 = obj.get_bounds()
        if (x1 - x0) * (y1 - y0) >= FULL_PAGE * width * height:
            px_w, _ = obj.get_px_size()
            return min(MAX_DPI, max(MIN_DPI, px_w / ((x1 - x0) / 72.0)))
    return DEFAULT_DPI


def ocr_pdf_pages(path: Path, data: bytes, numbers: list[int], progress: Progress | None = None) -> list[OcrPage]:
    """Render and OCR the given 1-based pages of a PDF."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise CorruptFile(str(path), f"the PDF could not be rendered for OCR ({exc})") from None
    out = []
    try:
        for done, number in enumerate(numbers, 1):
            page = pdf[number - 1]
            dpi = page_dpi(page)
            bitmap = page.render(scale=dpi / 72.0, grayscale=True)
            gray = _gray(bitmap.to_numpy())
            out.append(read_page_image(gray, dpi, number, page.get_width(), page.get_height()))
            page.close()
            if progress:
                progress(done, len(numbers))
    finally:
        pdf.close()
    return out


def _gray(array: np.ndarray) -> np.ndarray:
    if array.ndim == 3:
        array = array[:, :, 0] if array.shape[2] == 1 else array.mean(axis=2).astype(np.uint8)
    return np.ascontiguousarray(array)


def ocr_textless_pages(path: Path, data: bytes, pages: list, progress: Progress | None = None):
    """Replace the PDF reader's pages that have no text layer (but do have a drawing or scan) by their OCR.

    Returns the page list and the OCR pages on which text was found (a page
    where OCR found none stays textless, and the PDF reader notes it as missing).
    """
    from ..pdf_blocks import PageContent, mark_page_ends

    numbers = [p.number for p in pages if not p.has_text and p.has_graphics]
    if not numbers:
        return pages, []
    ocr_pages = ocr_pdf_pages(path, data, numbers, progress)
    snap_sizes(ocr_pages)
    by_number = {p.number: p for p in ocr_pages}
    out = []
    for page in pages:
        ocr = by_number.get(page.number)
        if ocr is None:
            out.append(page)
            continue
        mark_page_ends(ocr.fragments, ocr.lines, ocr.height)
        out.append(PageContent(
            number=page.number, width=page.width, height=page.height, lines=ocr.lines,
            fragments=ocr.fragments, has_text=bool(ocr.lines or ocr.fragments), has_graphics=True, unmapped=0,
        ))
    if not any(p.has_text for p in out):
        raise NoTextLayer(
            str(path), f"none of its {len(out)} page(s) has a text layer, and OCR found no text on them "
            "(images or drawings only)",
        )
    return out, [p for p in ocr_pages if p.lines or p.fragments]


BODY_BAND = 0.12  # OCR text heights within this share of the body height are body text
SIZE_LINK = 0.08  # larger heights this close to each other are one size (one heading style)


def snap_sizes(pages: list[OcrPage]) -> None:
    """Give lines of one text style one size, document-wide.

    OCR heights jitter by a point or so; the PDF layout code tells headings by
    exact size, so two lines of one title measured 14.0 and 14.5 would become
    two headings.  Heights near the body height become the body height; larger
    ones are grouped with their neighbours (each group gets its weighted
    median).  Lines' char lists are dropped afterwards, as the PDF reader does.
    """
    lines = [line for page in pages for line in page.lines]
    if not lines:
        return
    body = _weighted_median([(line.size, len(line.text)) for line in lines])
    larger = sorted({line.size for line in lines if line.size > body * (1 + BODY_BAND)})
    groups: list[list[float]] = []
    for size in larger:
        if groups and size <= groups[-1][-1] * (1 + SIZE_LINK):
            groups[-1].append(size)
        else:
            groups.append([size])
    snapped = {}
    for group in groups:
        value = _weighted_median([(line.size, len(line.text)) for line in lines if line.size in group])
        snapped.update({size: value for size in group})
    for line in lines:
        if abs(line.size - body) <= body * BODY_BAND:
            line.size = body
        else:
            line.size = snapped.get(line.size, line.size)
        line.words, line.chars = [], []


def _weighted_median(values: list[tuple[float, int]]) -> float:
    values = sorted(values)
    half, seen = sum(w for _, w in values) / 2, 0
    for value, weight in values:
        seen += weight
        if seen >= half:
            return value
    return values[-1][0]


def ocr_note(ocr_pages: list[OcrPage]) -> str:
    """One line for Document.notes saying which pages were read by OCR."""
    numbers = ", ".join(str(p.number) for p in ocr_pages)
    turned = [f"page {p.number} by {p.angle:g}°" for p in ocr_pages if p.angle]
    note = f"pages without a text layer were read by OCR: {numbers}"
    return note + (f" (deskewed: {', '.join(turned)})" if turned else "")


# --------------------------------------------------------------------------- images


def read_image(path: Path, data: bytes, source: Source, limits: Limits, ocr: OcrOptions = OcrOptions()) -> Document:
    """Read a scanned image (png, jpeg, tiff; every frame of a multi-page tiff) by OCR."""
    from ..pdf_blocks import PageContent, build_blocks, mark_page_ends
    from ..pdf_tables import join_fragments

    if not ocr.enabled:
        raise NoTextLayer(str(path), "an image has no text layer and OCR is turned off (--no-ocr)")
    frames = list(_frames(path, data, limits))
    pages, ocr_pages = [], []
    for number, (gray, dpi) in enumerate(frames, 1):
        height, width = (v * 72.0 / dpi for v in gray.shape)
        ocr_pages.append(read_page_image(gray, dpi, number, width, height))
        if ocr.progress:
            ocr.progress(number, len(frames))
    snap_sizes(ocr_pages)
    for page in ocr_pages:
        mark_page_ends(page.fragments, page.lines, page.height)
        pages.append(PageContent(number=page.number, width=page.width, height=page.height, lines=page.lines,
                                 fragments=page.fragments, has_text=True, has_graphics=True, unmapped=0))
    _, absorbed = join_fragments([f for p in pages for f in p.fragments])
    blocks = build_blocks(pages, absorbed)
    if not blocks:
        raise NoTextLayer(str(path), "OCR found no text in the image")
    return Document(
        source=source.model_copy(update={"pages": len(pages), "encoding": None}),
        blocks=blocks, notes=[ocr_note(ocr_pages)], flags=annotate(blocks, ocr_pages),
    )


def _frames(path: Path, data: bytes, limits: Limits):
    """Each frame of the image as 8-bit grayscale, with its resolution (dpi)."""
    import io

    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        w, h = image.size
        if w * h > MAX_IMAGE_PIXELS:
            raise FileTooLarge(str(path), f"the image is {w}×{h} pixels, over the limit of {MAX_IMAGE_PIXELS:,}")
        n_frames = getattr(image, "n_frames", 1)
        if n_frames > limits.max_pdf_pages:
            raise FileTooLarge(str(path), f"the image has {n_frames} pages, over the limit of {limits.max_pdf_pages}")
        for frame in ImageSequence.Iterator(image):
            dpi = frame.info.get("dpi", (DEFAULT_DPI, DEFAULT_DPI))[0] or DEFAULT_DPI
            gray = np.asarray(frame.convert("L"))
            yield np.ascontiguousarray(gray), float(min(600.0, max(72.0, dpi)))
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise CorruptFile(str(path), f"the image is corrupt or truncated ({exc})") from None


# --------------------------------------------------------------------------- provenance and review


def annotate(blocks: list, ocr_pages: list[OcrPage]) -> list[ReaderNote]:
    """Give OCR'd blocks and cells their confidence; flag text a reviewer should check.

    Confidence is the text-length weighted mean over the recognised lines
    inside the block or cell.  Layout ran on the deskewed page; bboxes are
    turned back onto the page as it is in the file.  Sets ``prov.confidence``
    and ``prov.bbox`` in place and returns the ``ocr_low_confidence`` notes.
    """
    texts: dict[int, list[OcrText]] = {p.number: p.texts for p in ocr_pages}
    turned = {p.number: p for p in ocr_pages if p.angle}
    placed: dict[int, tuple[int, int | None]] = {}  # id(OcrText) -> (block, row)
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            for cell in block.cells:
                inside = _inside(texts.get(cell.prov.page, []), cell.prov.bbox)
                cell.prov = _unskew(_with_confidence(cell.prov, inside), turned)
                for t in inside:
                    placed.setdefault(id(t), (index, cell.row))
            block.prov = _unskew(block.prov, turned)
            continue
        inside = _inside(texts.get(block.prov.page, []), block.prov.bbox)
        block.prov = _unskew(_with_confidence(block.prov, inside), turned)
        for t in inside:
            placed.setdefault(id(t), (index, None))
    notes = []
    for page in ocr_pages:
        for t in page.texts:
            block, row = placed.get(id(t), (None, None))
            where = f"page {t.page}" + (f", block {block}" if block is not None else "") + (
                f", row {row}" if row is not None else "")
            if low_confidence(t.confidence):
                notes.append(ReaderNote(
                    kind="ocr_low_confidence", page=t.page, row=row, block=block,
                    message=f'OCR read "{t.text}" with confidence {t.confidence:.2f} '
                            f"(below {LOW_CONFIDENCE:.2f}) on {where}; check it against the scan",
                ))
            for token in lookalike_numbers(t.text):
                notes.append(ReaderNote(
                    kind="ocr_low_confidence", page=t.page, row=row, block=block,
                    message=f'OCR read the number "{token}" in "{t.text}" with letters that look like digits '
                            f"(O/0, S/5, l/1, Z/2) on {where}; check it against the scan",
                ))
    return notes


def _unskew(prov, turned: dict[int, OcrPage]):
    """The bbox on the page as scanned: the deskew rotation undone (bounding box of the turned corners)."""
    page = turned.get(prov.page)
    if page is None or prov.bbox is None:
        return prov
    import cv2

    centre = (page.width / 2.0, page.height / 2.0)  # deskew turned the image about its centre
    back = cv2.invertAffineTransform(cv2.getRotationMatrix2D(centre, page.angle, 1.0))
    x0, top, x1, bottom = prov.bbox
    corners = np.array([[x0, top, 1.0], [x1, top, 1.0], [x0, bottom, 1.0], [x1, bottom, 1.0]]) @ back.T
    xs, ys = corners[:, 0], corners[:, 1]
    bbox = (round(float(xs.min()), 2), round(float(ys.min()), 2), round(float(xs.max()), 2), round(float(ys.max()), 2))
    return prov.model_copy(update={"bbox": bbox})


def _inside(texts: list[OcrText], bbox) -> list[OcrText]:
    if bbox is None:
        return []
    x0, top, x1, bottom = bbox
    out = []
    for t in texts:
        cx, cy = (t.bbox[0] + t.bbox[2]) / 2, (t.bbox[1] + t.bbox[3]) / 2
        if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1:
            out.append(t)
    return out


def _with_confidence(prov, texts: list[OcrText]):
    weight = sum(max(1, len(t.text)) for t in texts)
    if not weight:
        return prov
    mean = sum(t.confidence * max(1, len(t.text)) for t in texts) / weight
    return prov.model_copy(update={"confidence": round(mean, 4)})
