"""`kaohe demo`: the main job on the embedded example notices.

Copies the example notices into the workspace's inbox, runs the ingestion
flow over it (read → extract → store as drafts), runs the scoring flow on
two sample submissions, and says where everything is.  Re-running is safe:
stored notices are skipped and identical scoring runs are not duplicated.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import typer

from kaohe.i18n import _

from . import app
from .common import console, friendly_errors

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTICES = EXAMPLES / "notices"
SUBMISSIONS = EXAMPLES / "submissions"

#: (notice the scheme comes from, sample submissions, output folder name)
DEMO_RUNS = [
    ("002_shaoxing_2019.pdf", "shaoxing_2019_units.csv", "shaoxing_2019"),
    ("003_district_2023.docx", "district_2023_departments.csv", "district_2023"),
]


@app.command("demo")
@friendly_errors
def demo(
    home: Path = typer.Option(Path("kaohe-data"), "--home", help="workspace folder (store, inbox, Prefect home)"),
    out: Path = typer.Option(Path("out/demo"), "-o", "--out", help="where the scoring runs write their results"),
) -> None:
    """Ingest the example notices and score the sample submissions with the Prefect flows."""
    from .flows_cmd import _prepare, _print_ingest, _print_score, _run_with_bars

    inbox = fill_inbox(home.absolute() / "inbox")
    _prepare(home)
    from flows.ingest import ingest_notices
    from flows.score import score_batch

    console.rule(_("1. ingestion flow: read, extract and store every notice in the inbox"))
    summary = _run_with_bars(ingest_notices, False, inbox=inbox, home=home, author="kaohe-demo")
    _print_ingest(summary)
    refs = {r.document: r.ref for r in summary.documents if r.ref}

    reports = []
    for notice, submissions, name in DEMO_RUNS:
        console.rule(_("2. scoring flow: {submissions} against the scheme of {notice}").format(
            submissions=submissions, notice=notice))
        result = _run_with_bars(score_batch, False, scheme=refs[notice], submissions=SUBMISSIONS / submissions,
                                outdir=out / name, home=home, author="kaohe-demo")
        _print_score(result)
        reports.append(result.report or str(result.outdir))

    console.rule(_("where to look"))
    console.print(_("scheme store:   {folder}  (`kaohe schemes list --home {home}`)").format(
        folder=home.absolute(), home=home), highlight=False)
    for report in reports:
        console.print(_("report:         {file}").format(file=report), highlight=False)
    console.print(_("results:        {folder}/*/results.csv, results.xlsx, explanations.json").format(
        folder=out.absolute()), highlight=False)
    console.print(_("review page:    kaohe serve --home {home}   → http://127.0.0.1:8765/").format(home=home),
                  highlight=False)


def fill_inbox(inbox: Path) -> Path:
    """Copy the example notices into the inbox (once; the originals stay untouched)."""
    inbox.mkdir(parents=True, exist_ok=True)
    for notice in sorted(NOTICES.iterdir()):
        if notice.is_file() and notice.suffix != ".md" and not (inbox / notice.name).exists():
            shutil.copy2(notice, inbox / notice.name)
    return inbox
