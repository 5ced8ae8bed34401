"""The notification hook: a command or a webhook told about each finished run; its failures never fail the run."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest_plugins = ["prefect_harness"]

from flows.notify import hook_target, run_hook  # noqa: E402
from prefect_harness import NOTICES, hook_recorder  # noqa: E402

BROKEN = b"PK\x03\x04" + b"\x00not a zip container at all" * 20
PAYLOAD = {"flow": "ingest-notices", "counts": {"ingested": 2, "failed": 0}}


@pytest.fixture
def webhook():
    """A local HTTP server that records what is posted to it and answers with the status it is told."""
    received: list[tuple[str, str, dict]] = []

    class Handler(BaseHTTPRequestHandler):
        status = 204

        def do_POST(self):  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((self.path, self.headers["Content-Type"], json.loads(body)))
            self.send_response(Handler.status)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received, Handler
    finally:
        server.shutdown()
        server.server_close()


def test_a_webhook_receives_the_summary_as_json(webhook):
    url, received, _ = webhook
    assert run_hook(f"{url}/kaohe", PAYLOAD) is None
    assert received == [("/kaohe", "application/json; charset=utf-8", PAYLOAD)]


def test_a_webhook_answering_an_error_is_reported_in_one_line(webhook):
    url, _, handler = webhook
    handler.status = 500
    assert run_hook(url, PAYLOAD) == f"notification hook {url} failed: HTTP 500 Internal Server Error"


def test_an_unreachable_webhook_is_reported_not_raised():
    problem = run_hook("http://127.0.0.1:9/hook", PAYLOAD, timeout=5)
    assert problem.startswith("notification hook http://127.0.0.1:9/hook failed: ") and "\n" not in problem


def test_a_command_receives_the_summary_on_its_standard_input(tmp_path):
    assert run_hook(hook_recorder(tmp_path / "got.json"), PAYLOAD) is None
    assert json.loads((tmp_path / "got.json").read_text(encoding="utf-8")) == PAYLOAD


def test_a_failing_command_is_reported_with_its_exit_code_and_last_error_line():
    command = f"{sys.executable} -c 'import sys; sys.exit(\"mail server down\")'"
    assert run_hook(command, PAYLOAD) == f"notification hook {command} failed: exit code 1 mail server down"


def test_a_missing_command_is_reported():
    assert run_hook("/nonexistent/kaohe-hook", PAYLOAD) == \
        "notification hook /nonexistent/kaohe-hook failed: No such file or directory"


def test_the_option_wins_over_kaohe_notify(monkeypatch):
    monkeypatch.setenv("KAOHE_NOTIFY", "from-env")
    assert (hook_target("from-option"), hook_target(None)) == ("from-option", "from-env")
    monkeypatch.delenv("KAOHE_NOTIFY")
    assert hook_target(None) is None


@pytest.fixture(scope="module")
def inbox_run(tmp_path_factory, prefect_api):
    """One ingest run of a good notice and a broken one, told to a hook command."""
    from flows.ingest import ingest_notices

    base = tmp_path_factory.mktemp("notify")
    (base / "inbox").mkdir()
    for name, data in (("003_district_2023.docx", (NOTICES / "003_district_2023.docx").read_bytes()),
                       ("bad.docx", BROKEN)):
        (base / "inbox" / name).write_bytes(data)
    summary = ingest_notices(inbox=base / "inbox", home=base / "kaohe", notify=hook_recorder(base / "told.json"))
    return summary, json.loads((base / "told.json").read_text(encoding="utf-8"))


def test_an_ingest_run_tells_the_hook_its_counts_failures_and_review_links(inbox_run):
    summary, told = inbox_run
    good = summary.ingested[0]
    assert (told["flow"], told["state"], told["counts"]) == (
        "ingest-notices", "Failed notices", {"ingested": 1, "skipped": 0, "failed": 1})
    assert [f["document"] for f in told["failures"]] == ["bad.docx"]
    assert told["review_links"] == [{"document": "003_district_2023.docx", "scheme": good.ref,
                                     "url": good.review_url}]
    assert summary.notify_problem is None


def test_a_failing_hook_does_not_fail_the_ingest_run(tmp_path, prefect_api):
    from flows.ingest import ingest_notices

    (tmp_path / "inbox").mkdir()
    summary = ingest_notices(inbox=tmp_path / "inbox", home=tmp_path / "kaohe", notify="/nonexistent/kaohe-hook")
    assert summary.notify_problem == "notification hook /nonexistent/kaohe-hook failed: No such file or directory"
    assert (summary.ingested, summary.failed) == ([], [])
