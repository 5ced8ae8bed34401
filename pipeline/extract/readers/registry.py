"""The reader registry: each reader module registers its variants (name, variant, the kind of region
read, when it applies, its tie-breaking priority); the readings stage runs them in registration order."""

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
