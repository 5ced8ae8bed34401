"""Routes of the review page: list, scheme page, writes through the store, page images, login.

Every write names the revision the page was rendered at; the store refuses a
stale one (:class:`StaleWrite`, shown as HTTP 409) instead of overwriting.
Forms work without JavaScript (303 back to the page, or an error page); the
page's script submits them with ``Accept: application/json`` and shows the
outcome in place, keeping the reviewer's edits on the page when refused.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response

from schemes.store import (
    InvalidCorrection, InvalidTransition, NotFound, PublishBlocked, StaleWrite, Store, StoreError, VersionInfo,
)

from .edits import FormError, PageOutdated, form_ops
from .pages import scheme_page
from .render import Sources
from .security import AUTH_COOKIE, Guard

router = APIRouter()

SchemeId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Version = Annotated[int, Path(ge=1, le=2**31 - 1)]
PageNo = Annotated[int, Path(ge=1, le=100_000)]
Revision = Annotated[int, Form(ge=0, le=2**62)]
AUTHOR_COOKIE = "kaohe_author"
DONE = {
    "saved": "Correction recorded.",
    "unchanged": "Nothing changed: no correction recorded.",
    "approved": "Approved.",
    "published": "Published.",
    "revised": "A new draft version was started from the published one.",
}


def _store(request: Request) -> Store:
    return request.app.state.store


def _sources(request: Request) -> Sources:
    return request.app.state.sources


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    context.setdefault("csrf", getattr(request.state, "csrf", ""))
    context.setdefault("author", _author(request))
    return HTMLResponse(env.get_template(template).render(**context), status_code=status)


def wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _author(request: Request) -> str:
    return unquote(request.cookies.get(AUTHOR_COOKIE, ""))[:100]


def _get(store: Store, scheme_id: int, version: int | None = None) -> VersionInfo:
    return store.get(f"{scheme_id}@{version}" if version else scheme_id)


def _done(request: Request, info: VersionInfo, what: str, author: str) -> Response:
    """After a write: back to the (latest) scheme page, remembering the reviewer's name."""
    url = f"/schemes/{info.scheme_id}?done={what}"
    response: Response
    if wants_json(request):
        response = JSONResponse({"ok": True, "redirect": url, "revision": info.revision, "message": DONE[what]})
    else:
        response = RedirectResponse(url, status_code=303)
    response.set_cookie(AUTHOR_COOKIE, quote(author[:100]), samesite="strict", httponly=True, path="/")
    return response


def _who(author: str) -> str:
    who = " ".join(author.split())
    if not who:
        raise FormError("enter your name (it is recorded in the audit log)")
    return who[:100]


# --------------------------------------------------------------------------- pages


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    store = _store(request)
    rows = [(s, store.get(s.id).document) for s in store.list_schemes()]
    return render(request, "list.html.j2", rows=rows, home=str(store.workspace.home))


@router.get("/schemes/{scheme_id}", response_class=HTMLResponse)
def scheme(request: Request, scheme_id: SchemeId,
           version: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
           done: Annotated[str | None, Query(max_length=20)] = None) -> HTMLResponse:
    info = _get(_store(request), scheme_id, version)
    page = scheme_page(_store(request), _sources(request), info)
    return render(request, "scheme.html.j2", page=page, flash=DONE.get(done or ""))


@router.get("/schemes/{scheme_id}/versions/{version}/pages/{page}.png")
def page_image(request: Request, scheme_id: SchemeId, version: Version, page: PageNo) -> Response:
    """A page of a stored PDF, addressed by scheme, version and page number only."""
    info = _get(_store(request), scheme_id, version)
    if info.document.format != "pdf":
        return Response("not a PDF\n", status_code=404, media_type="text/plain")
    try:
        path = _sources(request).page_png(info.document, page)
    except LookupError as exc:
        return Response(f"{exc}\n", status_code=404, media_type="text/plain")
    return FileResponse(path, media_type="image/png", headers={"cache-control": "private, max-age=86400"})


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(status_code=204)


# --------------------------------------------------------------------------- writes


@router.post("/schemes/{scheme_id}/correct")
async def correct(request: Request, scheme_id: SchemeId, base_revision: Revision,
                  version: Annotated[int, Form(ge=1)], author: Annotated[str, Form()] = "",
                  reason: Annotated[str, Form()] = "") -> Response:
    store = _store(request)
    who = _who(author)
    why = " ".join(reason.split())[:500]
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    ref = f"{scheme_id}@{version}"
    store.assert_revision(scheme_id, base_revision)  # StaleWrite before comparing with a newer scheme
    info = store.get(ref)
    ops = form_ops(info.scheme, form, author=who)
    if not ops:
        return _done(request, info, "unchanged", who)
    if not why:
        raise FormError("give a reason for the correction (it is recorded in the audit log)")
    info = store.correct(ref, ops, author=who, reason=why, base_revision=base_revision)
    return _done(request, info, "saved", who)


@router.post("/schemes/{scheme_id}/approve")
def approve(request: Request, scheme_id: SchemeId, base_revision: Revision,
            version: Annotated[int, Form(ge=1)], author: Annotated[str, Form()] = "") -> Response:
    who = _who(author)
    info = _store(request).approve(f"{scheme_id}@{version}", author=who, base_revision=base_revision)
    return _done(request, info, "approved", who)


@router.post("/schemes/{scheme_id}/publish")
def publish(request: Request, scheme_id: SchemeId, base_revision: Revision,
            version: Annotated[int, Form(ge=1)], author: Annotated[str, Form()] = "",
            override_reason: Annotated[str, Form()] = "") -> Response:
    who = _who(author)
    info = _store(request).publish(f"{scheme_id}@{version}", author=who, base_revision=base_revision,
                                   override_reason=" ".join(override_reason.split())[:500] or None)
    return _done(request, info, "published", who)


@router.post("/schemes/{scheme_id}/revise")
def revise(request: Request, scheme_id: SchemeId, base_revision: Revision,
           version: Annotated[int, Form(ge=1)], author: Annotated[str, Form()] = "") -> Response:
    who = _who(author)
    info = _store(request).revise(f"{scheme_id}@{version}", author=who, base_revision=base_revision)
    return _done(request, info, "revised", who)


# --------------------------------------------------------------------------- login (token mode)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return render(request, "login.html.j2", error=None)


@router.post("/login")
def login(request: Request, token: Annotated[str, Form(max_length=1000)] = "") -> Response:
    guard: Guard = request.app.state.guard
    if not guard.token:
        return RedirectResponse("/", status_code=303)
    if not guard.token_ok(token):
        return render(request, "login.html.j2", status=401, error="wrong access token")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(AUTH_COOKIE, guard.login_cookie(), httponly=True, samesite="strict", path="/")
    return response


# --------------------------------------------------------------------------- errors


def error_response(request: Request, status: int, message: str) -> Response:
    """The same refusal for the page's script (JSON) and for a plain form post (a page)."""
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return render(request, "message.html.j2", status=status, status_code=status, message=message)


def status_of(exc: Exception) -> int:
    """404 unknown, 409 somebody else's change or the workflow, 422 a value that cannot be used."""
    for kind, status in ((NotFound, 404), (StaleWrite, 409), (PageOutdated, 409), (PublishBlocked, 409),
                         (InvalidTransition, 409), (InvalidCorrection, 422), (FormError, 422), (StoreError, 400)):
        if isinstance(exc, kind):
            return status
    return 500
