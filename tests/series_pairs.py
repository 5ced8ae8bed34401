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


def stored_series(home: Path, files: list[str]) -> Path:
    """A store at ``home`` holding ``files`` in order (schemes 1, 2, …), item 6 of scheme 1 corrected
    3 → 4 by a reviewer: the history the series commands and pages show."""
    from schemes.store import Store

    with Store.open(home=home) as store:
        for f in files:
            store.ingest(ROOT / f, extracted(f), "test", author="ingest")
        store.correct("1", [{"op": "replace", "path": "/items/@6/points", "value": 4}], author="李明",
                      reason="原表分值印错", base_revision=store.revision(1))
    return home
