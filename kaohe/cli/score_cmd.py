"""`kaohe score SCHEME SUBMISSIONS -o OUTDIR` and `kaohe template SCHEME -o FILE.xlsx`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import typer
from pydantic import ValidationError
from rich.table import Table as RichTable

from pipeline.scoring import SchemeArgError, SchemeNotScorable, SubmissionError, read_unit_list, score_file
from pipeline.scoring.numbers import fmt
from schemes.model import Scheme

from . import app
from .common import console, friendly_errors, register_user_error

register_user_error(SubmissionError)
register_user_error(SchemeArgError)
register_user_error(SchemeNotScorable)


STORE_REF = re.compile(r"^\d+(@(\d+|latest|published))?$")


def load_scheme_arg(arg: str | Path, home: Path | None = None) -> Scheme:
    """The scheme named on the command line: a scheme JSON file (from `kaohe extract -o`),
    or a stored scheme's id (`3`, `3@2`, `3@published`) with its corrections applied."""
    path = Path(arg)
    if not path.is_file() and STORE_REF.match(str(arg)):
        from schemes.store import Store, StoreError

        try:
            with Store.open(home) as store:
                return store.scheme(str(arg))
        except StoreError as exc:
            raise SchemeArgError(f"{arg}: {exc}") from None
    if not path.is_file():
        raise SchemeArgError(f"{arg}: no such scheme file or stored scheme id "
                             "(a scheme JSON from `kaohe extract -o`, or an id from `kaohe schemes list`)")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SchemeArgError(f"{arg}: not a scheme JSON file ({exc})") from None
    if isinstance(data, dict) and isinstance(data.get("scheme"), dict) and "metadata" not in data:
        data = data["scheme"]  # an envelope such as {"scheme": {...}, ...}
    try:
        return Scheme.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise SchemeArgError(f"{arg}: not a valid scheme ({exc.error_count()} problem(s); first at {where}: "
                             f"{first['msg']})") from None


def _record_run(ref: str, home: Path | None, submissions: Path, outdir: Path, options: dict) -> None:
    """Remember the run in the store (the same inputs give the same run)."""
    from schemes.store import Store, file_sha256

    with Store.open(home) as store:
        run = store.record_score_run(ref, submissions_sha256=file_sha256(submissions), options=options,
                                     outputs=str(outdir.resolve()))
    console.print(f"score run {run.id} recorded for scheme {ref}", highlight=False)


@app.command("score")
@friendly_errors
def score_cmd(
    scheme: str = typer.Argument(..., help="scheme JSON file (from `kaohe extract -o`) or stored id (3, 3@published)"),
    submissions: Path = typer.Argument(..., help="submissions: CSV or XLSX, long (unit,item,input,value) or wide"),
    outdir: Path = typer.Option(..., "-o", "--out", help="output folder (replaced atomically)"),
    home: Path | None = typer.Option(None, "--home", help="workspace of the scheme store (default: KAOHE_HOME or ./kaohe-data)"),
    units: Path | None = typer.Option(None, "--units", help="unit list (one per line); unknown units are errors"),
    missing_zero: bool = typer.Option(False, "--missing-zero",
                                      help="score items with missing inputs as 0 and flag them"),
    max_errors: int = typer.Option(50, "--max-errors", min=1, help="most problems listed when validation fails"),
    no_report: bool = typer.Option(False, "--no-report", help="skip report.html"),
) -> None:
    """Score units' submissions against a scheme; write results, explanations and a report."""
    from pipeline.scoring.output import write_all

    sch = load_scheme_arg(scheme, home)
    unit_list = read_unit_list(units) if units else None
    res = score_file(sch, submissions, units=unit_list, missing_zero=missing_zero, max_errors=max_errors)
    write_all(res, outdir, report=not no_report)
    if STORE_REF.match(scheme) and not Path(scheme).is_file():
        _record_run(scheme, home, submissions, outdir, {"missing_zero": missing_zero, "units": units is not None})
    table = RichTable(title=f"{sch.metadata.title} — {res.n} units")
    for col in ("rank", "unit", "total", "grade", "veto"):
        table.add_column(col)
    order = sorted(range(res.n), key=lambda u: (int(res.rank[u]), u))
    for u in order[:20]:
        table.add_row(str(int(res.rank[u])), res.units[u], fmt(int(res.total[u])), res.grade[u],
                      ";".join(res.veto_ids(u)))
    console.print(table)
    if res.n > 20:
        console.print(f"… {res.n - 20} more units", highlight=False)
    for note in res.notes:
        console.print(f"[yellow]note:[/yellow] {note}", highlight=False)
    console.print(f"wrote {outdir}/results.csv, results.xlsx, results.json, explanations.json"
                  + ("" if no_report else ", report.html"), highlight=False)


@app.command("template")
@friendly_errors
def template_cmd(
    scheme: str = typer.Argument(..., help="scheme JSON file (from `kaohe extract -o`)"),
    out: Path = typer.Option(..., "-o", "--out", help="the workbook to write (.xlsx)"),
    units: Path | None = typer.Option(None, "--units", help="unit list to pre-fill (one per line)"),
) -> None:
    """Write the wide Excel template for a scheme's submissions (one row per unit)."""
    from pipeline.scoring.template import write_template

    sch = load_scheme_arg(scheme)
    unit_list = read_unit_list(units) if units else None
    write_template(sch, out, unit_list)
    console.print(f"wrote {out}", highlight=False)
