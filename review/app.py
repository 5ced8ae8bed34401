"""The review web app: ``create_app()`` builds it against the same store the CLI uses."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator, Iterable

import jinja2
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from schemes.corrections import describe_op
from schemes.store import Store, StoreError

from . import security, views
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
    return env


def create_app(store_home: str | Path | None = None, db_url: str | None = None, token: str | None = None, *,
               host: str = "127.0.0.1", allowed_hosts: Iterable[str] = ()) -> FastAPI:
    """The app for one workspace; refuses a non-loopback ``host`` without an access ``token``."""
    token = (token or "").strip() or None
    security.check_binding(host, token)
    store = Store.open(home=store_home, db_url=db_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="kaohe review", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan,
                  dependencies=[Depends(security.csrf_guard)])
    guard = security.Guard(token=token, host=host.lower(), allowed_hosts=frozenset(h.lower() for h in allowed_hosts))
    app.state.store = store
    app.state.sources = Sources(store.workspace.home)
    app.state.templates = templates()
    app.state.guard = guard
    app.middleware("http")(security.middleware(guard))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(views.router)
    _errors(app)
    return app


def _errors(app: FastAPI) -> None:
    async def refused(request: Request, exc: Exception) -> Response:
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
