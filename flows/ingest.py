"""The ``ingest-notices`` flow: inbox (and URLs) → read → extract → store as drafts, one task per notice.

A notice that cannot be read or extracted fails alone: its task fails, the
flow reports the error and moves the file to the quarantine folder (never
deleting it), and every other notice is still stored.  Reading and
extraction run in a killable child process under a per-notice time limit
(:mod:`flows.isolate`): a notice that exceeds it is quarantined with that
reason and never blocks the rest.  A bug in kaohe (``ReaderInternalError``,
an exception in extraction) is not the notice's fault: its task fails, the
log says so with the traceback, and the notice stays in the inbox for a run
after the fix.  Notices already in the
store (same sha256, same extractor version) are skipped.  Downloads that
fail transiently (timeouts, 5xx) are retried with exponential backoff.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.futures import PrefectFuture, as_completed
from prefect.runtime import flow_run
from prefect.states import Completed
from prefect.tasks import exponential_backoff
from pydantic import BaseModel, Field, field_validator

import pipeline.extract  # noqa: F401 (imported here so that forked reader processes inherit it)
from kaohe.i18n import N_, _
from pipeline.extract import EXTRACTOR_VERSION
from extractors.names import shown
from schemes.compare_markdown import comparison_markdown
from schemes.store import IngestResult, VersionInfo, file_sha256
from schemes.workspace import Workspace

from . import progress
from .files import TransientDownloadError, download, move_to_quarantine, not_a_notice, scan_inbox
from .isolate import DEFAULT_LIMIT, InternalFailure, Interrupted, NoticeFailed, read_scheme, stop_all
from .notify import hook_target, ingest_payload, run_hook
from .runners import runner_from_env
from .storage import store_for

PROGRESS_KEY = "ingest"
REASON_SUFFIX = ".reason.txt"
FAILED_NOTICES = "Failed notices"  # the name of a finished run's state when notices failed
STATUSES = (N_("ingested"), N_("skipped"), N_("failed"))  # a document's status, as the artifact table shows it


class NoticeError(Exception):
    """The notice itself is unreadable, not extractable or too slow: quarantine it (retrying will not help)."""


class InternalNoticeError(Exception):
    """kaohe failed on the notice (a bug) or was stopped: keep it in the inbox (retrying now will not help)."""


class DocumentResult(BaseModel):
    """What happened to one notice."""

    document: str
    source: str  # the inbox path or the URL it came from
    status: Literal["ingested", "skipped", "failed"]
    ref: str | None = None  # scheme id @ version
    scheme_id: int | None = None
    kind: str | None = None
    title: str | None = None
    items: int | None = None
    total: float | None = None
    flags: list[str] = Field(default_factory=list)
    new_scheme: bool = False
    note: str | None = None
    changed_since_last: int | None = None  # items new or changed since last year's scheme of its series
    changes_markdown: str | None = None  # the comparison with last year's scheme (attached as an artifact)
    error: str | None = None
    quarantined: str | None = None  # where the notice was moved
    processed: str | None = None  # where a stored (or already stored) notice was moved out of the inbox
    review_url: str | None = None  # the scheme's review page

    @field_validator("document", "source")
    @classmethod
    def _shown(cls, name: str) -> str:
        """File names as shown: a newline or U+202E in a name must not forge the report's lines."""
        return shown(name)


class IngestSummary(BaseModel):
    """The flow's result: what was ingested, skipped, and what failed and why."""

    flow_run_id: str | None = None
    inbox: str
    quarantine: str
    processed: str | None = None
    ingested: list[DocumentResult] = Field(default_factory=list)
    skipped: list[DocumentResult] = Field(default_factory=list)
    failed: list[DocumentResult] = Field(default_factory=list)
    notify_problem: str | None = None  # why the notification hook failed (the run itself did not)

    @property
    def documents(self) -> list[DocumentResult]:
        return [*self.ingested, *self.skipped, *self.failed]

    def add(self, r: DocumentResult) -> None:
        {"ingested": self.ingested, "skipped": self.skipped, "failed": self.failed}[r.status].append(r)


def review_url(scheme_id: int) -> str:
    """The scheme's page on the review server: ``KAOHE_REVIEW_URL`` (default http://127.0.0.1:8765)."""
    base = os.environ.get("KAOHE_REVIEW_URL", "http://127.0.0.1:8765").rstrip("/")
    return f"{base}/schemes/{scheme_id}"


def _from_info(info: VersionInfo, document: str, source: str, status: Literal["ingested", "skipped"],
               **extra: Any) -> DocumentResult:
    s = info.scheme
    return DocumentResult(document=document, source=source, status=status, ref=info.ref, scheme_id=info.scheme_id,
                          kind=s.kind, title=s.metadata.title, items=len(s.items), total=s.total_points,
                          flags=[f.kind for f in s.open_flags], review_url=review_url(info.scheme_id), **extra)


# --------------------------------------------------------------------------- tasks


def _transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry a download only when the failure may pass (timeout, connection, 5xx)."""
    try:
        state.result()
    except TransientDownloadError:
        return True
    except Exception:
        return False
    return False


def _not_the_notice(task: Any, task_run: Any, state: Any) -> bool:
    """Retry an ingest for infrastructure trouble (a locked database…), never for a bad notice or a bug."""
    try:
        state.result()
    except (NoticeError, InternalNoticeError):
        return False
    except Exception:
        return True
    return False


@task(name="download-notice", cache_policy=NONE, retries=3, retry_delay_seconds=exponential_backoff(2),
      retry_jitter_factor=0.2, retry_condition_fn=_transient, task_run_name="download {url}")
def download_notice(url: str, folder: Path, timeout: float = 30.0) -> Path:
    """Fetch one notice into the inbox (an identical earlier download is reused)."""
    return download(url, folder, timeout=timeout)


@task(name="ingest-notice", cache_policy=NONE, retries=1, retry_delay_seconds=2,
      retry_condition_fn=_not_the_notice, task_run_name="ingest {path.name}")
def ingest_notice(path: Path, workspace: Workspace, author: str, source: str,
                  limit: float | None = DEFAULT_LIMIT) -> DocumentResult:
    """Read, extract (in a child process, within ``limit`` seconds) and store one notice as a draft.

    Skipped when this file was stored before by this extractor version.
    """
    refused = not_a_notice(path, path.lstat().st_mode)  # replaced by a link since the inbox was listed?
    if refused:
        return DocumentResult(document=path.name, source=source, status="skipped", note=refused)
    store = store_for(workspace)
    done = store.find_ingested(file_sha256(path), EXTRACTOR_VERSION)
    if done is not None:
        return _from_info(done, path.name, source, "skipped", note="already stored")
    try:
        scheme = read_scheme(path, limit)
    except NoticeFailed as exc:
        raise NoticeError(str(exc)) from None
    except InternalFailure as exc:
        get_run_logger().error("internal error, %s left in the inbox: %s\n%s", path.name, exc, exc.details)
        raise InternalNoticeError(f"{exc} (left in the inbox)") from None
    except Interrupted as exc:
        raise InternalNoticeError(f"{exc} (left in the inbox)") from None
    result: IngestResult = store.ingest(path, scheme, EXTRACTOR_VERSION, author=author)
    if result.skipped:
        return _from_info(result.info, path.name, source, "skipped", note="already stored")
    note = "new scheme" if result.new_scheme else f"new version; {result.carried} correction(s) re-applied" + (
        f", {result.conflicts} conflict(s)" if result.conflicts else "")
    last_year = store.compare_with_previous(result.info.ref) if result.new_scheme else None
    extra: dict[str, Any] = {}
    if last_year is not None:
        prev_ref, comparison = last_year
        note += f"; changed since last year ({prev_ref}): {comparison.changed_items} items"
        extra = {"changed_since_last": comparison.changed_items,
                 "changes_markdown": comparison_markdown(comparison, f"{path.name}: what changed since {prev_ref}")}
    return _from_info(result.info, path.name, source, "ingested", new_scheme=result.new_scheme, note=note, **extra)


@task(name="quarantine-notice", cache_policy=NONE, retries=2, retry_delay_seconds=1,
      task_run_name="quarantine {path.name}")
def quarantine_notice(path: Path, quarantine: Path, reason: str = "") -> Path:
    """Move a failed notice out of the inbox, keeping it (and anything already quarantined), with the
    reason in a text file beside it (``<name>.reason.txt``)."""
    dest = move_to_quarantine(path, quarantine)
    if reason:
        note = dest.with_name(dest.name + REASON_SUFFIX)
        tmp = note.with_name(f".{note.name}.tmp")
        tmp.write_text(f"{dest.name}\n{reason}\n", encoding="utf-8")
        os.replace(tmp, note)
    return dest


@task(name="file-processed-notice", cache_policy=NONE, retries=2, retry_delay_seconds=1,
      task_run_name="file {path.name}")
def file_processed(path: Path, processed: Path) -> Path:
    """Move a stored notice out of the inbox into ``processed`` (kept, never deleted or replaced)."""
    return move_to_quarantine(path, processed)


# --------------------------------------------------------------------------- artifacts


def _table(summary: IngestSummary) -> list[dict[str, Any]]:
    return [{_("document"): r.document, _("status"): _(r.status), _("scheme id"): r.ref or "",
             _("items"): "" if r.items is None else r.items, _("total"): "" if r.total is None else f"{r.total:g}",
             _("flags"): ", ".join(r.flags) if r.flags else ("" if r.status != "failed" else r.error or ""),
             _("review page"): r.review_url or ""}
            for r in summary.documents]


def _markdown(summary: IngestSummary) -> str:
    lines = [_("# Ingestion of `{inbox}`").format(inbox=summary.inbox), "",
             _("**{ingested} ingested**, {skipped} skipped (already stored), **{failed} failed**.").format(
                 ingested=len(summary.ingested), skipped=len(summary.skipped), failed=len(summary.failed)), ""]
    if summary.ingested:
        lines += [_("## Stored as drafts"), ""]
        for r in summary.ingested:
            detail = _("{n} items").format(n=r.items)
            detail += _(", total {total}").format(total=f"{r.total:g}") if r.total is not None else ""
            detail += _(", {n} open flag(s): {flags}").format(n=len(r.flags), flags=", ".join(r.flags)) \
                if r.flags else ""
            lines.append(f"- `{r.document}` → " + _("scheme {ref}").format(ref=f"**{r.ref}**")
                         + f" ({detail}; {r.note})" + (f" — [{r.review_url}]({r.review_url})" if r.review_url else ""))
        lines.append("")
    refused = [r for r in summary.skipped if r.ref is None]
    if refused:
        lines += [_("## Not read"), ""]
        lines += [f"- `{r.document}`: {r.note}" for r in refused]
        lines.append("")
    if summary.failed:
        lines += [_("## Failed"), ""]
        for r in summary.failed:
            where = _(" — moved to `{path}`").format(path=r.quarantined) if r.quarantined else ""
            lines.append(f"- `{r.source}`: {r.error}{where}")
        lines.append("")
    return "\n".join(lines)


def publish_artifacts(summary: IngestSummary) -> None:
    """The per-document table and a markdown summary, attached to this flow run."""
    create_table_artifact(table=_table(summary), key="ingest-documents",
                          description=_("notices of {inbox}: scheme, items, total, open flags").format(
                              inbox=summary.inbox))
    create_markdown_artifact(markdown=_markdown(summary), key="ingest-summary",
                             description=_("what was ingested, skipped and quarantined"))
    for r in summary.ingested:
        if r.changes_markdown:
            create_markdown_artifact(markdown=r.changes_markdown, key=f"changes-scheme-{r.scheme_id}",
                                     description=_("{document}: changed since last year: {n} items").format(
                                         document=r.document, n=r.changed_since_last))


# --------------------------------------------------------------------------- the flow


def outcome(future: PrefectFuture) -> tuple[Any, BaseException | None]:
    """(result, None) for a completed task, (None, its exception) for a failed one.

    ``wait()`` first: it records the final state on the future, where
    ``future.state`` alone may ask the API before the state has arrived there.
    """
    future.wait()
    state = future.state
    if state.is_completed():
        return future.result(), None
    exc = state.result(raise_on_failure=False)
    return None, exc if isinstance(exc, BaseException) else RuntimeError(state.message or f"task {state.name}")


def _failed(path: Path, source: str, exc: BaseException, qdir: Path) -> DocumentResult:
    """The failure record; a bad notice is moved to the quarantine (infrastructure errors leave it to retry)."""
    failed = DocumentResult(document=path.name, source=source, status="failed", error=str(exc))
    if isinstance(exc, NoticeError) and path.exists():
        state = quarantine_notice(path, qdir, str(exc), return_state=True)
        if state.is_completed():
            failed.quarantined = str(state.result())
        else:
            failed.error += f" (not quarantined: {state.result(raise_on_failure=False)}; left in the inbox)"
    return failed


@flow(name="ingest-notices", task_runner=runner_from_env())
def ingest_notices(inbox: Path, urls: list[str] | None = None, quarantine: Path | None = None,
                   home: Path | None = None, author: str = "kaohe-flows", retries: int = 3,
                   retry_delay: float = 2.0, timeout: float = 30.0,
                   notice_timeout: float | None = DEFAULT_LIMIT, processed: Path | None = None,
                   notify: str | None = None) -> IngestSummary:
    """Ingest every notice of ``inbox`` (and ``urls``, downloaded into it); quarantine the bad ones.

    ``retry_delay`` is the backoff factor of download retries (delays
    ``retry_delay × 2^n`` seconds); ``timeout`` is the download timeout and
    ``notice_timeout`` the time limit for reading and extracting one notice
    (None or 0: no limit, read in this process); ``quarantine`` defaults to
    ``<inbox>/../quarantine`` and ``processed`` (where stored notices are moved) to
    ``<inbox>/../processed``; ``home`` is the kaohe workspace (default
    ``$KAOHE_HOME`` or ``./kaohe-data``, database from ``$KAOHE_DB_URL``); ``notify`` (else
    ``KAOHE_NOTIFY``) is a command or webhook told about the finished run (:mod:`flows.notify`).
    """
    inbox = Path(inbox).absolute()
    qdir = Path(quarantine).absolute() if quarantine else inbox.parent / "quarantine"
    workspace = Workspace.resolve(home)
    pdir = Path(processed).absolute() if processed else inbox.parent / "processed"
    summary = IngestSummary(flow_run_id=flow_run.id, inbox=str(inbox), quarantine=str(qdir), processed=str(pdir))
    urls = list(urls or [])
    fetch = download_notice.with_options(
        retries=retries, retry_delay_seconds=exponential_backoff(retry_delay)(retries) if retries else 0)

    scanned = scan_inbox(inbox)
    waiting = scanned.notices
    for path, reason in scanned.refused:  # links, FIFOs, devices: reported, never followed
        summary.add(DocumentResult(document=path.name, source=str(path), status="skipped", note=reason))
    progress.start(PROGRESS_KEY, len(waiting) + len(urls), _("ingesting notices"))
    downloads = {fetch.submit(url, inbox, timeout): url for url in urls}

    seen: dict[str, Path] = {}  # sha256 → the path submitted for it (identical files are ingested once)
    running: dict[PrefectFuture, tuple[Path, str]] = {}

    def submit(path: Path, source: str) -> None:
        try:
            sha = file_sha256(path)
        except OSError as exc:  # gone or unreadable since it was listed
            summary.add(DocumentResult(document=path.name, source=source, status="failed", error=str(exc)))
            progress.advance(PROGRESS_KEY)
            return
        if sha in seen:
            if seen[sha] != path:
                summary.add(DocumentResult(document=path.name, source=source, status="skipped",
                                           note=f"same content as {seen[sha].name}"))
            progress.advance(PROGRESS_KEY)
            return
        seen[sha] = path
        running[ingest_notice.submit(path, workspace, author, source, notice_timeout)] = (path, source)

    try:
        for path in waiting:
            submit(path, str(path))
        for fut in as_completed(list(downloads)):
            url = downloads[fut]
            path, exc = outcome(fut)
            if exc is None:
                submit(path, url)
            else:
                summary.add(DocumentResult(document=url.rsplit("/", 1)[-1] or url, source=url, status="failed",
                                           error=str(exc)))
                progress.advance(PROGRESS_KEY)

        for fut in as_completed(list(running)):
            path, source = running[fut]
            result, exc = outcome(fut)
            if exc is None and path.parent == inbox and path.exists():
                state = file_processed(path, pdir, return_state=True)
                if state.is_completed():
                    result.processed = str(state.result())
            summary.add(result if exc is None else _failed(path, source, exc, qdir))
            progress.advance(PROGRESS_KEY)
    except BaseException as exc:
        if not isinstance(exc, Exception):  # SIGTERM (Prefect's TerminationSignal), SIGINT: stop at once
            stop_all()  # kills the reading children, so no task thread keeps the run (or the process) waiting
        raise

    for group in (summary.ingested, summary.skipped, summary.failed):
        group.sort(key=lambda r: (r.document, r.source))
    publish_artifacts(summary)
    progress.finish(PROGRESS_KEY, f"ingested {len(summary.ingested)}, skipped {len(summary.skipped)}, "
                    f"failed {len(summary.failed)}")
    hook = hook_target(notify)
    if hook:
        summary.notify_problem = run_hook(hook, ingest_payload(summary, FAILED_NOTICES if summary.failed
                                                                else "Completed"))
        if summary.notify_problem:
            get_run_logger().warning(summary.notify_problem)
    if summary.failed:  # not a green "Completed": the run's state says notices failed (the summary stays its result)
        return Completed(name=FAILED_NOTICES, data=summary,
                         message=f"{len(summary.failed)} notice(s) failed: " + ", ".join(r.document for r in summary.failed))
    return summary


__all__ = ["DocumentResult", "IngestSummary", "InternalNoticeError", "NoticeError", "ingest_notices", "download_notice", "ingest_notice",
           "quarantine_notice"]
