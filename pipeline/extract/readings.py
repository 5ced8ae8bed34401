"""The readings stage: every registered reader (``readers``) that applies to a region reads it
into a reading of its own.

Regions are the scheme tables (each with the tables that continue it across page breaks), the
prose of the notice, and its sections (bonus, deductions, veto, grades, raters, scope, totals);
the layout stage's point matrices and target tables are read by their own readers.
"""

from __future__ import annotations

from .grammar.captions import caption, table_title
from .readers import READERS, Reader
from .readers.by_name import module_parts, points_by_name, rules_by_name
from .readers.matrix import read_matrix
from .readers.sections import read_sections
from .readers.tables import _parts
from .readers.targets import read_target_table
from .stages import stage
from .state import Draft, Extraction, Reading, TableRegion


@stage("readings", requires=("tables", "spans", "outline", "settings_draft"), assigns=("readings",))
def readings_stage(ex: Extraction) -> None:
    """Every applicable reader reads its region into a reading of its own."""
    regions: list[TableRegion] = []
    for region in ex.tables:
        if region.kind == "scheme":
            regions.append(region)
        elif region.kind == "continuation" and region.continues is not None:
            region.continues.parts.append(region)
        elif region.kind == "matrix":
            entries = Draft()
            read_matrix(ex.doc, region.index, region.table, region.layout, region.matrix,
                        caption(ex.doc, region.index), entries)
            ex.readings.append(Reading(region=region.label, reader="matrix", priority=0, draft=entries,
                                       blocks=(region.index,), tables=(region.table,)))
        elif region.kind == "target":
            targets = Draft()
            title, unit = table_title(ex.doc, region.index)
            read_target_table(ex.doc, region.index, region.table, region.layout, title, unit, targets)
            ex.readings.append(Reading(region=region.label, reader="targets", priority=0, draft=targets,
                                       blocks=(region.index,), tables=(region.table,)))
    for region in regions:
        for r in READERS:
            if r.region == "table" and r.applies(ex, region):
                reading = _read(ex, r, region)
                # rows that give only a name and its points take the rule the prose states for that name
                reading.draft.explain += rules_by_name(reading.draft, ex.spans, bare_only=True)
                ex.readings.append(reading)
    for r in READERS:
        if r.region == "prose" and r.applies(ex, None):
            reading = _read(ex, r, None)
            # what the notice says of the items by name elsewhere completes the reading before it competes
            reading.draft.explain += rules_by_name(reading.draft, ex.spans) + module_parts(reading.draft, ex.spans) \
                + points_by_name(reading.draft, ex.spans)
            ex.readings.append(reading)
    sections = Draft()
    read_sections(ex, sections)
    ex.readings.append(Reading(region="sections", reader="sections", priority=0, draft=sections))
    for reading in ex.readings:
        for line in reading.draft.explain:
            ex.decide("readings", f"{reading.region} by {reading.reader}", line)


def _read(ex: Extraction, r: Reader, region: TableRegion | None) -> Reading:
    draft = Draft()
    r.read(ex, region, draft)
    if region is None:
        return Reading(region="prose", reader=f"{r.name}/{r.variant}", priority=r.priority, draft=draft,
                       blocks=tuple(s.ref.block for s in ex.spans))
    parts = _parts(region)
    return Reading(region=region.label, reader=f"{r.name}/{r.variant}", priority=r.priority, draft=draft,
                   blocks=tuple(p.index for p in parts), tables=tuple(p.table for p in parts))
