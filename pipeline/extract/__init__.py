"""Document → Scheme, in stages that each report their decisions (``--explain``).

1. **layout** (``layout.py``): for every table the header band, each column's
   role with its evidence (header words from ``schemes/criteria/data/lexicon.json``
   and content profile), hierarchy columns and row kinds; which tables are
   scheme tables, target tables or distractors (``non_scheme_table``).
2. **entries**: ``table_items.py`` reads scheme tables from their layout
   (units of rows, nested categories from merged cells, section rows and
   numbering); the one-header-row reader (``tables.py``) keeps the layouts it
   was written for; ``paragraphs.py`` and ``prose.py`` read prose schemes;
   ``sections.py`` bonus, deduction, veto, weights, grades and raters.
3. **rules**: criteria parsed by ``schemes.criteria`` (grammar and rules).
4. **reconciliation and choice**: the points reading that adds up to the
   printed totals is kept (``layout._pick_points``), deduction forms are told
   from their items, every level of nested categories is reconciled
   (``schemes.reconcile``) and every fallback becomes a flag.
5. **scheme** (``assemble.freeze``): ids, confidence, the frozen Scheme.
"""

from __future__ import annotations

from extractors.model import Document

from .assemble import extract_scheme, extract_scheme_explained

from .version import EXTRACTOR_VERSION  # a content hash of the extraction code and data (version.py)

__all__ = ["extract_scheme", "extract_scheme_explained", "EXTRACTOR_VERSION", "Document"]
