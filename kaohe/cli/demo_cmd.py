"""`kaohe demo`: the main job on the embedded example notices."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table as RichTable

from extractors import ReadError, read_document
from extractors.model import Table

from . import app
from .common import console

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "notices"


@app.command("demo")
def demo(
    notices: Path = typer.Option(EXAMPLES, help="folder of notices to run on"),
) -> None:
    """Read every example notice and print a summary."""
    summary = RichTable(title=f"notices in {notices}")
    for col in ("file", "format", "encoding", "pages", "blocks", "tables", "chars", "result"):
        summary.add_column(col)
    for path in sorted(p for p in notices.iterdir() if p.is_file() and p.suffix != ".md"):
        try:
            doc = read_document(path)
        except ReadError as exc:
            summary.add_row(path.name, "", "", "", "", "", "", f"[red]{exc.detail}[/red]")
            continue
        tables = sum(1 for b in doc.blocks if isinstance(b, Table))
        summary.add_row(
            path.name, doc.source.format, doc.source.encoding or "", str(doc.source.pages or ""),
            str(len(doc.blocks)), str(tables), str(len(doc.text)), "ok",
        )
    console.print(summary)
