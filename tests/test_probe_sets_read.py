"""Every document of the held-out probe sets (tests/data/forms, forms2 … forms12) is readable by kaohe's
readers.

The sets are held out to MEASURE extraction on forms of stating points (each set's README says when it
was measured and what it found); extraction is deliberately not called here — its results are measured
and reported, not asserted.  This only guards the reading step: each file opens in its format (legacy
.doc/.xls through LibreOffice, image-only scans through OCR), its text carries the title its gold names,
documents and gold fixtures correspond one to one, and the golds are numbered without gaps.
"""

import importlib.util
import shutil

import pytest

from extractors import NoTextLayer, read_document
from probe_sets import probe_set, squeezed

#: each probe set and the letter its gold ids start with (f01, g01 … t01)
SETS = {"forms": "f", "forms2": "g", "forms3": "h", "forms4": "k", "forms5": "m", "forms6": "n", "forms7": "p",
        "forms8": "q", "forms9": "r", "forms10": "s", "forms11": "t",
        "forms13": "w",
        "forms14": "x",
        "forms15": "y",
        "forms16": "z",
        "forms17": "a",
        "forms18": "b",
        "forms19": "d",
        "forms20": "e",
        "forms12": "v"}
PROBES = {name: probe_set(name) for name in SETS}
DOCUMENTS = [(name, path) for name, probe in PROBES.items() for path in probe.documents]
LEGACY = {".doc", ".xls"}
#: forms9 holds image-only scans, read by OCR
SCANS = [path for name, path in DOCUMENTS if name == "forms9" and "_scan" in path.stem]
OCR_AVAILABLE = importlib.util.find_spec("rapidocr") is not None and importlib.util.find_spec("onnxruntime") is not None


@pytest.mark.parametrize("name", SETS)
def test_every_document_has_a_gold_and_every_gold_fixture_exists(name):
    probe = PROBES[name]
    assert sorted(p.name for p in probe.documents) == sorted(probe.fixture_gold)


@pytest.mark.parametrize("name", SETS)
def test_golds_are_numbered_from_01_without_gaps(name):
    golds = list(PROBES[name].golds)
    assert golds == [f"{SETS[name]}{n:02d}" for n in range(1, len(golds) + 1)]


def test_forms9_has_five_scans_without_a_text_layer():
    assert [p.name[:3] for p in SCANS] == ["r01", "r02", "r03", "r04", "r13"]
    for path in SCANS:
        with pytest.raises(NoTextLayer):
            read_document(path, ocr=False)


@pytest.mark.parametrize(("name", "path"), DOCUMENTS, ids=[f"{n}/{p.name}" for n, p in DOCUMENTS])
def test_document_reads_with_its_title_in_the_text(name, path):
    if path.suffix in LEGACY and not shutil.which("soffice"):
        pytest.skip("legacy .doc/.xls are read through LibreOffice, which is not installed")
    scan = path in SCANS
    if scan and not OCR_AVAILABLE:
        pytest.skip("the scans are read by OCR (RapidOCR), which is not installed")
    document = read_document(path, ocr=scan)
    probe = PROBES[name]
    assert document.source.name == path.name
    assert squeezed(probe.golds[probe.fixture_gold[path.name]]["title"]) in squeezed(document.text)
