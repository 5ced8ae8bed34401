"""What keeps the review page safe to run: host binding, access token, CSRF, headers.

The notices are untrusted input and the page can change the store, so:

* the server binds to loopback; another address needs an access token
  (:func:`check_binding` refuses to start otherwise), and with a token every
  request must carry it (``X-Kaohe-Token`` / ``Authorization: Bearer``) or the
  login cookie set by ``/login``;
* without a token, requests must name a loopback host in ``Host`` (a page on
  another site cannot reach the server through DNS rebinding);
* every write carries the per-session CSRF token (double-submit: an HttpOnly,
  SameSite=Strict cookie and a hidden form field or ``X-CSRF-Token`` header)
  and is refused when ``Origin`` / ``Sec-Fetch-Site`` say it is cross-site;
* every response gets a strict Content-Security-Policy (scripts only from
  ``/static``, no inline script), so even a missed escape cannot run.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from dataclasses import dataclass, field
from typing import Awaitable, Callable
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.responses import Response

CSRF_COOKIE = "kaohe_csrf"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
AUTH_COOKIE = "kaohe_auth"
TOKEN_HEADER = "x-kaohe-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
PUBLIC_PREFIXES = ("/static/", "/login")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}


class UnsafeBinding(ValueError):
    """Refused to serve on a non-loopback address without an access token."""


def is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_binding(host: str, token: str | None) -> None:
    """Binding beyond this machine exposes the store: only with an access token."""
    if not is_loopback(host) and not (token or "").strip():
        raise UnsafeBinding(
            f"refusing to serve on {host}: it is reachable from other machines. "
            "Set an access token (--token or KAOHE_REVIEW_TOKEN) or bind to 127.0.0.1.")


@dataclass(frozen=True)
class Guard:
    """The security settings of one app."""

    token: str | None = None
    host: str = "127.0.0.1"
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)

    def login_cookie(self) -> str:
        """What the login cookie holds: derived from the token, never the token itself."""
        assert self.token
        return hmac.new(self.token.encode(), b"kaohe-review-login", hashlib.sha256).hexdigest()

    def token_ok(self, presented: str | None) -> bool:
        return bool(self.token and presented) and hmac.compare_digest(
            presented.encode(), self.token.encode())  # type: ignore[union-attr]

    def authorized(self, request: Request) -> bool:
        if not self.token:
            return True
        bearer = request.headers.get("authorization", "")
        presented = request.headers.get(TOKEN_HEADER) or (bearer[7:] if bearer.lower().startswith("bearer ") else None)
        if self.token_ok(presented):
            return True
        cookie = request.cookies.get(AUTH_COOKIE, "")
        return bool(cookie) and hmac.compare_digest(cookie.encode(), self.login_cookie().encode())

    def host_ok(self, request: Request) -> bool:
        """Without a token only loopback names (and the bound host) are answered."""
        if self.token:
            return True
        host = request.headers.get("host", "")
        name = urlsplit(f"//{host}").hostname or ""
        return is_loopback(name) or name in self.allowed_hosts or name == self.host.lower()


def _csrf_value(request: Request) -> str | None:
    value = request.cookies.get(CSRF_COOKIE, "")
    return value if 20 <= len(value) <= 100 and value.replace("-", "").replace("_", "").isalnum() else None


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None:
        return True
    if origin == "null":
        return False
    parts = urlsplit(origin)
    return parts.netloc.lower() == request.headers.get("host", "").lower() and parts.scheme in ("http", "https")


async def csrf_guard(request: Request) -> None:
    """App-wide dependency: every unsafe request must be same-origin and carry the session's CSRF token."""
    if request.method in SAFE_METHODS:
        return
    if not same_origin(request):
        raise HTTPException(403, "cross-origin request refused")
    expected = _csrf_value(request)
    presented = request.headers.get(CSRF_HEADER)
    if presented is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        value = (await request.form()).get(CSRF_FIELD)
        presented = value if isinstance(value, str) else None
    if not expected or not presented or not hmac.compare_digest(expected.encode(), presented.encode()):
        raise HTTPException(403, "the form has expired or did not come from this page (CSRF token missing or "
                                 "wrong); reload the page and try again")


def middleware(guard: Guard) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    """Host and token checks before routing; CSRF cookie and security headers on the way out."""

    async def secure(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not guard.host_ok(request):
            response: Response = Response("unknown host\n", status_code=400, media_type="text/plain")
        elif not guard.authorized(request) and not request.url.path.startswith(PUBLIC_PREFIXES):
            response = _unauthorized(request)
        else:
            token = _csrf_value(request)
            fresh = token is None
            request.state.csrf = token or secrets.token_urlsafe(32)
            response = await call_next(request)
            if fresh:
                response.set_cookie(CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict", path="/")
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if response.media_type == "text/html" or response.headers.get("content-type", "").startswith("text/html"):
            response.headers["cache-control"] = "no-store"
        return response

    return secure


def _unauthorized(request: Request) -> Response:
    if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
        return Response(status_code=303, headers={"location": "/login"})
    return Response("an access token is required (X-Kaohe-Token header, or log in at /login)\n",
                    status_code=401, media_type="text/plain")
