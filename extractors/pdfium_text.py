"""Characters with positions from pypdfium2 (PDFium), shaped like pdfplumber's char dicts.

A measured alternative to pdfminer's layout parse for the text of a PDF page
(see bench/bench_read.py --pdfium): PDFium is a C++ parser and extracts the
same characters many times faster.  It is not the reader's path: the ruled
tables still need pdfminer's drawn lines and rectangles, and the reader adopts
this path only once every fixture and corpus PDF extracts identically.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


def pdfium_chars(data: bytes) -> list[list[dict]]:
    """Per page, the visible characters: text, x0, x1, top, bottom (points from the top-left), size."""
    document = pdfium.PdfDocument(data)
    try:
        return [_page_chars(document[i]) for i in range(len(document))]
    finally:
        document.close()


def _page_chars(page) -> list[dict]:
    """pdfminer's box convention: from the baseline plus the font's descent, one font size tall.

    x comes from PDFium's loose (font) box and agrees with pdfminer exactly; the
    descent is PDFium's, which may differ from the font descriptor's value that
    pdfminer uses, so the vertical position can differ by a point or two.
    """
    height = page.get_height()
    textpage = page.get_textpage()
    raw = textpage.raw
    chars = []
    rect = pdfium_c.FS_RECTF()
    x, y, descent = ctypes.c_double(), ctypes.c_double(), ctypes.c_float()
    for i in range(textpage.count_chars()):
        if pdfium_c.FPDFText_IsGenerated(raw, i):
            continue  # spaces and line breaks PDFium inserts itself
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if not code:
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)  # font box, as pdfminer's, not the ink box
        pdfium_c.FPDFText_GetCharOrigin(raw, i, x, y)
        size = pdfium_c.FPDFText_GetFontSize(raw, i)
        font = pdfium_c.FPDFTextObj_GetFont(pdfium_c.FPDFText_GetTextObject(raw, i))
        if not font or not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(size), descent):
            descent.value = 0.0
        bottom = y.value + descent.value
        chars.append({
            "text": chr(code), "x0": rect.left, "x1": rect.right,
            "top": height - (bottom + size), "bottom": height - bottom, "size": size,
        })
    textpage.close()
    page.close()
    return chars
