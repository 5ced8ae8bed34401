"""The comparison page: last year's and this year's notice side by side, with what changed between them.

``/schemes/{id}/compare`` compares a scheme with the previous scheme of its
series (``?old=ID`` or ``ID@VERSION`` names another); it also lists last
year's corrections proposed on this scheme, each accepted with one click
(an ordinary, audited correction), and lets a reviewer confirm the series.
Plain forms: the page works without JavaScript.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kaohe.i18n import _
from schemes.compare import Comparison, compare
from schemes.forward import Proposal
from schemes.store import NotFound, VersionInfo
from schemes.store.series import SeriesInfo

from .edits import FormError
from .pages import SourceView, source_view
from .views import Revision, SchemeId, _done, _sources, _store, _who, render

router = APIRouter()


@dataclass
class Side:
    """What the ``source`` macro of source.html.j2 needs: the version and its document."""

    info: VersionInfo
    source: SourceView


@dataclass
class ComparePage:
    old: Side
    new: Side
    comparison: Comparison
    series: SeriesInfo | None
    proposals: list[Proposal]
    editable: bool  # proposals can be accepted on the latest, unpublished version


@router.get("/schemes/{scheme_id}/compare", response_class=HTMLResponse)
def compare_page(request: Request, scheme_id: SchemeId,
                 old: Annotated[str | None, Query(max_length=40, pattern=r"^\d+(@(\d+|latest|published))?$")] = None,
                 done: Annotated[str | None, Query(max_length=20)] = None) -> HTMLResponse:
    store = _store(request)
    new_info = store.get(scheme_id)
    if old is None:
        previous = store.previous_in_series(scheme_id)
        if previous is None:
            raise NotFound(_("scheme {id} has no earlier scheme in its series; compare with another one as "
                             "/schemes/{id}/compare?old=ID").format(id=scheme_id))
        old = str(previous)
    old_info = store.get(old)
    comparison = compare(old_info.scheme, new_info.scheme, old_info.ref, new_info.ref)
    sources = _sources(request)
    page = ComparePage(
        old=Side(old_info, source_view(sources, old_info)), new=Side(new_info, source_view(sources, new_info)),
        comparison=comparison, series=store.series_of(scheme_id), proposals=store.proposals(new_info.ref),
        editable=new_info.version == new_info.latest_version and new_info.status != "published",
    )
    flash = {"accepted": _("Proposal accepted: recorded as your correction."),
             "series": _("Series confirmed.")}.get(done or "")
    return render(request, "compare.html.j2", page=page, flash=flash)


@router.post("/schemes/{scheme_id}/proposals/accept")
def accept(request: Request, scheme_id: SchemeId, base_revision: Revision,
           key: Annotated[str, Form(max_length=200)], author: Annotated[str, Form()] = "") -> Response:
    who = _who(author, request)
    info = _store(request).accept_proposal(str(scheme_id), key, author=who, base_revision=base_revision)
    response = _done(request, info, "saved", who)
    if response.status_code == 303:
        response.headers["location"] = f"/schemes/{scheme_id}/compare?done=accepted"
    return response


@router.get("/schemes/{scheme_id}/series", response_class=HTMLResponse)
def series_page(request: Request, scheme_id: SchemeId,
                done: Annotated[str | None, Query(max_length=20)] = None) -> HTMLResponse:
    """The scheme's series with its schemes by year; confirm it, move the scheme to another or a new one."""
    store = _store(request)
    info = store.get(scheme_id)
    return render(request, "series.html.j2", info=info, series=store.series_of(scheme_id),
                  all_series=store.series_list(), previous=store.previous_in_series(scheme_id),
                  flash=_("Series recorded.") if done == "series" else None)


@router.post("/schemes/{scheme_id}/series")
def set_series(request: Request, scheme_id: SchemeId, base_revision: Revision,
               action: Annotated[str, Form(pattern="^(confirm|move|new)$")],
               author: Annotated[str, Form()] = "", to: Annotated[int | None, Form(ge=1)] = None,
               name: Annotated[str, Form(max_length=300)] = "") -> Response:
    """Confirm the series, move the scheme to series ``to``, or to a new series ``name`` (audited)."""
    who = _who(author, request)
    if action == "move" and to is None:
        raise FormError(_("choose the series to move the scheme to"))
    if action == "new" and not name.strip():
        raise FormError(_("name the new series"))
    _store(request).set_series(scheme_id, author=who, base_revision=base_revision,
                               series_id=to if action == "move" else None,
                               new_name=" ".join(name.split()) if action == "new" else None)
    back = request.headers.get("referer", "")
    target = f"/schemes/{scheme_id}/compare" if back.endswith("/compare") or "/compare?" in back else \
        f"/schemes/{scheme_id}/series"
    return RedirectResponse(f"{target}?done=series", status_code=303)
