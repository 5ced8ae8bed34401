"""Hostile input in the ingestion flow: a notice that never finishes reading, a reader bug, a stop signal.

- a notice whose reading never ends is stopped at the per-notice time limit,
  quarantined with that reason, and the other notices are stored;
- a bug in a reader (``ReaderInternalError``) is not the notice's fault: the
  notice stays in the inbox, the error says it is a bug;
- SIGTERM or SIGINT stops `kaohe flows ingest` within seconds, even while a
  reader hangs, and the notice stays in the inbox.

The hanging reader is the real reader patched (in this process, or in the
`kaohe` subprocess through a small launcher) to sleep for files named
``*hang*``: the slowness of any pathological file, made deterministic.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytest_plugins = ["prefect_harness"]

ROOT = Path(__file__).resolve().parents[2]
NOTICES = ROOT / "examples" / "notices"
GOOD = "003_district_2023.docx"


def _inbox(base: Path, *names: str) -> Path:
    inbox = base / "inbox"
    inbox.mkdir()
    for name in names:
        if name == GOOD:
            shutil.copy2(NOTICES / GOOD, inbox / name)
        else:  # its content does not matter: the patched reader acts on the name
            (inbox / name).write_bytes(f"notice {name}".encode())
    return inbox


@pytest.fixture
def hanging_reader(monkeypatch, tmp_path):
    """``extractors.read_document`` sleeps an hour on files named *hang*, raises a reader bug on *bug*."""
    import extractors
    from extractors.errors import ReaderInternalError

    real = extractors.read_document

    def read(path, *args, **kwargs):
        if "hang" in Path(path).name:
            time.sleep(3600)
        if "bug" in Path(path).name:
            raise ReaderInternalError(str(path), "docx", KeyError("w:tbl"), "Traceback …\nKeyError: 'w:tbl'")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(extractors, "read_document", read)


def test_a_notice_over_the_time_limit_is_quarantined_and_never_blocks_the_rest(tmp_path, hanging_reader,
                                                                                 prefect_api):
    from flows.ingest import ingest_notices

    inbox = _inbox(tmp_path, "a_hang.docx", GOOD)
    started = time.monotonic()
    summary = ingest_notices(inbox=inbox, home=tmp_path / "kaohe", notice_timeout=20)
    assert time.monotonic() - started < 60  # not an hour
    assert [r.document for r in summary.ingested] == [GOOD]
    (failed,) = summary.failed
    assert failed.document == "a_hang.docx"
    assert "took more than 20 s (the per-notice time limit)" in failed.error
    assert failed.quarantined == str(tmp_path / "quarantine" / "a_hang.docx")
    assert (tmp_path / "quarantine" / "a_hang.docx").read_bytes() == b"notice a_hang.docx"
    assert not (inbox / "a_hang.docx").exists()


def test_a_reader_bug_leaves_the_notice_in_the_inbox(tmp_path, hanging_reader, prefect_api):
    from flows.ingest import ingest_notices

    inbox = _inbox(tmp_path, "b_bug.docx")
    summary = ingest_notices(inbox=inbox, home=tmp_path / "kaohe", notice_timeout=60)
    (failed,) = summary.failed
    assert "internal error in the docx reader" in failed.error and "bug in kaohe" in failed.error
    assert failed.error.endswith("(left in the inbox)") and failed.quarantined is None
    assert (inbox / "b_bug.docx").read_bytes() == b"notice b_bug.docx"
    assert not (tmp_path / "quarantine").exists()


# --------------------------------------------------------------------------- stop signals

LAUNCHER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import extractors

    real = extractors.read_document
    started = Path(sys.argv[1])

    def read(path, *args, **kwargs):
        if "hang" in Path(path).name:
            started.write_text("reading")
            time.sleep(3600)
        return real(path, *args, **kwargs)

    extractors.read_document = read
    from kaohe.cli import app
    sys.argv = ["kaohe", *sys.argv[2:]]
    app()
""")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_ends_the_run_within_seconds_and_keeps_the_notice(tmp_path, sig, prefect_api):
    from prefect.settings import PREFECT_API_URL

    inbox = _inbox(tmp_path, "c_hang.docx")
    launcher = tmp_path / "launch.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    reading = tmp_path / "reading-started"
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "COLUMNS": "200"}
    proc = subprocess.Popen([sys.executable, str(launcher), str(reading), "flows", "ingest", "--inbox", str(inbox),
                             "--home", str(tmp_path / "kaohe")], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while not reading.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert reading.exists(), proc.communicate(timeout=30)
        proc.send_signal(sig)
        stopped = time.monotonic()
        out, err = proc.communicate(timeout=30)
        took = time.monotonic() - stopped
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert took < 15, err
    assert proc.returncode == 128 + sig, err
    assert f"stopped by {sig.name}" in err and "Traceback" not in err
    assert (inbox / "c_hang.docx").read_bytes() == b"notice c_hang.docx"
    assert not (tmp_path / "quarantine").exists()
