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
from pydantic import ValidationError

from kaohe.i18n import N_, _
from schemes.store import (
    InvalidCorrection, InvalidTransition, NotFound, PublishBlocked, StaleWrite, Store, StoreError, VersionInfo,
)

from .edits import FormError, PageOutdated, SaveRequest, changed_fields, form_ops
from .edits import _points as parse_points
from .pages import scheme_page
from .render import Sources
from .rules import MAX_CRITERIA, derive_rule
from .security import AUTH_COOKIE, Guard, NestedTooDeep, client_of, load_json, locked_out, read_form

router = APIRouter()

SchemeId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Version = Annotated[int, Path(ge=1, le=2**31 - 1)]
PageNo = Annotated[int, Path(ge=1, le=100_000)]
Revision = Annotated[int, Form(ge=0, le=2**62)]
AUTHOR_COOKIE = "kaohe_author"
DONE = {
    "saved": N_("Correction recorded."),
    "unchanged": N_("Nothing changed: no correction recorded."),
    "approved": N_("Approved."),
    "published": N_("Published."),
    "revised": N_("A new draft version was started from the published one."),
}


def _store(request: Request) -> Store:
    return request.app.state.store


def _sources(request: Request) -> Sources:
    return request.app.state.sources


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    context.setdefault("csrf", getattr(request.state, "csrf", ""))
    context.setdefault("author", _author(request))
    context.setdefault("here", request.url.path + (f"?{request.url.query}" if request.url.query else ""))
    context.setdefault("reviewer", _reviewer(request))
    context.setdefault("token_mode", request.app.state.guard.token_mode)
    return HTMLResponse(env.get_template(template).render(**context), status_code=status)


def wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _reviewer(request: Request) -> str | None:
    """The reviewer the login names (per-reviewer tokens), else None."""
    return getattr(request.state, "reviewer", None)


def _author(request: Request) -> str:
    return _reviewer(request) or unquote(request.cookies.get(AUTHOR_COOKIE, ""))[:100]


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
    return _remember(response, request, author)


def _who(author: str, request: Request | None = None) -> str:
    """The audit log's author: the logged-in reviewer when the token names one, else the name a client
    sends with the write, else the page session's reviewer name (asked once at the top of the page)."""
    if request is not None and (reviewer := _reviewer(request)):
        return reviewer
    who = " ".join(author.split()) or (" ".join(_author(request).split()) if request is not None else "")
    if not who:
        raise FormError("enter your name at the top of the page (it is recorded in the audit log)")
    return who[:100]


def _remember(response: Response, request: Request, name: str) -> Response:
    """Keep the reviewer's name for this browser session (a session cookie; empty: forget it)."""
    guard: Guard = request.app.state.guard
    if name:
        response.set_cookie(AUTHOR_COOKIE, quote(name[:100]), samesite="strict", httponly=True, path="/",
                            secure=guard.cookie_secure(request))
    else:
        response.delete_cookie(AUTHOR_COOKIE, path="/", samesite="strict", httponly=True,
                               secure=guard.cookie_secure(request))
    return response


def _local(url: str) -> str:
    """``url`` when it is a path of this site, else ``/`` (never a redirect elsewhere)."""
    return url if url.startswith("/") and not url.startswith(("//", "/\\")) and "\n" not in url else "/"


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
    return render(request, "scheme.html.j2", page=page, flash=_(DONE.get(done or "", "")) or None)


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
async def correct(request: Request, scheme_id: SchemeId) -> Response:
    """Record a correction: from the page's script (JSON, changed fields only) or a plain form post."""
    save = await _save_request(request)
    store = _store(request)
    who = _who(save.author, request)
    why = " ".join(save.reason.split())[:500]
    ref = f"{scheme_id}@{save.version}"
    store.assert_revision(scheme_id, save.base_revision)  # StaleWrite before comparing with a newer scheme
    info = store.get(ref)
    ops = form_ops(info.scheme, save.fields, author=who)
    if not ops:
        return _done(request, info, "unchanged", who)
    if not why:
        raise FormError("give a reason for the correction (it is recorded in the audit log)")
    info = store.correct(ref, ops, author=who, reason=why, base_revision=save.base_revision)
    return _done(request, info, "saved", who)


async def _save_request(request: Request) -> SaveRequest:
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            return SaveRequest.model_validate_json(await request.body())
        except ValidationError as exc:
            where = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])
            raise FormError(f"the save request is not valid ({where})") from None
    form = {k: v for k, v in (await read_form(request)).items() if isinstance(v, str)}
    try:
        return SaveRequest(base_revision=form.pop("base_revision", ""), version=form.pop("version", ""),
                           author=form.pop("author", ""), reason=form.pop("reason", ""),
                           fields={k: v for k, v in form.items() if k != "csrf"})
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])
        raise FormError(f"the form is not valid ({where})") from None


def stale_details(store: Store, stale: StaleWrite) -> tuple[str, list[dict[str, Any]]]:
    """The conflict message with what changed since the page was loaded (who, when, which fields),
    and the same as data for the page's script."""
    try:
        changes = _changes_since(store, stale.scheme_id, stale.base)
    except StoreError:
        changes = []
    return _stale_message(stale, changes), changes


def _changes_since(store: Store, scheme_id: int, base_revision: int) -> list[dict[str, Any]]:
    out = []
    for event in store.log(scheme_id):
        if event.revision <= base_revision:
            continue
        fields = changed_fields([op for c in event.corrections for op in c.ops])
        out.append({"revision": event.revision, "author": event.author, "action": event.action,
                    "at": event.at.strftime("%Y-%m-%d %H:%M:%S UTC"), "fields": fields})
    return out


def _stale_message(stale: StaleWrite, changes: list[dict[str, Any]]) -> str:
    if not changes:
        return str(stale)
    told = "; ".join(f"r{c['revision']} {c['author']} at {c['at']} {c['action']}"
                     + (f" {', '.join(c['fields'][:8])}" + (" …" if len(c["fields"]) > 8 else "") if c["fields"]
                        else "") for c in changes[-5:])
    return f"{stale} Changed since your page: {told}."


@router.post("/schemes/{scheme_id}/approve")
def approve(request: Request, scheme_id: SchemeId, base_revision: Revision,
            version: Annotated[int, Form(ge=1)], author: Annotated[str, Form()] = "") -> Response:
    who = _who(author, request)
    info = _store(request).approve(f"{scheme_id}@{version}", author=who, base_revision=base_revision)
    return _done(request, info, "approved", who)


@router.post("/schemes/{scheme_id}/publish")
def publish(request: Request, scheme_id: SchemeId, base_revision: Revision,
            version: Annotated[int, Form(ge=1)], author: Annotated[str, Form()] = "",
            override_reason: Annotated[str, Form()] = "") -> Response:
    who = _who(author, request)
    info = _store(request).publish(f"{scheme_id}@{version}", author=who, base_revision=base_revision,
                                   override_reason=" ".join(override_reason.split())[:500] or None)
    return _done(request, info, "published", who)


@router.post("/schemes/{scheme_id}/revise")
def revise(request: Request, scheme_id: SchemeId, base_revision: Revision,
           version: Annotated[int, Form(ge=1)], author: Annotated[str, Form()] = "") -> Response:
    who = _who(author, request)
    info = _store(request).revise(f"{scheme_id}@{version}", author=who, base_revision=base_revision)
    return _done(request, info, "revised", who)


@router.post("/reviewer")
def reviewer_name(request: Request, name: Annotated[str, Form(max_length=1000)] = "",
                  to: Annotated[str, Form(alias="next", max_length=2000)] = "/") -> Response:
    """The page session's reviewer name: asked once at the top of the page, used by every write of the
    session (empty: forget it, so the page asks again)."""
    who = " ".join(name.split())[:100]
    url = _local(to)
    if wants_json(request):
        response: Response = JSONResponse({"ok": True, "redirect": url, "name": who})
    else:
        response = RedirectResponse(url, status_code=303)
    return _remember(response, request, who)


# --------------------------------------------------------------------------- login (token mode)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return render(request, "login.html.j2", error=None)


@router.post("/login")
def login(request: Request, token: Annotated[str, Form(max_length=1000)] = "") -> Response:
    """Trade a token for a signed, expiring session cookie; wrong tokens count towards a lockout."""
    guard: Guard = request.app.state.guard
    if not guard.token_mode:
        return RedirectResponse("/", status_code=303)
    client = client_of(request)
    if (wait := guard.throttle.locked_for(client)) > 0:
        return _locked_page(request, wait)
    ok, reviewer = guard.check_token(token)
    if not ok:
        guard.throttle.failed(client)
        if (wait := guard.throttle.locked_for(client)) > 0:
            return _locked_page(request, wait)
        return render(request, "login.html.j2", status=401, error="wrong access token")
    guard.throttle.succeeded(client)
    response = RedirectResponse("/", status_code=303)
    guard.set_session(request, response, reviewer)
    return response


def _locked_page(request: Request, wait: float) -> Response:
    plain = locked_out(wait)
    page = render(request, "login.html.j2", status=429, error=bytes(plain.body).decode().strip())
    page.headers["retry-after"] = plain.headers["retry-after"]
    return page


@router.post("/logout")
def logout(request: Request) -> Response:
    response = RedirectResponse("/login" if request.app.state.guard.token_mode else "/", status_code=303)
    response.delete_cookie(AUTH_COOKIE, path="/")
    return response


# --------------------------------------------------------------------------- rule preview


@router.post("/schemes/{scheme_id}/rule-preview")
async def rule_preview(request: Request, scheme_id: SchemeId) -> Response:
    """The rule a corrected criteria text gives an item, before saving: {"rule", "summary", "reason"}."""
    try:
        body = load_json(await request.body() or b"{}")
    except NestedTooDeep:
        raise FormError("the preview request is nested too deeply") from None
    except ValueError:
        raise FormError("the preview request is not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("item"), str) \
            or not isinstance(body.get("criteria"), str) or len(body["criteria"]) > MAX_CRITERIA:
        raise FormError("the preview request needs an item id and a criteria text (at most "
                        f"{MAX_CRITERIA} characters)")
    version = body.get("version")
    info = _get(_store(request), scheme_id, version if isinstance(version, int) and version >= 1 else None)
    item = next((i for i in info.scheme.items if i.id == body["item"]), None)
    if item is None:
        raise NotFound(f"scheme {scheme_id} has no item {body['item']!r}")
    points = item.points
    if isinstance(body.get("points"), str):
        points = parse_points(body["points"], f"item {item.id}")
    derived = derive_rule(info.scheme, item, body["criteria"].replace("\r\n", "\n").strip(), points)
    return JSONResponse({"item": item.id, "rule": derived.rule, "summary": derived.summary, "reason": derived.reason})


# --------------------------------------------------------------------------- errors


def error_response(request: Request, status: int, message: str, **extra: Any) -> Response:
    """The same refusal for the page's script (JSON) and for a plain form post (a page)."""
    if wants_json(request):
        return JSONResponse({"error": message, **extra}, status_code=status)
    return render(request, "message.html.j2", status=status, status_code=status, message=message)


def status_of(exc: Exception) -> int:
    """404 unknown, 409 somebody else's change or the workflow, 422 a value that cannot be used."""
    for kind, status in ((NotFound, 404), (StaleWrite, 409), (PageOutdated, 409), (PublishBlocked, 409),
                         (InvalidTransition, 409), (InvalidCorrection, 422), (FormError, 422), (StoreError, 400)):
        if isinstance(exc, kind):
            return status
    return 500
