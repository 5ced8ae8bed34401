"""The same store on PostgreSQL (``KAOHE_TEST_PG_URL``; start one with scripts/start_postgres.sh).

Each test works in a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest
from store_schemes import SHAOXING, build_scheme, edited, race_two_writers, write_notice

from schemes.store import PublishBlocked, StaleWrite, Store

PG_URL = os.environ.get("KAOHE_TEST_PG_URL")


def _reachable(url: str) -> str | None:
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure means: skip
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return None


if not PG_URL:
    pytest.skip("KAOHE_TEST_PG_URL is not set (start a server with scripts/start_postgres.sh)",
                allow_module_level=True)
_problem = _reachable(PG_URL)
if _problem:
    pytest.skip(f"PostgreSQL at KAOHE_TEST_PG_URL is unreachable ({_problem})", allow_module_level=True)


@pytest.fixture
def store(tmp_path):
    from sqlalchemy import create_engine, text

    schema = f"kaohe_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    try:
        with Store.open(home=tmp_path / "home", db_url=url) as s:
            assert s.engine.dialect.name == "postgresql"
            yield s
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_full_cycle_on_postgres(store, tmp_path):
    notice = write_notice(tmp_path, "002_shaoxing_2019.pdf", "v1")
    first = store.ingest(notice, build_scheme(), "x-1", author="bot")
    assert first.new_scheme and store.ingest(notice, build_scheme(), "x-1", author="bot").skipped

    fix = [{"op": "replace", "path": "/items/@5/points", "value": 5}]
    info = store.correct(1, fix, author="li", reason="p4 says 5", base_revision=1)
    with pytest.raises(StaleWrite, match="changed by li"):
        store.correct(1, fix, author="wang", reason="late", base_revision=1)
    store.correct(1, [{"op": "replace", "path": "/items/@3.3/points", "value": 4}], author="li", reason="r",
                  base_revision=info.revision)

    notice.write_text("v2", encoding="utf-8")
    r = store.ingest(notice, build_scheme(edited(SHAOXING, 2, drop="做好困难职工帮扶工作")), "x-1", author="bot")
    assert (r.info.ref, r.carried, r.conflicts) == ("1@2", 1, 1)
    assert store.get(1).scheme.item("3.4").points == 5

    info = store.approve(1, author="zhang", base_revision=r.info.revision)
    with pytest.raises(PublishBlocked):
        store.publish(1, author="zhang", base_revision=info.revision)
    info = store.publish(1, author="zhang", base_revision=info.revision, override_reason="checked")
    assert info.status == "published" and store.log(1)[-1].override_reason == "checked"

    run = store.record_score_run("1@2", submissions_sha256="a" * 64, options={"k": 1}, outputs="out/1")
    again = store.record_score_run("1@2", submissions_sha256="a" * 64, options={"k": 1}, outputs="out/2")
    assert run.created and not again.created and again.id == run.id
    assert store.check_consistency() == []


def test_concurrent_writers_on_postgres(store, tmp_path, monkeypatch):
    store.ingest(write_notice(tmp_path, "a.pdf"), build_scheme(), "x-1", author="bot")
    results = race_two_writers(store, monkeypatch)
    assert results["first"] == 2
    assert isinstance(results["second"], StaleWrite) and results["second"].by == "first"
    assert store.check_consistency() == []


def test_migrations_match_the_models_on_postgres(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from schemes.store.tables import Base

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert ctx.get_current_revision() == "0004"
        assert compare_metadata(ctx, Base.metadata) == []


def test_v1_data_migrates_on_postgres(tmp_path):
    """tests/data/v1_store.sqlite3 copied into a PostgreSQL schema at revision 0001, then opened."""
    import json
    import sqlite3
    from datetime import datetime, timezone

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import MetaData, create_engine, text

    from schemes.store.engine import MIGRATIONS

    schema = f"kaohe_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    engine = create_engine(url)
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        meta = MetaData()
        meta.reflect(engine)
        src = sqlite3.connect(os.path.join(os.path.dirname(__file__), "data", "v1_store.sqlite3"))
        src.row_factory = sqlite3.Row
        with engine.begin() as conn:
            for name in ("documents", "schemes", "scheme_versions", "events", "corrections", "score_runs"):
                table = meta.tables[name]
                rows = []
                for row in src.execute(f"select * from {name} order by id"):
                    values = dict(row)
                    for col in table.columns:
                        v = values.get(col.name)
                        if v is not None and col.type.__class__.__name__ in ("JSON", "JSONB"):
                            values[col.name] = json.loads(v)
                        elif v is not None and "TIMESTAMP" in str(col.type):
                            values[col.name] = datetime.fromisoformat(v).replace(tzinfo=timezone.utc)
                    rows.append(values)
                if rows:
                    conn.execute(table.insert(), rows)
            for name in ("documents", "schemes", "scheme_versions", "events", "corrections"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT max(id) FROM {name}))"))
        src.close()
        with Store.open(home=tmp_path / "home", db_url=url) as store:
            scheme = store.scheme(2)
            assert (scheme.schema_version, scheme.item("5").points, scheme.item("5").rule.kind) == ("2.0", 4, "threshold")
            assert store.get(1).scheme.category("3").points == 7 and store.get(2).status == "reviewed"
            with store.engine.connect() as conn:
                versions = conn.execute(text("select extracted from scheme_versions")).scalars().all()
            assert all("points" not in (i.get("rule") or {}) or i["rule"]["kind"] not in ("threshold", "proportional")
                       for v in versions for i in v["items"])
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_a_postgres_store_at_head_reopens_without_alembic_and_a_new_schema_is_still_migrated(store, tmp_path,
                                                                                              monkeypatch):
    from alembic import command
    from sqlalchemy import create_engine, text

    upgrade = command.upgrade

    def refuse(*_a, **_k):
        raise AssertionError("alembic upgrade ran on a database already at head")

    monkeypatch.setattr(command, "upgrade", refuse)
    with Store.open(home=tmp_path / "home", db_url=store.workspace.db_url) as again:
        assert again.list_schemes() == []
    monkeypatch.setattr(command, "upgrade", upgrade)

    schema = f"kaohe_test_{uuid.uuid4().hex[:12]}"  # another schema's alembic_version must not count
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        with Store.open(home=tmp_path / "h2", db_url=f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}") as s:
            assert s.list_schemes() == []
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
