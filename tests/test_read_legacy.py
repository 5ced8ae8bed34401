"""Legacy and WPS office files (doc, wps, dot, xls, et, rtf, odt, ods): detected by
content, converted with LibreOffice into docx/xlsx, read by those readers; the
Document still names the original file.  The real .doc/.xls fixtures are in
tests/data/legacy (the .doc files are the 001 and 002 notices, saved by Word 97)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from functools import cache
from pathlib import Path

import pytest

from conftest import NOTICES, ROOT
from extractors import ConversionFailed, Limits, UnsupportedFormat, read_document
from extractors.convert import soffice_binary
from extractors.model import Document
from pipeline.extract import extract_scheme

LEGACY = ROOT / "tests" / "data" / "legacy"
CORPUS = ROOT / "tests" / "data" / "corpus"
pytestmark = pytest.mark.skipif(
    soffice_binary() is None, reason="LibreOffice (soffice) is not installed: run scripts/install_system_packages.sh"
)


@cache
def legacy(name: str) -> Document:
    return read_document(LEGACY / name)


def items(document: Document) -> list[tuple[str, float | None]]:
    scheme = extract_scheme(document)
    return [(item.text, item.points) for item in scheme.items]


@pytest.mark.parametrize("stem", ["001_union_2011_table", "002_shaoxing_2019"])
def test_doc_extracts_the_same_scheme_as_the_docx(stem):
    assert items(legacy(f"{stem}.doc")) == items(read_document(NOTICES / f"{stem}.docx"))


def test_doc_source_names_the_original_file_and_format():
    path = LEGACY / "002_shaoxing_2019.doc"
    source = legacy(path.name).source
    assert (source.name, source.format, source.original_format) == ("002_shaoxing_2019.doc", "docx", "doc")
    assert (source.sha256, source.size) == (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_size)
    assert [(f.kind, f.message) for f in legacy(path.name).flags] == [
        ("converted", "converted from doc to docx with LibreOffice before reading")]


def test_xls_workbook_reads_as_the_same_tables_as_its_xlsx():
    document = legacy("c11_donghua_project_hse_assessment_annex_2017draft.xls")
    assert document.source.original_format == "xls"
    assert [b.text for b in document.blocks if b.kind == "heading"] == [
        "表1设计HSE考核", "表2总承包项目HSE季度考核", "表3项目HSE管理制度", "表4项目HSE入库资料", "表5上报资料统计"]
    assert [(t.n_rows, t.n_cols) for t in document.tables] == [(17, 6), (95, 27), (46, 5), (52, 4), (60, 21)]
    assert document.tables[0].rows() == read_document(CORPUS / "c11_donghua_project_hse_assessment_annex_2017draft.xlsx").tables[0].rows()


def test_conversion_never_touches_the_input(tmp_path):
    path = tmp_path / "notice.doc"
    shutil.copy(LEGACY / "002_shaoxing_2019.doc", path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_document(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.doc"]


def test_word_97_content_named_wps_is_a_wps_writer_file(tmp_path):
    path = tmp_path / "notice.wps"
    shutil.copy(LEGACY / "001_union_2011_table.doc", path)
    document = read_document(path)
    assert document.source.original_format == "wps"
    assert document.tables[0].n_rows == 36


def test_excel_97_content_named_et_is_a_wps_spreadsheet(tmp_path):
    path = tmp_path / "annex.et"
    shutil.copy(LEGACY / "c11_donghua_project_hse_assessment_annex_2017draft.xls", path)
    assert read_document(path).source.original_format == "et"


def rtf_escape(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in text)


def test_rtf_with_a_table_is_read_with_its_table(tmp_path):
    rows = [["项目", "分值"], ["组织建设", "10"]]
    body = "".join(
        "\\trowd\\cellx3000\\cellx6000 " + "".join(f"\\pard\\intbl {rtf_escape(c)}\\cell " for c in row) + "\\row\n"
        for row in rows
    )
    path = tmp_path / "notice.rtf"
    path.write_text("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\n\\pard " + rtf_escape("考核办法")
                    + "\\par\n" + body + "\\pard\\par}", encoding="ascii")
    document = read_document(path)
    assert document.source.original_format == "rtf"
    assert document.blocks[0].text == "考核办法"
    assert document.tables[0].rows() == rows


def test_rtf_is_detected_by_content_whatever_its_name(tmp_path):
    path = tmp_path / "notice.doc"  # web publishers often name RTF files .doc
    path.write_text("{\\rtf1\\ansi " + rtf_escape("考核办法") + "\\par}", encoding="ascii")
    document = read_document(path)
    assert document.source.original_format == "rtf"
    assert [f.message for f in document.flags][0] == "the name says doc but the content is rtf; read as rtf"


def odf(path: Path, mimetype: str, content: str) -> Path:
    manifest = ('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", content)
    return path


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def odf_table(rows: list[list[str]]) -> str:
    return ('<table:table table:name="考核表"><table:table-column table:number-columns-repeated="2"/>'
            + "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>' for c in row)
                + "</table:table-row>" for row in rows) + "</table:table>")


def test_odt_is_read_as_a_word_document(tmp_path):
    rows = [["项目", "分值"], ["组织建设", "10"]]
    content = (f'<office:document-content {ODF_NS}><office:body><office:text>'
               f'<text:p>考核办法</text:p>{odf_table(rows)}</office:text></office:body></office:document-content>')
    document = read_document(odf(tmp_path / "notice.odt", "application/vnd.oasis.opendocument.text", content))
    assert (document.source.format, document.source.original_format) == ("docx", "odt")
    assert document.tables[0].rows() == rows


def test_ods_is_read_as_a_workbook(tmp_path):
    rows = [["项目", "分值"], ["组织建设", "10"]]
    content = (f'<office:document-content {ODF_NS}><office:body><office:spreadsheet>'
               f'{odf_table(rows)}</office:spreadsheet></office:body></office:document-content>')
    document = read_document(odf(tmp_path / "notice.ods", "application/vnd.oasis.opendocument.spreadsheet", content))
    assert (document.source.format, document.source.original_format) == ("xlsx", "ods")
    assert document.tables[0].rows() == rows


# --------------------------------------------------------------------------- failures


def fake_soffice(tmp_path: Path, script: str, monkeypatch) -> None:
    binary = tmp_path / "fake-soffice"
    binary.write_text("#!/bin/sh\n" + script + "\n")
    binary.chmod(0o755)
    monkeypatch.setenv("KAOHE_SOFFICE", str(binary))


def test_conversion_that_overruns_the_time_limit_is_a_clear_error(tmp_path, monkeypatch):
    fake_soffice(tmp_path, "sleep 30", monkeypatch)
    with pytest.raises(ConversionFailed) as info:
        read_document(LEGACY / "002_shaoxing_2019.doc", Limits(convert_timeout_s=0.5))
    assert str(info.value).endswith("002_shaoxing_2019.doc: LibreOffice did not finish converting the doc file within 0.5 s")


def test_conversion_that_fails_is_a_clear_error(tmp_path, monkeypatch):
    fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1", monkeypatch)
    with pytest.raises(ConversionFailed) as info:
        read_document(LEGACY / "002_shaoxing_2019.doc")
    assert str(info.value).endswith(
        "LibreOffice could not convert the doc file to docx (Error: source file could not be loaded)")


def test_without_libreoffice_a_legacy_file_is_refused_with_what_to_do(monkeypatch):
    monkeypatch.setenv("KAOHE_SOFFICE", "/nonexistent/soffice")
    with pytest.raises(UnsupportedFormat) as info:
        read_document(LEGACY / "002_shaoxing_2019.doc")
    assert "needs LibreOffice to be read, and soffice is not installed" in str(info.value)
