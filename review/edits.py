"""The scheme form: which fields the page shows, and the JSON Patch a submitted form amounts to.

Fields are named by position (``i3.points`` is the fourth item) with the
element's id in a hidden field, because ids come from the document and need
not be valid form names.  A submitted form is compared with the scheme it was
rendered from (the caller makes sure that is still the current revision);
only fields that changed become operations, addressed by stable keys
(``/items/@3.5/points``), so the correction survives re-extraction.  A field
the form leaves out is unchanged, so the page's script sends only what the
reviewer changed (:class:`SaveRequest`), however large the scheme.  A
corrected criteria text is one operation; the store adds the rule it parses
to (unless the reviewer set the rule too), as the page's preview showed.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from typing import Annotated, Any, Mapping, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError

from schemes.corrections import Op, element_keys, escape, parse_pointer
from schemes.model import Rule, RuleKind, Scheme

from .security import load_json


RULE_KINDS: tuple[str, ...] = ("manual", *(k for k in get_args(RuleKind) if k != "manual"))
_RULE = TypeAdapter(Rule)
_SPLIT = re.compile(r"[、,，;；\s]+")


class SaveRequest(BaseModel):
    """What the page's script posts as JSON: the revision it saw and only the fields that changed."""

    model_config = ConfigDict(extra="forbid")

    base_revision: int = Field(ge=0, le=2**62)
    version: int = Field(ge=1, le=2**31 - 1)
    author: str = Field(default="", max_length=1000)
    reason: str = Field(default="", max_length=5000)
    fields: dict[Annotated[str, StringConstraints(max_length=100)],
                 Annotated[str, StringConstraints(max_length=100_000)]] = Field(default_factory=dict,
                                                                                max_length=20_000)


class FormError(ValueError):
    """A submitted value cannot be used; the message says which and why."""


class PageOutdated(FormError):
    """The form was rendered from another scheme than the current one."""


def rule_params(rule: Any) -> str:
    """The editable parameters of a rule as JSON (kind and the long criteria text are edited elsewhere)."""
    if rule is None:
        return ""
    data = rule.model_dump(mode="json", exclude={"kind", "text"})
    return json.dumps(data, ensure_ascii=False)


def departments_text(departments: list[str]) -> str:
    return "、".join(departments)


def points_text(points: float | None) -> str:
    return "" if points is None else f"{points:g}"


def form_ops(scheme: Scheme, form: Mapping[str, str], *, author: str) -> list[Op]:
    """The operations that turn ``scheme`` into what the form says."""
    doc = scheme.model_dump(mode="json")
    item_keys = element_keys("items", doc["items"])
    cat_keys = element_keys("categories", doc["categories"])
    flag_keys = element_keys("flags", doc["flags"])
    ops: list[Op] = []

    def changed(path: str, old: Any, new: Any) -> None:
        if new != old:
            ops.append({"op": "replace", "path": path, "value": new})

    if "total_points" in form:
        changed("/total_points", scheme.total_points, _points(form["total_points"], "the total"))
    for n, cat in enumerate(scheme.categories):
        _same_id(form, f"c{n}", cat.id, "category")
        base = f"/categories/@{escape(cat_keys[n] or str(n))}"
        if f"c{n}.name" in form:
            changed(f"{base}/name", cat.name, _text(form[f"c{n}.name"]))
        if f"c{n}.points" in form:
            changed(f"{base}/points", cat.points, _points(form[f"c{n}.points"], f"category {cat.id}"))
        if f"c{n}.departments" in form:
            changed(f"{base}/departments", cat.departments, _departments(form[f"c{n}.departments"]))
    for n, item in enumerate(scheme.items):
        _same_id(form, f"i{n}", item.id, "item")
        base = f"/items/@{escape(item_keys[n] or str(n))}"
        if f"i{n}.text" in form:
            new_text = _text(form[f"i{n}.text"])
            if not new_text:
                raise FormError(f"item {item.id}: the text cannot be empty")
            changed(f"{base}/text", item.text, new_text)
        if f"i{n}.points" in form:
            changed(f"{base}/points", item.points, _points(form[f"i{n}.points"], f"item {item.id}"))
        if f"i{n}.departments" in form:
            changed(f"{base}/departments", item.departments, _departments(form[f"i{n}.departments"]))
        if f"i{n}.criteria" in form:  # the store re-derives the rule from a changed criteria text
            criteria = _text(form[f"i{n}.criteria"])
            if criteria != _text(item.criteria):  # a form post sends every text back: compare them alike
                changed(f"{base}/criteria", item.criteria, criteria)
        if f"i{n}.rule_kind" in form or f"i{n}.rule" in form:
            old = item.rule.model_dump(mode="json") if item.rule else None
            kind = form.get(f"i{n}.rule_kind", item.rule_kind or "")
            params = form[f"i{n}.rule"] if f"i{n}.rule" in form else rule_params(item.rule)
            changed(f"{base}/rule", old, _rule(item, kind, params))
    for n, flag in enumerate(scheme.flags):
        if f"f{n}.key" not in form:
            continue
        if form[f"f{n}.key"] != flag_keys[n]:
            raise PageOutdated("the flags changed since the page was loaded; reload the page")
        shown = form.get(f"f{n}.same", str(n))  # a duplicate follows the row it is shown as
        if f"f{shown}.resolved" not in form and f"f{shown}.resolution" not in form \
                and form.get(f"g.{flag.kind}.resolved") != "on":
            continue  # no checkbox on the page: its state follows the scheme
        resolve = form.get(f"f{shown}.resolved") == "on" or form.get(f"g.{flag.kind}.resolved") == "on"
        if resolve != flag.resolved:
            base = f"/flags/@{escape(flag_keys[n] or str(n))}"
            note = _text(form.get(f"f{shown}.resolution", "")) or "resolved on the review page"
            ops.append({"op": "replace", "path": f"{base}/resolved", "value": resolve})
            ops.append({"op": "replace", "path": f"{base}/resolution",
                        "value": f"{note} ({author})" if resolve else None})
    return ops


def _same_id(form: Mapping[str, str], prefix: str, expected: str, what: str) -> None:
    submitted = form.get(f"{prefix}.id")
    if submitted is not None and submitted != expected:
        raise PageOutdated(f"the page shows another {what} at this position than the scheme has now "
                           f"({submitted!r} vs {expected!r}); reload the page")


def _text(value: str) -> str:
    """Browsers send textarea line breaks as CRLF."""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def _points(value: str, what: str) -> float | None:
    raw = unicodedata.normalize("NFKC", value).strip()
    if raw == "":
        return None
    try:
        number = float(raw)
    except ValueError:
        raise FormError(f"{what}: points {value!r} is not a number") from None
    if not math.isfinite(number) or abs(number) > 1e6:
        raise FormError(f"{what}: points {value!r} is out of range")
    return int(number) if number.is_integer() else number


def _departments(value: str) -> list[str]:
    return [d for d in _SPLIT.split(_text(value)) if d]


def _rule(item: Any, kind: str, params: str) -> dict[str, Any] | None:
    if kind == "":
        return None
    if kind not in RULE_KINDS:
        raise FormError(f"item {item.id}: unknown rule kind {kind!r}")
    try:
        data = load_json(_text(params) or "{}")
    except ValueError as exc:
        raise FormError(f"item {item.id}: the rule parameters are not valid JSON "
                        f"({getattr(exc, 'msg', None) or exc})") from None
    if not isinstance(data, dict):
        raise FormError(f"item {item.id}: the rule parameters must be a JSON object")
    data.pop("kind", None)
    text = data.pop("text", None) or (item.rule.text if item.rule else "") or item.text
    try:
        rule = _RULE.validate_python({"kind": kind, "text": text, **data})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or kind}: {e['msg']}"
                             for e in exc.errors()[:3])
        raise FormError(f"item {item.id}: the {kind} rule is incomplete or wrong ({problems})") from None
    return rule.model_dump(mode="json")


def changed_fields(ops: list[Op]) -> list[str]:
    """What a correction touched, for people: ``item 3.5 points``, ``flag total_mismatch resolved``."""
    out: list[str] = []
    for op in ops:
        try:
            tokens = parse_pointer(str(op.get("path", "")))
        except ValueError:
            tokens = []
        if len(tokens) >= 2 and tokens[1].startswith("@"):
            what = {"items": "item", "categories": "category", "flags": "flag"}.get(tokens[0], tokens[0])
            text = " ".join([what, tokens[1][1:], *tokens[2:3]])
        else:
            text = " ".join(tokens) or "the scheme"
        if text not in out:
            out.append(text)
    return out
