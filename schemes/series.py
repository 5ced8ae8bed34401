"""Series: the same notice of the same issuer, year after year (pure functions).

A series is named by its issuer and its title without the year
(``绍兴市总工会 / 基层工会工作考核``).  Notices rarely name the issuer apart
from the title, so where the scheme's metadata has none, the part of the title
before the year is taken as the issuer (``绍兴市直部门系统…工会（工委）2019年度
重点工作考核办法`` → issuer ``绍兴市直部门系统…工会（工委）``).  A new scheme joins
the series whose key is most similar to its own, when similar enough; the
store records the choice and a reviewer confirms or changes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .diff import normalize

MIN_SERIES_SIMILARITY = 0.85

_YEAR = re.compile(
    r"[（(]?\s*(?:19|20)\d{2}\s*(?:[-—–至~]\s*(?:19|20)?\d{2,4}\s*)?(?:年度|年)?\s*[）)]?"
    r"|[二〇零一三四五六七八九]{4}\s*年度?"
)
_QUOTES = "《》“”\"'「」"


@dataclass(frozen=True)
class SeriesName:
    issuer: str | None
    title: str  # the title without the year
    key: str  # normalized issuer + title: what series are matched on

    @property
    def name(self) -> str:
        return f"{self.issuer} / {self.title}" if self.issuer else self.title


def strip_year(title: str) -> str:
    """A title without its year(s): ``2011年度工会工作目标管理考核表`` → ``工会工作目标管理考核表``."""
    return " ".join(_YEAR.sub(" ", title or "").split()).strip(_QUOTES + " ")


def series_name(title: str, issuer: str | None = None) -> SeriesName:
    """Issuer, title without year, and matching key of a scheme's series."""
    title = (title or "").strip()
    found = _YEAR.search(title)
    if not issuer and found and found.start() > 0:
        before = title[: found.start()].strip(_QUOTES + " ")
        if len(normalize(before)) >= 2:
            issuer = before
            title = title[found.end():]
    rest = strip_year(title)
    issuer = (issuer or "").strip() or None
    return SeriesName(issuer, rest, normalize(f"{issuer or ''}{rest}"))


def similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


def best_series(candidates: list[tuple[int, str]], key: str,
                minimum: float = MIN_SERIES_SIMILARITY) -> int | None:
    """The id of the candidate series ``(id, key)`` most similar to ``key``, if similar enough
    (ties: the lower id, i.e. the older series)."""
    if not key:
        return None
    scored = [(similarity(key, k), -sid, sid) for sid, k in candidates]
    scored = [s for s in scored if s[0] >= minimum]
    return max(scored)[2] if scored else None
