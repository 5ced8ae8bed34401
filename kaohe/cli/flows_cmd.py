"""`kaohe flows ingest|score|serve`: the Prefect flows from the command line.

`ingest` and `score` run their flow once: on the Prefect server named by
PREFECT_API_URL, else on the one `kaohe flows serve` runs for this
workspace, else on a temporary server of their own (its database prepared
first, see :mod:`flows.connect`).  `serve` registers both as deployments
(ingestion on a cron schedule) against a Prefect server and runs them until
interrupted.  Prefect is imported only inside the commands, after its
settings are chosen, so other commands do not pay for it.  SIGTERM and
SIGINT stop a run cleanly: reading children are killed, notices not yet
stored stay in the inbox, and the command exits (130 or 143).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

import typer
from rich.markup import escape
from rich.text import Text
from rich.table import Table as RichTable

from kaohe.i18n import _
from schemes.labels import flag_label

from . import app
from .common import console, err_console, friendly_errors, write_stdout

flows_app = typer.Typer(help="Prefect flows: ingest an inbox, score a batch, serve both on a schedule.",
                        no_args_is_help=True)
app.add_typer(flows_app, name="flows")

HOME = typer.Option(None, "--home", help="workspace folder (default: $KAOHE_HOME or ./kaohe-data)")
DASK = typer.Option(False, "--dask", help="run tasks on a Dask LocalCluster instead of threads")
DASK_ADDRESS = typer.Option(None, "--dask-address", help="run tasks on an existing Dask cluster (tcp://host:8786)")
DASK_WORKERS = typer.Option(2, "--dask-workers", min=1, help="LocalCluster workers")
DASK_PROCESSES = typer.Option(False, "--dask-processes/--dask-threads",
                              help="LocalCluster workers as processes (default: threads in this process)")
JSON = typer.Option(False, "--json", help="print the flow's summary as JSON")
NOTIFY = typer.Option(None, "--notify", metavar="CMD|URL",
                      help="command or webhook told about each finished run, given its JSON summary "
                      "(default: $KAOHE_NOTIFY)")


def _runner(dask: bool, address: Optional[str], workers: int, processes: bool) -> Any:
    from flows.runners import RunnerOptions

    return RunnerOptions(dask=dask, address=address, workers=workers, processes=processes)


def _prefect_home() -> Path:
    return Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")


def _fail(message: str) -> None:
    err_console.print(f"[red]kaohe:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=1)


def _settings(home: Optional[Path]) -> None:
    """Prefect settings before Prefect is imported: workspace-local home, no analytics, quiet console."""
    from flows.env import prefect_defaults, quiet_dask

    prefect_defaults(home)
    quiet_dask()


def _prepare(home: Optional[Path]) -> None:
    """Before Prefect is imported: its settings (workspace-local home, no analytics, quiet console),
    the API to use (prepared and started when needed), and clean stops on SIGTERM/SIGINT."""
    from flows.connect import PrefectUnavailable, ensure_api

    _settings(home)
    try:
        ensure_api(_prefect_home(), say=lambda m: err_console.print(m, highlight=False))
    except PrefectUnavailable as exc:
        _fail(str(exc))


def _api_ready() -> None:
    """Wait for the temporary Prefect server started by :func:`_prepare` (it starts while kaohe imports)."""
    from flows.connect import PrefectUnavailable, ensure_api

    try:
        ensure_api(_prefect_home()).wait()
    except PrefectUnavailable as exc:
        _fail(str(exc))


def _run_with_bars(fn: Any, as_json: bool, **kwargs: Any) -> Any:
    from flows.env import hide_reported_errors
    from flows.files import DownloadError
    from flows.ingest import InternalNoticeError, NoticeError
    from flows.progress import RichBars, listening

    from .common import USER_ERRORS, register_user_error

    _register_user_errors(register_user_error)
    # printed by us, once, without traceback (an internal error's traceback is logged once by its task)
    hide_reported_errors(NoticeError, InternalNoticeError, DownloadError, *USER_ERRORS)
    import httpx
    from prefect.exceptions import PrefectHTTPStatusError, TerminationSignal

    _api_ready()
    try:
        with _stop_runs_on_signals():
            if as_json:
                return fn(**kwargs)
            with RichBars(err_console) as bars, listening(bars):
                return fn(**kwargs)
    except KeyboardInterrupt as exc:
        _interrupted(exc)
    except TerminationSignal as exc:  # Prefect's own SIGTERM handler, installed while a flow runs
        _interrupted(KeyboardInterrupt(f"signal {exc.signal}"))
    except (PrefectHTTPStatusError, httpx.TransportError) as exc:  # the API failed under the flow
        _api_failed(exc)


def _api_failed(exc: Exception) -> None:
    """One line; when kaohe's own temporary server failed, its database is prepared again on the next run."""
    from flows.connect import READY_MARKER, ensure_api

    what = _("the Prefect API failed during the run ({error})").format(
        error=f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
    api = ensure_api(_prefect_home())
    if api.server is not None:
        (_prefect_home() / READY_MARKER).unlink(missing_ok=True)
        _fail(_("{what}; log: {log}; the next run prepares Prefect's database again").format(
            what=what, log=api.server.log))
    _fail(_("{what}; check the Prefect server at {url}").format(what=what, url=api.url or "PREFECT_API_URL"))


def _register_user_errors(register: Any) -> None:
    """The store's and the scoring's input errors are one-line errors here too (their commands load lazily)."""
    from pipeline.scoring.errors import SchemeArgError, SchemeNotScorable, SubmissionError
    from schemes.store import StoreError

    for exc in (StoreError, SubmissionError, SchemeArgError, SchemeNotScorable):
        register(exc)


STOP_GRACE = 10.0  # seconds a stopping run may take to unwind before the process exits anyway


@contextmanager
def _stop_runs_on_signals() -> Iterator[None]:
    """SIGTERM and SIGINT stop a one-off run: reading children are killed, the flow unwinds, the process exits.

    While a flow runs, Prefect puts its own SIGTERM handler first (the flow
    run is marked crashed, the flow kills its reading children, see
    :mod:`flows.ingest`) and then passes the signal on to this one.  The
    first signal raises KeyboardInterrupt in the main thread (notices not yet
    stored stay in the inbox) and arms a
    timer that ends the process after :data:`STOP_GRACE` seconds should
    something still hold it; a second signal ends it at once.
    """
    import signal
    import threading

    def end(code: int) -> None:
        from flows.connect import stop_server

        stop_server()
        os._exit(code)

    def stop(signum: int, frame: Any) -> None:
        from flows.isolate import stop_all

        code = 128 + signum
        if getattr(stop, "fired", False):
            end(code)
        stop.fired = True  # type: ignore[attr-defined]
        stop_all()
        timer = threading.Timer(STOP_GRACE, end, (code,))
        timer.daemon = True
        timer.start()
        raise KeyboardInterrupt(f"signal {signum}")

    from flows.isolate import reset

    reset()
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGINT, stop), signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before[0])
        signal.signal(signal.SIGTERM, before[1])


def _interrupted(exc: KeyboardInterrupt) -> None:
    import signal

    signum = int(str(exc).rsplit(" ", 1)[-1]) if str(exc).startswith("signal ") else signal.SIGINT
    err_console.print("[red]kaohe:[/red] " + _("stopped by {signal}; notices not yet stored stay in the inbox (run "
                                               "the command again to finish)").format(
        signal=signal.Signals(signum).name), highlight=False)
    raise typer.Exit(code=128 + signum)


# --------------------------------------------------------------------------- ingest


@flows_app.command("ingest")
@friendly_errors
def ingest(
    inbox: Path = typer.Option(..., "--inbox", exists=True, file_okay=False, help="folder of notices to ingest"),
    quarantine: Optional[Path] = typer.Option(None, "--quarantine",
                                              help="where failed notices go (default: <inbox>/../quarantine)"),
    url: list[str] = typer.Option([], "--url", help="also download this notice into the inbox (repeatable)"),
    retries: int = typer.Option(3, "--retries", min=0, help="download retries on timeouts and 5xx"),
    retry_delay: float = typer.Option(2.0, "--retry-delay", min=0, help="backoff factor: retry n waits f×2^n s"),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="download timeout, seconds"),
    notice_timeout: float = typer.Option(300.0, "--notice-timeout", min=0,
                                         help="time limit for reading and extracting one notice, seconds; "
                                         "a notice over it is quarantined (0: no limit)"),
    author: Optional[str] = typer.Option(None, "--author", help="recorded in the audit log (default: kaohe-flows)"),
    notify: Optional[str] = NOTIFY,
    home: Optional[Path] = HOME, dask: bool = DASK, dask_address: Optional[str] = DASK_ADDRESS,
    dask_workers: int = DASK_WORKERS, dask_processes: bool = DASK_PROCESSES, as_json: bool = JSON,
) -> None:
    """Run the ingestion flow once: read, extract and store every new notice; quarantine bad ones."""
    _prepare(home)
    from flows.ingest import ingest_notices
    from flows.runners import task_runner

    opts = _runner(dask, dask_address, dask_workers, dask_processes)
    run = ingest_notices.with_options(task_runner=task_runner(opts))
    summary = _run_with_bars(run, as_json, inbox=inbox, urls=url, quarantine=quarantine, home=home,
                             author=author or os.environ.get("KAOHE_AUTHOR") or "kaohe-flows", retries=retries,
                             retry_delay=retry_delay, timeout=timeout, notice_timeout=notice_timeout or None,
                             notify=notify)
    if as_json:
        write_stdout(summary.model_dump_json())
    else:
        _print_ingest(summary)
    _hook_problem(summary)
    if summary.failed:
        raise typer.Exit(code=1)


def _print_ingest(summary: Any) -> None:
    table = RichTable(title=f"{summary.inbox}")
    for col in ("", _("document"), _("scheme"), _("items"), _("total"), _("flags / error")):
        table.add_column(col, overflow="fold")
    marks = {"ingested": "[green]✓[/green]", "skipped": "=", "failed": "[red]✗[/red]"}
    for r in summary.documents:
        detail = r.error if r.status == "failed" else "、".join(flag_label(f) for f in r.flags) or (r.note or "")
        if r.quarantined:
            detail += f" → {r.quarantined}"
        table.add_row(marks[r.status], escape(r.document), r.ref or "", "" if r.items is None else str(r.items),
                      "" if r.total is None else f"{r.total:g}", escape(detail))
    console.print(table)
    for r in summary.ingested:  # one line each, with the page where it is reviewed
        console.print(Text(f"✓ {r.document} → {r.ref}  {r.review_url}"))
    if summary.processed and any(r.processed for r in summary.documents):
        console.print(Text(_("stored notices moved to {folder}").format(folder=summary.processed)))
    console.print(_("{ingested} ingested, {skipped} skipped, {failed} failed").format(
        ingested=len(summary.ingested), skipped=len(summary.skipped), failed=len(summary.failed))
        + (_(" (quarantine: {folder})").format(folder=summary.quarantine) if summary.failed else ""),
        highlight=False)


# --------------------------------------------------------------------------- score


@flows_app.command("score")
@friendly_errors
def score(
    scheme: str = typer.Argument(..., help="stored scheme: ID or ID@VERSION (see `kaohe schemes list`)"),
    submissions: Path = typer.Argument(..., exists=True, help="a CSV/XLSX file, or a folder of long-form files"),
    outdir: Path = typer.Option(..., "-o", "--out", help="output folder (replaced atomically)"),
    units: Optional[Path] = typer.Option(None, "--units", exists=True, dir_okay=False,
                                         help="unit list (one per line); unknown units are errors"),
    missing_zero: bool = typer.Option(False, "--missing-zero", help="score missing inputs as 0 and flag them"),
    partition_units: int = typer.Option(2000, "--partition-units", min=1, help="units scored per task"),
    no_report: bool = typer.Option(False, "--no-report", help="skip report.html"),
    max_errors: int = typer.Option(50, "--max-errors", min=1, help="most problems listed when validation fails"),
    author: Optional[str] = typer.Option(None, "--author", help="recorded with the run (default: kaohe-flows)"),
    reports: bool = typer.Option(False, "--reports", help="SUBMISSIONS is a folder of self-evaluation reports: "
                                                          "prefill them first (kept for confirmation at /prefill)"),
    notify: Optional[str] = NOTIFY,
    home: Optional[Path] = HOME, dask: bool = DASK, dask_address: Optional[str] = DASK_ADDRESS,
    dask_workers: int = DASK_WORKERS, dask_processes: bool = DASK_PROCESSES, as_json: bool = JSON,
) -> None:
    """Run the scoring flow once: validate, score in partitions, write the report, record the run."""
    _prepare(home)
    from flows.runners import task_runner
    from flows.score import score_batch

    opts = _runner(dask, dask_address, dask_workers, dask_processes)
    run = score_batch.with_options(task_runner=task_runner(opts))
    summary = _run_with_bars(run, as_json, scheme=scheme, submissions=submissions, outdir=outdir, home=home,
                             units=units, missing_zero=missing_zero, partition_units=partition_units,
                             report=not no_report, max_errors=max_errors,
                             author=author or os.environ.get("KAOHE_AUTHOR") or "kaohe-flows", reports=reports,
                             notify=notify)
    if as_json:
        write_stdout(summary.model_dump_json())
    else:
        _print_score(summary)
    _hook_problem(summary)


def _hook_problem(summary: Any) -> None:
    """The notification hook's failure, in one line on stderr (the run itself succeeded or failed on its own)."""
    if summary.notify_problem:
        err_console.print(f"[yellow]kaohe:[/yellow] {escape(summary.notify_problem)}", highlight=False, soft_wrap=True)


def _print_score(summary: Any) -> None:
    table = RichTable(title=_("{title} — scheme {ref} — {n} units").format(
        title=summary.title or _("scheme"), ref=summary.scheme, n=summary.units))
    for col in (_("rank"), _("unit"), _("total"), _("grade"), _("veto")):
        table.add_column(col)
    for r in summary.ranking[:20]:
        table.add_row(str(r.rank), escape(r.unit), r.total, r.grade, r.veto)
    console.print(table)
    if summary.units > 20:
        console.print(_("… {n} more units").format(n=summary.units - 20), highlight=False)
    for note in summary.notes:
        console.print(f"[yellow]{_('note:')}[/yellow] {escape(note)}", highlight=False)
    what = _("new run") if summary.new_run else _("same inputs as an earlier run: outputs rewritten")
    console.print(_("score run {id} ({what}); wrote {folder}").format(id=summary.run_id, what=what,
                                                                      folder=summary.outdir)
                  + (_(" (report: {file})").format(file=summary.report) if summary.report else ""), highlight=False)


# --------------------------------------------------------------------------- serve


@flows_app.command("serve")
@friendly_errors
def serve(
    cron: str = typer.Option("0 6 * * *", "--cron", help="ingestion schedule (cron; default daily at 06:00)"),
    timezone: Optional[str] = typer.Option(None, "--timezone", help="time zone of the cron, e.g. Asia/Shanghai"),
    inbox: Optional[Path] = typer.Option(None, "--inbox", file_okay=False, help="inbox (default: <home>/inbox)"),
    quarantine: Optional[Path] = typer.Option(None, "--quarantine", help="default: <inbox>/../quarantine"),
    url: list[str] = typer.Option([], "--url", help="URLs to fetch on every scheduled run (repeatable)"),
    port: int = typer.Option(4200, "--port", help="port of the local Prefect server started when "
                             "PREFECT_API_URL is not set"),
    notify: Optional[str] = NOTIFY,
    home: Optional[Path] = HOME, dask: bool = DASK, dask_address: Optional[str] = DASK_ADDRESS,
    dask_workers: int = DASK_WORKERS, dask_processes: bool = DASK_PROCESSES,
) -> None:
    """Serve both flows as deployments (ingestion on --cron) until Ctrl-C.

    Without PREFECT_API_URL a local Prefect server is started on 127.0.0.1:PORT
    (PREFECT_HOME in the workspace) and stopped on exit.
    """
    from schemes.workspace import Workspace

    _settings(home)
    os.environ.update(_runner(dask, dask_address, dask_workers, dask_processes).to_env())  # read by the flows
    if notify:
        from flows.notify import ENV

        os.environ[ENV] = notify  # every served run tells the hook
    from flows.deploy import ServerError, local_server
    from flows.deploy import serve as serve_flows

    inbox = inbox or Workspace.resolve(home).home / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    _stop_on_signals()
    try:
        with local_server(port=port, say=lambda m: err_console.print(m, highlight=False)) as api_url:
            err_console.print(_("Prefect API {url}; serving ingest-notices/kaohe-ingest ({cron}, inbox {inbox}) "
                                "and score-batch/kaohe-score. Ctrl-C stops.").format(url=api_url, cron=cron,
                                                                                     inbox=inbox), highlight=False)
            serve_flows(inbox, cron=cron, quarantine=quarantine, urls=url, home=home, timezone=timezone,
                        api_url=api_url)
    except ServerError as exc:
        err_console.print(f"[red]kaohe:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(code=1) from None
    except KeyboardInterrupt:
        err_console.print(_("stopped"), highlight=False)


def _stop_on_signals() -> None:
    """Ctrl-C and SIGTERM (systemd, docker stop) both unwind normally, so the local server is stopped too."""
    import signal

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started with SIGINT ignored (nohup, &)
    signal.signal(signal.SIGTERM, interrupt)

