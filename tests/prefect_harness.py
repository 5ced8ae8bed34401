"""Prefect for the flow tests: one temporary Prefect API for the whole session, offline.

Prefect reads its settings when it is first imported, so this module sets
``PREFECT_HOME`` (a temporary folder) and turns analytics off at import time;
it must be imported before anything imports Prefect — tests/conftest.py loads
it with ``pytest_plugins = ["prefect_harness"]``, and the flow test modules
name it too, so it also works when run on their own.
"""

from __future__ import annotations

import os
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Iterator

import pytest

if "prefect" in sys.modules:  # pragma: no cover - a collection-order problem, not a test failure
    warnings.warn("prefect was imported before tests/prefect_harness.py; its settings may not be isolated",
                  stacklevel=1)

PREFECT_TEST_HOME = Path(tempfile.mkdtemp(prefix="kaohe-prefect-test-"))
os.environ["PREFECT_HOME"] = str(PREFECT_TEST_HOME)
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] = "WARNING"
os.environ.pop("PREFECT_API_URL", None)  # never a developer's real server


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[None]:
    """A temporary Prefect server and database, started once per session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


# --------------------------------------------------------------------------- shared helpers of the flow tests

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "examples" / "notices"


def copy_notices(dest: Path) -> list[Path]:
    """The example notices (not the README) copied into ``dest``."""
    import shutil

    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for p in sorted(NOTICES.iterdir()):
        if p.is_file() and p.name != "README.md":
            out.append(Path(shutil.copy2(p, dest / p.name)))
    return out


def artifacts_of(flow_run_id: str) -> list:
    """The artifacts a flow run published, read back through the Prefect client."""
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        return client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(flow_run_id)])))


def write_long_csv(path: Path, rows: list[tuple]) -> Path:
    """A long-form submission file: unit,item,input,value."""
    import csv

    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["unit", "item", "input", "value"])
        w.writerows(rows)
    return path


def hook_recorder(path: Path) -> str:
    """A notification hook command (:mod:`flows.notify`) writing what it is given on its standard input to
    ``path``."""
    code = "import sys, pathlib; pathlib.Path(sys.argv[1]).write_bytes(sys.stdin.buffer.read())"
    return f"{sys.executable} -c '{code}' {path}"
