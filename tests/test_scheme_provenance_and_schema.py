"""Every value points back to its source, and every scheme validates against the
committed JSON Schema."""

import json

import jsonschema
import pytest

from extracted import ALL_FILES, document, scheme
from extractors.model import Table
from schemes import jsonschema as published
from schemes.model import SourceRef


def source_text(name, ref):
    block = document(name).blocks[ref.block]
    if isinstance(block, Table):
        cell = next(c for c in block.cells if (c.row, c.col) == (ref.row, ref.col))
        return cell.text
    return block.text


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_source_quote_is_the_text_at_its_span(name):
    s = scheme(name)
    refs = [r for i in s.items for r in i.sources.values()]
    refs += [f.source for f in s.flags if f.source] + [r for c in s.categories for r in c.sources.values()]
    checked = 0
    for ref in refs:
        text = source_text(name, ref)
        if ref.end <= len(text):  # spans joined across a broken line are checked by their start
            assert text[ref.start:ref.end] == ref.quote
            checked += 1
    assert checked >= len(s.items)


@pytest.mark.parametrize("name", ["001_union_2011_table.pdf", "002_shaoxing_2019.pdf"])
def test_pdf_item_sources_carry_page_and_cell(name):
    for item in scheme(name).items:
        ref = item.sources["text"]
        assert ref.page is not None and ref.row is not None and ref.col is not None and ref.bbox is not None


def test_committed_json_schema_matches_the_model():
    assert published.SCHEMA_PATH.read_text(encoding="utf-8") == published.render()


@pytest.mark.parametrize("name", ALL_FILES)
def test_extracted_schemes_validate_against_the_json_schema(name):
    instance = json.loads(scheme(name).model_dump_json())
    jsonschema.Draft202012Validator(published.load()).validate(instance)
    assert instance["schema_version"] == "2.0"


@pytest.mark.parametrize("ref, label", [
    (SourceRef(file="a.pdf", block=7, page=4, table=0, row=2, col=1, end=6), "a.pdf p4 table 1 r3c2 chars 0-6"),
    (SourceRef(file="a.docx", block=9, table=1, row=5, start=12, end=40), "a.docx table 2 r6 chars 12-40"),
    (SourceRef(file="a.txt", block=3, paragraph=11, start=0, end=31), "a.txt para 12 chars 0-31"),
    (SourceRef(file="a.html", block=3, start=2, end=5), "a.html block 3 chars 2-5"),
])
def test_a_source_is_labelled_as_a_reader_counts(ref, label):
    assert ref.label(span=True) == label
    assert ref.label() == label.rsplit(" chars ", 1)[0]
