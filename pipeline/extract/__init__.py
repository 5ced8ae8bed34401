"""Document → Scheme, as registered stages over one intermediate form (``stages.py`` registers the
stages, ``runner.py`` runs them, ``state.py`` is the form).

Three layers; imports only go down (``tests/test_extract_pipeline.py`` checks it):

- ``grammar/``: text grammars every reader shares — text with provenance (``spans``), the vocabulary
  read from lexicon.json (``vocabulary``), the prose outline's numbering (``numbering``), numbered
  entries with inline points (``entries``), a table's structure (``table_layout``), captions;
- ``readers/``: one module per reader, each registered with its variants (``readers/__init__.py``);
- the stages, one module each:

0. **numerals**: points written in Chinese numerals read as digits, provenance mapped back at the end;
1. **facts**: title, year, not-a-scheme, where the notice ends, the prose outline, weights in prose;
2. **layout**: each table's header band, column roles, row kinds, and its kind (scheme /
   continuation / matrix / target / directory / repeated / other), with its reason;
3. **readings**: every applicable reader reads its region into a reading of its own;
4. **rules**: criteria → rules (``schemes.criteria``), per reading;
5. **choose**: readings ranked per region (adds up, point mentions accounted (``mentions.py``),
   criteria parsed, priority) and merged; named rules shown;
6. **scheme**: ids, rules, targets, reconciliation (``schemes.reconcile``), confidence.

``kaohe extract --stages`` lists the stages and readers; ``--explain`` prints every decision.
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
