"""The HTML report for people: ranking, per-category score distributions, each unit's breakdown.

Self-contained: charts are inline SVG drawn here (no JS, no CDN), and every
text goes through jinja2 autoescape or :func:`markupsafe.escape`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from kaohe.i18n import _, html_lang
from schemes.labels import model_label

from .engine import Results
from .explain import Explainer, UnitResult
from .headers import ROUNDING, flag_words, unit_flags_column
from .numbers import fmt, fmt_array, round2, to_micro

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Units whose full breakdown is embedded (at most), and the most item lines all breakdowns
#: together may hold: a 100-item scheme shows the best 30 units.  Beyond them the report
#: points to `kaohe explain` (or explanations.json).
MAX_BREAKDOWNS = 300
MAX_BREAKDOWN_LINES = 3_000


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(_=_, model_label=model_label, flag_words=flag_words, page_lang=html_lang)
    return env


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
    """The units broken down in the report: the best by rank, within MAX_BREAKDOWNS and MAX_BREAKDOWN_LINES."""
    lines = max(len(res.scheme.items) + len(res.scheme.bonus) + len(res.scheme.deductions), 1)
    n = min(MAX_BREAKDOWNS, max(10, MAX_BREAKDOWN_LINES // lines))
    return [int(u) for u in np.argsort(res.rank, kind="stable")[:n]]


def render_report(res: Results, units: list[dict | UnitResult] | None = None, *, explained: bool = True) -> str:
    """The report; ``units`` are the explained units to break down (default: see report_units).

    ``explained``: explanations.json was written beside it (else the report says how to get
    the other units' breakdowns: `kaohe explain OUTDIR UNIT`)."""
    if units is None:
        units = list(Explainer(res).units(report_units(res)).values())
    s = res.scheme
    ranking = ranking_rows(res)
    charts = [histogram_svg(_("total score"), res.total)]
    for c in s.categories:
        hi = float(c.points) if c.points is not None else None
        lo = 0.0 if s.scoring_model != "deduction" else None
        charts.append(histogram_svg(f"{c.id} {c.name}", res.categories[c.id], lo=lo, hi=hi))
    return _env().get_template("report.html.j2").render(
        scheme=s, title=s.metadata.title or _("scoring report"), n_units=res.n, ranking=ranking, charts=charts,
        units=units, more=max(res.n - len(units), 0), notes=res.notes, rounding=_(ROUNDING),
        submission=res.submission.file, pts=_pts, explained=explained,
    )


def ranking_rows(res: Results) -> Markup:
    """The ranking table's rows, every text escaped (built here: a template loop over
    thousands of units costs more than the rest of the report)."""

    order = np.argsort(res.rank, kind="stable").tolist()
    totals = fmt_array(res.total)
    ranks = res.rank.tolist()
    flags = [flag_words(x) for x in unit_flags_column(res)]
    vetoed = [";".join(v for v, m in res.vetoes.items() if m[u]) for u in range(res.n)] if res.vetoes else None
    rows = []
    for u in order:
        veto = vetoed[u] if vetoed else ""
        tr = '<tr class="veto">' if veto else "<tr>"
        rows.append(f'{tr}<td class="n">{ranks[u]}</td><td>{escape(res.units[u])}</td><td class="n">{totals[u]}</td>'
                    f'<td>{escape(res.grade[u])}</td><td>{escape(veto)}</td>'
                    f'<td class="small">{escape(flags[u])}</td></tr>')
    return Markup("\n".join(rows))


def _pts(x: float | int) -> str:
    """Points as text: at most 2 decimals, no trailing zeros."""
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float) and abs(x) < 1e12 and x == round(x, 2):  # already rounded (explanations)
        text = f"{x:.2f}".rstrip("0").rstrip(".")
        return "0" if text == "-0" else text
    return fmt(int(round2(to_micro(x)) * 1_000_000))
