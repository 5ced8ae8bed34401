"""The extractors' Chinese vocabulary, read from ``schemes/criteria/data/lexicon.json``.

Word lists and word patterns are data: a new notice's phrasing is a line in that file, not
code.  Names are ``group.key`` (``pattern("facts.truncation")``); each group carries a
``_doc`` saying what it is for.  Patterns are compiled once per name and flags, on first use:
the extractors name ~140 of them at import, and a small notice uses about 85 (compiling the
rest cost ~0.02 s CPU of every `kaohe extract`).

What compiling a pattern makes — the code Python's regex engine runs — is kept in kaohe's cache
folder (:func:`schemes.criteria.nlp.cache_dir`), in one file named by the Python build and the
lexicon's content, and later processes build each pattern from it without parsing it again:
Python compiles character classes of Chinese characters slowly (~0.4 ms a pattern, ~0.03 s CPU
of a small `kaohe extract`).  The code is made by ``re``'s own compiler (``re._parser``,
``re._compiler``), and kept only when the engine takes it to the same pattern ``re.compile`` makes.
"""

from __future__ import annotations

import atexit
import re
from functools import lru_cache
from pathlib import Path

from schemes.criteria.grammar import LEXICON_FILE, lexicon


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


# --------------------------------------------------------------------------- compiled patterns kept


_kept: dict[tuple[str, int], tuple] | None = None   # (source, flags) → what the regex engine is given
_unsaved = False


def kept_file() -> Path:
    """The file of compiled lexicon patterns: named by the Python build (the engine's code changes
    with it) and the lexicon's content (a changed lexicon starts a new file)."""
    import _sre
    import hashlib
    import sys

    from schemes.criteria.nlp import cache_dir

    digest = hashlib.sha256(f"{sys.version}:{_sre.MAGIC}:{_sre.CODESIZE}:".encode() + LEXICON_FILE.read_bytes())
    return cache_dir() / f"kaohe-lexicon-regex-{digest.hexdigest()[:16]}.marshal"


def _engine_code(source: str, flags: int) -> tuple:
    """What ``re.compile(source, flags)`` gives the regex engine, computed as ``re._compiler.compile``
    does: the flags, the code, the number of groups, and the group names both ways."""
    from re import _compiler, _parser

    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    names = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, tuple(by_index)


def _kept_codes() -> dict[tuple[str, int], tuple]:
    global _kept
    if _kept is None:
        import marshal

        try:
            loaded = marshal.loads(kept_file().read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            loaded = None
        _kept = loaded if isinstance(loaded, dict) else {}
    return _kept


def _save_kept() -> None:
    import marshal

    from schemes.atomic import atomic_file

    try:
        with atomic_file(kept_file()) as tmp:
            tmp.write_bytes(marshal.dumps(_kept))
    except OSError:
        pass   # a read-only cache folder: compiled again next time


def compile_kept(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, built from the kept engine code when the cache folder has it;
    otherwise compiled, and its code kept (written when the process ends)."""
    import _sre

    global _unsaved
    codes = _kept_codes()
    key = (source, int(flags))
    kept = codes.get(key)
    if kept is not None:
        try:
            return _sre.compile(source, *kept)
        except Exception:  # noqa: BLE001 — a damaged entry (the engine checks the code): compile it
            pass
    compiled = re.compile(source, flags)
    try:
        made = _engine_code(source, flags)
        if _sre.compile(source, *made) == compiled:   # equal patterns: same flags, source and code
            codes[key] = made
            if not _unsaved:
                _unsaved = True
                atexit.register(_save_kept)
    except Exception:  # noqa: BLE001 — re's internals changed: the pattern is compiled, not kept
        pass
    return compiled
