"""OCR options, importable without loading the OCR stack (numpy, OpenCV, onnxruntime)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class OcrOptions:
    """Whether to OCR pages without a text layer, and whom to tell about each page (done, total)."""

    enabled: bool = True
    progress: Progress | None = None
