"""The readers: each reads one kind of region (a scheme table, the prose of the notice, its
sections) into a draft of its own; readings of the same region compete in ``choose``.

A reader is registered with its name, its variant (one reader can read a region in several
ways: the outline reader reads numbered lines with their points, deduction clauses, headed
lines …), the kind of region it reads, a test of whether it applies, and a priority that only
breaks ties in ``choose``.  ``kaohe extract --stages`` lists them.

- ``tables``: one table reader, variants ``layout`` (any header band, hierarchy columns, section
  rows, numbering, rows listing numbered entries, 加分/扣分/一票否决 rows) and ``header`` (a score
  sheet whose criteria stand in its header cells);
- ``outline``: one reader of the prose outline, variants ``deduction_prose``, ``inline_points``,
  ``numbered`` and ``headings``;
- ``fields``: indicators written as labelled fields, variants ``cards`` and ``bracket_fields``;
- ``outcomes`` and ``articles``: items stated by graded outcomes, modules declared once;
- ``matrix`` and ``targets``: point matrices and per-unit target tables (the layout stage's kinds);
- ``sections``: scheme-level entries and settings, always read; ``by_name`` completes a prose reading
  with what the notice says of its items by name elsewhere.
"""

from __future__ import annotations

from .registry import READERS, Reader, reader  # noqa: F401  (the registry, re-exported)


# registration order is the order readings are made (tables, then the prose readers)
from . import tables, outline, fields, outcomes, articles  # noqa: E402,F401  (registers the readers)
