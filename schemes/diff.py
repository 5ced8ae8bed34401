"""What changed between two schemes (two years' notices, or two versions).

Items are matched by id, then by text, never by list position: printed codes
shift when an item is added or dropped, so an id only counts as "the same
item" when the texts agree well enough.  The same matching decides where a
reviewer's correction goes after a re-extraction (:func:`match_by_id_and_text`
without fuzzy pairing, so a correction never lands on a merely similar item).
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from typing import Iterable

from pydantic import BaseModel

from .model import Category, Item, Scheme

SAME_ID_MIN_SIMILARITY = 0.5
FUZZY_MIN_SIMILARITY = 0.6
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize(text: str) -> str:
    """Text as compared: NFKC, no whitespace or punctuation."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text or "")).lower()


def similarity(a: str, b: str) -> float:
    na, nb = normalize(a), normalize(b)
    if not na and not nb:
        return 1.0
    return SequenceMatcher(None, na, nb, autojunk=False).ratio()


def match_by_id_and_text(
    old: Iterable[tuple[str, str]], new: Iterable[tuple[str, str]], *, fuzzy: bool = False
) -> dict[str, str]:
    """Pair ``(id, text)`` elements of two lists: old id → new id.

    1. same id and same normalized text;
    2. same normalized text under another id (when that text is unique on both sides);
    3. same id with similar text (a re-extraction fixed the wording);
    4. with ``fuzzy``: remaining pairs by best text similarity.
    """
    old_l, new_l = list(old), list(new)
    old_text = {i: normalize(t) for i, t in old_l}
    new_text = {i: normalize(t) for i, t in new_l}
    pairs: dict[str, str] = {}
    free_new = dict(new_text)

    for oid, ot in old_text.items():
        if free_new.get(oid) == ot:
            pairs[oid] = oid
            del free_new[oid]

    def unique(texts: dict[str, str]) -> dict[str, str]:
        counts: dict[str, int] = {}
        for t in texts.values():
            counts[t] = counts.get(t, 0) + 1
        return {t: i for i, t in texts.items() if t and counts[t] == 1}

    by_text_new = unique(free_new)
    by_text_old = unique({i: t for i, t in old_text.items() if i not in pairs})
    for text, oid in by_text_old.items():
        nid = by_text_new.get(text)
        if nid is not None and nid in free_new:
            pairs[oid] = nid
            del free_new[nid]

    for oid, ot in old_text.items():
        if oid not in pairs and oid in free_new and _ratio(ot, free_new[oid]) >= SAME_ID_MIN_SIMILARITY:
            pairs[oid] = oid
            del free_new[oid]

    if fuzzy:
        candidates = sorted(
            ((_ratio(ot, nt), oid, nid) for oid, ot in old_text.items() if oid not in pairs
             for nid, nt in free_new.items()),
            reverse=True,
        )
        for score, oid, nid in candidates:
            if score < FUZZY_MIN_SIMILARITY:
                break
            if oid not in pairs and nid in free_new:
                pairs[oid] = nid
                del free_new[nid]
    return pairs


def _ratio(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


# --------------------------------------------------------------------------- diff


class ItemRef(BaseModel):
    id: str
    category: str  # the innermost category's name
    path: str = ""  # the category path from the top level: 经济发展 / 产业发展 / 工业
    code: str | None
    text: str
    points: float | None
    weight: float | None = None


class ItemChange(BaseModel):
    a: ItemRef
    b: ItemRef
    changed: list[str]  # of: id, text, points, weight, category


class CategoryChange(BaseModel):
    a_id: str | None
    b_id: str | None
    name: str
    path: str = ""  # where it sits (b's path, a's for a removed category)
    depth: int = 0  # 0 at the top level
    a_points: float | None = None
    b_points: float | None = None
    a_items_sum: float | None = None
    b_items_sum: float | None = None
    a_bonus: float | None = None
    b_bonus: float | None = None
    a_weight: float | None = None
    b_weight: float | None = None
    moved: bool = False  # its parent changed
    change: str  # added, removed, changed, same


class SchemeDiff(BaseModel):
    a: str
    b: str
    a_total: float | None
    b_total: float | None
    added: list[ItemRef]
    removed: list[ItemRef]
    changed: list[ItemChange]
    categories: list[CategoryChange]

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.a_total != self.b_total
                    or any(c.change != "same" for c in self.categories))


def items_sum(scheme: Scheme, category_id: str) -> float | None:
    """Points of every item under a category, its sub-categories' included."""
    points = [i.points for i in scheme.items_under(category_id) if i.points is not None]
    return round(sum(points), 4) if points else None


def path_text(scheme: Scheme, category_id: str) -> str:
    return " / ".join(c.name for c in scheme.category_path(category_id)) or category_id


def diff_schemes(a: Scheme, b: Scheme, a_label: str = "A", b_label: str = "B") -> SchemeDiff:
    cat_pairs = match_by_id_and_text(  # by path, so that 一、…/（一）教育 and 二、…/（一）教育 stay apart
        [(c.id, path_text(a, c.id)) for c in a.categories], [(c.id, path_text(b, c.id)) for c in b.categories],
        fuzzy=True,
    )
    item_pairs = match_by_id_and_text(
        [(i.id, i.text) for i in a.items], [(i.id, i.text) for i in b.items], fuzzy=True
    )
    a_cat_name = {c.id: c.name for c in a.categories}
    b_cat_name = {c.id: c.name for c in b.categories}

    def ref(item: Item, names: dict[str, str]) -> ItemRef:
        scheme = a if names is a_cat_name else b
        return ItemRef(id=item.id, category=names.get(item.category, item.category),
                       path=path_text(scheme, item.category), code=item.code, text=item.text, points=item.points,
                       weight=item.weight)

    changed: list[ItemChange] = []
    for item in a.items:
        if item.id not in item_pairs:
            continue
        other = b.item(item_pairs[item.id])
        fields = []
        if item.id != other.id:
            fields.append("id")
        if normalize(item.text) != normalize(other.text):
            fields.append("text")
        if item.points != other.points:
            fields.append("points")
        if item.weight != other.weight:
            fields.append("weight")
        if cat_pairs.get(item.category) != other.category:
            fields.append("category")
        if fields:
            changed.append(ItemChange(a=ref(item, a_cat_name), b=ref(other, b_cat_name), changed=fields))

    matched_b = set(item_pairs.values())
    return SchemeDiff(
        a=a_label,
        b=b_label,
        a_total=a.total_points,
        b_total=b.total_points,
        added=[ref(i, b_cat_name) for i in b.items if i.id not in matched_b],
        removed=[ref(i, a_cat_name) for i in a.items if i.id not in item_pairs],
        changed=changed,
        categories=_category_changes(a, b, cat_pairs),
    )


def _category_changes(a: Scheme, b: Scheme, pairs: dict[str, str]) -> list[CategoryChange]:
    out: list[CategoryChange] = []
    matched_b = set(pairs.values())
    for cat in a.categories:
        if cat.id in pairs:
            other: Category = b.category(pairs[cat.id])
            renamed = normalize(cat.name) != normalize(other.name)
            a_sum, b_sum = items_sum(a, cat.id), items_sum(b, other.id)
            moved = (pairs.get(cat.parent) if cat.parent else None) != other.parent
            same = (not renamed and not moved and cat.points == other.points and a_sum == b_sum
                    and cat.bonus_points == other.bonus_points and cat.weight == other.weight)
            out.append(CategoryChange(
                a_id=cat.id, b_id=other.id, name=f"{cat.name} → {other.name}" if renamed else other.name,
                path=path_text(b, other.id), depth=len(b.category_path(other.id)) - 1,
                a_points=cat.points, b_points=other.points, a_items_sum=a_sum, b_items_sum=b_sum,
                a_bonus=cat.bonus_points, b_bonus=other.bonus_points, a_weight=cat.weight, b_weight=other.weight,
                moved=moved, change="same" if same else "changed",
            ))
        else:
            out.append(CategoryChange(a_id=cat.id, b_id=None, name=cat.name, path=path_text(a, cat.id),
                                      depth=len(a.category_path(cat.id)) - 1, a_points=cat.points,
                                      a_bonus=cat.bonus_points, a_weight=cat.weight,
                                      a_items_sum=items_sum(a, cat.id), change="removed"))
    for cat in b.categories:
        if cat.id not in matched_b:
            out.append(CategoryChange(a_id=None, b_id=cat.id, name=cat.name, path=path_text(b, cat.id),
                                      depth=len(b.category_path(cat.id)) - 1, b_points=cat.points,
                                      b_bonus=cat.bonus_points, b_weight=cat.weight,
                                      b_items_sum=items_sum(b, cat.id), change="added"))
    return out
