"""Document → Scheme.

``extract_scheme(doc)`` reads a notice's document model into a Scheme: the
item tables and numbered paragraphs become categories and items, the prose
sections become bonus/deduction/veto entries, weights, grades and targets;
criteria become rules; totals are reconciled and every doubt becomes a flag.
"""

from __future__ import annotations

from extractors.model import Document

from .assemble import extract_scheme

#: Bump when extraction changes in a way that should re-extract stored notices.
EXTRACTOR_VERSION = "1.0"

__all__ = ["extract_scheme", "EXTRACTOR_VERSION", "Document"]
