"""OCR of scanned PDF pages and images (RapidOCR), with tables rebuilt from their ruling lines.

:func:`.reader.ocr_textless_pages` is the PDF reader's hook for pages without a
text layer; :func:`.reader.read_image` reads png/jpeg/tiff files.  Both give
blocks and cells with page, bbox (PDF points) and OCR confidence, and
``ocr_low_confidence`` reader notes for text a reviewer should check.

Importing this package loads nothing heavy: numpy, OpenCV and onnxruntime are
imported by the submodules, only when a page is actually OCR'd.
"""

from .options import OcrOptions, Progress

__all__ = ["OcrOptions", "Progress"]
