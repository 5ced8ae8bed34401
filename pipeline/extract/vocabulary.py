"""The extractors' Chinese vocabulary, read from ``schemes/criteria/data/lexicon.json``.

Word lists and word patterns are data: a new notice's phrasing is a line in that file, not
code.  Names are ``group.key`` (``pattern("facts.truncation")``); each group carries a
``_doc`` saying what it is for.  Patterns are compiled once per name and flags.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemes.criteria.grammar import lexicon


def entry(name: str):
    """The raw lexicon value under a dotted name; a missing name is a KeyError naming it."""
    value = lexicon()
    for part in name.split("."):
        try:
            value = value[part]
        except (KeyError, TypeError):
            raise KeyError(f"lexicon.json has no entry {name!r}") from None
    return value


def text(name: str) -> str:
    """A regex source or a run of characters, to be joined into a larger pattern."""
    value = entry(name)
    if not isinstance(value, str):
        raise TypeError(f"lexicon.json entry {name!r} is not a string")
    return value


@lru_cache(maxsize=None)
def pattern(name: str, flags: int = 0) -> re.Pattern[str]:
    """The compiled regex stored under ``name``."""
    return re.compile(text(name), flags)


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The word list stored under ``name``, in its order (order can decide a match)."""
    value = entry(name)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise TypeError(f"lexicon.json entry {name!r} is not a list of words")
    return tuple(value)
