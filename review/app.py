"""The review web app: ``create_app()`` builds it against the same store the CLI uses."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator, Callable, Iterable

import jinja2
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from kaohe.i18n import N_, _, html_lang
from schemes import labels
from schemes.corrections import describe_op
from schemes.store import DocumentInfo, StaleWrite, Store, StoreError

from . import compare, prefill_views, security, views
from .edits import FormError
from .pages import fmt
from .render import SourceUnavailable, Sources

HERE = Path(__file__).resolve().parent


def templates() -> jinja2.Environment:
    """Autoescape everything: notice text is untrusted (never mark it ``|safe``)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["num"] = lambda x: "" if x is None else f"{x:g}"
    env.filters["dec"] = fmt
    env.globals["describe_op"] = describe_op
    env.globals["_"] = _
    env.globals["page_lang"] = html_lang
    env.globals["js_messages"] = lambda: {m: _(m) for m in JS_MESSAGES}
    env.globals.update(flag_label=labels.flag_label, rule_label=labels.rule_label, model_label=labels.model_label,
                       entry_label=labels.entry_label, kind_label=labels.kind_label,
                       status_label=labels.status_label, action_label=labels.action_label,
                       severity_label=labels.severity_label, change_label=labels.change_label,
                       prefill_label=labels.prefill_label)
    return env


#: the texts review.js writes into the page (it reads their translations from #kaohe-i18n).
JS_MESSAGES = (
    N_("no source location recorded"), N_("page {n}"), N_(" (approximate)"), N_("≠ declared {n}"),
    N_("Σ categories {n}"), N_("total Σ {n}"), N_("items"), N_("sub-categories"), N_("items and sub-categories"),
    N_("{n} unsaved change"), N_("{n} unsaved changes"), N_("re-deriving the rule…"), N_("new rule: "), N_("preview failed: "),
    N_(" Your edits are still on this page (copy them before reloading). "), N_("Reload the current scheme"),
    N_("request failed: "), N_("The server did not answer: "),
)


def create_app(store_home: str | Path | None = None, db_url: str | None = None, token: str | None = None, *,
               tokens: str | None = None, tokens_file: str | Path | None = None,
               host: str = "127.0.0.1", allowed_hosts: Iterable[str] = (), secure_cookies: bool = False,
               session_ttl: float = security.SESSION_TTL, throttle: security.Throttle | None = None,
               max_body: int = security.MAX_BODY) -> FastAPI:
    """The app for one workspace; refuses a non-loopback ``host`` without an access token, and weak tokens.

    ``token`` is one shared token (reviewers type their name); ``tokens``
    ("name:token,…") and ``tokens_file`` give each reviewer their own, and the
    audit log then records the name the token belongs to.
    """
    reviewers = security.reviewers_from(token, tokens, tokens_file)
    security.check_binding(host, reviewers)
    store = Store.open(home=store_home, db_url=db_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="kaohe review", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan,
                  dependencies=[Depends(security.csrf_guard)])
    guard = security.Guard(reviewers=reviewers, host=host.lower(),
                           allowed_hosts=frozenset(h.lower() for h in allowed_hosts), secure_cookies=secure_cookies,
                           sessions=security.Sessions(session_ttl), throttle=throttle or security.Throttle())
    app.state.store = store
    app.state.sources = Sources(store.workspace.home, stored_model=_stored_model(store))
    app.state.templates = templates()
    app.state.guard = guard
    app.add_middleware(security.BodyLimit, limit=max_body)  # inside the next one: no task group around it
    app.middleware("http")(security.middleware(guard))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(views.router)
    app.include_router(prefill_views.router)
    app.include_router(compare.router)
    _errors(app)
    return app


def _stored_model(store: Store) -> Callable[[DocumentInfo], str | None] | None:
    """The store's copy of a document model (kept at ingestion), when this store keeps them."""
    method = getattr(store, "document_json", None)
    if method is None:
        return None
    return lambda doc: method(doc.sha256)


def _errors(app: FastAPI) -> None:
    async def refused(request: Request, exc: Exception) -> Response:
        if isinstance(exc, StaleWrite):  # who changed what since the page was loaded
            message, changes = views.stale_details(request.app.state.store, exc)
            return views.error_response(request, 409, message, changes=changes)
        return views.error_response(request, views.status_of(exc), str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return views.error_response(request, exc.status_code, str(exc.detail))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        where = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()[:3])
        status = 404 if any(e.get("loc", ("",))[0] == "path" for e in exc.errors()) else 422
        return views.error_response(request, status, f"invalid request ({where})")

    async def unavailable(request: Request, exc: Exception) -> Response:
        return views.error_response(request, 404, str(exc))

    app.add_exception_handler(StoreError, refused)
    app.add_exception_handler(FormError, refused)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(SourceUnavailable, unavailable)
