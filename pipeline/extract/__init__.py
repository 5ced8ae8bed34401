"""Document → Scheme, as registered stages over one intermediate form (``runner.py``):

0. **numerals** (``numerals.py``): points written in Chinese numerals read as digits, provenance mapped
   back to the printed text at the end;
1. **facts** (``facts.py``): title, year, not-a-scheme, where the notice ends, the prose
   outline, weights stated in prose;
2. **layout** (``layout.py`` + ``regions.py``): each table's header band, column roles,
   row kinds, and its kind (scheme / continuation / target / directory / repeated / other);
3. **readings** (``readings.py``): every applicable reader reads its region into a draft
   of its own — tables by ``layout`` (``table_items.py``; target tables by ``targets.py``),
   prose by ``deduction_prose``, ``inline_points`` (``paragraphs.py``), ``outline`` (``prose.py``),
   ``headings`` and ``articles`` — variants that tell numberings by one outline grammar
   (``outline.py``: marker kinds, category headings, codes, levels) — sections by ``sections.py``;
4. **rules** (``rules.py``): criteria → rules (``schemes.criteria``), per reading;
5. **choose** (``choose.py``): readings ranked per region (adds up, point mentions
   accounted (``mentions.py``), criteria parsed, priority) and merged; named rules shown;
6. **scheme** (``scheme.py``): ids, rules, targets, reconciliation (``schemes.reconcile``),
   confidence.

``kaohe extract --stages`` lists the stages; ``--explain`` prints every decision.
"""

from __future__ import annotations

from extractors.model import Document
from schemes.model import Scheme

from .runner import check_stages, pipeline, run
from .settings import DEFAULT, ExtractSettings


def extract_scheme(doc: Document, settings: ExtractSettings = DEFAULT) -> Scheme:
    """Read the scheme a notice describes (or say that it describes none)."""
    return run(doc, settings).scheme


def extract_scheme_explained(doc: Document, settings: ExtractSettings = DEFAULT) -> tuple[Scheme, list[str]]:
    """The scheme and the decisions that produced it (for ``kaohe extract --explain``)."""
    ex = run(doc, settings)
    return ex.scheme, [d.line() for d in ex.decisions]


def __getattr__(name: str):
    """``EXTRACTOR_VERSION``: a content hash of the extraction code and data (version.py), computed
    when first asked for."""
    if name == "EXTRACTOR_VERSION":
        from . import version

        return version.EXTRACTOR_VERSION
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["extract_scheme", "extract_scheme_explained", "EXTRACTOR_VERSION", "Document", "ExtractSettings",
           "check_stages", "pipeline", "run"]
