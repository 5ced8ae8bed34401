"""Prefect settings that must be chosen before ``import prefect``.

Prefect reads its settings once, at import.  The CLI therefore calls
:func:`prefect_defaults` first and imports the flow modules afterwards, so a
one-off run keeps its Prefect database inside the kaohe workspace, sends no
analytics and keeps Prefect's console logging to warnings (the rich output
stays readable; INFO logs still reach the Prefect API and UI).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from schemes.workspace import Workspace

PREFECT_DIR = "prefect"

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
}


def prefect_home(home: str | Path | None = None) -> Path:
    """The workspace-local Prefect home: ``<kaohe home>/prefect``."""
    return Workspace.resolve(home).home / PREFECT_DIR


def prefect_defaults(home: str | Path | None = None) -> dict[str, str]:
    """Set kaohe's Prefect defaults in ``os.environ`` unless the user set them; returns what was set.

    A user who configured Prefect (``PREFECT_HOME`` in the environment) keeps
    their profile, API URL and database; otherwise Prefect's files go to the
    workspace, not ``~/.prefect``.
    """
    wanted = dict(DEFAULTS)
    if "PREFECT_HOME" not in os.environ and "PREFECT_PROFILES_PATH" not in os.environ:
        wanted["PREFECT_HOME"] = str(prefect_home(home))
    done = {}
    for key, value in wanted.items():
        if key not in os.environ:
            os.environ[key] = value
            done[key] = value
    if "PREFECT_HOME" in done:
        Path(done["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    return done


def quiet_dask() -> None:
    """Dask logs every worker start at INFO; keep it to warnings like Prefect's console."""
    for name in ("distributed", "distributed.scheduler", "distributed.worker", "distributed.nanny",
                 "distributed.core", "distributed.http.proxy"):
        logging.getLogger(name).setLevel(logging.WARNING)


class _Reported(logging.Filter):
    """Drops Prefect's console records about exceptions the caller reports itself."""

    def __init__(self, types: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.types = types
        self.names = tuple(f"{t.__name__}:" for t in _with_subclasses(types))

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None and isinstance(exc, self.types):
            return False
        if record.levelno >= logging.ERROR and record.name.startswith("prefect"):
            message = record.getMessage()
            return not any(name in message for name in self.names)
        return True


def _with_subclasses(types: tuple[type[BaseException], ...]) -> set[type[BaseException]]:
    out: set[type[BaseException]] = set()
    todo = list(types)
    while todo:
        t = todo.pop()
        if t not in out:
            out.add(t)
            todo.extend(t.__subclasses__())
    return out


def hide_reported_errors(*types: type[BaseException]) -> None:
    """Keep Prefect's console from repeating, with tracebacks, errors the CLI prints as one line.

    Call after Prefect is imported (it configures logging then).  Other
    warnings and errors still reach the console, and everything still reaches
    the Prefect API.
    """
    from prefect.logging.handlers import PrefectConsoleHandler

    flt = _Reported(tuple(types))
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler):
            handler.addFilter(flt)
