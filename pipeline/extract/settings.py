"""Numeric thresholds of extraction in one place, as pdfplumber's ``TableSettings``.

Every threshold a stage compares against is a field here, so an experiment can change
one (``extract_scheme(doc, ExtractSettings(header_search_rows=12))``) without editing
code, and ``kaohe extract --explain`` can name the value that decided.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractSettings:
    # layout: header band
    header_search_rows: int = 8          # rows searched for the header band
    header_band_rows: int = 3            # rows a header band may span
    # layout: columns
    sentence_length: int = 10            # mean characters of a column of requirement sentences
    item_run_share: float = 0.8          # a column grouping fewer runs than this share of the finest is a hierarchy
    # tables
    min_table_rows: int = 3              # smaller tables without points are not flagged non_scheme_table
    min_target_pairs: int = 3            # (unit, figure) pairs that make a per-unit target table
    # prose deduction form
    deduction_share: float = 0.8         # share of items that only take points off in a deduction form
    # confidence
    doubt_factor: float = 0.9            # scheme confidence × this for each kind of doubt flagged
    unparsed_rule_factor: float = 0.7    # item confidence × this when its criteria give no rule


DEFAULT = ExtractSettings()
