"""What the scheme-store commands share (`kaohe schemes …` in store_cmd and series_cmd): the
`schemes` group, the common options and small output helpers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer

from schemes.store import Store, parse_ref

from . import app
from .common import console, write_stdout

schemes_app = typer.Typer(help="List, show, correct, approve, publish and compare stored schemes.",
                          no_args_is_help=True)
app.add_typer(schemes_app, name="schemes")

HOME = typer.Option(None, "--home", help="workspace folder (default: $KAOHE_HOME or ./kaohe-data)")
AUTHOR = typer.Option(..., "--author", help="who makes the change (recorded in the audit log)")
REVISION = typer.Option(None, "--revision", help="the revision your change is based on (default: current)")
JSON = typer.Option(False, "--json", help="print JSON")


def say(text: str) -> None:
    """Print one message line (rich markup; never re-wrapped, so piped output stays greppable)."""
    console.print(text, highlight=False, soft_wrap=True)


def open_store(home: Optional[Path], create: bool = False) -> Store:
    """The store; only ingestion creates a workspace (elsewhere a missing one is an error)."""
    return Store.open(home=home, create=create)


def base_revision(store: Store, ref: str, revision: Optional[int]) -> int:
    return revision if revision is not None else store.revision(parse_ref(ref).scheme_id)


def print_json(value: Any) -> None:
    write_stdout(json.dumps(value, ensure_ascii=False, default=str))


def short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
