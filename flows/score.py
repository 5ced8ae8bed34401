"""The ``score-batch`` flow: a stored scheme + a submissions batch → scores, report, a recorded run.

Validation reads the whole batch once (so duplicates across files are
caught); scoring runs in unit partitions, one task each, so a large batch
spreads over the workers; ranks and count-limited awards are then computed on
the combined totals (see :mod:`flows.partition`).  The run is recorded
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
from pipeline.scoring.template import check_template
from schemes.store import ScoreRunInfo, StoreError, VersionInfo, file_sha256
from schemes.workspace import Workspace

from . import progress
from .batch import fingerprint, read_batch
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


@task(name="score-partition", cache_policy=NONE, task_run_name="score units {start}–{stop}")
def score_partition(part: Submission, contract: Contract, start: int, stop: int) -> PartScores:
    """Score the units ``start:stop`` (their ranks and grades are decided later, on all units)."""
    return score_slice(part, contract, start)


@task(name="rank-and-grade", cache_policy=NONE)
def rank_and_grade(sub: Submission, contract: Contract, parts: list[PartScores]) -> Results:
    """Combine the partitions; rank and award on the combined totals."""
    return combine(sub, contract, parts)


@task(name="write-outputs", cache_policy=NONE, retries=1, retry_delay_seconds=2)
def write_outputs(results: Results, outdir: Path, report: bool) -> Path:
    """results.csv/xlsx/json, explanations.json, report.html, the 通报 and the 反馈表, swapped in atomically."""
    problems: list[str] = []
    out = write_all(results, outdir, report=report, documents=True, problems=problems)
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
                max_errors: int = 50, author: str = "kaohe-flows") -> ScoreSummary:
    """Score a submissions file or folder against stored scheme ``scheme`` (``ID`` or ``ID@VERSION``).

    ``partition_units`` units are scored per task; results do not depend on
    it (nor on the task runner), so it is not part of the run's identity.
    """
    submissions, outdir = Path(submissions).absolute(), Path(outdir).absolute()
    workspace = Workspace.resolve(home)
    progress.start(PROGRESS_KEY, None, "loading scheme")
    info = load_scheme(str(scheme), workspace)
    contract = Contract(info.scheme)
    unit_list = read_unit_list(units) if units else None
    progress.start(PROGRESS_KEY, None, "validating submissions")
    sub, sha = validate_submissions(submissions, contract, unit_list, missing_zero, max_errors)

    ranges = bounds(len(sub.units), partition_units)
    progress.start(PROGRESS_KEY, len(ranges) + 2, f"scoring {len(sub.units)} units")
    futures = [score_partition.submit(slice_submission(sub, a, b), contract, a, b) for a, b in ranges]
    parts = []
    for fut in as_completed(futures):
        parts.append(fut.result())  # a failed partition fails the run: a batch is scored whole or not at all
        progress.advance(PROGRESS_KEY)
    results = rank_and_grade(sub, contract, parts)

    progress.advance(PROGRESS_KEY, description="writing outputs")
    write_outputs(results, outdir, report)
    options = {"missing_zero": missing_zero, "report": report,
               "units_sha256": file_sha256(Path(units)) if units else None}
    run = record_run(info.ref, workspace, sha, options, outdir, author)
    progress.advance(PROGRESS_KEY)

    summary = ScoreSummary(
        flow_run_id=flow_run.id, scheme=info.ref, status=info.status, title=info.scheme.metadata.title,
        run_id=run.id, new_run=run.created, submissions=str(submissions), submissions_sha256=sha,
        units=results.n, partitions=len(ranges), outdir=str(outdir),
        report=str(outdir / "report.html") if report else None, ranking=_ranking(results), notes=list(results.notes))
    publish_artifacts(summary)
    progress.finish(PROGRESS_KEY, f"scored {results.n} units (run {run.id})")
    return summary


__all__ = ["RankRow", "ScoreSummary", "score_batch"]
