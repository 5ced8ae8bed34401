"""Unreadable input: every kind raises its own ReadError naming the file and
the problem, and the CLI turns it into one line and exit code 1.

(PDF-specific bad inputs live with the PDF reader's tests.)
"""

from __future__ import annotations

import random
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import NOTICES
from extractors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    FormatMismatch,
    Limits,
    ReadError,
    UnsupportedFormat,
    ZipBomb,
    read_document,
)
from extractors.detect import OLE_MAGIC
from extractors.model import Document
from kaohe.cli import app

DOCX = NOTICES / "004_self_report.docx"


def raises(exc_type: type[ReadError], path: Path, limits: Limits | None = None) -> str:
    """Read `path`, check the exact error type, return its message."""
    with pytest.raises(ReadError) as info:
        read_document(path, limits or Limits())
    assert type(info.value) is exc_type
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    return message


def rewrite_zip(src: Path, dst: Path, replace: dict[str, bytes]) -> None:
    """Copy a zip, replacing (or adding) the named members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename not in replace:
                zout.writestr(info, zin.read(info))
        for name, data in replace.items():
            zout.writestr(name, data)


def ole_file(path: Path, payload: bytes = b"") -> Path:
    """An OLE2 compound file header followed by `payload` (enough for detection)."""
    path.write_bytes(OLE_MAGIC + bytes(504) + payload)
    return path


# --------------------------------------------------------------------------- one test per kind


def test_empty_file(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    assert raises(EmptyFile, path).endswith("the file is empty")


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("考核" * 500, encoding="utf-8")
    message = raises(FileTooLarge, path, Limits(max_file_bytes=1000))
    assert message.endswith("the file is 3,000 bytes, over the limit of 1,000 bytes")


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.docx"
    assert raises(ReadError, path).endswith("no such file")


def test_docx_with_broken_xml(tmp_path):
    path = tmp_path / "broken.docx"
    rewrite_zip(DOCX, path, {"word/document.xml": b"<w:document><w:body><w:p>unclosed"})
    assert "the docx file could not be parsed (XMLSyntaxError" in raises(CorruptFile, path)


def test_truncated_docx(tmp_path):
    path = tmp_path / "truncated.docx"
    data = DOCX.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "the zip container is corrupt" in raises(CorruptFile, path)


def test_xlsx_with_broken_sheet_xml(tmp_path):
    import openpyxl

    good, path = tmp_path / "good.xlsx", tmp_path / "broken.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "分值"
    wb.save(good)
    rewrite_zip(good, path, {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row>"})
    assert "the xlsx file could not be parsed" in raises(CorruptFile, path)


def test_zip_bomb(tmp_path):
    path = tmp_path / "bomb.docx"
    shutil.copy(DOCX, path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf, zf.open("word/media/zeros.bin", "w") as fh:
        chunk = bytes(1 << 20)
        for _ in range(50):
            fh.write(chunk)
    assert path.stat().st_size < 1_000_000
    message = raises(ZipBomb, path, Limits(max_unzipped_bytes=10 * 1024 * 1024))
    assert message.endswith("possible zip bomb")
    assert "(limits: 10,485,760 bytes" in message


def test_docx_named_pdf(tmp_path):
    path = tmp_path / "notice.pdf"
    shutil.copy(DOCX, path)
    assert raises(FormatMismatch, path).endswith(
        "the name says pdf but the content is docx; rename the file to match its content")


def test_office_file_with_a_broken_ole_container(tmp_path):
    path = ole_file(tmp_path / "old.doc")
    assert "the OLE2 compound file is corrupt" in raises(CorruptFile, path)


def test_encrypted_office_file(tmp_path):
    path = ole_file(tmp_path / "secret.docx", b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le"))
    assert "password-protected" in raises(EncryptedFile, path)


def test_encrypted_office_file_with_its_directory_after_the_first_megabyte(tmp_path):
    """The OLE directory naming EncryptedPackage may sit anywhere in the file."""
    payload = bytes(2 * 1024 * 1024) + "EncryptedPackage".encode("utf-16-le")
    path = ole_file(tmp_path / "secret.docx", payload)
    assert "password-protected" in raises(EncryptedFile, path)


def test_random_bytes_named_txt(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(b"\x00" + random.Random(7).randbytes(8191))
    assert "binary content of an unknown format" in raises(UnsupportedFormat, path)


def test_zip_that_is_no_office_document(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "考核")
    assert "neither a docx nor an xlsx" in raises(UnsupportedFormat, path)


# --------------------------------------------------------------------------- CLI


def test_cli_prints_one_line_and_exits_1(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    result = CliRunner().invoke(app, ["read", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"kaohe: {path}: the file is empty\n"
    assert "Traceback" not in result.output


def test_cli_json_is_a_document():
    fixture = NOTICES / "001_union_2011_table.docx"
    result = CliRunner().invoke(app, ["read", str(fixture), "--json"])
    assert result.exit_code == 0, result.output
    doc = Document.model_validate_json(result.stdout)
    assert (doc.source.name, [b.kind for b in doc.blocks]) == (fixture.name, ["heading", "table"])
    assert doc.tables[0].cell_at(1, 0).row_span == 10


# --------------------------------------------------------------------------- reader bugs


def test_a_bug_in_a_reader_is_an_internal_error_not_a_corrupt_file(tmp_path, monkeypatch):
    from extractors import ReaderInternalError, txt_reader

    path = tmp_path / "notice.txt"
    path.write_text("考核办法\n", encoding="utf-8")
    monkeypatch.setattr(txt_reader, "make_paragraph", None)  # the reader now calls None: a bug
    with pytest.raises(ReaderInternalError) as info:
        read_document(path)
    assert not isinstance(info.value, ReadError)
    assert str(info.value).startswith(f"{path}: internal error in the txt reader (TypeError:")
    assert "txt_reader.py" in info.value.traceback and "Traceback" in info.value.traceback


def test_a_library_choking_on_malformed_content_is_still_a_corrupt_file(tmp_path):
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook><sheets><sheet")
    assert "could not be parsed" in raises(CorruptFile, path)
