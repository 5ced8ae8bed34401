"""Every document of the third forms probe set (tests/data/forms3) is readable by kaohe's readers.

The set is held out to MEASURE extraction on forms of stating points the first two sets lack;
extraction is deliberately not called here (its results are measured and reported, not asserted).
This only guards the reading step: each file opens in its format, its text carries the title its
gold names, and documents and gold fixtures correspond one to one.
"""

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS3 = probe_set("forms3")


def test_every_forms3_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS3.documents) == sorted(FORMS3.fixture_gold)


def test_forms3_golds_are_numbered_h01_to_h14():
    assert list(FORMS3.golds) == [f"h{n:02d}" for n in range(1, 15)]


@pytest.mark.parametrize("path", FORMS3.documents, ids=[p.name for p in FORMS3.documents])
def test_forms3_document_reads_with_its_title_in_the_text(path):
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS3.golds[FORMS3.fixture_gold[path.name]]["title"]) in squeezed(document.text)
