"""Pages set in two text columns (a landscape rubric, a newsletter page).

pdfplumber groups characters into lines across the whole page width, so two columns come
out interleaved line by line.  A page is read in columns when one vertical gutter in the
middle of the page separates the words of most lines: no word of those lines crosses it,
and both sides hold a fair share of the words.  Lines that do cross it (a full-width title,
a note under both columns) split the page into bands; within a band the left column is
read before the right.
"""

from __future__ import annotations

from collections.abc import Sequence

from .pdf_tables import Line, text_lines

#: where a gutter may stand, as a share of the page width
GUTTER_RANGE = (0.3, 0.7)
GUTTER_STEP = 2.0          # points between candidate gutters
MIN_SPLIT_LINES = 6        # lines with words on both sides of the gutter
MAX_CROSSING_SHARE = 0.15  # lines crossing the gutter, of all lines
MIN_SIDE_SHARE = 0.25      # words on the smaller side, of all words
MIN_RUN_CHARS = 12         # mean characters of a column's piece of a line: running text, not table cells


def find_gutter(lines: Sequence[Line], width: float) -> float | None:
    """The x of the gutter between two text columns, or None for a page of one column."""
    if len(lines) < MIN_SPLIT_LINES or sum(len(line.words) >= 2 for line in lines) < MIN_SPLIT_LINES:
        return None   # a line split by a gutter has words on both sides: cheap to rule out first
    words = [w for line in lines for w in line.words]
    best: tuple[int, float] | None = None
    x = width * GUTTER_RANGE[0]
    while x <= width * GUTTER_RANGE[1]:
        crossing = sum(any(w["x0"] < x < w["x1"] for w in line.words) for line in lines)
        split = sum(any(w["x1"] <= x for w in line.words) and any(w["x0"] >= x for w in line.words)
                    for line in lines)
        left = sum(w["x1"] <= x for w in words)
        side = min(left, len(words) - left) / (len(words) or 1)
        if crossing <= MAX_CROSSING_SHARE * len(lines) and split >= MIN_SPLIT_LINES and side >= MIN_SIDE_SHARE:
            score = (split - crossing * 4, -abs(x - width / 2))
            if best is None or score > (best[0], -abs(best[1] - width / 2)):
                best = (split - crossing * 4, x)
        x += GUTTER_STEP
    if best is None or not _running_text(lines, best[1]):
        return None
    return best[1]


def _running_text(lines: Sequence[Line], gutter: float) -> bool:
    """Both sides of the gutter hold running text (a borderless table has short cells instead)."""
    for side in (lambda w: w["x1"] <= gutter, lambda w: w["x0"] >= gutter):
        pieces = ["".join(w["text"] for w in line.words if side(w)) for line in lines]
        pieces = [p for p in pieces if p]
        if not pieces or sum(len(p) for p in pieces) / len(pieces) < MIN_RUN_CHARS:
            return False
    return True


def column_lines(chars: Sequence[dict], page: int, width: float) -> tuple[list[list[Line]], float | None]:
    """The page's lines in reading order, as runs each read top to bottom: the whole page, or by
    bands between full-width lines, the left column's run before the right's."""
    lines = text_lines(chars, page)
    gutter = find_gutter(lines, width)
    if gutter is None:
        return [lines], None
    crossing = [line for line in lines if any(w["x0"] < gutter < w["x1"] for w in line.words)]
    crossing_chars = {id(c) for line in crossing for c in line.chars}
    rest = [c for c in chars if id(c) not in crossing_chars]
    left = text_lines([c for c in rest if (c["x0"] + c["x1"]) / 2 < gutter], page)
    right = text_lines([c for c in rest if (c["x0"] + c["x1"]) / 2 >= gutter], page)
    breaks = sorted(line.top for line in crossing)

    def band(line: Line) -> int:
        return sum(top <= line.top for top in breaks)

    runs: dict[tuple[int, int], list[Line]] = {}
    for side, group in enumerate((crossing, left, right)):
        for line in group:
            runs.setdefault((band(line), side), []).append(line)
    return [sorted(runs[key], key=lambda line: line.top) for key in sorted(runs)], gutter
