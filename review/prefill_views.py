"""The prefill view: a unit's self-evaluation report beside the values proposed from it, to confirm.

Left, the report's sentences with every evidence sentence highlighted; right, one row per scheme input
with the proposed value (editable), its status, confidence and flags.  "确认 confirm" records the value
as shown — the proposal, or the rater's correction — with the rater's name in the run's audit log, and
rewrites the run's confirmed submission (`kaohe score SCHEME <home>/prefill/<run>/confirmed.csv`).
Runs are made by `kaohe prefill … --review`.  Forms work without JavaScript (303 back to the row).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kaohe.i18n import _
from pipeline.prefill.model import CHECK_BELOW
from pipeline.prefill.runs import PrefillRuns, RunError

from .security import read_form
from .views import AUTHOR_COOKIE, _author, _reviewer, render

router = APIRouter()
RunId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _runs(request: Request) -> PrefillRuns:
    return PrefillRuns(request.app.state.store.workspace.home)


@router.get("/prefill", response_class=HTMLResponse)
def prefill_list(request: Request) -> HTMLResponse:
    return render(request, "prefill_list.html.j2", runs=_runs(request).list())


@router.get("/prefill/{run_id}", response_class=HTMLResponse)
def prefill_view(request: Request, run_id: RunId, unit: Annotated[int, Query(ge=0, le=100_000)] = 0,
                 error: str = "") -> HTMLResponse:
    runs = _runs(request)
    try:
        results = runs.results(run_id)
    except RunError as exc:
        return render(request, "message.html.j2", status=404, status_code=404, message=str(exc))
    if unit >= len(results):
        return render(request, "message.html.j2", status=404, status_code=404, message=_("run {run} has no unit {unit}").format(
            run=run_id, unit=unit))
    result = results[unit]
    confirmed = runs.confirmed(run_id)
    evidence: dict[int, list[str]] = {}
    rows = []
    for t in result.targets:
        for p in t.proposals:
            s = t.sentences[0] if t.sentences else None
            if p.where is not None and t.sentences:
                s = next((i for i in t.sentences if result.sentences[i].where == p.where), t.sentences[0])
            if s is not None:
                evidence.setdefault(s, []).append(f"{t.target} {p.input}")
            done = confirmed.get((result.unit, t.target, p.input))
            rows.append({"target": t, "p": p, "sentence": s, "done": done,
                         "value": done["value"] if done else p.value})
    blocks: list[list] = []
    last = None
    for s in result.sentences:
        key = (s.where.block, s.where.row)
        if key != last:
            blocks.append([])
            last = key
        blocks[-1].append((s, evidence.get(s.index, [])))
    return render(request, "prefill.html.j2", run_id=run_id, results=results, unit_index=unit, result=result,
                  rows=rows, blocks=blocks, audit=[a for a in runs.audit(run_id) if a["unit"] == result.unit],
                  scheme=runs.scheme(run_id), check_below=CHECK_BELOW, error=error,
                  confirmed_path=str(runs.submission(run_id)))


@router.post("/prefill/{run_id}/confirm")
async def prefill_confirm(request: Request, run_id: RunId) -> Response:
    form = {k: v for k, v in (await read_form(request)).items() if isinstance(v, str)}
    unit_index = int(form.get("unit_index", "0") or 0) if form.get("unit_index", "0").isdigit() else 0
    author = _reviewer(request) or form.get("author", "") or _author(request)
    anchor = f"row-{form.get('item', '')}-{form.get('input', '')}".replace(":", "_")
    try:
        _runs(request).confirm(run_id, form.get("unit", ""), form.get("item", ""), form.get("input", ""),
                               form.get("value", ""), author)
    except RunError as exc:
        return prefill_view(request, run_id, unit_index, error=str(exc))
    response = RedirectResponse(f"/prefill/{run_id}?unit={unit_index}#{quote(anchor)}", status_code=303)
    response.set_cookie(AUTHOR_COOKIE, quote(" ".join(author.split())[:100]), samesite="strict", httponly=True,
                        path="/", secure=request.app.state.guard.cookie_secure(request))
    return response
