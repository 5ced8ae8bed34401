"""Series: a scheme belongs to the series of its notice (issuer + title without the year).

Adds the ``series`` table and ``schemes.series_id``, ``schemes.series_confirmed_by``,
``schemes.changed_since_last``; existing schemes are put into series by their
titles (:func:`schemes.series.series_name`, :func:`schemes.series.best_series`).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

from schemes.series import best_series, series_name

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_schemes = sa.table("schemes", sa.column("id", sa.Integer()), sa.column("title", sa.Text()),
                    sa.column("kind", sa.String()), sa.column("series_id", sa.Integer()))
_series = sa.table("series", sa.column("id", sa.Integer()), sa.column("name", sa.Text()),
                   sa.column("issuer", sa.Text()), sa.column("key", sa.String()),
                   sa.column("created_at", sa.DateTime(timezone=True)))


def upgrade() -> None:
    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=True),
        sa.Column("key", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_series_key", "series", ["key"])
    # plain ADD COLUMN, never a batch copy of ``schemes``: on SQLite the copy drops the old table,
    # and scheme_versions' ON DELETE CASCADE would take every version with it
    if op.get_bind().dialect.name == "sqlite":  # Alembic refuses a constraint in SQLite's ADD COLUMN; SQLite does not
        op.execute("ALTER TABLE schemes ADD COLUMN series_id INTEGER REFERENCES series (id)")
    else:
        op.add_column("schemes", sa.Column("series_id", sa.Integer(), sa.ForeignKey("series.id"), nullable=True))
    op.add_column("schemes", sa.Column("series_confirmed_by", sa.String(200), nullable=True))
    op.add_column("schemes", sa.Column("changed_since_last", sa.Integer(), nullable=True))
    op.create_index("ix_schemes_series_id", "schemes", ["series_id"])
    bind = op.get_bind()
    known: list[tuple[int, str]] = []
    rows = bind.execute(sa.select(_schemes.c.id, _schemes.c.title).where(_schemes.c.kind == "scheme")
                        .order_by(_schemes.c.id)).all()
    for scheme_id, title in rows:
        name = series_name(title or "")
        if not name.key:
            continue
        sid = best_series(known, name.key)
        if sid is None:
            bind.execute(sa.insert(_series).values(name=name.name, issuer=name.issuer, key=name.key,
                                                   created_at=datetime.now(timezone.utc)))
            sid = bind.execute(sa.select(sa.func.max(_series.c.id)).where(_series.c.key == name.key)).scalar_one()
            known.append((sid, name.key))
        bind.execute(sa.update(_schemes).where(_schemes.c.id == scheme_id).values(series_id=sid))


def downgrade() -> None:
    op.drop_index("ix_schemes_series_id", "schemes")
    op.execute(sa.update(_schemes).values(series_id=None))
    sqlite = op.get_bind().dialect.name == "sqlite"
    # SQLite cannot drop a column that has a foreign key (and a batch copy of ``schemes`` would cascade-delete
    # every version): there ``series_id`` stays, empty and unused by revision 0003's code
    for column in ("changed_since_last", "series_confirmed_by", *(() if sqlite else ("series_id",))):
        op.drop_column("schemes", column)
    op.drop_index("ix_series_key", "series")
    op.drop_table("series")
