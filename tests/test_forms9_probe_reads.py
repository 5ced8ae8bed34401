"""Every document of the ninth forms probe set (tests/data/forms9) is readable by kaohe's readers.

The set is held out to MEASURE extraction on scanned notices and long regulations whose points are spread
over articles, and on schemes split into weighted parts or per unit type; extraction is deliberately not
called here (its results are measured and reported, not asserted). This only guards the reading step:
each file opens in its format (the legacy .doc and .xls through LibreOffice, the image-only scans through
OCR), its text carries the title its gold names, the scans have no text layer, and documents and gold
fixtures correspond one to one.
"""

import importlib.util
import shutil

import pytest

from extractors import NoTextLayer, read_document
from probe_sets import probe_set, squeezed

FORMS9 = probe_set("forms9")
LEGACY = {".doc", ".xls"}
SCANS = [p for p in FORMS9.documents if "_scan" in p.stem]
OCR_AVAILABLE = importlib.util.find_spec("rapidocr") is not None and importlib.util.find_spec("onnxruntime") is not None


def test_every_forms9_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in FORMS9.documents) == sorted(FORMS9.fixture_gold)


def test_forms9_golds_are_numbered_r01_to_r14():
    assert list(FORMS9.golds) == [f"r{n:02d}" for n in range(1, 15)]


def test_forms9_has_five_scans():
    assert [p.name[:3] for p in SCANS] == ["r01", "r02", "r03", "r04", "r13"]


@pytest.mark.parametrize("path", SCANS, ids=[p.name for p in SCANS])
def test_forms9_scan_has_no_text_layer(path):
    with pytest.raises(NoTextLayer):
        read_document(path, ocr=False)


@pytest.mark.parametrize("path", FORMS9.documents, ids=[p.name for p in FORMS9.documents])
def test_forms9_document_reads_with_its_title_in_the_text(path):
    if path.suffix in LEGACY and not shutil.which("soffice"):
        pytest.skip("legacy .doc/.xls are read through LibreOffice, which is not installed")
    scan = path in SCANS
    if scan and not OCR_AVAILABLE:
        pytest.skip("the scans are read by OCR (RapidOCR), which is not installed")
    document = read_document(path, ocr=scan)
    assert document.source.name == path.name
    assert squeezed(FORMS9.golds[FORMS9.fixture_gold[path.name]]["title"]) in squeezed(document.text)
