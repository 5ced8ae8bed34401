"""What the store hands out: plain, detached records (no ORM objects escape a transaction)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..model import Scheme
from .tables import CONFLICT, CorrectionRow, DocumentRow, EventRow, ScoreRunRow


def utc(dt: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything is stored in UTC."""
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class DocumentInfo:
    sha256: str
    original_name: str
    format: str
    size: int
    stored_path: str  # relative to the workspace home
    ingested_at: datetime

    @classmethod
    def of(cls, row: DocumentRow) -> "DocumentInfo":
        return cls(row.sha256, row.original_name, row.format, row.size, row.stored_path, utc(row.ingested_at))


@dataclass(frozen=True)
class CorrectionInfo:
    id: int
    version: int
    seq: int
    author: str
    at: datetime
    reason: str
    base_revision: int
    ops: list[dict[str, Any]]
    status: str
    conflict: str | None
    carried_from_id: int | None
    event_id: int

    @classmethod
    def of(cls, row: CorrectionRow, version: int) -> "CorrectionInfo":
        return cls(row.id, version, row.seq, row.author, utc(row.at), row.reason, row.base_revision,
                   list(row.ops), row.status, row.conflict, row.carried_from_id, row.event_id)


@dataclass(frozen=True)
class VersionInfo:
    scheme_id: int
    version: int
    status: str
    revision: int  # the scheme's revision: name it as the base of your next write
    latest_version: int
    extractor_version: str
    document: DocumentInfo
    created_at: datetime
    created_by: str | None
    status_at: datetime | None
    status_by: str | None
    scheme: Scheme  # extracted + applied corrections
    corrections: list[CorrectionInfo] = field(default_factory=list)

    @property
    def ref(self) -> str:
        return f"{self.scheme_id}@{self.version}"

    @property
    def conflicts(self) -> list[CorrectionInfo]:
        return [c for c in self.corrections if c.status == CONFLICT]


@dataclass(frozen=True)
class IngestResult:
    file: str
    info: VersionInfo
    skipped: bool  # same file and extractor version as an existing version: nothing stored
    new_scheme: bool
    carried: int = 0  # corrections re-applied from the previous version
    conflicts: int = 0  # corrections of the previous version that no longer apply

    def as_json(self) -> dict[str, Any]:
        scheme = self.info.scheme
        return {
            "file": self.file,
            "scheme_id": self.info.scheme_id,
            "version": self.info.version,
            "status": self.info.status,
            "revision": self.info.revision,
            "kind": scheme.kind,
            "title": scheme.metadata.title,
            "year": scheme.metadata.year,
            "sha256": self.info.document.sha256,
            "flags": [f.model_dump(mode="json", include={"kind", "message", "target"}) for f in scheme.open_flags],
            "skipped": self.skipped,
            "new_scheme": self.new_scheme,
            "carried": self.carried,
            "conflicts": self.conflicts,
        }


@dataclass(frozen=True)
class EventInfo:
    id: int
    version: int | None
    revision: int
    at: datetime
    author: str
    action: str
    message: str
    override_reason: str | None
    data: dict[str, Any] | None
    corrections: list[CorrectionInfo] = field(default_factory=list)

    @classmethod
    def of(cls, row: EventRow, version: int | None, corrections: list[CorrectionInfo]) -> "EventInfo":
        return cls(row.id, version, row.revision, utc(row.at), row.author, row.action, row.message,
                   row.override_reason, row.data, corrections)


@dataclass(frozen=True)
class SchemeSummary:
    id: int
    title: str
    year: int | None
    kind: str
    revision: int
    versions: int
    latest_status: str
    published_version: int | None
    open_flags: int
    conflicts: int
    updated_at: datetime
    updated_by: str | None


@dataclass(frozen=True)
class ScoreRunInfo:
    id: int
    scheme_id: int
    version: int
    scheme_sha256: str
    submissions_sha256: str
    options: dict[str, Any]
    outputs: str
    created_at: datetime
    created_by: str | None
    created: bool  # False: an identical run existed and is returned

    @classmethod
    def of(cls, row: ScoreRunRow, scheme_id: int, version: int, created: bool) -> "ScoreRunInfo":
        return cls(row.id, scheme_id, version, row.scheme_sha256, row.submissions_sha256, dict(row.options),
                   row.outputs, utc(row.created_at), row.created_by, created)
