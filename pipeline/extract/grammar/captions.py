"""The text around a table: the caption right above it, the lines before it, its title and unit line."""

from __future__ import annotations

import re

from extractors.model import Document, Heading, Table

from .spans import squash
from .vocabulary import pattern

#: 单位：人次 — the unit a table's figures are counted in
UNIT_LINE = pattern("regions.unit_line")
#: 附件1 — an attachment's label, not its title
ATTACHMENT_LABEL = pattern("regions.attachment_label")


def caption(doc: Document, index: int) -> str:
    """The heading or paragraph right above a table (a sheet name, a form title)."""
    before: list = []
    for block in reversed(doc.blocks[max(0, index - 3): index]):
        if isinstance(block, Table):
            break
        if squash(block.text) and not re.match(r"^\d+$", squash(block.text)):
            before.append(block)
    heading = next((b for b in before if isinstance(b, Heading)), None)
    chosen = heading or (before[0] if before else None)
    return chosen.text.strip() if chosen else ""


def preceding_text(doc: Document, index: int, count: int = 4) -> str:
    texts = [b.text for b in doc.blocks[max(0, index - count): index] if not isinstance(b, Table)]
    return squash("".join(texts))


def table_title(doc: Document, index: int) -> tuple[str, str | None]:
    """The caption above a table and a "单位：人次" unit line if present."""
    title, unit = "", None
    for block in reversed(doc.blocks[max(0, index - 4): index]):
        if isinstance(block, Table):
            break
        text = squash(block.text)
        m = UNIT_LINE.match(text)
        if m:
            unit = m.group(1)
            continue
        if text and not ATTACHMENT_LABEL.match(text) and not title:
            title = text
    return title, unit
