"""Opening a store migrates only when the database is behind: at head, Alembic is not even imported."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from conftest import ROOT

from schemes.store import Store
from schemes.store.engine import MIGRATIONS, WRITE_OPTION, head_revision, make_engine


def alembic_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


def db_revision(home) -> str:
    con = sqlite3.connect(home / "kaohe.sqlite3")
    try:
        return con.execute("select version_num from alembic_version").fetchone()[0]
    finally:
        con.close()


def upgrade_to(url: str, revision: str) -> None:
    """A database at an older revision, as an older kaohe left it."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(url)
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    engine.dispose()


def test_the_head_read_from_the_scripts_is_alembics_head():
    assert head_revision() == alembic_head()


def test_a_new_database_is_migrated_to_head(tmp_path):
    with Store.open(home=tmp_path):
        pass
    assert db_revision(tmp_path) == alembic_head()


def test_a_database_at_head_is_opened_without_running_alembic(tmp_path, monkeypatch):
    from alembic import command

    with Store.open(home=tmp_path):
        pass

    def refuse(*_a, **_k):
        raise AssertionError("alembic upgrade ran on a database already at head")

    monkeypatch.setattr(command, "upgrade", refuse)
    with Store.open(home=tmp_path) as store:
        assert store.list_schemes() == []


def test_a_database_behind_head_is_still_migrated(tmp_path):
    with Store.open(home=tmp_path) as store:
        url = store.workspace.db_url
    (tmp_path / "kaohe.sqlite3").unlink()
    upgrade_to(url, "0002")
    assert db_revision(tmp_path) == "0002"
    with Store.open(home=tmp_path):
        pass
    assert db_revision(tmp_path) == alembic_head()


def test_reopening_a_store_imports_no_alembic(tmp_path):
    with Store.open(home=tmp_path):
        pass
    code = ("import sys; from schemes.store import Store; "
            f"Store.open(home={str(tmp_path)!r}).close(); print(any(m.startswith('alembic') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
