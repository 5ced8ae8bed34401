"""A per-page progress bar on stderr while OCR runs (the library itself stays quiet)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

NO_OCR_HELP = "do not OCR scanned PDF pages or images (they fail as having no text layer)"


@contextmanager
def ocr_progress() -> Iterator[Callable[[int, int], None]]:
    """Yield a ``progress(done, total)`` callback that draws a bar once OCR reports its first page
    (rich's progress display is imported only then: a notice with a text layer never needs it)."""
    bar = task = None

    def progress(done: int, total: int) -> None:
        nonlocal bar, task
        if bar is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            from .common import err_console

            bar = Progress(TextColumn("OCR"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"),
                           TimeElapsedColumn(), console=err_console, transient=True)
            bar.start()
            task = bar.add_task("ocr", total=total)
        bar.update(task, completed=done, total=total)

    try:
        yield progress
    finally:
        if bar is not None:
            bar.stop()
