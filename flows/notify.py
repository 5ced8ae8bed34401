"""The optional notification hook: a command or a webhook told about every finished run.

``--notify CMD|URL`` (or ``KAOHE_NOTIFY``) names it.  An ``http://`` or
``https://`` address receives the run's JSON summary as a POST (standard
library :mod:`urllib`); anything else is a command, run without a shell, with
the summary on its standard input.  The summary says which flow ran, how it
ended, the counts, the failures and the review links.  A hook that fails (an
unreachable address, an HTTP error, a command that exits non-zero or hangs)
is reported in one line and never fails the run it reports on.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import urllib.error
import urllib.request
from typing import Any

from kaohe.i18n import _

ENV = "KAOHE_NOTIFY"
TIMEOUT = float(os.environ.get("KAOHE_NOTIFY_TIMEOUT", "30"))


def hook_target(option: str | None) -> str | None:
    """The hook to run: the option, else ``KAOHE_NOTIFY``, else none."""
    target = (option or os.environ.get(ENV) or "").strip()
    return target or None


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def ingest_payload(summary: Any, state: str) -> dict[str, Any]:
    """What a hook is told about an ingestion run (a :class:`flows.ingest.IngestSummary`)."""
    return {
        "flow": "ingest-notices", "flow_run_id": summary.flow_run_id, "state": state, "inbox": summary.inbox,
        "counts": {"ingested": len(summary.ingested), "skipped": len(summary.skipped),
                   "failed": len(summary.failed)},
        "failures": [{"document": r.document, "source": r.source, "error": r.error, "quarantined": r.quarantined}
                     for r in summary.failed],
        "review_links": [{"document": r.document, "scheme": r.ref, "url": r.review_url}
                         for r in summary.ingested if r.review_url],
    }


def score_payload(summary: Any) -> dict[str, Any]:
    """What a hook is told about a scoring run (a :class:`flows.score.ScoreSummary`)."""
    return {
        "flow": "score-batch", "flow_run_id": summary.flow_run_id, "state": "Completed", "scheme": summary.scheme,
        "run_id": summary.run_id, "counts": {"units": summary.units, "partitions": summary.partitions},
        "failures": [], "outdir": summary.outdir, "report": summary.report, "notes": summary.notes,
    }


def failed_payload(flow: str, flow_run_id: str | None, error: BaseException) -> dict[str, Any]:
    """What a hook is told about a run that stopped on an error (e.g. submissions that failed validation)."""
    return {"flow": flow, "flow_run_id": flow_run_id, "state": "Failed", "counts": {},
            "failures": [{"error": str(error)}]}


def run_hook(target: str, payload: dict[str, Any], timeout: float = TIMEOUT) -> str | None:
    """Send ``payload`` to the hook; None when it took it, else one line saying why not (never raises)."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    try:
        return _post(target, body, timeout) if is_url(target) else _command(target, body, timeout)
    except Exception as exc:  # noqa: BLE001 - a hook's failure is reported, never the run's
        return _("notification hook {target} failed: {problem}").format(target=target, problem=exc)


def _post(url: str, body: bytes, timeout: float) -> str | None:
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8",
                                              "User-Agent": "kaohe-notify"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's own URL
            response.read(1 << 16)
    except urllib.error.HTTPError as exc:
        return _("notification hook {target} failed: HTTP {status} {reason}").format(
            target=url, status=exc.code, reason=exc.reason)
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return _("notification hook {target} failed: {problem}").format(target=url, problem=reason)
    return None


def _command(command: str, body: bytes, timeout: float) -> str | None:
    argv = shlex.split(command)
    try:
        done = subprocess.run(argv, input=body, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return _("notification hook {target} failed: no answer within {n} s").format(target=command, n=f"{timeout:g}")
    except OSError as exc:
        return _("notification hook {target} failed: {problem}").format(target=command, problem=exc.strerror or exc)
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        return _("notification hook {target} failed: exit code {code} {detail}").format(
            target=command, code=done.returncode, detail=tail[0][:200]).rstrip()
    return None


__all__ = ["ENV", "failed_payload", "hook_target", "ingest_payload", "is_url", "run_hook", "score_payload"]
