"""Item alignment across years: which item of last year's scheme each item of this year's is.

An issuer's new notice is mostly last year's with edits: items reworded,
points moved, items added, dropped, moved to another category, split in two
or merged, categories renamed, printed codes shifted by an insertion.  So an
item is matched by its text first and by its code and category only as
support: a shifted code never pairs two different items, and a reworded item
keeps its partner when the wording stays close.

Pure functions: two :class:`~schemes.model.Scheme` in, an :class:`Alignment` out.
Text similarity is rapidfuzz's normalized Indel similarity (``fuzz.ratio``) on
the texts as :func:`schemes.diff.normalize` leaves them with every number
masked (a changed figure is a change of the item, not another item), the
better of text alone and text with criteria; containment (headings that became
criteria, split and merged items) is ``fuzz.partial_ratio``.  Steps: confident
pairs → categories → all pairs with code/category support → split/merged →
contained → leftovers that are each other's best match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process

from .diff import normalize, path_text
from .model import Item, Scheme

MatchKind = Literal["same", "moved", "split", "merged"]
_NUMBER = re.compile(r"\d+(?:\.\d+)?")

MIN_SIMILARITY = 0.55  # text similarity that pairs two items on its own
MIN_SIMILARITY_IN_PLACE = 0.35  # … when code and (aligned) category agree too
CODE_BONUS = 0.05
CATEGORY_BONUS = 0.1
MIN_CONTAINED = 0.85  # share of a part found inside the whole, for split/merged items
MAX_PART_SHARE = 0.85  # a part is at most this long relative to the whole
MIN_CATEGORY_SCORE = 0.3
MIN_SIMILARITY_LEFTOVER = 0.4  # two leftovers that are each other's best match (a rewritten item)


@dataclass(frozen=True)
class ItemMatch:
    """Old item(s) ↔ new item(s): 1:1 (same, moved), 1:n (split) or n:1 (merged)."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    kind: MatchKind
    score: float  # text similarity 0..1 (for split/merged: the weakest part's containment)


@dataclass
class Alignment:
    items: list[ItemMatch] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)  # old category id → new category id
    added: list[str] = field(default_factory=list)  # new item ids with no partner
    removed: list[str] = field(default_factory=list)  # old item ids with no partner

    def item_map(self) -> dict[str, list[str]]:
        """Old item id → the new item id(s) it became (absent when removed)."""
        out: dict[str, list[str]] = {}
        for m in self.items:
            for o in m.old:
                out.setdefault(o, []).extend(m.new)
        return out

    def pairs(self) -> set[tuple[str, str]]:
        """Every (old id, new id) link, for scoring an alignment against gold."""
        return {(o, n) for m in self.items for o in m.old for n in m.new}

    def one_to_one(self) -> dict[str, str]:
        """Old id → new id where the item persists as one item (same or moved)."""
        return {m.old[0]: m.new[0] for m in self.items if m.kind in ("same", "moved")}


def item_key(item: Item) -> str:
    """The text an item is recognised by: its heading and text, normalized."""
    return normalize(f"{item.name or ''}{item.text}")


def full_key(item: Item, key: str | None = None) -> str:
    """Heading, text and criteria (where the text is only a heading, as in 評鑑項目 | 評分細項及標準
    tables, the criteria say what the item is), normalized; ``key`` is :func:`item_key` if known."""
    key = item_key(item) if key is None else key
    criteria = normalize(item.criteria)
    return key if criteria in key else key + criteria


def masked(key: str) -> str:
    """A key with every number replaced by ``#``: a changed figure (扣5分 → 扣6分) is a change of the
    item, not a sign of another item."""
    return _NUMBER.sub("#", key)


def text_similarity(a: str, b: str) -> float:
    """Similarity 0..1 of two texts as compared (normalized first)."""
    na, nb = normalize(a), normalize(b)
    if not na and not nb:
        return 1.0
    return fuzz.ratio(na, nb) / 100.0


def align(old: Scheme, new: Scheme) -> Alignment:
    """Align the items (and categories) of last year's scheme ``old`` with this year's ``new``."""
    old_parts = {i.id: _keys(i) for i in old.items}  # (text key, full key), numbers masked
    new_parts = {i.id: _keys(i) for i in new.items}
    old_keys = {i: k[1] for i, k in old_parts.items()}
    new_keys = {i: k[1] for i, k in new_parts.items()}
    old_ids, new_ids = list(old_keys), list(new_keys)
    by_text = _similarities([k[0] for k in old_parts.values()], [k[0] for k in new_parts.values()])
    by_full = _similarities([old_keys[i] for i in old_ids], [new_keys[i] for i in new_ids])
    sim = np.maximum(by_text, by_full)

    # 1. confident text pairs, to learn how categories correspond
    first = _greedy(old_ids, new_ids, sim, lambda oi, ni: float(sim[oi, ni]), MIN_SIMILARITY)
    categories = align_categories(old, new, first)

    # 2. all pairs, with code and category agreement as support
    old_by_id = {i.id: i for i in old.items}
    new_by_id = {i.id: i for i in new.items}

    def score(oi: int, ni: int) -> float:
        o, n = old_by_id[old_ids[oi]], new_by_id[new_ids[ni]]
        s = float(sim[oi, ni])
        same_code = bool(o.code) and o.code == n.code
        same_cat = categories.get(o.category) == n.category
        if s < MIN_SIMILARITY and not (same_code and same_cat and s >= MIN_SIMILARITY_IN_PLACE):
            return -1.0
        return s + CODE_BONUS * same_code + CATEGORY_BONUS * same_cat

    pairs = _greedy(old_ids, new_ids, sim, score, 0.0, floor=MIN_SIMILARITY_IN_PLACE)
    matches: list[ItemMatch] = []
    for o, n in pairs.items():
        matches.append(ItemMatch((o,), (n,), _kind(old_by_id[o], new_by_id[n], categories),
                                 round(float(sim[old_ids.index(o), new_ids.index(n)]), 4)))

    free_old = [i for i in old_ids if i not in pairs]
    taken = set(pairs.values())
    free_new = [i for i in new_ids if i not in taken]
    matches, free_old, free_new = _parts(matches, old_parts, new_parts, free_old, free_new)
    matches += _expanded(old_by_id, new_by_id, categories, old_parts, new_parts, free_old, free_new)
    matches += _mutual(old_by_id, new_by_id, categories, sim, old_ids, new_ids, free_old, free_new)

    new_order = {i: n for n, i in enumerate(new_ids)}
    old_order = {i: n for n, i in enumerate(old_ids)}
    matches.sort(key=lambda m: (new_order[m.new[0]], old_order[m.old[0]]))
    return Alignment(items=matches, categories=categories, added=free_new, removed=free_old)


def _kind(old: Item, new: Item, categories: dict[str, str]) -> MatchKind:
    """``same`` when the item stays in the (aligned) category, else ``moved``."""
    return "same" if categories.get(old.category) == new.category else "moved"


def align_categories(old: Scheme, new: Scheme, item_pairs: dict[str, str]) -> dict[str, str]:
    """Old category id → new category id, by the items they share and by their names.

    A renamed category (权益维护 → 维权服务) is found through its items; a
    category without items of its own through its sub-categories' items; an
    empty one by name alone.
    """
    under_old = {c.id: {i.id for i in old.items_under(c.id)} for c in old.categories}
    under_new = {c.id: {i.id for i in new.items_under(c.id)} for c in new.categories}
    old_paths = {c.id: path_text(old, c.id) for c in old.categories}
    new_paths = {c.id: path_text(new, c.id) for c in new.categories}
    old_depth = {c.id: len(old.category_path(c.id)) for c in old.categories}
    new_depth = {c.id: len(new.category_path(c.id)) for c in new.categories}
    candidates: list[tuple[float, int, int, str, str]] = []
    for n_o, (oc, oitems) in enumerate(under_old.items()):
        mapped = {item_pairs[i] for i in oitems if i in item_pairs}
        for n_n, (nc, nitems) in enumerate(under_new.items()):
            if old_depth[oc] != new_depth[nc]:
                continue
            shared = len(mapped & nitems)
            size = max(len(oitems), len(nitems))
            overlap = shared / size if size else 0.0
            name = text_similarity(old_paths[oc], new_paths[nc])
            score = 0.6 * overlap + 0.4 * name if size else name
            if score >= MIN_CATEGORY_SCORE:
                candidates.append((score, -n_o, -n_n, oc, nc))
    out: dict[str, str] = {}
    used: set[str] = set()
    for _, _, _, oc, nc in sorted(candidates, reverse=True):
        if oc not in out and nc not in used:
            out[oc] = nc
            used.add(nc)
    return out


# --------------------------------------------------------------------------- helpers


def _keys(item: Item) -> tuple[str, str]:
    text = item_key(item)
    return masked(text), masked(full_key(item, text))


def _similarities(old: list[str], new: list[str]) -> np.ndarray:
    """Text similarity 0..1 of every old × new pair (two empty texts are equal, not 0 % alike)."""
    if not old or not new:
        return np.zeros((len(old), len(new)))
    out = process.cdist(old, new, scorer=fuzz.ratio, workers=1, dtype=np.float64) / 100.0
    empty_old = np.array([not o for o in old])
    empty_new = np.array([not n for n in new])
    out[np.ix_(empty_old, empty_new)] = 1.0
    return out


def _greedy(old_ids: list[str], new_ids: list[str], sim: np.ndarray, score, minimum: float,
            floor: float | None = None) -> dict[str, str]:
    """Best-first 1:1 pairing: identical texts first, then by descending score (ties: list order).
    Only pairs at least ``floor`` (default ``minimum``) similar are scored."""
    candidates = []
    for oi, ni in np.argwhere(sim >= (minimum if floor is None else floor)).tolist():
        s = score(oi, ni)
        if s >= minimum and s >= 0:
            candidates.append((-int(sim[oi, ni] == 1.0), -s, abs(oi - ni), oi, ni))
    candidates.sort()
    out: dict[str, str] = {}
    used: set[int] = set()
    for _, _, _, oi, ni in candidates:
        o = old_ids[oi]
        if o not in out and ni not in used:
            out[o] = new_ids[ni]
            used.add(ni)
    return out


def _contained(part: tuple[str, str], whole: tuple[str, str]) -> float:
    """How much of ``part`` is found inside ``whole`` (0..1), comparing texts with texts and texts with
    criteria with the same; 0 unless ``part`` is clearly shorter."""
    best = 0.0
    for p, w in zip(part, whole):
        if p and w and len(p) <= MAX_PART_SHARE * len(w):
            best = max(best, fuzz.partial_ratio(p, w) / 100.0)
    return best


def _mutual(old_by_id: dict[str, Item], new_by_id: dict[str, Item], categories: dict[str, str],
            sim: np.ndarray, old_ids: list[str], new_ids: list[str], free_old: list[str],
            free_new: list[str]) -> list[ItemMatch]:
    """Leftovers that are each other's best match among the leftovers, when similar enough: an item the
    issuer rewrote (new figures, new wording) rather than one dropped and another added."""
    oi = {o: old_ids.index(o) for o in free_old}
    ni = {n: new_ids.index(n) for n in free_new}
    out = []
    for o in list(free_old):
        if not free_new:
            break
        best_n = max(free_new, key=lambda n: (sim[oi[o], ni[n]], -ni[n]))
        best_o = max(free_old, key=lambda x: (sim[oi[x], ni[best_n]], -oi[x]))
        s = float(sim[oi[o], ni[best_n]])
        if best_o == o and s >= MIN_SIMILARITY_LEFTOVER:
            free_old.remove(o)
            free_new.remove(best_n)
            out.append(ItemMatch((o,), (best_n,), _kind(old_by_id[o], new_by_id[best_n], categories), round(s, 4)))
    return out


def _best_whole(part: tuple[str, str], wholes: dict[str, tuple[str, str]]) -> tuple[float, str]:
    """(containment, id) of the element of ``wholes`` that best contains ``part`` (0.0 when none does
    enough), as :func:`_contained` but with rapidfuzz looping in C."""
    best = (0.0, "")
    for k in range(2):
        if not part[k]:
            continue
        ids = [i for i, w in wholes.items() if w[k] and len(part[k]) <= MAX_PART_SHARE * len(w[k])]
        found = process.extractOne(part[k], [wholes[i][k] for i in ids], scorer=fuzz.partial_ratio,
                                   score_cutoff=MIN_CONTAINED * 100)
        if found is not None and (found[1] / 100.0, ids[found[2]]) > best:
            best = (found[1] / 100.0, ids[found[2]])
    return best


def _expanded(old_by_id: dict[str, Item], new_by_id: dict[str, Item], categories: dict[str, str],
              old_keys: dict[str, tuple[str, str]], new_keys: dict[str, tuple[str, str]], free_old: list[str],
              free_new: list[str]) -> list[ItemMatch]:
    """Leftover 1:1 pairs where one text is contained in the other: a heading (上課情形) that became a
    full criterion (上課遲到、早退，每次扣1分), or the reverse.  Removes what it pairs from the free lists."""
    candidates = []
    for o in free_old:
        for n in free_new:
            c = max(_contained(old_keys[o], new_keys[n]), _contained(new_keys[n], old_keys[o]))
            if c >= MIN_CONTAINED:
                candidates.append((-c, list(old_keys).index(o), o, n))
    out = []
    for neg, _, o, n in sorted(candidates):
        if o in free_old and n in free_new:
            free_old.remove(o)
            free_new.remove(n)
            out.append(ItemMatch((o,), (n,), _kind(old_by_id[o], new_by_id[n], categories), round(-neg, 4)))
    return out


def _parts(matches: list[ItemMatch], old_keys: dict[str, tuple[str, str]], new_keys: dict[str, tuple[str, str]],
           free_old: list[str], free_new: list[str]) -> tuple[list[ItemMatch], list[str], list[str]]:
    """Turn leftover items into split (one old → several new) and merged (several old → one new) matches."""
    by_old = {m.old[0]: m for m in matches if len(m.old) == 1}
    by_new = {m.new[0]: m for m in matches if len(m.new) == 1}
    # split: a new leftover is a part of some old item (matched or not)
    groups: dict[str, list[tuple[str, float]]] = {}
    for n in list(free_new):
        best = _best_whole(new_keys[n], old_keys)
        if best[0] >= MIN_CONTAINED:
            groups.setdefault(best[1], []).append((n, best[0]))
    for o, parts in groups.items():
        existing = by_old.get(o)
        new_parts = [n for n, _ in parts]
        scores = [s for _, s in parts]
        if existing is not None:
            if _contained(new_keys[existing.new[0]], old_keys[o]) < MIN_CONTAINED:
                continue  # its partner is a reworded whole, not a part: the leftover stays added
            new_parts = [existing.new[0], *new_parts]
            scores.append(_contained(new_keys[existing.new[0]], old_keys[o]))
            matches.remove(existing)
        elif len(new_parts) < 2:
            continue
        elif o not in free_old:
            continue
        else:
            free_old.remove(o)
        for n in new_parts:
            if n in free_new:
                free_new.remove(n)
        matches.append(ItemMatch((o,), tuple(sorted(new_parts, key=list(new_keys).index)), "split",
                                 round(min(scores), 4)))
    # merged: an old leftover is a part of some new item
    merged: dict[str, list[tuple[str, float]]] = {}
    for o in list(free_old):
        best = _best_whole(old_keys[o], new_keys)
        if best[0] >= MIN_CONTAINED:
            merged.setdefault(best[1], []).append((o, best[0]))
    for n, parts in merged.items():
        existing = by_new.get(n)
        old_parts = [o for o, _ in parts]
        scores = [s for _, s in parts]
        if existing is not None and existing in matches and len(existing.old) == 1:
            if _contained(old_keys[existing.old[0]], new_keys[n]) < MIN_CONTAINED:
                continue
            old_parts = [existing.old[0], *old_parts]
            scores.append(_contained(old_keys[existing.old[0]], new_keys[n]))
            matches.remove(existing)
        elif len(old_parts) < 2 or n not in free_new:
            continue
        else:
            free_new.remove(n)
        for o in old_parts:
            if o in free_old:
                free_old.remove(o)
        matches.append(ItemMatch(tuple(sorted(old_parts, key=list(old_keys).index)), (n,), "merged",
                                 round(min(scores), 4)))
    return matches, free_old, free_new


def pair_texts(old: list[str], new: list[str], minimum: float = MIN_SIMILARITY) -> dict[int, int]:
    """Pair two lists of texts (bonus, deduction, veto entries) 1:1 by similarity: old index → new index."""
    keys_old, keys_new = [normalize(t) for t in old], [normalize(t) for t in new]
    sim = _similarities(keys_old, keys_new)
    ids_old = [str(n) for n in range(len(old))]
    ids_new = [str(n) for n in range(len(new))]
    pairs = _greedy(ids_old, ids_new, sim, lambda oi, ni: float(sim[oi, ni]), minimum)
    return {int(o): int(n) for o, n in pairs.items()}
