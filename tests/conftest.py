"""Shared test paths."""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "examples" / "notices"

# The project is not installed into the virtualenv; make `extractors`/`kaohe` importable.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# The suite's specifications were written against the English messages; the Chinese
# default is tested where it is chosen explicitly (tests/test_i18n.py).
os.environ.setdefault("KAOHE_LANG", "en")
# The 通报 and 反馈表 as Word files only: LibreOffice's PDF run takes seconds, tests/test_documents.py
# makes PDFs where they are the subject.
os.environ.setdefault("KAOHE_DOCUMENTS", "docx")

# Prefect's settings (temporary PREFECT_HOME, analytics off) must be in place before
# anything imports Prefect; the harness plugin sets them at import and provides the
# session's one prefect_test_harness.
pytest_plugins = ["prefect_harness"]


@pytest.fixture
def notices() -> Path:
    """The folder of example notices (the real fixtures)."""
    return NOTICES
