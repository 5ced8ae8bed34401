"""Shared test paths."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "examples" / "notices"

# The project is not installed into the virtualenv; make `extractors`/`kaohe` importable.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def notices() -> Path:
    """The folder of example notices (the real fixtures)."""
    return NOTICES
