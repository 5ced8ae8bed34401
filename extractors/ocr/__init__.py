"""OCR of scanned PDF pages and images (RapidOCR), with tables rebuilt from their ruling lines.

:func:`ocr_textless_pages` is the PDF reader's hook for pages without a text
layer; :func:`read_image` reads png/jpeg/tiff files.  Both give blocks and
cells with page, bbox (PDF points) and OCR confidence, and ``ocr_low_confidence``
reader notes for text a reviewer should check.
"""

from .engine import OcrUnavailable, model_paths
from .reader import OcrOptions, annotate, ocr_note, ocr_textless_pages, read_image

__all__ = ["OcrOptions", "OcrUnavailable", "annotate", "model_paths", "ocr_note", "ocr_textless_pages", "read_image"]
