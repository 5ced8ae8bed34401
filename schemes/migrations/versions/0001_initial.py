"""Initial store: documents, schemes, versions, events, corrections, score runs.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("original_name", sa.String(500), nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored_path", sa.String(500), nullable=False),
        sa.Column("ingested_at", TS, nullable=False),
    )
    op.create_table(
        "schemes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_key", sa.String(500), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=True),
    )
    op.create_index("ix_schemes_title_key", "schemes", ["title_key"])
    op.create_table(
        "scheme_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("scheme_id", sa.Integer(), sa.ForeignKey("schemes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("extractor_version", sa.String(100), nullable=False),
        sa.Column("extracted", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=True),
        sa.Column("status_at", TS, nullable=True),
        sa.Column("status_by", sa.String(200), nullable=True),
        sa.UniqueConstraint("scheme_id", "number", name="uq_scheme_versions_number"),
    )
    op.create_index("ix_scheme_versions_scheme_id", "scheme_versions", ["scheme_id"])
    op.create_index("ix_scheme_versions_document_id", "scheme_versions", ["document_id"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("scheme_id", sa.Integer(), sa.ForeignKey("schemes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("version_id", sa.Integer(), sa.ForeignKey("scheme_versions.id", ondelete="CASCADE"),
                  nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=True),
    )
    op.create_index("ix_events_scheme_id", "events", ["scheme_id"])
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version_id", sa.Integer(), sa.ForeignKey("scheme_versions.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id"), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("base_revision", sa.Integer(), nullable=False),
        sa.Column("ops", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("conflict", sa.Text(), nullable=True),
        sa.Column("carried_from_id", sa.Integer(), sa.ForeignKey("corrections.id"), nullable=True),
        sa.UniqueConstraint("version_id", "seq", name="uq_corrections_seq"),
    )
    op.create_index("ix_corrections_version_id", "corrections", ["version_id"])
    op.create_table(
        "score_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version_id", sa.Integer(), sa.ForeignKey("scheme_versions.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("scheme_sha256", sa.String(64), nullable=False),
        sa.Column("submissions_sha256", sa.String(64), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("options_sha256", sa.String(64), nullable=False),
        sa.Column("outputs", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=True),
        sa.UniqueConstraint("version_id", "scheme_sha256", "submissions_sha256", "options_sha256",
                            name="uq_score_runs_inputs"),
    )
    op.create_index("ix_score_runs_version_id", "score_runs", ["version_id"])


def downgrade() -> None:
    for table in ("score_runs", "corrections", "events", "scheme_versions", "schemes", "documents"):
        op.drop_table(table)
