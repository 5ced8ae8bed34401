"""Every document of the eighth forms probe set (tests/data/forms8) is readable by kaohe's readers.

The set is held out to MEASURE extraction on grassroots score sheets and award rules that state points in
forms the earlier sets lack (ranged deductions, per-person-time points, rank scales, ✓ columns, points keyed
by item number, quarterly sheets); extraction is deliberately not called here (its results are measured and
reported, not asserted). This only guards the reading step: each file opens in its format (the legacy
.doc and .xls through LibreOffice), its text carries the title its gold names, and documents and gold
fixtures correspond one to one.
"""

import shutil

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS8 = probe_set("forms8")
LEGACY = {".doc", ".xls"}


def test_every_forms8_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS8.documents) == sorted(FORMS8.fixture_gold)


def test_forms8_golds_are_numbered_q01_to_q14():
    assert list(FORMS8.golds) == [f"q{n:02d}" for n in range(1, 15)]


@pytest.mark.parametrize("path", FORMS8.documents, ids=[p.name for p in FORMS8.documents])
def test_forms8_document_reads_with_its_title_in_the_text(path):
    if path.suffix in LEGACY and not shutil.which("soffice"):
        pytest.skip("legacy .doc/.xls are read through LibreOffice, which is not installed")
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS8.golds[FORMS8.fixture_gold[path.name]]["title"]) in squeezed(document.text)


def test_forms8_q13_and_q14_are_the_two_not_a_scheme_golds():
    kinds = {doc_id: g.get("kind") for doc_id, g in FORMS8.golds.items()}
    assert sorted(k for k, v in kinds.items() if v == "not_a_scheme") == ["q13", "q14"]
