"""The OCR engine: RapidOCR (PP-OCR det/rec on onnxruntime), loaded once per process.

The models ship inside the ``rapidocr`` wheel.  They are passed to RapidOCR by
explicit path, so RapidOCR never falls back to downloading them; a missing
file is a clear :class:`OcrUnavailable` naming it.  The direction classifier
is not run: pages are deskewed first and upright scans are the norm, and it
would cost a pass over every text line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from ..errors import ReadError

#: The model files RapidOCR's wheel ships (PP-OCR detection, recognition, direction).
MODEL_FILES = {
    "det": "PP-OCRv6_det_small.onnx",
    "rec": "PP-OCRv6_rec_small.onnx",
    "cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}
DET_MAX_SIDE = 1280  # detection input, longest side in pixels: ~1.5 px per point on A4, enough for body text
REC_MIN_WIDTH = 96  # recognition pads each batch to at least this width (RapidOCR's 320 wastes time on short cells)
REC_BATCH = 12
TEXT_SCORE = 0.3  # RapidOCR drops recognised lines below this; kept low, we flag instead of dropping


class OcrUnavailable(ReadError):
    problem = "OCR is not available (install the rapidocr and onnxruntime packages)"


@dataclass(frozen=True)
class TextBox:
    """One recognised text line: its box in image pixels, text and confidence."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    score: float


def model_dir() -> Path:
    """Where the rapidocr wheel keeps its models."""
    spec = find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        raise OcrUnavailable("rapidocr", "the rapidocr package is not installed (pip install rapidocr onnxruntime)")
    return Path(list(spec.submodule_search_locations)[0]) / "models"


def model_paths() -> dict[str, Path]:
    """The shipped model files; raises naming the first one that is missing."""
    folder = model_dir()
    paths = {task: folder / name for task, name in MODEL_FILES.items()}
    for task, path in paths.items():
        if not path.is_file():
            raise OcrUnavailable(
                str(path),
                f"the OCR {task} model file {path.name} is missing from the rapidocr package "
                f"({folder}); reinstall rapidocr, models are never downloaded at run time",
            )
    return paths


@lru_cache(maxsize=1)
def engine():
    """The RapidOCR engine, built once per process from the shipped models."""
    paths = model_paths()
    if find_spec("onnxruntime") is None:
        raise OcrUnavailable("onnxruntime", "the onnxruntime package is not installed (pip install onnxruntime)")
    from rapidocr import RapidOCR

    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    _no_spinning()
    ocr = RapidOCR(params={
        "Global.log_level": "error",
        "Global.use_cls": False,
        "Global.text_score": TEXT_SCORE,
        "Global.max_side_len": 4000,
        "Det.model_path": str(paths["det"]),
        "Det.limit_type": "max",
        "Det.limit_side_len": DET_MAX_SIDE,
        "Rec.model_path": str(paths["rec"]),
        "Rec.rec_img_shape": [3, 48, REC_MIN_WIDTH],
        "Rec.rec_batch_num": REC_BATCH,
        "Cls.model_path": str(paths["cls"]),
    })
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return ocr


def _no_spinning() -> None:
    """Let onnxruntime's idle threads sleep instead of spinning.

    On a busy machine (a CI runner, a server doing other work) spinning threads
    burn CPU that the other thread needs; measured here it cost 15-20% more CPU
    per page.  RapidOCR builds its sessions itself, so its session-options
    factory is wrapped; if its layout changes, the default is kept.
    """
    try:
        from rapidocr.inference_engine.onnxruntime import main as ort_main
    except ImportError:
        return
    session = getattr(ort_main, "OrtInferSession", None)
    build = getattr(session, "_init_sess_opts", None)
    if build is None or getattr(build, "_kaohe_no_spin", False):
        return

    def options(cfg):
        opts = build(cfg)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return opts

    options._kaohe_no_spin = True
    session._init_sess_opts = staticmethod(options)


def recognise(image: np.ndarray) -> list[TextBox]:
    """Detect and read the text lines of an RGB image (pixel coordinates).

    Per-character boxes are not asked for (they cost ~8% more time); the
    caller spreads a line's characters over its box by their widths.
    """
    result = engine()(image)
    if result.boxes is None or result.txts is None:
        return []
    out = []
    for poly, text, score in zip(result.boxes, result.txts, result.scores):
        xs, ys = poly[:, 0], poly[:, 1]
        out.append(TextBox(x0=float(xs.min()), top=float(ys.min()), x1=float(xs.max()), bottom=float(ys.max()),
                           text=text, score=float(score)))
    return out
