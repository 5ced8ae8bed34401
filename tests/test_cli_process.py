"""The CLI tunes its process for a short, import-heavy life."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_importing_the_cli_raises_the_first_generation_threshold_to_fifty_thousand():
    assert _run("import gc, kaohe.cli; print(gc.get_threshold()[0])") == "50000"


def test_objects_are_frozen_before_the_final_collection_at_exit():
    # handlers run last-registered first: this one, registered before the CLI's, runs after it
    code = ("import atexit, gc\n"
            "atexit.register(lambda: print(gc.get_freeze_count() > 0))\n"
            "import kaohe.cli\n"
            "print(gc.get_freeze_count() > 0)")
    assert _run(code).split() == ["False", "True"]


def test_the_cli_asks_for_one_openblas_thread_unless_the_user_chose():
    code = "import os, kaohe.cli; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env_free = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"})
    chosen = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "OPENBLAS_NUM_THREADS": "4"})
    assert (env_free.stdout.strip(), chosen.stdout.strip()) == ("1", "4")


def test_the_first_command_load_freezes_what_exists_and_later_loads_freeze_nothing_more():
    code = ("import gc\n"
            "from kaohe.cli.process import settle_imports\n"
            "before = gc.get_freeze_count()\n"
            "settle_imports()\n"
            "first = gc.get_freeze_count()\n"
            "later = [[k] for k in range(1000)]\n"
            "settle_imports()\n"
            "print(before == 0, first > 0, gc.get_freeze_count() == first)")
    assert _run(code).split() == ["True", "True", "True"]


def test_the_cli_switches_pydantic_plugins_off_unless_the_user_chose():
    code = "import os, kaohe.cli; print(os.environ['PYDANTIC_DISABLE_PLUGINS'])"
    env_free = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"})
    chosen = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "PYDANTIC_DISABLE_PLUGINS": "logfire"})
    assert (env_free.stdout.strip(), chosen.stdout.strip()) == ("__all__", "logfire")
