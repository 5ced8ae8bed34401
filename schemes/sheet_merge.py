"""A stale review sheet merged cell by cell: the reviewer's edits that nobody else touched are applied.

A review sheet records the revision it was exported at.  When the scheme has
changed since, the sheet's edits are those that turn the scheme *as exported*
into what the sheet says (:func:`schemes.review_sheet.sheet_corrections`);
each edited cell is then compared with the scheme as it is now:

- nobody else changed that cell: the edit applies;
- somebody else made the same change: nothing to do;
- somebody else changed it differently (or removed the element): a conflict,
  reported as one line (element, column, the sheet's value, the current one)
  and not applied.

Pure: schemes and operations in, operations and conflict lines out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from kaohe.i18n import _

from .corrections import Op, old_value, parse_pointer, readable_change, scheme_doc, shown_value
from .model import Scheme

#: the sheet's column of each field an import may change (the rest are named as they are)
COLUMNS = {"bonus_points": "bonus"}


@dataclass
class Merged:
    """The edits still to apply (one patch per sheet row, as before), what they do, and the conflicts."""

    patches: list[list[Op]] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def merge_stale(exported: Scheme, current: Scheme, patches: list[list[Op]]) -> Merged:
    """Keep the operations of ``patches`` (made against ``exported``) that do not conflict with ``current``."""
    before, now = scheme_doc(exported), scheme_doc(current)
    out = Merged()
    for patch in patches:
        kept: list[Op] = []
        for op in patch:
            kept_op, conflict = _merge_op(before, now, op)
            if conflict:
                out.conflicts.append(conflict)
            elif kept_op is not None:
                kept.append(kept_op)
                out.changes.append(readable_change(kept_op, old_value(now, kept_op["path"])))
        if kept:
            out.patches.append(kept)
    return out


def _merge_op(before: dict, now: dict, op: Op) -> tuple[Op | None, str | None]:
    """(the operation to apply or None, a conflict line or None) for one edit of the sheet."""
    tokens = parse_pointer(op["path"])
    kind = op["op"]
    if kind == "add" and len(tokens) == 2:  # a new element: a conflict only when its id is taken since
        key = (op.get("value") or {}).get("id")
        found, _value = old_value(now, f"/{tokens[0]}/@{key}") if key is not None else (False, None)
        if found:
            return None, _conflict(tokens[0], str(key), "id", _("new row"), _("taken since"))
        anchor_gone = tokens[1].startswith("@") and not old_value(now, op["path"])[0]
        return ({**op, "path": f"/{tokens[0]}/-"} if anchor_gone else op), None
    had, was = old_value(before, op["path"])
    has, is_now = old_value(now, op["path"])
    element = f"/{tokens[0]}/{tokens[1]}" if len(tokens) >= 2 else op["path"]
    key = tokens[1][1:] if len(tokens) >= 2 and tokens[1].startswith("@") else op["path"]
    if kind == "remove" and len(tokens) == 2:
        if not has:
            return None, None  # removed since by someone else too
        if is_now != was:
            return None, _conflict(tokens[0], key, _("row"), _("removed"), _("changed since"))
        return op, None
    if not old_value(now, element)[0]:
        return None, _conflict(tokens[0], key, _column(tokens), shown_value(op.get("value")), _("removed since"))
    if (has, is_now) == (had, was):
        return op, None  # nobody else touched the cell
    if has and is_now == op.get("value"):
        return None, None  # the same edit was made since
    return None, _conflict(tokens[0], key, _column(tokens), shown_value(op.get("value")),
                           shown_value(is_now) if has else "—")


def _column(tokens: list[str]) -> str:
    name = tokens[2] if len(tokens) > 2 else ""
    return COLUMNS.get(name, name)


def _conflict(list_name: str, key: str, column: str, sheet: str, current: str) -> str:
    what = _("item") if list_name == "items" else _("category") if list_name == "categories" else list_name
    return _("{what} {key}, column {column}: sheet {sheet}, now {current}").format(
        what=what, key=key, column=column, sheet=sheet, current=current)


__all__ = ["Merged", "merge_stale"]
