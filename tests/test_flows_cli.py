"""`kaohe flows ingest|score` as one-off runs, and the deployments `kaohe flows serve` registers."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

pytest_plugins = ["prefect_harness"]  # the session's Prefect API (also listed in tests/conftest.py)
pytest.register_assert_rewrite("prefect_harness")

from prefect_harness import NOTICES, write_long_csv  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, prefect_api):
    base = tmp_path_factory.mktemp("cli")
    inbox = base / "inbox"
    inbox.mkdir()
    for name in ("003_district_2023.docx", "002_shaoxing_2019.docx"):
        shutil.copy2(NOTICES / name, inbox / name)
    (inbox / "empty.txt").write_bytes(b"")
    return base


def test_ingest_once_prints_the_summary_and_exits_1_on_a_failure(workspace):
    from kaohe.cli import app

    result = runner.invoke(app, ["flows", "ingest", "--inbox", str(workspace / "inbox"),
                                 "--home", str(workspace / "kaohe")])
    assert result.exit_code == 1, result.output
    assert "2 ingested, 0 skipped, 1 failed" in result.output
    assert (workspace / "quarantine" / "empty.txt").exists()
    assert (workspace / "quarantine" / "empty.txt.reason.txt").exists()
    lines = [line for line in result.output.splitlines() if line.startswith("✓ ")]
    assert len(lines) == 2 and all(" → " in line and "http://127.0.0.1:8765/schemes/" in line for line in lines)


def test_ingest_again_as_json(workspace):
    from kaohe.cli import app

    for name in ("003_district_2023.docx", "002_shaoxing_2019.docx"):  # dropped into the inbox again
        shutil.copy2(workspace / "processed" / name, workspace / "inbox" / name)

    result = runner.invoke(app, ["flows", "ingest", "--inbox", str(workspace / "inbox"), "--json",
                                 "--home", str(workspace / "kaohe")])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["ingested"] == [] and summary["failed"] == []
    skipped = sorted(r["document"] for r in summary["skipped"])
    assert skipped == ["002_shaoxing_2019.docx", "003_district_2023.docx"]


def test_a_failing_notification_hook_is_one_line_and_the_run_still_succeeds(tmp_path, prefect_api):
    from kaohe.cli import app

    (tmp_path / "inbox").mkdir()
    result = runner.invoke(app, ["flows", "ingest", "--inbox", str(tmp_path / "inbox"), "--home", str(tmp_path / "k"),
                                 "--notify", "/nonexistent/kaohe-hook"])
    assert result.exit_code == 0, result.output
    assert "kaohe: notification hook /nonexistent/kaohe-hook failed: No such file or directory" in result.output


def test_score_once(workspace):
    from kaohe.cli import app
    from schemes.store import Store

    with Store.open(home=workspace / "kaohe") as store:
        ref = next(s.id for s in store.list_schemes() if s.year == 2023)
    facts = write_long_csv(workspace / "facts.csv", [("组织部", "1.1", "count", 2), ("办公室", "3.2", "count", 1)])
    args = ["flows", "score", str(ref), str(facts), "-o", str(workspace / "out"), "--home", str(workspace / "kaohe")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "办公室" in result.output and "score run 1 (new run)" in result.output
    again = runner.invoke(app, [*args, "--json"])
    assert json.loads(again.stdout.strip().splitlines()[-1])["run_id"] == 1
    assert (workspace / "out" / "report.html").exists()


def test_bad_scheme_ref_is_a_one_line_error(workspace):
    from kaohe.cli import app

    facts = write_long_csv(workspace / "facts999.csv", [("组织部", "1.1", "count", 2)])
    result = runner.invoke(app, ["flows", "score", "999", str(facts), "-o",
                                 str(workspace / "out2"), "--home", str(workspace / "kaohe")])
    assert result.exit_code == 1
    assert "no scheme 999" in result.output and "Traceback" not in result.output


def test_serve_registers_a_cron_ingestion_and_an_on_demand_scoring(tmp_path):
    from flows.deploy import deployments

    ingest, score = deployments(tmp_path / "inbox", cron="30 5 * * 1-5", home=tmp_path / "kaohe",
                                urls=["http://127.0.0.1:1/notice.docx"])
    assert (ingest.name, score.name) == ("kaohe-ingest", "kaohe-score")
    assert ingest.entrypoint == "flows.ingest.ingest_notices" and score.entrypoint == "flows.score.score_batch"
    assert [s.schedule.cron for s in ingest.schedules] == ["30 5 * * 1-5"]
    assert ingest.parameters["inbox"] == str(tmp_path / "inbox")
    assert ingest.parameters["urls"] == ["http://127.0.0.1:1/notice.docx"]
    assert not score.schedules


def test_local_server_runs_the_cron_schedule_and_stops(tmp_path, monkeypatch):
    """`kaohe flows serve`'s server: starts, answers, schedules runs (needs SQLAlchemy < 2.1), stops on exit."""
    import socket

    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.deploy import deployments, healthy, local_server

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS", "1")
    monkeypatch.setenv("PREFECT_SERVER_UI_ENABLED", "false")
    with local_server(port=port, timeout=90, prefect_home=tmp_path / "prefect") as api_url:
        assert api_url == f"http://127.0.0.1:{port}/api" and healthy(api_url)
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            ingest, _ = deployments(tmp_path / "inbox", cron="*/5 * * * *")
            deployment_id = ingest.apply()
            with get_client(sync_client=True) as client:
                runs = []
                for _ in range(60):
                    runs = client.read_flow_runs(limit=5)
                    if runs:
                        break
                    __import__("time").sleep(0.5)
        assert runs and all(r.deployment_id == deployment_id and r.state.is_scheduled() for r in runs)
    assert not healthy(api_url)
    assert "Can't evaluate bulk DML" not in (tmp_path / "prefect" / "server.log").read_text(encoding="utf-8")
