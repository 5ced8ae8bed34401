"""Which Prefect API a one-off flow run talks to, made ready before the flow needs it.

Prefect's own ephemeral mode migrates a brand-new database inside its
temporary server and gives up after 20 s, which a small busy machine does not
meet on a first run (a traceback, exit 2).  So a one-off command decides
first, in this order:

1. ``PREFECT_API_URL`` is set: that server, which must answer ``/api/health``;
2. a server ``kaohe flows serve`` started for this Prefect home is running
   (it writes ``<prefect home>/server.json``): that server, no start-up cost;
3. otherwise a temporary server of our own: the database is migrated first,
   in a child process, as a visible step (first run only; a marker file records
   the Prefect version it was migrated for), then the server starts in the
   background — it imports while kaohe imports the readers — with migrations
   and block registration off (both already done or not needed) and a
   start-up timeout of ``$KAOHE_PREFECT_STARTUP_TIMEOUT`` seconds (default
   120).  It logs to ``<prefect home>/ephemeral-server.log`` and stops when
   the command exits.

Everything here runs before ``import prefect`` (Prefect reads its settings
once, at import; the migration runs in a child process for that reason).  Any failure is a :class:`PrefectUnavailable`: one
line saying what to do.
"""

from __future__ import annotations

import atexit
import importlib.metadata
import importlib.util
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Literal

ENV_STARTUP_TIMEOUT = "KAOHE_PREFECT_STARTUP_TIMEOUT"
DEFAULT_STARTUP_TIMEOUT = 120.0
SERVER_FILE = "server.json"
READY_MARKER = ".kaohe-database-ready"
EPHEMERAL_LOG = "ephemeral-server.log"
PREPARING = "preparing the Prefect database (first run only)…"

Say = Callable[[str], None]


class PrefectUnavailable(RuntimeError):
    """Prefect's API could not be reached or started; the message says what to do."""


@dataclass
class Api:
    """The Prefect API chosen for this process."""

    kind: Literal["configured", "local", "ephemeral", "preset"]
    url: str | None
    server: "EphemeralServer | None" = None

    def wait(self) -> None:
        """Block until the API answers (only a starting ephemeral server makes this wait)."""
        if self.server is not None:
            self.server.wait()


# --------------------------------------------------------------------------- settings


def startup_timeout(environ: dict[str, str] | None = None) -> float:
    """Seconds to wait for a Prefect server to answer: ``$KAOHE_PREFECT_STARTUP_TIMEOUT``, default 120."""
    env = os.environ if environ is None else environ
    raw = env.get(ENV_STARTUP_TIMEOUT, "").strip()
    if not raw:
        return DEFAULT_STARTUP_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        raise PrefectUnavailable(f"{ENV_STARTUP_TIMEOUT}={raw!r} is not a number of seconds") from None
    if value <= 0:
        raise PrefectUnavailable(f"{ENV_STARTUP_TIMEOUT}={raw!r} must be more than 0 seconds")
    return value


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """True when ``<api_url>/health`` answers 200."""
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=timeout) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


# --------------------------------------------------------------------------- the server `flows serve` runs


def server_file(prefect_home: Path) -> Path:
    return Path(prefect_home) / SERVER_FILE


def write_server_file(prefect_home: Path, api_url: str, pid: int) -> Path:
    """Record the running server so one-off commands reuse it (written atomically)."""
    path = server_file(prefect_home)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"api_url": api_url, "pid": pid}), encoding="utf-8")
    os.replace(tmp, path)
    return path


def remove_server_file(prefect_home: Path, api_url: str) -> None:
    """Forget the server, unless the file already names another one."""
    path = server_file(prefect_home)
    try:
        if json.loads(path.read_text(encoding="utf-8")).get("api_url") == api_url:
            path.unlink()
    except (OSError, ValueError, AttributeError):
        pass


def running_server(prefect_home: Path) -> str | None:
    """The API URL of the server recorded in ``server.json`` when it answers, else None."""
    try:
        url = json.loads(server_file(prefect_home).read_text(encoding="utf-8"))["api_url"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return url if isinstance(url, str) and healthy(url, timeout=1.0) else None


# --------------------------------------------------------------------------- the database


def prefect_version() -> str:
    return importlib.metadata.version("prefect")


def database_ready(prefect_home: Path) -> bool:
    """True when this Prefect home's database was migrated for the installed Prefect version."""
    home = Path(prefect_home)
    marker = home / READY_MARKER
    try:
        return marker.read_text(encoding="utf-8").strip() == prefect_version() and (home / "prefect.db").exists()
    except OSError:
        return False


_MIGRATE = """
import asyncio
from prefect.server.database import provide_database_interface

async def migrate():
    db = provide_database_interface()
    await db.create_db()
    await (await db.engine()).dispose()

asyncio.run(migrate())
"""


def prepare_database(prefect_home: Path, timeout: float | None = None) -> None:
    """Create or migrate Prefect's database under ``prefect_home``, then mark it ready.

    In a child process: this one must not import Prefect before its API URL
    is chosen.  ``timeout`` defaults to three start-up timeouts (a first
    migration is the slowest part of a first run).
    """
    home = Path(prefect_home)
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    limit = timeout if timeout is not None else 3 * startup_timeout()
    try:
        done = subprocess.run([sys.executable, "-c", _MIGRATE], env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        raise PrefectUnavailable(
            f"preparing the Prefect database in {home} took more than {limit:g} s; the machine may be busy: "
            f"set {ENV_STARTUP_TIMEOUT} to more seconds and run the command again") from None
    if done.returncode != 0:
        lines = [ln for ln in (done.stderr or "").splitlines() if ln.strip()]
        why = lines[-1].strip()[:300] if lines else f"exit code {done.returncode}"
        raise PrefectUnavailable(
            f"could not prepare the Prefect database in {home} ({why}); check that the folder is writable, "
            "or set PREFECT_API_URL to a running Prefect server")
    (home / READY_MARKER).write_text(prefect_version() + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- a temporary server of our own


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prefect_parent() -> str:
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise PrefectUnavailable("Prefect is not installed in this environment (run `make venv`)")
    return str(Path(list(spec.submodule_search_locations)[0]).parent)


class EphemeralServer:
    """Prefect's API app under uvicorn on 127.0.0.1, started now and waited for later; stopped at exit.

    The same command Prefect's own ephemeral mode runs, but started before
    Prefect is imported here (the two imports overlap), on a database that is
    already migrated, and with kaohe's start-up timeout and messages.
    """

    def __init__(self, prefect_home: Path, timeout: float) -> None:
        self.prefect_home = Path(prefect_home)
        self.timeout = timeout
        self.log = self.prefect_home / EPHEMERAL_LOG
        self.proc: subprocess.Popen | None = None
        self.url: str | None = None
        self._started = 0.0

    def start(self) -> str:
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}/api"
        env = {**os.environ, "PREFECT_HOME": str(self.prefect_home), "PREFECT_UI_ENABLED": "0",
               "PREFECT__SERVER_EPHEMERAL": "1",
               "PREFECT__SERVER_FINAL": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
               "PREFECT_API_DATABASE_MIGRATE_ON_START": "false", "PREFECT_API_BLOCKS_REGISTER_ON_START": "false"}
        env.pop("PREFECT_API_URL", None)
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--app-dir", _prefect_parent(), "--factory",
                 "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
                 "--log-level", "error", "--lifespan", "on"],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                start_new_session=True)  # Ctrl-C reaches kaohe, which stops the server itself
        self._started = time.monotonic()
        atexit.register(self.stop)
        return self.url

    def wait(self) -> None:
        """Poll ``/api/health`` until it answers; a clear error on timeout or an early exit."""
        assert self.proc is not None and self.url is not None, "start() first"
        deadline = self._started + self.timeout
        while True:
            if healthy(self.url, timeout=1.0):
                return
            if self.proc.poll() is not None:
                self.stop()
                raise PrefectUnavailable(
                    f"Prefect's temporary server exited with code {self.proc.returncode} while starting "
                    f"(log: {self.log}{_last_line(self.log)}); run the command again, or set PREFECT_API_URL "
                    "to a running Prefect server")
            if time.monotonic() > deadline:
                self.stop()
                raise PrefectUnavailable(
                    f"Prefect's temporary server did not answer within {self.timeout:g} s (log: {self.log}); "
                    f"the machine may be busy: set {ENV_STARTUP_TIMEOUT} to more seconds, or start a server "
                    "once with `kaohe flows serve` (later commands reuse it)")
            time.sleep(0.2)

    def stop(self) -> None:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _last_line(log: Path) -> str:
    try:
        lines = [ln for ln in log.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    return f": {lines[-1].strip()[:300]}" if lines else ""


# --------------------------------------------------------------------------- the choice


_chosen: Api | None = None
_lock = threading.Lock()


def ensure_api(prefect_home: Path, say: Say = lambda _m: None) -> Api:
    """Choose (and if needed prepare and start) the Prefect API for this process; once per process.

    Call before ``import prefect``.  When Prefect is already imported (the
    test harness, a program embedding kaohe), its settings are fixed and
    left alone.  ``say`` shows the first-run step to the user.
    """
    global _chosen
    with _lock:
        if _chosen is not None:
            return _chosen
        _chosen = _choose(Path(prefect_home), say)
        return _chosen


def profile_api_url(prefect_home: Path) -> str | None:
    """``PREFECT_API_URL`` of the active Prefect profile (``profiles.toml``), if the user configured one there."""
    import tomllib

    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or Path(prefect_home) / "profiles.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    profile = data.get("profiles", {}).get(active, {})
    url = profile.get("PREFECT_API_URL") if isinstance(profile, dict) else None
    return url.strip() if isinstance(url, str) and url.strip() else None


def reachable(api_url: str, timeout: float) -> bool:
    """True when the API answers at all (a server behind authentication may refuse ``/health``)."""
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=timeout):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _choose(prefect_home: Path, say: Say) -> Api:
    if "prefect" in sys.modules:
        return Api("preset", None)
    configured = os.environ.get("PREFECT_API_URL", "").strip() or profile_api_url(prefect_home) or ""
    if configured:
        if not reachable(configured, timeout=min(10.0, startup_timeout())):
            raise PrefectUnavailable(f"PREFECT_API_URL={configured} does not answer at /health; start that "
                                     "Prefect server, or unset PREFECT_API_URL to let kaohe start a temporary one")
        return Api("configured", configured)
    running = running_server(prefect_home)
    if running:
        os.environ["PREFECT_API_URL"] = running
        return Api("local", running)
    timeout = startup_timeout()
    prefect_home.mkdir(parents=True, exist_ok=True)
    if not database_ready(prefect_home):
        say(PREPARING)
        prepare_database(prefect_home)
    server = EphemeralServer(prefect_home, timeout)
    url = server.start()
    os.environ["PREFECT_API_URL"] = url
    return Api("ephemeral", url, server)


def stop_server() -> None:
    """Stop the temporary server this process started, if any (before a hard exit, which skips atexit)."""
    chosen = _chosen
    if chosen is not None and chosen.server is not None:
        chosen.server.stop()


def reset_for_tests() -> None:
    """Forget the choice (tests that start several commands in one process)."""
    global _chosen
    with _lock:
        if _chosen is not None and _chosen.server is not None:
            _chosen.server.stop()
        _chosen = None
