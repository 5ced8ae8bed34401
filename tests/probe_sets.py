"""The held-out probe sets of forms of stating points (tests/data/forms, forms2 … forms12): their
documents and gold, read once here so each set's reading test is only its assertions."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
SUFFIXES = {".docx", ".pdf", ".xlsx", ".html", ".txt", ".doc", ".xls"}


@dataclass(frozen=True)
class ProbeSet:
    golds: dict[str, dict]  # gold id (file stem) -> gold
    fixture_gold: dict[str, str]  # document file name -> gold id
    documents: list[Path]


def probe_set(name: str) -> ProbeSet:
    folder = DATA / name
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "gold").glob("*.json"))}
    return ProbeSet(golds, {f: doc_id for doc_id, g in golds.items() for f in g["fixtures"]},
                    sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES))


def squeezed(text: str) -> str:
    """Text without whitespace: PDFs and wrapped cells break a title with spaces and newlines."""
    return re.sub(r"\s+", "", text)
