"""Shared CLI helpers: one-line errors instead of tracebacks."""

from __future__ import annotations

import functools
import sys
from typing import Callable, TypeVar

import typer

#: the shared rich consoles (stdout, stderr), each made when first used: importing rich costs
#: ~0.02 s CPU, which a `kaohe extract` writing its JSON to stdout never needs
CONSOLES: dict[str, dict] = {"console": {}, "err_console": {"stderr": True}}


def shared_console(name: str):
    """The shared console ``name`` of :data:`CONSOLES`, made once."""
    made = globals().get(name)
    if made is None:
        from rich.console import Console

        made = globals()[name] = Console(**CONSOLES[name])
    return made


def __getattr__(name: str):
    """``common.console`` and ``common.err_console`` (``from .common import console``): made when first asked for."""
    if name in CONSOLES:
        return shared_console(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


F = TypeVar("F", bound=Callable)

#: Exceptions that are the user's input problem, not a bug: print and exit 1.
USER_ERRORS: list[type[BaseException]] = []
#: The same, named "module.Class", for errors of modules a command may not have imported
#: (importing them here would load them for every command).
USER_ERROR_NAMES: set[str] = {"schemes.atomic.OutputRefused"}


def register_user_error(exc_type: type[BaseException]) -> None:
    if exc_type not in USER_ERRORS:
        USER_ERRORS.append(exc_type)


def is_user_error(exc: BaseException) -> bool:
    return isinstance(exc, tuple(USER_ERRORS)) or any(
        f"{c.__module__}.{c.__qualname__}" in USER_ERROR_NAMES for c in type(exc).__mro__)


def friendly_errors(func: F) -> F:
    """Turn known input errors into `kaohe: <message>` and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            if not is_user_error(exc):
                raise
            from rich.markup import escape

            # the message quotes the user's data (file names, unit names): never read it as markup
            shared_console("err_console").print(f"[red]kaohe:[/red] {escape(str(exc))}", highlight=False,
                                                soft_wrap=True)
            raise typer.Exit(code=1) from None

    return wrapper  # type: ignore[return-value]


def write_stdout(text: str) -> None:
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
