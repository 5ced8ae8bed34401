"""The Excel review round-trip: export a scheme for reviewers, import their edits as corrections.

The workbook has an ``items`` sheet (one row per item, header
``id, path, category, code, text, points, weight, departments, rule, criteria, flags, source``),
a ``categories`` sheet (``id, path, parent, name, points, bonus, weight, flags``),
and a hidden ``_kaohe`` sheet with the scheme id, version and the revision the
sheet was exported at.  ``path`` is the category path from the top level down
(``经济发展 / 产业发展 / 工业``), so nested indicator tables read as they are
printed; the ``category`` cell shows the innermost category's id and name
(``3 权益维护``) and accepts, on import, the id, the name, both, or the path.
``path``, ``flags`` and ``source`` are for reading only.  Columns are found by
their header, so a sheet of the first format (without ``path``/``weight``)
still imports.

On import the sheet is compared with the scheme at the revision it was
exported at (a sheet based on a stale revision is refused, naming who changed
what since): every changed row becomes one audited correction, rows added or
deleted become items (or categories) added or removed.  A cell is unchanged
when it reads back as it was written, so importing the unedited sheet records
no correction, whatever the texts hold.

Data is never code: every text is written as a text cell (never a formula,
whatever its first character), with characters XML cannot hold escaped
(:mod:`schemes.cells`).  Workbooks to import are bounded in size, unzipped
size and rows (``KAOHE_MAX_REVIEW_SHEET_MB``, ``KAOHE_MAX_REVIEW_SHEET_ROWS``).

Reading and writing files happens at the edges (:func:`write_review_sheet`,
:func:`read_review_sheet`); :func:`sheet_corrections` is pure.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from .cells import cell_form, read_text, write_row
from .corrections import Op, apply_ops, element_keys, scheme_doc, to_scheme
from .model import Category, Flag, Item, ManualRule, Scheme, SourceRef

HEADER = ["id", "path", "category", "code", "text", "points", "weight", "departments", "rule", "criteria", "flags",
          "source"]
CATEGORY_HEADER = ["id", "path", "parent", "name", "points", "bonus", "weight", "flags"]
ITEM_REQUIRED = ("id", "category", "text", "points")
CATEGORY_REQUIRED = ("id", "name", "points")
ITEMS, CATEGORIES, META = "items", "categories", "_kaohe"
SHEET_FORMAT = "2"
DEPT_JOIN = "、"
PATH_JOIN = " / "
_DEPT_SPLIT = re.compile(r"[、,，;；\n]+")
_WIDTHS = {"id": 8, "path": 30, "category": 16, "code": 6, "text": 48, "points": 8, "weight": 8, "departments": 18,
           "rule": 12, "criteria": 60, "flags": 40, "source": 34, "name": 24, "parent": 8, "bonus": 8}

MAX_SHEET_MB = float(os.environ.get("KAOHE_MAX_REVIEW_SHEET_MB", "20"))
MAX_SHEET_UNZIPPED_MB = float(os.environ.get("KAOHE_MAX_REVIEW_SHEET_UNZIPPED_MB", "200"))
MAX_SHEET_ROWS = int(os.environ.get("KAOHE_MAX_REVIEW_SHEET_ROWS", "20000"))
MAX_ZIP_ENTRIES = 1000


class SheetError(ValueError):
    """The workbook is not a kaohe review sheet, or a row cannot be understood."""


@dataclass(frozen=True)
class SheetMeta:
    scheme_id: int
    version: int
    base_revision: int


@dataclass(frozen=True)
class _SheetRow:
    """One row of a sheet: raw cell values (text unescaped) by column, for present columns only."""

    row: int
    cells: dict[str, Any]

    def text(self, name: str, strip: bool = True) -> str:
        return _str(self.cells.get(name), strip)

    @property
    def id(self) -> str:
        return self.text("id")


class ItemRow(_SheetRow):
    @property
    def code(self) -> str | None:
        return self.text("code") or None


class CategoryRow(_SheetRow):
    @property
    def name(self) -> str:
        return self.text("name")


@dataclass(frozen=True)
class ReviewSheet:
    meta: SheetMeta
    items: list[ItemRow]
    categories: list[CategoryRow]
    file: str = "sheet"


@dataclass
class SheetEdits:
    patches: list[list[Op]] = field(default_factory=list)  # one correction per changed row
    changes: list[str] = field(default_factory=list)  # what each patch does, for people


# --------------------------------------------------------------------------- export


def source_text(sources: dict[str, SourceRef]) -> str:
    """Where the item was read (its text's source, else its first): :meth:`SourceRef.label`."""
    src = sources.get("text") or next(iter(sources.values()), None)
    return "" if src is None else src.label()


def category_path_text(scheme: Scheme, category_id: str) -> str:
    """``经济发展 / 产业发展 / 工业``: the names from the top level down to the category."""
    return PATH_JOIN.join(c.name for c in scheme.category_path(category_id)) or category_id


def category_cell(scheme: Scheme, category_id: str) -> str:
    """``3 权益维护``: the category's id and name as the ``category`` column shows them."""
    cat = next((c for c in scheme.categories if c.id == category_id), None)
    return category_id if cat is None else f"{cat.id} {cat.name}"


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


def item_values(scheme: Scheme, item: Item) -> dict[str, Any]:
    """The cells of an item's row, by column (what export writes and import compares with)."""
    return {"id": item.id, "path": category_path_text(scheme, item.category),
            "category": category_cell(scheme, item.category), "code": item.code, "text": item.text,
            "points": item.points, "weight": item.weight, "departments": DEPT_JOIN.join(item.departments),
            "rule": item.rule_kind or "", "criteria": item.criteria,
            "flags": _flag_lines(scheme, item_flags(scheme, item)), "source": source_text(item.sources)}


def category_values(scheme: Scheme, cat: Category) -> dict[str, Any]:
    return {"id": cat.id, "path": category_path_text(scheme, cat.id), "parent": cat.parent, "name": cat.name,
            "points": cat.points, "bonus": cat.bonus_points, "weight": cat.weight,
            "flags": _flag_lines(scheme, category_flags(scheme, cat))}


def build_workbook(scheme: Scheme, meta: SheetMeta) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = ITEMS
    _header(ws, HEADER)
    for n, item in enumerate(scheme.items, start=2):
        values = item_values(scheme, item)
        write_row(ws, n, [values[c] for c in HEADER])
    cats = wb.create_sheet(CATEGORIES)
    _header(cats, CATEGORY_HEADER)
    for n, cat in enumerate(scheme.categories, start=2):
        values = category_values(scheme, cat)
        write_row(cats, n, [values[c] for c in CATEGORY_HEADER])
    for sheet in (ws, cats):
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    hidden = wb.create_sheet(META)
    for n, (key, value) in enumerate((
            ("format", SHEET_FORMAT), ("scheme_id", meta.scheme_id), ("version", meta.version),
            ("base_revision", meta.base_revision), ("title", scheme.metadata.title),
            ("exported_at", datetime.now(timezone.utc).isoformat(timespec="seconds"))), start=1):
        write_row(hidden, n, [key, value])
    hidden.sheet_state = "hidden"
    return wb


def _header(ws: Worksheet, names: list[str]) -> None:
    write_row(ws, 1, names)
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


def check_workbook_size(path: Path) -> None:
    """Refuse a workbook too large to be a review sheet before anything parses it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SheetError(f"{path}: not a readable .xlsx workbook ({exc.strerror or exc})") from None
    if size > MAX_SHEET_MB * 1024 * 1024:
        raise SheetError(f"{path}: the workbook is {size / 1024 / 1024:.1f} MB, more than a review sheet may be "
                         f"({MAX_SHEET_MB:g} MB; KAOHE_MAX_REVIEW_SHEET_MB)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise SheetError(f"{path}: the workbook holds {len(infos):,} parts; a review sheet has a few")
            cap = int(MAX_SHEET_UNZIPPED_MB * 1024 * 1024)
            total = 0
            for info in infos:  # measured while decompressing: a reader never gets more than this
                with zf.open(info) as fh:
                    while chunk := fh.read(1 << 20):
                        total += len(chunk)
                        if total > cap:
                            raise SheetError(f"{path}: the workbook expands to more than {MAX_SHEET_UNZIPPED_MB:g} MB "
                                             "(KAOHE_MAX_REVIEW_SHEET_UNZIPPED_MB); not a review sheet")
    except SheetError:
        raise
    except Exception as exc:  # not a zip, or a corrupt one
        raise SheetError(f"{path}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None


def read_review_sheet(path: str | Path) -> ReviewSheet:
    path = Path(path)
    check_workbook_size(path)
    try:
        wb = load_workbook(path, data_only=True, read_only=True)
    except Exception as exc:  # openpyxl raises many types for non-xlsx input
        raise SheetError(f"{path}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    try:
        for name in (ITEMS, CATEGORIES, META):
            if name not in wb.sheetnames:
                raise SheetError(f"{path}: sheet {name!r} is missing; export a review sheet with `kaohe review export`")
        meta = _read_meta(path, wb[META])
        items = [ItemRow(n, cells) for n, cells in _rows(path, wb[ITEMS], HEADER, ITEM_REQUIRED)]
        cats = [CategoryRow(n, cells) for n, cells in _rows(path, wb[CATEGORIES], CATEGORY_HEADER, CATEGORY_REQUIRED)]
    finally:
        wb.close()
    return ReviewSheet(meta, items, cats, path.name)


def _read_meta(path: Path, ws: Worksheet) -> SheetMeta:
    values = {}
    for n, r in enumerate(ws.iter_rows(values_only=True)):
        if n > 100:
            break
        if r and r[0] is not None:
            values[str(read_text(r[0]))] = read_text(r[1]) if len(r) > 1 else None
    try:
        return SheetMeta(int(values["scheme_id"]), int(values["version"]), int(values["base_revision"]))
    except (KeyError, TypeError, ValueError):
        raise SheetError(f"{path}: the hidden {META!r} sheet does not name the scheme and revision") from None


def _rows(path: Path, ws: Worksheet, header: list[str], required: tuple[str, ...]) -> list[tuple[int, dict[str, Any]]]:
    """The sheet's rows as {column: value} for the known columns it has (found by header)."""
    rows = ws.iter_rows(values_only=True)
    first = [_str(read_text(v)) for v in next(rows, ())]
    where = {name: first.index(name) for name in header if name in first}
    missing = [name for name in required if name not in where]
    if missing:
        raise SheetError(f"{path}: sheet {ws.title!r} must have the columns {', '.join(header)} "
                         f"(missing: {', '.join(missing)})")
    out = []
    for n, values in enumerate(rows, start=2):
        if n > MAX_SHEET_ROWS + 1:
            raise SheetError(f"{path}: sheet {ws.title!r} has more than {MAX_SHEET_ROWS:,} rows "
                             "(KAOHE_MAX_REVIEW_SHEET_ROWS); a review sheet has one row per item")
        cells = {name: read_text(values[k]) if k < len(values) else None for name, k in where.items()}
        if all(v is None or _str(v) == "" for v in cells.values()):
            continue
        out.append((n, cells))
    return out


def _str(value: Any, strip: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.strip() if strip else text


def _number(file: str, sheet: str, row: int, what: str, value: Any, *, percent: bool = False) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip().removesuffix("分").strip()
    scale = 1.0
    if percent and text.endswith("%"):
        text, scale = text[:-1].strip(), 0.01
    try:
        return float(text) * scale
    except ValueError:
        raise SheetError(f"{file}: sheet {sheet!r} row {row}: {what} {value!r} is not a number") from None


# --------------------------------------------------------------------------- cells → values


def _unchanged(cells: dict[str, Any], name: str, exported: Any) -> bool:
    """Whether a cell still holds what export wrote (absent columns count as unchanged)."""
    if name not in cells:
        return True
    value = cells[name]
    if isinstance(exported, str) or exported is None:
        return _str(value, strip=False) == cell_form(exported or "") or \
            _str(value) == cell_form(exported or "").strip()
    return False


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-9


class _Categories:
    """Category lookup for the ``category``/``parent`` cells: id, name, ``id name``, or path."""

    def __init__(self, scheme: Scheme, added: list[Category]):
        self.all = [*scheme.categories, *added]
        self.scheme = scheme.model_copy(update={"categories": self.all})

    def resolve(self, text: str, file: str, sheet: str, row: int, column: str = "category") -> str:
        ids = {c.id: c for c in self.all}
        if text in ids:
            return text
        named = [c.id for c in self.all if c.name == text]
        if len(named) == 1:
            return named[0]
        head, _, rest = text.partition(" ")
        if head in ids and rest.strip():
            if rest.strip() == ids[head].name:
                return head
            raise SheetError(f"{file}: sheet {sheet!r} row {row}: {column} {text!r} names category {head} "
                             f"({ids[head].name}) and another name; write the id, the name, or both as exported")
        by_path = [c.id for c in self.all if category_path_text(self.scheme, c.id) == text]
        if len(by_path) == 1:
            return by_path[0]
        raise SheetError(f"{file}: sheet {sheet!r} row {row}: {column} {text!r} is neither a category id "
                         f"nor a unique category name (see the {CATEGORIES!r} sheet)")


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
    file = sheet.file
    cat_ids = {c.id for c in scheme.categories}
    sheet_cats = {r.id: r for r in sheet.categories if r.id}
    touched: set[str] = set()

    new_cat_ids = iter(str(n) for n in range(len(scheme.categories) + 1, 10_000) if str(n) not in cat_ids)
    added: list[Category] = []
    for r in sheet.categories:
        if r.id not in cat_ids:
            cid = r.id or next(new_cat_ids)
            cat = _validated(Category, file, r.row, CATEGORIES, id=cid, name=r.name,
                             points=_number(file, CATEGORIES, r.row, "points", r.cells.get("points")),
                             bonus_points=_number(file, CATEGORIES, r.row, "bonus", r.cells.get("bonus")),
                             weight=_number(file, CATEGORIES, r.row, "weight", r.cells.get("weight"), percent=True))
            added.append(cat)
    lookup = _Categories(scheme, added)
    for r, cat in zip([r for r in sheet.categories if r.id not in cat_ids], added):
        parent = r.text("parent")
        if parent:
            cat = cat.model_copy(update={"parent": lookup.resolve(parent, file, CATEGORIES, r.row, "parent")})
        edits.patches.append([{"op": "add", "path": "/categories/-", "value": cat.model_dump(mode="json")}])
        edits.changes.append(f"category {cat.id} {cat.name}: added")
        touched.add(cat.id)

    items_by_id = {i.id: i for i in scheme.items}
    sheet_ids = [r.id for r in sheet.items]
    for pos, r in enumerate(sheet.items):
        old = items_by_id.get(r.id) if r.id else None
        if old is not None:
            ops, what, category = _item_ops(scheme, old, r, lookup, file)
            if ops:
                edits.patches.append(ops)
                edits.changes.append(f"item {old.id}: " + "; ".join(what))
                if {"points", "category"} & {op["path"].rsplit("/", 1)[-1] for op in ops}:
                    touched.update({old.category, category})
            continue
        category = lookup.resolve(r.text("category"), file, ITEMS, r.row)
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
        ops, what = _category_ops(cat, r, lookup, file)
        if ops:
            edits.patches.append(ops)
            edits.changes.append(f"category {cat.id}: " + "; ".join(what))
            if {"points", "bonus_points", "parent"} & {op["path"].rsplit("/", 1)[-1] for op in ops}:
                touched.add(cat.id)

    if resolve_flags and touched:
        _resolve_sum_flags(scheme, edits, touched, resolution)
    return edits


def _category_ops(cat: Category, r: CategoryRow, lookup: _Categories, file: str) -> tuple[list[Op], list[str]]:
    base = f"/categories/@{cat.id}"
    ops: list[Op] = []
    what: list[str] = []
    if r.name != cat.name and not _unchanged(r.cells, "name", cat.name):
        ops.append({"op": "replace", "path": f"{base}/name", "value": r.name})
        what.append(f"name {cat.name} → {r.name}")
    if "parent" in r.cells and not _unchanged(r.cells, "parent", cat.parent):
        text = r.text("parent")
        parent = lookup.resolve(text, file, CATEGORIES, r.row, "parent") if text else None
        if parent != cat.parent:
            ops.append({"op": "replace", "path": f"{base}/parent", "value": parent})
            what.append(f"parent {cat.parent or '(top level)'} → {parent or '(top level)'}")
    for column, field_name, percent in (("points", "points", False), ("bonus", "bonus_points", False),
                                        ("weight", "weight", True)):
        if column not in r.cells:
            continue
        value = _number(file, CATEGORIES, r.row, column, r.cells[column], percent=percent)
        old = getattr(cat, field_name)
        if not _same_number(value, old):
            ops.append({"op": "replace", "path": f"{base}/{field_name}", "value": value})
            what.append(f"{column} {_pts(old)} → {_pts(value)}")
    return ops, what


def _resolve_sum_flags(scheme: Scheme, edits: SheetEdits, touched: set[str], resolution: str) -> None:
    from .store.checks import flag_category, flag_note

    after = to_scheme(apply_ops(scheme_doc(scheme), [op for p in edits.patches for op in p]))
    # a changed category changes the sums of the categories above it too
    for cid in list(touched):
        touched.update(c.id for c in after.category_path(cid))
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
                raise SheetError(f"{sheet.file}: sheet {name!r} rows {seen[r.id]} and {r.row} have the same id {r.id}")
            seen[r.id] = r.row


def _item_ops(scheme: Scheme, old: Item, r: ItemRow, lookup: _Categories,
              file: str) -> tuple[list[Op], list[str], str]:
    base = f"/items/@{old.id}"
    exported = item_values(scheme, old)
    ops: list[Op] = []
    what: list[str] = []

    def change(field_name: str, value: Any, shown: str) -> None:
        ops.append({"op": "replace", "path": f"{base}/{field_name}", "value": value})
        what.append(shown)

    category = old.category
    if not _unchanged(r.cells, "category", exported["category"]):
        category = lookup.resolve(r.text("category"), file, ITEMS, r.row)
        if category != old.category:
            change("category", category, f"category {old.category} → {category}")
    if not _unchanged(r.cells, "code", exported["code"]) and (r.code or None) != (old.code or None):
        change("code", r.code, f"code {old.code} → {r.code}")
    if not _unchanged(r.cells, "text", exported["text"]) and r.text("text") != old.text.strip():
        change("text", r.text("text"), f"text → {_short(r.text('text'))}")
    points = _number(file, ITEMS, r.row, "points", r.cells.get("points"))
    if "points" in r.cells and not _same_number(points, old.points):
        change("points", points, f"points {_pts(old.points)} → {_pts(points)}")
    if "weight" in r.cells:
        weight = _number(file, ITEMS, r.row, "weight", r.cells["weight"], percent=True)
        if not _same_number(weight, old.weight):
            change("weight", weight, f"weight {_pts(old.weight)} → {_pts(weight)}")
    if not _unchanged(r.cells, "departments", exported["departments"]):
        departments = _departments(r)
        if departments != old.departments:
            change("departments", departments, f"departments → {DEPT_JOIN.join(departments) or '(none)'}")
    criteria = r.text("criteria", strip=False)
    if not _unchanged(r.cells, "criteria", exported["criteria"]) and criteria.strip() != old.criteria.strip():
        change("criteria", criteria.strip(), f"criteria → {_short(criteria)}")
    rule = r.text("rule")
    if "rule" in r.cells and rule != (old.rule_kind or ""):
        change("rule", _rule_value(file, r, old.criteria), f"rule {old.rule_kind or '(none)'} → {rule or '(none)'}")
    return ops, what, category


def _departments(r: ItemRow) -> list[str]:
    return [d.strip() for d in _DEPT_SPLIT.split(r.text("departments")) if d.strip()]


def _rule_value(file: str, r: ItemRow, criteria: str) -> dict | None:
    rule = r.text("rule")
    if not rule:
        return None
    if rule == "manual":
        return ManualRule(text=r.text("criteria") or criteria).model_dump(mode="json")
    raise SheetError(f"{file}: sheet {ITEMS!r} row {r.row}: the rule can only be set to 'manual' or cleared in the "
                     "sheet; other rules follow the criteria text (edit it) or need their parameters "
                     "(use `kaohe schemes correct`)")


def _new_item(scheme: Scheme, sheet: ReviewSheet, r: ItemRow, category: str) -> Item:
    """An added row; without an id it gets one the extractor's way: its code, or category.code."""
    file = sheet.file
    item_id = r.id
    if not item_id:
        if not r.code:
            raise SheetError(f"{file}: sheet {ITEMS!r} row {r.row}: a new item needs an id or a code")
        taken = {i.id for i in scheme.items} | {x.id for x in sheet.items if x.id}
        unique = sum(1 for x in sheet.items if x.code == r.code) == 1
        item_id = r.code if unique and r.code not in taken else f"{category}.{r.code}"
        if item_id in taken:
            raise SheetError(f"{file}: sheet {ITEMS!r} row {r.row}: the id {item_id} is taken; give the new row an id")
    rule = _rule_value(file, r, r.text("criteria")) if r.text("rule") else None
    return _validated(Item, file, r.row, ITEMS, id=item_id, category=category, code=r.code, text=r.text("text"),
                      points=_number(file, ITEMS, r.row, "points", r.cells.get("points")),
                      weight=_number(file, ITEMS, r.row, "weight", r.cells.get("weight"), percent=True),
                      departments=_departments(r), criteria=r.text("criteria"), rule=rule)


def _validated(model: type, file: str, row: int, sheet: str, **values: Any) -> Any:
    try:
        return model(**values)
    except ValueError as exc:
        raise SheetError(f"{file}: sheet {sheet!r} row {row}: {exc}") from None


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
    """Turn a reviewer's sheet into audited corrections (one write).

    A sheet exported before someone else's change is refused with
    :class:`schemes.store.StaleWrite`, whose message names who changed what since.
    """
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
