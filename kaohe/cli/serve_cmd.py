"""`kaohe serve`: the review web page for the store the other commands use.

It binds to 127.0.0.1; another address is refused unless access tokens are
set, because the page can change the store.  The web stack is imported only
here, when the command runs, and the command prints one line with the URL
once the server answers.
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path
from typing import Optional

import typer

from kaohe.i18n import _

from . import app
from .common import console, friendly_errors, register_user_error


class ServeError(Exception):
    """The review server cannot start."""


register_user_error(ServeError)


@app.command("serve")
@friendly_errors
def serve(
    home: Optional[Path] = typer.Option(None, "--home", help="workspace folder (default: $KAOHE_HOME or ./kaohe-data)"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (non-loopback needs a token)"),
    port: int = typer.Option(8765, "--port", min=0, max=65535, help="port to listen on (0: any free port)"),
    token: Optional[str] = typer.Option(None, "--token", envvar="KAOHE_REVIEW_TOKEN",
                                        help="one access token shared by all reviewers (at least 16 characters; "
                                             "required off loopback unless per-reviewer tokens are set)"),
    tokens_file: Optional[Path] = typer.Option(
        None, "--tokens-file", envvar="KAOHE_REVIEW_TOKENS_FILE",
        help="a file of 'name:token' lines, one token per reviewer; the audit log then records the name the "
             "token belongs to (KAOHE_REVIEW_TOKENS='name:token,name2:token2' does the same)"),
    secure_cookies: bool = typer.Option(False, "--secure-cookies",
                                        help="always mark cookies Secure (serving behind a TLS proxy that is not "
                                             "trusted with --behind-proxy); they are Secure on https anyway"),
    behind_proxy: Optional[str] = typer.Option(
        None, "--behind-proxy",
        help="address(es) of a reverse proxy to trust for X-Forwarded-Proto/For (e.g. 127.0.0.1): https then "
             "gives Secure cookies and the login lockout counts the real client address"),
    session_hours: float = typer.Option(8.0, "--session-hours", min=0.05, max=24 * 30,
                                        help="a login lasts this long (the server's restart also ends it)"),
) -> None:
    """Start the review page: schemes beside their source notice, corrections, approve and publish."""
    started = time.monotonic()
    import uvicorn  # imported late: the other commands do not need the web stack

    from review.app import create_app
    from review.security import UnsafeBinding, describe

    try:
        web = create_app(store_home=home, token=token, tokens=os.environ.get("KAOHE_REVIEW_TOKENS"),
                         tokens_file=tokens_file, host=host, secure_cookies=secure_cookies,
                         session_ttl=session_hours * 3600)
    except UnsafeBinding as exc:
        raise ServeError(str(exc)) from None
    sock = _bind(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    access = describe(web.state.guard)
    who = (_("tokens for {names}").format(names=", ".join(access["reviewers"])) if access["reviewers"] else "") + \
        (_(" and a shared token") if access["shared_token"] and access["reviewers"] else
         _("a shared token") if access["shared_token"] else "")
    line = (_("review page ready on http://{host}:{port}/  (workspace {home}").format(
        host=shown, port=bound, home=web.state.store.workspace.home)
            + (_("; access: {who}").format(who=who) if who else "") + _("; Ctrl-C to stop)"))

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                console.print(line + "  " + _("[started in {n} s]").format(n=f"{time.monotonic() - started:.1f}"),
                              highlight=False,
                              soft_wrap=True, markup=False)

    config = uvicorn.Config(web, log_level="warning", server_header=False, lifespan="on",
                            proxy_headers=behind_proxy is not None, forwarded_allow_ips=behind_proxy or "")
    try:
        Server(config).run(sockets=[sock])
    finally:
        sock.close()


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before the server starts: a port in use is one clear message."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror} "
                         "(another server there? choose another --port)") from None
    sock.set_inheritable(True)
    return sock
