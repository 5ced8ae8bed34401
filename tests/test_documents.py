"""The documents an office sends: 考核结果通报 and one 考核反馈表 per unit, Word and PDF, opened and read back."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from pipeline.scoring import score_file
from pipeline.scoring.documents import FEEDBACK_DIR, NOTICE, file_name
from pipeline.scoring.output import write_all
from scoring_schemes import scheme_003, write_long_csv

FACTS = [("组织部", "1.1", "count", 2), ("组织部", "B1", "count:市总", 1), ("办公室", "V2", "met", "是"),
         ("../<宣传部>", "3.2", "count", 1)]


def cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("docs")
    mp = pytest.MonkeyPatch()
    mp.setenv("KAOHE_LANG", "zh_CN")
    mp.setenv("KAOHE_DOCUMENTS", "docx,pdf")
    try:
        scheme = scheme_003()
        scheme.metadata.issuer = "市总工会机关考核领导小组"
        res = score_file(scheme, write_long_csv(tmp / "f.csv", FACTS))
        problems: list[str] = []
        yield write_all(res, tmp / "out", documents=True, problems=problems), problems
    finally:
        mp.undo()


def test_the_notice_ranks_every_unit_with_grade_and_veto_in_the_issuers_name(out):
    folder, _problems = out
    doc = Document(folder / f"{NOTICE}.docx")
    text = [p.text for p in doc.paragraphs]
    assert text[0].endswith("考核结果通报")
    assert cells(doc.tables[0]) == [
        ["名次", "单位", "总分", "等次", "备注"],
        ["1", "办公室", "100", "", "一票否决 V2"],  # vetoed: ranked, but given no grade
        ["2", "../<宣传部>", "99.5", "一等奖", ""],
        ["3", "组织部", "95", "二等奖", ""],
    ]
    assert any(t.startswith("一票否决（") and t.endswith("：办公室。") for t in text)
    assert "市总工会机关考核领导小组" in text


def test_each_unit_has_a_feedback_form_with_its_items_and_scores(out):
    folder, _problems = out
    names = sorted(p.name for p in (folder / FEEDBACK_DIR).glob("*.docx"))
    assert len(names) == 3 and all("/" not in n and not n.startswith(".") for n in names)
    doc = Document(folder / FEEDBACK_DIR / next(n for n in names if "组织部" in n))
    assert doc.paragraphs[0].text == "考核反馈表"
    assert any(p.text.startswith("单位：组织部    总分：95") for p in doc.paragraphs)
    rows = cells(doc.tables[0])
    assert rows[0] == ["指标", "内容", "满分", "得分", "计分说明"]
    assert next(r for r in rows if r[0] == "1.1")[3:] == ["−10", "−5 × 2 = −10"]
    assert next(r for r in rows if r[0] == "B1")[3] == "5"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_every_document_has_a_pdf_that_holds_its_text(out):
    folder, problems = out
    assert problems == []
    pdfs = [folder / f"{NOTICE}.pdf", *sorted((folder / FEEDBACK_DIR).glob("*.pdf"))]
    assert len(pdfs) == 4 and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    import pdfplumber

    with pdfplumber.open(pdfs[0]) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "考核结果通报" in text and "组织部" in text


def test_unit_names_become_safe_file_names():
    assert [file_name(x) for x in ("../<宣传部>", "a/b:c", ".隐藏", "\x00")] == ["__宣传部_", "a_b_c", "隐藏", "_"]


def test_kaohe_score_writes_the_documents(tmp_path):
    facts = write_long_csv(tmp_path / "f.csv", FACTS[:2])
    scheme = tmp_path / "s.json"
    scheme.write_text(scheme_003().model_dump_json(), encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root), "KAOHE_LANG": "zh_CN", "KAOHE_DOCUMENTS": "docx",
           "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", "from kaohe.cli import app; app()", "score", str(scheme),
                           str(facts), "-o", str(tmp_path / "out")], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / f"{NOTICE}.docx").is_file()
    assert [p.name for p in (tmp_path / "out" / FEEDBACK_DIR).iterdir()] == ["001_组织部.docx"]
