"""The ingest-notices flow on the example notices: corrupt file quarantined, re-run idempotent, URLs retried."""

from __future__ import annotations

import shutil

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest_plugins = ["prefect_harness"]  # the session's Prefect API (also listed in tests/conftest.py)
pytest.register_assert_rewrite("prefect_harness")

from prefect_harness import NOTICES, artifacts_of, copy_notices  # noqa: E402

BROKEN = b"PK\x03\x04" + b"\x00garbage, not a zip container" * 20


@pytest.fixture(scope="module")
def first_run(tmp_path_factory, prefect_api):
    from flows.ingest import ingest_notices

    base = tmp_path_factory.mktemp("ingest")
    inbox = base / "inbox"
    notices = copy_notices(inbox)
    (inbox / "999_broken.docx").write_bytes(BROKEN)
    quarantine = base / "quarantine"
    quarantine.mkdir()
    (quarantine / "999_broken.docx").write_bytes(b"quarantined by an earlier run")
    summary = ingest_notices(inbox=inbox, home=base / "kaohe")
    return base, notices, summary


def test_corrupt_notice_fails_alone_and_is_quarantined(first_run):
    base, notices, summary = first_run
    assert [r.document for r in summary.failed] == ["999_broken.docx"]
    failed = summary.failed[0]
    assert "corrupt" in failed.error and "999_broken.docx" in failed.error
    # moved, not deleted, and the earlier quarantined file of the same name is kept
    assert failed.quarantined == str(base / "quarantine" / "999_broken-1.docx")
    assert Path(failed.quarantined).read_bytes() == BROKEN
    assert (base / "quarantine" / "999_broken.docx").read_bytes() == b"quarantined by an earlier run"
    assert not (base / "inbox" / "999_broken.docx").exists()
    reason = (base / "quarantine" / "999_broken-1.docx.reason.txt").read_text(encoding="utf-8")
    assert reason == f"999_broken-1.docx\n{failed.error}\n"  # why it is there, beside it


def test_every_other_notice_is_stored_as_a_draft(first_run):
    from pipeline.extract import EXTRACTOR_VERSION
    from schemes.store import Store, file_sha256

    base, notices, summary = first_run
    assert sorted(r.document for r in summary.ingested) == sorted(p.name for p in notices)
    assert summary.skipped == []
    # stored notices leave the inbox for processed/ (kept), each with its review page
    assert sorted(p.name for p in (base / "inbox").iterdir()) == []
    assert all(r.processed == str(base / "processed" / r.document) for r in summary.ingested)
    assert all(r.review_url == f"http://127.0.0.1:8765/schemes/{r.scheme_id}" for r in summary.ingested)
    with Store.open(home=base / "kaohe") as store:
        for p in notices:
            info = store.find_ingested(file_sha256(base / "processed" / p.name), EXTRACTOR_VERSION)
            assert info is not None and info.status == "draft", p.name
    district = next(r for r in summary.ingested if r.document == "003_district_2023.docx")
    assert district.items == 15 and district.total == 100 and district.kind == "scheme"


def test_a_run_with_failed_notices_is_named_so(first_run):
    from prefect.client.orchestration import get_client

    _, _, summary = first_run
    with get_client(sync_client=True) as client:
        state = client.read_flow_run(summary.flow_run_id).state
    assert (state.name, state.message) == ("Failed notices", "1 notice(s) failed: 999_broken.docx")


def test_table_and_markdown_artifacts(first_run):
    _, notices, summary = first_run
    arts = {a.key: a for a in artifacts_of(summary.flow_run_id)}
    assert {"ingest-documents", "ingest-summary"} <= set(arts)
    table = arts["ingest-documents"]
    assert table.type == "table"
    rows = table.data if isinstance(table.data, list) else __import__("json").loads(table.data)
    assert len(rows) == len(notices) + 1
    assert set(rows[0]) == {"document", "status", "scheme id", "items", "total", "flags", "review page"}
    district = next(r for r in rows if r["document"] == "003_district_2023.docx")
    assert district["items"] == 15 and district["total"] == "100" and "@" in district["scheme id"]
    md = arts["ingest-summary"]
    assert md.type == "markdown"
    assert f"**{len(notices)} ingested**" in md.data and "**1 failed**" in md.data
    assert "999_broken-1.docx" in md.data


def test_second_run_ingests_nothing_new(first_run):
    from flows.ingest import ingest_notices

    base, notices, _ = first_run
    for p in notices:  # the same notices dropped into the inbox again
        shutil.copy2(base / "processed" / p.name, base / "inbox" / p.name)
    again = ingest_notices(inbox=base / "inbox", home=base / "kaohe")
    assert again.ingested == [] and again.failed == []
    assert sorted(r.document for r in again.skipped) == sorted(p.name for p in notices)
    stem = lambda name: Path(name).stem + "-1" + Path(name).suffix  # noqa: E731 - the first copy is kept
    assert all(r.processed == str(base / "processed" / stem(r.document)) for r in again.skipped)


# --------------------------------------------------------------------------- URLs


class _Notices(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}
    body = (NOTICES / "003_district_2023.docx").read_bytes()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        n = self.hits[self.path] = self.hits.get(self.path, 0) + 1
        if self.path == "/flaky/district.docx" and n <= 2:
            self.send_error(503, "busy")
        elif self.path == "/flaky/district.docx":
            self.send_response(200)
            self.send_header("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            self.send_header("Content-Length", str(len(self.body)))
            self.end_headers()
            self.wfile.write(self.body)
        elif self.path == "/slow.txt":
            time.sleep(1.0)
            self.send_error(504)
        else:
            self.send_error(404, "no such notice")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def notice_server():
    _Notices.hits = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Notices)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Notices.hits
    server.shutdown()
    server.server_close()


def test_urls_are_downloaded_with_retries_on_transient_errors(tmp_path, notice_server, prefect_api):
    from flows.ingest import ingest_notices

    base, hits = notice_server
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    urls = [f"{base}/flaky/district.docx", f"{base}/gone.docx", f"{base}/slow.txt"]
    summary = ingest_notices(inbox=inbox, urls=urls, home=tmp_path / "kaohe", retries=2, retry_delay=0.01,
                             timeout=0.3)
    assert [(r.document, r.source) for r in summary.ingested] == [("district.docx", urls[0])]
    assert (tmp_path / "processed" / "district.docx").read_bytes() == _Notices.body  # downloaded, stored, filed
    assert hits["/flaky/district.docx"] == 3  # 503, 503, 200
    failed = {r.source: r.error for r in summary.failed}
    assert set(failed) == {urls[1], urls[2]}
    assert "HTTP 404" in failed[urls[1]] and hits["/gone.docx"] == 1  # not transient: not retried
    assert "timed out" in failed[urls[2]] and hits["/slow.txt"] == 3  # retried twice, then given up
    assert not (tmp_path / "quarantine").exists()  # nothing downloaded, nothing to quarantine
