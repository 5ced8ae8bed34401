"""The extraction pipeline: stages registered with what they require and assign.

As in spaCy's ``Language`` pipeline, each stage is a plain function over one
intermediate form (:class:`~pipeline.extract.state.Extraction`), registered with the
fields it needs and the fields it fills.  :func:`check_stages` (spaCy's
``analyze_pipes``) verifies that every requirement is assigned by an earlier stage;
``kaohe extract --stages`` prints the table.  From a stage on, everything relies only
on what earlier stages assigned (docling's pipeline rule): no reader gates another.
"""

from __future__ import annotations

from extractors.model import Document

from . import choose, facts, layout, numerals, readings, rules, scheme  # noqa: F401  (registers the stages)
from .numerals import restore_provenance
from .settings import DEFAULT, ExtractSettings
from .stages import ORDER, STAGES, Stage
from .state import Extraction


def check_stages(stages: list[Stage] | None = None) -> list[str]:
    """Problems of the pipeline: a requirement no earlier stage assigns (empty list: sound)."""
    problems = []
    available = {"doc", "settings"}
    for s in stages if stages is not None else pipeline():
        for need in s.requires:
            if need not in available:
                problems.append(f"stage {s.name} requires {need}, which no earlier stage assigns")
        available.update(s.assigns)
    return problems


def pipeline() -> list[Stage]:
    """The stages in order (imported above, each registered by its module)."""
    return sorted(STAGES, key=lambda s: ORDER.index(s.name))


def run(doc: Document, settings: ExtractSettings = DEFAULT) -> Extraction:
    ex = Extraction(doc=doc, settings=settings)
    for s in pipeline():
        s.func(ex)
        if ex.scheme is not None:   # a stage may conclude early (not a scheme)
            break
    if ex.rewrites and ex.scheme is not None:   # cite the text as printed (numerals stage)
        ex.scheme = restore_provenance(ex.scheme, ex.rewrites)
        ex.flags = ex.scheme.flags
    return ex
