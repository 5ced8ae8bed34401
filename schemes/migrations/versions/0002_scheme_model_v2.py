"""Scheme model 2.0: stored schemes and corrections lose the rules' copies of item points.

A data migration, nothing in the tables' shape changes.  Every extracted
scheme (``scheme_versions.extracted``) is upgraded by
:func:`schemes.upgrade.upgrade_scheme` (nothing lost: a rule copy that
disagreed with its item is kept as a one-tier rule and a
``rule_points_mismatch`` flag), and every correction's operations by
:func:`schemes.upgrade.upgrade_ops` (``/items/@5/rule/points`` becomes
``/items/@5/points``).  Downgrading puts the copies back from the items.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from schemes.upgrade import upgrade_ops, upgrade_scheme

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_versions = sa.table("scheme_versions", sa.column("id", sa.Integer()), sa.column("extracted", sa.JSON()))
_corrections = sa.table("corrections", sa.column("id", sa.Integer()), sa.column("ops", sa.JSON()))


def _rewrite(table, column: str, change) -> None:
    bind = op.get_bind()
    col = getattr(table.c, column)
    for row_id, value in bind.execute(sa.select(table.c.id, col)).all():
        new = change(value)
        if new != value:
            bind.execute(sa.update(table).where(table.c.id == row_id).values({column: new}))


def upgrade() -> None:
    _rewrite(_versions, "extracted", upgrade_scheme)
    _rewrite(_corrections, "ops", upgrade_ops)


def _downgrade_scheme(doc):
    if not isinstance(doc, dict) or doc.get("schema_version") != "2.0":
        return doc
    out = dict(doc, schema_version="1.0")
    items = []
    for item in doc.get("items", []):
        rule = item.get("rule")
        if isinstance(rule, dict) and rule.get("kind") in ("threshold", "proportional"):
            item = dict(item, rule=dict(rule, points=item.get("points") or 0))
        items.append(item)
    out["items"] = items
    return out


def downgrade() -> None:
    _rewrite(_versions, "extracted", _downgrade_scheme)
