"""PDF geometry helpers: text lines, table fragments and their joining across pages.

A table that LibreOffice/Word splits over a page break arrives as one fragment
per page.  :func:`join` glues a fragment onto the table it continues: repeated
header rows are dropped, a row split by the break is folded back into the row
it belongs to, and a vertically merged cell cut by the break keeps growing
instead of becoming a second cell.  The decisions use geometry only (column
boundaries, where text sits inside its cell), never the wording.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Iterable, Sequence

from pdfplumber.utils import cluster_objects
from pdfplumber.utils.text import WordExtractor

from .model import Cell, Provenance, Table, set_cell_spans

BBox = tuple[float, float, float, float]

X_TOLERANCE = 3.0  # pdfplumber's default gap that still counts as the same word
Y_TOLERANCE = 3.0  # pdfplumber's default top difference that still counts as the same line
BOUNDARY_TOLERANCE = 1.0  # cell edges closer than this are one grid line
COLUMN_TOLERANCE = 3.0  # column boundaries of continuing fragments may differ this much
MAX_HEADER_ROWS = 3  # longest repeated header looked for at the top of a continuation


# --------------------------------------------------------------------------- lines


@dataclass
class Line:
    """One visual text line (words joined by single spaces)."""

    page: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    words: list[dict] = field(repr=False, default_factory=list)
    chars: list[dict] = field(repr=False, default_factory=list)


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name


def text_lines(chars: Sequence[dict], page: int) -> list[Line]:
    """Group chars into words and lines the way ``extract_text(layout=False)`` does."""
    if not chars:
        return []
    extractor = WordExtractor(x_tolerance=X_TOLERANCE, y_tolerance=Y_TOLERANCE)
    words = extractor.extract_words(list(chars), return_chars=True)
    lines = []
    for cluster in cluster_objects(words, itemgetter("top"), Y_TOLERANCE):
        cluster.sort(key=itemgetter("x0"))
        lines.append(_make_line(cluster, page))
    return lines


def _make_line(words: list[dict], page: int) -> Line:
    chars = [c for w in words for c in w["chars"]]
    sizes = sorted(c["size"] for c in chars)
    return Line(
        page=page,
        text=" ".join(w["text"] for w in words),
        x0=min(w["x0"] for w in words),
        top=min(w["top"] for w in words),
        x1=max(w["x1"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=sizes[len(sizes) // 2],
        bold=all(_is_bold(c.get("fontname", "")) for c in chars),
        words=words,
        chars=chars,
    )


def chars_text(chars: Sequence[dict]) -> str:
    """Text of a cell: its lines joined by newlines (vertical text joined into one run)."""
    lines = text_lines(chars, 0)
    if is_vertical_text(lines):
        return "".join("".join(line.text.split()) for line in lines)
    return "\n".join(line.text for line in lines)


VERTICAL_SINGLE_SHARE = 0.75


def is_vertical_text(lines: Sequence[Line]) -> bool:
    """Characters stacked one per line in one column: text written top to bottom.

    Every line holds one or two characters (three quarters exactly one, digits
    of a number may sit side by side), most of them CJK, and the lines are
    centred on the same x.  A column of single digits ("1", "2", "3") is a list,
    not vertical text.
    """
    if len(lines) < 2:
        return False
    texts = ["".join(line.text.split()) for line in lines]
    if any(not 1 <= len(t) <= 2 for t in texts):
        return False
    if sum(len(t) == 1 for t in texts) < VERTICAL_SINGLE_SHARE * len(texts):
        return False
    chars = "".join(texts)
    if sum(_is_cjk(ch) for ch in chars) * 2 <= len(chars):
        return False
    centres = [(line.x0 + line.x1) / 2 for line in lines]
    width = max(line.size for line in lines)
    return max(centres) - min(centres) <= width


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f"


# --------------------------------------------------------------------------- fragments


@dataclass
class Placement:
    """Where a cell's text sits inside its rectangle on one page.

    LibreOffice lays out the part of a cell that continues on the next page
    from the top of its rectangle, even when the table centres its cells, so
    the placement tells a continuing cell from one that simply ends.
    """

    top: float
    bottom: float
    text_top: float | None = None
    text_bottom: float | None = None
    line_height: float = 0.0

    @property
    def room(self) -> float:
        """Empty height left in the rectangle."""
        if self.text_top is None or self.text_bottom is None:
            return self.bottom - self.top
        return (self.bottom - self.top) - (self.text_bottom - self.text_top)

    @property
    def gaps(self) -> tuple[float, float]:
        assert self.text_top is not None and self.text_bottom is not None
        return self.text_top - self.top, self.bottom - self.text_bottom

    def centred(self) -> bool:
        """Text visibly centred: at least a line of room, split evenly above and below."""
        if self.text_top is None or self.room < self.line_height:
            return False
        above, below = self.gaps
        return abs(above - below) <= 0.3 * self.line_height + 1.0

    def top_anchored(self) -> bool:
        """Text at the top with at least a line of empty room below it."""
        if self.text_top is None or self.room < 0.8 * self.line_height:
            return False
        above, below = self.gaps
        return below - above >= 0.8 * self.line_height


@dataclass
class FragCell:
    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    bbox: BBox
    pages: list[int]
    tail: Placement  # placement on the last page the cell reaches

    @property
    def filled(self) -> bool:
        return bool(self.text.strip())


@dataclass
class Fragment:
    """A table as found on one page; after :func:`join`, the whole table."""

    page: int
    bbox: BBox
    col_xs: list[float]
    n_rows: int
    n_cols: int
    cells: list[FragCell]
    pages: list[int]
    centred_cols: set[int]
    first_on_page: bool = False
    last_on_page: bool = False

    def grid(self) -> list[list[FragCell | None]]:
        grid: list[list[FragCell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                    grid[r][c] = cell
        return grid


def _boundaries(values: Iterable[float]) -> list[float]:
    """Distinct grid lines: edges within BOUNDARY_TOLERANCE are one line."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= BOUNDARY_TOLERANCE:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(group) / len(group) for group in out]


def _nearest(lines: list[float], value: float) -> int:
    return min(range(len(lines)), key=lambda i: abs(lines[i] - value))


def build_fragment(cell_boxes: Sequence[BBox], chars: Sequence[dict], page: int) -> tuple[Fragment, list[dict]]:
    """Turn pdfplumber cell rectangles into a span-aware fragment.

    Returns the fragment and the chars that fall in no cell (kept as page text
    so that nothing is lost).
    """
    xs = _boundaries([b[0] for b in cell_boxes] + [b[2] for b in cell_boxes])
    ys = _boundaries([b[1] for b in cell_boxes] + [b[3] for b in cell_boxes])
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    owner: list[list[int | None]] = [[None] * n_cols for _ in range(n_rows)]
    shapes = []
    for i, box in enumerate(cell_boxes):
        c0, c1 = _nearest(xs, box[0]), _nearest(xs, box[2])
        r0, r1 = _nearest(ys, box[1]), _nearest(ys, box[3])
        shapes.append((r0, c0, max(r1 - r0, 1), max(c1 - c0, 1)))
        for r in range(r0, max(r1, r0 + 1)):
            for c in range(c0, max(c1, c0 + 1)):
                if owner[r][c] is None:
                    owner[r][c] = i
    per_cell: list[list[dict]] = [[] for _ in cell_boxes]
    leftovers = []
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        r, c = bisect_right(ys, cy) - 1, bisect_right(xs, cx) - 1
        i = owner[r][c] if 0 <= r < n_rows and 0 <= c < n_cols else None
        if i is None:
            leftovers.append(ch)
        else:
            per_cell[i].append(ch)
    cells = [
        _frag_cell(shape, box, cell_chars, page)
        for shape, box, cell_chars in zip(shapes, cell_boxes, per_cell)
    ]
    cells.sort(key=lambda c: (c.row, c.col))
    frag = Fragment(
        page=page,
        bbox=(xs[0], ys[0], xs[-1], ys[-1]),
        col_xs=xs,
        n_rows=n_rows,
        n_cols=n_cols,
        cells=cells,
        pages=[page],
        centred_cols={c.col for c in cells if c.tail.centred()},
    )
    return frag, leftovers


def _frag_cell(shape: tuple[int, int, int, int], box: BBox, chars: list[dict], page: int) -> FragCell:
    row, col, row_span, col_span = shape
    placement = Placement(top=box[1], bottom=box[3])
    visible = [c for c in chars if not c["text"].isspace()]
    if visible:
        placement.text_top = min(c["top"] for c in visible)
        placement.text_bottom = max(c["bottom"] for c in visible)
        placement.line_height = max(c["bottom"] - c["top"] for c in visible)
    return FragCell(
        row=row, col=col, row_span=row_span, col_span=col_span, text=chars_text(chars),
        bbox=tuple(round(v, 2) for v in box), pages=[page], tail=placement,
    )


# --------------------------------------------------------------------------- joining


def continues(table: Fragment, nxt: Fragment) -> bool:
    """True when ``nxt`` (top of its page) continues ``table`` (bottom of the previous page)."""
    return (
        table.last_on_page
        and nxt.first_on_page
        and nxt.page == table.pages[-1] + 1
        and nxt.n_cols == table.n_cols
        and all(abs(a - b) <= COLUMN_TOLERANCE for a, b in zip(table.col_xs, nxt.col_xs))
    )


def join(table: Fragment, nxt: Fragment) -> None:
    """Append the continuation ``nxt`` to ``table`` in place."""
    table.centred_cols |= nxt.centred_cols
    _drop_rows(nxt, _repeated_header_rows(table, nxt))
    if nxt.n_rows:
        if _is_split_row(table, nxt):
            _fold_split_row(table, nxt)
        else:
            _append_rows(table, nxt)
    table.pages.append(nxt.page)
    table.last_on_page = nxt.last_on_page


def _squash(text: str) -> str:
    return "".join(text.split())


def _row_signature(frag: Fragment, k: int) -> tuple | None:
    """Shape and text of the first k rows, or None when a cell reaches below them."""
    sig = []
    for cell in frag.cells:
        if cell.row >= k:
            continue
        if cell.row + cell.row_span > k:
            return None
        sig.append((cell.row, cell.col, cell.row_span, cell.col_span, _squash(cell.text)))
    if not any(item[-1] for item in sig):
        return None
    return tuple(sorted(sig))


def _repeated_header_rows(table: Fragment, nxt: Fragment) -> int:
    """How many leading rows of ``nxt`` repeat the table's header rows."""
    for k in range(min(MAX_HEADER_ROWS, table.n_rows, nxt.n_rows), 0, -1):
        sig = _row_signature(table, k)
        if sig is not None and sig == _row_signature(nxt, k):
            return k
    return 0


def _drop_rows(frag: Fragment, k: int) -> None:
    if not k:
        return
    frag.cells = [c for c in frag.cells if c.row >= k]
    for cell in frag.cells:
        cell.row -= k
    frag.n_rows -= k


def _is_split_row(table: Fragment, nxt: Fragment) -> bool:
    """Is the first row of ``nxt`` the remainder of the table's last row?

    It is when the row is incomplete (a cell that belongs to the last row alone
    has text but the new row's cell below it is empty, e.g. its number column)
    and each of its non-empty cells sits under a cell that could have
    overflowed (has text that is not visibly centred with room to spare).
    """
    last = table.n_rows - 1
    above, below = table.grid()[last], nxt.grid()[0]
    incomplete = any(
        p is not None and q is not None and p.row == last and p.filled and not q.filled
        for p, q in zip(above, below)
    )
    if not incomplete:
        return False
    for p, q in zip(above, below):
        if q is not None and q.filled and (p is None or not p.filled or p.tail.centred()):
            return False
    return True


def _merge_into(upper: FragCell, lower: FragCell, extra_rows: int) -> None:
    """Continue ``upper`` with ``lower`` from the next page."""
    if lower.filled:
        upper.text = f"{upper.text}\n{lower.text}" if upper.filled else lower.text
        upper.tail = lower.tail
    upper.row_span += extra_rows
    for page in lower.pages:
        if page not in upper.pages:
            upper.pages.append(page)


def _fold_split_row(table: Fragment, nxt: Fragment) -> None:
    """Merge the continuation's first row into the table's last row."""
    last = table.n_rows - 1
    above = table.grid()[last]
    for cell in nxt.cells:
        if cell.row == 0 and above[cell.col] is not None:
            _merge_into(above[cell.col], cell, cell.row_span - 1)
        else:
            cell.row += last
            table.cells.append(cell)
    table.n_rows += nxt.n_rows - 1


def _row_was_split(table: Fragment) -> bool | None:
    """Did the layout engine split the table's last row at the page break?

    LibreOffice lays out every cell of a row that continues on the next page
    from the top, even in columns that otherwise centre their text; a
    top-anchored cell in such a column is the trace of that split.  None when
    the last row has no cell that would show it (no centring column with text
    and room to spare).
    """
    last = table.n_rows - 1
    witnesses = [
        c for c in table.cells
        if c.row + c.row_span - 1 == last and c.col in table.centred_cols and c.filled
        and c.tail.room >= c.tail.line_height
    ]
    if not witnesses:
        return None
    return any(c.tail.top_anchored() for c in witnesses)


def _groups_rows(col: int, *frags: Fragment) -> bool:
    """Does the column hold vertically merged cells (a category column)?"""
    return any(c.row_span > 1 and c.col <= col < c.col + c.col_span for f in frags for c in f.cells)


def _continues_below(
    table: Fragment, nxt: Fragment, upper: FragCell, lower: FragCell, split: bool | None
) -> bool:
    """Is ``lower`` the rest of the category cell ``upper`` that the page break cut?

    Only category columns (with vertical merges) carry a cell over a row
    boundary.  If the layout shows whether the last row was split, that
    decides, whether or not text follows; without such evidence only an empty
    cell under the category is taken as its remainder.
    """
    if not upper.filled or upper.col != lower.col or upper.col_span != lower.col_span:
        return False
    if not _groups_rows(upper.col, table, nxt):
        return False
    return (not lower.filled) if split is None else split


def _append_rows(table: Fragment, nxt: Fragment) -> None:
    """Add the continuation's rows below the table, growing cells cut by the break."""
    last = table.n_rows - 1
    above = table.grid()[last]
    split = _row_was_split(table)
    absorbed: set[int] = set()
    for cell in nxt.cells:
        upper = above[cell.col] if cell.row == 0 else None
        if upper is not None and _continues_below(table, nxt, upper, cell, split):
            _merge_into(upper, cell, cell.row_span)
            absorbed.add(id(cell))
    for cell in nxt.cells:
        if id(cell) not in absorbed:
            cell.row += table.n_rows
            table.cells.append(cell)
    table.n_rows += nxt.n_rows


def join_fragments(fragments: list[Fragment]) -> tuple[list[Fragment], set[int]]:
    """Join fragments (in page order) into tables.

    Returns the tables and the ids of fragments that were absorbed into an
    earlier table (they produce no block of their own).
    """
    tables: list[Fragment] = []
    absorbed: set[int] = set()
    for frag in fragments:
        if tables and continues(tables[-1], frag):
            join(tables[-1], frag)
            absorbed.add(id(frag))
        else:
            tables.append(frag)
    return tables, absorbed


# --------------------------------------------------------------------------- model


def to_model(frag: Fragment, block: int, index: int) -> Table:
    """The finished table as a model Table with provenance and char spans."""
    cells = [
        Cell(
            row=c.row, col=c.col, row_span=c.row_span, col_span=c.col_span, text=c.text,
            pages=list(c.pages),
            prov=Provenance(block=block, page=c.pages[0], table=index, row=c.row, col=c.col, bbox=c.bbox),
        )
        for c in sorted(frag.cells, key=lambda c: (c.row, c.col))
    ]
    table = Table(
        n_rows=frag.n_rows, n_cols=frag.n_cols, cells=cells, pages=list(frag.pages),
        prov=Provenance(block=block, page=frag.page, table=index, bbox=tuple(round(v, 2) for v in frag.bbox)),
    )
    return set_cell_spans(table)


# --------------------------------------------------------------------------- unruled tables


def _segments(line: Line) -> list[tuple[float, float]]:
    """Horizontal extents of the line's runs of words separated by wide gaps."""
    gap = 2.0 * line.size
    segs: list[list[float]] = []
    for w in line.words:
        if segs and w["x0"] - segs[-1][1] < gap:
            segs[-1][1] = max(segs[-1][1], w["x1"])
        else:
            segs.append([w["x0"], w["x1"]])
    return [(a, b) for a, b in segs]


MIN_UNRULED_ROWS = 3
MIN_UNRULED_COLS = 3
RIVER_MIN = 0.5   # a column gap is at least this many font sizes wide


def unruled_tables(lines: list[Line], page: int) -> tuple[list[Fragment], list[Line]]:
    """Find column layouts drawn without rules; conservative on purpose.

    A run of at least MIN_UNRULED_ROWS lines, each split by wide gaps into at least
    MIN_UNRULED_COLS pieces, whose gaps line up into columns that no line crosses, becomes
    a table (one row per such line).  Narrower lines between and after them that sit inside
    the columns are the rows' cells wrapped onto further lines (a long requirement broken in
    its column) and join the row above.  Normal paragraphs never have such gaps, so they
    never become tables.  Returns the tables and the lines that stay text.
    """
    fragments, rest, run = [], [], []

    def flush() -> None:
        rows = [line for line in run if _is_wide(line)]
        frag, used = _run_to_table(run, page) if len(rows) >= MIN_UNRULED_ROWS else (None, 0)
        if frag is None:
            rest.extend(run)
        else:
            fragments.append(frag)
            rest.extend(run[used:])   # wrapped-looking lines after the table that cross its columns
        run.clear()

    for line in lines:
        wide = _is_wide(line)
        close = run and line.top - run[-1].bottom <= 1.5 * line.size
        if close and (wide or _inside(line, run)):
            run.append(line)
            continue
        flush()
        if wide:
            run.append(line)
        else:
            rest.append(line)
    flush()
    rest.sort(key=lambda line: line.top)
    return fragments, rest


def _is_wide(line: Line) -> bool:
    return len(_segments(line)) >= MIN_UNRULED_COLS


def _inside(line: Line, run: list[Line]) -> bool:
    """A narrower line starting within the run's rows (a wrapped cell; whether it keeps to
    the columns is checked once they are known)."""
    rows = [r for r in run if _is_wide(r)]
    return bool(rows) and line.x0 >= min(r.x0 for r in rows) - line.size


def _rivers(lines: list[Line]) -> list[tuple[float, float]]:
    """x-intervals no word of any line covers, at least RIVER_MIN font sizes wide."""
    size = max((line.size for line in lines), default=10.0)
    spans = sorted((w["x0"], w["x1"]) for line in lines for w in line.words)
    merged: list[list[float]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + RIVER_MIN * size:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(merged[i][1], merged[i + 1][0]) for i in range(len(merged) - 1)]


def _crosses(line: Line, gaps: list[tuple[float, float]]) -> bool:
    return any(w["x0"] < b and w["x1"] > a for w in line.words for a, b in gaps)


def _run_to_table(run: list[Line], page: int) -> tuple[Fragment | None, int]:
    """The table the run's lines make, and how many of the run's lines it took (trailing
    narrow lines that cross its columns are paragraphs after it, not wrapped cells)."""
    rows = [line for line in run if _is_wide(line)]
    gaps = _rivers(rows)
    if len(gaps) + 1 < MIN_UNRULED_COLS:
        return None, 0
    used = len(run)
    while used and not _is_wide(run[used - 1]) and _crosses(run[used - 1], gaps):
        used -= 1
    taken = run[:used]
    if any(_crosses(line, gaps) for line in taken if not _is_wide(line)):
        return None, 0
    groups: list[list[Line]] = []
    for line in taken:
        if _is_wide(line) or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    x0 = min(line.x0 for line in taken) - 1
    x1 = max(line.x1 for line in taken) + 1
    xs = [x0] + [(a + b) / 2 for a, b in gaps] + [x1]
    ys = [groups[0][0].top - 1] + [(a[-1].bottom + b[0].top) / 2 for a, b in zip(groups, groups[1:])] \
        + [groups[-1][-1].bottom + 1]
    boxes = [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(len(groups)) for c in range(len(xs) - 1)]
    chars = [ch for line in taken for ch in line.chars]
    frag, leftovers = build_fragment(boxes, chars, page)
    return (None, 0) if leftovers else (frag, used)
