"""Every document of the tenth forms probe set (tests/data/forms10) is readable by kaohe's readers.

The set is held out to MEASURE extraction on spreadsheets and forms as offices really send them (formulas,
text and full-width numbers, hidden columns, a sheet per department, Alt+Enter line breaks, blank
self-evaluation columns, a 续表 with its header typed again, ①② item numbers, level-points columns);
extraction is deliberately not called here (its results are measured and reported, not asserted). This only
guards the reading step: each file opens in its format (the legacy .doc and .xls through LibreOffice), its text
carries the title its gold names, and documents and gold fixtures correspond one to one.
"""

import shutil

import pytest

from extractors import read_document
from probe_sets import probe_set, squeezed

FORMS10 = probe_set("forms10")
LEGACY = {".doc", ".xls"}


def test_every_forms10_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS10.documents) == sorted(FORMS10.fixture_gold)


def test_forms10_golds_are_numbered_s01_to_s14():
    assert list(FORMS10.golds) == [f"s{n:02d}" for n in range(1, 15)]


@pytest.mark.parametrize("path", FORMS10.documents, ids=[p.name for p in FORMS10.documents])
def test_forms10_document_reads_with_its_title_in_the_text(path):
    if path.suffix in LEGACY and not shutil.which("soffice"):
        pytest.skip("legacy .doc/.xls are read through LibreOffice, which is not installed")
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert squeezed(FORMS10.golds[FORMS10.fixture_gold[path.name]]["title"]) in squeezed(document.text)
