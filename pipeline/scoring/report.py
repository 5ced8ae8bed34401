"""The HTML report for people: ranking, per-category score distributions, each unit's breakdown.

Self-contained: charts are inline SVG drawn here (no JS, no CDN), and every
text goes through jinja2 autoescape or :func:`markupsafe.escape`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from .engine import Results
from .explain import Explainer, UnitResult
from .numbers import fmt, fmt_array, round2, to_micro
from .output import ROUNDING

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Units whose full breakdown is embedded; beyond it the report points to explanations.json.
MAX_BREAKDOWNS = 300


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def histogram_svg(title: str, values_micro: np.ndarray, lo: float | None = None, hi: float | None = None,
                  bins: int = 10, width: int = 320, height: int = 160) -> Markup:
    """A small bar chart of how many units fall in each score range."""
    vals = np.asarray(values_micro, dtype=np.int64) / 1_000_000 if len(values_micro) else np.zeros(0)
    vmin = float(vals.min()) if len(vals) else 0.0
    vmax = float(vals.max()) if len(vals) else 0.0
    a = min(lo, vmin) if lo is not None else vmin
    b = max(hi, vmax) if hi is not None else vmax
    if b <= a:
        b = a + 1
    counts, edges = np.histogram(vals, bins=bins, range=(a, b))
    top = max(int(counts.max()) if len(counts) else 0, 1)
    pad_l, pad_b, pad_t = 28, 30, 22
    plot_w, plot_h = width - pad_l - 6, height - pad_b - pad_t
    bw = plot_w / bins
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
             f'<title>{escape(title)}</title>',
             f'<text x="{width / 2:.1f}" y="14" text-anchor="middle" class="t">{escape(title)}</text>',
             f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 6}" y2="{pad_t + plot_h}" class="ax"/>',
             f'<text x="{pad_l - 4}" y="{pad_t + 8}" text-anchor="end" class="l">{top}</text>']
    for k, c in enumerate(counts):
        h = plot_h * int(c) / top
        x = pad_l + k * bw
        label = f"{_num(edges[k])}–{_num(edges[k + 1])}: {int(c)}"
        parts.append(f'<rect x="{x + 1:.1f}" y="{pad_t + plot_h - h:.1f}" width="{bw - 2:.1f}" height="{h:.1f}" '
                     f'class="bar"><title>{escape(label)}</title></rect>')
    for k, anchor in ((0, "start"), (bins // 2, "middle"), (bins, "end")):
        x = pad_l + k * bw
        parts.append(f'<text x="{x:.1f}" y="{pad_t + plot_h + 14}" text-anchor="{anchor}" class="l">'
                     f'{escape(_num(edges[k]))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _num(x: float) -> str:
    return format(round(float(x), 2), "g")


def report_units(res: Results) -> list[int]:
    """The units broken down in the report: the best MAX_BREAKDOWNS by rank."""
    return [int(u) for u in np.argsort(res.rank, kind="stable")[:MAX_BREAKDOWNS]]


def render_report(res: Results, units: list[dict | UnitResult] | None = None, *, explained: bool = True) -> str:
    """The report; ``units`` are the explained units to break down (default: see report_units).

    ``explained``: explanations.json was written beside it (else the report says how to get
    the other units' breakdowns: `kaohe explain OUTDIR UNIT`)."""
    if units is None:
        ex = Explainer(res)
        units = [ex.unit_dict(u) for u in report_units(res)]
    s = res.scheme
    order = np.argsort(res.rank, kind="stable")
    totals = fmt_array(res.total)
    ranking = [{
        "rank": int(res.rank[u]), "unit": res.units[u], "total": totals[u], "grade": res.grade[u],
        "veto": ";".join(res.veto_ids(u)), "flags": ", ".join(res.unit_flags(u)),
    } for u in order]
    charts = [histogram_svg("总分 total", res.total)]
    for c in s.categories:
        hi = float(c.points) if c.points is not None else None
        lo = 0.0 if s.scoring_model != "deduction" else None
        charts.append(histogram_svg(f"{c.id} {c.name}", res.categories[c.id], lo=lo, hi=hi))
    return _env().get_template("report.html.j2").render(
        scheme=s, title=s.metadata.title or "scoring report", n_units=res.n, ranking=ranking, charts=charts,
        units=units, more=max(res.n - len(units), 0), notes=res.notes, rounding=ROUNDING,
        submission=res.submission.file, pts=_pts, explained=explained,
    )


def _pts(x: float | int) -> str:
    """Points as text: at most 2 decimals, no trailing zeros."""
    return fmt(int(round2(to_micro(x)) * 1_000_000))
