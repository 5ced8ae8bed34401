"""Every document of the fourth forms probe set (tests/data/forms4) is readable by kaohe's readers.

The set is held out to MEASURE extraction on forms of stating points the first three sets lack;
extraction is deliberately not called here (its results are measured and reported, not asserted).
This only guards the reading step: each file opens in its format, its text carries the title its
gold names, and documents and gold fixtures correspond one to one.
"""

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS4 = probe_set("forms4")


def test_every_forms4_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS4.documents) == sorted(FORMS4.fixture_gold)


def test_forms4_golds_are_numbered_k01_to_k13():
    assert list(FORMS4.golds) == [f"k{n:02d}" for n in range(1, 14)]


@pytest.mark.parametrize("path", FORMS4.documents, ids=[p.name for p in FORMS4.documents])
def test_forms4_document_reads_with_its_title_in_the_text(path):
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS4.golds[FORMS4.fixture_gold[path.name]]["title"]) in squeezed(document.text)
