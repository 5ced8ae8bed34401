"""`kaohe extract FILE` and `kaohe eval GOLD_DIR`."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

from functools import lru_cache

import typer

from extractors import ReadError, read_document
from kaohe.i18n import _
from schemes.atomic import write_text_atomic
from schemes.labels import flag_label, kind_label

from . import app
from .common import friendly_errors, register_user_error, shared_console, write_stdout
from .ocr_progress import NO_OCR_HELP, ocr_progress

register_user_error(ReadError)  # commands load lazily: each registers the errors it can meet


# rich is imported only when something is printed through it (not for the scheme JSON on stdout)
def console():
    return shared_console("console")


@lru_cache(maxsize=1)
def err_console():
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True)


class OutputFormat(str, Enum):
    scheme = "scheme"
    items = "items"


@app.command("extract")
@friendly_errors
def extract(
    file: Path | None = typer.Argument(None, help="notice file (docx, pdf, html, txt, xlsx)"),
    output: Path | None = typer.Option(None, "-o", "--out", help="write the scheme JSON here"),
    fmt: OutputFormat = typer.Option(OutputFormat.scheme, "--format",
                                     help="scheme: the full scheme JSON; items: JSON lines, one per entry"),
    no_ocr: bool = typer.Option(False, "--no-ocr", help=NO_OCR_HELP),
    explain: bool = typer.Option(False, "--explain", help="print the extraction's decisions (header band, column "
                                 "roles and their evidence, row kinds, readings chosen, fallbacks) on stderr"),
    stages: bool = typer.Option(False, "--stages", help="list the extraction stages with what each requires and "
                                "assigns, and check that every requirement is met; no FILE needed"),
) -> None:
    """Extract the assessment scheme of a notice."""
    from pipeline.extract import extract_scheme_explained
    from pipeline.flat import flat_entries

    if stages:
        _print_stages()
        return
    if file is None:
        raise typer.BadParameter("a notice FILE is needed (or --stages)")

    with ocr_progress() as progress:
        document = read_document(file, ocr=not no_ocr, progress=progress)
    scheme, decisions = extract_scheme_explained(document)
    if explain:
        _print_explain(scheme, decisions)
    if scheme.kind == "not_a_scheme" and fmt is OutputFormat.items:
        reason = next((f.message for f in scheme.flags if f.kind == "not_a_scheme"), _("no items were found"))
        err_console().print(_("{file}: not an assessment scheme: {reason}").format(file=file.name, reason=reason),
                          highlight=False, markup=False)
    if fmt is OutputFormat.items:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in flat_entries(scheme))
    else:
        text = scheme.model_dump_json(indent=1) + "\n"
    if output:
        write_text_atomic(output, text)
        console().print(_("wrote {file}: {kind}, {n} items, {flags} open flag(s)").format(
            file=output, kind=kind_label(scheme.kind), n=len(scheme.items), flags=len(scheme.open_flags)),
            highlight=False, markup=False)
        for flag in scheme.open_flags:  # flag messages quote the notice: never read them as markup
            console().print(f"  {flag_label(flag.kind)}: {flag.message}", highlight=False, markup=False)
    elif text:
        write_stdout(text)


def _print_stages() -> None:
    from pipeline.extract import check_stages, pipeline
    from pipeline.extract.readers import READERS

    for number, stage in enumerate(pipeline(), start=1):
        console().print(f"{number}. {stage.describe()}", highlight=False, markup=False)
    console().print("readers (readings stage):", highlight=False)
    for r in READERS:
        console().print(f"  {r.region}: {r.name}/{r.variant} (priority {r.priority}): {r.doc}", highlight=False, markup=False)
    problems = check_stages()
    for problem in problems:
        err_console().print(problem, highlight=False, markup=False)
    if problems:
        raise typer.Exit(1)
    console().print("every requirement is assigned by an earlier stage", highlight=False)


def _print_explain(scheme, decisions: list[str]) -> None:
    """The decisions, then what came of them (stderr, so stdout stays the scheme)."""
    err_console().print(f"[bold]decisions[/bold] ({scheme.kind}, {len(scheme.items)} items, "
                      f"confidence {scheme.confidence if scheme.confidence is not None else '-'})", highlight=False)
    for line in decisions:
        err_console().print(f"  {line}", highlight=False, markup=False)
    for flag in scheme.flags:
        err_console().print(f"  flag {flag.kind}: {flag.message}", highlight=False, markup=False)


def _calibration(scores, total) -> str:
    """Does confidence tell a reviewer where to look?  AUROC of item confidence, and the
    documents whose scheme confidence contradicts their accuracy (bad reading ≥ 0.7, good < 0.8)."""
    from .measures import calibration_line

    read = [s for s in scores if not s.expected_not_scheme and s.error is None and s.confidence is not None]
    m = lambda s: s.points_ok / s.matched if s.matched else 0.0  # noqa: E731
    bad = [s for s in read if (s.f1 < 0.8 or m(s) < 0.9) and s.confidence >= 0.7]
    good = [s for s in read if s.f1 >= 0.95 and m(s) >= 0.98 and s.confidence < 0.8]
    return calibration_line("item", total.auroc, [
        f"poor readings (F1 < 0.8 or points < 0.9) with scheme confidence ≥ 0.7: {len(bad)}"
        + (f" ({', '.join(s.fixture for s in bad)})" if bad else ""),
        f"good readings (F1 ≥ 0.95, points ≥ 0.98) below 0.8: {len(good)}"
        + (f" ({', '.join(s.fixture for s in good)})" if good else "")])


@app.command("eval")
def evaluate_cmd(
    gold_dir: Path = typer.Argument(..., help="folder of gold scheme files (*.json)"),
    fixtures: Path | None = typer.Option(None, help="folder of the notices the gold files name "
                                                    "(default: GOLD_DIR/../fixtures, GOLD_DIR/.., GOLD_DIR, "
                                                    "tests/data/corpus)"),
    min_f1: float = typer.Option(0.98, help="minimum overall item F1"),
    min_mean_f1: float = typer.Option(0.0, help="minimum mean of the per-file F1"),
    min_worst_f1: float = typer.Option(0.0, help="minimum F1 of the worst file"),
    min_points: float = typer.Option(0.99, help="minimum share of matched items with exact points"),
    min_departments: float = typer.Option(0.95, help="minimum department accuracy"),
    min_rules: float = typer.Option(0.90, help="minimum rule-kind accuracy"),
    targets: str = typer.Option("fixtures", help="fixtures: every threshold, expected flags and totals; corpus: "
                                "mean F1 ≥ 0.95, worst ≥ 0.85, points ≥ 0.98 and no scheme read as not_a_scheme "
                                "(departments, rule kinds, flags and totals reported only)"),
    verbose: bool = typer.Option(False, "-v", help="list every mismatch"),
) -> None:
    """Measure extraction against gold schemes; exit 1 below the thresholds."""
    corpus = targets == "corpus"
    if corpus:
        min_f1, min_mean_f1, min_worst_f1, min_points = 0.0, max(min_mean_f1, 0.95), max(min_worst_f1, 0.85), 0.98
        min_departments = min_rules = 0.0
    from rich.text import Text

    from pipeline.evaluate import evaluate, summarize

    from .measures import below, finish, score_table

    scores = evaluate(gold_dir, fixtures)
    rows, mismatches = [], []
    for s in scores:
        name = Text(s.fixture)
        if s.error:
            rows.append([name, "", "", "", "", "", "", "", "", "", "", "", Text(s.error, style="red")])
            continue
        if s.expected_not_scheme:
            ok = Text("not a scheme ✓") if not s.is_scheme else Text("extracted a scheme", style="red")
            rows.append([name, "", "", "", "", "", "", "", f"{s.flags_found}/{s.flags_expected}", "", "", "", ok])
            continue
        m = s.matched or 1
        note = Text("not_a_scheme", style="red") if not s.is_scheme else Text(", ".join(s.missing_flags))
        rows.append([
            name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.points_ok / m:.3f}",
            f"{s.departments_ok / (s.departments_total or 1):.3f}", f"{s.rules_ok}/{s.rules_total}",
            f"{s.paths_ok / m:.3f}", f"{s.flags_found}/{s.flags_expected}",
            "✓" if s.totals_ok else Text("✗", style="red"), f"{s.confidence:.2f}" if s.confidence is not None else "",
            f"{s.mentions[0]}/{s.mentions[1]}" if s.mentions[1] else "", note,
        ])
        mismatches += [f"  {s.fixture}: {line}" for line in s.mismatches] if verbose else []
    total = summarize(scores)
    score_table(f"extraction vs {gold_dir}",
                ("fixture", "P", "R", "F1", "points", "depts", "rules", "paths", "flags", "totals", "conf", "mentions",
                 "note"),
                rows, ["overall", "", "", f"{total.f1:.3f}", f"{total.points:.3f}", f"{total.departments:.3f}",
                       f"{total.rules:.3f}", f"{total.paths:.3f}", f"{total.flags_found}/{total.flags_expected}",
                       "✓" if total.totals_ok else "✗", "", f"{total.mentions:.3f}",
                       f"mean F1 {total.mean_f1:.3f}, worst {total.worst_f1:.3f}"])
    for line in mismatches:
        console().print(line, highlight=False, markup=False)
    console().print(f"item F1 overall {total.f1:.3f}, mean {total.mean_f1:.3f}, worst {total.worst_f1:.3f} "
                  f"({total.worst}); points {total.points:.3f}; rule kinds {total.rules:.3f}; "
                  f"category paths {total.paths:.3f}", highlight=False, soft_wrap=True)
    console().print(f"point mentions accounted for: {total.mentions:.3f} overall; documents below 98 %: "
                  f"{len(total.mentions_short)}" + (f" ({', '.join(total.mentions_short)})" if total.mentions_short else ""),
                  highlight=False, markup=False, soft_wrap=True)
    console().print(_calibration(scores, total), highlight=False, markup=False, soft_wrap=True)
    failures = below([("item F1", total.f1, min_f1), ("mean item F1", total.mean_f1, min_mean_f1),
                      ("worst item F1", total.worst_f1, min_worst_f1), ("points", total.points, min_points),
                      ("departments", total.departments, min_departments), ("rule kinds", total.rules, min_rules)])
    if total.flags_found < total.flags_expected and not corpus:
        failures.append(f"expected flags found {total.flags_found}/{total.flags_expected}")
    if not total.totals_ok and not corpus:
        failures.append("totals do not reconcile with the gold")
    if not total.not_schemes_ok:
        failures.append("a non-scheme document was extracted as a scheme")
    if not total.schemes_ok:
        failures.append("a scheme document came back not_a_scheme")
    if total.errors:
        failures.append(f"{total.errors} fixture(s) could not be read")
    finish(failures)
