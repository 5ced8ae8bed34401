"""Scheme JSON of schema 1.0 → 2.0, and corrections written against 1.0 (pure).

Schema 2.0 keeps an item's maximum in one place, ``Item.points``: the
``points`` copy that threshold and proportional rules carried in 1.0 is
gone.  Upgrading loses nothing:

* a rule copy equal to the item's points is dropped;
* an item without points takes the rule's copy as its points;
* a threshold worth less or more than its item (达标得2分 on a 3-point item)
  becomes a one-tier rule keeping that amount, and the difference is kept as
  a ``rule_points_mismatch`` flag (declared = the item's points, computed =
  the rule's amount) for a reviewer to decide;
* a proportional rule whose copy differs keeps the item's points, with the
  same flag.

Categories of 1.0 are flat, so they are already valid 2.0 categories.
Used by the model (reading 1.0 JSON) and by the store's data migration.
"""

from __future__ import annotations

import copy
from typing import Any

V1, V2 = "1.0", "2.0"
_COPY_KINDS = ("threshold", "proportional")
_EPS = 1e-9


def upgrade_scheme(doc: dict[str, Any]) -> dict[str, Any]:
    """A 2.0 scheme dict from a 1.0 one (a copy; 2.0 input is returned unchanged)."""
    if not isinstance(doc, dict) or doc.get("schema_version", V1) != V1:
        return doc
    out = copy.deepcopy(doc)
    out["schema_version"] = V2
    flags = out.setdefault("flags", [])
    categories = {c.get("id"): c.get("name") for c in out.get("categories", []) if isinstance(c, dict)}
    for item in out.get("items", []):
        flag = upgrade_item(item)
        if flag is not None:
            flag["category"] = categories.get(item.get("category"))
            flags.append(flag)
    return out


def upgrade_item(item: dict[str, Any]) -> dict[str, Any] | None:
    """Drop the rule's copy of the item's points (in place); a flag dict when they disagreed."""
    if not isinstance(item, dict):
        return None
    rule = item.get("rule")
    if not isinstance(rule, dict) or rule.get("kind") not in _COPY_KINDS or "points" not in rule:
        return None
    amount = rule.pop("points")
    points = item.get("points")
    if amount is None or (points is not None and abs(float(points) - float(amount)) < _EPS):
        return None
    if points is None:
        item["points"] = amount
        return None
    if rule["kind"] == "threshold":
        item["rule"] = _one_tier(rule, amount)
    return {
        "kind": "rule_points_mismatch", "target": item.get("id"), "code": item.get("code"),
        "declared": points, "computed": amount,
        "message": f"item {item.get('id')}: its {rule['kind']} rule is worth {amount:g} points "
                   f"but the item has {points:g} (kept apart when the scheme model moved to 2.0)",
        "resolved": False,
    }


def _one_tier(rule: dict[str, Any], amount: float) -> dict[str, Any]:
    """A threshold worth ``amount`` (≠ the item's points) as a one-tier rule keeping its target."""
    tier: dict[str, Any] = {"label": (rule.get("target") or {}).get("text") or rule.get("text") or "达标",
                            "points": amount}
    target = rule.get("target")
    if isinstance(target, dict) and target.get("op") in (">=", ">", "=="):
        tier["lower"], tier["lower_inclusive"] = target["value"], target["op"] != ">"
    if isinstance(target, dict) and target.get("op") in ("<=", "<", "=="):
        tier["upper"], tier["upper_inclusive"] = target["value"], target["op"] != "<"
    return {"kind": "tiers", "text": rule.get("text", ""), "gate": rule.get("gate"), "tiers": [tier]}


def upgrade_ops(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A 1.0 correction (JSON Patch on the scheme) rewritten for 2.0.

    ``…/items/@5/rule/points`` set the item's maximum in 1.0: it becomes
    ``…/items/@5/points``; rules and items in values lose the rule's copy.
    """
    out = []
    for op in ops:
        new = dict(op)
        tokens = new.get("path", "").split("/")
        if len(tokens) == 5 and tokens[1] == "items" and tokens[3:] == ["rule", "points"]:
            if new.get("op") == "remove":
                continue
            new["path"] = "/".join(tokens[:3] + ["points"])
        if "value" in new:
            new["value"] = _upgrade_value(tokens, new["value"])
        out.append(new)
    return out


def _upgrade_value(tokens: list[str], value: Any) -> Any:
    if tokens == [""] and isinstance(value, dict):  # the whole document
        return upgrade_scheme(value)
    if tokens[1:2] != ["items"]:
        return value
    value = copy.deepcopy(value)
    if len(tokens) == 2 and isinstance(value, list):  # /items
        for item in value:
            upgrade_item(item)
    elif len(tokens) == 3 and isinstance(value, dict):  # /items/@x or /items/-
        upgrade_item(value)
    elif len(tokens) == 4 and tokens[3] == "rule" and isinstance(value, dict):
        if value.get("kind") in _COPY_KINDS:
            value.pop("points", None)
    return value
