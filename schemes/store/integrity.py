"""Refuse a store kaohe cannot trust before anything touches it, and check one on request.

Opening a store runs migrations and writes; on a damaged database (random
bytes, a truncated copy) or one written by a newer kaohe that is the wrong
thing to do, and SQLAlchemy/Alembic would answer with a traceback.  So, before
the engine connects, an SQLite file's header is checked (magic string, page
size, the page count it states against the bytes on disk), and before Alembic
runs, the schema revision is compared with the migrations this kaohe knows.
Each refusal is one line naming the file and what to do, and the file is left
as it was.  :func:`check_store` (``kaohe schemes check``) adds SQLite's full
``PRAGMA integrity_check``.
"""

from __future__ import annotations

import ast
import struct
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from kaohe.i18n import N_, _

from .engine import MIGRATIONS, current_revision, head_revision
from .errors import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 100
RESTORE = N_("restore it from a backup (or move it away to start a new store)")


class DamagedStore(StoreError):
    """The database file is not an intact kaohe store."""


class NewerStore(StoreError):
    """The store was migrated by a newer kaohe than this one."""


def sqlite_file(db_url: str) -> Path | None:
    """The database file of an SQLite URL (None for PostgreSQL or an in-memory database)."""
    if not db_url.startswith("sqlite"):
        return None
    name = db_url.split(":///", 1)[1] if ":///" in db_url else ""
    return Path(name) if name and name != ":memory:" else None


def check_sqlite_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database, or is shorter than the pages its header states.

    A missing or empty file is a new store.  Nothing is written.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    size = path.stat().st_size
    with open(path, "rb") as f:
        header = f.read(HEADER_BYTES)
    if len(header) < HEADER_BYTES or not header.startswith(SQLITE_MAGIC):
        raise DamagedStore(_("{file}: not a kaohe store (the file is not an SQLite database: damaged or "
                             "overwritten); {restore}").format(file=path, restore=_(RESTORE)))
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages, valid_for = struct.unpack(">I", header[24:28]), struct.unpack(">I", header[28:32]), \
        struct.unpack(">I", header[92:96])
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedStore(_("{file}: the store is damaged (its header states a page size of {size}); {restore}").format(
            file=path, size=page_size, restore=_(RESTORE)))
    if change_counter == valid_for and pages[0] and size < pages[0] * page_size:
        raise DamagedStore(_("{file}: the store is truncated ({size} bytes, its header states {stated}); "
                             "{restore}").format(file=path, size=f"{size:,}", stated=f"{pages[0] * page_size:,}",
                                                 restore=_(RESTORE)))
    if size % page_size:
        raise DamagedStore(_("{file}: the store is truncated ({size} bytes is not a whole number of "
                             "{page}-byte pages); {restore}").format(file=path, size=f"{size:,}", page=f"{page_size:,}",
                                                                     restore=_(RESTORE)))


def known_revisions() -> set[str]:
    """The schema revisions this kaohe's migrations define (read from the scripts, without Alembic)."""
    found = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "revision"
                                                    for t in node.targets):
                value = ast.literal_eval(node.value)
                if isinstance(value, str):
                    found.add(value)
    return found


def check_revision(engine: Engine, where: str) -> None:
    """Refuse a store whose schema revision this kaohe does not know (a newer kaohe migrated it)."""
    try:
        revision = current_revision(engine)
    except DatabaseError as exc:
        raise DamagedStore(_("{file}: the store is damaged ({why}); {restore}").format(
            file=where, why=_reason(exc), restore=_(RESTORE))) from None
    if revision is not None and revision not in known_revisions():
        raise NewerStore(_("{file}: the store was written by a newer kaohe (schema revision {revision}; this "
                           "kaohe knows up to {head}); upgrade kaohe to open it. Nothing was changed").format(
            file=where, revision=revision, head=head_revision()))


def _reason(exc: DatabaseError) -> str:
    return str(getattr(exc, "orig", exc)).splitlines()[0]


@dataclass
class StoreHealth:
    """What ``kaohe schemes check`` found: problems (none when the store is sound) and facts."""

    where: str
    revision: str | None = None
    head: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_store(engine: Engine, where: str, *, max_problems: int = 20) -> StoreHealth:
    """Integrity (SQLite ``PRAGMA integrity_check``) and schema revision against this kaohe's head."""
    health = StoreHealth(where=where, head=head_revision())
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                rows = conn.execute(text(f"PRAGMA integrity_check({max_problems})")).scalars().all()
                health.problems += [f"integrity: {r}" for r in rows if r != "ok"]
                rows = conn.execute(text("PRAGMA foreign_key_check")).all()
                health.problems += [f"foreign key: table {r[0]} row {r[1]} refers to a missing {r[2]}"
                                    for r in rows[:max_problems]]
        health.revision = current_revision(engine)
    except DatabaseError as exc:
        health.problems.append(_("unreadable: {why}").format(why=_reason(exc)))
        return health
    if health.revision is None:
        health.problems.append(_("no schema revision (not a kaohe store, or never migrated)"))
    elif health.revision not in known_revisions():
        health.problems.append(_("schema revision {revision} is newer than this kaohe ({head}); upgrade "
                                 "kaohe").format(revision=health.revision, head=health.head))
    elif health.head is not None and health.revision != health.head:
        health.problems.append(_("schema revision {revision} is behind {head}; opening the store with any "
                                 "command migrates it").format(revision=health.revision, head=health.head))
    return health
