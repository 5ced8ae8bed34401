"""The real fixtures read and extracted once per test session, and small text helpers."""

from __future__ import annotations

import re
from functools import cache

from conftest import NOTICES
from extractors import read_document
from extractors.model import Document, Table
from pipeline.extract import extract_scheme
from schemes.model import Scheme

FORMATS = {
    "000": ["000_city_2016.html", "000_city_2016_gbk.html", "000_956f0e11c06d5172.txt"],
    "001": ["001_union_2011_table.docx", "001_union_2011_table.pdf", "001_a79c898a44027441.txt"],
    "002": ["002_shaoxing_2019.docx", "002_shaoxing_2019.pdf", "002_02ed08d96c414266.txt"],
    "003": ["003_district_2023.docx", "003_2669f0fbdc4810f7.txt"],
    "004": ["004_self_report.docx", "004_4b2e7f41540610e8.txt"],
}
ALL_FILES = [f for files in FORMATS.values() for f in files]


@cache
def document(name: str) -> Document:
    return read_document(NOTICES / name)


read = document


@cache
def scheme(name: str) -> Scheme:
    return extract_scheme(document(name))


def squash(text: str) -> str:
    """Text without any whitespace (cells in the fixtures hold line breaks)."""
    return re.sub(r"\s+", "", text)


def column(table: Table, col: int) -> list[str]:
    return [squash(row[col]) for row in table.rows()]
