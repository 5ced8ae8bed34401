"""Deskew and table grids from the ruling lines of a scanned page (OpenCV morphology).

A table in a scan is its drawn lines.  Opening the binarised page with a long
thin horizontal (vertical) kernel keeps only horizontal (vertical) strokes
longer than any character stroke; the positions of those lines give the grid,
and a grid cell whose boundary with its neighbour has no drawn line is merged
with it, which is how merged (spanning) cells are found.  Everything is in
image pixels; the caller scales to PDF points.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

BBox = tuple[float, float, float, float]

H_KERNEL_PT = 18.0  # a horizontal rule is a horizontal run at least this long (longer than any glyph stroke)
V_KERNEL_PT = 16.0  # same for vertical rules (a one-line row is ~20pt tall)
GAP_PT = 1.5  # rule breaks this short (scan noise) are closed
CLUSTER_PT = 3.0  # rule positions closer than this are one grid line
MIN_CELL_PT = 4.0  # grid lines closer than this are one line (a doubled rule)
COVERAGE = 0.6  # share of a cell boundary that must be drawn for the boundary to exist
MIN_TABLE_WIDTH_PT = 36.0  # a table is at least this wide
MIN_TABLE_HEIGHT_PT = 12.0  # ... and this tall (one row of small text)
SKEW_RANGE = 3.0  # degrees searched either way
SKEW_MIN = 0.05  # smaller angles are left alone
SKEW_COARSE_WIDTH = 600  # the coarse skew search runs on the page scaled to this width ...
SKEW_WIDTH = 1200  # ... the fine search (0.05° steps) on this one


def binarise(gray: np.ndarray) -> np.ndarray:
    """Ink as 255 on 0; adaptive, so uneven scan lighting does not drown thin rules."""
    block = max(15, (min(gray.shape) // 40) | 1)
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 12)


# --------------------------------------------------------------------------- deskew


def skew_angle(ink: np.ndarray) -> float:
    """The rotation (degrees, OpenCV's sign) that makes text lines and rules horizontal.

    Projection profiles: rotated to the right angle, the row sums of the ink
    are sharpest (text lines and rules each fall into few rows).  Works for
    pages with or without tables.  A coarse search on a small copy of the
    page, then a fine one on a larger copy around the best coarse angle.
    """
    if not ink.any():
        return 0.0
    coarse = _best_angle(_scaled(ink, SKEW_COARSE_WIDTH), np.arange(-SKEW_RANGE, SKEW_RANGE + 1e-9, 0.25))
    return round(_best_angle(_scaled(ink, SKEW_WIDTH), np.arange(coarse - 0.25, coarse + 0.25 + 1e-9, 0.05)), 3)


def _scaled(ink: np.ndarray, width: int) -> np.ndarray:
    scale = min(1.0, width / ink.shape[1])
    return cv2.resize(ink, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else ink


def _best_angle(image: np.ndarray, angles: np.ndarray) -> float:
    def sharpness(angle: float) -> float:
        profile = _rotate(image, angle, 0).sum(axis=1, dtype=np.float64)
        return float(np.sum(np.diff(profile) ** 2))

    return float(max(angles, key=sharpness))


def _rotate(image: np.ndarray, angle: float, fill: int) -> np.ndarray:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)


def deskew(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """The page turned upright, and the angle it was turned by (0 when already straight)."""
    angle = skew_angle(binarise(gray))
    if abs(angle) < SKEW_MIN:
        return gray, 0.0
    return _rotate(gray, angle, 255), angle


# --------------------------------------------------------------------------- tables


@dataclass
class Grid:
    """One ruled table: its grid lines and its (possibly merged) cells, in pixels."""

    xs: list[float]
    ys: list[float]
    cells: list[BBox]

    @property
    def bbox(self) -> BBox:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])


def find_grids(gray: np.ndarray, dpi: float) -> list[Grid]:
    """The ruled tables of an upright page, top to bottom."""
    px = dpi / 72.0
    ink = binarise(gray)
    gap = max(1, round(GAP_PT * px))
    horizontal = _lines(ink, (max(8, round(H_KERNEL_PT * px)), 1), (gap, 1))
    vertical = _lines(ink, (1, max(8, round(V_KERNEL_PT * px))), (1, gap))
    rules = cv2.dilate(horizontal | vertical, np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(rules, connectivity=8)
    grids = []
    for i in range(1, count):
        x, y, w, h = stats[i, :4]
        if w < MIN_TABLE_WIDTH_PT * px or h < MIN_TABLE_HEIGHT_PT * px:
            continue
        grid = _grid(horizontal[y:y + h, x:x + w], vertical[y:y + h, x:x + w], px)
        if grid is not None and len(grid.cells) >= 2:
            grids.append(_shift(grid, x, y))
    grids.sort(key=lambda g: g.ys[0])
    return grids


def _lines(ink: np.ndarray, kernel: tuple[int, int], close: tuple[int, int]) -> np.ndarray:
    """Strokes at least as long as the kernel, then small breaks (scan noise) closed.

    Opening first, so that glyph strokes of neighbouring characters are not
    joined into something as long as a rule.
    """
    opened = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
    return cv2.morphologyEx(opened, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, close))


def _spanning(horizontal: np.ndarray, xs: list[float], px: float) -> np.ndarray:
    """Only the horizontal strokes that run across at least one whole column: rules, not text.

    A rule always joins two vertical rules; a glyph stroke, or strokes of
    touching characters, stays inside its cell.
    """
    tol = CLUSTER_PT * px
    count, labels, stats, _ = cv2.connectedComponentsWithStats(horizontal, connectivity=8)
    keep = np.zeros(count, dtype=bool)
    for i in range(1, count):
        x0, x1 = stats[i, 0], stats[i, 0] + stats[i, 2]
        keep[i] = any(x0 <= a + tol and x1 >= b - tol for a, b in zip(xs, xs[1:]))
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def _positions(mask: np.ndarray, axis: int, px: float) -> list[float]:
    """Where the rules run (axis 0: y of horizontal rules; 1: x of vertical rules).

    The mask's profile across the rules: a run of non-empty rows (columns) is
    one rule, placed at its strongest row, so a glyph stroke touching the rule
    does not move it; rules closer than MIN_CELL_PT are one (the stronger).
    """
    profile = mask.sum(axis=1 - axis, dtype=np.int64) // 255
    rows = np.nonzero(profile)[0]
    bands: list[list[int]] = []
    for r in rows:
        if bands and r - bands[-1][-1] <= CLUSTER_PT * px:
            bands[-1].append(int(r))
        else:
            bands.append([int(r)])
    found: list[tuple[float, int]] = []  # (position, strength)
    for band in bands:
        values = profile[band[0]:band[-1] + 1]
        peak = band[0] + int(np.argmax(values))
        strength = int(values.max())
        if found and peak - found[-1][0] < MIN_CELL_PT * px:
            if strength > found[-1][1]:
                found[-1] = (float(peak), strength)
            continue
        found.append((float(peak), strength))
    return [position for position, _ in found]


def _drawn(band: np.ndarray, along: int) -> bool:
    """Is a boundary drawn along most of this band (axis ``along`` runs along the boundary)?"""
    if band.size == 0:
        return True
    hits = band.any(axis=1 - along)
    return hits.mean() >= COVERAGE


def _grid(horizontal: np.ndarray, vertical: np.ndarray, px: float) -> Grid | None:
    xs = _positions(vertical, 1, px)
    if len(xs) < 2:
        return None
    horizontal = _spanning(horizontal, xs, px)
    ys = _positions(horizontal, 0, px)
    if len(ys) < 2:
        return None
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    t = max(2, round(1.5 * px))  # half-width of the band a rule is looked for in
    m = max(2, round(2.0 * px))  # keep clear of the crossings at either end
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    for r in range(n_rows):
        y0, y1 = round(ys[r]) + m, round(ys[r + 1]) - m
        for c in range(1, n_cols):
            x = round(xs[c])
            if not _drawn(vertical[y0:y1, max(0, x - t):x + t + 1], along=0):
                union(r * n_cols + c - 1, r * n_cols + c)
    for r in range(1, n_rows):
        y = round(ys[r])
        for c in range(n_cols):
            x0, x1 = round(xs[c]) + m, round(xs[c + 1]) - m
            if not _drawn(horizontal[max(0, y - t):y + t + 1, x0:x1], along=1):
                union((r - 1) * n_cols + c, r * n_cols + c)
    cells = _rectangles(find, n_rows, n_cols, union)
    boxes = [(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]) for r0, c0, r1, c1 in cells]
    return Grid(xs=xs, ys=ys, cells=boxes)


def _rectangles(find, n_rows: int, n_cols: int, union) -> list[tuple[int, int, int, int]]:
    """Merged groups as rectangles; a group that is not rectangular absorbs what its hull covers."""
    while True:
        hulls: dict[int, list[int]] = {}
        for r in range(n_rows):
            for c in range(n_cols):
                root = find(r * n_cols + c)
                h = hulls.setdefault(root, [r, c, r, c])
                h[0], h[1], h[2], h[3] = min(h[0], r), min(h[1], c), max(h[2], r), max(h[3], c)
        changed = False
        for root, (r0, c0, r1, c1) in hulls.items():
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if find(r * n_cols + c) != find(root):
                        union(r * n_cols + c, root)
                        changed = True
        if not changed:
            return sorted((tuple(h) for h in hulls.values()), key=lambda h: (h[0], h[1]))


def _shift(grid: Grid, dx: int, dy: int) -> Grid:
    return Grid(
        xs=[x + dx for x in grid.xs], ys=[y + dy for y in grid.ys],
        cells=[(a + dx, b + dy, c + dx, d + dy) for a, b, c, d in grid.cells],
    )
