"""The flat form of a scheme: one JSON object per leaf entry.

This is a stable contract (``kaohe extract --format items``) and what
accuracy is measured on: the keys id, kind, category, code, text, points,
departments, rule, and path — the category names from the top level down to
the entry's category (``category`` is the innermost name; scheme-level
bonus, deduction and veto entries have no category and an empty path).
"""

from __future__ import annotations

from schemes.model import Scheme

FLAT_KEYS = ("id", "kind", "category", "code", "text", "points", "departments", "rule", "path")


def flat_entries(scheme: Scheme) -> list[dict]:
    names = {c.id: c.name for c in scheme.categories}
    rows = [
        _row(i.id, "item", names.get(i.category), i.code, i.text, i.points, i.departments, i.rule_kind,
             [c.name for c in scheme.category_path(i.category)])
        for i in scheme.items
    ]
    rows += [_row(e.id, "bonus", None, e.code, e.text, e.points, e.departments, None, []) for e in scheme.bonus]
    rows += [_row(e.id, "deduction", None, e.code, e.text, e.points, e.departments, "per_occurrence", [])
             for e in scheme.deductions]
    rows += [_row(v.id, "veto", None, v.code, v.text, None, [], None, []) for v in scheme.veto]
    return rows


def _row(id_, kind, category, code, text, points, departments, rule, path) -> dict:
    return dict(zip(FLAT_KEYS, (id_, kind, category, code, text, points, list(departments), rule, list(path))))
