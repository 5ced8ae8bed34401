"""The prefill's typed results: per report, per scheme target, the proposed inputs with their evidence.

Everything a rater needs to confirm a value travels with it: the quoted sentence, where it is in the
report (a :class:`~schemes.model.SourceRef`, the provenance a scheme's values carry: file, block, page,
paragraph, table row, character span; its ``quote`` is left empty, the sentence being the evidence), a
confidence, flags (contradiction, approximate figure, stated target …) and the candidate passages the
link was chosen from.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from schemes.model import SourceRef

#: proposed: a value read from the report; linked: the report addresses the target but the input is the
#: rater's (manual score, a judgement); no evidence: nothing in the report addresses it (never guessed).
Status = Literal["proposed", "linked", "no evidence", "confirmed"]
#: Below this confidence a proposal is shown as "check".
CHECK_BELOW = 0.6


class Candidate(BaseModel):
    """A passage considered for a target, with its linking score (kept for review)."""

    sentence: int
    score: float
    by_number: bool = False
    text: str = ""


class Proposal(BaseModel):
    input: str
    value: str = ""
    status: Status
    evidence: str = ""
    where: SourceRef | None = None
    confidence: float = 0.0
    flags: list[str] = Field(default_factory=list)
    #: the span of the figure or statement read, inside ``evidence``
    value_span: tuple[int, int] | None = None

    @property
    def check(self) -> bool:
        return self.status == "proposed" and (self.confidence < CHECK_BELOW or bool(self.flags))


class TargetResult(BaseModel):
    target: str
    kind: str
    label: str
    status: Status
    proposals: list[Proposal] = Field(default_factory=list)
    candidates: list[Candidate] = Field(default_factory=list)
    #: the report sentences linked to the target, best first
    sentences: list[int] = Field(default_factory=list)
    attachments: list[str] = Field(default_factory=list)


class Sentence(BaseModel):
    """One sentence of the report (a table row counts as one), with where it is."""

    index: int
    text: str
    where: SourceRef
    section: str = ""


class Prefill(BaseModel):
    file: str
    unit: str
    unit_source: str = Field(description="how the unit was named: given, known unit, title, self-reference")
    scheme_title: str = ""
    targets: list[TargetResult]
    sentences: list[Sentence] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
