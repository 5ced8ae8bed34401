"""File names as they may be shown: control and bidirectional-formatting characters escaped.

A file name may hold a newline (a forged second line of output) or U+202E
RIGHT-TO-LEFT OVERRIDE (``evil\\u202ecod.exe`` shows as ``evilexe.doc``).  Every
message that names a file shows it through :func:`shown`, which writes such
characters as Python escapes (``\\n``, ``\\u202e``) and leaves the rest, CJK
included, as it is.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, and the bidi marks, embeddings, overrides and isolates.
_HIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def shown(name: str) -> str:
    """``name`` with its control and bidi characters escaped (``a\\nb`` → ``a\\\\nb``)."""
    return _HIDDEN.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(name))
