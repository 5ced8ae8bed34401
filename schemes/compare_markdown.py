"""The comparison as a markdown table (Prefect artifacts, notes for reviewers)."""

from __future__ import annotations

from .compare import Comparison, Side

MAX_ROWS = 200  # an artifact stays readable; the full list is `kaohe schemes compare --json`


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _side(s: Side | None) -> str:
    if s is None:
        return "—"
    points = "" if s.points is None else f" ({s.points:g})"
    text = s.text if len(s.text) <= 30 else s.text[:29] + "…"
    return _cell(f"{s.id}{points} {text}".strip())


def comparison_markdown(c: Comparison, title: str = "") -> str:
    lines = [f"# {title or f'{c.old} → {c.new}'}", "",
             f"**changed since last year: {c.changed_items} items** ({len(c.added)} added, {len(c.removed)} removed; "
             f"`kaohe schemes compare {c.old} {c.new}`)", ""]
    if not c.changes:
        return "\n".join(lines + ["No changes.", ""])
    lines += ["| change | last year | this year | what |", "| --- | --- | --- | --- |"]
    for ch in c.changes[:MAX_ROWS]:
        lines.append(f"| {ch.change} | {_side(ch.old)} | {_side(ch.new)} | {_cell(ch.detail)} |")
    if len(c.changes) > MAX_ROWS:
        lines.append(f"| … | {len(c.changes) - MAX_ROWS} more | | |")
    return "\n".join(lines + [""])
