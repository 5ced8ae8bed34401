"""Every document of the second forms probe set (tests/data/forms2) is readable by kaohe's readers.

The set is held out to MEASURE extraction on forms of stating points the first set lacks; extraction
is deliberately not called here (its results are measured and reported, not asserted).  This only
guards the reading step: each file opens in its format, its text carries the title its gold names,
and documents and gold fixtures correspond one to one.
"""

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS2 = probe_set("forms2")


def test_every_forms2_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS2.documents) == sorted(FORMS2.fixture_gold)


def test_forms2_golds_are_numbered_g01_to_g16():
    assert list(FORMS2.golds) == [f"g{n:02d}" for n in range(1, 17)]


@pytest.mark.parametrize("path", FORMS2.documents, ids=[p.name for p in FORMS2.documents])
def test_forms2_document_reads_with_its_title_in_the_text(path):
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS2.golds[FORMS2.fixture_gold[path.name]]["title"]) in squeezed(document.text)
