"""The flows' building blocks without a Prefect API: quarantine, downloads, partitions, runners, progress."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

pytest_plugins = ["prefect_harness"]  # settings before anything imports Prefect (also in tests/conftest.py)
pytest.register_assert_rewrite("prefect_harness")

from prefect_harness import NOTICES, write_long_csv  # noqa: E402

# --------------------------------------------------------------------------- quarantine


def test_quarantine_never_replaces_and_never_loses(tmp_path):
    from flows.files import move_to_quarantine

    inbox, q = tmp_path / "inbox", tmp_path / "q"
    inbox.mkdir()
    q.mkdir()
    (q / "bad.pdf").write_bytes(b"old")
    (q / "bad-1.pdf").write_bytes(b"older")
    (inbox / "bad.pdf").write_bytes(b"new")
    dest = move_to_quarantine(inbox / "bad.pdf", q)
    assert dest == q / "bad-2.pdf" and dest.read_bytes() == b"new"
    assert (q / "bad.pdf").read_bytes() == b"old" and (q / "bad-1.pdf").read_bytes() == b"older"
    assert not (inbox / "bad.pdf").exists()
    assert sorted(p.name for p in q.iterdir()) == ["bad-1.pdf", "bad-2.pdf", "bad.pdf"]  # no temp files left


def test_inbox_lists_files_only(tmp_path):
    from flows.files import list_inbox

    (tmp_path / "b.docx").write_bytes(b"x")
    (tmp_path / "a.txt").write_bytes(b"x")
    (tmp_path / ".download-123").write_bytes(b"x")
    (tmp_path / "~$b.docx").write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    assert [p.name for p in list_inbox(tmp_path)] == ["a.txt", "b.docx"]


# --------------------------------------------------------------------------- downloads


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        if self.path.startswith("/fail/"):
            self.send_error(int(self.path.rsplit("/", 1)[1]))
            return
        body = "通知正文".encode() if self.path != "/other/notice.txt" else b"different"
        self.send_response(200)
        if self.path == "/cd":
            self.send_header("Content-Disposition", "attachment; filename*=UTF-8''%E6%96%B9%E6%A1%88.txt")
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_download_names_reuses_and_classifies_errors(tmp_path, server):
    from flows.files import DownloadError, TransientDownloadError, download

    a = download(f"{server}/x/notice.txt", tmp_path, timeout=5)
    assert a == tmp_path / "notice.txt" and a.read_text(encoding="utf-8") == "通知正文"
    assert download(f"{server}/y/notice.txt", tmp_path, timeout=5) == a  # same content: no second copy
    assert download(f"{server}/other/notice.txt", tmp_path, timeout=5) == tmp_path / "notice-1.txt"
    assert download(f"{server}/cd", tmp_path, timeout=5).name == "方案.txt"
    with pytest.raises(TransientDownloadError, match="HTTP 503"):
        download(f"{server}/fail/503", tmp_path, timeout=5)
    with pytest.raises(DownloadError, match="HTTP 404") as err:
        download(f"{server}/fail/404", tmp_path, timeout=5)
    assert not isinstance(err.value, TransientDownloadError)
    with pytest.raises(DownloadError, match="only http"):
        download("file:///etc/passwd", tmp_path)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# --------------------------------------------------------------------------- partitions


@pytest.fixture(scope="module")
def scheme_003():
    from extractors import read_document
    from pipeline.extract import extract_scheme

    return extract_scheme(read_document(NOTICES / "003_district_2023.docx"))


@pytest.mark.parametrize("size", [1, 7, 64, 5000])
def test_partitioned_scoring_equals_the_engine(tmp_path_factory, scheme_003, size):
    from flows.partition import bounds, score_partitioned
    from pipeline.scoring import Contract, read_submissions, score

    rnd = random.Random(7)
    rows = []
    for u in range(300):
        unit = f"U{u:03d}"
        rows += [(unit, item, "count", rnd.randint(0, 2)) for item in ("1.1", "2.2")]
        if rnd.random() < 0.2:
            rows.append((unit, "B1", "count:市总", 1))
        if rnd.random() < 0.05:
            rows.append((unit, "V2", "met", "是"))
    path = write_long_csv(tmp_path_factory.mktemp("p") / "facts.csv", rows)
    contract = Contract(scheme_003)
    sub = read_submissions(path, scheme_003, contract=contract)
    whole, parts = score(sub, contract), score_partitioned(sub, contract, size)
    assert len(bounds(300, size)) == -(-300 // size)
    for name in ("total", "rank", "bonus", "deductions"):
        assert np.array_equal(getattr(whole, name), getattr(parts, name)), name
    for name in ("items", "categories", "entries", "vetoes", "parts", "overridden"):
        a, b = getattr(whole, name), getattr(parts, name)
        assert a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a), name
    assert (whole.grade, whole.notes, whole.award_ties) == (parts.grade, parts.notes, parts.award_ties)
    assert any("award tie" in n for n in whole.notes)  # ties straddle partitions at small sizes


def test_bounds_of_an_empty_batch():
    from flows.partition import bounds

    assert bounds(0, 10) == [(0, 0)]
    with pytest.raises(ValueError):
        bounds(5, 0)


# --------------------------------------------------------------------------- runners and progress


def test_runner_options_round_trip_through_the_environment():
    from flows.runners import RunnerOptions

    opts = RunnerOptions(dask=True, workers=3, processes=True)
    assert RunnerOptions.from_env(opts.to_env()) == opts
    remote = RunnerOptions(address="tcp://10.0.0.5:8786")
    assert RunnerOptions.from_env(remote.to_env()) == RunnerOptions(dask=True, address="tcp://10.0.0.5:8786")
    assert RunnerOptions.from_env({}) == RunnerOptions()


def test_task_runner_kinds():
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    from flows.runners import RunnerOptions, task_runner

    assert isinstance(task_runner(RunnerOptions(threads=3)), ThreadPoolTaskRunner)
    local = task_runner(RunnerOptions(dask=True, workers=2))
    assert isinstance(local, DaskTaskRunner) and local.cluster_kwargs["n_workers"] == 2
    assert local.cluster_kwargs["processes"] is False
    assert task_runner(RunnerOptions(address="tcp://127.0.0.1:8786")).address == "tcp://127.0.0.1:8786"


def test_progress_events_drive_rich_bars():
    from rich.console import Console

    from flows import progress

    console = Console(file=open(os.devnull, "w"), force_terminal=True)
    seen = []
    with progress.RichBars(console) as bars, progress.listening(bars), progress.listening(seen.append):
        progress.start("x", 3, "working")
        progress.advance("x")
        progress.advance("x", 2, "almost")
        progress.finish("x", "done")
    task = bars.progress.tasks[0]
    assert (task.completed, task.total, task.description) == (3, 3, "done")
    assert [e.kind for e in seen] == ["start", "advance", "advance", "finish"]
    progress.advance("x")  # nobody listening: nothing happens
    assert len(seen) == 4


# --------------------------------------------------------------------------- the local server helper


def test_configured_api_is_used_as_is(monkeypatch):
    from flows.deploy import local_server

    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.example:4200/api")
    with local_server(port=1) as url:
        assert url == "http://prefect.example:4200/api"


def test_health_wait_reports_a_dead_server(tmp_path):
    from flows.deploy import ServerError, wait_healthy

    log = tmp_path / "server.log"
    log.write_text("boom: port already in use\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    proc.wait()
    with pytest.raises(ServerError, match="exited with code 3(.|\n)*port already in use"):
        wait_healthy("http://127.0.0.1:9/api", 10, proc, log)
