"""Exact points: fixed-point integers in millionths ("micro-points").

Scores are computed on int64 numpy arrays holding millionths of a point, so
column-wise arithmetic stays vectorized *and* exact: halves, quarters and the
weights of a notice (0.25 × 0.7) never produce binary-float artefacts such as
82.19999999999999.  Every number enters through :func:`to_micro` (which goes
through :class:`~decimal.Decimal` of the printed text) and leaves through
:func:`fmt` / :func:`hundredths` (ROUND_HALF_UP to 2 decimals, only at output).

The rare results that are not exact in millionths (a proportional score such
as 3 × 0.9 / 0.98) are truncated toward zero at the 6th decimal; truncation
there keeps the later 2-decimal ROUND_HALF_UP identical to rounding the exact
value once, because every 2-decimal rounding boundary lies on the micro grid.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import numpy as np

SCALE = 1_000_000
DSCALE = Decimal(SCALE)
#: Largest magnitude accepted for an input figure (keeps int64 products safe).
MAX_INPUT = Decimal(10) ** 12

_HUNDREDTH = Decimal("0.01")


@lru_cache(maxsize=65_536)
def to_micro(x: float | int | str | Decimal) -> int:
    """Exact millionths of ``x`` (floats via their shortest repr); half-up beyond 6 decimals.

    Cached: scheme constants are converted again and again while explaining.
    """
    d = x if isinstance(x, Decimal) else Decimal(str(x))
    return int((d * DSCALE).to_integral_value(rounding=ROUND_HALF_UP))


def is_exact_micro(x: float | int | str | Decimal) -> bool:
    d = x if isinstance(x, Decimal) else Decimal(str(x))
    return (d * DSCALE) == (d * DSCALE).to_integral_value()


def to_decimal(n: int) -> Decimal:
    """The exact Decimal of a micro value, without trailing zeros."""
    return _plain(Decimal(int(n)) / DSCALE)


@lru_cache(maxsize=65_536)
def round2(n: int) -> Decimal:
    """A micro value rounded to 2 decimals, ROUND_HALF_UP, trailing zeros dropped."""
    return _plain((Decimal(int(n)) / DSCALE).quantize(_HUNDREDTH, rounding=ROUND_HALF_UP))


def fmt(n: int) -> str:
    """Output text of a micro value: at most 2 decimals, ROUND_HALF_UP ("82.2", "100", "-1.5")."""
    return _text(round2(n))


@lru_cache(maxsize=65_536)
def fmt_exact(n: int, minus: str = "−") -> str:
    """Explanation text of a micro value: exact, no rounding ("0.333333", "−1.5")."""
    s = _text(to_decimal(n))
    return s.replace("-", minus)


def fmt_dec(d: Decimal, minus: str = "−") -> str:
    return _text(_plain(d)).replace("-", minus)


def _plain(d: Decimal) -> Decimal:
    d = d.normalize()
    return d if d != 0 else Decimal(0)


def _text(d: Decimal) -> str:
    return format(d, "f")


def hundredths(a: np.ndarray) -> np.ndarray:
    """Vectorized ROUND_HALF_UP of micro values to integer hundredths (halves away from zero)."""
    a = np.asarray(a, dtype=np.int64)
    mag = (np.abs(a) + 5_000) // 10_000
    return np.where(a < 0, -mag, mag)


def fmt_hundredths(h: np.ndarray) -> list[str]:
    """Vectorized text of integer hundredths: 8220 → "82.2", 10000 → "100", -150 → "-1.5"."""
    h = np.asarray(h, dtype=np.int64)
    neg = h < 0
    mag = np.abs(h)
    whole = (mag // 100).astype(str)
    frac = mag % 100
    tens, ones = frac // 10, frac % 10
    digits = np.char.add(tens.astype(str), ones.astype(str))
    one_digit = np.char.add(".", tens.astype(str))
    frac_txt = np.where(frac == 0, "", np.where(ones == 0, one_digit, np.char.add(".", digits)))
    out = np.char.add(np.where(neg & (mag > 0), "-", ""), np.char.add(whole, frac_txt))
    return out.tolist()


def fmt_array(a: np.ndarray) -> list[str]:
    """Output text for a column of micro values (see :func:`fmt`)."""
    return fmt_hundredths(hundredths(a))


def mul(a: np.ndarray | int, b: np.ndarray | int) -> np.ndarray:
    """``a × b`` for micro operands, truncated toward zero at the 6th decimal.

    Exact whenever the true product has at most 6 decimals (all weights and
    halves of real notices).  Falls back to Python integers when the int64
    product could overflow.
    """
    return muldiv(a, b, SCALE)


def muldiv(a: np.ndarray | int, b: np.ndarray | int, c: np.ndarray | int) -> np.ndarray:
    """``a × b / c`` in integers, truncated toward zero; overflow-safe."""
    a_ = np.asarray(a, dtype=np.int64)
    b_ = np.asarray(b, dtype=np.int64)
    c_ = np.asarray(c, dtype=np.int64)
    amax = int(np.abs(a_).max(initial=0))
    bmax = int(np.abs(b_).max(initial=0))
    if amax * bmax < 2**62:
        prod = a_ * b_
        q = np.abs(prod) // np.abs(np.where(c_ == 0, 1, c_))
        return np.where((prod < 0) ^ (c_ < 0), -q, q).astype(np.int64)
    ao, bo, co = (np.broadcast_to(x, np.broadcast_shapes(a_.shape, b_.shape, c_.shape)).astype(object)
                  for x in (a_, b_, c_))
    prod = ao * bo
    q = np.frompyfunc(lambda p, d: (abs(p) // abs(d or 1)) * (-1 if (p < 0) != (d < 0) else 1), 2, 1)(prod, co)
    return q.astype(np.int64)


# --------------------------------------------------------------------------- parsing input text

_YES = {"是", "yes", "y", "1", "true", "达标", "已达标", "完成", "√", "✓", "有"}
_NO = {"否", "no", "n", "0", "false", "未达标", "不达标", "未完成", "×", "✗", "无"}


def norm_text(text: object) -> str:
    """NFKC (full-width digits and ％ become ASCII), stripped."""
    if text is None:
        return ""
    if isinstance(text, float) and text != text:  # NaN
        return ""
    if isinstance(text, bool):
        return "true" if text else "false"
    if isinstance(text, float):
        return repr(text) if not text.is_integer() else str(int(text))
    return unicodedata.normalize("NFKC", str(text)).strip()


def parse_bool(text: str) -> bool | None:
    """是/否, yes/no, 1/0, true/false, 达标/未达标 → True/False; anything else → None."""
    t = text.strip().lower()
    if t in _YES:
        return True
    if t in _NO:
        return False
    return None


def parse_number(text: str) -> tuple[Decimal, bool] | None:
    """A number or a rate: "65%" → (0.65, True), "0.65" → (0.65, False), "1,200" → 1200.

    Returns ``(value, had_percent_sign)`` or None when the text is not a number.
    """
    t = text.strip().replace(",", "").replace("，", "")
    pct = t.endswith("%")
    if pct:
        t = t[:-1].strip()
    if not t or t.lower() in {"nan", "inf", "-inf", "infinity", "+inf"}:
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        return None
    if not d.is_finite():
        return None
    if pct:
        d = d / 100
    return d, pct
