"""Database engines and migrations: SQLite embedded by default, PostgreSQL by URL.

SQLite is opened in WAL mode (readers never block the writer) with foreign
keys on and a busy timeout.  The driver's own transaction handling is turned
off and every transaction is begun explicitly: ``BEGIN IMMEDIATE`` for writes,
so two writers queue on the lock instead of failing half-way with "database
is locked", and a deferred ``BEGIN`` for reads.

The schema is migrated with Alembic (``upgrade head``) when a store is
opened on a database whose ``alembic_version`` is not the newest revision;
the migration scripts ship inside the package.  A database already at head
is recognised by one plain query against the head revision read from the
scripts' text (:func:`head_revision`), so opening it never imports Alembic
or runs its migration environment — about a fifth of ``kaohe serve``'s
start-up otherwise.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import ast
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "kaohe_write"

#: Test hook: when set to a file path, every write creates that file and then
#: sleeps inside its open transaction, so a test can kill the process mid-write.
PAUSE_ENV = "KAOHE_STORE_PAUSE_IN_WRITE"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed state
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest migration's revision, read from the scripts' ``revision``/``down_revision``
    assignments without importing Alembic; None when they do not form one line ending in one head
    (then Alembic decides)."""
    revisions: dict[str, object] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    if isinstance(t, ast.Name) and t.id in ("revision", "down_revision") and node.value is not None:
                        try:
                            found[t.id] = ast.literal_eval(node.value)
                        except ValueError:
                            return None
        if not isinstance(found.get("revision"), str):
            return None
        revisions[found["revision"]] = found.get("down_revision")
    parents = {d for d in revisions.values() if d is not None}
    if any(not isinstance(d, str) for d in parents):  # a merge revision: let Alembic work it out
        return None
    heads = [r for r in revisions if r not in parents]
    return heads[0] if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The database's ``alembic_version`` (None when it has none yet)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def is_current(engine: Engine) -> bool:
    """Whether the database is already at the newest revision (nothing to migrate)."""
    head = head_revision()
    return head is not None and current_revision(engine) == head


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (``alembic upgrade head``) unless it is there already."""
    if is_current(engine):
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            if conn.dialect.name == "postgresql":  # one migrator at a time
                conn.execute(text("SELECT pg_advisory_xact_lock(7415001)"))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")


def pause_in_write() -> None:
    """The test hook described at :data:`PAUSE_ENV`; a no-op unless it is set."""
    marker = os.environ.get(PAUSE_ENV)
    if not marker:
        return
    Path(marker).write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(float(os.environ.get("KAOHE_STORE_PAUSE_SECONDS", "60")))
