"""`kaohe demo`: the flows ingest the example notices and score both sample submissions;
a second run is safe (everything skipped, the same scoring runs)."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

pytest_plugins = ["prefect_harness"]

runner = CliRunner()


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory, prefect_api):
    from kaohe.cli import app

    base = tmp_path_factory.mktemp("demo")
    args = ["demo", "--home", str(base / "kaohe-data"), "--out", str(base / "out")]
    first = runner.invoke(app, args)
    second = runner.invoke(app, args)
    return base, first, second


def test_demo_ingests_every_example_notice_and_scores_both_samples(demo_run):
    base, first, _ = demo_run
    assert first.exit_code == 0, first.output
    assert "13 ingested, 0 skipped, 0 failed" in first.output
    with open(base / "out" / "district_2023" / "results.csv", encoding="utf-8-sig") as fh:
        rows = {r["unit"]: r for r in csv.DictReader(fh)}
    assert (rows["组织部"]["total"], rows["组织部"]["grade"]) == ("97.5", "酌情奖励")
    assert (rows["生活保障部"]["rank"], rows["生活保障部"]["grade"]) == ("1", "一等奖")
    assert (base / "out" / "shaoxing_2019" / "report.html").is_file()
    assert "where to look" in first.output


def test_demo_again_skips_the_notices_and_reuses_the_runs(demo_run):
    _, _, second = demo_run
    assert second.exit_code == 0, second.output
    assert "0 ingested, 13 skipped, 0 failed" in second.output
    assert second.output.count("same inputs as an earlier run") == 2
