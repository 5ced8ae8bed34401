"""The Excel review round-trip: export a scheme for reviewers, import their edits as corrections.

The workbook has an ``items`` sheet (one row per item, header
``id, category, code, text, points, departments, rule, criteria, flags, source``),
a ``categories`` sheet (``id, name, points`` and the read-only open ``flags``),
and a hidden ``_kaohe`` sheet with the scheme id, version and the revision the
sheet was exported at.  On import the sheet is compared with the scheme at
that revision (a sheet based on a stale revision is refused): every changed
row becomes one audited correction, rows added or deleted become items (or
categories) added or removed.  ``flags`` and ``source`` are for reading only.

Reading and writing files happens at the edges (:func:`write_review_sheet`,
:func:`read_review_sheet`); :func:`sheet_corrections` is pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from .corrections import Op, apply_ops, element_keys, scheme_doc, to_scheme
from .model import Category, Flag, Item, ManualRule, Scheme, SourceRef

HEADER = ["id", "category", "code", "text", "points", "departments", "rule", "criteria", "flags", "source"]
CATEGORY_HEADER = ["id", "name", "points", "flags"]
ITEMS, CATEGORIES, META = "items", "categories", "_kaohe"
SHEET_FORMAT = "1"
DEPT_JOIN = "、"
_DEPT_SPLIT = re.compile(r"[、,，;；\n]+")
_WIDTHS = {"id": 8, "category": 9, "code": 6, "text": 48, "points": 8, "departments": 18, "rule": 12,
           "criteria": 60, "flags": 40, "source": 34, "name": 24}


class SheetError(ValueError):
    """The workbook is not a kaohe review sheet, or a row cannot be understood."""


@dataclass(frozen=True)
class SheetMeta:
    scheme_id: int
    version: int
    base_revision: int


@dataclass(frozen=True)
class ItemRow:
    row: int
    id: str
    category: str
    code: str | None
    text: str
    points: float | None
    departments: list[str]
    rule: str
    criteria: str


@dataclass(frozen=True)
class CategoryRow:
    row: int
    id: str
    name: str
    points: float | None


@dataclass(frozen=True)
class ReviewSheet:
    meta: SheetMeta
    items: list[ItemRow]
    categories: list[CategoryRow]


@dataclass
class SheetEdits:
    patches: list[list[Op]] = field(default_factory=list)  # one correction per changed row
    changes: list[str] = field(default_factory=list)  # what each patch does, for people


# --------------------------------------------------------------------------- export


def source_text(sources: dict[str, SourceRef]) -> str:
    """``002_shaoxing_2019.pdf p4 table 1 r3c2``: counted from 1 as a reader counts (the model counts from 0)."""
    src = sources.get("text") or next(iter(sources.values()), None)
    if src is None:
        return ""
    parts = [src.file]
    if src.page is not None:
        parts.append(f"p{src.page}")
    if src.table is not None:
        parts.append(f"table {src.table + 1}")
        if src.row is not None and src.col is not None:
            parts.append(f"r{src.row + 1}c{src.col + 1}")
    elif src.paragraph is not None:
        parts.append(f"para {src.paragraph + 1}")
    else:
        parts.append(f"block {src.block}")  # as `kaohe read` numbers blocks
    return " ".join(parts)


def item_flags(scheme: Scheme, item: Item) -> list[Flag]:
    cat_name = next((c.name for c in scheme.categories if c.id == item.category), None)
    return [f for f in scheme.open_flags if f.kind != "subtotal_mismatch" and (
        f.target == item.id or (f.target is None and f.code and f.code == item.code and f.category == cat_name))]


def category_flags(scheme: Scheme, category: Category) -> list[Flag]:
    return [f for f in scheme.open_flags if f.kind == "subtotal_mismatch"
            and (f.target == category.id or (f.target is None and f.category == category.name))]


def _flag_lines(scheme: Scheme, flags: list[Flag]) -> str:
    from .store.checks import flag_note  # the reconciliation arithmetic lives with the publish checks

    lines = []
    for f in flags:
        note = flag_note(scheme, f)
        lines.append(f"{f.kind}: {f.message}" + (f" [{note}]" if note else ""))
    return "\n".join(lines)


def build_workbook(scheme: Scheme, meta: SheetMeta) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = ITEMS
    _header(ws, HEADER)
    for item in scheme.items:
        ws.append([item.id, item.category, item.code, item.text, item.points, DEPT_JOIN.join(item.departments),
                   item.rule_kind or "", item.criteria, _flag_lines(scheme, item_flags(scheme, item)),
                   source_text(item.sources)])
    cats = wb.create_sheet(CATEGORIES)
    _header(cats, CATEGORY_HEADER)
    for cat in scheme.categories:
        cats.append([cat.id, cat.name, cat.points, _flag_lines(scheme, category_flags(scheme, cat))])
    for sheet in (ws, cats):
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    hidden = wb.create_sheet(META)
    for key, value in (("format", SHEET_FORMAT), ("scheme_id", meta.scheme_id), ("version", meta.version),
                       ("base_revision", meta.base_revision), ("title", scheme.metadata.title),
                       ("exported_at", datetime.now(timezone.utc).isoformat(timespec="seconds"))):
        hidden.append([key, value])
    hidden.sheet_state = "hidden"
    return wb


def _header(ws: Worksheet, names: list[str]) -> None:
    ws.append(names)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for cell, name in zip(ws[1], names):
        cell.font = Font(bold=True)
        cell.fill = fill
        ws.column_dimensions[cell.column_letter].width = _WIDTHS.get(name, 10)
    ws.freeze_panes = "A2"


def write_review_sheet(path: str | Path, scheme: Scheme, meta: SheetMeta) -> Path:
    path = Path(path)
    build_workbook(scheme, meta).save(path)
    return path


# --------------------------------------------------------------------------- import


def read_review_sheet(path: str | Path) -> ReviewSheet:
    path = Path(path)
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many types for non-xlsx input
        raise SheetError(f"{path}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    for name in (ITEMS, CATEGORIES, META):
        if name not in wb.sheetnames:
            raise SheetError(f"{path}: sheet {name!r} is missing; export a review sheet with `kaohe review export`")
    meta = _read_meta(path, wb[META])
    item_rows = _rows(path, wb[ITEMS], HEADER)
    cat_rows = _rows(path, wb[CATEGORIES], CATEGORY_HEADER)
    items = [ItemRow(row=n, id=_str(r["id"]), category=_str(r["category"]), code=_str(r["code"]) or None,
                     text=_str(r["text"]), points=_points(path, ITEMS, n, r["points"]),
                     departments=[d.strip() for d in _DEPT_SPLIT.split(_str(r["departments"])) if d.strip()],
                     rule=_str(r["rule"]), criteria=_str(r["criteria"], strip=False))
             for n, r in item_rows]
    cats = [CategoryRow(row=n, id=_str(r["id"]), name=_str(r["name"]),
                        points=_points(path, CATEGORIES, n, r["points"])) for n, r in cat_rows]
    return ReviewSheet(meta, items, cats)


def _read_meta(path: Path, ws: Worksheet) -> SheetMeta:
    values = {str(r[0]): r[1] for r in ws.iter_rows(values_only=True) if r and r[0] is not None}
    try:
        return SheetMeta(int(values["scheme_id"]), int(values["version"]), int(values["base_revision"]))
    except (KeyError, TypeError, ValueError):
        raise SheetError(f"{path}: the hidden {META!r} sheet does not name the scheme and revision") from None


def _rows(path: Path, ws: Worksheet, header: list[str]) -> list[tuple[int, dict[str, Any]]]:
    rows = ws.iter_rows(values_only=True)
    first = [_str(v) for v in next(rows, ())]
    if first[: len(header)] != header:
        raise SheetError(f"{path}: sheet {ws.title!r} must start with the header {', '.join(header)}")
    out = []
    for n, values in enumerate(rows, start=2):
        values = list(values[: len(header)]) + [None] * (len(header) - len(values))
        if all(v is None or _str(v) == "" for v in values):
            continue
        out.append((n, dict(zip(header, values))))
    return out


def _str(value: Any, strip: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.strip() if strip else text


def _points(path: Path, sheet: str, row: int, value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip().removesuffix("分").strip()
    try:
        return float(text)
    except ValueError:
        raise SheetError(f"{path}: sheet {sheet!r} row {row}: points {value!r} is not a number") from None


# --------------------------------------------------------------------------- edits → corrections


def sheet_corrections(scheme: Scheme, sheet: ReviewSheet, *, resolve_flags: bool = False,
                      resolution: str = "") -> SheetEdits:
    """The corrections that turn ``scheme`` into what the sheet says (pure).

    Order keeps every intermediate scheme valid: categories added, then items
    changed or added, items removed, categories changed and removed, and
    finally (with ``resolve_flags``) the subtotal/total flags of the touched
    categories marked resolved with ``resolution``.
    """
    edits = SheetEdits()
    _check_unique(sheet)
    cat_ids = {c.id for c in scheme.categories}
    sheet_cats = {r.id: r for r in sheet.categories if r.id}
    touched: set[str] = set()

    new_cat_ids = iter(str(n) for n in range(len(scheme.categories) + 1, 10_000) if str(n) not in cat_ids)
    added_cats: list[CategoryRow] = []
    for r in sheet.categories:
        if r.id not in cat_ids:
            cid = r.id or next(new_cat_ids)
            value = _validated(Category, r.row, CATEGORIES, id=cid, name=r.name, points=r.points).model_dump(mode="json")
            edits.patches.append([{"op": "add", "path": "/categories/-", "value": value}])
            edits.changes.append(f"category {cid} {r.name}: added")
            added_cats.append(CategoryRow(r.row, cid, r.name, r.points))
            touched.add(cid)
    categories = [*((c.id, c.name) for c in scheme.categories), *((c.id, c.name) for c in added_cats)]

    items_by_id = {i.id: i for i in scheme.items}
    sheet_ids = [r.id for r in sheet.items]
    for pos, r in enumerate(sheet.items):
        category = _category_id(categories, r)
        old = items_by_id.get(r.id) if r.id else None
        if old is not None:
            ops, what = _item_ops(old, r, category)
            if ops:
                edits.patches.append(ops)
                edits.changes.append(f"item {old.id}: " + "; ".join(what))
                if {"points", "category"} & {op["path"].rsplit("/", 1)[-1] for op in ops}:
                    touched.update({old.category, category})
            continue
        item = _new_item(scheme, sheet, r, category)
        anchor = next((i for i in sheet_ids[pos + 1:] if i in items_by_id), None)
        edits.patches.append([{"op": "add", "path": f"/items/@{anchor}" if anchor else "/items/-",
                                "value": item.model_dump(mode="json")}])
        edits.changes.append(f"item {item.id}: added ({_short(item.text)}, {item.points} points)")
        touched.add(category)

    kept = set(sheet_ids)
    for item in scheme.items:
        if item.id not in kept:
            edits.patches.append([{"op": "remove", "path": f"/items/@{item.id}"}])
            edits.changes.append(f"item {item.id}: removed ({_short(item.text)})")
            touched.add(item.category)

    for cat in scheme.categories:
        r = sheet_cats.get(cat.id)
        if r is None:
            edits.patches.append([{"op": "remove", "path": f"/categories/@{cat.id}"}])
            edits.changes.append(f"category {cat.id} {cat.name}: removed")
            touched.add(cat.id)
            continue
        ops, what = [], []
        if r.name != cat.name:
            ops.append({"op": "replace", "path": f"/categories/@{cat.id}/name", "value": r.name})
            what.append(f"name {cat.name} → {r.name}")
        if not _same_points(r.points, cat.points):
            ops.append({"op": "replace", "path": f"/categories/@{cat.id}/points", "value": r.points})
            what.append(f"points {_pts(cat.points)} → {_pts(r.points)}")
            touched.add(cat.id)
        if ops:
            edits.patches.append(ops)
            edits.changes.append(f"category {cat.id}: " + "; ".join(what))

    if resolve_flags and touched:
        _resolve_sum_flags(scheme, edits, touched, resolution)
    return edits


def _resolve_sum_flags(scheme: Scheme, edits: SheetEdits, touched: set[str], resolution: str) -> None:
    from .store.checks import flag_category, flag_note

    after = to_scheme(apply_ops(scheme_doc(scheme), [op for p in edits.patches for op in p]))
    keys = element_keys("flags", [f.model_dump(mode="json") for f in after.flags])
    for key, flag in zip(keys, after.flags):
        if flag.resolved or flag.kind not in ("subtotal_mismatch", "total_mismatch"):
            continue
        if flag.kind == "subtotal_mismatch" and flag_category(after, flag) not in touched:
            continue
        note = flag_note(after, flag) or ""
        text = "; ".join(t for t in (resolution, note) if t)
        edits.patches.append([
            {"op": "replace", "path": f"/flags/@{key}/resolved", "value": True},
            {"op": "replace", "path": f"/flags/@{key}/resolution", "value": text},
        ])
        edits.changes.append(f"flag {key}: resolved ({note})" if note else f"flag {key}: resolved")


def _check_unique(sheet: ReviewSheet) -> None:
    for rows, name in ((sheet.items, ITEMS), (sheet.categories, CATEGORIES)):
        seen: dict[str, int] = {}
        for r in rows:
            if r.id and r.id in seen:
                raise SheetError(f"sheet {name!r} rows {seen[r.id]} and {r.row} have the same id {r.id}")
            seen[r.id] = r.row


def _category_id(categories: list[tuple[str, str]], r: ItemRow) -> str:
    ids = [cid for cid, _ in categories]
    if r.category in ids:
        return r.category
    by_name = [cid for cid, name in categories if name == r.category]
    if len(by_name) == 1:
        return by_name[0]
    raise SheetError(f"sheet {ITEMS!r} row {r.row}: category {r.category!r} is neither a category id "
                     f"nor a unique category name (see the {CATEGORIES!r} sheet)")


def _item_ops(old: Item, r: ItemRow, category: str) -> tuple[list[Op], list[str]]:
    base = f"/items/@{old.id}"
    ops: list[Op] = []
    what: list[str] = []

    def change(field_name: str, value: Any, shown: str) -> None:
        ops.append({"op": "replace", "path": f"{base}/{field_name}", "value": value})
        what.append(shown)

    if category != old.category:
        change("category", category, f"category {old.category} → {category}")
    if (r.code or None) != (old.code or None):
        change("code", r.code, f"code {old.code} → {r.code}")
    if r.text != old.text.strip():
        change("text", r.text, f"text → {_short(r.text)}")
    if not _same_points(r.points, old.points):
        change("points", r.points, f"points {_pts(old.points)} → {_pts(r.points)}")
    if r.departments != old.departments:
        change("departments", r.departments, f"departments → {DEPT_JOIN.join(r.departments) or '(none)'}")
    if r.criteria.strip() != old.criteria.strip():
        change("criteria", r.criteria.strip(), f"criteria → {_short(r.criteria)}")
    if r.rule != (old.rule_kind or ""):
        change("rule", _rule_value(r, old.criteria), f"rule {old.rule_kind or '(none)'} → {r.rule or '(none)'}")
    return ops, what


def _rule_value(r: ItemRow, criteria: str) -> dict | None:
    if not r.rule:
        return None
    if r.rule == "manual":
        return ManualRule(text=r.criteria.strip() or criteria).model_dump(mode="json")
    raise SheetError(f"sheet {ITEMS!r} row {r.row}: the rule can only be set to 'manual' or cleared in the sheet; "
                     "other rules need their parameters (use `kaohe schemes correct`)")


def _new_item(scheme: Scheme, sheet: ReviewSheet, r: ItemRow, category: str) -> Item:
    """An added row; without an id it gets one the extractor's way: its code, or category.code."""
    item_id = r.id
    if not item_id:
        if not r.code:
            raise SheetError(f"sheet {ITEMS!r} row {r.row}: a new item needs an id or a code")
        taken = {i.id for i in scheme.items} | {x.id for x in sheet.items if x.id}
        unique = sum(1 for x in sheet.items if x.code == r.code) == 1
        item_id = r.code if unique and r.code not in taken else f"{category}.{r.code}"
        if item_id in taken:
            raise SheetError(f"sheet {ITEMS!r} row {r.row}: the id {item_id} is taken; give the new row an id")
    rule = _rule_value(r, r.criteria) if r.rule else None
    return _validated(Item, r.row, ITEMS, id=item_id, category=category, code=r.code, text=r.text,
                      points=r.points, departments=r.departments, criteria=r.criteria.strip(), rule=rule)


def _validated(model: type, row: int, sheet: str, **values: Any) -> Any:
    try:
        return model(**values)
    except ValueError as exc:
        raise SheetError(f"sheet {sheet!r} row {row}: {exc}") from None


def _same_points(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-9


def _pts(x: float | None) -> str:
    return "none" if x is None else f"{x:g}"


def _short(text: str, width: int = 24) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


# --------------------------------------------------------------------------- with the store


@dataclass(frozen=True)
class ImportResult:
    info: Any  # schemes.store.VersionInfo after the import
    changes: list[str]

    @property
    def unchanged(self) -> bool:
        return not self.changes


def export_review(store: Any, ref: str, path: str | Path) -> tuple[Any, Path]:
    """Write the review sheet of a version (default: the latest) at its current revision."""
    info = store.get(ref)
    return info, write_review_sheet(path, info.scheme, SheetMeta(info.scheme_id, info.version, info.revision))


def import_review(store: Any, path: str | Path, *, author: str, reason: str | None = None,
                  resolve_flags: bool = False) -> ImportResult:
    """Turn a reviewer's sheet into audited corrections (one write; stale sheets are refused)."""
    sheet = read_review_sheet(path)
    meta = sheet.meta
    store.assert_revision(meta.scheme_id, meta.base_revision)
    ref = f"{meta.scheme_id}@{meta.version}"
    info = store.get(ref)
    reason = reason or f"review sheet {Path(path).name}"
    edits = sheet_corrections(info.scheme, sheet, resolve_flags=resolve_flags,
                              resolution=f"resolved by {author} on review import: {reason}")
    if not edits.patches:
        return ImportResult(info, [])
    info = store.apply_corrections(ref, edits.patches, author=author, reason=reason, base_revision=meta.base_revision,
                                   message=f"review sheet {Path(path).name}: {len(edits.patches)} correction(s): "
                                           f"{reason}")
    return ImportResult(info, edits.changes)
