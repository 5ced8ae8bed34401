"""The extractors' Chinese vocabulary, read from ``schemes/criteria/data/lexicon.json``.

Word lists and word patterns are data: a new notice's phrasing is a line in that file, not
code.  Names are ``group.key`` (``pattern("facts.truncation")``); each group carries a
``_doc`` saying what it is for.  Patterns are compiled once per name and flags, on first use:
the extractors name ~140 of them at import, and a small notice uses about 85 (compiling the
rest cost ~0.02 s CPU of every `kaohe extract`).

A compiled pattern's code is kept in kaohe's cache folder (:mod:`schemes.criteria.kept`), and later
processes build the pattern from it (~0.03 s CPU of a small `kaohe extract`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemes.criteria.grammar import lexicon
from schemes.criteria.kept import compile_kept


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


class LexiconPattern:
    """The regex stored under a lexicon name, compiled when first used.

    It answers what a compiled :class:`re.Pattern` answers (``search``, ``finditer``, ``sub``,
    ``pattern``…): the first attribute asked for compiles the regex, and each attribute is then
    kept on the object, so later uses cost what the compiled pattern's own do."""

    def __init__(self, name: str, source: str, flags: int) -> None:
        self._name, self._source, self._flags = name, source, flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled regex (compiled now if it is not yet)."""
        try:
            return self._compiled
        except AttributeError:
            self._compiled = compile_kept(self._source, self._flags)
            return self._compiled

    def __getattr__(self, attr: str):
        if attr.startswith("_"):  # its own fields not yet set, or a protocol (copy, pickle) a pattern lacks
            raise AttributeError(attr)
        value = getattr(self.compiled(), attr)
        setattr(self, attr, value)
        return value

    def __repr__(self) -> str:
        return f"LexiconPattern({self._name!r}, {self._source!r}, {self._flags})"


_PATTERNS: dict[tuple[str, int], LexiconPattern] = {}


def pattern(name: str, flags: int = 0) -> LexiconPattern:
    """The regex stored under ``name``, one object per name and flags (a missing or non-string
    entry is an error now; the regex is compiled on first use)."""
    key = (name, int(flags))
    found = _PATTERNS.get(key)
    if found is None:
        found = _PATTERNS[key] = LexiconPattern(name, text(name), flags)
    return found


def named_patterns() -> list[LexiconPattern]:
    """Every pattern asked for so far (a test compiles them all)."""
    return list(_PATTERNS.values())


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The word list stored under ``name``, in its order (order can decide a match)."""
    value = entry(name)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise TypeError(f"lexicon.json entry {name!r} is not a list of words")
    return tuple(value)
