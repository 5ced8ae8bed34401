"""Hostile inputs that were already handled before the catalogue existed: XML
entity tricks in the formats kaohe parses, and two ingests of the same notice
racing on one store.  Each case: a clear error or a correct result, nothing lost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from conftest import NOTICES, ROOT
from extractors import CorruptFile, ReadError, read_document

SECRET = "KAOHE-SECRET-7f3a"

# External entity pointing at a local file (XXE) and nine levels of ten-fold
# entity expansion (a billion characters: "billion laughs").
def _xxe_dtd(root: str, secret_file: Path) -> str:
    return f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'


def _laughs_dtd(root: str) -> str:
    levels = ['<!ENTITY a "aaaaaaaaaa">']
    levels += [f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi")]
    return f"<!DOCTYPE {root} [{''.join(levels)}]>"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def _rewrite_member(src: Path, dst: Path, member: str, edit) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, edit(data.decode("utf-8")).encode("utf-8") if info.filename == member else data)
    return dst


def _with_dtd(xml: str, root_tag: str, dtd: str, entity: str, anchor: str) -> str:
    """Put `dtd` before the root element and `entity` where `anchor` stands."""
    at = xml.index(f"<{root_tag}")
    return xml[:at] + dtd + xml[at:].replace(anchor, anchor + entity, 1)


def _text_of(path: Path) -> str:
    return read_document(path).model_dump_json()


def _docx(tmp_path: Path, name: str, dtd: str, entity: str) -> Path:
    return _rewrite_member(NOTICES / "004_self_report.docx", tmp_path / name, "word/document.xml",
                           lambda xml: _with_dtd(xml, "w:document", dtd, entity, "<w:t>"))


def _xlsx(tmp_path: Path, name: str, dtd: str, entity: str) -> Path:
    base = tmp_path / "base.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["考核内容", "分值"])
    wb.active.append(["MARK", 10])
    wb.save(base)
    return _rewrite_member(base, tmp_path / name, "xl/worksheets/sheet1.xml",
                           lambda xml: _with_dtd(xml, "worksheet", dtd, entity, "MARK"))


def test_a_docx_external_entity_never_reads_the_local_file(tmp_path, secret_file):
    path = _docx(tmp_path, "xxe.docx", _xxe_dtd("w:document", secret_file), "&xxe;")
    try:
        assert SECRET not in _text_of(path)
    except ReadError as error:
        assert str(error).startswith(f"{path}: ")


def test_a_docx_billion_laughs_is_refused_as_corrupt(tmp_path):
    path = _docx(tmp_path, "laughs.docx", _laughs_dtd("w:document"), "&i;")
    with pytest.raises(CorruptFile, match="could not be parsed"):
        read_document(path)


def test_an_xlsx_external_entity_never_reads_the_local_file(tmp_path, secret_file):
    path = _xlsx(tmp_path, "xxe.xlsx", _xxe_dtd("worksheet", secret_file), "&xxe;")
    try:
        assert SECRET not in _text_of(path)
    except ReadError as error:
        assert str(error).startswith(f"{path}: ")


def test_an_xlsx_billion_laughs_is_refused_or_unexpanded(tmp_path):
    path = _xlsx(tmp_path, "laughs.xlsx", _laughs_dtd("worksheet"), "&i;")
    try:
        assert "a" * 10_000 not in _text_of(path)
    except ReadError as error:
        assert str(error).startswith(f"{path}: ")


@pytest.mark.parametrize("entity", ["&xxe;", "&i;"])
def test_html_entities_are_never_expanded(tmp_path, secret_file, entity):
    dtd = _xxe_dtd("html", secret_file) if entity == "&xxe;" else _laughs_dtd("html")
    path = tmp_path / "page.html"
    path.write_text(dtd + "<html><body><table><tr><th>考核内容</th><th>分值</th></tr>"
                    f"<tr><td>{entity}建会率</td><td>10</td></tr></table></body></html>", encoding="utf-8")
    text = _text_of(path)
    assert SECRET not in text and "a" * 10_000 not in text
    assert "建会率" in text


def test_two_ingests_of_the_same_notice_racing_store_it_once(tmp_path):
    """Two processes ingest one notice into one workspace at the same time:
    both succeed, and the store holds one scheme with one version."""
    home = tmp_path / "home"
    notice = tmp_path / "000_city_2016.html"
    notice.write_bytes((NOTICES / "000_city_2016.html").read_bytes())
    env = {**os.environ, "KAOHE_HOME": str(home), "PYTHONPATH": str(ROOT)}
    kaohe = [sys.executable, "-c", "from kaohe.cli import app; app()"]
    racers = [subprocess.Popen([*kaohe, "ingest", str(notice), "--json"], env=env, cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [r.communicate(timeout=300) for r in racers]
    assert [r.returncode for r in racers] == [0, 0], outcomes
    listing = subprocess.run([*kaohe, "schemes", "list", "--json"], env=env, cwd=tmp_path,
                             capture_output=True, text=True, timeout=120)
    assert listing.returncode == 0, listing.stderr
    schemes = json.loads(listing.stdout)
    assert len(schemes) == 1
    assert schemes[0]["versions"] == 1
