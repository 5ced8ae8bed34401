"""Fold the duplicated ideographs some PDF text layers carry.

Producers that subset CJK fonts (macOS Quartz, some WPS and Word exports) map
one glyph to several code points: a Kangxi radical or CJK compatibility
ideograph *and* the ideograph itself ("⽇日" for 日, "不不" as U+4E0D U+F967),
so extracted text reads every such character twice.  A radical or
compatibility character is NFKC-mapped to its unified ideograph and dropped
when that ideograph stands beside it; alone, it is replaced by the ideograph
(nobody writes a notice in radicals).  Radicals-supplement characters that
NFKC leaves alone ("⻬" beside "齐") are dropped when they share one glyph with
an ideograph.
"""

from __future__ import annotations

import re
import unicodedata

_RADICAL_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))
_COMPAT_RANGES = ((0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_UNIFIED_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2FFFF))


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


_ANY_VARIANT = re.compile(f"[{_class(_RADICAL_RANGES + _COMPAT_RANGES)}]")


def has_variant(text: str) -> bool:
    """Any radical or compatibility ideograph in ``text`` (one scan, for a whole page's text)."""
    return _ANY_VARIANT.search(text) is not None


def _in(ch: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in ranges)


def is_variant(ch: str) -> bool:
    """A Kangxi radical, radicals-supplement or compatibility ideograph."""
    return _in(ch, _RADICAL_RANGES) or _in(ch, _COMPAT_RANGES)


def is_unified(ch: str) -> bool:
    return _in(ch, _UNIFIED_RANGES) and not _in(ch, _COMPAT_RANGES)


def unify(ch: str) -> str:
    """The unified ideograph a variant stands for (itself when NFKC gives none)."""
    mapped = unicodedata.normalize("NFKC", ch)
    return mapped if len(mapped) == 1 else ch


def fold_glyph(text: str) -> str:
    """One glyph's text: an ideograph with its variant duplicates becomes the ideograph."""
    if len(text) < 2:
        return unify(text) if text and is_variant(text) else text
    core = [ch for ch in text if not is_variant(ch)]
    if len(core) == 1 and is_unified(core[0]):
        return core[0]
    return fold_text(text)


def fold_text(text: str) -> str:
    """Drop a variant beside the ideograph it duplicates; map a lone variant to its ideograph."""
    if not any(is_variant(ch) for ch in text):
        return text
    out: list[str] = []
    for i, ch in enumerate(text):
        if not is_variant(ch):
            out.append(ch)
            continue
        unified = unify(ch)
        following = text[i + 1] if i + 1 < len(text) else ""
        if unified == following or (out and out[-1] == unified):
            continue
        out.append(unified)
    return "".join(out)
