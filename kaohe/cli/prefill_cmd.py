"""`kaohe prefill SCHEME REPORT… -o FILE` and `kaohe eval-prefill [FOLDER]`.

Self-evaluation reports in, a prefilled submission template out: every proposed value with the
sentence it came from.  Text from the reports is printed as text, never as rich markup.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from . import app
from kaohe.i18n import _
from .common import console, err_console, friendly_errors, register_user_error


def _register_errors() -> None:
    from pipeline.prefill.output import DuplicateUnit
    from pipeline.scoring.errors import SchemeArgError, SchemeNotScorable

    for exc in (SchemeArgError, SchemeNotScorable, DuplicateUnit):
        register_user_error(exc)


_register_errors()


@app.command("prefill")
@friendly_errors
def prefill_cmd(
    scheme: str = typer.Argument(..., help="scheme JSON file (from `kaohe extract -o`) or stored id (3, 3@published)"),
    reports: list[Path] = typer.Argument(..., help="self-evaluation reports (docx, pdf, html, txt, .doc, scans) "
                                                   "or folders of them; one report per unit"),
    out: Path = typer.Option(..., "-o", "--out", help="the prefilled submission: .xlsx (wide template + evidence "
                                                      "sheet) or .csv (long form)"),
    fmt: str | None = typer.Option(None, "--format", help="xlsx or csv (default: from OUT's suffix)"),
    unit: str | None = typer.Option(None, "--unit", help="the unit, when the report does not name it (one report)"),
    units: Path | None = typer.Option(None, "--units", help="unit list (one per line): names to look for in reports"),
    json_out: Path | None = typer.Option(None, "--json", help="also write every proposal, candidate and sentence "
                                                              "as JSON (for the review page's prefill view)"),
    review: bool = typer.Option(False, "--review", help="also keep the run in the workspace for the review page's "
                                                        "prefill view (`kaohe serve` → /prefill), where raters "
                                                        "confirm values into a confirmed submission"),
    home: Path | None = typer.Option(None, "--home", help="workspace of the scheme store (and of --review runs)"),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="do not OCR scanned reports"),
    overwrite: bool = typer.Option(False, "--overwrite", help="replace OUT if it exists"),
) -> None:
    """Prefill submissions from self-evaluation reports: every value with its evidence sentence, to confirm."""
    from pipeline.prefill.batch import prefill_reports, report_files
    from pipeline.prefill.output import write_csv, write_xlsx
    from pipeline.scoring import read_unit_list
    from schemes.atomic import check_output_file, write_text_atomic

    from .score_cmd import load_scheme_arg

    kind = (fmt or out.suffix.lstrip(".")).lower()
    if kind not in ("xlsx", "csv"):
        raise typer.BadParameter(_("{file}: use a .xlsx or .csv file, or --format xlsx|csv").format(file=out))
    files = report_files(reports)
    if not files:
        raise typer.BadParameter(_("no report files given (folders are searched for files kaohe reads)"))
    if unit and len(files) > 1:
        raise typer.BadParameter(_("--unit names the unit of one report; give one report with it"))
    inputs = [*files, *([Path(scheme)] if Path(scheme).is_file() else [])]
    check_output_file(out, inputs=inputs, suffixes=(".xlsx", ".csv") if fmt is None else (), overwrite=overwrite)
    if json_out:
        check_output_file(json_out, inputs=inputs, suffixes=(".json",), overwrite=overwrite)
    sch = load_scheme_arg(scheme, home)
    known = read_unit_list(units) if units else None
    batch = prefill_reports(sch, files, unit=unit, known_units=known, ocr=not no_ocr)
    for file, reason in batch.failures:
        err_console.print(Text("kaohe: " + _("{reason} — skipped").format(reason=reason)), highlight=False,
                          soft_wrap=True)
    if not batch.results:
        raise typer.Exit(code=1)
    table = Table(_("report"), _("unit"), _("proposed"), _("check"), _("linked"), _("no evidence"))
    for r in batch.results:
        ps = [p for t in r.targets for p in t.proposals]
        table.add_row(Text(r.file), Text(f"{r.unit} ({r.unit_source})"),
                      str(sum(p.status == "proposed" for p in ps)), str(sum(p.check for p in ps)),
                      str(sum(p.status == "linked" for p in ps)), str(sum(p.status == "no evidence" for p in ps)))
    console.print(table)
    if kind == "csv":
        write_csv(sch, batch.results, out)
    else:
        write_xlsx(sch, batch.results, out)
    if json_out:
        write_text_atomic(json_out, json.dumps([r.model_dump(mode="json") for r in batch.results],
                                               ensure_ascii=False, indent=1))
    console.print(Text(_("wrote {file}: {n} unit(s); every value is `proposed` until a rater confirms it").format(
        file=out, n=len(batch.results))), soft_wrap=True)
    if review:
        from pipeline.prefill.runs import PrefillRuns
        from schemes.workspace import Workspace

        runs = PrefillRuns(Workspace.resolve(home).home)
        run_id = runs.create(sch, str(scheme), batch.results)
        console.print(Text(_("prefill run {run}: confirm at /prefill/{run} (`kaohe serve`); confirmed values are "
                             "written to {file}").format(run=run_id, file=runs.submission(run_id))), soft_wrap=True)
    if batch.failures:
        raise typer.Exit(code=1)


@app.command("eval-prefill")
@friendly_errors
def eval_prefill_cmd(
    folder: Path = typer.Argument(Path("tests/data/prefill"), help="test set: schemes/, reports/, gold/"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as JSON"),
    min_f1: float = typer.Option(0.90, "--min-f1", help="fail below this linking F1"),
    min_exact: float = typer.Option(0.85, "--min-exact", help="fail below this share of exact values"),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="list every wrong link and value"),
) -> None:
    """Measure prefill against hand-written gold: linking P/R, exact values, wrong values flagged."""
    from pipeline.prefill.evaluate import evaluate, totals

    from .measures import below, calibration_line, finish, score_table

    scores = evaluate(folder)
    tot = totals(scores)
    failures = below([("linking F1", tot["f1"], min_f1), ("exact values", tot["exact"], min_exact),
                      ("wrong values flagged or check", tot["wrong_flagged"], 1.0)])
    if as_json:
        data = {"reports": [{"report": s.report, "unit_ok": s.unit_ok, "precision": s.precision, "recall": s.recall,
                             "values": s.values_gold, "exact": s.values_exact, "wrong": s.wrong,
                             "wrong_flagged": s.wrong_flagged, "problems": s.problems} for s in scores],
                "totals": tot, "below_target": failures}
        console.print_json(json.dumps(data, ensure_ascii=False))
        if failures:
            raise typer.Exit(code=1)
    else:
        score_table(f"prefill vs {folder}", ("report", "unit", "link P", "link R", "exact values", "wrong",
                                             "flagged/check"),
                    [[Text(s.report), "ok" if s.unit_ok else "wrong", f"{s.precision:.2f}", f"{s.recall:.2f}",
                      f"{s.values_exact}/{s.values_gold}", str(s.wrong), str(s.wrong_flagged)] for s in scores],
                    ["overall", f"{tot['units']:.2f}", f"{tot['precision']:.3f}", f"{tot['recall']:.3f}",
                     f"{tot['exact']:.3f} of {tot['values']}", str(tot["wrong"]), f"{tot['wrong_flagged']:.2f}"])
        if verbose:
            for s in scores:
                for p in s.problems:
                    console.print(Text(f"{s.report}: {p}"), highlight=False)
        console.print(Text(
            f"{tot['reports']} reports: linking P {tot['precision']:.3f} R {tot['recall']:.3f} F1 {tot['f1']:.3f}; "
            f"exact values {tot['exact']:.3f} of {tot['values']}; wrong values {tot['wrong']}, flagged or check "
            f"{tot['wrong_flagged']:.2f}; units named right {tot['units']:.2f}"), highlight=False, soft_wrap=True)
        console.print(Text(calibration_line("value", tot["auroc"], [
            f"wrong values shown as check: {sum(s.wrong_flagged for s in scores)} of {tot['wrong']}"])),
            highlight=False, soft_wrap=True)
        finish(failures)
