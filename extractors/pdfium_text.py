"""Characters with positions from pypdfium2 (PDFium), shaped like pdfplumber's char dicts.

A measured alternative to pdfminer's layout parse for the text of a PDF page
(see bench/bench_read.py --pdfium): PDFium is a C++ parser and extracts the
same characters many times faster.  It is not the reader's path: the ruled
tables still need pdfminer's drawn lines and rectangles, and the reader adopts
this path only once every fixture and corpus PDF extracts identically.
"""

from __future__ import annotations

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
    height = page.get_height()
    textpage = page.get_textpage()
    raw = textpage.raw
    chars = []
    rect = pdfium_c.FS_RECTF()
    for i in range(textpage.count_chars()):
        if pdfium_c.FPDFText_IsGenerated(raw, i):
            continue  # spaces and line breaks PDFium inserts itself
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if not code:
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)  # font box, as pdfminer's, not the ink box
        chars.append({
            "text": chr(code), "x0": rect.left, "x1": rect.right,
            "top": height - rect.top, "bottom": height - rect.bottom,
            "size": pdfium_c.FPDFText_GetFontSize(raw, i),
        })
    textpage.close()
    page.close()
    return chars
