"""Shared CLI helpers: one-line errors instead of tracebacks."""

from __future__ import annotations

import functools
import sys
from typing import Callable, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from schemes.atomic import OutputRefused

console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable)

#: Exceptions that are the user's input problem, not a bug: print and exit 1.
USER_ERRORS: list[type[BaseException]] = [OutputRefused]


def register_user_error(exc_type: type[BaseException]) -> None:
    if exc_type not in USER_ERRORS:
        USER_ERRORS.append(exc_type)


def friendly_errors(func: F) -> F:
    """Turn known input errors into `kaohe: <message>` and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except tuple(USER_ERRORS) as exc:  # type: ignore[misc]
            # the message quotes the user's data (file names, unit names): never read it as markup
            err_console.print(f"[red]kaohe:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
            raise typer.Exit(code=1) from None

    return wrapper  # type: ignore[return-value]


def write_stdout(text: str) -> None:
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
