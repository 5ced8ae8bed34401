"""Reviewer corrections: JSON Patch (RFC 6902) with stable targets.

A correction is a list of JSON Patch operations on the scheme's JSON.  Paths
address list elements by key, not by position: ``/items/@3.5/points`` is the
``points`` of the item whose id is ``3.5``.  Keys are resolved to positions
only when a correction is applied, against the document as it is right before
each operation, so corrections survive a re-extraction that reorders lists.

Keys: ``id`` for items, categories, parts, bonus, deductions, veto, targets;
``kind:target`` (or ``kind``) for flags; ``part:rater`` for weights; for other
lists of objects the first of ``id``/``name``/``label``; a scalar is its own
key.  A repeated key gets ``#2``, ``#3``… in list order.  ``-`` appends;
``add`` at ``@key`` inserts before that element; plain numbers still work
(:func:`stabilize` rewrites them to keys before a correction is stored).

A correction that changes an item's criteria text re-derives its rule:
:func:`rederive_ops` parses the new text with the grammar extraction uses
(:mod:`schemes.criteria`) and adds the ``replace …/rule`` operation, so the
stored correction carries the rule it produced and the current scheme always
holds the rule of its current criteria.  The store does this on every write;
the review page calls :func:`rederived_rules` to show the new rule before
saving.

Everything here is pure: documents in, documents out.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

import jsonpatch
import jsonpointer
from pydantic import ValidationError

from kaohe.i18n import N_, _

from .model import Scheme

Op = dict[str, Any]
OPS = {"add", "remove", "replace", "move", "copy", "test"}
_ID_LISTS = {"items", "categories", "parts", "bonus", "deductions", "veto", "targets"}
_LABELS = {"items": N_("item"), "categories": N_("category"), "flags": N_("flag"), "parts": N_("part"),
           "bonus": N_("bonus entry"), "deductions": N_("deduction entry"), "veto": N_("veto entry"),
           "targets": N_("target table"), "grades": N_("grade"), "weights": N_("weight")}


class CorrectionError(ValueError):
    """A correction cannot be applied, or its result is not a valid scheme."""


class TargetMissing(CorrectionError):
    """A correction addresses an element that does not exist."""


# --------------------------------------------------------------------------- keys and pointers


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def parse_pointer(path: str) -> list[str]:
    if path == "":
        return []
    if not path.startswith("/"):
        raise CorrectionError(f"path {path!r} must start with '/'")
    return [t.replace("~1", "/").replace("~0", "~") for t in path[1:].split("/")]


def format_pointer(tokens: Iterable[str]) -> str:
    return "".join("/" + escape(t) for t in tokens)


def flag_key(flag: dict) -> str:
    return f"{flag['kind']}:{flag['target']}" if flag.get("target") else str(flag["kind"])


def _base_key(list_name: str, element: Any) -> str | None:
    if not isinstance(element, dict):
        return None if isinstance(element, (list, type(None))) else str(element)
    if list_name == "flags" and "kind" in element:
        return flag_key(element)
    if list_name == "weights":
        return f"{element.get('part') or ''}:{element.get('rater') or ''}"
    fields = ("id",) if list_name in _ID_LISTS else ("id", "name", "label")
    for name in fields:
        if element.get(name) is not None:
            return str(element[name])
    return None


def element_keys(list_name: str, elements: list) -> list[str | None]:
    """The key of each element; repeats get ``#2``, ``#3``… so every key is unique."""
    seen: Counter[str] = Counter()
    keys: list[str | None] = []
    for element in elements:
        key = _base_key(list_name, element)
        if key is not None:
            seen[key] += 1
            if seen[key] > 1:
                key = f"{key}#{seen[key]}"
        keys.append(key)
    return keys


def label(list_name: str, key: str) -> str:
    return f"{_LABELS.get(list_name, list_name + ' element')} {key}"


def resolve_path(doc: Any, path: str, *, adding: bool = False) -> str:
    """Turn a stable path into a positional JSON Pointer for ``doc`` as it is now.

    With ``adding``, the last token may name a new dict key, ``-``, or ``@key``
    (insert before that element; a missing anchor appends).
    """
    tokens = parse_pointer(path)
    node, name, out = doc, "", []
    for i, tok in enumerate(tokens):
        last = i == len(tokens) - 1
        if isinstance(node, list):
            if tok.startswith("@"):
                keys = element_keys(name, node)
                key = tok[1:]
                if key not in keys:
                    if last and adding:
                        out.append("-")
                        break
                    raise TargetMissing(f"{label(name, key)} does not exist")
                index = keys.index(key)
            elif tok == "-" and last and adding:
                out.append("-")
                break
            else:
                try:
                    index = int(tok)
                    node[index]
                except (ValueError, IndexError):
                    if last and adding and tok.isdigit() and int(tok) == len(node):
                        out.append(tok)
                        break
                    raise TargetMissing(f"{name}/{tok} does not exist") from None
            out.append(str(index))
            node = node[index]
        elif isinstance(node, dict):
            if tok not in node:
                if last and adding:
                    out.append(tok)
                    break
                raise TargetMissing(f"field {format_pointer(tokens[: i + 1])} does not exist")
            out.append(tok)
            node, name = node[tok], tok
        else:
            raise TargetMissing(f"{format_pointer(tokens[:i])} is a value, not a container")
    return format_pointer(out)


def stabilize_path(doc: Any, path: str, *, adding: bool = False) -> str:
    """Rewrite positions in ``path`` to ``@key`` tokens, as seen in ``doc`` now."""
    tokens = parse_pointer(path)
    node, name, out = doc, "", []
    for i, tok in enumerate(tokens):
        last = i == len(tokens) - 1
        if isinstance(node, list) and tok.isdigit():
            index = int(tok)
            if last and adding and index == len(node):
                out.append("-")
                break
            if index >= len(node):
                raise TargetMissing(f"{name}/{tok} does not exist")
            key = element_keys(name, node)[index]
            out.append(f"@{key}" if key is not None else tok)
            node = node[index]
        elif isinstance(node, list) and tok.startswith("@"):
            keys = element_keys(name, node)
            out.append(tok)
            if tok[1:] in keys:
                node = node[keys.index(tok[1:])]
            elif not (last and adding):
                raise TargetMissing(f"{label(name, tok[1:])} does not exist")
        elif isinstance(node, dict) and tok in node:
            out.append(tok)
            node, name = node[tok], tok
        else:
            out.append(tok)
            if not last:
                raise TargetMissing(f"field {format_pointer(tokens[: i + 1])} does not exist")
    return format_pointer(out)


# --------------------------------------------------------------------------- applying


def check_op(op: Any) -> Op:
    if not isinstance(op, dict) or op.get("op") not in OPS or not isinstance(op.get("path"), str):
        raise CorrectionError(f"not a JSON Patch operation: {json.dumps(op, ensure_ascii=False)}")
    if op["op"] in ("add", "replace", "test") and "value" not in op:
        raise CorrectionError(f"{op['op']} {op['path']}: missing 'value'")
    if op["op"] in ("move", "copy") and not isinstance(op.get("from"), str):
        raise CorrectionError(f"{op['op']} {op['path']}: missing 'from'")
    return op


def apply_op(doc: Any, op: Op) -> Any:
    """Apply one stable-path operation to ``doc`` (in place where possible)."""
    check_op(op)
    concrete = dict(op)
    concrete["path"] = resolve_path(doc, op["path"], adding=op["op"] in ("add", "move", "copy"))
    if "from" in op:
        concrete["from"] = resolve_path(doc, op["from"])
    try:
        return jsonpatch.JsonPatch([concrete]).apply(doc, in_place=True)
    except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException) as exc:
        raise CorrectionError(f"{describe_op(op)}: {exc}") from None


def apply_ops(doc: Any, ops: Iterable[Op]) -> Any:
    doc = copy.deepcopy(doc)
    for op in ops:
        doc = apply_op(doc, op)
    return doc


def stabilize(doc: Any, ops: Iterable[Op]) -> list[Op]:
    """Rewrite positional paths of a patch to keys, following the patch as it goes."""
    doc = copy.deepcopy(doc)
    stable: list[Op] = []
    for op in ops:
        check_op(op)
        new = dict(op)
        new["path"] = stabilize_path(doc, op["path"], adding=op["op"] in ("add", "move", "copy"))
        if "from" in op:
            new["from"] = stabilize_path(doc, op["from"])
        doc = apply_op(doc, new)
        stable.append(new)
    return stable


def describe_op(op: Op) -> str:
    """One line for the audit log: ``replace /items/@3.5/points = 6``."""
    text = f"{op.get('op')} {op.get('path')}"
    if "from" in op:
        text += f" from {op['from']}"
    if "value" in op:
        value = json.dumps(op["value"], ensure_ascii=False)
        text += f" = {value if len(value) <= 80 else value[:79] + '…'}"
    return text


#: fields of scheme elements as people name them (the audit trail on the page and in `kaohe schemes log`).
FIELD_LABELS = {"points": N_("points"), "text": N_("text"), "name": N_("name"), "departments": N_("departments"),
                "criteria": N_("criteria"), "rule": N_("rule"), "category": N_("category"), "weight": N_("weight"),
                "resolved": N_("resolved"), "resolution": N_("resolution note"), "parent": N_("parent category")}


def shown_value(value: Any) -> str:
    """A value as a reviewer reads it: — for none, yes/no translated, whole numbers without .0, a list of names
    joined by 、, a rule by its kind, long texts cut."""
    if value is None or value == []:
        return "—"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "、".join(value)
    if isinstance(value, dict) and isinstance(value.get("kind"), str):
        value = value["kind"]
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def old_value(doc: Any, path: str) -> tuple[bool, Any]:
    """(found, value) at a stable path of ``doc`` before an operation changes it."""
    try:
        pointer = resolve_path(doc, path)
    except CorrectionError:
        return False, None
    node = doc
    for token in parse_pointer(pointer):
        try:
            node = node[int(token)] if isinstance(node, list) else node[token]
        except (KeyError, IndexError, ValueError, TypeError):
            return False, None
    return True, node


def readable_change(op: Op, before: tuple[bool, Any]) -> str:
    """One edit as people say it: ``3.1 分值 5 → 6``, ``3.4 新增``, ``flag missing_points:3.1 已处理 否 → 是``."""
    tokens = parse_pointer(str(op.get("path", "")))
    if len(tokens) >= 2 and tokens[1].startswith("@"):
        key = tokens[1][1:]
        what = key if tokens[0] in ("items", "categories") else f"{_(_LABELS.get(tokens[0], tokens[0]))} {key}"
        field = tokens[2] if len(tokens) > 2 else None
    else:
        what, field = " ".join(tokens[:-1]) or _("the scheme"), tokens[-1] if tokens else None
    kind = op.get("op")
    if kind == "remove":
        return _("{what} removed").format(what=what)
    if field is None and kind == "add":
        return _("{what} added").format(what=what)
    label = _(FIELD_LABELS[field]) if field in FIELD_LABELS else (field or "").replace("_", " ")
    found, old = before
    new = shown_value(op.get("value"))
    return f"{what} {label} {shown_value(old) if found else '—'} → {new}".replace("  ", " ")


def describe_change(op: Op) -> str:
    """One line for people: ``item 5 points → 4``, ``item 2.3 added``, ``flag subtotal_mismatch:3 resolved → true``."""
    tokens = parse_pointer(str(op.get("path", "")))
    what = format_pointer(tokens) or "the scheme"
    if len(tokens) >= 2 and tokens[1].startswith("@"):
        what = label(tokens[0], tokens[1][1:]) + ("".join(f" {t}" for t in tokens[2:]))
    elif tokens:
        what = " ".join(tokens).replace("_", " ")
    kind = op.get("op")
    if kind == "remove":
        return f"{what} removed"
    if kind == "add" and len(tokens) == 2 and isinstance(op.get("value"), dict):
        key = _base_key(tokens[0], op["value"])
        return f"{label(tokens[0], key) if key is not None else what} added"
    if kind in ("add", "replace"):
        value = json.dumps(op.get("value"), ensure_ascii=False)
        return f"{what} → {value if len(value) <= 60 else value[:59] + '…'}"
    return describe_op(op)


# --------------------------------------------------------------------------- validating


def integrity_problems(scheme: Scheme) -> set[str]:
    """Cross-references the model cannot check: unique ids, known categories and parts."""
    problems: set[str] = set()
    for name, elements in (("item", scheme.items), ("category", scheme.categories), ("part", scheme.parts)):
        for key, n in Counter(e.id for e in elements).items():
            if n > 1:
                problems.add(f"{n} {name}s have the id {key}")
    categories = {c.id for c in scheme.categories}
    parts = {p.id for p in scheme.parts}
    for item in scheme.items:
        if item.category not in categories:
            problems.add(f"item {item.id} is in category {item.category}, which does not exist")
    for cat in scheme.categories:
        if cat.part is not None and cat.part not in parts:
            problems.add(f"category {cat.id} is in part {cat.part}, which does not exist")
        if cat.parent is not None and cat.parent not in categories:
            problems.add(f"category {cat.id} is under category {cat.parent}, which does not exist")
        elif cat.parent is not None and scheme.category_path(cat.id)[0].parent is not None:
            problems.add(f"category {cat.id} is inside itself (its parents form a loop)")
    return problems


def to_scheme(doc: Any) -> Scheme:
    try:
        return Scheme.model_validate(doc)
    except ValidationError as exc:
        errors = "; ".join(
            f"{'/'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3]
        )
        more = f" (+{exc.error_count() - 3} more)" if exc.error_count() > 3 else ""
        raise CorrectionError(f"the result is not a valid scheme: {errors}{more}") from None


def check_correction(doc: dict, ops: list[Op]) -> tuple[dict, Scheme]:
    """Apply ``ops`` to ``doc``; refuse with the reason if the result is invalid.

    A correction may not introduce integrity problems (duplicate ids, items in
    missing categories); problems the extraction already had are tolerated.
    """
    if not ops:
        raise CorrectionError("the correction has no operations")
    before = integrity_problems(to_scheme(doc))
    after_doc = apply_ops(doc, ops)
    scheme = to_scheme(after_doc)
    new = integrity_problems(scheme) - before
    if new:
        raise CorrectionError("the result is not a consistent scheme: " + "; ".join(sorted(new)))
    return after_doc, scheme


def replay(extracted: dict, corrections: Iterable[list[Op]]) -> Scheme:
    """The current scheme: the extracted JSON with each correction applied in order."""
    doc = copy.deepcopy(extracted)
    for ops in corrections:
        for op in ops:
            doc = apply_op(doc, op)
    return to_scheme(doc)


def scheme_doc(scheme: Scheme) -> dict:
    return scheme.model_dump(mode="json")


# --------------------------------------------------------------------------- re-targeting


@dataclass
class IdMap:
    """How ids of a previous extraction map onto a new one (see :func:`schemes.diff.match_by_id_and_text`)."""

    items: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    gone_items: dict[str, str] = field(default_factory=dict)  # id -> its text, for messages
    gone_categories: dict[str, str] = field(default_factory=dict)

    def item(self, key: str) -> str:
        if key in self.gone_items:
            raise TargetMissing(f"item {key} ({_short(self.gone_items[key])}) is no longer in the extracted scheme")
        return self.items.get(key, key)

    def category(self, key: str) -> str:
        if key in self.gone_categories:
            raise TargetMissing(
                f"category {key} ({_short(self.gone_categories[key])}) is no longer in the extracted scheme"
            )
        return self.categories.get(key, key)

    def flag(self, key: str) -> str:
        """Flags are keyed ``kind:target``; the target is a category for subtotals, else an item."""
        kind, sep, rest = key.partition(":")
        if not sep:
            return key
        target, hash_, n = rest.partition("#")
        lookups = [(self.category, self.categories, self.gone_categories)]
        if kind != "subtotal_mismatch":
            lookups.insert(0, (self.item, self.items, self.gone_items))
        for lookup, matched, gone in lookups:
            if target in matched or target in gone:
                return f"{kind}:{lookup(target)}{hash_}{n}"
        return key


def retarget(ops: list[Op], ids: IdMap) -> list[Op]:
    """Rewrite item/category keys (and category references in values) through ``ids``.

    Raises :class:`TargetMissing` when an operation addresses an item or
    category of the previous extraction that the new one no longer has.
    """
    out = []
    for op in ops:
        new = dict(op)
        for field_name in ("path", "from"):
            if field_name in op:
                new[field_name] = _retarget_path(op[field_name], ids)
        if "value" in op:
            new["value"] = _retarget_value(parse_pointer(op["path"]), op["value"], ids)
        out.append(new)
    return out


def _retarget_path(path: str, ids: IdMap) -> str:
    tokens = parse_pointer(path)
    if len(tokens) >= 2 and tokens[1].startswith("@"):
        mapper = {"items": ids.item, "categories": ids.category, "flags": ids.flag}.get(tokens[0])
        if mapper:
            tokens[1] = "@" + mapper(tokens[1][1:])
    return format_pointer(tokens)


def _retarget_value(tokens: list[str], value: Any, ids: IdMap) -> Any:
    if tokens[:1] == ["categories"]:  # a sub-category names its parent
        if len(tokens) == 3 and tokens[2] == "parent" and isinstance(value, str):
            return ids.category(value)
        if len(tokens) == 2 and isinstance(value, dict) and isinstance(value.get("parent"), str):
            return {**value, "parent": ids.category(value["parent"])}
    if tokens[:1] == ["items"]:
        if len(tokens) == 3 and tokens[2] == "category" and isinstance(value, str):
            return ids.category(value)
        if len(tokens) == 2 and isinstance(value, dict) and isinstance(value.get("category"), str):
            return {**value, "category": ids.category(value["category"])}
    return value


def _short(text: str, width: int = 30) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


# --------------------------------------------------------------------------- re-deriving rules

_POINTS_NOTE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]")  # "(5分)" states the maximum, not a formula


@dataclass(frozen=True)
class Rederived:
    """The rule a changed criteria text parses to (None with ``reason`` when it is not understood)."""

    item: str
    criteria: str
    rule: dict | None
    reason: str = ""


def criteria_source(criteria: str, text: str = "") -> str:
    """The text a rule is parsed from: the criteria (else the item text) on one line, without "(5分)"."""
    source = re.sub(r"(\d[.．])\s*\n\s*(\d)", r"\1\2", criteria.strip() or text.strip()).replace("\n", "")
    return _POINTS_NOTE.sub("", source)


def parse_criteria(criteria: str, points: float | None, text: str = "", deduction: bool = False) -> tuple[dict | None, str]:
    """(rule JSON or None, reason) for a criteria text, by the extraction grammar (loaded on first use)."""
    from .criteria import parse_rule  # jieba/spaCy load lazily: only when criteria really change

    parsed = parse_rule(criteria_source(criteria, text), points, text, deduction_scheme=deduction)
    return (parsed.rule.model_dump(mode="json") if parsed.rule is not None else None), parsed.reason


def rederived_rules(doc: dict, ops: list[Op]) -> list[Rederived]:
    """For each item whose criteria text ``ops`` change (or that ``ops`` add with criteria but no rule),
    and whose rule ``ops`` do not set themselves: the rule its new criteria parse to."""
    ops = stabilize(doc, ops)
    after = apply_ops(doc, ops)
    explicit = set()
    for op in ops:
        tokens = parse_pointer(op["path"])
        if tokens[:1] == ["items"] and len(tokens) >= 3 and tokens[2] == "rule":
            explicit.add(tokens[1])
    before_items = dict(zip(element_keys("items", doc.get("items", [])), doc.get("items", [])))
    deduction = after.get("scoring_model") == "deduction"
    out = []
    for key, item in zip(element_keys("items", after.get("items", [])), after.get("items", [])):
        if key is None or f"@{key}" in explicit or not isinstance(item, dict):
            continue
        old = before_items.get(key)
        criteria = item.get("criteria") or ""
        if old is not None:
            if (old.get("criteria") or "").strip() == criteria.strip():
                continue
        elif item.get("rule") is not None or not (criteria.strip() or (item.get("text") or "").strip()):
            continue
        rule, reason = parse_criteria(criteria, item.get("points"), item.get("text") or "", deduction)
        out.append(Rederived(key, criteria, rule, reason))
    return out


def rederive_ops(doc: dict, ops: list[Op]) -> list[Op]:
    """``ops`` (with stable paths) followed by the rule each changed criteria text now parses to."""
    ops = stabilize(doc, ops)
    extra = [{"op": "replace", "path": f"/items/@{escape(r.item)}/rule", "value": r.rule}
             for r in rederived_rules(doc, ops)]
    return ops + extra
