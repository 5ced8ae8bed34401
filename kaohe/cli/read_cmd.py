"""`kaohe read FILE`: show the document model of a notice."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from extractors.errors import ReadError
from extractors.names import shown
from kaohe.i18n import _
from schemes.labels import flag_label

from . import app
from .common import console, friendly_errors, register_user_error, write_stdout
from .ocr_progress import NO_OCR_HELP, ocr_progress

register_user_error(ReadError)


@app.command("read")
@friendly_errors
def read(
    file: Path = typer.Argument(..., help="notice file (docx, pdf, html, txt, xlsx)"),
    as_json: bool = typer.Option(False, "--json", help="print the document model as JSON"),
    no_ocr: bool = typer.Option(False, "--no-ocr", help=NO_OCR_HELP),
) -> None:
    """Read a notice and print its document model (outline, or JSON with --json)."""
    from extractors import read_document

    with ocr_progress() as progress:
        doc = read_document(file, ocr=not no_ocr, progress=progress)
    if as_json:
        write_stdout(doc.model_dump_json(indent=1))
        return
    print_outline(doc)


def print_outline(doc) -> None:
    """The outline; the document's own text is shown literally (escaped), never as markup."""
    from extractors.model import Table

    src = doc.source
    console.print(
        f"[bold]{escape(shown(src.name))}[/bold]  {src.format}"
        + (_(" (converted from {format})").format(format=src.original_format) if src.original_format else "")
        + (f"  encoding={src.encoding}" if src.encoding else "")
        + (f"  pages={src.pages}" if src.pages else "")
        + f"  sha256={src.sha256[:12]}…  blocks={len(doc.blocks)}",
        highlight=False,
    )
    for i, block in enumerate(doc.blocks):
        where = f"p{block.prov.page} " if block.prov.page else ""
        if isinstance(block, Table):
            console.print(f"[cyan]{i:>4} {where}" + _("table {rows}×{cols}").format(rows=block.n_rows, cols=block.n_cols)
                          + "[/cyan]", highlight=False)
            for row in block.rows()[:3]:
                console.print("       │ " + " │ ".join(escape(_short(t, 12)) for t in row), highlight=False)
            if block.n_rows > 3:
                console.print("       │ " + _("… {n} more rows").format(n=block.n_rows - 3), highlight=False)
        else:
            console.print(f"{i:>4} {where}{block.kind:<9} {escape(_short(block.text, 70))}", highlight=False)
    for note in doc.notes:
        console.print(f"[yellow]{_('note:')}[/yellow] {escape(note)}", highlight=False)
    for flag in doc.flags:
        console.print(f"[yellow]{flag_label(flag.kind)}:[/yellow] {escape(flag.message)}", highlight=False)


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
