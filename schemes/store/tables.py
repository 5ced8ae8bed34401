"""The store's tables (SQLAlchemy 2 typed ORM).

The Alembic migrations in ``schemes/migrations`` create exactly these tables;
a test compares the two, so change both together (new migration, never an
edited old one).

* ``documents``: each notice file once, by sha256, copied into the workspace,
  with its document model as JSON (what the reader made of it).
* ``schemes``: one assessment scheme across years of re-ingestion; carries the
  ``revision`` counter that every write to the scheme checks and bumps.
* ``scheme_versions``: one extraction of one document (the Scheme JSON as
  extracted, the extractor version) with a status draft → reviewed → published.
* ``corrections``: reviewer JSON Patch operations on a version, in order.
* ``events``: the audit log (who did what, when, at which revision).
* ``score_runs``: scoring of a version on a batch of submissions (idempotent).
* ``series``: the same notice year after year (issuer + title without the year);
  a scheme names its series and how many items changed since last year's.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

DRAFT, REVIEWED, PUBLISHED = "draft", "reviewed", "published"
APPLIED, CONFLICT, DISMISSED = "applied", "conflict", "dismissed"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: DateTime(timezone=True)}


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(20))
    size: Mapped[int] = mapped_column(Integer)
    stored_path: Mapped[str] = mapped_column(String(500), doc="relative to the workspace home")
    ingested_at: Mapped[datetime] = mapped_column(default=utcnow)
    document_json: Mapped[str | None] = mapped_column(
        Text, deferred=True, doc="the document model (reader output) as JSON, kept at ingestion")


class SeriesRow(Base):
    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, doc="issuer / title without the year")
    issuer: Mapped[str | None] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(500), index=True, doc="normalized issuer + title, for matching")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SchemeRow(Base):
    __tablename__ = "schemes"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    title_key: Mapped[str] = mapped_column(String(500), index=True, doc="normalized title for matching")
    year: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="scheme")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(200))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id"), index=True)
    series_confirmed_by: Mapped[str | None] = mapped_column(String(200), doc="reviewer who confirmed the series")
    changed_since_last: Mapped[int | None] = mapped_column(
        Integer, doc="items new or changed since the previous scheme of its series (None: not compared)")

    versions: Mapped[list[VersionRow]] = relationship(
        back_populates="scheme", order_by="VersionRow.number", cascade="all, delete-orphan"
    )


class VersionRow(Base):
    __tablename__ = "scheme_versions"
    __table_args__ = (UniqueConstraint("scheme_id", "number", name="uq_scheme_versions_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("schemes.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    extractor_version: Mapped[str] = mapped_column(String(100))
    extracted: Mapped[dict[str, Any]] = mapped_column(doc="the Scheme JSON as extracted")
    status: Mapped[str] = mapped_column(String(20), default=DRAFT)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))
    status_at: Mapped[datetime | None] = mapped_column()
    status_by: Mapped[str | None] = mapped_column(String(200))

    scheme: Mapped[SchemeRow] = relationship(back_populates="versions")
    document: Mapped[DocumentRow] = relationship()
    corrections: Mapped[list[CorrectionRow]] = relationship(
        back_populates="version", order_by="CorrectionRow.seq", cascade="all, delete-orphan"
    )


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("schemes.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int | None] = mapped_column(ForeignKey("scheme_versions.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer, doc="the scheme revision this event produced")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any] | None] = mapped_column()


class CorrectionRow(Base):
    __tablename__ = "corrections"
    __table_args__ = (UniqueConstraint("version_id", "seq", name="uq_corrections_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("scheme_versions.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, doc="application order within the version")
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    author: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")
    base_revision: Mapped[int] = mapped_column(Integer, doc="scheme revision the author based it on")
    ops: Mapped[list[Any]] = mapped_column(doc="JSON Patch operations with stable paths")
    status: Mapped[str] = mapped_column(String(20), default=APPLIED)
    conflict: Mapped[str | None] = mapped_column(Text, doc="why a carried correction no longer applies")
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("corrections.id"))

    version: Mapped[VersionRow] = relationship(back_populates="corrections")


class ScoreRunRow(Base):
    __tablename__ = "score_runs"
    __table_args__ = (
        UniqueConstraint("version_id", "scheme_sha256", "submissions_sha256", "options_sha256",
                         name="uq_score_runs_inputs"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("scheme_versions.id", ondelete="CASCADE"), index=True)
    scheme_sha256: Mapped[str] = mapped_column(String(64), doc="hash of the scheme as scored (with corrections)")
    submissions_sha256: Mapped[str] = mapped_column(String(64))
    options: Mapped[dict[str, Any]] = mapped_column()
    options_sha256: Mapped[str] = mapped_column(String(64))
    outputs: Mapped[str] = mapped_column(Text, doc="where the outputs were written")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))
