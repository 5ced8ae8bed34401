"""`kaohe ingest`, `kaohe schemes …`, `kaohe review …`: the scheme store on the command line.

Every command takes ``--home DIR`` and honours ``KAOHE_HOME`` / ``KAOHE_DB_URL``.
Writes are based on the scheme's current revision unless ``--revision`` names
the one you looked at; a write against a stale revision is refused.
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import Any, Optional

import typer
from rich.markup import escape
from rich.table import Table as RichTable

from extractors import ReadError, read_document
from extractors.names import shown
from schemes.corrections import describe_op, element_keys
from schemes.diff import SchemeDiff, diff_schemes
from schemes.review_sheet import SheetError, export_review, import_review
from schemes.store import IngestResult, Store, StoreError, VersionInfo, file_sha256
from schemes.store.checks import flag_note, sums

from . import app
from kaohe.i18n import _
from schemes.labels import action_label, flag_label, kind_label, rule_label, status_label

from .common import console, err_console, friendly_errors, register_user_error, write_stdout
from .store_common import AUTHOR, HOME, JSON, REVISION, say, schemes_app
from .store_common import base_revision as _base
from .store_common import open_store as _open
from .store_common import print_json as _json
from .store_common import short as _short

register_user_error(StoreError)
register_user_error(SheetError)

review_app = typer.Typer(help="Excel review round-trip: export a sheet, import the reviewer's edits.",
                         no_args_is_help=True)
app.add_typer(review_app, name="review")


# --------------------------------------------------------------------------- ingest


@app.command("ingest")
@friendly_errors
def ingest(
    files: list[Path] = typer.Argument(..., help="notice files to read, extract and store as drafts"),
    as_json: bool = typer.Option(False, "--json", help="one JSON object per line per file"),
    author: Optional[str] = typer.Option(None, "--author", help="recorded in the audit log (default: $USER)"),
    home: Optional[Path] = HOME,
) -> None:
    """Read, extract and store notices as draft scheme versions (a file seen before is skipped)."""
    try:  # imported late: extraction loads NLP models that the other commands do not need
        from pipeline.extract import EXTRACTOR_VERSION, extract_scheme
    except ImportError as exc:
        raise StoreError(f"the extractor is not available ({exc})") from None

    who = author or os.environ.get("KAOHE_AUTHOR") or getpass.getuser()
    failed = False
    with _open(home, create=True) as store:
        for path in files:
            try:
                result = _ingest_one(store, path, extract_scheme, EXTRACTOR_VERSION, who)
            except (ReadError, StoreError) as exc:
                failed = _ingest_error(str(exc), path, as_json)
            except MemoryError:  # over KAOHE_MAX_MEMORY_MB: this notice fails, the batch goes on
                from flows.isolate import memory_message

                failed = _ingest_error(memory_message(path), path, as_json)
            except Exception as exc:  # an extractor bug must not stop the batch
                failed = _ingest_error(f"{path}: extraction failed ({type(exc).__name__}: {exc})", path, as_json)
            else:
                if as_json:
                    _json(result.as_json())
                else:
                    _print_ingest(result)
                    if result.new_scheme:
                        series_cmd.print_last_year(store, result.info.scheme_id)
    if failed:
        raise typer.Exit(code=1)


def _ingest_one(store: Store, path: Path, extract: Any, extractor_version: str, author: str) -> IngestResult:
    if path.is_file():
        done = store.find_ingested(file_sha256(path), extractor_version)
        if done is not None:
            return IngestResult(path.name, done, skipped=True, new_scheme=False)
    from flows.isolate import memory_limited  # KAOHE_MAX_MEMORY_MB, as for the flow's reading child

    with memory_limited():
        doc = read_document(path)  # raises ReadError for anything unreadable, missing files included
        scheme = extract(doc)
    return store.ingest(path, scheme, extractor_version, author=author, document_json=doc.model_dump_json())


def _ingest_error(message: str, path: Path, as_json: bool) -> bool:
    err_console.print(f"[red]kaohe:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    if as_json:
        _json({"file": str(path), "error": message})
    return True


def _print_ingest(r: IngestResult) -> None:
    info = r.info
    if r.skipped:
        what = "already stored; skipped"
    elif r.new_scheme:
        what = _("new scheme")
    else:
        what = _("new version; {n} correction(s) re-applied").format(n=r.carried)
        what += _(", {n} conflict(s): see `kaohe schemes show {id}`").format(n=r.conflicts, id=info.scheme_id) \
            if r.conflicts else ""
    kind = "" if info.scheme.kind == "scheme" else f" [yellow]{info.scheme.kind}[/yellow]"
    say(f"{'=' if r.skipped else '✓'} {escape(shown(r.file))} → "
        + _("scheme {ref}").format(ref=f"[bold]{info.ref}[/bold]") + f" {status_label(info.status)}{kind} ({what})")
    for flag in info.scheme.open_flags:
        target = f" {flag.target}" if flag.target else ""
        say(f"    [yellow]{_('flag')}[/yellow] {flag.kind}{escape(target)}: {escape(flag.message)}")


# --------------------------------------------------------------------------- re-extraction


@schemes_app.command("reextract")
@friendly_errors
def reextract(
    ref: Optional[str] = typer.Argument(None, help="scheme ID (or ID@VERSION) to re-extract"),
    all_: bool = typer.Option(False, "--all", help="every scheme whose latest version an older extractor made"),
    as_json: bool = typer.Option(False, "--json", help="one JSON object per line per scheme"),
    author: Optional[str] = typer.Option(None, "--author", help="recorded in the audit log (default: $USER)"),
    home: Optional[Path] = HOME,
) -> None:
    """Re-extract stored notices from their stored copies with the running extractor, into new draft versions
    (corrections carried over as on re-ingestion; those that no longer apply are listed as conflicts)."""
    if (ref is None) == (not all_):
        raise StoreError("name one scheme ID or give --all")
    try:
        from pipeline.extract import EXTRACTOR_VERSION, extract_scheme
    except ImportError as exc:
        raise StoreError(f"the extractor is not available ({exc})") from None
    who = author or os.environ.get("KAOHE_AUTHOR") or getpass.getuser()
    failed = False
    with _open(home) as store:
        if all_:
            targets = [store.get(r.id) for r in store.list_schemes()]
            targets = [t for t in targets if t.extractor_version != EXTRACTOR_VERSION]
            if not targets and not as_json:
                say(f"every stored scheme was extracted by the running extractor ({EXTRACTOR_VERSION})")
        else:
            targets = [store.get(ref)]
        for info in targets:
            try:
                result = reextract_one(store, info, extract_scheme, EXTRACTOR_VERSION, who)
            except (ReadError, StoreError) as exc:
                failed = _ingest_error(f"scheme {info.ref}: {exc}", Path(info.document.original_name), as_json)
            except Exception as exc:  # an extractor bug must not stop the batch
                failed = _ingest_error(f"scheme {info.ref}: extraction failed ({type(exc).__name__}: {exc})",
                                       Path(info.document.original_name), as_json)
            else:
                if as_json:
                    _json({**result.as_json(), "from": info.ref, "from_extractor": info.extractor_version,
                           "extractor": EXTRACTOR_VERSION,
                           "conflict_reasons": [c.conflict for c in result.info.conflicts]})
                else:
                    _print_reextract(info, result, EXTRACTOR_VERSION)
    if failed:
        raise typer.Exit(code=1)


def reextract_one(store: Store, info: VersionInfo, extract: Any, extractor_version: str,
                  author: str) -> IngestResult:
    """Read the stored copy of a version's notice, extract it and store the result as a new draft version
    (a no-op, ``skipped``, when this extractor made a version of that file already)."""
    path = store.workspace.home / info.document.stored_path
    if not path.is_file():
        raise StoreError(f"the stored copy of {info.document.original_name} is missing ({info.document.stored_path})")
    doc = read_document(path)
    return store.ingest(path, extract(doc), extractor_version, author=author,
                        original_name=info.document.original_name, document_json=doc.model_dump_json())


def _print_reextract(old: VersionInfo, r: IngestResult, extractor_version: str) -> None:
    info = r.info
    if r.skipped:
        say(f"= scheme {old.ref}: {escape(old.document.original_name)} was already extracted by "
            f"{extractor_version} ({info.ref})")
        return
    say(f"✓ scheme {old.ref} (extractor {escape(old.extractor_version)}) → [bold]{info.ref}[/bold] {info.status} "
        f"(extractor {extractor_version}); {r.carried} correction(s) re-applied, {r.conflicts} conflict(s)")
    for c in info.conflicts:
        say(f"    [red]conflict[/red] correction {c.id} by {escape(c.author)} ({escape(c.reason)}): "
            f"{escape(c.conflict or '')}")
    for flag in info.scheme.open_flags:
        target = f" {flag.target}" if flag.target else ""
        say(f"    [yellow]flag[/yellow] {flag.kind}{escape(target)}: {escape(flag.message)}")


# --------------------------------------------------------------------------- reading


@schemes_app.command("check")
@friendly_errors
def check_store(as_json: bool = JSON, home: Optional[Path] = HOME) -> None:
    """Check the store's integrity (SQLite integrity_check) and schema revision; exit 1 on any problem."""
    with _open(home) as store:
        health = store.check()
    if as_json:
        _json({"store": health.where, "ok": health.ok, "revision": health.revision, "head": health.head,
               "problems": health.problems})
    elif health.ok:
        say("✓ " + _("{store}: integrity ok, schema revision {revision} (current)").format(
            store=escape(health.where), revision=health.revision))
    else:
        for problem in health.problems:
            err_console.print(f"[red]kaohe:[/red] {escape(health.where)}: {escape(problem)}", highlight=False,
                              soft_wrap=True)
    if not health.ok:
        raise typer.Exit(code=1)


@schemes_app.command("list")
@friendly_errors
def list_schemes(as_json: bool = JSON, home: Optional[Path] = HOME) -> None:
    """List stored schemes with their latest status."""
    with _open(home) as store:
        rows = store.list_schemes()
    if as_json:
        _json([r.__dict__ for r in rows])
        return
    table = RichTable(title=_("{n} scheme(s)").format(n=len(rows)))
    for col in (_("id"), _("Title"), _("Year"), _("ver"), _("Status"), _("pub"), _("rev"), _("Flags"), _("conflicts")):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r.id), escape((r.title or _("(untitled)")) + ("" if r.kind == "scheme" else f" [{r.kind}]")),
                      str(r.year or ""), str(r.versions), status_label(r.latest_status), str(r.published_version or ""),
                      str(r.revision), str(r.open_flags), str(r.conflicts or ""))
    console.print(table)


@schemes_app.command("show")
@friendly_errors
def show(ref: str = typer.Argument(..., help="ID or ID@VERSION"), as_json: bool = JSON,
         home: Optional[Path] = HOME) -> None:
    """Show a scheme version: categories with their sums, items, open flags, conflicts."""
    with _open(home) as store:
        info = store.get(ref)
    if as_json:
        _json(_show_json(info))
        return
    _print_show(info)


def _show_json(info: VersionInfo) -> dict[str, Any]:
    scheme = info.scheme
    return {
        "scheme_id": info.scheme_id, "version": info.version, "latest_version": info.latest_version,
        "status": info.status, "revision": info.revision, "extractor_version": info.extractor_version,
        "document": info.document.__dict__,
        "open_flags": [{**f.model_dump(mode="json", exclude={"source"}), "note": flag_note(scheme, f)}
                       for f in scheme.open_flags],
        "sums": [{"what": s.what, "target": s.target, "declared": float(s.declared),
                  "bonus": None if s.bonus is None else float(s.bonus), "computed": float(s.computed),
                  "of": s.parts, "ok": s.ok} for s in sums(scheme)],
        "corrections": sum(1 for c in info.corrections if c.status == "applied"),
        "conflicts": [{"id": c.id, "author": c.author, "reason": c.reason, "conflict": c.conflict, "ops": c.ops}
                      for c in info.conflicts],
        "scheme": scheme.model_dump(mode="json"),
    }


def _print_show(info: VersionInfo) -> None:
    s = info.scheme
    meta = s.metadata
    say("[bold]" + _("scheme {ref}").format(ref=info.ref) + "[/bold]  " + _(
        "{status}  revision {revision}  (latest version {latest})").format(
        status=status_label(info.status), revision=info.revision, latest=info.latest_version))
    say(f"{escape(meta.title or _('(untitled)'))}" + (f" ({meta.year})" if meta.year else "")
        + ("" if s.kind == "scheme" else f"  [yellow]{kind_label(s.kind)}[/yellow]")
        + (_("  total {n}").format(n=f"{s.total_points:g}") if s.total_points is not None else ""))
    doc = info.document
    say(_("document {name} ({format}, {size} bytes, sha256 {sha}…)  extractor {extractor}").format(
        name=escape(doc.original_name), format=doc.format, size=f"{doc.size:,}", sha=doc.sha256[:12],
        extractor=info.extractor_version))
    by_cat = {x.target: x for x in sums(s) if x.target}
    cats = RichTable(title=_("categories"))
    for col in (_("id"), _("name"), _("points"), _("weight"), _("sum"), ""):
        cats.add_column(col)
    for c in s.categories:
        chk = by_cat.get(c.id)
        depth = len(s.category_path(c.id)) - 1
        contents = f"{chk.computed.normalize():f}" if chk is not None else \
            f"{sum(i.points for i in s.items_under(c.id) if i.points is not None):g}"
        points = "" if c.points is None else f"{c.points:g}" + (f"+{c.bonus_points:g}" if c.bonus_points else "")
        cats.add_row(escape(c.id), "  " * depth + escape(c.name), points,
                     "" if c.weight is None else f"{c.weight:.0%}", contents,
                     "" if chk is None else ("✓" if chk.ok else "[red]✗[/red]"))
    console.print(cats)
    items = RichTable(title=_("items"))
    for col in (_("id"), _("category"), _("code"), _("text"), _("points"), _("departments"), _("rule")):
        items.add_column(col)
    for i in s.items:
        items.add_row(escape(i.id), escape(i.category), escape(i.code or ""), escape(_short(i.text, 40)),
                      "" if i.points is None else f"{i.points:g}", escape("、".join(i.departments)),
                      rule_label(i.rule_kind))
    console.print(items)
    keys = element_keys("flags", [f.model_dump(mode="json") for f in s.flags])
    open_flags = [(k, f) for k, f in zip(keys, s.flags) if not f.resolved]
    if open_flags:
        say("[yellow]" + _("{n} open flag(s)").format(n=len(open_flags)) + "[/yellow] " + _(
            "(resolve with `kaohe schemes resolve {id} KEY`):").format(id=info.scheme_id))
    for key, f in open_flags:
        note = flag_note(s, f)
        say(f"  `{escape(key)}`: {escape(f.message)}" + (f"  [dim]({note})[/dim]" if note else ""))
    for c in info.conflicts:
        say(f"[red]{_('conflict')}[/red] " + _("correction {id} by {author} ({reason}): {conflict}").format(
            id=c.id, author=escape(c.author), reason=escape(c.reason), conflict=escape(c.conflict or "")))
        for op in c.ops:
            say(f"    {escape(describe_op(op))}")
    applied = sum(1 for c in info.corrections if c.status == "applied")
    say(_("{n} correction(s) applied; history: `kaohe schemes log {id}`").format(n=applied, id=info.scheme_id))


@schemes_app.command("log")
@friendly_errors
def log(ref: str = typer.Argument(..., help="scheme ID"), as_json: bool = JSON, home: Optional[Path] = HOME) -> None:
    """The audit log: every ingest, correction (with its operations), conflict and status change."""
    with _open(home) as store:
        events = store.log(ref)
        history = store.history(ref)
    if as_json:
        _json([{**e.__dict__, "corrections": [c.__dict__ for c in e.corrections]} for e in events])
        return
    for e in events:
        version = f" v{e.version}" if e.version else ""
        say(f"[bold]r{e.revision}[/bold] {e.at:%Y-%m-%d %H:%M:%S} {escape(e.author)} "
            f"[cyan]{action_label(e.action)}[/cyan]{version}: {escape(e.message)}")
        if e.override_reason:
            say(f"    [yellow]{_('override')}[/yellow]: {escape(e.override_reason)}")
            for b in (e.data or {}).get("overridden", []):
                say(f"      - {escape(b)}")
        for c in e.corrections:
            why = escape(c.conflict or "")
            state = {"applied": "", "dismissed": f" [dim]{_('set aside')}{': ' + why if why else ''}[/dim]"}.get(
                c.status, f" [red]{_('CONFLICT')}: {why}[/red]")
            carried = _(" (carried from #{id})").format(id=c.carried_from_id) if c.carried_from_id else ""
            say("    " + _("#{id} by {author} at {at}, based on r{base}").format(
                id=c.id, author=escape(c.author), at=f"{c.at:%Y-%m-%d %H:%M}", base=c.base_revision)
                + f"{carried}: {escape(c.reason)}{state}")
            for line in history.get(c.id) or [describe_op(op) for op in c.ops]:
                say(f"        {escape(line)}（{escape(c.author)}：{escape(c.reason)}）")


# --------------------------------------------------------------------------- writing


@schemes_app.command("approve")
@friendly_errors
def approve(ref: str = typer.Argument(..., help="ID or ID@VERSION"), author: str = AUTHOR,
            revision: Optional[int] = REVISION, home: Optional[Path] = HOME) -> None:
    """Mark a draft as reviewed."""
    with _open(home) as store:
        info = store.approve(ref, author=author, base_revision=_base(store, ref, revision))
    say(_("scheme {ref} is {status} (revision {revision})").format(ref=info.ref, status=status_label(info.status),
                                                                   revision=info.revision))


@schemes_app.command("publish")
@friendly_errors
def publish(ref: str = typer.Argument(..., help="ID or ID@VERSION"), author: str = AUTHOR,
            override_reason: Optional[str] = typer.Option(
                None, "--override-reason", help="publish despite open flags or sums that do not reconcile"),
            revision: Optional[int] = REVISION, home: Optional[Path] = HOME) -> None:
    """Publish a reviewed version (refused while flags are open or sums do not reconcile)."""
    with _open(home) as store:
        info = store.publish(ref, author=author, base_revision=_base(store, ref, revision),
                             override_reason=override_reason)
    say(_("scheme {ref} is {status} (revision {revision})").format(ref=info.ref, status=status_label(info.status),
                                                                   revision=info.revision))


@schemes_app.command("correct")
@friendly_errors
def correct(ref: str = typer.Argument(..., help="ID or ID@VERSION"), author: str = AUTHOR,
            reason: str = typer.Option(..., "--reason", help="why (recorded in the audit log)"),
            op: list[str] = typer.Option([], "--op", help='a JSON Patch operation, e.g. '
                                         '\'{"op":"replace","path":"/items/@3.5/points","value":6}\''),
            patch: Optional[Path] = typer.Option(None, "--patch", help="a JSON Patch file (a list of operations)"),
            revision: Optional[int] = REVISION, home: Optional[Path] = HOME) -> None:
    """Record one correction (JSON Patch; address list elements by id: /items/@3.5/points)."""
    try:
        ops = [json.loads(o) for o in op]
        if patch is not None:
            loaded = json.loads(patch.read_text(encoding="utf-8"))
            ops += loaded if isinstance(loaded, list) else [loaded]
    except (OSError, json.JSONDecodeError) as exc:
        raise StoreError(f"cannot read the operations: {exc}") from None
    with _open(home) as store:
        info = store.correct(ref, ops, author=author, reason=reason, base_revision=_base(store, ref, revision))
    say(_("scheme {ref}: correction recorded (revision {revision})").format(ref=info.ref, revision=info.revision))


@schemes_app.command("resolve")
@friendly_errors
def resolve(ref: str = typer.Argument(..., help="ID or ID@VERSION"),
            flag: str = typer.Argument(..., help="flag key as shown by `kaohe schemes show`, e.g. subtotal_mismatch:3"),
            author: str = AUTHOR, reason: str = typer.Option(..., "--reason", help="why the flag is resolved"),
            revision: Optional[int] = REVISION, home: Optional[Path] = HOME) -> None:
    """Mark an open flag as resolved (a correction like any other)."""
    ops = [{"op": "replace", "path": f"/flags/@{flag}/resolved", "value": True},
           {"op": "replace", "path": f"/flags/@{flag}/resolution", "value": f"{reason} ({author})"}]
    with _open(home) as store:
        info = store.correct(ref, ops, author=author, reason=reason, base_revision=_base(store, ref, revision))
    say(_("scheme {ref}: flag {flag} resolved (revision {revision})").format(ref=info.ref, flag=flag,
                                                                              revision=info.revision))


@schemes_app.command("dismiss")
@friendly_errors
def dismiss(ref: str = typer.Argument(..., help="ID or ID@VERSION"),
            correction: int = typer.Argument(..., help="id of the conflicting correction"),
            author: str = AUTHOR, reason: str = typer.Option(..., "--reason"),
            revision: Optional[int] = REVISION, home: Optional[Path] = HOME) -> None:
    """Set aside a correction that no longer applies after re-ingestion (kept in the log)."""
    with _open(home) as store:
        info = store.dismiss(ref, correction, author=author, reason=reason, base_revision=_base(store, ref, revision))
    say(_("scheme {ref}: correction {id} dismissed (revision {revision})").format(ref=info.ref, id=correction,
                                                                                   revision=info.revision))


@schemes_app.command("revise")
@friendly_errors
def revise(ref: str = typer.Argument(..., help="ID or ID@VERSION"), author: str = AUTHOR,
           revision: Optional[int] = REVISION, home: Optional[Path] = HOME) -> None:
    """Start a new draft from the published version, to correct it."""
    with _open(home) as store:
        info = store.revise(ref, author=author, base_revision=_base(store, ref, revision))
    say(_("scheme {ref} is a new {status} (revision {revision})").format(ref=info.ref,
                                                                          status=status_label(info.status),
                                                                          revision=info.revision))


@schemes_app.command("export")
@friendly_errors
def export(ref: str = typer.Argument(..., help="ID or ID@VERSION"),
           output: Path = typer.Option(..., "-o", "--out", help="scheme JSON file to write ('-': stdout)"),
           home: Optional[Path] = HOME,
           overwrite: bool = typer.Option(False, "--overwrite", help="replace OUT if it exists")) -> None:
    """Write the current scheme (extracted + corrections) as scheme JSON."""
    from schemes.atomic import check_output_file, write_text_atomic

    if str(output) != "-":
        check_output_file(output, suffixes=(".json",), overwrite=overwrite)  # before any work; nothing touched
    with _open(home) as store:
        info = store.get(ref)
    text = info.scheme.model_dump_json(indent=1) + "\n"
    if str(output) == "-":
        write_stdout(text)
        return
    write_text_atomic(output, text)
    say(_("wrote {file} (scheme {ref}, {status}, revision {revision})").format(
        file=output, ref=info.ref, status=status_label(info.status), revision=info.revision))


# --------------------------------------------------------------------------- diff


@schemes_app.command("diff")
@friendly_errors
def diff(a: str = typer.Argument(..., help="ID or ID@VERSION"), b: str = typer.Argument(..., help="ID or ID@VERSION"),
         as_json: bool = JSON, home: Optional[Path] = HOME) -> None:
    """Items added, removed and changed (text, points, category), and category and total points."""
    with _open(home) as store:
        ia, ib = store.get(a), store.get(b)
    result = diff_schemes(ia.scheme, ib.scheme, ia.ref, ib.ref)
    if as_json:
        _json(result.model_dump(mode="json"))
        return
    _print_diff(result)


def _print_diff(d: SchemeDiff) -> None:
    def pts(x: float | None) -> str:
        return "—" if x is None else f"{x:g}"

    say(f"[bold]{d.a} → {d.b}[/bold]  total {pts(d.a_total)} → {pts(d.b_total)}"
        + ("" if d.a_total == d.b_total else "  [yellow]changed[/yellow]"))
    cats = RichTable(title="categories")
    for col in ("", "name", "points", "items sum"):
        cats.add_column(col)
    for c in d.categories:
        mark = {"added": "[green]+[/green]", "removed": "[red]-[/red]", "changed": "[yellow]~[/yellow]"}
        mark = mark.get(c.change, "")
        moved = f" (moved: {escape(c.path)})" if c.moved else ""
        cats.add_row(mark, "  " * c.depth + escape(c.name) + moved, f"{pts(c.a_points)} → {pts(c.b_points)}",
                     f"{pts(c.a_items_sum)} → {pts(c.b_items_sum)}")
    console.print(cats)
    for item in d.added:
        say(f"[green]+ {escape(item.id)}[/green] {escape(f'[{item.path or item.category}]')} {escape(_short(item.text, 50))}"
            f" ({pts(item.points)})")
    for item in d.removed:
        say(f"[red]- {escape(item.id)}[/red] {escape(f'[{item.path or item.category}]')} {escape(_short(item.text, 50))}"
            f" ({pts(item.points)})")
    for ch in d.changed:
        parts = []
        if "id" in ch.changed:
            parts.append(f"id {ch.a.id} → {ch.b.id}")
        if "category" in ch.changed:
            parts.append(f"category {ch.a.category} → {ch.b.category}")
        if "points" in ch.changed:
            parts.append(f"points {pts(ch.a.points)} → {pts(ch.b.points)}")
        if "weight" in ch.changed:
            parts.append(f"weight {pts(ch.a.weight)} → {pts(ch.b.weight)}")
        if "text" in ch.changed:
            parts.append(f"text {_short(ch.a.text, 30)} → {_short(ch.b.text, 30)}")
        say(f"[yellow]~ {escape(ch.b.id)}[/yellow] {escape('; '.join(parts))}")
    if d.is_empty:
        say("no differences")


# --------------------------------------------------------------------------- review sheet


@review_app.command("export")
@friendly_errors
def review_export(ref: str = typer.Argument(..., help="ID or ID@VERSION"),
                  output: Path = typer.Option(..., "-o", "--out", help="the .xlsx file to write"),
                  home: Optional[Path] = HOME,
                  overwrite: bool = typer.Option(False, "--overwrite",
                                                 help="replace OUT if it exists (it may hold a reviewer's edits)")
                  ) -> None:
    """Write a review workbook: one row per item, a categories sheet, the base revision hidden inside."""
    from schemes.atomic import atomic_file, check_output_file

    check_output_file(output, suffixes=(".xlsx",), overwrite=overwrite)  # before any work; nothing touched
    with _open(home) as store, atomic_file(output) as tmp:
        info, _sheet = export_review(store, ref, tmp)
        path = output
    say(_("wrote {file}: {items} items, {categories} categories (scheme {ref} at revision {revision})").format(
        file=path, items=len(info.scheme.items), categories=len(info.scheme.categories), ref=info.ref,
        revision=info.revision))


@review_app.command("import")
@friendly_errors
def review_import(sheet: Path = typer.Argument(..., help="a workbook written by `kaohe review export`"),
                  author: str = AUTHOR,
                  reason: Optional[str] = typer.Option(None, "--reason", help="why (default: the sheet's name)"),
                  resolve_flags: bool = typer.Option(
                      False, "--resolve-flags", help="mark subtotal/total flags of edited categories resolved"),
                  home: Optional[Path] = HOME) -> None:
    """Turn the edits in a review workbook into audited corrections.

    A workbook exported before others changed the scheme applies the edits of cells nobody else
    changed; the conflicting cells are listed (exit code 1) and left as they are now."""
    with _open(home) as store:
        result = import_review(store, sheet, author=author, reason=reason, resolve_flags=resolve_flags)
    info = result.info
    if result.unchanged:
        say(_("no changes in {file} (scheme {ref}, revision {revision})").format(file=sheet, ref=info.ref,
                                                                                  revision=info.revision))
    else:
        for change in result.changes:
            say(f"  {escape(change)}")
        say(_("scheme {ref}: {n} correction(s) recorded (revision {revision})").format(
            ref=info.ref, n=len(result.changes), revision=info.revision))
        for flag in info.scheme.open_flags:
            note = flag_note(info.scheme, flag)
            if note:
                say(f"  [yellow]{_('flag')}[/yellow] " + _("{kind} {target} stays open: {note}").format(
                    kind=flag_label(flag.kind), target=escape(flag.target or ""), note=note))
    if result.conflicts:
        say(_("{n} cell(s) of the sheet were changed by others since it was exported; not applied:").format(
            n=len(result.conflicts)))
        for conflict in result.conflicts:
            say(f"  [yellow]![/yellow] {escape(conflict)}")
        raise typer.Exit(code=1)


from . import series_cmd  # noqa: E402,F401  (registers compare, series, proposals, accept, table on `schemes`)
