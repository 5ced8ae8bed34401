"""What keeps the review page safe to run: host binding, access tokens, sessions, CSRF, limits, headers.

The notices are untrusted input and the page can change the store, so:

* the server binds to loopback; another address needs an access token
  (:func:`check_binding` refuses to start otherwise), and every token is at
  least :data:`MIN_TOKEN_LENGTH` characters (:func:`reviewers_from` refuses a
  shorter one at start-up);
* with tokens, every request must carry one (``X-Kaohe-Token`` /
  ``Authorization: Bearer``) or a session cookie from ``/login``.  The cookie
  is a signed, expiring session (never the token): it names the reviewer and
  dies after ``session_ttl`` or when the server restarts (the signing key lives
  in memory only).  With one token per reviewer the audit log's author comes
  from the login, not from a name typed into the page;
* wrong tokens are counted per client address: after :data:`MAX_FAILURES`
  failures in :data:`FAILURE_WINDOW` seconds the address is locked out
  (HTTP 429) for :data:`LOCKOUT` seconds, whatever it presents;
* cookies get the ``Secure`` flag when the request came over https (directly,
  or through a proxy trusted with ``--behind-proxy``), or always with
  ``--secure-cookies``;
* without a token, requests must name a loopback host in ``Host`` (a page on
  another site cannot reach the server through DNS rebinding);
* every write carries the per-session CSRF token (double-submit: an HttpOnly,
  SameSite=Strict cookie and a hidden form field or ``X-CSRF-Token`` header)
  and is refused when ``Origin`` / ``Sec-Fetch-Site`` say it is cross-site;
* request bodies are capped (:data:`MAX_BODY` bytes, :data:`MAX_FORM_FIELDS`
  form fields), so a save of a large scheme works and a huge post cannot;
* every response gets a strict Content-Security-Policy (scripts only from
  ``/static``, no inline script), so even a missed escape cannot run.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Mapping
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.datastructures import FormData
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "kaohe_csrf"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
AUTH_COOKIE = "kaohe_session"
TOKEN_HEADER = "x-kaohe-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
PUBLIC_PREFIXES = ("/static/", "/login")

MIN_TOKEN_LENGTH = 16
MAX_FAILURES = 5  # wrong tokens from one address …
FAILURE_WINDOW = 15 * 60  # … within this many seconds …
LOCKOUT = 15 * 60  # … lock it out for this long
SESSION_TTL = 8 * 3600
MAX_BODY = 8 * 1024 * 1024  # a 500-item scheme posted as a full form is about 1 MB
MAX_FORM_FIELDS = 20_000
MAX_FORM_PART = 1024 * 1024
_TRACKED_CLIENTS = 10_000

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
TOKEN_HINT = "generate one with: python3 -c 'import secrets; print(secrets.token_urlsafe(24))'"


class NestedTooDeep(ValueError):
    """A JSON body nested deeper than the parser's recursion allows: a 422, not a RecursionError 500."""


def load_json(data: str | bytes) -> Any:
    """``json.loads`` for request bodies and form fields: malformed or absurdly nested JSON is a ValueError.

    ``[[[[…]]]]`` a hundred thousand levels deep parses into RecursionError,
    which is not a ValueError and would escape every handler as a 500.
    """
    try:
        return json.loads(data)
    except RecursionError:
        raise NestedTooDeep("the JSON is nested too deeply") from None


class UnsafeBinding(ValueError):
    """Refused to start: no access token for a non-loopback address, or a token that is too weak."""


def is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_binding(host: str, reviewers: Mapping[str, str | None] | str | None) -> None:
    """Binding beyond this machine exposes the store: only with an access token."""
    has_token = bool(reviewers.strip()) if isinstance(reviewers, str) else bool(reviewers)
    if not is_loopback(host) and not has_token:
        raise UnsafeBinding(
            f"refusing to serve on {host}: it is reachable from other machines. "
            "Set an access token (--token or KAOHE_REVIEW_TOKEN, or one per reviewer with KAOHE_REVIEW_TOKENS "
            "or --tokens-file) or bind to 127.0.0.1.")


# --------------------------------------------------------------------------- tokens


def _strong(token: str, where: str) -> str:
    if len(token) < MIN_TOKEN_LENGTH:
        raise UnsafeBinding(f"{where}: the access token is {len(token)} characters long; it must have at least "
                            f"{MIN_TOKEN_LENGTH} ({TOKEN_HINT})")
    if any(c.isspace() or not c.isprintable() for c in token):
        raise UnsafeBinding(f"{where}: the access token contains spaces or control characters")
    return token


def parse_reviewer_tokens(text: str, where: str) -> dict[str, str]:
    """``name:token`` pairs (comma- or line-separated; ``#`` starts a comment) → {token: name}."""
    found: dict[str, str] = {}
    names: set[str] = set()
    entries = [e.strip() for line in text.splitlines() for e in line.split("#", 1)[0].split(",")]
    for n, entry in enumerate(e for e in entries if e):
        name, sep, token = entry.partition(":")
        name, token = " ".join(name.split()), token.strip()
        if not sep or not name or not token:
            raise UnsafeBinding(f"{where}: entry {n + 1} is not 'name:token'")
        if len(name) > 100:
            raise UnsafeBinding(f"{where}: entry {n + 1}: the reviewer name is longer than 100 characters")
        _strong(token, f"{where}, reviewer {name}")
        if token in found:
            raise UnsafeBinding(f"{where}: reviewers {found[token]} and {name} have the same token")
        if name in names:
            raise UnsafeBinding(f"{where}: reviewer {name} is listed twice")
        found[token] = name
        names.add(name)
    return found


def reviewers_from(token: str | None = None, tokens: str | None = None,
                   tokens_file: str | Path | None = None) -> dict[str, str | None]:
    """All accepted tokens → the reviewer each one names (None: a shared token, the page asks for a name).

    ``token`` is the shared token (--token / KAOHE_REVIEW_TOKEN); ``tokens`` is
    KAOHE_REVIEW_TOKENS ("name:token,name2:token2"); ``tokens_file`` a file of
    ``name:token`` lines.  Raises :class:`UnsafeBinding` naming the problem.
    """
    out: dict[str, str | None] = {}
    if token and token.strip():
        out[_strong(token.strip(), "--token / KAOHE_REVIEW_TOKEN")] = None
    if tokens and tokens.strip():
        out.update(parse_reviewer_tokens(tokens, "KAOHE_REVIEW_TOKENS"))
    if tokens_file is not None:
        path = Path(tokens_file)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UnsafeBinding(f"{path}: the tokens file cannot be read ({exc})") from None
        parsed = parse_reviewer_tokens(text, str(path))
        if not parsed:
            raise UnsafeBinding(f"{path}: the tokens file holds no 'name:token' line")
        out.update(parsed)
    return out


# --------------------------------------------------------------------------- sessions


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Session:
    reviewer: str | None  # None: logged in with the shared token
    expires: float


class Sessions:
    """Signed, expiring session cookies; the key is random per server process (a restart logs everyone out)."""

    def __init__(self, ttl: float = SESSION_TTL, clock: Callable[[], float] = time.time):
        self.ttl, self.clock = ttl, clock
        self._key = secrets.token_bytes(32)

    def issue(self, reviewer: str | None) -> str:
        body = _b64(json.dumps({"r": reviewer, "e": int(self.clock() + self.ttl),
                                "n": secrets.token_hex(8)}, ensure_ascii=False).encode())
        return f"{body}.{self._sign(body)}"

    def read(self, cookie: str) -> Session | None:
        """The session a cookie proves, or None (forged, altered, malformed or expired)."""
        body, _, mac = cookie.partition(".")
        if not body or len(cookie) > 2000 or not hmac.compare_digest(mac.encode(), self._sign(body).encode()):
            return None
        try:
            data = json.loads(_unb64(body))
            reviewer, expires = data["r"], float(data["e"])
        except (ValueError, KeyError, TypeError):
            return None
        if expires <= self.clock() or not (reviewer is None or isinstance(reviewer, str)):
            return None
        return Session(reviewer, expires)

    def _sign(self, body: str) -> str:
        return _b64(hmac.new(self._key, body.encode(), hashlib.sha256).digest())


# --------------------------------------------------------------------------- login throttle


class Throttle:
    """Wrong tokens per client address; too many lock the address out for a while."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = FAILURE_WINDOW, lockout: float = LOCKOUT,
                 clock: Callable[[], float] = time.monotonic):
        self.max_failures, self.window, self.lockout, self.clock = max_failures, window, lockout, clock
        self._failures: OrderedDict[str, list[float]] = OrderedDict()
        self._locked: dict[str, float] = {}
        self._lock = threading.Lock()

    def locked_for(self, client: str) -> float:
        """Seconds the address stays locked out (0 when it is not)."""
        with self._lock:
            until = self._locked.get(client)
            if until is None:
                return 0.0
            left = until - self.clock()
            if left <= 0:
                del self._locked[client]
                return 0.0
            return left

    def failed(self, client: str) -> None:
        now = self.clock()
        with self._lock:
            recent = [t for t in self._failures.pop(client, []) if now - t < self.window] + [now]
            if len(recent) >= self.max_failures:
                self._locked[client] = now + self.lockout
                recent = []
            else:
                self._failures[client] = recent
            while len(self._failures) > _TRACKED_CLIENTS:
                self._failures.popitem(last=False)
            if len(self._locked) > _TRACKED_CLIENTS:
                for gone in [c for c, until in self._locked.items() if until <= now]:
                    del self._locked[gone]

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


# --------------------------------------------------------------------------- the guard


@dataclass
class Guard:
    """The security settings and state of one app."""

    reviewers: dict[str, str | None] = field(default_factory=dict)  # token → reviewer name (None: shared)
    host: str = "127.0.0.1"
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)
    secure_cookies: bool = False  # always set Secure (else only on https requests)
    sessions: Sessions = field(default_factory=Sessions)
    throttle: Throttle = field(default_factory=Throttle)

    @property
    def token_mode(self) -> bool:
        return bool(self.reviewers)

    def check_token(self, presented: str) -> tuple[bool, str | None]:
        """(accepted, reviewer name); every configured token is compared, in constant time each."""
        ok, name = False, None
        for token, reviewer in self.reviewers.items():
            if hmac.compare_digest(presented.encode(), token.encode()):
                ok, name = True, reviewer
        return ok, name

    def cookie_secure(self, request: Request) -> bool:
        return self.secure_cookies or request.url.scheme == "https"

    def set_session(self, request: Request, response: Response, reviewer: str | None) -> None:
        response.set_cookie(AUTH_COOKIE, self.sessions.issue(reviewer), max_age=int(self.sessions.ttl),
                            httponly=True, samesite="strict", path="/", secure=self.cookie_secure(request))

    def authenticate(self, request: Request) -> Response | None:
        """None when the request may go on (``request.state.reviewer`` set), else the refusal."""
        request.state.reviewer = None
        if not self.token_mode:
            return None
        client = client_of(request)
        bearer = request.headers.get("authorization", "")
        presented = request.headers.get(TOKEN_HEADER) or (bearer[7:] if bearer.lower().startswith("bearer ") else None)
        if presented is not None:
            if (wait := self.throttle.locked_for(client)) > 0:
                return locked_out(wait)
            ok, name = self.check_token(presented)
            if ok:
                self.throttle.succeeded(client)
                request.state.reviewer = name
                return None
            self.throttle.failed(client)
            return _unauthorized(request)
        session = self.sessions.read(request.cookies.get(AUTH_COOKIE, ""))
        if session is not None and (session.reviewer is None or session.reviewer in self.reviewers.values()):
            request.state.reviewer = session.reviewer
            return None
        if request.url.path.startswith(PUBLIC_PREFIXES):
            return None
        return _unauthorized(request)

    def host_ok(self, request: Request) -> bool:
        """Without a token only loopback names (and the bound host) are answered."""
        if self.token_mode:
            return True
        host = request.headers.get("host", "")
        name = urlsplit(f"//{host}").hostname or ""
        return is_loopback(name) or name in self.allowed_hosts or name == self.host.lower()


def locked_out(wait: float) -> Response:
    minutes = max(1, round(wait / 60))
    return Response(f"too many wrong access tokens from this address: try again in {minutes} minute(s)\n",
                    status_code=429, media_type="text/plain", headers={"retry-after": str(int(wait) + 1)})


# --------------------------------------------------------------------------- CSRF


def _csrf_value(request: Request) -> str | None:
    value = request.cookies.get(CSRF_COOKIE, "")
    return value if 20 <= len(value) <= 100 and value.replace("-", "").replace("_", "").isalnum() else None


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site.

    A browser that sends ``Sec-Fetch-Site`` is believed: ``same-origin`` even
    with ``Origin: null``, which Chromium sends for a plain form post from a
    page whose referrer policy is ``no-referrer`` (the login form).
    """
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None:
        return True
    if origin == "null":
        return False
    parts = urlsplit(origin)
    return parts.netloc.lower() == request.headers.get("host", "").lower() and parts.scheme in ("http", "https")


async def read_form(request: Request) -> FormData:
    """The posted form, with limits that fit a large scheme (Starlette's default is 1000 fields)."""
    return await request.form(max_files=0, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_FORM_PART)


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
        value = (await read_form(request)).get(CSRF_FIELD)
        presented = value if isinstance(value, str) else None
    if not expected or not presented or not hmac.compare_digest(expected.encode(), presented.encode()):
        raise HTTPException(403, "the form has expired or did not come from this page (CSRF token missing or "
                                 "wrong); reload the page and try again")


# --------------------------------------------------------------------------- middleware


def middleware(guard: Guard) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    """Host and token checks before routing; CSRF cookie and security headers on the way out."""

    async def secure(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not guard.host_ok(request):
            response: Response = Response("unknown host\n", status_code=400, media_type="text/plain")
        elif (refused := guard.authenticate(request)) is not None:
            response = refused
        else:
            token = _csrf_value(request)
            fresh = token is None
            request.state.csrf = token or secrets.token_urlsafe(32)
            response = await call_next(request)
            if fresh:
                response.set_cookie(CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict", path="/",
                                    secure=guard.cookie_secure(request))
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if response.media_type == "text/html" or response.headers.get("content-type", "").startswith("text/html"):
            response.headers["cache-control"] = "no-store"
        return response

    return secure


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes (413), by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(self.limit)(scope, receive, send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except _TooLarge:
            if not started:
                await _too_large(self.limit)(scope, receive, send)


class _TooLarge(Exception):
    pass


def _too_large(limit: int) -> Response:
    return Response(f"the request is larger than {limit // (1024 * 1024)} MB\n", status_code=413,
                    media_type="text/plain")


def _unauthorized(request: Request) -> Response:
    if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
        return Response(status_code=303, headers={"location": "/login"})
    return Response("an access token is required (X-Kaohe-Token header, or log in at /login)\n",
                    status_code=401, media_type="text/plain")


def describe(guard: Guard) -> dict[str, Any]:
    """What the server prints at start-up about its access control (never a token)."""
    named = sorted(n for n in guard.reviewers.values() if n)
    return {"token_mode": guard.token_mode, "reviewers": named,
            "shared_token": any(n is None for n in guard.reviewers.values())}
