"""Every document of the forms probe set (tests/data/forms) is readable by kaohe's readers.

The probe set is held out to MEASURE extraction on forms of stating points; extraction is
deliberately not called here (its results are measured and reported, not asserted).  This
only guards the reading step: each file opens in its format and its text carries the title
its gold names, and every gold names files that exist.
"""

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS = probe_set("forms")


def test_every_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS.documents) == sorted(FORMS.fixture_gold)


@pytest.mark.parametrize("path", FORMS.documents, ids=[p.name for p in FORMS.documents])
def test_forms_document_reads_with_its_title_in_the_text(path):
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS.golds[FORMS.fixture_gold[path.name]]["title"]) in squeezed(document.text)
