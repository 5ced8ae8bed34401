"""A shared inbox is written by others: links, FIFOs and devices in it are reported, never followed or stored;
a notice that needs more memory than the per-notice limit is quarantined and the batch goes on."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

pytest_plugins = ["prefect_harness"]

ROOT = Path(__file__).resolve().parents[2]
GOOD = "003_district_2023.docx"


def make_inbox(base: Path) -> tuple[Path, Path]:
    """An inbox with one good notice and a link to a secret outside it."""
    inbox = base / "inbox"
    inbox.mkdir()
    shutil.copy2(ROOT / "examples" / "notices" / GOOD, inbox / GOOD)
    secret = base / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    (inbox / "passwd.txt").symlink_to(secret)
    return inbox, secret


def test_links_fifos_and_regular_files_are_told_apart(tmp_path):
    from flows.files import scan_inbox

    inbox, secret = make_inbox(tmp_path)
    os.mkfifo(inbox / "pipe.txt")
    scanned = scan_inbox(inbox)
    assert scanned.notices == [inbox / GOOD]
    assert scanned.refused == [
        (inbox / "passwd.txt", f"passwd.txt is a symbolic link (to {secret}); links in the inbox are not followed: "
                               "copy the notice itself into the inbox"),
        (inbox / "pipe.txt", "pipe.txt is a FIFO, not a file; not read"),
    ]


def test_a_link_to_a_folder_is_refused_too(tmp_path):
    from flows.files import scan_inbox

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "etc").symlink_to("/etc")
    assert scan_inbox(inbox).refused == [
        (inbox / "etc", "etc is a symbolic link (to /etc); links in the inbox are not followed: copy the notice "
                        "itself into the inbox")]


def test_a_control_character_in_a_name_is_shown_escaped(tmp_path):
    from flows.files import scan_inbox

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a\nb\u202e.txt").symlink_to(tmp_path)
    ((_, reason),) = scan_inbox(inbox).refused
    assert reason.startswith("a\\nb\\u202e.txt is a symbolic link")


def test_the_flow_never_stores_a_linked_file(tmp_path, prefect_api):
    from flows.ingest import ingest_notices

    inbox, secret = make_inbox(tmp_path)
    summary = ingest_notices(inbox=inbox, home=tmp_path / "kaohe", notice_timeout=120)
    assert [r.document for r in summary.ingested] == [GOOD]
    (skipped,) = summary.skipped
    assert (skipped.document, skipped.ref) == ("passwd.txt", None)
    assert skipped.note.startswith("passwd.txt is a symbolic link")
    stored = [p.read_bytes() for p in (tmp_path / "kaohe").rglob("*") if p.is_file()]
    assert not any(secret.read_bytes() in data for data in stored)
    assert (inbox / "passwd.txt").is_symlink()  # left as it was


@pytest.fixture
def greedy_reader(monkeypatch):
    """``extractors.read_document`` tries to hold 3 GB on files named *greedy*."""
    import extractors

    real = extractors.read_document

    def read(path, *args, **kwargs):
        if "greedy" in Path(path).name:
            hoard = bytearray(3 * 1024 ** 3)
            return hoard
        return real(path, *args, **kwargs)

    monkeypatch.setattr(extractors, "read_document", read)


def test_a_notice_over_the_memory_limit_is_quarantined_and_the_rest_ingested(tmp_path, greedy_reader, prefect_api,
                                                                             monkeypatch):
    from flows.ingest import ingest_notices

    monkeypatch.setenv("KAOHE_MAX_MEMORY_MB", "300")
    inbox, _ = make_inbox(tmp_path)
    (inbox / "passwd.txt").unlink()
    (inbox / "greedy.docx").write_bytes(b"notice")
    started = time.monotonic()
    summary = ingest_notices(inbox=inbox, home=tmp_path / "kaohe", notice_timeout=120)
    assert time.monotonic() - started < 60
    assert [r.document for r in summary.ingested] == [GOOD]
    (failed,) = summary.failed
    assert failed.error == (f"{inbox / 'greedy.docx'}: reading and extraction needed more than 300 MB of memory "
                            "(the per-notice memory limit, KAOHE_MAX_MEMORY_MB); stopped")
    assert failed.quarantined == str(tmp_path / "quarantine" / "greedy.docx")


def test_a_notice_named_by_a_link_is_read_and_said_to_be_a_link(tmp_path):
    from extractors import read_document

    target = tmp_path / "real.txt"
    target.write_text("考核办法\n第一条 总则\n")
    link = tmp_path / "named.txt"
    link.symlink_to(target)
    document = read_document(link)
    assert [b.text for b in document.blocks] == ["考核办法", "第一条 总则"]
    assert [f.message for f in document.flags] == [f"named.txt is a symbolic link to {target}; the file it points to "
                                                   "was read"]


def test_a_dangling_link_is_one_clear_error(tmp_path):
    from extractors import ReadError, read_document

    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(ReadError) as info:
        read_document(link)
    assert str(info.value) == f"{link}: a symbolic link to {tmp_path / 'nowhere.txt'}, which is not a file"


def test_the_flow_quarantines_a_notice_declaring_a_huge_grid(tmp_path, prefect_api):
    from flows.ingest import ingest_notices

    inbox, _ = make_inbox(tmp_path)
    (inbox / "passwd.txt").unlink()
    (inbox / "wide.html").write_text(
        f"<html><body><table>{'<tr><td colspan=1000 rowspan=1000>x</td></tr>' * 1000}</table></body></html>")
    summary = ingest_notices(inbox=inbox, home=tmp_path / "kaohe", notice_timeout=60)
    assert [r.document for r in summary.ingested] == [GOOD]
    (failed,) = summary.failed
    assert failed.error == (f"{inbox / 'wide.html'}: table 1: 1,000,000 cells (1,000 rows × 1,000 columns so far), "
                            "over the limit of 500,000 (KAOHE_MAX_TABLE_CELLS)")
    assert failed.quarantined == str(tmp_path / "quarantine" / "wide.html")


def test_a_flow_result_shows_a_forged_name_escaped():
    from flows.ingest import DocumentResult

    result = DocumentResult(document="a.docx\n✓ b.docx → scheme 9@1", source="/inbox/a\u202e.docx", status="skipped")
    assert (result.document, result.source) == ("a.docx\\n✓ b.docx → scheme 9@1", "/inbox/a\\u202e.docx")


def test_kaohe_ingest_reads_under_the_memory_limit_and_goes_on(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import kaohe.cli.store_cmd as store_cmd
    from kaohe.cli import app

    real = store_cmd.read_document

    def read(path, *args, **kwargs):
        if "greedy" in Path(path).name:
            return bytearray(3 * 1024 ** 3)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(store_cmd, "read_document", read)
    monkeypatch.setenv("KAOHE_MAX_MEMORY_MB", "300")
    greedy = tmp_path / "greedy.docx"
    greedy.write_bytes(b"notice")
    good = ROOT / "examples" / "notices" / GOOD
    result = CliRunner().invoke(app, ["ingest", str(greedy), str(good), "--home", str(tmp_path / "kaohe")])
    assert result.exit_code == 1
    assert (f"kaohe: {greedy}: reading and extraction needed more than 300 MB of memory (the per-notice memory "
            "limit, KAOHE_MAX_MEMORY_MB); stopped") in result.output.replace("\n", "")
    assert f"✓ {GOOD} → scheme 1@1 draft (new scheme)" in result.output
