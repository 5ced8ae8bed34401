"""Choosing the Prefect API of a one-off flow command: a configured or running server, else a temporary one
started with kaohe's time-out; every failure one line saying what to do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

KAOHE = str(Path(sys.executable).parent / "kaohe")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200 if self.path == "/api/health" else 404)
        self.end_headers()
        self.wfile.write(b"true")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def api_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api"
    server.shutdown()
    server.server_close()


def _cli(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "KAOHE_"))}
    return subprocess.run([KAOHE, *args], cwd=cwd, env={**clean, "COLUMNS": "200", **env}, capture_output=True,
                          text=True, timeout=300)


def test_startup_timeout_defaults_to_120_s_and_reads_the_environment():
    from flows.connect import PrefectUnavailable, startup_timeout

    assert startup_timeout({}) == 120
    assert startup_timeout({"KAOHE_PREFECT_STARTUP_TIMEOUT": "300"}) == 300
    with pytest.raises(PrefectUnavailable, match="KAOHE_PREFECT_STARTUP_TIMEOUT='soon' is not a number"):
        startup_timeout({"KAOHE_PREFECT_STARTUP_TIMEOUT": "soon"})


def test_a_server_recorded_by_flows_serve_is_found_while_it_answers(tmp_path, api_server):
    from flows.connect import remove_server_file, running_server, write_server_file

    write_server_file(tmp_path, api_server, pid=os.getpid())
    assert json.loads((tmp_path / "server.json").read_text()) == {"api_url": api_server, "pid": os.getpid()}
    assert running_server(tmp_path) == api_server
    remove_server_file(tmp_path, api_server)
    assert not (tmp_path / "server.json").exists() and running_server(tmp_path) is None


def test_a_stale_server_record_is_ignored(tmp_path):
    from flows.connect import running_server, write_server_file

    write_server_file(tmp_path, f"http://127.0.0.1:{_free_port()}/api", pid=1)
    assert running_server(tmp_path) is None


def test_the_api_url_of_the_active_prefect_profile_counts_as_configured(tmp_path, monkeypatch):
    from flows.connect import profile_api_url

    monkeypatch.delenv("PREFECT_PROFILE", raising=False)
    monkeypatch.delenv("PREFECT_PROFILES_PATH", raising=False)
    (tmp_path / "profiles.toml").write_text('active = "team"\n[profiles.team]\n'
                                            'PREFECT_API_URL = "http://prefect.example:4200/api"\n'
                                            '[profiles.ephemeral]\n', encoding="utf-8")
    assert profile_api_url(tmp_path) == "http://prefect.example:4200/api"
    monkeypatch.setenv("PREFECT_PROFILE", "ephemeral")
    assert profile_api_url(tmp_path) is None


def test_a_temporary_server_that_does_not_answer_in_time_is_one_clear_error(tmp_path):
    from flows.connect import EphemeralServer, PrefectUnavailable

    server = EphemeralServer(tmp_path, timeout=0.2)
    server.start()
    with pytest.raises(PrefectUnavailable) as info:
        server.wait()
    assert "did not answer within 0.2 s" in str(info.value)
    assert "set KAOHE_PREFECT_STARTUP_TIMEOUT to more seconds" in str(info.value)
    assert server.proc.poll() is not None  # stopped, not left behind


def test_cli_with_a_bad_start_up_timeout_is_one_line_without_traceback(tmp_path):
    (tmp_path / "inbox").mkdir()
    run = _cli(["flows", "ingest", "--inbox", "inbox"], tmp_path, KAOHE_PREFECT_STARTUP_TIMEOUT="soon")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip() == "kaohe: KAOHE_PREFECT_STARTUP_TIMEOUT='soon' is not a number of seconds"


def test_cli_with_an_unreachable_prefect_api_url_says_what_to_do(tmp_path):
    (tmp_path / "inbox").mkdir()
    url = f"http://127.0.0.1:{_free_port()}/api"
    run = _cli(["flows", "ingest", "--inbox", "inbox"], tmp_path, PREFECT_API_URL=url)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert " ".join(run.stderr.split()) == (
        f"kaohe: PREFECT_API_URL={url} does not answer at /health; start that Prefect server, or unset "
        "PREFECT_API_URL to let kaohe start a temporary one")
    assert not (tmp_path / "kaohe-data" / "prefect" / "prefect.db").exists()
