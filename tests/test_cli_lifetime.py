"""The CLI's process tunes the garbage collector for a short, import-heavy life."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_importing_the_cli_raises_the_first_generation_threshold_to_ten_thousand():
    assert _run("import gc, kaohe.cli; print(gc.get_threshold()[0])") == "10000"


def test_objects_are_frozen_before_the_final_collection_at_exit():
    # handlers run last-registered first: this one, registered before the CLI's, runs after it
    code = ("import atexit, gc\n"
            "atexit.register(lambda: print(gc.get_freeze_count() > 0))\n"
            "import kaohe.cli\n"
            "print(gc.get_freeze_count() > 0)")
    assert _run(code).split() == ["False", "True"]
