"""Every document of the fifth forms probe set (tests/data/forms5) is readable by kaohe's readers.

The set is held out to MEASURE extraction on award matrices, forms and score sheets the first four sets
lack; extraction is deliberately not called here (its results are measured and reported, not asserted).
This only guards the reading step: each file opens in its format (the legacy .doc/.xls through
LibreOffice), its text carries the title its gold names, and documents and gold fixtures correspond one
to one.
"""

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS5 = probe_set("forms5")


def test_every_forms5_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS5.documents) == sorted(FORMS5.fixture_gold)


def test_forms5_golds_are_numbered_m01_to_m14():
    assert list(FORMS5.golds) == [f"m{n:02d}" for n in range(1, 15)]


def test_forms5_has_twelve_schemes_and_two_documents_that_are_not():
    not_schemes = [doc_id for doc_id, g in FORMS5.golds.items() if g.get("kind") == "not_a_scheme"]
    assert not_schemes == ["m13", "m14"]


@pytest.mark.parametrize("path", FORMS5.documents, ids=[p.name for p in FORMS5.documents])
def test_forms5_document_reads_with_its_title_in_the_text(path):
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS5.golds[FORMS5.fixture_gold[path.name]]["title"]) in squeezed(document.text)
