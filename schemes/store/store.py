"""The scheme store: documents, extracted schemes, versions, corrections, score runs.

Every write is one transaction that names the scheme revision it was based on
and bumps it (``UPDATE schemes SET revision = revision + 1 WHERE id = :id AND
revision = :base``); when no row matches, somebody else wrote first and the
write fails with :class:`StaleWrite` instead of overwriting their change.
The current scheme of a version is never stored: it is the extracted JSON
with the version's corrections replayed in order.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import tempfile
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence, TypeAlias

from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlalchemy.orm import Session

from kaohe.i18n import _

from ..corrections import (
    CorrectionError, Op, apply_op, check_correction, describe_change, old_value, readable_change, rederive_ops,
    replay, scheme_doc, stabilize,
)
from ..diff import normalize
from ..model import Scheme
from ..workspace import DB_FILE, Workspace
from . import checks
from .carry import Previous, carry
from .engine import WRITE_OPTION, make_engine, migrate, pause_in_write
from .errors import (
    InvalidCorrection, InvalidTransition, NoWorkspace, NotFound, PublishBlocked, StaleWrite, StoreError,
)
from .integrity import RESTORE, DamagedStore, StoreHealth, check_revision, check_sqlite_header, check_store, sqlite_file
from .records import (
    CorrectionInfo, DocumentInfo, EventInfo, IngestResult, SchemeSummary, ScoreRunInfo, VersionInfo, utc,
)
from .refs import LATEST, PUBLISHED, Ref, parse_ref
from .series import SeriesStore
from .tables import (
    APPLIED, CONFLICT, DISMISSED, DRAFT, PUBLISHED as ST_PUBLISHED, REVIEWED, CorrectionRow, DocumentRow, EventRow,
    SchemeRow, ScoreRunRow, VersionRow, utcnow,
)

RefLike: TypeAlias = "str | int | Ref"  # 3, "3", "3@2", "3@published"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _warm_grammar(patches: Sequence[Sequence[Op]]) -> None:
    """Load the criteria grammar before a write that may need it, not while holding the write lock."""
    if any(isinstance(op, dict) and ("criteria" in str(op.get("path", "")) or "criteria" in str(op.get("value", "")))
           for ops in patches for op in ops):
        from ..criteria.nlp import jieba_module

        jieba_module()


class Store(SeriesStore):
    """Open with :meth:`Store.open`; use as a context manager or call :meth:`close`."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self.engine = make_engine(workspace.db_url)

    @classmethod
    def open(cls, home: str | Path | None = None, db_url: str | None = None,
             workspace: Workspace | None = None, *, create: bool = True) -> "Store":
        """Open (creating and migrating as needed) the store of a workspace.  With ``create=False``
        a workspace that does not exist is an error, not a new empty folder (commands that only
        read or correct stored schemes: run in the wrong folder, they must not start a new store)."""
        ws = workspace or Workspace.resolve(home, db_url)
        if not create and ws.is_sqlite and not (ws.home / DB_FILE).is_file():
            raise NoWorkspace(_("no workspace here ({home}); use --home or KAOHE_HOME (`kaohe ingest` creates "
                                "one)").format(home=ws.home))
        database = sqlite_file(ws.db_url)
        if database is not None:
            check_sqlite_header(database)  # before connecting: a damaged file is refused untouched
        ws.home.mkdir(parents=True, exist_ok=True)
        store = cls(ws)
        where = str(database) if database is not None else ws.describe()
        try:
            check_revision(store.engine, where)  # before Alembic: a newer store is refused untouched
            migrate(store.engine)
        except DatabaseError as exc:
            store.close()
            raise DamagedStore(_("{file}: the store is damaged ({why}); {restore}").format(
                file=where, why=str(getattr(exc, "orig", exc)).splitlines()[0], restore=_(RESTORE))) from None
        except StoreError:
            store.close()
            raise
        return store

    def check(self) -> StoreHealth:
        """``PRAGMA integrity_check`` and the schema revision (``kaohe schemes check``)."""
        database = sqlite_file(self.workspace.db_url)
        return check_store(self.engine, str(database) if database is not None else self.workspace.describe())

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def _session(self, write: bool) -> Iterator[Session]:
        """One transaction; commits on success, rolls back on any exception (or a dead process)."""
        with self.engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: write})
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session
                if write:
                    session.flush()
                    pause_in_write()

    def _read(self) -> AbstractContextManager[Session]:
        return self._session(write=False)

    def _write(self) -> AbstractContextManager[Session]:
        return self._session(write=True)

    def assert_revision(self, scheme_id: int, base: int) -> None:
        """Fail early with :class:`StaleWrite` when ``base`` is no longer the scheme's revision."""
        with self._read() as s:
            row = self._scheme_row(s, scheme_id)
            if row.revision != base:
                raise self._stale(row, base, s)

    def changes_since(self, scheme_id: int, base: int) -> list[str]:
        """What happened to a scheme after revision ``base``: one line per change (who, when, what
        fields to which values), oldest first."""
        with self._read() as s:
            return self._changes_since(s, scheme_id, base)

    def _changes_since(self, s: Session, scheme_id: int, base: int) -> list[str]:
        out: list[str] = []
        events = s.scalars(select(EventRow).where(EventRow.scheme_id == scheme_id, EventRow.revision > base)
                           .order_by(EventRow.revision, EventRow.id)).all()
        for e in events:
            at = utc(e.at)
            head = f"r{e.revision} {e.author}" + (f" at {at:%Y-%m-%d %H:%M} UTC" if at else "")
            ops = [op for c in s.scalars(select(CorrectionRow).where(CorrectionRow.event_id == e.id)
                                         .order_by(CorrectionRow.seq)) for op in c.ops]
            if e.action == "corrected" and ops:
                out.extend(f"{head}: {describe_change(op)}" for op in ops)
            else:
                out.append(f"{head}: {e.message}")
        return out

    def _stale(self, row: Any, base: int, s: Session | None = None) -> StaleWrite:
        at = utc(row.updated_at)
        changes = self._changes_since(s, row.id, base) if s is not None else []
        return StaleWrite(row.id, base, row.revision, row.updated_by,
                          at.strftime("%Y-%m-%d %H:%M:%S UTC") if at else None, changes)

    def _bump(self, s: Session, scheme_id: int, base: int, author: str) -> int:
        """Optimistic lock: move the scheme from ``base`` to ``base + 1`` or fail."""
        s.flush()
        done = s.execute(
            update(SchemeRow)
            .where(SchemeRow.id == scheme_id, SchemeRow.revision == base)
            .values(revision=SchemeRow.revision + 1, updated_at=utcnow(), updated_by=author)
            .execution_options(synchronize_session=False)
        )
        if done.rowcount != 1:
            row = s.execute(select(SchemeRow.id, SchemeRow.revision, SchemeRow.updated_by, SchemeRow.updated_at)
                            .where(SchemeRow.id == scheme_id)).one_or_none()
            if row is None:
                raise NotFound(f"no scheme {scheme_id}")
            raise self._stale(row, base, s)
        s.expire_all()
        return base + 1

    def _event(self, s: Session, scheme_id: int, version_id: int | None, revision: int, author: str,
               action: str, message: str, **extra: Any) -> EventRow:
        ev = EventRow(scheme_id=scheme_id, version_id=version_id, revision=revision, author=author,
                      action=action, message=message, **extra)
        s.add(ev)
        s.flush()
        return ev

    # ------------------------------------------------------------------ lookups

    def _scheme_row(self, s: Session, scheme_id: int) -> SchemeRow:
        row = s.get(SchemeRow, scheme_id)
        if row is None:
            raise NotFound(f"no scheme {scheme_id} (see `kaohe schemes list`)")
        return row

    def _version(self, s: Session, ref: RefLike) -> VersionRow:
        r = parse_ref(ref)
        self._scheme_row(s, r.scheme_id)
        q = select(VersionRow).where(VersionRow.scheme_id == r.scheme_id)
        if r.version == LATEST:
            row = s.scalars(q.order_by(VersionRow.number.desc()).limit(1)).first()
        elif r.version == PUBLISHED:
            row = s.scalars(q.where(VersionRow.status == ST_PUBLISHED).order_by(VersionRow.number.desc())).first()
            if row is None:
                raise NotFound(f"scheme {r.scheme_id} has no published version")
        else:
            row = s.scalars(q.where(VersionRow.number == r.version)).first()
        if row is None:
            latest = self._latest_number(s, r.scheme_id)
            raise NotFound(f"scheme {r.scheme_id} has no version {r.version} (versions 1–{latest})")
        return row

    def _latest_number(self, s: Session, scheme_id: int) -> int:
        return s.scalar(select(func.max(VersionRow.number)).where(VersionRow.scheme_id == scheme_id)) or 0

    def _current_doc(self, v: VersionRow) -> dict:
        """The current scheme JSON of a version (extracted + applied corrections)."""
        return scheme_doc(self._current(v))

    def _current(self, v: VersionRow) -> Scheme:
        try:
            return replay(v.extracted, [c.ops for c in v.corrections if c.status == APPLIED])
        except CorrectionError as exc:  # stored corrections were checked when written
            raise StoreError(f"scheme {v.scheme_id}@{v.number} does not replay: {exc}") from exc

    def _info(self, s: Session, v: VersionRow) -> VersionInfo:
        scheme_row = self._scheme_row(s, v.scheme_id)
        return VersionInfo(
            scheme_id=v.scheme_id, version=v.number, status=v.status, revision=scheme_row.revision,
            latest_version=self._latest_number(s, v.scheme_id), extractor_version=v.extractor_version,
            document=DocumentInfo.of(v.document), created_at=utc(v.created_at), created_by=v.created_by,
            status_at=utc(v.status_at), status_by=v.status_by, scheme=self._current(v),
            corrections=[CorrectionInfo.of(c, v.number) for c in v.corrections],
        )

    # ------------------------------------------------------------------ reading

    def get(self, ref: RefLike) -> VersionInfo:
        """A version with its current scheme, corrections and conflicts."""
        with self._read() as s:
            return self._info(s, self._version(s, ref))

    def scheme(self, ref: RefLike) -> Scheme:
        return self.get(ref).scheme

    def revision(self, scheme_id: int) -> int:
        with self._read() as s:
            return self._scheme_row(s, scheme_id).revision

    def list_schemes(self) -> list[SchemeSummary]:
        out = []
        with self._read() as s:
            for row in s.scalars(select(SchemeRow).order_by(SchemeRow.id)):
                latest = row.versions[-1]
                current = self._current(latest)
                published = [v.number for v in row.versions if v.status == ST_PUBLISHED]
                out.append(SchemeSummary(
                    id=row.id, title=row.title, year=row.year, kind=row.kind, revision=row.revision,
                    versions=len(row.versions), latest_status=latest.status,
                    published_version=published[-1] if published else None, open_flags=len(checks.open_flags(current)),
                    conflicts=sum(1 for c in latest.corrections if c.status == CONFLICT),
                    updated_at=utc(row.updated_at), updated_by=row.updated_by,
                ))
        return out

    def log(self, ref: RefLike) -> list[EventInfo]:
        """The audit log of a scheme (all versions), oldest first, with each event's corrections."""
        scheme_id = parse_ref(ref).scheme_id
        with self._read() as s:
            self._scheme_row(s, scheme_id)
            numbers = dict(s.execute(select(VersionRow.id, VersionRow.number)
                                     .where(VersionRow.scheme_id == scheme_id)).all())
            by_event: dict[int, list[CorrectionInfo]] = {}
            for c in s.scalars(select(CorrectionRow).where(CorrectionRow.version_id.in_(list(numbers)))
                               .order_by(CorrectionRow.version_id, CorrectionRow.seq)):
                by_event.setdefault(c.event_id, []).append(CorrectionInfo.of(c, numbers[c.version_id]))
            events = s.scalars(select(EventRow).where(EventRow.scheme_id == scheme_id).order_by(EventRow.id))
            return [EventInfo.of(e, numbers.get(e.version_id) if e.version_id else None, by_event.get(e.id, []))
                    for e in events]

    def history(self, ref: RefLike) -> dict[int, list[str]]:
        """Each applied correction's edits as people read them (``3.1 分值 5 → 6``), by correction id:
        every version's extracted scheme replayed correction by correction, to know the old values."""
        scheme_id = parse_ref(ref).scheme_id
        out: dict[int, list[str]] = {}
        with self._read() as s:
            for v in s.scalars(select(VersionRow).where(VersionRow.scheme_id == scheme_id)):
                doc = copy.deepcopy(v.extracted)
                for c in sorted(v.corrections, key=lambda c: c.seq):
                    if c.status != APPLIED:
                        continue
                    lines = []
                    for op in c.ops:
                        lines.append(readable_change(op, old_value(doc, str(op.get("path", "")))))
                        try:
                            doc = apply_op(doc, op)
                        except CorrectionError:
                            break
                    out[c.id] = lines
        return out

    def document_json(self, sha256: str) -> str | None:
        """The document model (JSON) kept for a stored document, by its sha256; None when the
        document is unknown or was stored before document models were kept."""
        with self._read() as s:
            return s.scalar(select(DocumentRow.document_json).where(DocumentRow.sha256 == sha256))

    def find_ingested(self, sha256: str, extractor_version: str) -> VersionInfo | None:
        """The version already made from this file by this extractor, if any."""
        with self._read() as s:
            v = self._find_ingested(s, sha256, extractor_version)
            return self._info(s, v) if v else None

    def _find_ingested(self, s: Session, sha256: str, extractor_version: str) -> VersionRow | None:
        return s.scalars(
            select(VersionRow).join(DocumentRow)
            .where(DocumentRow.sha256 == sha256, VersionRow.extractor_version == extractor_version)
            .order_by(VersionRow.id.desc())
        ).first()

    # ------------------------------------------------------------------ ingesting

    def ingest(self, path: str | Path, scheme: Scheme, extractor_version: str, *, author: str,
               original_name: str | None = None, document_json: str | None = None) -> IngestResult:
        """Store a notice and the scheme extracted from it as a draft version.

        ``document_json`` is the document model the scheme was extracted from
        (``Document.model_dump_json()``); it is kept beside the stored copy
        (see :meth:`document_json`) and replaced when a newer extraction of the
        same file brings one.

        The same file by the same extractor version is a no-op (``skipped``).
        Otherwise the file becomes a new version of the scheme it belongs to
        (same document, same title and year, or same original file name), and
        that scheme's latest corrections are carried over; else a new scheme.
        """
        path = Path(path)
        name = original_name or path.name
        sha = file_sha256(path)
        with self._read() as s:
            done = self._find_ingested(s, sha, extractor_version)
            if done is not None:
                return IngestResult(name, self._info(s, done), skipped=True, new_scheme=False)
        stored = self._store_file(path, sha)
        for attempt in range(3):  # a concurrent ingest of the same scheme may win the revision race
            try:
                return self._ingest(stored, sha, path.stat().st_size, name, scheme, extractor_version, author,
                                    document_json)
            except StaleWrite:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _store_file(self, path: Path, sha: str) -> Path:
        """Copy the file into the workspace under its sha256 (atomically; kept if already there)."""
        dest = self.workspace.document_path(sha, path.suffix.lower())
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".incoming-")
            os.close(fd)
            try:
                shutil.copyfile(path, tmp)
                os.replace(tmp, dest)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        return dest

    def _ingest(self, stored: Path, sha: str, size: int, name: str, scheme: Scheme, extractor_version: str,
                author: str, document_json: str | None = None) -> IngestResult:
        extracted = scheme_doc(scheme)
        with self._write() as s:
            done = self._find_ingested(s, sha, extractor_version)
            if done is not None:
                return IngestResult(name, self._info(s, done), skipped=True, new_scheme=False)
            doc = s.scalars(select(DocumentRow).where(DocumentRow.sha256 == sha)).first()
            if doc is None:
                doc = DocumentRow(sha256=sha, original_name=name, format=scheme.metadata.source.format, size=size,
                                  stored_path=str(stored.relative_to(self.workspace.home)), document_json=document_json)
                s.add(doc)
                s.flush()
            elif document_json is not None:
                doc.document_json = document_json
            target = self._scheme_for(s, doc, scheme, name)
            meta = scheme.metadata
            if target is None:
                row = SchemeRow(title=meta.title, title_key=normalize(meta.title), year=meta.year, kind=scheme.kind,
                                revision=1, updated_by=author)
                s.add(row)
                s.flush()
                self._assign_series(s, row, scheme)
                v = VersionRow(scheme_id=row.id, number=1, document_id=doc.id, extractor_version=extractor_version,
                               extracted=extracted, status=DRAFT, created_by=author)
                s.add(v)
                s.flush()
                self._event(s, row.id, v.id, 1, author, "created",
                            f"ingested {name} as version 1 (extractor {extractor_version})")
                s.refresh(v)
                return IngestResult(name, self._info(s, v), skipped=False, new_scheme=True)

            prev = target.versions[-1]
            revision = self._bump(s, target.id, target.revision, author)
            number = prev.number + 1
            v = VersionRow(scheme_id=target.id, number=number, document_id=doc.id,
                           extractor_version=extractor_version, extracted=extracted, status=DRAFT, created_by=author)
            s.add(v)
            s.flush()
            why = "new extractor" if prev.document_id == doc.id else "new file"
            ev = self._event(s, target.id, v.id, revision, author, "ingested",
                             f"ingested {name} as version {number} ({why}; extractor {extractor_version})")
            carried = self._carry_into(s, prev, v, ev, author)
            applied = sum(1 for c in carried if c.status == APPLIED)
            conflicts = [c for c in carried if c.status == CONFLICT]
            set_aside = [c for c in carried if c.status == DISMISSED]
            if carried:
                ev.message += f"; {applied} correction(s) re-applied"
                ev.message += f", {len(conflicts)} conflict(s)" if conflicts else ""
                ev.message += f", {len(set_aside)} no longer needed" if set_aside else ""
                ev.data = {"conflicts": [{"correction": c.carried_from_id, "reason": c.conflict} for c in conflicts],
                           "not_needed": [{"correction": c.carried_from_id, "reason": c.conflict} for c in set_aside]}
            s.execute(update(SchemeRow).where(SchemeRow.id == target.id).values(
                title=meta.title, title_key=normalize(meta.title), year=meta.year, kind=scheme.kind))
            s.flush()
            s.expire_all()
            return IngestResult(name, self._info(s, s.get(VersionRow, v.id)), skipped=False, new_scheme=False,
                                carried=applied, conflicts=len(conflicts))

    def _scheme_for(self, s: Session, doc: DocumentRow, scheme: Scheme, name: str) -> SchemeRow | None:
        """The scheme a new extraction belongs to: same document, same title+year, or same file name."""
        same_doc = s.scalars(select(SchemeRow).join(VersionRow).where(VersionRow.document_id == doc.id)
                             .order_by(VersionRow.id.desc())).first()
        if same_doc is not None:
            return same_doc
        key = normalize(scheme.metadata.title)
        if scheme.kind == "scheme" and key:
            year = scheme.metadata.year
            q = select(SchemeRow).where(SchemeRow.title_key == key, SchemeRow.kind == "scheme",
                                        SchemeRow.year.is_(None) if year is None else SchemeRow.year == year)
            found = s.scalars(q.order_by(SchemeRow.updated_at.desc(), SchemeRow.id.desc())).first()
            if found is not None:
                return found
        return s.scalars(select(SchemeRow).join(VersionRow).join(DocumentRow)
                         .where(DocumentRow.original_name == name).order_by(VersionRow.id.desc())).first()

    def _carry_into(self, s: Session, prev: VersionRow, new: VersionRow, ev: EventRow,
                    author: str) -> list[CorrectionRow]:
        previous = [c for c in prev.corrections if c.status in (APPLIED, CONFLICT)]
        if not previous:
            return []
        results = carry(prev.extracted, self._current(prev), [Previous(c.id, c.ops) for c in previous],
                        new.extracted)
        rows = []
        for seq, (old, res) in enumerate(zip(previous, results), start=1):
            row = CorrectionRow(version_id=new.id, seq=seq, event_id=ev.id, author=old.author, at=old.at,
                                reason=old.reason, base_revision=old.base_revision, ops=res.ops,
                                status=res.status, conflict=res.conflict, carried_from_id=old.id)
            s.add(row)
            rows.append(row)
        s.flush()
        return rows

    # ------------------------------------------------------------------ corrections

    def correct(self, ref: RefLike, ops: Sequence[Op], *, author: str, reason: str, base_revision: int) -> VersionInfo:
        """Record one correction (JSON Patch; positions are rewritten to stable keys)."""
        return self.apply_corrections(ref, [list(ops)], author=author, reason=reason, base_revision=base_revision)

    def apply_corrections(self, ref: RefLike, patches: Sequence[Sequence[Op]], *, author: str, reason: str,
                          base_revision: int, message: str | None = None,
                          carried_from: int | None = None) -> VersionInfo:
        """Record several corrections as one write (one audit event, one revision).

        A correction that changes an item's criteria text also sets the rule the
        new text parses to (:func:`schemes.corrections.rederive_ops`), unless it
        sets that rule itself; the stored operations include it.  ``carried_from`` names the
        correction (of another scheme) a reviewer accepted as a proposal (:mod:`schemes.forward`).
        """
        if not author:
            raise StoreError("a correction needs an author")
        _warm_grammar(patches)
        with self._write() as s:
            v = self._version(s, ref)
            self._check_correctable(s, v)
            revision = self._bump(s, v.scheme_id, base_revision, author)
            doc = self._current_doc(v)
            stable: list[list[Op]] = []
            for n, ops in enumerate(patches, start=1):
                try:
                    ops = rederive_ops(doc, stabilize(doc, ops))
                    doc, _ = check_correction(doc, ops)
                except CorrectionError as exc:
                    which = f"correction {n} of {len(patches)}" if len(patches) > 1 else "the correction"
                    raise InvalidCorrection(f"{which} was refused: {exc}") from None
                stable.append(ops)
            reopened = v.status == REVIEWED
            text_ = message or f"{len(stable)} correction(s): {reason}"
            if reopened:
                v.status, v.status_at, v.status_by = DRAFT, utcnow(), author
                text_ += " (back to draft: it had been approved)"
            ev = self._event(s, v.scheme_id, v.id, revision, author, "corrected", text_)
            seq = max((c.seq for c in v.corrections), default=0)
            for n, ops in enumerate(stable, start=1):
                s.add(CorrectionRow(version_id=v.id, seq=seq + n, event_id=ev.id, author=author, reason=reason,
                                    base_revision=base_revision, ops=ops, status=APPLIED,
                                    carried_from_id=carried_from))
            s.flush()
            s.expire_all()
            return self._info(s, s.get(VersionRow, v.id))

    def _check_correctable(self, s: Session, v: VersionRow) -> None:
        latest = self._latest_number(s, v.scheme_id)
        if v.number != latest:
            raise InvalidTransition(
                f"{v.scheme_id}@{v.number} is not the latest version ({v.scheme_id}@{latest}); correct that one")
        if v.status == ST_PUBLISHED:
            raise InvalidTransition(
                f"{v.scheme_id}@{v.number} is published and frozen; "
                f"start a new draft with `kaohe schemes revise {v.scheme_id}` to correct it")

    def dismiss(self, ref: RefLike, correction_id: int, *, author: str, reason: str, base_revision: int) -> VersionInfo:
        """Set aside a conflicting correction after looking at it (it stays in the log)."""
        with self._write() as s:
            v = self._version(s, ref)
            self._check_correctable(s, v)
            row = next((c for c in v.corrections if c.id == correction_id), None)
            if row is None or row.status != CONFLICT:
                raise NotFound(f"{v.scheme_id}@{v.number} has no conflicting correction {correction_id}")
            revision = self._bump(s, v.scheme_id, base_revision, author)
            row.status = DISMISSED
            self._event(s, v.scheme_id, v.id, revision, author, "dismissed",
                        f"dismissed conflicting correction {correction_id}: {reason}",
                        data={"correction": correction_id, "conflict": row.conflict})
            s.flush()
            s.expire_all()
            return self._info(s, s.get(VersionRow, v.id))

    # ------------------------------------------------------------------ status

    def approve(self, ref: RefLike, *, author: str, base_revision: int) -> VersionInfo:
        """draft → reviewed."""
        with self._write() as s:
            v = self._version(s, ref)
            if v.status != DRAFT:
                raise InvalidTransition(f"{v.scheme_id}@{v.number} is {v.status}; only a draft can be approved")
            self._check_correctable(s, v)
            revision = self._bump(s, v.scheme_id, base_revision, author)
            v.status, v.status_at, v.status_by = REVIEWED, utcnow(), author
            self._event(s, v.scheme_id, v.id, revision, author, "approved", f"approved version {v.number}")
            s.flush()
            s.expire_all()
            return self._info(s, s.get(VersionRow, v.id))

    def publish_blockers(self, ref: RefLike) -> list[str]:
        info = self.get(ref)
        return checks.publish_blockers(info.scheme, len(info.conflicts))

    def publish(self, ref: RefLike, *, author: str, base_revision: int,
                override_reason: str | None = None) -> VersionInfo:
        """reviewed → published; refused while flags are open or sums do not reconcile, unless overridden."""
        with self._write() as s:
            v = self._version(s, ref)
            if v.status != REVIEWED:
                hint = " (approve it first)" if v.status == DRAFT else ""
                raise InvalidTransition(f"{v.scheme_id}@{v.number} is {v.status}; only a reviewed version "
                                        f"can be published{hint}")
            revision = self._bump(s, v.scheme_id, base_revision, author)
            conflicts = sum(1 for c in v.corrections if c.status == CONFLICT)
            blockers = checks.publish_blockers(self._current(v), conflicts)
            override = (override_reason or "").strip() or None
            if blockers and override is None:
                raise PublishBlocked(f"{v.scheme_id}@{v.number}", blockers)
            v.status, v.status_at, v.status_by = ST_PUBLISHED, utcnow(), author
            message = f"published version {v.number}"
            if blockers:
                message += f" overriding {len(blockers)} check(s): {override}"
            self._event(s, v.scheme_id, v.id, revision, author, "published", message,
                        override_reason=override if blockers else None,
                        data={"overridden": blockers} if blockers else None)
            s.flush()
            s.expire_all()
            return self._info(s, s.get(VersionRow, v.id))

    def revise(self, ref: RefLike, *, author: str, base_revision: int) -> VersionInfo:
        """A new draft version of a published one (same extraction, corrections carried), to correct it."""
        with self._write() as s:
            prev = self._version(s, ref)
            latest = self._latest_number(s, prev.scheme_id)
            if prev.number != latest or prev.status != ST_PUBLISHED:
                raise InvalidTransition(f"{prev.scheme_id}@{prev.number} is {prev.status}"
                                        f"{'' if prev.number == latest else ' and not the latest'}; "
                                        "only the latest published version is revised (correct drafts directly)")
            revision = self._bump(s, prev.scheme_id, base_revision, author)
            v = VersionRow(scheme_id=prev.scheme_id, number=latest + 1, document_id=prev.document_id,
                           extractor_version=prev.extractor_version, extracted=prev.extracted, status=DRAFT,
                           created_by=author)
            s.add(v)
            s.flush()
            ev = self._event(s, prev.scheme_id, v.id, revision, author, "revised",
                             f"new draft version {v.number} from published version {prev.number}")
            self._carry_into(s, prev, v, ev, author)
            s.flush()
            s.expire_all()
            return self._info(s, s.get(VersionRow, v.id))

    # ------------------------------------------------------------------ score runs

    def record_score_run(self, ref: RefLike, *, submissions_sha256: str, options: dict[str, Any], outputs: str,
                         author: str | None = None) -> ScoreRunInfo:
        """Record scoring of a version; an identical earlier run (same version and scheme content,
        same submissions, same options) is returned instead, so re-running is idempotent."""
        options_sha = hashlib.sha256(canonical_json(options).encode()).hexdigest()
        try:
            with self._write() as s:
                v = self._version(s, ref)
                scheme_sha = hashlib.sha256(canonical_json(self._current_doc(v)).encode()).hexdigest()
                found = self._score_run(s, v.id, scheme_sha, submissions_sha256, options_sha)
                if found is not None:
                    return ScoreRunInfo.of(found, v.scheme_id, v.number, created=False)
                row = ScoreRunRow(version_id=v.id, scheme_sha256=scheme_sha, submissions_sha256=submissions_sha256,
                                  options=json.loads(canonical_json(options)), options_sha256=options_sha,
                                  outputs=outputs, created_by=author)
                s.add(row)
                s.flush()
                return ScoreRunInfo.of(row, v.scheme_id, v.number, created=True)
        except IntegrityError:  # a concurrent identical run committed first
            with self._read() as s:
                v = self._version(s, ref)
                scheme_sha = hashlib.sha256(canonical_json(self._current_doc(v)).encode()).hexdigest()
                found = self._score_run(s, v.id, scheme_sha, submissions_sha256, options_sha)
                if found is None:
                    raise
                return ScoreRunInfo.of(found, v.scheme_id, v.number, created=False)

    def _score_run(self, s: Session, version_id: int, scheme_sha: str, subs: str, opts: str) -> ScoreRunRow | None:
        return s.scalars(select(ScoreRunRow).where(
            ScoreRunRow.version_id == version_id, ScoreRunRow.scheme_sha256 == scheme_sha,
            ScoreRunRow.submissions_sha256 == subs, ScoreRunRow.options_sha256 == opts)).first()

    def score_runs(self, ref: RefLike) -> list[ScoreRunInfo]:
        with self._read() as s:
            v = self._version(s, ref)
            rows = s.scalars(select(ScoreRunRow).where(ScoreRunRow.version_id == v.id).order_by(ScoreRunRow.id))
            return [ScoreRunInfo.of(r, v.scheme_id, v.number, created=False) for r in rows]

    # ------------------------------------------------------------------ checks

    def check_consistency(self) -> list[str]:
        """Problems found in the store (empty when consistent): database integrity, every
        version replays to a valid scheme, revisions match the audit log, stored files exist."""
        problems: list[str] = []
        with self._read() as s:
            if s.bind.dialect.name == "sqlite":
                result = s.execute(text("PRAGMA integrity_check")).scalar()
                if result != "ok":
                    problems.append(f"sqlite integrity_check: {result}")
                for row in s.execute(text("PRAGMA foreign_key_check")):
                    problems.append(f"foreign key violation: {tuple(row)}")
            for row in s.scalars(select(SchemeRow)):
                last = s.scalar(select(func.max(EventRow.revision)).where(EventRow.scheme_id == row.id))
                if last != row.revision:
                    problems.append(f"scheme {row.id} is at revision {row.revision} but its log ends at {last}")
                if not row.versions:
                    problems.append(f"scheme {row.id} has no version")
                for v in row.versions:
                    try:
                        self._current(v)
                    except StoreError as exc:
                        problems.append(str(exc))
            for doc in s.scalars(select(DocumentRow)):
                if not (self.workspace.home / doc.stored_path).is_file():
                    problems.append(f"document {doc.sha256[:12]} ({doc.original_name}) is missing its stored file")
        return problems
