"""Token patterns over jieba's words: the criteria grammar's matcher, without spaCy.

Importing spaCy (with thinc and numpy) cost a small `kaohe extract` ~0.4 s CPU
of its ~1.3 s, for two things the grammar needs: words with their character
offsets, and the Matcher.  Both are small, and are kept here with the same
results as spaCy's (a test compares them on criteria texts):

* :func:`tokens` — jieba's words as spaCy's Chinese tokenizer makes tokens of
  them: whitespace words dropped, one space after a word kept as that word's
  trailing space, any other gap a token of its own;
* :class:`Matcher` — the pattern language the grammar uses (``TEXT`` equal,
  ``IN`` a list or matching a ``REGEX``; ``{}`` any token; ``"OP": "?"``
  optional), every match of every pattern at every start, then per label only
  the longest matches that do not overlap (spaCy's ``greedy="LONGEST"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # character offset in the text
    end: int


def tokens(words: list[str], text: str) -> list[Token]:
    """The tokens of ``text`` segmented as ``words`` (spaCy's ``get_words_and_spaces`` alignment)."""
    out: list[Token] = []
    pos = 0
    for word in (w for w in words if w and not w.isspace()):
        at = text.index(word, pos)
        if at > pos:
            out.append(Token(text[pos:at], pos, at))
        out.append(Token(word, at, at + len(word)))
        pos = at + len(word)
        if pos < len(text) and text[pos] == " ":
            pos += 1
    if pos < len(text):
        out.append(Token(text[pos:], pos, len(text)))
    return out


def _predicate(spec: dict):
    """A test on a token's text from a pattern element (``{}`` matches any token)."""
    text = spec.get("TEXT")
    if text is None:
        return lambda t: True
    if isinstance(text, str):
        return lambda t: t == text
    if "IN" in text:
        allowed = frozenset(text["IN"])
        return lambda t: t in allowed
    regex = re.compile(text["REGEX"])
    return lambda t: regex.search(t) is not None


class Matcher:
    """Labelled token patterns; :meth:`__call__` gives (label, first token, end token) of the matches kept."""

    def __init__(self) -> None:
        self.patterns: list[tuple[str, list[tuple[object, bool]]]] = []

    def add(self, label: str, patterns: list[list[dict]]) -> None:
        for pattern in patterns:
            self.patterns.append((label, [(_predicate(spec), spec.get("OP") == "?") for spec in pattern]))

    def _ends(self, steps: list[tuple[object, bool]], words: list[str], start: int) -> set[int]:
        """Every token index where ``steps`` can end when they start at ``start``."""
        at = {start}
        for test, optional in steps:
            moved = {i + 1 for i in at if i < len(words) and test(words[i])}
            at = moved | at if optional else moved
            if not at:
                return set()
        return {i for i in at if i > start}

    def __call__(self, toks: list[Token]) -> list[tuple[str, int, int]]:
        words = [t.text for t in toks]
        found: list[tuple[int, int, str, int, int]] = []  # (end, pattern, label, start, end)
        for k, (label, steps) in enumerate(self.patterns):
            first, optional = steps[0]
            for start in range(len(words)):
                if optional or first(words[start]):  # most patterns stop at their first token
                    found.extend((end, k, label, start, end) for end in self._ends(steps, words, start))
        found.sort(key=lambda m: (m[0], m[1], m[3]))  # in the order they complete, as spaCy finds them
        by_label: dict[str, list[tuple[int, int]]] = {}
        for _end, _k, label, start, end in found:
            pairs = by_label.setdefault(label, [])
            if (start, end) not in pairs:
                pairs.append((start, end))
        kept: list[tuple[str, int, int]] = []
        for label, pairs in by_label.items():
            taken = [False] * len(words)
            for start, end in sorted(pairs, key=lambda p: (p[1] - p[0], -p[0]), reverse=True):
                if not any(taken[start:end]):
                    kept.append((label, start, end))
                    taken[start:end] = [True] * (end - start)
        return kept
