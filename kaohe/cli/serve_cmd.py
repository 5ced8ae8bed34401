"""`kaohe serve`: the review web page for the store the other commands use.

It binds to 127.0.0.1; another address is refused unless an access token is
set, because the page can change the store.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import app
from .common import console, friendly_errors, register_user_error


class ServeError(Exception):
    """The review server cannot start."""


register_user_error(ServeError)


@app.command("serve")
@friendly_errors
def serve(
    home: Optional[Path] = typer.Option(None, "--home", help="workspace folder (default: $KAOHE_HOME or ./kaohe-data)"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (non-loopback needs --token)"),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="port to listen on"),
    token: Optional[str] = typer.Option(None, "--token", envvar="KAOHE_REVIEW_TOKEN",
                                        help="access token reviewers must give (required off loopback)"),
) -> None:
    """Start the review page: schemes beside their source notice, corrections, approve and publish."""
    import uvicorn  # imported late: the other commands do not need the web stack

    from review.app import create_app
    from review.security import UnsafeBinding

    try:
        web = create_app(store_home=home, token=token, host=host)
    except UnsafeBinding as exc:
        raise ServeError(str(exc)) from None
    shown = f"[{host}]" if ":" in host else host
    console.print(f"review page on http://{shown}:{port}/  (workspace {web.state.store.workspace.home}; "
                  "Ctrl-C to stop)", highlight=False, soft_wrap=True)
    uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
