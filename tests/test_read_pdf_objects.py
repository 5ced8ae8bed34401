"""The cheap character conversion gives pdfplumber's own object dicts."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extractors.pdf_objects import fast_objects

ROOT = Path(__file__).resolve().parents[1]
PDFS = [
    ROOT / "examples/notices/001_union_2011_table.pdf",  # ruled table over three pages
    ROOT / "tests/data/corpus/c02_sfls_daily_discipline_scoring_rules.pdf",
    ROOT / "tests/data/unseen/u02_industry_title_rows_in_table_scan.pdf",  # an image page
]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_every_object_dict_equals_pdfplumbers(path: Path) -> None:
    with pdfplumber.open(path) as plain, pdfplumber.open(path) as fast:
        for ours, theirs in zip(fast.pages, plain.pages):
            fast_objects(ours)
            assert ours.objects.keys() == theirs.objects.keys()
            for kind, objects in theirs.objects.items():
                mine = ours.objects[kind]
                assert len(mine) == len(objects)
                for a, b in zip(mine, objects):
                    assert list(a) == list(b)  # same keys in the same order
                    # characters compare by value; images hold their own stream object per open file
                    assert a == b if kind == "char" else repr(a) == repr(b)

