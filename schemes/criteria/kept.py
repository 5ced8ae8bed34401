"""Regexes compiled once per machine: the code Python's regex engine is given for a pattern is
kept in kaohe's cache folder (:func:`schemes.criteria.nlp.cache_dir`), and later processes build
the pattern from it without parsing it again.

Python compiles character classes of Chinese characters slowly (~0.4 ms a pattern); the
extraction's patterns — the lexicon's (``pipeline/extract/vocabulary.py``) and those its modules
write as code — cost ~0.06 s CPU of every small `kaohe extract` to compile.  The code is made by
``re``'s own compiler (``re._parser``, ``re._compiler``) and kept only when the engine takes it to
a pattern equal to the one ``re.compile`` makes (same flags, source and code); the file is named
by the Python build (the code changes with it) and the lexicon's content (a changed lexicon
starts a new file, leaving the entries of patterns since changed behind).
"""

from __future__ import annotations

import atexit
import re
from pathlib import Path


_kept: dict[tuple[str, int], tuple] | None = None   # (source, flags) → what the regex engine is given
_unsaved = False


def kept_file() -> Path:
    """The file of kept patterns: named by the Python build and the lexicon's content."""
    import _sre
    import hashlib
    import sys

    from .grammar import LEXICON_FILE
    from .nlp import cache_dir

    digest = hashlib.sha256(f"{sys.version}:{_sre.MAGIC}:{_sre.CODESIZE}:".encode() + LEXICON_FILE.read_bytes())
    return cache_dir() / f"kaohe-regex-{digest.hexdigest()[:16]}.marshal"


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
    otherwise compiled, and its code kept (written when the process ends).  Call it once the
    lexicon's module (``grammar``) is imported."""
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
