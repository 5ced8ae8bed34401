"""Submission templates generated from a scheme: the wide Excel workbook, or the long CSV.

Workbook: one row per unit, one column per input.  Header cells carry the item
text and rule as a comment; cells carry data validation (是/否 lists, whole
numbers ≥ 0 for counts, 0..max for scores).  Schemes with rater groups get one
sheet per group that gives a direct score.  Every text (unit names from
``--units``, headers, the scheme's title) is a text cell, never a formula.

CSV: the long form ``unit,item,input,value,rater,evidence``, one row per unit
and input, values empty; formula-leading texts are neutralised (OWASP).

A filled-in template of either kind is a valid submission.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from typing import TYPE_CHECKING

from kaohe.i18n import _
from schemes.atomic import atomic_file, csv_cell, text_cell
from schemes.labels import entry_label
from schemes.model import Scheme

from .errors import SchemeArgError
from .inputs import Contract, InputSpec, TargetSpec
from .numbers import fmt_dec
from .rules import describe_rule
from .xlsx import sheet_title

if TYPE_CHECKING:  # openpyxl is imported where a workbook is made: the long CSV form does without it
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

MAIN_SHEET = "考核数据"
HELP_SHEET = "说明"
ID_SHEET = "kaohe"
MIN_ROWS = 200
#: The unit of a long CSV template made without a unit list: replace it by each unit's name.
PLACEHOLDER_UNIT = "单位名称"
LONG_HEADER = ("unit", "item", "input", "value", "rater", "evidence")


def build_template(scheme: Scheme, units: list[str] | None = None, contract: Contract | None = None) -> Workbook:
    from openpyxl import Workbook

    contract = contract or Contract(scheme)
    plan = contract.parts
    if units is None:
        units = list(scheme.targets[0].rows) if scheme.targets else []
    deduction = scheme.scoring_model == "deduction"
    rules = {i.id: describe_rule(i, deduction) for i in scheme.items}

    rating_group = next((r.name for p in plan.parts for r in p.raters if r.rates_items), None)
    main_title = sheet_title(rating_group) if rating_group else MAIN_SHEET
    sheets: dict[str, list[tuple[TargetSpec, InputSpec]]] = {main_title: []}
    for tgt in contract.targets.values():
        if tgt.kind == "part":
            for rater in tgt.raters:
                title = sheet_title(rater) if rater else (sheet_title(tgt.label) if rating_group else main_title)
                sheets.setdefault(title, []).append((tgt, tgt.inputs["score"]))
            continue
        for name in tgt.template_inputs:
            sheets[main_title].append((tgt, tgt.inputs[name]))

    wb = Workbook()
    wb.remove(wb.active)
    for title, cols in sheets.items():
        _sheet(wb.create_sheet(title), cols, units, rules)
    _help(wb.create_sheet(HELP_SHEET), scheme, main_title, rating_group)
    return wb


def scheme_fingerprint(scheme: Scheme) -> str:
    """What ties a template to its scheme: title, year and item ids (a corrected version with the same
    items still takes the template; another scheme does not)."""
    ids = sorted(i.id for i in scheme.items) + sorted(e.id for e in [*scheme.bonus, *scheme.deductions, *scheme.veto])
    text = "\n".join([scheme.metadata.title, str(scheme.metadata.year or ""), *ids])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _identity(wb: Workbook, scheme: Scheme, ref: str | None) -> None:
    """A hidden sheet naming the scheme (its first cell is not `unit`: scoring skips it)."""
    ws = wb.create_sheet(ID_SHEET)
    rows = (("scheme", scheme.metadata.title), ("year", str(scheme.metadata.year or "")),
            ("ref", ref or ""), ("fingerprint", scheme_fingerprint(scheme)))
    for r, (key, value) in enumerate(rows, 1):
        text_cell(ws.cell(row=r, column=1), key)
        text_cell(ws.cell(row=r, column=2), value)
    ws.sheet_state = "hidden"


def template_identity(path: Path | str) -> dict[str, str] | None:
    """The scheme a workbook template was made for (None: not a kaohe template, or not a workbook).
    The workbook's declared size is checked first (:func:`limits.check_workbook`): a hostile file is
    refused in one line here, before openpyxl loads its styles."""
    from openpyxl import load_workbook

    from .limits import check_workbook

    check_workbook(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - not a readable workbook: the submissions reader says why
        return None
    try:
        if ID_SHEET not in wb.sheetnames:
            return None
        rows = wb[ID_SHEET].iter_rows(min_row=1, max_row=10, max_col=2, values_only=True)
        return {str(k): str(v or "") for k, v in rows if k}
    finally:
        wb.close()


def check_template(path: Path | str, scheme: Scheme) -> None:
    """Refuse, in one line, a template made for another scheme."""
    made_for = template_identity(path)
    if made_for is None or made_for.get("fingerprint") in (None, scheme_fingerprint(scheme)):
        return
    ref = f" ({made_for['ref']})" if made_for.get("ref") else ""
    raise SchemeArgError(_("{file}: this template was made for 《{other}》{ref}, not for 《{this}》; fill in this "
                           "scheme's template (`kaohe template`)").format(
        file=Path(path).name, other=made_for.get("scheme", ""), ref=ref, this=scheme.metadata.title))


def write_template(scheme: Scheme, path: Path | str, units: list[str] | None = None, ref: str | None = None) -> Path:
    """Write the template atomically (temp file beside it, then rename); ``ref`` is the stored scheme's
    id@version, recorded with the scheme's fingerprint in a hidden sheet (:func:`check_template`)."""
    wb = build_template(scheme, units)
    _identity(wb, scheme, ref)
    with atomic_file(path) as tmp:
        wb.save(tmp)
    return Path(path)


def template_rows(scheme: Scheme, units: list[str] | None = None,
                  contract: Contract | None = None) -> list[tuple[str, str, str, str, str, str]]:
    """The long-form template: (unit, item, input, value, rater, evidence) for every unit and input.

    Units: the given list, else the units of the scheme's target table, else one placeholder unit.
    Inputs: those of the wide template (part scores once per rater group that gives one)."""
    contract = contract or Contract(scheme)
    if not units:
        units = list(scheme.targets[0].rows) if scheme.targets else [PLACEHOLDER_UNIT]
    inputs: list[tuple[str, str, str]] = []
    for tgt in contract.targets.values():
        if tgt.kind == "part":
            inputs += [(tgt.id, "score", rater) for rater in (tgt.raters or ("",))]
        else:
            inputs += [(tgt.id, name, "") for name in tgt.template_inputs]
    return [(u, t, i, "", r, "") for u in units for t, i, r in inputs]


def write_template_csv(scheme: Scheme, path: Path | str, units: list[str] | None = None) -> Path:
    """Write the long CSV template atomically; cells a spreadsheet would run as formulas are neutralised."""
    with atomic_file(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(LONG_HEADER)
            w.writerows([csv_cell(x) for x in row] for row in template_rows(scheme, units))
    return Path(path)


_HEAD_COLOR = "DDEBF7"


def _sheet(ws, cols: list[tuple[TargetSpec, InputSpec]], units: list[str], rules: dict[str, str]) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    head_fill = PatternFill("solid", fgColor=_HEAD_COLOR)
    last = max(len(units), MIN_ROWS) + 1
    for j, name in enumerate([_("unit"), *(spec.column for _t, spec in cols)], 1):
        text_cell(ws.cell(row=1, column=j), name)
    for r, u in enumerate(units, 2):
        text_cell(ws.cell(row=r, column=1), u)
    ws.freeze_panes = "B2"
    ws.column_dimensions["A"].width = 18
    head = ws[1]
    head[0].comment = Comment(_("the assessed unit: one row per unit"), "kaohe")
    validations: dict[str, DataValidation] = {}
    for j, (tgt, spec) in enumerate(cols, 2):
        cell = head[j - 1]
        cell.font = Font(bold=True)
        cell.fill = head_fill
        letter = get_column_letter(j)
        ws.column_dimensions[letter].width = max(12, min(len(spec.column) * 1.6, 24))
        text = [f"{spec.column}", tgt.label]
        if tgt.kind == "item":
            text.append(_("rule: {rule}").format(rule=rules[tgt.id]))
        else:
            text.append(entry_label(tgt.kind) if tgt.kind != "part" else _("part"))
        text.append(_("input: {input}").format(input=spec.label))
        text.append(_hint(spec))
        comment = Comment("\n".join(t for t in text if t), "kaohe")
        comment.width, comment.height = 360, 200
        cell.comment = comment
        dv = _validation(spec, validations)
        dv.add(f"{letter}2:{letter}{last}")
        if spec.rate:
            for row in ws.iter_rows(min_row=2, max_row=last, min_col=j, max_col=j):
                row[0].number_format = "0.0%"
    for dv in validations.values():
        ws.add_data_validation(dv)


def _hint(spec: InputSpec) -> str:
    if spec.kind == "bool":
        return _("enter 是 or 否")
    if spec.kind == "count":
        return _("enter a count: a whole number ≥ 0")
    if spec.kind == "score":
        return _("enter a score from 0 to {max}").format(max=fmt_dec(spec.max, "-")) if spec.max is not None \
            else _("enter a score ≥ 0")
    return _("enter a figure or a rate (65% or 0.65)") if spec.rate else _("enter a figure")


def _validation(spec: InputSpec, cache: dict[str, DataValidation]) -> DataValidation:
    from openpyxl.worksheet.datavalidation import DataValidation

    if spec.kind == "bool":
        key = "bool"
        make = lambda: DataValidation(type="list", formula1='"是,否"', allow_blank=True,  # noqa: E731
                                      errorTitle="是/否", error=_("enter 是 or 否"))
    elif spec.kind == "count":
        key = "count"
        make = lambda: DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",  # noqa: E731
                                      allow_blank=True, errorTitle=_("count"),
                                      error=_("enter a count: a whole number ≥ 0"))
    elif spec.kind == "score" and spec.max is not None:
        mx = fmt_dec(spec.max, "-")
        key = f"score:{mx}"
        make = lambda: DataValidation(type="decimal", operator="between", formula1="0", formula2=mx,  # noqa: E731
                                      allow_blank=True, errorTitle=_("score"),
                                      error=_("enter a score from 0 to {max}").format(max=mx))
    else:
        key = "number"
        make = lambda: DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",  # noqa: E731
                                      allow_blank=True, errorTitle=_("figure"), error=_("enter a figure ≥ 0"))
    if key not in cache:
        dv = make()
        dv.showErrorMessage = True
        cache[key] = dv
    return cache[key]


def _help(ws, scheme: Scheme, main_title: str, rating_group: str | None) -> None:
    lines = [
        f"{scheme.metadata.title}",
        "",
        _("How to fill in this workbook"),
        _("- Sheet {sheet}: one row per unit; one column per input, headed `<item> <input>`.").format(
            sheet=main_title),
        _("- Hover a header cell to see the item, its rule and what to enter."),
        _("- met / met:N: 是 or 否.  count: occurrences (0, 1, 2 …).  value: a figure or rate (65% or 0.65)."),
        _("- score: a rater's direct score within 0..max; add a column `<item> score` to override any item's rule."),
        _("- Leave a cell empty when there is nothing to report for a bonus, deduction or veto."),
    ]
    if rating_group:
        lines.append(_("- Item columns are the {group} group's facts; the other rater groups have their own "
                       "sheets.").format(group=rating_group))
    lines.append(_("- Sheets whose first header cell is not `unit` (like this one) are ignored when scoring."))
    for r, line in enumerate(lines, 1):
        text_cell(ws.cell(row=r, column=1), line)
    ws.column_dimensions["A"].width = 110
