"""A submission template that says what changed since last year's (``kaohe template --like LAST_YEAR``).

Items keep their meaning across years even where their printed codes move;
the comparison (:mod:`schemes.compare`) maps last year's item ids to this
year's.  The workbook built by :func:`pipeline.scoring.template.build_template`
is annotated: a column of an item that is new this year is filled green and
its comment starts with "新增 new this year"; a column whose item had another id
last year says which; a sheet "去年对照" lists every item id of last year with
this year's (or "removed").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from schemes.atomic import atomic_file, text_cell
from schemes.compare import compare
from schemes.model import Scheme

from .inputs import Contract
from .template import _identity, build_template

NEW_FILL = PatternFill("solid", fgColor="C6EFCE")
MAPPING_SHEET = "去年对照"


@dataclass
class LikeNotes:
    """What the template says about last year's: item ids new this year, renamed, removed."""

    new: list[str] = field(default_factory=list)  # this year's item ids without a partner last year
    renumbered: dict[str, str] = field(default_factory=dict)  # this year's id → last year's id, where they differ
    removed: list[str] = field(default_factory=list)  # last year's ids gone this year
    mapping: dict[str, list[str]] = field(default_factory=dict)  # last year's id → this year's ids


def like_notes(last_year: Scheme, scheme: Scheme) -> LikeNotes:
    c = compare(last_year, scheme)
    notes = LikeNotes(mapping=c.mapping, removed=list(c.removed))
    split_parts = {ch.new.id for ch in c.changes if ch.change == "split" and ch.new is not None}
    for old_id, new_ids in c.mapping.items():
        for n, new_id in enumerate(new_ids):
            if new_id in split_parts and n > 0:
                notes.new.append(new_id)  # the second part of a split item asks for new data
            elif new_id != old_id:
                notes.renumbered.setdefault(new_id, old_id)
    notes.new = [i.id for i in scheme.items if i.id in set(c.added) | set(notes.new)]
    return notes


def write_template_like(scheme: Scheme, last_year: Scheme, path: Path | str,
                        units: list[str] | None = None, ref: str | None = None) -> tuple[Path, LikeNotes]:
    """The wide template of ``scheme`` annotated against ``last_year`` (atomic write); like
    :func:`~pipeline.scoring.template.write_template` it names its scheme (``ref``) in a hidden sheet."""
    notes = like_notes(last_year, scheme)
    contract = Contract(scheme)
    wb = build_template(scheme, units, contract)
    column_item = {spec.column: tgt.id for tgt in contract.targets.values() if tgt.kind == "item"
                   for spec in tgt.inputs.values()}
    new = set(notes.new)
    for ws in wb.worksheets:
        for cell in ws[1]:
            item = column_item.get(str(cell.value))
            if item is None:
                continue
            note = None
            if item in new:
                cell.fill = NEW_FILL
                note = "新增 new this year"
            elif item in notes.renumbered:
                note = f"去年 last year: item {notes.renumbered[item]}"
            if note:
                old = cell.comment.text if cell.comment else ""
                comment = Comment(f"{note}\n{old}".strip(), "kaohe")
                comment.width, comment.height = 360, 220
                cell.comment = comment
    ws = wb.create_sheet(MAPPING_SHEET)
    for j, head in enumerate(["last year's item", "this year's item", "note"], 1):
        text_cell(ws.cell(row=1, column=j), head)
    row = 2
    for old_id, new_ids in notes.mapping.items():
        for new_id in new_ids:
            note = "new part of a split item" if new_id in new else ("renumbered" if new_id != old_id else "")
            for j, value in enumerate([old_id, new_id, note], 1):
                text_cell(ws.cell(row=row, column=j), value)
            row += 1
    for old_id in notes.removed:
        for j, value in enumerate([old_id, "", "removed"], 1):
            text_cell(ws.cell(row=row, column=j), value)
        row += 1
    for new_id in notes.new:
        if not any(new_id in ids for ids in notes.mapping.values()):
            for j, value in enumerate(["", new_id, "new this year"], 1):
                text_cell(ws.cell(row=row, column=j), value)
            row += 1
    _identity(wb, scheme, ref)
    with atomic_file(path) as tmp:
        wb.save(tmp)
    return Path(path), notes
