"""Prefill results → the submission template kaohe writes (wide workbook or long CSV), filled with the
proposed values, plus the evidence a rater confirms them from.

Workbook: the template of ``kaohe template`` (one row per unit, one column per input, validation, rule
comments) with each proposed value filled in — a cell comment quotes its evidence; values to check are
yellow — and a sheet ``证据 evidence`` with one row per unit and input: value, status (proposed, linked,
no evidence), check, confidence, evidence sentence, source, flags, attachments and the candidate
passages.  Its headers are bilingual (``单位 unit``), so `kaohe score` reads only the template sheets.

CSV: the long form ``unit,item,input,value,rater,evidence`` (the contract `kaohe score` reads) with the
extra columns ``status,confidence,source,flags``, which the reader ignores.

Values are left empty where nothing was read: a rater fills or confirms them; `kaohe score` refuses
missing required inputs unless ``--missing-zero``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.scoring.inputs import Contract
from pipeline.scoring.template import build_template, template_rows
from schemes.atomic import atomic_file, csv_cell, text_cell
from schemes.model import Scheme

from .model import Prefill, Proposal

EVIDENCE_SHEET = "证据 evidence"
#: bilingual headers: a sheet whose header reads `unit,item,input,value` would be taken for a submission
EVIDENCE_HEADER = ("报告 report", "单位 unit", "项目 item", "输入 input", "建议值 value", "状态 status", "核对 check",
                   "置信度 confidence", "依据 evidence", "出处 source", "提示 flags", "附件 attachments",
                   "候选 candidates")
CSV_EXTRA = ("status", "confidence", "source", "flags")
#: fills of proposed values: to check (yellow), as read (green)
CHECK_COLOR, OK_COLOR = "FFF2CC", "E2EFDA"


class DuplicateUnit(ValueError):
    """Two reports name the same unit."""


def check_units(results: list[Prefill]) -> None:
    seen: dict[str, str] = {}
    for r in results:
        if r.unit in seen:
            raise DuplicateUnit(f"{r.file}: names the same unit {r.unit!r} as {seen[r.unit]}; "
                                "give each report its unit with --unit (one report at a time)")
        seen[r.unit] = r.file


def _cell_value(p: Proposal, rate: bool):
    if p.value.endswith("%"):
        return float(p.value[:-1]) / 100
    try:
        x = float(p.value)
    except ValueError:
        return p.value
    return int(x) if x == int(x) and not rate else x


def rows(result: Prefill):
    """(target, proposal) for every input of every target of one report."""
    for t in result.targets:
        for p in t.proposals:
            yield t, p


def build_workbook(scheme: Scheme, results: list[Prefill], contract: Contract | None = None):
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    check_fill, ok_fill = PatternFill("solid", fgColor=CHECK_COLOR), PatternFill("solid", fgColor=OK_COLOR)
    contract = contract or Contract(scheme)
    check_units(results)
    wb = build_template(scheme, [r.unit for r in results], contract)
    for ws in wb.worksheets:
        header = [c.value for c in ws[1]]
        if not header or header[0] != "unit":
            continue
        col = {h: j for j, h in enumerate(header, 1) if h}
        for i, r in enumerate(results, 2):
            for t, p in rows(r):
                j = col.get(f"{t.target} {p.input}")
                if j is None or not p.value:
                    continue
                spec = contract.spec(t.target, p.input)
                cell = ws.cell(row=i, column=j)
                value = _cell_value(p, bool(spec and spec.rate))
                if isinstance(value, str):
                    text_cell(cell, value)
                else:
                    cell.value = value
                cell.fill = check_fill if p.check else ok_fill
                note = f"{p.evidence}\n— {p.where.label(span=True) if p.where else ''} confidence {p.confidence}"
                if p.flags:
                    note += "\n" + "\n".join(p.flags)
                comment = Comment(note[:1500], "kaohe prefill")
                comment.width, comment.height = 360, 160
                cell.comment = comment
    ws = wb.create_sheet(EVIDENCE_SHEET, 1)
    for j, h in enumerate(EVIDENCE_HEADER, 1):
        text_cell(ws.cell(row=1, column=j), h)
    n = 2
    for r in results:
        texts = {s.index: s.text for s in r.sentences}
        for t, p in rows(r):
            cands = "; ".join(f"{c.score:g}{'#' if c.by_number else ''} {texts.get(c.sentence, '')[:40]}"
                              for c in t.candidates[:3])
            line = [r.file, r.unit, t.target, p.input, p.value, p.status, "check" if p.check else "",
                    p.confidence if p.status == "proposed" else "", p.evidence,
                    p.where.label(span=True) if p.where else "", "; ".join(p.flags), "; ".join(t.attachments), cands]
            for j, v in enumerate(line, 1):
                cell = ws.cell(row=n, column=j)
                if isinstance(v, str):
                    text_cell(cell, v)
                else:
                    cell.value = v
            if p.status == "proposed":
                ws.cell(row=n, column=5).fill = check_fill if p.check else ok_fill
            n += 1
    ws.freeze_panes = "E2"
    for letter, width in zip("ABCDEFGHIJKLM", (18, 14, 8, 10, 10, 11, 7, 10, 60, 30, 30, 30, 40)):
        ws.column_dimensions[letter].width = width
    return wb


def write_xlsx(scheme: Scheme, results: list[Prefill], path: Path | str) -> Path:
    wb = build_workbook(scheme, results)
    with atomic_file(path) as tmp:
        wb.save(tmp)
    return Path(path)


def long_rows(scheme: Scheme, results: list[Prefill], contract: Contract | None = None) -> list[tuple]:
    """The long template rows of every unit, with the proposals filled in."""
    check_units(results)
    by_key = {(r.unit, t.target, p.input): p for r in results for t, p in rows(r)}
    out = []
    for unit, item, inp, _value, rater, _ev in template_rows(scheme, [r.unit for r in results], contract):
        p = by_key.get((unit, item, inp))
        if p is None:
            out.append((unit, item, inp, "", rater, "", "", "", "", ""))
            continue
        out.append((unit, item, inp, p.value, rater, p.evidence, p.status,
                    str(p.confidence) if p.status == "proposed" else "",
                    p.where.label(span=True) if p.where else "", "; ".join(p.flags)))
    for r in results:  # inputs read beyond the template's (shared_count:LEVEL)
        offered = {(row[1], row[2]) for row in out if row[0] == r.unit}
        for t, p in rows(r):
            if p.value and (t.target, p.input) not in offered:
                out.append((r.unit, t.target, p.input, p.value, "", p.evidence, p.status, str(p.confidence),
                            p.where.label(span=True) if p.where else "", "; ".join(p.flags)))
    return out


def write_csv(scheme: Scheme, results: list[Prefill], path: Path | str) -> Path:
    data = long_rows(scheme, results)
    with atomic_file(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(("unit", "item", "input", "value", "rater", "evidence", *CSV_EXTRA))
            w.writerows([csv_cell(str(x)) for x in row] for row in data)
    return Path(path)
