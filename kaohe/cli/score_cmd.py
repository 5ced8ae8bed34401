"""`kaohe score SCHEME SUBMISSIONS -o OUTDIR`, `kaohe explain OUTDIR UNIT` and `kaohe template SCHEME -o FILE`.

Heavy imports (pandas, the scoring engine) happen inside the commands; text
from the data is printed as text, never as rich markup.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import typer
from rich.markup import escape
from rich.text import Text

from . import app
from kaohe.i18n import _

from .common import console, friendly_errors, register_user_error

STORE_REF = re.compile(r"^\d+(@(\d+|latest|published))?$")


def _register_errors() -> None:
    from pipeline.scoring.errors import SchemeArgError, SchemeNotScorable, SubmissionError

    for exc in (SubmissionError, SchemeArgError, SchemeNotScorable):
        register_user_error(exc)


_register_errors()


def load_scheme_arg(arg: str | Path, home: Path | None = None):
    """The scheme named on the command line: a scheme JSON file (from `kaohe extract -o`),
    or a stored scheme's id (`3`, `3@2`, `3@published`) with its corrections applied."""
    from pydantic import ValidationError

    from pipeline.scoring.errors import SchemeArgError
    from schemes.model import Scheme

    path = Path(arg)
    if not path.is_file() and STORE_REF.match(str(arg)):
        from schemes.store import Store, StoreError

        try:
            with Store.open(home, create=False) as store:
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

    with Store.open(home, create=False) as store:
        run = store.record_score_run(ref, submissions_sha256=file_sha256(submissions), options=options,
                                     outputs=str(outdir.resolve()))
    console.print(_("score run {run} recorded for scheme {ref}").format(run=run.id, ref=escape(ref)), highlight=False)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@app.command("score")
@friendly_errors
def score_cmd(
    scheme: str = typer.Argument(..., help="scheme JSON file (from `kaohe extract -o`) or stored id (3, 3@published)"),
    submissions: Path = typer.Argument(..., help="submissions: CSV, XLSX or Parquet, long (unit,item,input,value) "
                                     "or wide; long CSV/Parquet are read in chunks of units (bounded memory)"),
    outdir: Path = typer.Option(..., "-o", "--out", help="output folder: new, empty, or one kaohe wrote before "
                                                        "(replaced atomically); any other folder is refused"),
    home: Path | None = typer.Option(None, "--home", help="workspace of the scheme store (default: KAOHE_HOME or ./kaohe-data)"),
    units: Path | None = typer.Option(None, "--units", help="unit list (one per line); unknown units are errors"),
    missing_zero: bool = typer.Option(False, "--missing-zero",
                                      help="score items with missing inputs as 0 and flag them"),
    max_errors: int = typer.Option(50, "--max-errors", min=1, help="most problems listed when validation fails"),
    no_report: bool = typer.Option(False, "--no-report", help="skip report.html"),
    explain: bool = typer.Option(False, "--explain", help="also write explanations.json (every unit, item by item; "
                                                          "`kaohe explain OUTDIR UNIT` gives one unit on demand)"),
) -> None:
    """Score units' submissions against a scheme; write results, a report and (--explain) explanations."""
    from pipeline.scoring import Contract, read_unit_list
    from pipeline.scoring.output import write_all
    from pipeline.scoring.stream import scored
    from schemes.atomic import check_output_dir

    inputs = [submissions, *([Path(scheme)] if Path(scheme).is_file() else []), *([units] if units else [])]
    check_output_dir(outdir, inputs=inputs)  # refuse before the work, not after
    if submissions.name.startswith("~$"):
        from pipeline.scoring.errors import SchemeArgError

        raise SchemeArgError(_("{file}: an Excel lock file (Excel keeps it while {original} is open), not "
                               "submissions; close Excel and score {original}").format(
            file=submissions.name, original=submissions.name[2:]))
    sch = load_scheme_arg(scheme, home)
    if submissions.suffix.lower() in (".xlsx", ".xlsm"):
        from pipeline.scoring.template import check_template

        check_template(submissions, sch)
    unit_list = read_unit_list(units) if units else None
    problems: list[str] = []
    with scored(submissions, Contract(sch), units=unit_list, missing_zero=missing_zero,
                max_errors=max_errors, explain_all=explain) as (res, explanations):
        run = {"submissions": str(submissions.resolve()), "submissions_sha256": _sha256(submissions),
               "missing_zero": missing_zero, "units": unit_list}
        write_all(res, outdir, report=not no_report, explain=explain, inputs=inputs, run=run,
                  explanations=explanations, documents=True, problems=problems)
    for problem in problems:
        console.print(f"[yellow]{escape(problem)}[/yellow]", highlight=False)
    if STORE_REF.match(scheme) and not Path(scheme).is_file():
        _record_run(scheme, home, submissions, outdir, {"missing_zero": missing_zero, "units": units is not None})
    print_ranking(res, sch.metadata.title)
    from pipeline.scoring.documents import FEEDBACK_DIR, NOTICE, formats

    docs = [f"{NOTICE}.{k}" for k in ("docx", "pdf") if k in formats()] + ([f"{FEEDBACK_DIR}/"] if formats() else [])
    wrote = ["results.csv", "results.xlsx", "results.json", "results.parquet", "results_long.parquet",
             *(["explanations.json"] if explain else []),
             *([] if no_report else ["report.html"]), *docs]
    console.print(Text(_("wrote {files}").format(files=f"{outdir}/{', '.join(wrote)}")))


def print_ranking(res, title: str | None, top: int = 20) -> None:
    """The best ``top`` units; every text from the data is shown literally (no markup)."""
    from rich.table import Table as RichTable

    from pipeline.scoring.numbers import fmt

    table = RichTable(title=Text(f"{title or ''} — " + _("{n} units").format(n=res.n)))
    for col in (_("rank"), _("unit"), _("total score"), _("grade"), _("veto")):
        table.add_column(col)
    order = sorted(range(res.n), key=lambda u: (int(res.rank[u]), u))
    for u in order[:top]:
        table.add_row(str(int(res.rank[u])), Text(res.units[u]), fmt(int(res.total[u])), Text(res.grade[u]),
                      Text(";".join(res.veto_ids(u))))
    console.print(table)
    if res.n > top:
        console.print(_("… {n} more units").format(n=res.n - top), highlight=False)
    for note in res.notes:
        console.print(Text.assemble((_("note: "), "yellow"), note))


@app.command("explain")
@friendly_errors
def explain_cmd(
    outdir: Path = typer.Argument(..., help="a folder written by `kaohe score`"),
    unit: str = typer.Argument(..., help="the unit to explain, as named in the submissions"),
    as_json: bool = typer.Option(False, "--json", help="print the explanation as JSON"),
) -> None:
    """Explain one unit's scores from a `kaohe score` output folder."""
    from pipeline.scoring import SchemeArgError, score_file
    from pipeline.scoring.explain import Explainer
    from pipeline.scoring.output import RUN_FILE, SCHEME_FILE

    run_file = outdir / RUN_FILE
    if not run_file.is_file():
        raise SchemeArgError(f"{outdir}: not a folder written by `kaohe score` (no {RUN_FILE})")
    run = json.loads(run_file.read_text(encoding="utf-8"))
    subs = Path(run["submissions"])
    if not subs.is_file() or _sha256(subs) != run["submissions_sha256"]:
        raise SchemeArgError(f"{subs}: the submissions changed or moved since the run; score again")
    sch = load_scheme_arg(outdir / SCHEME_FILE)
    data = _explain_one(outdir, sch, subs, unit, run)
    if data is None:  # a file read whole (XLSX, wide), or a folder written before results.parquet
        res = score_file(sch, subs, units=run.get("units"), missing_zero=run.get("missing_zero", False))
        if unit not in res.units:
            raise SchemeArgError(f"{unit}: no such unit in this run ({res.n} units, e.g. {res.units[0]})")
        data = Explainer(res).unit_dict(res.units.index(unit))
    if as_json:
        from .common import write_stdout

        write_stdout(json.dumps(data, ensure_ascii=False, indent=1))
        return
    print_unit(data)


def _explain_one(outdir: Path, sch, subs: Path, unit: str, run: dict) -> dict | None:
    """One unit's explanation reading only that unit: its facts (the submissions read in blocks) and
    its row of results.parquet (rank, grade, award tie); None when the run cannot be read that way."""
    import pyarrow.parquet as pq

    from pipeline.scoring import Contract, SchemeArgError
    from pipeline.scoring.explain import Explainer
    from pipeline.scoring.stream import NotStreamable, score_one_unit, with_standing

    table = outdir / "results.parquet"
    if not table.is_file():
        return None
    if run.get("units") is not None and unit not in run["units"]:
        raise SchemeArgError(f"{unit}: no such unit in this run (not in its unit list)")
    names = pq.read_schema(table).names  # by position (unit, total, rank, grade … flags): headers may be translated
    cols = [names[0], names[2], names[3], names[-1]]
    row = pq.read_table(table, columns=cols, filters=[(names[0], "==", unit)]).rename_columns(
        ["unit", "rank", "grade", "flags"])
    if row.num_rows == 0:
        f = pq.ParquetFile(table)
        first = f.read_row_group(0, columns=[names[0]]).column(0)[0].as_py() if f.metadata.num_rows else "—"
        raise SchemeArgError(f"{unit}: no such unit in this run ({f.metadata.num_rows} units, e.g. {first})")
    try:
        res = score_one_unit(subs, Contract(sch), unit, missing_zero=run.get("missing_zero", False))
    except NotStreamable:
        return None
    first = row.slice(0, 1).to_pylist()[0]
    return Explainer(with_standing(res, first["rank"], first["grade"], first["flags"])).unit_dict(0)


def print_unit(data: dict) -> None:
    from rich.table import Table as RichTable

    console.print(Text(f"{data['rank']}. {data['unit']} — {data['total']}"
                       + (f" · {data['grade']}" if data["grade"] else "")))
    console.print(Text(data["total_explanation"]))
    table = RichTable()
    for col in ("item", "rule", "inputs", "arithmetic", "score"):
        table.add_column(col)
    for it in [*data["items"], *data["entries"], *(v for v in data["vetoes"] if v["inputs"])]:
        inputs = "; ".join(f"{f['input']}={f['value']}" for f in it["inputs"])
        score = f"{it['score']}" + (f" / {it['max']}" if it.get("max") is not None else "")
        table.add_row(Text(it["id"]), Text(it["rule"]), Text(inputs), Text(it["arithmetic"]), score)
    console.print(table)


@app.command("template")
@friendly_errors
def template_cmd(
    scheme: str = typer.Argument(..., help="scheme JSON file (from `kaohe extract -o`) or stored id"),
    out: Path = typer.Option(..., "-o", "--out", help="the file to write: .xlsx (wide workbook) or .csv (long form)"),
    units: Path | None = typer.Option(None, "--units", help="unit list to pre-fill (one per line)"),
    overwrite: bool = typer.Option(False, "--overwrite", help="replace OUT if it exists (it may be a filled-in copy)"),
    home: Path | None = typer.Option(None, "--home",
                                     help="workspace of the scheme store (default: KAOHE_HOME or ./kaohe-data)"),
    like: str | None = typer.Option(None, "--like", help="last year's scheme (JSON file or stored id): note the "
                                    "columns that are new this year and the items that had other ids"),
) -> None:
    """Write the submission template for a scheme: wide workbook (.xlsx) or long CSV (.csv)."""
    from pipeline.scoring import read_unit_list
    from pipeline.scoring.template import write_template, write_template_csv
    from schemes.atomic import check_output_file

    inputs = [p for p in (Path(scheme), units) if p is not None and p.is_file()]
    check_output_file(out, inputs=inputs, suffixes=(".xlsx", ".csv"), overwrite=overwrite)
    sch = load_scheme_arg(scheme, home)
    ref = None
    if STORE_REF.match(scheme) and not Path(scheme).is_file():
        from schemes.store import Store

        with Store.open(home, create=False) as store:
            ref = store.get(scheme).ref
    unit_list = read_unit_list(units) if units else None
    if like is not None:
        from pipeline.scoring.template_like import like_notes, write_template_like

        last = load_scheme_arg(like, home)
        if out.suffix.lower() == ".csv":
            write_template_csv(sch, out, unit_list)
            notes = like_notes(last, sch)
        else:
            _path, notes = write_template_like(sch, last, out, unit_list, ref=ref)
        none = _("none")
        console.print(Text(_("wrote {files}").format(files=out)))
        console.print(Text(_("new this year: {new}; other id last year: {renumbered}; removed: {removed}").format(
            new=", ".join(notes.new) or none,
            renumbered=", ".join(_("{new} (was {old})").format(new=n, old=o) for n, o in notes.renumbered.items())
            or none,
            removed=", ".join(notes.removed) or none)))
        return
    if out.suffix.lower() == ".csv":
        write_template_csv(sch, out, unit_list)
    else:
        write_template(sch, out, unit_list, ref=ref)
    console.print(Text(_("wrote {files}").format(files=out)))
