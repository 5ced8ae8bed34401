"""The documents an office sends: one 考核结果通报 (ranking, grades, vetoes, in the issuer's name) and one
考核反馈表 per unit (its items, scores and what was missing), as Word files and, through LibreOffice,
as PDF.

The texts are in the user's language (:mod:`kaohe.i18n`); data from the submissions only ever
becomes text runs (python-docx escapes it).  ``KAOHE_DOCUMENTS`` chooses the formats: ``docx,pdf``
(default), ``docx``, or ``none``.  PDFs come from one headless LibreOffice run for all files, with
a private profile, in its own process group, killed when it overruns :data:`PDF_TIMEOUT`; without
LibreOffice the Word files are kept and a note says why there is no PDF.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from kaohe.i18n import _

from .engine import Results
from .explain import RunExplanations
from .headers import flag_words, rank_order
from .numbers import fmt

NOTICE = "考核结果通报"
FEEDBACK_DIR = "考核反馈表"
PDF_TIMEOUT = 300.0  # seconds for the whole LibreOffice run
FEEDBACK_BATCH = 500  # units explained at a time for the 反馈表 (bounds memory on large runs)
FONT = "SimSun"  # 宋体, what offices print with; LibreOffice substitutes a CJK font when it is missing


def formats() -> set[str]:
    """The document formats to write, from ``KAOHE_DOCUMENTS`` (default docx and pdf)."""
    raw = os.environ.get("KAOHE_DOCUMENTS", "docx,pdf").lower()
    return {f for f in re.split(r"[,\s]+", raw) if f in ("docx", "pdf")}


def file_name(text: str, limit: int = 60) -> str:
    """A unit's name as a file name on every system: no path or reserved characters, no leading dot."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]', "_", text).strip().lstrip(".") or "_"
    return name[:limit]


def _document() -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # the CJK font, which Word takes from eastAsia
    return doc


def _title(doc: Document, text: str) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(18)


def _table(doc: Document, header: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text


def _signature(doc: Document, issuer: str | None, today: dt.date) -> None:
    for text in (issuer or "", _("{y}-{m:02d}-{d:02d}").format(y=today.year, m=today.month, d=today.day)):
        if text:
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def notice_docx(res: Results, path: Path, today: dt.date | None = None) -> Path:
    """考核结果通报: every unit by rank with its total, grade and veto; the run's notes; the issuer."""
    s = res.scheme
    today = today or dt.date.today()
    _title(doc := _document(), _("{title} results").format(title=s.metadata.title or _("Assessment")))
    doc.add_paragraph(_("The assessment of {n} units under “{title}” is complete. The results are as follows.")
                      .format(n=res.n, title=s.metadata.title or _("the scheme")))
    totals = [fmt(int(x)) for x in res.total]
    vetoes = res.veto_ids
    rows = [[str(int(res.rank[u])), res.units[u], totals[u], res.grade[u] or "",
             _("veto {what}").format(what="、".join(vetoes(u))) if vetoes(u) else ""]
            for u in rank_order(res.rank).tolist()]
    _table(doc, [_("rank"), _("unit"), _("total score"), _("grade"), _("notes")], rows)
    vetoed = [u for u in range(res.n) if vetoes(u)]
    if vetoed:
        doc.add_paragraph(_("Vetoed ({effect}): {units}.").format(
            effect=s.veto_effect or _("excluded from grades and awards"),
            units="、".join(res.units[u] for u in vetoed)))
    for note in res.notes:
        doc.add_paragraph(note)
    _signature(doc, s.metadata.issuer, today)
    doc.save(path)
    return path


def feedback_docx(res: Results, unit: dict, path: Path, today: dt.date | None = None) -> Path:
    """考核反馈表 of one unit (its explanation, :meth:`.explain.Explainer.unit_dict`): items, scores, what was missing."""
    s = res.scheme
    _title(doc := _document(), _("Assessment feedback"))
    doc.add_paragraph(s.metadata.title or "")
    grade = unit["grade"] or "—"
    doc.add_paragraph(_("Unit: {unit}    Total: {total}    Rank: {rank} of {n}    Grade: {grade}").format(
        unit=unit["unit"], total=_pts(unit["total"]), rank=unit["rank"], n=res.n, grade=grade))
    rows = [[i["id"], i["label"], _pts(i["max"]) if i["max"] is not None else "", _pts(i["score"]),
             "；".join([i["arithmetic"], *i["notes"]])] for i in unit["items"]]
    rows += [[e["id"], e["label"], "", _pts(e["score"]), e["arithmetic"]] for e in unit["entries"] if e["score"]]
    _table(doc, [_("item"), _("content"), _("maximum"), _("score"), _("how it was scored")], rows)
    missing = [i for i in unit["items"] if i["source"] == "missing"]
    if missing:
        doc.add_paragraph(_("Missing data (scored 0): {items}.").format(
            items="、".join(f"{i['id']} {i['label']}" for i in missing)))
    if unit["flags"]:
        doc.add_paragraph(_("notes:") + " " + flag_words(";".join(unit["flags"])))
    _signature(doc, s.metadata.issuer, today or dt.date.today())
    doc.save(path)
    return path


def _pts(x) -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x).replace("-", "−")


def write_documents(res: Results, folder: Path, kinds: set[str] | None = None,
                    explanations: RunExplanations | None = None, batch: int = FEEDBACK_BATCH) -> list[str]:
    """Write the 通报 and the 反馈表 into ``folder``; returns notes (e.g. why there is no PDF).

    ``explanations``: where the units' explanations come from (a streamed run re-reads its spill);
    they are asked for ``batch`` units at a time, in rank order, so memory holds one batch."""
    kinds = formats() if kinds is None else kinds
    if not kinds:
        return []
    ex = explanations or RunExplanations(res)
    written = [notice_docx(res, folder / f"{NOTICE}.docx")]
    sub = folder / FEEDBACK_DIR
    sub.mkdir()
    order = rank_order(res.rank).tolist()
    for a in range(0, len(order), batch):
        explained = ex.units(order[a:a + batch])
        for u in order[a:a + batch]:
            name = f"{int(res.rank[u]):03d}_{file_name(res.units[u])}.docx"
            written.append(feedback_docx(res, explained[u], sub / name))
    if "pdf" not in kinds:
        return []
    return to_pdf(written)


def soffice() -> str | None:
    configured = os.environ.get("KAOHE_SOFFICE")
    if configured:
        return configured if shutil.which(configured) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(paths: list[Path], timeout: float = PDF_TIMEOUT) -> list[str]:
    """A PDF beside each Word file, from one LibreOffice run per folder; notes of what failed."""
    binary = soffice()
    if binary is None:
        return [_("no PDF: LibreOffice (soffice) is not installed; the Word files are complete")]
    notes = []
    by_folder: dict[Path, list[Path]] = {}
    for p in paths:
        by_folder.setdefault(p.parent, []).append(p)
    with tempfile.TemporaryDirectory(prefix="kaohe-pdf-") as tmp:
        for folder, files in by_folder.items():
            command = [binary, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                       f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}",
                       "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)]
            problem = _run(command, timeout, Path(tmp))
            missing = [p.name for p in files if not p.with_suffix(".pdf").is_file()]
            if problem or missing:
                notes.append(_("no PDF for {files}: {problem}").format(
                    files="、".join(missing) or folder.name, problem=problem or _("LibreOffice wrote nothing")))
    return notes


def _run(command: list[str], timeout: float, home: Path) -> str | None:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                               start_new_session=True, env=dict(os.environ, HOME=str(home)))
    try:
        _out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return _("LibreOffice did not finish within {s:g} s").format(s=timeout)
    return None if process.returncode == 0 else " ".join(err.decode("utf-8", "replace").split())[-300:]
