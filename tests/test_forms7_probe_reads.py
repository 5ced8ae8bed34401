"""Every document of the seventh forms probe set (tests/data/forms7) is readable by kaohe's readers.

The set is held out to MEASURE extraction on schemes as notices are really published (a 通知 with its 附件 and
回执 in one file, Word automatic numbering, nested html lists, Chinese numeral cells, a notice sheet before the
scoring sheet, landscape PDF pages, text copied from a web page), in forms the earlier sets lack; extraction is deliberately not called here (its results are measured and
reported, not asserted). This only guards the reading step: each file opens in its format (the legacy
.doc through LibreOffice), its text carries the title its gold names, and documents and gold
fixtures correspond one to one.
"""

import shutil

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS7 = probe_set("forms7")
LEGACY = {".doc"}


def test_every_forms7_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS7.documents) == sorted(FORMS7.fixture_gold)


def test_forms7_golds_are_numbered_p01_to_p14():
    assert list(FORMS7.golds) == [f"p{n:02d}" for n in range(1, 15)]


@pytest.mark.parametrize("path", FORMS7.documents, ids=[p.name for p in FORMS7.documents])
def test_forms7_document_reads_with_its_title_in_the_text(path):
    if path.suffix in LEGACY and not shutil.which("soffice"):
        pytest.skip("legacy .doc/.xls are read through LibreOffice, which is not installed")
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS7.golds[FORMS7.fixture_gold[path.name]]["title"]) in squeezed(document.text)
