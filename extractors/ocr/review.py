"""What OCR read that a reviewer should check: low confidence, and digits that may be letters.

The recogniser sometimes reads a ``0`` as ``O``, ``5`` as ``S``, ``1`` as ``l``
or ``I``, ``2`` as ``Z``; in a points column that silently changes a score.
A number-like token (digits and those lookalike letters, before a unit such as
分 or %, or filling a cell on its own) that contains such a letter is flagged,
never corrected: the reviewer decides.
"""

from __future__ import annotations

import re

LOW_CONFIDENCE = 0.80  # recognised lines below this confidence are flagged
LOOKALIKES = "OoSslIiZzB"  # letters the recogniser confuses with 0 5 1 2 8
_TOKEN = rf"[0-9{LOOKALIKES}][0-9{LOOKALIKES}.．]*"
_UNIT = r"[分％%个项人次家条篇年月日]"
#: a number-like token before a unit (得S分, 1O%) ...
_BEFORE_UNIT = re.compile(rf"(?<![A-Za-z])({_TOKEN})\s*(?={_UNIT})")
#: ... or a whole cell/line that is one number-like token (a points column: "1O", "S")
_WHOLE = re.compile(rf"^\s*({_TOKEN})\s*(分)?\s*$")


def lookalike_numbers(text: str) -> list[str]:
    """Number-like tokens in ``text`` that contain a letter the recogniser confuses with a digit."""
    found = []
    for match in list(_BEFORE_UNIT.finditer(text)) + list(_WHOLE.finditer(text)):
        token = match.group(1)
        if any(ch in LOOKALIKES for ch in token) and _numeric_enough(token) and token not in found:
            found.append(token)
    return found


def _numeric_enough(token: str) -> bool:
    """A digit in the token, or one or two characters (a lone "S" in a points cell); never a word.

    Misread digits come alone; three letters in a row (ISO9001) are a word.
    """
    if re.search(rf"[{LOOKALIKES}]{{3}}", token):
        return False
    return any(ch.isdigit() for ch in token) or len(token) <= 2


def low_confidence(score: float) -> bool:
    return score < LOW_CONFIDENCE
