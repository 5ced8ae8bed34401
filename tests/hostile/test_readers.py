"""Hostile input to the readers: bounded work, a clear error or a bounded correct result.

Threats: a page nested 100,000 levels deep (quadratic article search, recursion
limits); deep-and-wide pages; a docx whose zip headers lie about its sizes (a
bomb the header check cannot see); one enormous line or cell that would become a
20-million-character title; a workbook of millions of cells.  Every file is made
by the test itself.
"""

from __future__ import annotations

import io
import struct
import time
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from extractors import CorruptFile, FileTooLarge, Limits, ZipBomb, read_document
from extractors.errors import NestingTooDeep

#: Generous wall-clock bound for a 2-core machine shared with other work; the reads take about a second.
SECONDS = 30


def timed_read(path: Path, limits: Limits | None = None):
    start = time.perf_counter()
    document = read_document(path, limits)
    return document, time.perf_counter() - start


# --------------------------------------------------------------------------- nesting


def test_100000_nested_divs_read_in_seconds_with_their_text(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "考核办法 第一条" + "</div>" * 100_000 + "</body></html>")
    assert path.stat().st_size > 1_000_000
    document, seconds = timed_read(path)
    assert [b.text for b in document.blocks] == ["考核办法 第一条"]
    assert document.notes == ["the page nests its elements 100,002 levels deep (limit 128); "
                              "99,999 wrapper elements that held only another wrapper were collapsed"]
    assert seconds < SECONDS


def test_deep_nesting_that_cannot_be_collapsed_is_refused_quickly(tmp_path):
    path = tmp_path / "alternating.html"
    path.write_text("<html><body>" + "<div><span>" * 50_000 + "考核" + "</span></div>" * 50_000 + "</body></html>")
    start = time.perf_counter()
    with pytest.raises(NestingTooDeep) as info:
        read_document(path)
    assert str(info.value) == (f"{path}: the page nests its elements 100,002 levels deep, beyond the limit of 128 "
                               "(after collapsing 0 wrappers)")
    assert time.perf_counter() - start < SECONDS


def test_many_deep_branches_are_read_in_linear_time(tmp_path):
    branch = "<div>" * 120 + "<p>考核内容</p>" + "</div>" * 120
    path = tmp_path / "wide.html"
    path.write_text("<html><body>" + branch * 300 + "</body></html>")
    document, seconds = timed_read(path)
    assert [b.text for b in document.blocks] == ["考核内容"] * 300
    assert seconds < SECONDS


# --------------------------------------------------------------------------- zip headers that lie


def docx_bytes(extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("考核办法")
    document.save(buffer)
    if not extra:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item.filename))
        for name, content in extra.items():
            dst.writestr(name, content)
    return out.getvalue()


def forge_size(data: bytes, name: str, stated: int) -> bytes:
    """Rewrite the uncompressed size of entry ``name`` in its local header and the central directory."""
    blob = bytearray(data)
    encoded = name.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        local = zf.getinfo(name).header_offset
    struct.pack_into("<L", blob, local + 22, stated)
    central = blob.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", blob, central + 28)[0]
        if bytes(blob[central + 46:central + 46 + name_len]) == encoded:
            struct.pack_into("<L", blob, central + 24, stated)
        central = blob.find(b"PK\x01\x02", central + 46)
    return bytes(blob)


def test_docx_whose_headers_understate_a_bomb_is_refused_while_decompressing(tmp_path):
    data = forge_size(docx_bytes({"word/media/blank.bin": bytes(60 * 1024 * 1024)}), "word/media/blank.bin", 1024)
    path = tmp_path / "forged.docx"
    path.write_bytes(data)
    start = time.perf_counter()
    with pytest.raises(ZipBomb) as info:
        read_document(path, Limits(max_unzipped_bytes=10 * 1024 * 1024))
    assert "while decompressing 'word/media/blank.bin', whatever its headers state" in str(info.value)
    assert str(info.value).endswith("possible zip bomb")
    assert time.perf_counter() - start < SECONDS


def test_docx_entry_larger_than_its_header_states_is_a_forged_archive(tmp_path):
    data = forge_size(docx_bytes({"word/media/pad.bin": bytes(200_000)}), "word/media/pad.bin", 100)
    path = tmp_path / "forged.docx"
    path.write_bytes(data)
    with pytest.raises(CorruptFile) as info:
        read_document(path)
    assert str(info.value) == (f"{path}: the zip entry 'word/media/pad.bin' expands to more than the 100 bytes "
                               "its header states (a forged archive)")


def test_honest_docx_passes_the_streaming_measure(tmp_path):
    path = tmp_path / "honest.docx"
    path.write_bytes(docx_bytes())
    assert read_document(path).blocks[0].text == "考核办法"


# --------------------------------------------------------------------------- over-long fields


def test_one_enormous_line_becomes_a_cut_paragraph_with_a_flag(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text("考核办法\n" + "分" * 1_000_000 + "\n", encoding="utf-8")
    document, seconds = timed_read(path)
    long = document.blocks[1]
    assert (len(long.text), long.text[-1], long.prov.char_end) == (20_000, "…", 20_000)
    assert [(f.kind, f.block, f.message) for f in document.flags] == [
        ("field_truncated", 1, "paragraph 1 holds 1,000,000 characters; cut to 20,000")]
    assert seconds < SECONDS


def test_an_enormous_table_cell_is_cut_and_flagged_with_its_row_and_column(tmp_path):
    path = tmp_path / "cell.html"
    path.write_text("<table><tr><td>项目</td><td>分值</td></tr><tr><td>" + "长" * 50_000
                    + "</td><td>5</td></tr></table>", encoding="utf-8")
    document = read_document(path, Limits(max_field_chars=1000))
    table = document.tables[0]
    assert [len(c) for c in table.rows()[1]] == [1000, 1]
    assert table.text.endswith("…\t5")  # the flattened text and cell spans follow the cut
    assert [(f.kind, f.row, f.message) for f in document.flags] == [
        ("field_truncated", 1, "table 0 cell (row 1, column 0) holds 50,000 characters; cut to 1,000")]


# --------------------------------------------------------------------------- workbook size


def workbook(tmp_path: Path, rows: int, cols: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in range(rows):
        ws.append([f"r{r}c{c}" for c in range(cols)])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    return path


def test_workbook_with_more_cells_than_the_limit_is_refused_before_loading(tmp_path):
    path = workbook(tmp_path, 300, 10)
    with pytest.raises(FileTooLarge) as info:
        read_document(path, Limits(max_xlsx_cells=2000))
    assert str(info.value) == (f"{path}: the workbook stores more than 2,000 cells (sheet part "
                               "xl/worksheets/sheet1.xml); that is far beyond a notice (limit KAOHE_MAX_XLSX_CELLS)")


def test_workbook_within_the_cell_limit_is_read(tmp_path):
    path = workbook(tmp_path, 30, 10)
    assert read_document(path, Limits(max_xlsx_cells=2000)).tables[0].n_rows == 30
