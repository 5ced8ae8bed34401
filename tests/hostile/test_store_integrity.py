"""A damaged or newer store is refused in one line naming the file and what to do, and left unchanged;
``kaohe schemes check`` verifies integrity."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from run_bounded import refused_in_one_line, run_kaohe
from schemes.store import DamagedStore, NewerStore, Store

RESTORE = "restore it from a backup (or move it away to start a new store)"


def new_store(home: Path) -> Path:
    """A migrated, empty store, checkpointed into its one file; returns the database file."""
    Store.open(home=home).close()
    database = home / "kaohe.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_random_bytes_are_refused_in_one_line_and_left_unchanged(tmp_path):
    home = tmp_path / "kaohe"
    home.mkdir()
    database = home / "kaohe.sqlite3"
    database.write_bytes(bytes(range(256)) * 64)
    before = digest(database)
    line = refused_in_one_line(run_kaohe("schemes", "list", "--home", str(home)))
    assert line == (f"kaohe: {database}: not a kaohe store (the file is not an SQLite database: damaged or "
                    f"overwritten); {RESTORE}")
    assert digest(database) == before
    assert sorted(p.name for p in home.iterdir()) == ["kaohe.sqlite3"]


def test_a_truncated_store_is_refused_and_left_unchanged(tmp_path):
    home = tmp_path / "kaohe"
    database = new_store(home)
    size = database.stat().st_size
    database.write_bytes(database.read_bytes()[: size // 2])
    before = digest(database)
    with pytest.raises(DamagedStore) as info:
        Store.open(home=home)
    assert str(info.value) == (f"{database}: the store is truncated ({size // 2:,} bytes, its header states "
                               f"{size:,}); {RESTORE}")
    assert digest(database) == before


def test_a_store_from_a_newer_kaohe_is_refused_and_left_unchanged(tmp_path):
    home = tmp_path / "kaohe"
    database = new_store(home)
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(database)
    line = refused_in_one_line(run_kaohe("schemes", "list", "--home", str(home)))
    assert line.startswith(f"kaohe: {database}: the store was written by a newer kaohe (schema revision 9999; "
                           "this kaohe knows up to ")
    assert line.endswith("); upgrade kaohe to open it. Nothing was changed")
    assert digest(database) == before
    with pytest.raises(NewerStore):
        Store.open(home=home)


def test_check_passes_a_sound_store(tmp_path):
    home = tmp_path / "kaohe"
    new_store(home)
    outcome = run_kaohe("schemes", "check", "--home", str(home))
    assert outcome.code == 0, outcome.stderr
    assert outcome.stdout.startswith(f"✓ {home / 'kaohe.sqlite3'}: integrity ok, schema revision ")


def test_check_reports_a_damaged_page_in_one_line(tmp_path):
    home = tmp_path / "kaohe"
    database = new_store(home)
    data = bytearray(database.read_bytes())
    page = 4096
    data[2 * page + 8: 3 * page] = b"\xff" * (page - 8)  # a b-tree page of some table, scribbled over
    database.write_bytes(bytes(data))
    outcome = run_kaohe("schemes", "check", "--home", str(home))
    assert refused_in_one_line(outcome) == f"kaohe: {database}: unreadable: database disk image is malformed"
