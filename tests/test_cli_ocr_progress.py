"""The OCR progress bar costs nothing for a notice that needs no OCR."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CODE = """
import sys
from kaohe.cli.ocr_progress import ocr_progress
with ocr_progress() as progress:
    pass
print("rich.progress" in sys.modules)
with ocr_progress() as progress:
    progress(1, 3)
    progress(3, 3)
print("rich.progress" in sys.modules)
"""


def test_rich_progress_is_imported_only_when_ocr_reports_a_page():
    out = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
