"""Deployments: both flows served from this process, ingestion on a cron schedule.

Schedules need a real Prefect API (an ephemeral one exists only while a flow
runs), so :func:`local_server` starts a Prefect server on 127.0.0.1
when ``PREFECT_API_URL`` is not set, waits for its health endpoint and stops
it on exit.  With ``PREFECT_API_URL`` set, the deployments go to that server.
While it runs, ``<prefect home>/server.json`` names it, so one-off
``kaohe flows`` commands of the same workspace use it instead of starting a
temporary server of their own (:mod:`flows.connect`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from .connect import (PREPARING, PrefectUnavailable, database_ready, healthy, prepare_database,
                      remove_server_file, startup_timeout, write_server_file)

DEFAULT_CRON = "0 6 * * *"  # daily at 06:00 (server time zone: UTC unless configured)
DEFAULT_PORT = 4200
INGEST_DEPLOYMENT = "kaohe-ingest"
SCORE_DEPLOYMENT = "kaohe-score"


class ServerError(RuntimeError):
    """The local Prefect server did not start (its log's tail is in the message)."""


def wait_healthy(api_url: str, timeout: float, proc: subprocess.Popen | None = None, log: Path | None = None) -> None:
    """Poll the health endpoint until it answers; fail early when the server process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if healthy(api_url):
            return
        if proc is not None and proc.poll() is not None:
            raise ServerError(f"prefect server exited with code {proc.returncode}{_tail(log)}")
        time.sleep(0.5)
    raise ServerError(f"prefect server did not answer at {api_url}/health within {timeout:g} s (the machine may be "
                      f"busy: set KAOHE_PREFECT_STARTUP_TIMEOUT to more seconds){_tail(log)}")


def _tail(log: Path | None, lines: int = 15) -> str:
    if log is None or not log.exists():
        return ""
    text = log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    return "\n  " + "\n  ".join(text) if text else ""


@contextmanager
def local_server(port: int = DEFAULT_PORT, host: str = "127.0.0.1", timeout: float | None = None,
                 prefect_home: Path | None = None, say: Callable[[str], None] = lambda _m: None) -> Iterator[str]:
    """Yield a Prefect API URL: ``$PREFECT_API_URL`` if set, else a server started here (and stopped after).

    The server is Prefect's own ``prefect server start`` (its scheduler needs
    SQLAlchemy < 2.1, which kaohe pins).  It runs in its own session (Ctrl-C reaches the serving process,
    which pauses its schedules through the API before the server stops), logs
    to ``$PREFECT_HOME/server.log`` and sends no analytics.  A new database is
    migrated first (``say`` shows that step); ``timeout`` defaults to
    ``$KAOHE_PREFECT_STARTUP_TIMEOUT`` (120 s).
    """
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    api_url = f"http://{host}:{port}/api"
    if healthy(api_url):  # a server (e.g. an earlier `prefect server start`) is already there
        os.environ["PREFECT_API_URL"] = api_url
        try:
            yield api_url
        finally:
            os.environ.pop("PREFECT_API_URL", None)
        return
    home = Path(prefect_home or os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")
    home.mkdir(parents=True, exist_ok=True)
    try:
        timeout = timeout or startup_timeout()
        if not database_ready(home):
            say(PREPARING)
            prepare_database(home)
    except PrefectUnavailable as exc:
        raise ServerError(str(exc)) from None
    log = home / "server.log"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    with open(log, "ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", host,
                                 "--port", str(port), "--analytics-off"],
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                                start_new_session=True)
    try:
        wait_healthy(api_url, timeout, proc, log)
        os.environ["PREFECT_API_URL"] = api_url
        write_server_file(home, api_url, proc.pid)
        yield api_url
    finally:
        remove_server_file(home, api_url)
        os.environ.pop("PREFECT_API_URL", None)
        stop(proc)


def stop(proc: subprocess.Popen, grace: float = 20.0) -> None:
    """Terminate the server process (SIGTERM, then SIGKILL after ``grace`` seconds)."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def deployments(inbox: Path, *, cron: str = DEFAULT_CRON, quarantine: Path | None = None,
                urls: list[str] | None = None, home: Path | None = None, timezone: str | None = None) -> list[Any]:
    """The two deployments: ``ingest-notices/kaohe-ingest`` on ``cron``, ``score-batch/kaohe-score`` on demand.

    Flow runs load the flows by module path (``flows.ingest.ingest_notices``),
    so they work from any folder where kaohe is installed.
    """
    from prefect.client.schemas.schedules import CronSchedule
    from prefect.deployments.runner import EntrypointType

    from .ingest import ingest_notices
    from .score import score_batch

    params: dict[str, Any] = {"inbox": str(Path(inbox).absolute())}
    if quarantine:
        params["quarantine"] = str(Path(quarantine).absolute())
    if urls:
        params["urls"] = list(urls)
    if home:
        params["home"] = str(Path(home).absolute())
    schedule = CronSchedule(cron=cron, timezone=timezone) if timezone else None
    ingest = ingest_notices.to_deployment(
        name=INGEST_DEPLOYMENT, parameters=params, entrypoint_type=EntrypointType.MODULE_PATH,
        description="Ingest the inbox (and URLs) into the kaohe store; bad notices are quarantined.",
        tags=["kaohe"], **({"schedules": [schedule]} if schedule else {"cron": cron}))
    score = score_batch.to_deployment(
        name=SCORE_DEPLOYMENT, entrypoint_type=EntrypointType.MODULE_PATH,
        parameters={"home": str(Path(home).absolute())} if home else None,
        description="Score a submissions batch against a stored scheme (run on demand with parameters).",
        tags=["kaohe"])
    return [ingest, score]


def serve(inbox: Path, *, cron: str = DEFAULT_CRON, quarantine: Path | None = None, urls: list[str] | None = None,
          home: Path | None = None, timezone: str | None = None, api_url: str | None = None,
          limit: int | None = None) -> None:
    """Serve both deployments until interrupted (blocks) against ``api_url`` (default: the configured API)."""
    from prefect import serve as prefect_serve
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url} if api_url else {}):
        prefect_serve(*deployments(inbox, cron=cron, quarantine=quarantine, urls=urls, home=home,
                                   timezone=timezone), limit=limit)
