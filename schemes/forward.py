"""Last year's reviewer corrections, proposed on this year's scheme (pure).

A correction is proposed where the item it corrected persists (aligned 1:1 by
:mod:`schemes.align`) and the source of every field it corrected reads the
same this year as last year (the extracted values are equal): the reviewer's
reason still holds, so the same fix is likely needed again.  Where the issuer
changed that field, the correction is not proposed (it would overwrite the new
notice).  Nothing here writes: the store lists proposals, and a reviewer's
one-click acceptance records an ordinary, audited correction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jsonpointer

from .align import Alignment, align
from .corrections import Op, describe_change, format_pointer, parse_pointer, resolve_path, scheme_doc
from .diff import normalize
from .model import Scheme

_TEXT_FIELDS = {"text", "criteria", "name"}


@dataclass(frozen=True)
class PastCorrection:
    id: int
    author: str
    at: datetime | None
    reason: str
    ops: list[Op]


@dataclass(frozen=True)
class Proposal:
    key: str  # "<correction id>:<target>", stable while the schemes do not change
    correction_id: int
    author: str  # who made the correction last year
    at: datetime | None
    reason: str
    target: str  # "item 5", "category 3", "scheme"
    ops: list[Op]  # addressed to this year's scheme
    changes: list[str]  # one line per operation, for people

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "correction": self.correction_id, "author": self.author,
                "at": self.at.isoformat() if self.at else None, "reason": self.reason, "target": self.target,
                "ops": self.ops, "changes": self.changes}


def _get(doc: Any, path: str) -> Any:
    try:
        return jsonpointer.resolve_pointer(doc, resolve_path(doc, path))
    except Exception:  # absent: a field the extraction left out, or a missing element
        return _ABSENT


_ABSENT = object()


def _same(a: Any, b: Any, field: str) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    if field in _TEXT_FIELDS and isinstance(a, str) and isinstance(b, str):
        return normalize(a) == normalize(b)
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


def propose(old_extracted: Scheme, corrections: list[PastCorrection], new_extracted: Scheme,
            new_current: Scheme, alignment: Alignment | None = None) -> list[Proposal]:
    """The corrections of last year (applied to ``old_extracted``) worth proposing on this year's scheme.

    Grouped per correction and element; an element's operations are proposed together (a criteria
    text and the rule it re-derived), and only when every field they touch reads the same in both
    years' extractions and this year's current scheme does not have the corrected values already.
    """
    al = alignment or align(old_extracted, new_extracted)
    maps = {"items": al.one_to_one(), "categories": al.categories}
    old_doc, new_doc, cur_doc = scheme_doc(old_extracted), scheme_doc(new_extracted), scheme_doc(new_current)
    out: list[Proposal] = []
    for corr in corrections:
        groups: dict[str, list[tuple[Op, str, str]]] = {}
        for op in corr.ops:
            tokens = parse_pointer(str(op.get("path", "")))
            if op.get("op") not in ("replace", "add") or "from" in op or not tokens:
                groups.setdefault("-", []).append((op, "", ""))  # not proposable: poisons nothing else
                continue
            if tokens[0] in maps and len(tokens) >= 3 and tokens[1].startswith("@"):
                new_id = maps[tokens[0]].get(tokens[1][1:])
                target = f"{'item' if tokens[0] == 'items' else 'category'} {tokens[1][1:]}"
                if new_id is None:
                    groups.setdefault(target, []).append((op, "", ""))
                    continue
                new_path = format_pointer([tokens[0], "@" + new_id, *tokens[2:]])
                groups.setdefault(target, []).append((op, new_path, tokens[2]))
            elif len(tokens) == 1 and tokens[0] not in ("items", "categories", "flags", "metadata"):
                groups.setdefault("scheme", []).append((op, op["path"], tokens[0]))
            else:
                groups.setdefault("-", []).append((op, "", ""))
        for target, ops in groups.items():
            if target == "-" or any(not path for _, path, _ in ops):
                continue
            new_ops, fresh = [], False
            for op, path, field in ops:
                before = _get(old_doc, op["path"])
                now = _get(new_doc, path)
                if before is _ABSENT or now is _ABSENT or not _same(before, now, field):
                    break  # the issuer changed what was corrected (or it is gone): do not propose
                value = _retarget_value(op.get("value"), field, maps["categories"])
                if value is _ABSENT:
                    break
                if not _same(_get(cur_doc, path), value, field):
                    fresh = True
                new_ops.append({"op": op["op"], "path": path, "value": value})
            else:
                if fresh:
                    out.append(Proposal(f"{corr.id}:{target.replace(' ', '')}", corr.id, corr.author, corr.at,
                                        corr.reason, target, new_ops, [describe_change(o) for o in new_ops]))
    return out


def _retarget_value(value: Any, field: str, categories: dict[str, str]) -> Any:
    """An item's ``category`` names a category id: map it to this year's (absent when unmapped)."""
    if field == "category" and isinstance(value, str):
        return categories.get(value, _ABSENT)
    return value
