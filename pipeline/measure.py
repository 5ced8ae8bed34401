"""What `kaohe eval` and `kaohe eval-prefill` measure alike: matches against gold, and whether confidence
tells a reviewer where to look.

:class:`Matches` counts what was found right against what was found and what the gold expects (items
extracted, or reports' sentences linked to items); per file and added up over a set, it gives precision,
recall and F1.  :class:`Calibration` holds (confidence, right) per output (an extracted item, a proposed
value): the AUROC of the confidence, and the wrong outputs shown as confident (at or above a threshold).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable


@dataclass(frozen=True)
class Matches:
    right: int = 0
    found: int = 0
    expected: int = 0

    def __add__(self, other: Matches) -> Matches:
        return Matches(self.right + other.right, self.found + other.found, self.expected + other.expected)

    @classmethod
    def total(cls, parts: Iterable[Matches]) -> Matches:
        return sum(parts, cls())

    @property
    def precision(self) -> float:
        """Nothing found: 1 when nothing was expected, else 0."""
        return self.right / self.found if self.found else float(self.expected == 0)

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class Matched:
    """A file's precision, recall and F1 from its :attr:`matches` (a mixin of the per-file scores)."""

    @property
    def matches(self) -> Matches:
        raise NotImplementedError

    @property
    def precision(self) -> float:
        return self.matches.precision

    @property
    def recall(self) -> float:
        return self.matches.recall

    @property
    def f1(self) -> float:
        return self.matches.f1


def share(part: int, whole: int) -> float:
    """``part / whole``; 1 of nothing is all of it (no wrong values: all of them were flagged)."""
    return part / whole if whole else 1.0


@dataclass
class Calibration:
    #: (confidence, whether the output is right), per output
    pairs: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, confidence: float, right: bool) -> None:
        self.pairs.append((confidence, right))

    @classmethod
    def total(cls, parts: Iterable[Calibration]) -> Calibration:
        return cls([pair for part in parts for pair in part.pairs])

    @property
    def auroc(self) -> float | None:
        return auroc(self.pairs)

    def confident_wrong(self, at_least: float) -> int:
        """Wrong outputs whose confidence is ``at_least`` or more: those a reviewer is not sent to."""
        return sum(1 for c, ok in self.pairs if not ok and c >= at_least)


def auroc(pairs: list[tuple[float, bool]]) -> float | None:
    """Area under the ROC curve of a confidence for a yes/no outcome: the chance that a right
    output has a higher confidence than a wrong one (ties count half) — the Mann–Whitney
    statistic over average ranks.  None when one of the two classes is empty."""
    positives = sum(1 for _, ok in pairs if ok)
    negatives = len(pairs) - positives
    if not positives or not negatives:
        return None
    order = sorted(range(len(pairs)), key=lambda i: pairs[i][0])
    ranks = [0.0] * len(pairs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and pairs[order[j + 1]][0] == pairs[order[i]][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1  # ties share the average of their 1-based ranks
        i = j + 1
    rank_sum = sum(r for r, (_, ok) in zip(ranks, pairs) if ok)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
