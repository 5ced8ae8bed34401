"""The score-batch flow: idempotent runs, partitions ranked together, same results on Dask, folder batches."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

pytest_plugins = ["prefect_harness"]  # the session's Prefect API (also listed in tests/conftest.py)
pytest.register_assert_rewrite("prefect_harness")

from prefect_harness import NOTICES, artifacts_of, hook_recorder, write_long_csv  # noqa: E402

FILES = ("results.csv", "results.json", "explanations.json", "report.html", "results.parquet")

# 12 units of the 2023 district scheme (deductions from 100, bonuses, vetoes, 一等奖 ×1, 二等奖 ×2), in
# unit order: U05 has the highest total but is vetoed; U01 and U07 (different partitions) tie next, so the
# one 一等奖 goes to both (a flagged tie); U11 gets 二等奖.
FACTS = [
    ("U01", "B1", "count:全总", 1), ("U02", "1.1", "count", 1), ("U03", "2.2", "count", 2),
    ("U04", "3.2", "count", 1), ("U05", "V1", "met", "是"), ("U05", "B3", "count:全总", 1),
    ("U06", "1.1", "count", 3), ("U07", "B1", "count:全总", 1), ("U08", "2.2", "count", 1),
    ("U09", "3.2", "count", 2), ("U10", "1.1", "count", 2), ("U11", "B2", "count:省总", 1),
    ("U12", "2.2", "count", 4),
]


@pytest.fixture(scope="module")
def batch(tmp_path_factory, prefect_api):
    """A store holding the scheme extracted from 003_district_2023.docx, and a submissions file."""
    from extractors import read_document
    from pipeline.extract import EXTRACTOR_VERSION, extract_scheme
    from schemes.store import Store

    base = tmp_path_factory.mktemp("score")
    home = base / "kaohe"
    notice = NOTICES / "003_district_2023.docx"
    with Store.open(home=home) as store:
        result = store.ingest(notice, extract_scheme(read_document(notice)), EXTRACTOR_VERSION, author="test")
    facts = write_long_csv(base / "facts.csv", FACTS)
    return base, home, str(result.info.scheme_id), facts


@pytest.fixture(scope="module")
def twice(batch):
    from flows.score import score_batch

    base, home, ref, facts = batch
    out = base / "out"
    first = score_batch(scheme=ref, submissions=facts, outdir=out, home=home, partition_units=5)
    snapshot = {f: (out / f).read_bytes() for f in FILES}
    second = score_batch(scheme=ref, submissions=facts, outdir=out, home=home, partition_units=5)
    return first, second, snapshot


def test_rerun_is_the_same_run_with_the_same_outputs(batch, twice):
    from schemes.store import Store

    base, home, ref, _ = batch
    first, second, snapshot = twice
    assert first.new_run and not second.new_run
    assert first.run_id == second.run_id
    with Store.open(home=home) as store:
        assert [r.id for r in store.score_runs(ref)] == [first.run_id]
    assert {f: (base / "out" / f).read_bytes() for f in FILES} == snapshot
    assert first.partitions == 3 and first.units == 12


def test_ranks_and_awards_are_decided_on_all_partitions_together(batch, twice, tmp_path):
    from pipeline.scoring import score_file
    from pipeline.scoring.output import write_all
    from schemes.store import Store

    _, home, ref, facts = batch
    first, _, snapshot = twice
    with Store.open(home=home) as store:
        scheme = store.scheme(ref)
    write_all(score_file(scheme, facts), tmp_path / "whole")  # the engine on the whole batch at once
    for f in FILES:
        assert (tmp_path / "whole" / f).read_bytes() == snapshot[f], f
    top = [(r.unit, r.total, r.rank, r.grade) for r in first.ranking[:4]]
    assert top == [("U05", "112", 1, ""), ("U01", "110", 2, "一等奖"), ("U07", "110", 2, "一等奖"),
                   ("U11", "108", 4, "二等奖")]
    assert any("award tie" in n for n in first.notes) and any("vetoed" in n for n in first.notes)


def test_ranking_table_and_report_link_artifacts(twice):
    first, _, _ = twice
    arts = {a.key: a for a in artifacts_of(first.flow_run_id)}
    assert {"score-ranking", "score-report", "score-summary"} <= set(arts)
    rows = arts["score-ranking"].data
    rows = rows if isinstance(rows, list) else __import__("json").loads(rows)
    assert [r["unit"] for r in rows][:3] == ["U05", "U01", "U07"] and len(rows) == 12
    link = arts["score-report"]
    report_uri = (Path(first.outdir) / "report.html").as_uri()
    assert report_uri in link.data  # Prefect stores a link artifact as markdown: [report.html](file:///…)
    assert f"Score run {first.run_id}" in arts["score-summary"].data


def test_dask_local_cluster_gives_identical_results(batch, twice, tmp_path):
    from flows.runners import RunnerOptions, task_runner
    from flows.score import score_batch

    _, home, ref, facts = batch
    first, _, snapshot = twice
    on_dask = score_batch.with_options(task_runner=task_runner(RunnerOptions(dask=True, workers=2)))
    summary = on_dask(scheme=ref, submissions=facts, outdir=tmp_path / "dask", home=home, partition_units=4)
    assert summary.partitions == 3
    assert summary.run_id == first.run_id and not summary.new_run
    assert summary.ranking == first.ranking
    for f in FILES:
        assert (tmp_path / "dask" / f).read_bytes() == snapshot[f], f


def test_dask_worker_processes_give_the_single_process_results(batch, twice, tmp_path):
    """Partitions validated and scored in two worker processes, each reading its own spilled facts."""
    from flows.runners import RunnerOptions, task_runner
    from flows.score import score_batch

    _, home, ref, facts = batch
    first, _, snapshot = twice
    runner = task_runner(RunnerOptions(dask=True, workers=2, processes=True))
    summary = score_batch.with_options(task_runner=runner)(
        scheme=ref, submissions=facts, outdir=tmp_path / "procs", home=home, partition_units=3)
    assert (summary.partitions, summary.run_id) == (4, first.run_id)
    for f in FILES:
        assert (tmp_path / "procs" / f).read_bytes() == snapshot[f], f
    assert not list(tmp_path.glob(".kaohe-spill-*"))  # the spill is removed


def test_a_folder_of_files_is_one_batch(batch, twice, tmp_path):
    from flows.score import score_batch

    _, home, ref, facts = batch
    folder = tmp_path / "subs"
    folder.mkdir()
    write_long_csv(folder / "a.csv", FACTS[:6])
    write_long_csv(folder / "b.csv", FACTS[6:])
    summary = score_batch(scheme=ref, submissions=folder, outdir=tmp_path / "out", home=home)
    assert summary.new_run and summary.units == 12
    assert filecmp.cmp(tmp_path / "out" / "results.csv", Path(twice[0].outdir) / "results.csv", shallow=False)


def test_a_fact_repeated_across_files_is_refused(batch, tmp_path):
    from flows.score import score_batch
    from pipeline.scoring import SubmissionError

    _, home, ref, _ = batch
    folder = tmp_path / "subs"
    folder.mkdir()
    write_long_csv(folder / "a.csv", FACTS[:3])
    write_long_csv(folder / "b.csv", FACTS[2:4])
    with pytest.raises(SubmissionError) as err:
        score_batch(scheme=ref, submissions=folder, outdir=tmp_path / "out", home=home)
    assert "sheet b.csv, row 2" in str(err.value) and "duplicate fact" in str(err.value)
    assert not (tmp_path / "out").exists()


def test_a_scoring_run_tells_the_hook_its_run_and_counts(batch, tmp_path):
    import json

    from flows.score import score_batch

    _, home, ref, facts = batch
    summary = score_batch(scheme=ref, submissions=facts, outdir=tmp_path / "out", home=home,
                          notify=hook_recorder(tmp_path / "told.json"))
    told = json.loads((tmp_path / "told.json").read_text(encoding="utf-8"))
    assert (told["flow"], told["state"], told["run_id"], told["counts"]["units"], told["failures"]) == (
        "score-batch", "Completed", summary.run_id, 12, [])
    assert told["report"] == str(tmp_path / "out" / "report.html")


def test_a_scoring_run_refused_tells_the_hook_why(batch, tmp_path):
    import json

    from flows.score import score_batch
    from pipeline.scoring import SubmissionError

    _, home, ref, _ = batch
    bad = write_long_csv(tmp_path / "bad.csv", [("U01", "9.9", "count", 1)])
    with pytest.raises(SubmissionError) as err:
        score_batch(scheme=ref, submissions=bad, outdir=tmp_path / "out", home=home,
                    notify=hook_recorder(tmp_path / "told.json"))
    told = json.loads((tmp_path / "told.json").read_text(encoding="utf-8"))
    assert (told["flow"], told["state"], told["failures"]) == ("score-batch", "Failed", [{"error": str(err.value)}])
