"""Every document of the eleventh forms probe set (tests/data/forms11) is readable by kaohe's readers.

The set is held out to MEASURE extraction on a mixed round of rubric lines, prose regulations, award
matrices and forms that state points in ways the earlier sets lack; extraction is deliberately not called
here (its results are measured and reported, not asserted). This only guards the reading step: each file
opens in its format (the legacy .doc and .xls through LibreOffice), its text carries the title its gold
names, and documents and gold fixtures correspond one to one.
"""

import shutil

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS11 = probe_set("forms11")
LEGACY = {".doc", ".xls"}


def test_every_forms11_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS11.documents) == sorted(FORMS11.fixture_gold)


def test_forms11_golds_are_numbered_t01_to_t14():
    assert list(FORMS11.golds) == [f"t{n:02d}" for n in range(1, 15)]


@pytest.mark.parametrize("path", FORMS11.documents, ids=[p.name for p in FORMS11.documents])
def test_forms11_document_reads_with_its_title_in_the_text(path):
    if path.suffix in LEGACY and not shutil.which("soffice"):
        pytest.skip("legacy .doc/.xls are read through LibreOffice, which is not installed")
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS11.golds[FORMS11.fixture_gold[path.name]]["title"]) in squeezed(document.text)
