"""Progress of a flow run, for whoever shows it (the CLI's rich bars).

The flows report progress from the flow body as task futures complete, not
from inside the tasks: the flow body always runs in the calling process, so
the bars move the same way whether tasks run in threads, on an in-process
Dask cluster, in Dask worker processes or on a remote cluster.  With no
listener registered, reporting costs nothing.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator, Literal

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

EventKind = Literal["start", "advance", "finish"]


@dataclass(frozen=True)
class ProgressEvent:
    key: str  # one bar per key, e.g. "ingest" or "score"
    kind: EventKind
    total: int | None = None
    advance: int = 0
    description: str | None = None


Listener = Callable[[ProgressEvent], None]

_lock = threading.Lock()
_listeners: list[Listener] = []


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Send this process's progress events to ``listener`` while the block runs."""
    with _lock:
        _listeners.append(listener)
    try:
        yield
    finally:
        with _lock:
            _listeners.remove(listener)


def _emit(event: ProgressEvent) -> None:
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(event)
        except Exception:  # a broken display must never fail a flow
            pass


def start(key: str, total: int | None, description: str) -> None:
    _emit(ProgressEvent(key, "start", total=total, description=description))


def advance(key: str, n: int = 1, description: str | None = None) -> None:
    _emit(ProgressEvent(key, "advance", advance=n, description=description))


def finish(key: str, description: str | None = None) -> None:
    _emit(ProgressEvent(key, "finish", description=description))


class RichBars:
    """Render progress events as rich bars: ``with RichBars(console) as bars, listening(bars): …``."""

    def __init__(self, console: Console | None = None, *, transient: bool = False) -> None:
        self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=transient)
        self.tasks: dict[str, int] = {}

    def __enter__(self) -> "RichBars":
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, event: ProgressEvent) -> None:
        bar = self.tasks.get(event.key)
        if event.kind == "start" or bar is None:
            if bar is None:
                bar = self.tasks[event.key] = self.progress.add_task(event.description or event.key,
                                                                      total=event.total)
            else:
                self.progress.reset(bar, total=event.total, description=event.description or event.key)
            if event.kind == "start":
                return
        fields = {"description": event.description} if event.description else {}
        if event.kind == "advance":
            self.progress.update(bar, advance=event.advance, **fields)
        else:
            task = self.progress.tasks[[t.id for t in self.progress.tasks].index(bar)]
            self.progress.update(bar, completed=task.total if task.total is not None else task.completed,
                                 **fields)
