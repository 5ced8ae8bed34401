"""Database engines and migrations: SQLite embedded by default, PostgreSQL by URL.

SQLite is opened in WAL mode (readers never block the writer) with foreign
keys on and a busy timeout.  The driver's own transaction handling is turned
off and every transaction is begun explicitly: ``BEGIN IMMEDIATE`` for writes,
so two writers queue on the lock instead of failing half-way with "database
is locked", and a deferred ``BEGIN`` for reads.

The schema is migrated with Alembic (``upgrade head``) each time a store is
opened; the migration scripts ship inside the package.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
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


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (``alembic upgrade head``)."""
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
