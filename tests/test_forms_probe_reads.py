"""Every document of the forms probe set (tests/data/forms) is readable by kaohe's readers.

The probe set is held out to MEASURE extraction on forms of stating points; extraction is
deliberately not called here (its results are measured and reported, not asserted).  This
only guards the reading step: each file opens in its format and its text carries the title
its gold names, and every gold names files that exist.
"""

import json
import re
from pathlib import Path

import pytest

from extractors import read_document

FORMS = Path(__file__).parent / "data" / "forms"
GOLDS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((FORMS / "gold").glob("*.json"))}
FIXTURE_GOLD = {name: doc_id for doc_id, g in GOLDS.items() for name in g["fixtures"]}
DOCUMENTS = sorted(p for p in FORMS.iterdir() if p.suffix in {".docx", ".pdf", ".xlsx", ".html", ".txt"})


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_document_has_a_gold_and_every_gold_fixture_exists():
    assert sorted(p.name for p in DOCUMENTS) == sorted(FIXTURE_GOLD)


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_forms_document_reads_with_its_title_in_the_text(path):
    document = read_document(path, ocr=False)
    assert document.source.name == path.name
    assert _squeezed(GOLDS[FIXTURE_GOLD[path.name]]["title"]) in _squeezed(document.text)
