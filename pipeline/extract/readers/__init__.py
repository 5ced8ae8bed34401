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

from collections.abc import Callable
from dataclasses import dataclass

from ..state import Draft, Extraction, TableRegion


@dataclass(frozen=True)
class Reader:
    name: str                        # the reader (tables, outline, fields …)
    variant: str                     # how it reads (layout, inline_points …); names the reading
    region: str                      # "table" or "prose"
    priority: int
    applies: Callable[[Extraction, TableRegion | None], bool]
    read: Callable[[Extraction, TableRegion | None, Draft], None]
    doc: str


READERS: list[Reader] = []


def reader(name: str, variant: str, region: str, priority: int, applies=lambda ex, region: True):
    """Register a reader's variant (in the order readers are imported below)."""
    def register(func):
        summary = " ".join((func.__doc__ or "").strip().split("\n\n")[0].split())
        READERS.append(Reader(name, variant, region, priority, applies, func, summary))
        return func
    return register


# registration order is the order readings are made (tables, then the prose readers)
from . import tables, outline, fields, outcomes, articles  # noqa: E402,F401
