"""The test series: year pairs of notices with hand-recorded gold (tests/data/series/*.gold.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from schemes.model import Scheme

ROOT = Path(__file__).resolve().parents[1]
SERIES = ROOT / "tests" / "data" / "series"
PAIRS = sorted(p.name.removesuffix(".gold.json") for p in SERIES.glob("*.gold.json"))


def gold(pair: str) -> dict:
    return json.loads((SERIES / f"{pair}.gold.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def extracted(path: str) -> Scheme:
    """A notice of the repository read and extracted (once per test session)."""
    from extractors import read_document
    from pipeline.extract import extract_scheme

    return extract_scheme(read_document(ROOT / path))


def schemes(pair: str) -> tuple[Scheme, Scheme]:
    g = gold(pair)
    return extracted(g["old"]), extracted(g["new"])
