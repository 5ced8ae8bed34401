"""Prefill inside the batch scoring flow: a folder of self-evaluation reports → a prefill run kept in the
workspace (for confirmation on the review page) and a provisional submission of its proposed values.

A report that cannot be read is listed in the flow's notes and does not stop the batch.  The
provisional submission holds the proposed values (confirmed ones where a rater already confirmed);
once raters have confirmed on the review page, score the run's ``confirmed.csv`` instead.
"""

from __future__ import annotations

import csv
from pathlib import Path

from prefect import task
from prefect.cache_policies import NONE
from pydantic import BaseModel, Field

from kaohe.i18n import _
from pipeline.prefill.batch import prefill_reports
from pipeline.prefill.runs import PrefillRuns
from schemes.atomic import atomic_file, csv_cell
from schemes.model import Scheme
from schemes.workspace import Workspace

PROPOSED = "proposed.csv"


class PrefillStep(BaseModel):
    run_id: int
    submission: str
    units: int
    proposed: int
    notes: list[str] = Field(default_factory=list)


@task(name="prefill-reports", cache_policy=NONE, task_run_name="prefill {reports.name}")
def prefill_task(scheme: Scheme, reports: Path, workspace: Workspace, scheme_ref: str) -> PrefillStep:
    """Prefill every readable report of the folder; keep the run; write its provisional submission."""
    batch = prefill_reports(scheme, [reports])
    notes = [_("report skipped: {reason}").format(reason=reason) for _file, reason in batch.failures]
    if not batch.results:
        raise ValueError(_("{folder}: no readable self-evaluation report").format(folder=reports)
                         + (f" ({notes[0]})" if notes else ""))
    runs = PrefillRuns(workspace.home)
    run_id = runs.create(scheme, scheme_ref, batch.results)
    path = runs.path(run_id) / PROPOSED
    n = 0
    with atomic_file(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(("unit", "item", "input", "value", "rater", "evidence"))
            for r in batch.results:
                for t in r.targets:
                    for p in t.proposals:
                        if p.value:
                            n += 1
                            w.writerow([csv_cell(x) for x in (r.unit, t.target, p.input, p.value, "",
                                                              f"proposed: {p.evidence}")])
    notes.append(_("scored from prefill run {run}: {n} proposed value(s), not yet confirmed; missing inputs scored 0 "
                   "— confirm at /prefill/{run} and score {file}").format(run=run_id, n=n,
                                                                         file=runs.submission(run_id)))
    return PrefillStep(run_id=run_id, submission=str(path), units=len(batch.results), proposed=n, notes=notes)
