"""A process killed (SIGKILL) in the middle of a write leaves the store as before the write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_schemes import build_scheme, write_notice

from schemes.store import Store
from schemes.store.engine import PAUSE_ENV

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent

WRITER = """
import sys
from store_schemes import build_scheme, write_notice
from schemes.store import Store
from pathlib import Path

home, what = Path(sys.argv[1]), sys.argv[2]
store = Store.open(home=home)
if what == "correct":
    store.correct(1, [{"op": "replace", "path": "/items/@5/points", "value": 5}], author="doomed",
                  reason="killed mid-write", base_revision=1)
else:
    from store_schemes import SHAOXING, edited
    scheme = build_scheme(edited(SHAOXING, 2, drop="做好困难职工帮扶工作"))
    store.ingest(write_notice(home.parent, "002_shaoxing_2019.pdf", "v2"), scheme, "x-1", author="doomed")
"""


def kill_mid_write(home: Path, what: str) -> None:
    marker = home.parent / f"in-transaction-{what}"
    env = dict(os.environ, **{PAUSE_ENV: str(marker)}, PYTHONPATH=os.pathsep.join([str(ROOT), str(TESTS)]))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(home), what], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            if proc.poll() is not None:
                pytest.fail(f"the writer exited early: {proc.stderr.read().decode()}")
            if time.monotonic() > deadline:
                pytest.fail("the writer never reached the middle of its transaction")
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    with Store.open(home=home) as store:
        store.ingest(write_notice(tmp_path, "002_shaoxing_2019.pdf", "v1"), build_scheme(), "x-1", author="bot")
    return home


@pytest.mark.parametrize("what", ["correct", "ingest"])
def test_killed_write_leaves_the_store_as_before(home, what):
    kill_mid_write(home, what)
    with Store.open(home=home) as store:
        assert store.check_consistency() == []
        info = store.get(1)
        assert (info.revision, info.version, info.corrections) == (1, 1, [])
        assert info.scheme == build_scheme()
        assert [e.action for e in store.log(1)] == ["created"]
        # the lock died with the process: the next write goes through
        info = store.correct(1, [{"op": "replace", "path": "/items/@5/points", "value": 5}], author="li",
                             reason="after the crash", base_revision=1)
        assert info.revision == 2 and info.scheme.item("5").points == 5
        assert store.check_consistency() == []


def test_the_same_writer_left_alone_does_write(home):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(TESTS)]))
    env.pop(PAUSE_ENV, None)
    subprocess.run([sys.executable, "-c", WRITER, str(home), "ingest"], env=env, cwd=ROOT, check=True,
                   capture_output=True, timeout=60)
    with Store.open(home=home) as store:
        info = store.get(1)
        assert (info.revision, info.version) == (2, 2) and store.check_consistency() == []
