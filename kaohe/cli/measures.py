"""How `kaohe eval` and `kaohe eval-prefill` print what they measured (:mod:`pipeline.measure`): a table of
the files with an overall row, a line on whether confidence points at the errors, and the targets missed
(exit 1) or met.  Texts from the files are passed as :class:`rich.text.Text`, never as markup.
"""

from __future__ import annotations

from typing import Iterable

import typer
from rich.table import Table
from rich.text import Text

from .common import console


def score_table(title: str, columns: Iterable[str], rows: Iterable[list[str | Text]],
                overall: list[str | Text] | None = None) -> None:
    """One row per file; ``overall`` below a line."""
    table = Table(*columns, title=title)
    if not console.is_terminal:
        console.width = max(console.width, 140)
    for row in rows:
        table.add_row(*row)
    if overall is not None:
        table.add_section()
        table.add_row(*overall)
    console.print(table)


def calibration_line(what: str, auroc: float | None, notes: Iterable[str]) -> str:
    """``confidence: item AUROC 0.965; …``: does confidence rank right outputs above wrong ones?"""
    figure = f"{auroc:.3f}" if auroc is not None else "n/a (one class only)"
    return "; ".join([f"confidence: {what} AUROC {figure}", *notes])


def below(figures: Iterable[tuple[str, float, float]]) -> list[str]:
    """``item F1 0.950 < 0.98`` for each (name, value, minimum) below its minimum."""
    return [f"{name} {value:.3f} < {minimum}" for name, value, minimum in figures if value < minimum]


def finish(failures: list[str]) -> None:
    """Name every target missed and exit 1, or say all were met."""
    if failures:
        console.print(Text("below target: ", style="red") + Text("; ".join(failures)), soft_wrap=True)
        raise typer.Exit(code=1)
    console.print(Text("all targets met", style="green"))
