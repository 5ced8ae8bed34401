"""Run a kaohe command under an address-space limit and a time limit, as a hostile-input test needs.

A regression in a size check must fail fast instead of taking the CI machine's
memory: the child gets ``RLIMIT_AS`` (2 GB) and 60 s, and the test asserts it
ended with exit 1 and one line on stderr, no traceback.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ADDRESS_SPACE = 2 * 1024 ** 3
SECONDS = 60
ROOT = Path(__file__).resolve().parents[2]
ENTRY = "from kaohe.cli import app; app(prog_name='kaohe')"


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


def _limit_address_space() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_kaohe(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Outcome:
    """``kaohe ARGS`` (this checkout's code, first on the path) under 2 GB and 60 s."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "400", "NO_COLOR": "1", **(env or {})}
    done = subprocess.run([sys.executable, "-c", ENTRY, *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=SECONDS, preexec_fn=_limit_address_space)
    return Outcome(done.returncode, done.stdout, done.stderr)


def refused_in_one_line(outcome: Outcome) -> str:
    """The single stderr line of a refusal (asserting exit 1 and no traceback)."""
    assert "Traceback" not in outcome.stderr, outcome.stderr[-2000:]
    lines = outcome.stderr.strip().splitlines()
    assert outcome.code == 1, (outcome.code, outcome.stderr[-2000:])
    assert len(lines) == 1, outcome.stderr[-2000:]
    return lines[0]
