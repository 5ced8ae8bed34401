"""`kaohe schemes compare|series|proposals|accept|table`: a notice year after year.

Registered on the `schemes` group (:mod:`kaohe.cli.store_common`) when :mod:`kaohe.cli.store_cmd` imports it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer
from rich.markup import escape
from rich.table import Table as RichTable

from schemes.atomic import check_output_file
from schemes.compare import Comparison, compare
from schemes.model import Scheme
from schemes.store import NotFound, StoreError

from kaohe.i18n import _
from schemes.labels import change_label, status_label

from .common import console, friendly_errors
from .store_common import AUTHOR, HOME, JSON, REVISION, say, schemes_app
from .store_common import base_revision as _base
from .store_common import open_store as _open
from .store_common import print_json as _json
from .store_common import short as _short

OVERWRITE = typer.Option(False, "--overwrite", help="replace the output file if it exists")


def load_scheme(arg: str, home: Optional[Path]) -> tuple[str, Scheme]:
    """A scheme JSON file, or a stored scheme (``3``, ``3@2``, ``3@published``): (label, scheme).
    The store is opened only for a stored scheme."""
    path = Path(arg)
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            return path.name, Scheme.model_validate(data.get("scheme", data) if "metadata" not in data else data)
        except (ValueError, AttributeError) as exc:
            raise StoreError(_("{file}: not a scheme JSON file ({why})").format(
                file=arg, why=str(exc).splitlines()[0])) from None
    with _open(home) as store:
        info = store.get(arg)
    return info.ref, info.scheme


# --------------------------------------------------------------------------- compare


@schemes_app.command("compare")
@friendly_errors
def compare_cmd(
    old: str = typer.Argument(..., help="last year's scheme: ID, ID@VERSION or a scheme JSON file"),
    new: str = typer.Argument(..., help="this year's scheme: ID, ID@VERSION or a scheme JSON file"),
    as_json: bool = typer.Option(False, "--json", help="print the list of changes as JSON"),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="also write the changes to this .xlsx"),
    overwrite: bool = OVERWRITE,
    home: Optional[Path] = HOME,
) -> None:
    """What changed from last year's scheme to this year's: items added, removed, moved, split or merged,
    points, criteria (word diff), rules, departments; categories, bonus, deductions, veto, grades, weights."""
    if out is not None:
        check_output_file(out, suffixes=(".xlsx",), overwrite=overwrite)
    (ol, o), (nl, n) = load_scheme(old, home), load_scheme(new, home)
    result = compare(o, n, ol, nl)
    if out is not None:
        from schemes.compare_xlsx import write_comparison

        write_comparison(result, out)
    if as_json:
        _json(result.as_json())
        return
    print_comparison(result)
    if out is not None:
        say(_("wrote {files}").format(files=escape(str(out))))


def print_comparison(c: Comparison) -> None:
    items = len({(m, n) for m, ns in c.mapping.items() for n in ns})
    say(f"[bold]{escape(c.old)} → {escape(c.new)}[/bold]: " + _(
        "{n} item(s) new or changed, {added} added, {removed} removed, {aligned} aligned").format(
        n=c.changed_items, added=len(c.added), removed=len(c.removed), aligned=items))
    if not c.changes:
        say(_("no changes"))
        return
    table = RichTable()
    for col in (_("change"), _("old"), _("new"), _("item"), _("what")):
        table.add_column(col, overflow="fold")

    def side(s) -> str:
        return "—" if s is None else escape(s.id + ("" if s.points is None else f" ({s.points:g})"))

    for ch in c.changes:
        shown = ch.new or ch.old
        table.add_row(escape(change_label(ch.change)), side(ch.old), side(ch.new), escape(_short(shown.text, 16) if shown else ""),
                      escape(ch.detail))
    console.print(table)


# --------------------------------------------------------------------------- series


@schemes_app.command("series")
@friendly_errors
def series_cmd(
    scheme: Optional[int] = typer.Argument(None, help="a scheme ID: show (or change) its series; none: list all"),
    to: Optional[int] = typer.Option(None, "--to", help="move the scheme to this series"),
    new_name: Optional[str] = typer.Option(None, "--new", help="move the scheme to a new series of this name"),
    confirm: bool = typer.Option(False, "--confirm", help="confirm the series found on ingestion"),
    author: Optional[str] = typer.Option(None, "--author", help="who confirms or changes (recorded)"),
    revision: Optional[int] = REVISION,
    as_json: bool = JSON,
    home: Optional[Path] = HOME,
) -> None:
    """Series: each notice year after year (issuer + title without the year). List them, show one
    scheme's series, or confirm / change it (--confirm, --to ID, --new NAME; audited)."""
    with _open(home) as store:
        if scheme is None:
            found = store.series_list()
        elif confirm or to is not None or new_name is not None:
            if not author:
                raise StoreError(_("--author is required to confirm or change a series"))
            if sum(x for x in (confirm, to is not None, new_name is not None)) > 1:
                raise StoreError(_("give one of --confirm, --to, --new"))
            found = [store.set_series(scheme, author=author, base_revision=_base(store, str(scheme), revision),
                                      series_id=to, new_name=new_name)]
        else:
            one = store.series_of(scheme)
            if one is None:
                raise NotFound(_("scheme {id} is in no series (not a scheme, or untitled); name one with --new "
                                 "NAME").format(id=scheme))
            found = [one]
    if as_json:
        _json([_series_json(s) for s in found])
        return
    for s in found:
        say("[bold]" + _("series {id}").format(id=s.id) + f"[/bold] {escape(s.name)}")
        for m in s.schemes:
            changed = "" if m.changed_since_last is None else "; " + _("changed since last year: {n} items").format(
                n=m.changed_since_last)
            mark = "; " + _("confirmed by {name}").format(name=escape(s.confirmed[m.scheme_id])) \
                if m.scheme_id in s.confirmed else ""
            say(f"  {m.year or '????'}  " + _("scheme {ref}").format(ref=f"{m.scheme_id}@{m.latest_version}")
                + f" {status_label(m.status)}  "
                f"{escape(_short(m.title, 40))}{changed}{mark}")


def _series_json(s) -> dict[str, Any]:
    return {"id": s.id, "name": s.name, "issuer": s.issuer,
            "schemes": [{**m.__dict__, "confirmed_by": s.confirmed.get(m.scheme_id)} for m in s.schemes]}


# --------------------------------------------------------------------------- proposals


@schemes_app.command("proposals")
@friendly_errors
def proposals_cmd(ref: str = typer.Argument(..., help="this year's scheme: ID or ID@VERSION"), as_json: bool = JSON,
                  home: Optional[Path] = HOME) -> None:
    """Last year's corrections proposed on this scheme (where the corrected source reads the same)."""
    with _open(home) as store:
        found = store.proposals(ref)
    if as_json:
        _json([p.as_json() for p in found])
        return
    if not found:
        say(_("no proposals"))
    for p in found:
        say(f"[bold]{escape(p.key)}[/bold] {escape('; '.join(p.changes))} — {escape(p.author)}: {escape(p.reason)}")
    if found:
        say(_("accept one with `kaohe schemes accept {ref} KEY --author NAME`").format(ref=ref))


@schemes_app.command("accept")
@friendly_errors
def accept_cmd(ref: str = typer.Argument(..., help="ID or ID@VERSION"),
               key: str = typer.Argument(..., help="the proposal's key (see `kaohe schemes proposals`)"),
               author: str = AUTHOR, revision: Optional[int] = REVISION, home: Optional[Path] = HOME) -> None:
    """Accept a proposed correction: recorded as your correction, with last year's author and reason."""
    with _open(home) as store:
        info = store.accept_proposal(ref, key, author=author, base_revision=_base(store, ref, revision))
    say(_("accepted {key} on {ref} (revision {revision})").format(key=escape(key), ref=info.ref,
                                                                  revision=info.revision))


# --------------------------------------------------------------------------- table


@schemes_app.command("table")
@friendly_errors
def table_cmd(
    series: Optional[int] = typer.Argument(None, help="a series ID (see `kaohe schemes series`)"),
    region: Optional[str] = typer.Option(None, "--region", help="every series whose name contains this text"),
    across: bool = typer.Option(False, "--across", help="with --region: one table of the latest scheme of each "
                                "series (the same kind of notice from several issuers), aligned with the first"),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="write the table to this .xlsx"),
    overwrite: bool = OVERWRITE,
    as_json: bool = JSON,
    home: Optional[Path] = HOME,
) -> None:
    """Items of a series across the years (or, with --region … --across, across issuers): per year the item's
    id and points, changes marked."""
    from schemes.compare_table import across_table, series_table

    if (series is None) == (region is None):
        raise StoreError(_("give a series ID or --region TEXT"))
    if out is not None:
        check_output_file(out, suffixes=(".xlsx",), overwrite=overwrite)
    with _open(home) as store:
        chosen = [store.series(series)] if series is not None else \
            [s for s in store.series_list() if region in s.name]
        if not chosen:
            raise NotFound(_("no series whose name contains {text}").format(text=repr(region)))
        if across:
            latest = [(f"{s.name} {s.schemes[-1].year or ''}".strip(), store.scheme(s.schemes[-1].scheme_id))
                      for s in chosen if s.schemes]
            tables = [across_table(f"{region or chosen[0].name}: latest scheme of {len(latest)} series", latest)]
        else:
            tables = [series_table(s.name, [(str(m.year or f"#{m.scheme_id}"), store.scheme(m.scheme_id))
                                            for m in s.schemes]) for s in chosen]
    if out is not None:
        from schemes.compare_xlsx import write_series_table

        write_series_table(tables, out)
    if as_json:
        _json([t.as_json() for t in tables])
        return
    for t in tables:
        grid = RichTable(title=t.series)
        grid.add_column(_("item"), overflow="fold")
        for y in t.years:
            grid.add_column(y)
        for row in t.rows:
            cells = []
            for y in t.years:
                c = row.cells.get(y)
                text = "—" if c is None else f"{c.id} ({'' if c.points is None else f'{c.points:g}'})"
                cells.append(escape(text + (f" {','.join(c.changes)}" if c and c.changes else "")))
            grid.add_row(escape(_short(row.text, 30)), *cells)
        console.print(grid)
    if out is not None:
        say(_("wrote {files}").format(files=escape(str(out))))



def print_last_year(store, scheme_id: int) -> None:
    """After ingesting a new scheme of a known series: what changed since last year, and what to run next."""
    found = store.compare_with_previous(str(scheme_id))
    if found is None:
        return
    prev_ref, result = found
    proposals = store.proposals(str(scheme_id))
    say("    " + _("series {name}: changed since last year ({ref}): {n} items — `kaohe schemes compare {ref} {id}`").format(
        name=escape(store.series_of(scheme_id).name), ref=prev_ref, n=result.changed_items, id=scheme_id)
        + ("; " + _("{n} correction(s) of last year proposed — `kaohe schemes proposals {id}`").format(
            n=len(proposals), id=scheme_id) if proposals else ""))
