"""The ``score-batch`` flow: a stored scheme + a submissions batch → scores, report, a recorded run.

A long CSV/Parquet file is read once in blocks and spilled by unit into
partitions of ``partition_units`` units (:mod:`pipeline.scoring.stream`);
each partition is then validated and scored by a task of its own, streaming
from its spill file, so a large batch spreads over the workers and no process
holds the whole file.  The spill lives beside OUTDIR (on a cluster, put OUTDIR
on storage the workers share).  Other batches (a folder of files, XLSX, wide)
are validated whole once (so duplicates across files are caught), then scored
in unit partitions.  Either way ranks and count-limited awards are computed on
the combined totals (see :mod:`pipeline.scoring.partial`).  The run is recorded
through the store, which returns the existing run for identical inputs: a
re-run gives the same run id and rewrites the same outputs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.futures import as_completed
from prefect.runtime import flow_run
from pydantic import BaseModel, Field

from pipeline.scoring import Contract, Results, Submission, read_unit_list
from pipeline.scoring.numbers import fmt
from kaohe.i18n import _
from pipeline.scoring.output import write_all
from pipeline.scoring.stream import (
    ChunkJob, ChunkScores, NotStreamable, Spill, StreamRun, finish, open_source, score_chunk, spill,
)
from pipeline.scoring.template import check_template
from schemes.store import ScoreRunInfo, StoreError, VersionInfo, file_sha256
from schemes.workspace import Workspace

from . import progress
from .batch import fingerprint, read_batch
from .notify import failed_payload, hook_target, run_hook, score_payload
from .partition import DEFAULT_PARTITION_UNITS, PartScores, bounds, combine, score_slice, slice_submission
from .runners import runner_from_env
from .storage import store_for

PROGRESS_KEY = "score"
RANKING_ROWS = 500  # units shown in the ranking artifact (the files have them all)


class RankRow(BaseModel):
    rank: int
    unit: str
    total: str
    grade: str
    veto: str = ""


class ScoreSummary(BaseModel):
    """The flow's result: which run this is, where its files are, the top of the ranking."""

    flow_run_id: str | None = None
    scheme: str  # id@version as scored
    status: str  # the version's status when scored (draft, reviewed, published)
    title: str | None = None
    run_id: int
    new_run: bool  # False: an identical run was recorded before (this one rewrote its outputs)
    submissions: str
    submissions_sha256: str
    units: int
    partitions: int
    outdir: str
    report: str | None = None
    ranking: list[RankRow] = Field(default_factory=list)  # the first RANKING_ROWS units by rank
    notes: list[str] = Field(default_factory=list)
    notify_problem: str | None = None  # why the notification hook failed (the run itself did not)


# --------------------------------------------------------------------------- tasks


def _retry_unless_refused(task: Any, task_run: Any, state: Any) -> bool:
    """Retry store trouble (a locked database…), not the store's answer (no such scheme, …)."""
    try:
        state.result()
    except StoreError:
        return False
    except Exception:
        return True
    return False


@task(name="load-scheme", cache_policy=NONE, retries=2, retry_delay_seconds=[1, 4],
      retry_condition_fn=_retry_unless_refused, task_run_name="load scheme {ref}")
def load_scheme(ref: str, workspace: Workspace) -> VersionInfo:
    """The scheme version to score (its current content: extraction plus corrections)."""
    return store_for(workspace).get(ref)


@task(name="validate-submissions", cache_policy=NONE, task_run_name="validate {path.name}")
def validate_submissions(path: Path, contract: Contract, units: list[str] | None, missing_zero: bool,
                         max_errors: int) -> tuple[Submission, str]:
    """Read and check the whole batch (every problem listed, nothing scored on failure); its fingerprint."""
    if Path(path).is_file() and Path(path).suffix.lower() in (".xlsx", ".xlsm"):
        check_template(path, contract.scheme)  # another scheme's template: refused in one line
    sub = read_batch(path, contract, units=units, missing_zero=missing_zero, max_errors=max_errors)
    return sub, fingerprint(path)


@task(name="spill-submissions", cache_policy=NONE, task_run_name="read {path.name} in blocks")
def spill_submissions(path: Path, units: list[str] | None, partition_units: int, folder: Path) -> Spill | None:
    """A long CSV/Parquet file read once, its facts spilled by unit into partitions; None for other batches."""
    if not path.is_file():
        return None
    try:
        source = open_source(path)
    except NotStreamable:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    return spill(source, units, folder, bucket_units=partition_units)


@task(name="score-spilled-partition", cache_policy=NONE, task_run_name="validate and score units {job.lo}–{job.hi}")
def score_spilled(job: ChunkJob, contract: Contract, missing_zero: bool, max_errors: int) -> ChunkScores:
    """Validate and score one spilled partition, reading only its own facts."""
    return score_chunk(job, contract, missing_zero=missing_zero, max_errors=max_errors)


@task(name="rank-and-grade-spilled", cache_policy=NONE)
def rank_and_grade_spilled(sp: Spill, contract: Contract, chunks: list[ChunkScores], max_errors: int) -> Results:
    """Every partition's problems (the run fails listing them), or the combined totals ranked and awarded."""
    return finish(sp, contract, chunks, max_errors)


@task(name="score-partition", cache_policy=NONE, task_run_name="score units {start}–{stop}")
def score_partition(part: Submission, contract: Contract, start: int, stop: int) -> PartScores:
    """Score the units ``start:stop`` (their ranks and grades are decided later, on all units)."""
    return score_slice(part, contract, start)


@task(name="rank-and-grade", cache_policy=NONE)
def rank_and_grade(sub: Submission, contract: Contract, parts: list[PartScores]) -> Results:
    """Combine the partitions; rank and award on the combined totals."""
    return combine(sub, contract, parts)


@task(name="write-outputs", cache_policy=NONE, retries=1, retry_delay_seconds=2)
def write_outputs(results: Results, outdir: Path, report: bool, streamed: StreamRun | None = None) -> Path:
    """results.csv/xlsx/json/parquet, explanations.json, report.html, the 通报 and the 反馈表, swapped in
    atomically."""
    problems: list[str] = []
    out = write_all(results, outdir, report=report, explanations=streamed, documents=True, problems=problems)
    for problem in problems:
        get_run_logger().warning(problem)
    return out


@task(name="record-score-run", cache_policy=NONE, retries=2, retry_delay_seconds=[1, 4],
      retry_condition_fn=_retry_unless_refused)
def record_run(ref: str, workspace: Workspace, submissions_sha256: str, options: dict[str, Any], outdir: Path,
               author: str) -> ScoreRunInfo:
    """Record the run (or find the identical earlier one) in the store."""
    return store_for(workspace).record_score_run(ref, submissions_sha256=submissions_sha256, options=options,
                                                 outputs=str(outdir), author=author)


# --------------------------------------------------------------------------- artifacts


def _ranking(res: Results) -> list[RankRow]:
    order = sorted(range(res.n), key=lambda u: (int(res.rank[u]), u))[:RANKING_ROWS]
    return [RankRow(rank=int(res.rank[u]), unit=res.units[u], total=fmt(int(res.total[u])), grade=res.grade[u],
                    veto=";".join(res.veto_ids(u))) for u in order]


def publish_artifacts(summary: ScoreSummary) -> None:
    """The ranking table, a link to the HTML report and a markdown note of the run (in the user's language;
    the table's keys are the ranking's fields)."""
    rows = [r.model_dump() for r in summary.ranking]
    more = _(" (top {n} of {units})").format(n=RANKING_ROWS, units=summary.units) if summary.units > RANKING_ROWS else ""
    create_table_artifact(table=rows, key="score-ranking",
                          description=(summary.title or _("ranking")) + " — " + _("scheme {ref}").format(
                              ref=summary.scheme) + more)
    if summary.report:
        create_link_artifact(link=Path(summary.report).as_uri(), link_text="report.html", key="score-report",
                             description=_("HTML report of score run {run}").format(run=summary.run_id))
    run = _("new run") if summary.new_run else _("same inputs as before: the recorded run is reused")
    lines = [_("# Score run {run} — scheme {ref} ({status})").format(run=summary.run_id, ref=summary.scheme,
                                                                     status=summary.status), "",
             _("{n} units from `{file}` in {parts} partition(s); {run}.").format(
                 n=summary.units, file=summary.submissions, parts=summary.partitions, run=run), "",
             _("- outputs: `{folder}`").format(folder=summary.outdir)]
    if summary.report:
        lines.append(_("- report: [{name}]({uri})").format(name=summary.report, uri=Path(summary.report).as_uri()))
    lines += [_("- note: {note}").format(note=n) for n in summary.notes]
    create_markdown_artifact(markdown="\n".join(lines) + "\n", key="score-summary",
                             description=_("score run {run}").format(run=summary.run_id))


# --------------------------------------------------------------------------- the flow


@flow(name="score-batch", task_runner=runner_from_env())
def score_batch(scheme: str | int, submissions: Path, outdir: Path, home: Path | None = None, units: Path | None = None,
                missing_zero: bool = False, partition_units: int = DEFAULT_PARTITION_UNITS, report: bool = True,
                max_errors: int = 50, author: str = "kaohe-flows", reports: bool = False,
                notify: str | None = None) -> ScoreSummary:
    """Score a submissions file or folder against stored scheme ``scheme`` (``ID`` or ``ID@VERSION``).

    ``partition_units`` units are scored per task; results do not depend on
    it (nor on the task runner), so it is not part of the run's identity.
    ``reports``: ``submissions`` is a folder of self-evaluation reports, prefilled first (:mod:`flows.prefill`).
    ``notify`` (else ``KAOHE_NOTIFY``): a command or webhook told how the run ended (:mod:`flows.notify`).
    """
    hook = hook_target(notify)
    try:
        summary = _score_batch(scheme, submissions, outdir, home, units, missing_zero, partition_units, report,
                               max_errors, author, reports)
    except Exception as exc:
        if hook:
            problem = run_hook(hook, failed_payload("score-batch", flow_run.id, exc))
            if problem:
                get_run_logger().warning(problem)
        raise
    if hook:
        summary.notify_problem = run_hook(hook, score_payload(summary))
        if summary.notify_problem:
            get_run_logger().warning(summary.notify_problem)
    return summary


def _score_batch(scheme: str | int, submissions: Path, outdir: Path, home: Path | None, units: Path | None,
                 missing_zero: bool, partition_units: int, report: bool, max_errors: int, author: str,
                 reports: bool) -> ScoreSummary:
    """The flow's work (:func:`score_batch`), inside its run."""
    submissions, outdir = Path(submissions).absolute(), Path(outdir).absolute()
    workspace = Workspace.resolve(home)
    progress.start(PROGRESS_KEY, None, _("loading scheme"))
    info = load_scheme(str(scheme), workspace)
    contract = Contract(info.scheme)
    pre_notes: list[str] = []
    if reports:  # prefill → (confirmation on the review page) → score
        from .prefill import prefill_task

        step = prefill_task(info.scheme, submissions, workspace, info.ref)
        submissions, missing_zero, pre_notes = Path(step.submission), True, step.notes
    unit_list = read_unit_list(units) if units else None
    progress.start(PROGRESS_KEY, None, _("reading submissions"))
    sp = spill_submissions(submissions, unit_list, partition_units, outdir.parent)
    if sp is not None:
        try:
            sha = fingerprint(submissions)
            ranges = sp.chunks(1)  # one partition per spill file
            progress.start(PROGRESS_KEY, len(ranges) + 2, _("scoring {n} units").format(n=len(sp.units)))
            futures = [score_spilled.submit(sp.job(a, b), contract, missing_zero, max_errors) for a, b in ranges]
            chunks = []
            for fut in as_completed(futures):
                chunks.append(fut.result())
                progress.advance(PROGRESS_KEY)
            chunks.sort(key=lambda c: c.lo)
            results = rank_and_grade_spilled(sp, contract, chunks, max_errors)
            progress.advance(PROGRESS_KEY, description=_("writing outputs"))
            write_outputs(results, outdir, report, StreamRun(results, sp, missing_zero))
        finally:
            sp.close()
    else:
        progress.start(PROGRESS_KEY, None, _("validating submissions"))
        sub, sha = validate_submissions(submissions, contract, unit_list, missing_zero, max_errors)
        ranges = bounds(len(sub.units), partition_units)
        progress.start(PROGRESS_KEY, len(ranges) + 2, _("scoring {n} units").format(n=len(sub.units)))
        futures = [score_partition.submit(slice_submission(sub, a, b), contract, a, b) for a, b in ranges]
        parts = []
        for fut in as_completed(futures):
            parts.append(fut.result())  # a failed partition fails the run: a batch is scored whole or not at all
            progress.advance(PROGRESS_KEY)
        results = rank_and_grade(sub, contract, parts)
        progress.advance(PROGRESS_KEY, description=_("writing outputs"))
        write_outputs(results, outdir, report)
    options = {"missing_zero": missing_zero, "report": report,
               "units_sha256": file_sha256(Path(units)) if units else None}
    run = record_run(info.ref, workspace, sha, options, outdir, author)
    progress.advance(PROGRESS_KEY)

    summary = ScoreSummary(
        flow_run_id=flow_run.id, scheme=info.ref, status=info.status, title=info.scheme.metadata.title,
        run_id=run.id, new_run=run.created, submissions=str(submissions), submissions_sha256=sha,
        units=results.n, partitions=len(ranges), outdir=str(outdir),
        report=str(outdir / "report.html") if report else None, ranking=_ranking(results), notes=[*pre_notes, *results.notes])
    publish_artifacts(summary)
    progress.finish(PROGRESS_KEY, f"scored {results.n} units (run {run.id})")
    return summary


__all__ = ["RankRow", "ScoreSummary", "score_batch"]
