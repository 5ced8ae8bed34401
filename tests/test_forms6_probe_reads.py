"""Every document of the sixth forms probe set (tests/data/forms6) is readable by kaohe's readers.

The set is held out to MEASURE extraction on one-page rubrics and prose regulations that state points in
forms the earlier sets lack; extraction is deliberately not called here (its results are measured and
reported, not asserted). This only guards the reading step: each file opens in its format (the legacy
.doc and .xls through LibreOffice), its text carries the title its gold names, and documents and gold
fixtures correspond one to one.
"""

import shutil

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS6 = probe_set("forms6")
LEGACY = {".doc", ".xls"}


def test_every_forms6_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS6.documents) == sorted(FORMS6.fixture_gold)


def test_forms6_golds_are_numbered_n01_to_n14():
    assert list(FORMS6.golds) == [f"n{n:02d}" for n in range(1, 15)]


@pytest.mark.parametrize("path", FORMS6.documents, ids=[p.name for p in FORMS6.documents])
def test_forms6_document_reads_with_its_title_in_the_text(path):
    if path.suffix in LEGACY and not shutil.which("soffice"):
        pytest.skip("legacy .doc/.xls are read through LibreOffice, which is not installed")
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS6.golds[FORMS6.fixture_gold[path.name]]["title"]) in squeezed(document.text)
