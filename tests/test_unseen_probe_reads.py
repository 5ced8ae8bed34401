"""Every document of the unseen probe set (tests/data/unseen) reads and extracts without a crash.

The probe set measures how extraction generalizes (``kaohe eval tests/data/unseen/gold``);
its scores are reported, not asserted here: this only guards against exceptions on
layouts extraction was not written for.  Scanned twins (``*_scan.pdf``) are left out:
OCR takes ~15 s a page here, and the OCR path has its own tests.
"""

from pathlib import Path

import pytest

from extractors import read_document
from pipeline.extract import extract_scheme

UNSEEN = Path(__file__).parent / "data" / "unseen"
DOCUMENTS = sorted(p for p in UNSEEN.iterdir()
                   if p.suffix in {".docx", ".pdf", ".xlsx", ".html", ".txt"} and not p.stem.endswith("_scan"))


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_unseen_document_extracts_to_a_scheme_or_a_not_a_scheme_answer(path):
    scheme = extract_scheme(read_document(path))
    assert scheme.kind in {"scheme", "not_a_scheme"}
    assert scheme.metadata.source.file == path.name
