"""What an issuer changed from one year's scheme to the next.

:func:`compare` aligns the two schemes (:mod:`schemes.align`) and lists every
change, one record per item and kind of change, unchanged items left out:

* items: ``added``, ``removed``, ``moved`` (to another category), ``split``,
  ``merged``, ``points``, ``criteria`` (a word diff of the text and criteria),
  ``rule`` (the parsed rules' differing parameters), ``departments``, ``weight``;
* categories: ``category_added``, ``category_removed``, ``category_renamed``,
  ``category_moved``, ``category_points``, ``category_weight``, ``category_departments``;
* scheme level: ``bonus_added|removed|changed``, ``deduction_…``, ``veto_…``,
  ``veto_effect``, ``grade_…``, ``part_weight``, ``weight_…`` (part and rater weights), ``total``.

A renumbered item (its printed code shifted by an insertion) is not a change;
the id mapping (:attr:`Comparison.mapping`) says where each item went.
``schemes.diff`` compares two versions of one scheme by id; this module
compares two years, where ids do not carry over.
"""

from __future__ import annotations

import difflib
import json
import re
from typing import Any, Literal

from pydantic import BaseModel, Field

from .align import Alignment, align, pair_texts
from .diff import normalize, path_text
from .model import Category, Entry, Grade, Item, Scheme

_TOKEN = re.compile(r"\d+(?:\.\d+)?%?|[A-Za-z]+|\s+|.", re.S)


class Side(BaseModel):
    """One side of a change: an item (or category, entry, grade) as it reads in that year."""

    id: str
    path: str = ""  # category path of an item; the list name for entries (加分项 / 扣分项 / 否决项)
    text: str = ""
    points: float | None = None


class Segment(BaseModel):
    op: Literal["=", "-", "+"]
    text: str


class Change(BaseModel):
    change: str
    old: Side | None
    new: Side | None
    detail: str = ""  # "10 → 12", "target >= 0.98 → >= 0.99", "部门: 研究室 → 办公室"
    diff: list[Segment] = Field(default_factory=list, description="word diff of the text (criteria changes)")


class Comparison(BaseModel):
    old: str
    new: str
    changes: list[Change]
    mapping: dict[str, list[str]] = Field(description="old item id → new item id(s); removed items absent")
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)

    @property
    def changed_items(self) -> int:
        """How many of this year's items are new or changed (removed ones counted once each too)."""
        keys = set()
        for c in self.changes:
            if c.new is not None and c.change in ITEM_CHANGES:
                keys.add(("new", c.new.id))
            elif c.old is not None and c.change == "removed":
                keys.add(("old", c.old.id))
        return len(keys)

    def as_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


ITEM_CHANGES = ("added", "removed", "moved", "split", "merged", "points", "criteria", "rule", "departments",
                "weight")


# --------------------------------------------------------------------------- word diff


def tokens(text: str) -> list[str]:
    """Numbers (with %), latin words and single characters: the units of a Chinese word diff."""
    return _TOKEN.findall(text or "")


def word_diff(old: str, new: str) -> list[Segment]:
    """Equal / deleted / inserted runs turning ``old`` into ``new``."""
    a, b = tokens(old), tokens(new)
    out: list[Segment] = []

    def push(op: str, text: str) -> None:
        if not text:
            return
        if out and out[-1].op == op:
            out[-1] = Segment(op=op, text=out[-1].text + text)
        else:
            out.append(Segment(op=op, text=text))  # type: ignore[arg-type]

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            push("=", "".join(a[i1:i2]))
        else:
            push("-", "".join(a[i1:i2]))
            push("+", "".join(b[j1:j2]))
    return out


def render_diff(segments: list[Segment], context: int = 12) -> str:
    """One line: ``…同步组建率达[-98%-]{+99%+}以上``, long equal runs shortened."""
    parts = []
    for n, s in enumerate(segments):
        if s.op == "=":
            text = s.text
            if len(text) > 2 * context:
                head = text[:context] if n > 0 else ""
                tail = text[-context:] if n < len(segments) - 1 else ""
                text = f"{head}…{tail}"
            parts.append(text)
        else:
            parts.append(f"[-{s.text}-]" if s.op == "-" else f"{{+{s.text}+}}")
    return "".join(parts)


# --------------------------------------------------------------------------- rules


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            if k == "text":  # the criteria text, compared on its own
                continue
            out.update(_flat(v, f"{prefix}.{k}" if prefix else k))
        return out
    if isinstance(value, list):
        out = {}
        for n, v in enumerate(value):
            out.update(_flat(v, f"{prefix}[{n}]"))
        return out
    return {prefix: value}


def rule_diff(old: dict | None, new: dict | None) -> list[str]:
    """The parameters in which two parsed rules differ: ``target.value: 0.98 → 0.99``."""
    a, b = _flat(old or {}), _flat(new or {})
    out = []
    for key in list(a) + [k for k in b if k not in a]:
        if a.get(key) != b.get(key):
            out.append(f"{key}: {_show(a.get(key))} → {_show(b.get(key))}")
    return out


def _show(value: Any) -> str:
    return "—" if value is None else json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}"


# --------------------------------------------------------------------------- compare


def compare(old: Scheme, new: Scheme, old_label: str = "old", new_label: str = "new",
            alignment: Alignment | None = None) -> Comparison:
    """Every change from ``old`` (last year) to ``new`` (this year)."""
    al = alignment or align(old, new)
    old_items = {i.id: i for i in old.items}
    new_items = {i.id: i for i in new.items}
    changes: list[Change] = []

    def side(scheme: Scheme, item: Item) -> Side:
        return Side(id=item.id, path=path_text(scheme, item.category), text=item.text, points=item.points)

    for m in al.items:
        if m.kind == "split":
            o = old_items[m.old[0]]
            for n in m.new:
                changes.append(Change(change="split", old=side(old, o), new=side(new, new_items[n]),
                                      detail=f"{len(m.new)} items"))
            continue
        if m.kind == "merged":
            n = new_items[m.new[0]]
            for o in m.old:
                changes.append(Change(change="merged", old=side(old, old_items[o]), new=side(new, n),
                                      detail=f"{len(m.old)} items"))
            continue
        o, n = old_items[m.old[0]], new_items[m.new[0]]
        changes.extend(item_changes(old, new, o, n, moved=m.kind == "moved"))
    for i in al.removed:
        changes.append(Change(change="removed", old=side(old, old_items[i]), new=None,
                              detail=_num(old_items[i].points)))
    for i in al.added:
        changes.append(Change(change="added", old=None, new=side(new, new_items[i]),
                              detail=_num(new_items[i].points)))
    changes.extend(category_changes(old, new, al.categories))
    changes.extend(entry_changes("bonus", "加分项", old.bonus, new.bonus))
    changes.extend(entry_changes("deduction", "扣分项", old.deductions, new.deductions))
    changes.extend(entry_changes("veto", "否决项", old.veto, new.veto))
    if normalize(old.veto_effect or "") != normalize(new.veto_effect or ""):
        changes.append(Change(change="veto_effect", old=Side(id="veto_effect", text=old.veto_effect or ""),
                              new=Side(id="veto_effect", text=new.veto_effect or ""),
                              diff=word_diff(old.veto_effect or "", new.veto_effect or "")))
    changes.extend(grade_changes(old.grades, new.grades))
    changes.extend(weight_changes(old, new))
    if old.total_points != new.total_points:
        changes.append(Change(change="total", old=Side(id="total", points=old.total_points),
                              new=Side(id="total", points=new.total_points),
                              detail=f"{_num(old.total_points)} → {_num(new.total_points)}"))
    return Comparison(old=old_label, new=new_label, changes=changes, mapping=al.item_map(), added=list(al.added),
                      removed=list(al.removed))


def item_changes(old: Scheme, new: Scheme, o: Item, n: Item, moved: bool) -> list[Change]:
    """The changes of one item that persists (same or moved)."""
    a = Side(id=o.id, path=path_text(old, o.category), text=o.text, points=o.points)
    b = Side(id=n.id, path=path_text(new, n.category), text=n.text, points=n.points)
    out = []
    if moved:
        out.append(Change(change="moved", old=a, new=b, detail=f"{a.path} → {b.path}"))
    if o.points != n.points:
        out.append(Change(change="points", old=a, new=b, detail=f"{_num(o.points)} → {_num(n.points)}"))
    text_changed = normalize(f"{o.name or ''}{o.text}") != normalize(f"{n.name or ''}{n.text}")
    criteria_changed = normalize(o.criteria) != normalize(n.criteria) and normalize(o.criteria) != normalize(o.text)
    if text_changed or criteria_changed:
        diff = word_diff(o.text, n.text) if text_changed else word_diff(o.criteria, n.criteria)
        detail = render_diff(diff)
        if text_changed and criteria_changed:
            detail += " | " + render_diff(word_diff(o.criteria, n.criteria))
        out.append(Change(change="criteria", old=a, new=b, detail=detail, diff=diff))
    rules = rule_diff(o.rule.model_dump(mode="json") if o.rule else None,
                      n.rule.model_dump(mode="json") if n.rule else None)
    if rules:
        out.append(Change(change="rule", old=a, new=b, detail="; ".join(rules)))
    if sorted(o.departments) != sorted(n.departments):
        out.append(Change(change="departments", old=a, new=b,
                          detail=f"{'、'.join(o.departments) or '—'} → {'、'.join(n.departments) or '—'}"))
    if o.weight != n.weight:
        out.append(Change(change="weight", old=a, new=b, detail=f"{_num(o.weight)} → {_num(n.weight)}"))
    return out


def category_changes(old: Scheme, new: Scheme, pairs: dict[str, str]) -> list[Change]:
    def side(scheme: Scheme, c: Category) -> Side:
        return Side(id=c.id, path=path_text(scheme, c.id), text=c.name, points=c.points)

    out = []
    matched = set(pairs.values())
    for c in old.categories:
        if c.id not in pairs:
            out.append(Change(change="category_removed", old=side(old, c), new=None))
            continue
        d = new.category(pairs[c.id])
        a, b = side(old, c), side(new, d)
        if normalize(c.name) != normalize(d.name):
            out.append(Change(change="category_renamed", old=a, new=b, detail=f"{c.name} → {d.name}",
                              diff=word_diff(c.name, d.name)))
        if (pairs.get(c.parent) if c.parent else None) != d.parent:
            out.append(Change(change="category_moved", old=a, new=b, detail=f"{a.path} → {b.path}"))
        if (c.points, c.base_points, c.bonus_points) != (d.points, d.base_points, d.bonus_points):
            out.append(Change(change="category_points", old=a, new=b, detail=f"{_num(c.points)} → {_num(d.points)}"))
        if c.weight != d.weight:
            out.append(Change(change="category_weight", old=a, new=b, detail=f"{_num(c.weight)} → {_num(d.weight)}"))
        if sorted(c.departments) != sorted(d.departments):
            out.append(Change(change="category_departments", old=a, new=b,
                              detail=f"{'、'.join(c.departments) or '—'} → {'、'.join(d.departments) or '—'}"))
    for d in new.categories:
        if d.id not in matched:
            out.append(Change(change="category_added", old=None, new=side(new, d)))
    return out


def _entry_fields(e: Any) -> dict[str, Any]:
    if isinstance(e, Entry):
        return {"points": e.points, "levels": e.levels, "shared_factor": e.shared_factor, "cap": e.cap,
                "unit": e.unit, "departments": sorted(e.departments)}
    return {}


def entry_changes(kind: str, label: str, old: list, new: list) -> list[Change]:
    """Bonus, deduction and veto entries, paired by text (their printed numbers shift too)."""
    def side(e: Any) -> Side:
        return Side(id=e.id, path=label, text=e.text, points=getattr(e, "points", None))

    pairs = pair_texts([e.text for e in old], [e.text for e in new])
    out = []
    for oi, e in enumerate(old):
        if oi not in pairs:
            out.append(Change(change=f"{kind}_removed", old=side(e), new=None))
            continue
        f = new[pairs[oi]]
        details = []
        diff: list[Segment] = []
        if normalize(e.text) != normalize(f.text):
            diff = word_diff(e.text, f.text)
            details.append(render_diff(diff))
        a, b = _entry_fields(e), _entry_fields(f)
        for k in a:
            if a[k] == b[k]:
                continue
            if isinstance(a[k], dict) and isinstance(b[k], dict):  # levels: only the levels that changed
                details += [f"{k}.{lv}: {_show(a[k].get(lv))} → {_show(b[k].get(lv))}"
                            for lv in [*a[k], *(x for x in b[k] if x not in a[k])] if a[k].get(lv) != b[k].get(lv)]
            else:
                details.append(f"{k}: {_show(a[k])} → {_show(b[k])}")
        if details:
            out.append(Change(change=f"{kind}_changed", old=side(e), new=side(f), detail="; ".join(details),
                              diff=diff))
    taken = set(pairs.values())
    out += [Change(change=f"{kind}_added", old=None, new=side(f)) for ni, f in enumerate(new) if ni not in taken]
    return out


def grade_changes(old: list[Grade], new: list[Grade]) -> list[Change]:
    def side(g: Grade) -> Side:
        bits = [f"{k} {_show(v)}" for k, v in (("min", g.min_score), ("max", g.max_score), ("count", g.count),
                                                ("award", g.award)) if v is not None]
        return Side(id=g.name, path="等次", text=", ".join(bits))

    fields = ("min_score", "max_score", "count", "award")
    by_name = {normalize(g.name): g for g in new}
    out = []
    seen = set()
    for g in old:
        h = by_name.get(normalize(g.name))
        if h is None:
            out.append(Change(change="grade_removed", old=side(g), new=None))
            continue
        seen.add(normalize(g.name))
        details = [f"{k}: {_show(getattr(g, k))} → {_show(getattr(h, k))}" for k in fields
                   if getattr(g, k) != getattr(h, k)]
        if details:
            out.append(Change(change="grade_changed", old=side(g), new=side(h), detail="; ".join(details)))
    out += [Change(change="grade_added", old=None, new=side(h)) for h in new if normalize(h.name) not in seen]
    return out


def weight_changes(old: Scheme, new: Scheme) -> list[Change]:
    """Weights between parts (共性工作 ×70%) and between rater groups, by part and rater."""
    out = []
    parts = {normalize(p.name): p for p in new.parts}
    for p in old.parts:
        q = parts.get(normalize(p.name))
        if q is not None and p.weight != q.weight:
            out.append(Change(change="part_weight", old=Side(id=p.id, path="部分", text=p.name, points=p.weight),
                              new=Side(id=q.id, path="部分", text=q.name, points=q.weight),
                              detail=f"{_num(p.weight)} → {_num(q.weight)}"))
    return out + _weights(old, new)


def _weights(old: Scheme, new: Scheme) -> list[Change]:
    def key(w: Any) -> str:
        return f"{w.part or ''}:{w.rater or ''}"

    def side(w: Any) -> Side:
        return Side(id=key(w), path="权重", text=" / ".join(x for x in (w.part, w.rater) if x), points=w.weight)

    a = {key(w): w for w in old.weights}
    b = {key(w): w for w in new.weights}
    out = []
    for k, w in a.items():
        if k not in b:
            out.append(Change(change="weight_removed", old=side(w), new=None))
        elif b[k].weight != w.weight:
            out.append(Change(change="weight_changed", old=side(w), new=side(b[k]),
                              detail=f"{_num(w.weight)} → {_num(b[k].weight)}"))
    out += [Change(change="weight_added", old=None, new=side(w)) for k, w in b.items() if k not in a]
    return out
