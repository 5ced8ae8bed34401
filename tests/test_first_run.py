"""What the README's set-up does, as a new user does it: `kaohe demo` and `kaohe flows ingest` as plain
subprocesses in a fresh folder, with no PREFECT_HOME, no Prefect API and no test harness.

Both are first runs: each prepares its own new Prefect database before its
temporary server starts (the step is shown), so neither hits Prefect's own
20-second start-up limit on a busy machine.  Slow by nature (two real first
runs, about a minute on 2 cores); this is the test of the README promise.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KAOHE = [str(Path(sys.executable).parent / "kaohe")]  # the command `make venv` installs
PREPARING = "preparing the Prefect database (first run only)"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a new user: no Prefect or kaohe settings, no test harness."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "KAOHE_"))}
    env.update(COLUMNS="200", NO_COLOR="1", **extra)
    return env


def kaohe(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*KAOHE, *args], cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    folder = tmp_path_factory.mktemp("fresh-clone")
    return folder, kaohe(["demo"], folder)


def test_demo_first_run_prepares_prefect_and_succeeds(demo):
    folder, run = demo
    assert run.returncode == 0, run.stderr[-3000:]
    assert PREPARING in run.stderr
    assert "Traceback" not in run.stderr
    assert (folder / "kaohe-data" / "prefect" / "prefect.db").is_file()


def test_demo_writes_the_results_the_readme_promises(demo):
    folder, run = demo
    for name in ("shaoxing_2019", "district_2023"):
        out = folder / "out" / "demo" / name
        assert {p.name for p in out.iterdir() if not p.name.startswith(".")} >= {
            "explanations.json", "report.html", "results.csv", "results.json", "results.xlsx", "results.parquet",
            "results_long.parquet"}, name
    with open(folder / "out" / "demo" / "district_2023" / "results.csv", encoding="utf-8-sig") as fh:
        rows = {r["unit"]: r for r in csv.DictReader(fh)}
    assert (rows["组织部"]["total"], rows["组织部"]["grade"]) == ("97.5", "酌情奖励")
    assert (rows["生活保障部"]["rank"], rows["生活保障部"]["grade"]) == ("1", "一等奖")


def test_demo_stores_the_schemes_of_the_example_notices(demo):
    folder, _ = demo
    from schemes.store import Store

    with Store.open(home=folder / "kaohe-data") as store:
        years = {s.year for s in store.list_schemes() if s.kind == "scheme"}
    assert {2011, 2019, 2023} <= years


def test_flows_ingest_in_a_fresh_workspace_succeeds_first_time(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy2(ROOT / "examples" / "notices" / "003_district_2023.docx", inbox)
    run = kaohe(["flows", "ingest", "--inbox", "inbox", "--json"], tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert PREPARING in run.stderr and "Traceback" not in run.stderr
    summary = __import__("json").loads(run.stdout.strip().splitlines()[-1])
    assert [(r["document"], r["items"], r["total"]) for r in summary["ingested"]] == [
        ("003_district_2023.docx", 15, 100.0)]
    assert (tmp_path / "kaohe-data" / "kaohe.sqlite3").is_file()
