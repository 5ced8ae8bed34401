# NOTE FOR HELPERS (temporary; the lead removes it before the final commit): read /work/notes/common.md FIRST: concurrency rules (never git stash/reset/checkout; commit only your own paths), the v2 model contract, deadline 02:40 UTC.
"""Document → Scheme.

``extract_scheme(doc)`` reads a notice's document model into a Scheme: the
item tables and numbered paragraphs become categories and items, the prose
sections become bonus/deduction/veto entries, weights, grades and targets;
criteria become rules; totals are reconciled and every doubt becomes a flag.
"""

from __future__ import annotations

from extractors.model import Document

from .assemble import extract_scheme, extract_scheme_explained

from .version import EXTRACTOR_VERSION  # a content hash of the extraction code and data (version.py)

__all__ = ["extract_scheme", "extract_scheme_explained", "EXTRACTOR_VERSION", "Document"]
