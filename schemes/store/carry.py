"""Re-applying a version's corrections to a new extraction (pure).

Items are followed by id and text (:func:`schemes.diff.match_by_id_and_text`),
never by position.  An item is looked for first under its extracted text,
then under its corrected text (a reviewer's fix that a better extractor now
reads by itself).  A correction whose target is gone, or that no longer
yields a valid scheme, becomes a conflict with the reason: it is kept for the
reviewer, never dropped.  Two cases are decided here rather than left to
the reviewer: a correction that only touches flags the new extraction no
longer raises is set aside as not needed (status ``dismissed``, with the
reason), and an added item whose text the new extraction already has is a
conflict rather than a duplicate.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Iterable

from ..corrections import (
    CorrectionError, IdMap, Op, TargetMissing, check_correction, element_keys, parse_pointer, retarget, to_scheme,
)
from ..diff import match_by_id_and_text, normalize, path_text
from ..model import Scheme
from .tables import APPLIED, CONFLICT, DISMISSED


@dataclass(frozen=True)
class Previous:
    """A correction of the previous version, as needed to carry it."""

    id: int
    ops: list[Op]


@dataclass(frozen=True)
class Carried:
    source_id: int
    ops: list[Op]
    status: str  # APPLIED, CONFLICT or DISMISSED
    conflict: str | None = None


def id_map(old_extracted: Scheme, old_current: Scheme, new: Scheme) -> IdMap:
    """How the previous version's item and category ids map onto the new extraction."""
    ids = IdMap()
    for attr, text_of, matched, gone in (
        ("items", lambda s, e: e.text, ids.items, ids.gone_items),
        ("categories", lambda s, e: path_text(s, e.id), ids.categories, ids.gone_categories),  # any depth
    ):
        old_list = getattr(old_extracted, attr)
        new_list = getattr(new, attr)
        pairs = match_by_id_and_text([(e.id, text_of(old_extracted, e)) for e in old_list],
                                     [(e.id, text_of(new, e)) for e in new_list])
        corrected = {e.id: text_of(old_current, e) for e in getattr(old_current, attr)}
        left_old = [(e.id, corrected[e.id]) for e in old_list if e.id not in pairs and e.id in corrected]
        taken = set(pairs.values())
        left_new = [(e.id, text_of(new, e)) for e in new_list if e.id not in taken]
        pairs.update(match_by_id_and_text(left_old, left_new))
        matched.update(pairs)
        gone.update({e.id: text_of(old_extracted, e) for e in old_list if e.id not in pairs})
    return ids


def carry(
    old_extracted: dict[str, Any], old_current: Scheme, previous: Iterable[Previous], new_extracted: dict[str, Any]
) -> list[Carried]:
    """Try each previous correction, in order, on the new extraction."""
    ids = id_map(to_scheme(old_extracted), old_current, to_scheme(new_extracted))
    doc = copy.deepcopy(new_extracted)
    out: list[Carried] = []
    for corr in previous:
        try:
            ops = retarget(corr.ops, ids)
            gone = _gone_flags(doc, ops)
            if gone:
                out.append(Carried(corr.id, corr.ops, DISMISSED,
                                   f"not needed: the extractor no longer raises {', '.join(gone)}"))
                continue
            _check_not_duplicated(doc, ops)
            doc, _ = check_correction(doc, ops)
        except CorrectionError as exc:
            out.append(Carried(corr.id, corr.ops, CONFLICT, str(exc)))
        else:
            out.append(Carried(corr.id, ops, APPLIED))
    return out


def _gone_flags(doc: dict[str, Any], ops: list[Op]) -> list[str]:
    """The flags a flags-only correction addresses, if none of them exists any more (else [])."""
    keys = []
    for op in ops:
        tokens = parse_pointer(op["path"])
        if len(tokens) < 2 or tokens[0] != "flags" or not tokens[1].startswith("@"):
            return []
        keys.append(tokens[1][1:])
    present = set(element_keys("flags", doc.get("flags", [])))
    return sorted(set(keys)) if not present & set(keys) else []


def _check_not_duplicated(doc: dict[str, Any], ops: list[Op]) -> None:
    texts = {normalize(i.get("text", "")): i.get("id") for i in doc.get("items", [])}
    for op in ops:
        value = op.get("value")
        if op["op"] == "add" and parse_pointer(op["path"])[:1] == ["items"] and isinstance(value, dict):
            other = texts.get(normalize(value.get("text", "")))
            if other is not None:
                raise TargetMissing(f"the added item {value.get('id')} is already in the new extraction "
                                    f"as item {other}")
