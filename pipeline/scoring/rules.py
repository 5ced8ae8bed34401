"""The rule kinds: each class scores one kind of rule for all units at once and explains that score.

``trace`` takes the item's input columns (micro-point int64 arrays plus
presence masks) and returns every unit's score in micro-points — numpy
expressions over whole columns, no per-unit Python — together with the
intermediate columns; ``render`` writes one distinct combination of those
columns as text (``4 − 3×0.5 = 2.5``; ``ratio 0.65 → tier [0.5, 0.8) → 1``).
Both sit in one class per kind, registered in :mod:`.rule_kinds`, so the text
can only ever show the numbers the score was made of.
"""

from __future__ import annotations

import numpy as np

from kaohe.i18n import _
from schemes.model import Comparison, Item, ProportionalRule, RangeRule, ThresholdRule, Tier, TiersRule

from .inputs import is_numeric_tiers
from .numbers import SCALE, fmt_exact, mul, muldiv, to_micro
from .rule_kinds import Context, Getter, RuleKind, Trace, kind_of, rule_kind

_OPS = {
    ">=": np.greater_equal, ">": np.greater, "<=": np.less_equal, "<": np.less, "==": np.equal,
}
_SHOWN = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}
_NEGATED = {"≥": "<", ">": "≤", "≤": ">", "<": "≥", "=": "≠"}


# --------------------------------------------------------------------------- column helpers


def compare(values: np.ndarray, op: str, target: np.ndarray | int) -> np.ndarray:
    return _OPS[op](values, target)


def in_tier(values: np.ndarray, tier: Tier) -> np.ndarray:
    ok = np.ones(values.shape, dtype=bool)
    if tier.lower is not None:
        lo = to_micro(tier.lower)
        ok &= values >= lo if tier.lower_inclusive else values > lo
    if tier.upper is not None:
        up = to_micro(tier.upper)
        ok &= values <= up if tier.upper_inclusive else values < up
    return ok


def yes(get: Getter, name: str) -> np.ndarray:
    v, p = get(name)
    return p & (v == 1)


def gate_failed(get: Getter) -> np.ndarray:
    v, p = get("met")
    return p & (v == 0)


def _max(item: Item) -> int | None:
    return to_micro(item.points) if item.points is not None else None


# --------------------------------------------------------------------------- text helpers


def t(n: int) -> str:
    """Exact text of a micro value, with a true minus sign."""
    return fmt_exact(n)


def bound(tier: Tier) -> str:
    lo = "(-∞" if tier.lower is None else ("[" if tier.lower_inclusive else "(") + t(to_micro(tier.lower))
    hi = "∞)" if tier.upper is None else t(to_micro(tier.upper)) + ("]" if tier.upper_inclusive else ")")
    return f"{lo}, {hi}"


def target_text(rule) -> str:
    c = rule.target
    if c is None:
        return ""
    v = f"{t(to_micro(c.value * 100))}%" if c.unit == "%" else t(to_micro(c.value)) + (c.unit or "")
    return f"{c.op} {v}"


def sum_text(values: list[int]) -> str:
    if not values:
        return "0"
    out = t(values[0])
    for v in values[1:]:
        out += f" − {t(-v)}" if v < 0 else f" + {t(v)}"
    return out


def _cap_text(mx: int) -> tuple[str, str]:
    """(note, arithmetic tail) of a score capped at the item's max."""
    return _("capped at the item's max {max}").format(max=t(mx)), _(" → cap {cap}").format(cap=t(mx))


# --------------------------------------------------------------------------- a rule as a whole


def trace_rule(item: Item, get: Getter, n: int, *, deduction: bool,
               unit_target: np.ndarray | None = None) -> Trace:
    """The rule's score (micro) for every unit, gate applied (no `score` override), and its trace.

    Amounts come from the rule (tier points, per-occurrence step, caps,
    ranges); the item's maximum only ever from ``item.points``.
    """
    tr = kind_of(item.rule).trace(item, get, n, deduction=deduction, unit_target=unit_target)
    if item.rule is not None and item.rule.gate:
        failed = gate_failed(get)
        return Trace(np.where(failed, 0, tr.score).astype(np.int64), {**tr.cols, "gate_failed": failed})
    return Trace(tr.score.astype(np.int64), tr.cols)


def score_rule(item: Item, get: Getter, n: int, *, deduction: bool,
               unit_target: np.ndarray | None = None) -> np.ndarray:
    """The rule's score (micro) for every unit; gates applied; no `score` override."""
    return trace_rule(item, get, n, deduction=deduction, unit_target=unit_target).score


def render_rule(item: Item, row: dict[str, int], ctx: Context) -> tuple[str, list[str]]:
    """(arithmetic, notes) of one distinct trace row of :func:`trace_rule`, the gate included."""
    arith, notes = kind_of(item.rule).render(item, row, ctx)
    if row.get("gate_failed"):
        gate = item.rule.gate
        return (_("gate not met ({gate}) → 0 (rule alone: {arithmetic})").format(gate=gate, arithmetic=arith),
                [*notes, _("gate not met ({gate}): whole item 0").format(gate=gate)])
    return arith, notes


def describe_rule(item: Item, deduction: bool) -> str:
    """The rule in one line, as scored."""
    rule = item.rule
    gate = _("; gate: {gate} → whole item 0").format(gate=rule.gate) if rule is not None and rule.gate else ""
    return kind_of(rule).describe(item, deduction) + gate


# --------------------------------------------------------------------------- the kinds


@rule_kind("manual")
class Manual(RuleKind):
    """The rater's score within 0..max (also an item whose rule was not parsed)."""

    def describe(self, item: Item, deduction: bool) -> str:
        mx = t(to_micro(item.points)) if item.points is not None else None
        if item.rule is None:
            return (_("no rule parsed: rater's score within 0..{max}").format(max=mx) if mx
                    else _("no rule parsed: rater's score"))
        return _("manual: rater's score within 0..{max}").format(max=mx) if mx else _("manual: rater's score")

    def trace(self, item, get, n, *, deduction, unit_target=None):
        v, p = get("score")
        v = np.where(p, v, 0)
        mx = _max(item)
        return Trace(v if mx is None else np.minimum(v, mx), {"v": v, "p": p})

    def render(self, item, row, ctx):
        arith = _("rater's score {score}").format(score=t(row["v"])) if row["p"] else _("no score → 0")
        mx = _max(item)
        return arith + (f" (0..{t(mx)})" if mx is not None else ""), []


def threshold_target(rule: ThresholdRule, unit_target: np.ndarray | None) -> tuple[str, np.ndarray | int] | None:
    if rule.target_table is not None and unit_target is not None:
        return ">=", unit_target
    if rule.target is not None:
        return rule.target.op, to_micro(rule.target.value)
    return None


@rule_kind("threshold")
class Threshold(RuleKind):
    """The item's points when the value reaches the target (or `met` is yes), else 0."""

    def describe(self, item, deduction):
        rule = item.rule
        pts = t(to_micro(item.points or 0))
        if rule.target_table:
            return _("threshold: {points} if the figure reaches the unit's target in table {table}, else 0").format(
                points=pts, table=rule.target_table)
        if rule.target:
            return _("threshold: {points} if value {target}, else 0 (or `met` yes/no)").format(
                points=pts, target=target_text(rule))
        return _("threshold: {points} if met, else 0").format(points=pts)

    def trace(self, item, get, n, *, deduction, unit_target=None):
        rule = item.rule
        mx = _max(item)
        pts = mx or 0  # worth the item's points
        met = np.zeros(n, dtype=bool) if rule.gate else yes(get, "met")
        cols = {"met": met}
        tgt = threshold_target(rule, unit_target)
        if tgt is not None:
            val, val_p = get("value")
            ok = compare(val, tgt[0], tgt[1])
            met = np.where(val_p, ok, met)
            cols |= {"given": val_p, "value": np.where(val_p, val, 0), "ok": val_p & ok}
            if rule.target_table is not None and unit_target is not None:
                cols |= {"target": np.where(val_p, unit_target, 0), "unit": np.where(val_p, np.arange(n), 0)}
        s = np.where(met, pts, 0)
        return Trace(s if mx is None else np.minimum(s, mx), cols)

    def render(self, item, row, ctx):
        rule = item.rule
        pts = _max(item) or 0
        if not row.get("given"):
            met = bool(row["met"])
            return _("met: {answer} → {score}").format(answer="是" if met else "否", score=t(pts if met else 0)), []
        if "target" in row:
            table = ctx.tables[rule.target_table]
            op, tgt = ">=", row["target"]
            what = _("{column} for {unit} ({table})").format(column=table.column, unit=ctx.units[row["unit"]],
                                                             table=table.id) + f" {t(tgt)}"
        else:
            op, tgt = rule.target.op, to_micro(rule.target.value)
            what = _("target {target}").format(target=target_text(rule))
        ok = bool(row["ok"])
        rel = _SHOWN[op] if ok else _NEGATED[_SHOWN[op]]
        verdict = _("reached") if ok else _("not reached")
        return _("value {value} vs {what}: {value} {rel} {target} → {verdict} → {score}").format(
            value=t(row["value"]), what=what, rel=rel, target=t(tgt), verdict=verdict,
            score=t(pts if ok else 0)), []


@rule_kind("components")
class Components(RuleKind):
    """Points per component met (or per occurrence), capped at the item's max, at least 0 (unless deduction)."""

    def describe(self, item, deduction):
        mx = t(to_micro(item.points)) if item.points is not None else None
        parts = []
        for k, c in enumerate(item.rule.components, 1):
            each = _(" per occurrence") if c.per_occurrence else ""
            parts.append(f"{k}. {c.label} {t(to_micro(c.points))}{each}")
        cap = _(", capped at {max}").format(max=mx) if mx else ""
        return _("components: ") + _("; ").join(parts) + cap + ("" if deduction else _(", at least 0"))

    def trace(self, item, get, n, *, deduction, unit_target=None):
        mx = _max(item)
        total = np.zeros(n, dtype=np.int64)
        cols: dict[str, np.ndarray] = {}
        for k, comp in enumerate(item.rule.components, 1):
            pts = to_micro(comp.points)
            if comp.per_occurrence:
                count, _p = get(f"count:{k}")
                v = mul(pts, count)
                cols[f"count{k}"] = count
            else:
                met = yes(get, f"met:{k}")
                v = np.where(met, pts, 0)
                cols[f"met{k}"] = met
            cols[f"v{k}"] = v
            total += v
        cols["total"] = total
        s = total if mx is None else np.minimum(total, mx)
        if not deduction:
            s = np.maximum(s, 0)
        return Trace(s, cols)

    def render(self, item, row, ctx):
        mx = _max(item)
        terms = []
        for k, c in enumerate(item.rule.components, 1):
            if c.per_occurrence:
                terms.append(f"{k}. {c.label}: {t(row[f'count{k}'])}×{t(to_micro(c.points))}")
            else:
                terms.append(f"{k}. {c.label}: " + (_("met") if row[f"met{k}"] else _("not met")))
        values = [row[f"v{k}"] for k in range(1, len(terms) + 1)]
        s = row["total"]
        arith = _("; ").join(terms) + " → " + sum_text(values) + f" = {t(s)}"
        notes: list[str] = []
        if mx is not None and s > mx:
            s = mx
            note, tail = _cap_text(mx)
            notes.append(note)
            arith += tail
        if not ctx.deduction and s < 0:
            notes.append(_("floor 0: an item scores at least 0"))
            arith += _(" → floor {floor}").format(floor=0)
        return arith, notes


@rule_kind("tiers")
class Tiers(RuleKind):
    """The highest tier reached: by the value's range (numeric tiers) or by `met:k` (labelled tiers)."""

    def describe(self, item, deduction):
        rule = item.rule
        if is_numeric_tiers(rule):
            body = _("; ").join(f"{bound(x)} {x.label} → {t(to_micro(x.points))}" for x in rule.tiers)
        else:
            body = _("; ").join(f"{k}. {x.label} → {t(to_micro(x.points))}" for k, x in enumerate(rule.tiers, 1))
        return _("tiers (highest reached counts): {tiers}").format(tiers=body)

    def trace(self, item, get, n, *, deduction, unit_target=None):
        rule: TiersRule = item.rule
        numeric = is_numeric_tiers(rule)
        cols: dict[str, np.ndarray] = {}
        if numeric:
            val, p = get("value")
            cols |= {"given": p, "value": np.where(p, val, 0)}
            hits = [p & in_tier(val, tier) for tier in rule.tiers]
        else:
            hits = [yes(get, f"met:{k}") for k in range(1, len(rule.tiers) + 1)]
            cols |= {f"met{k}": h for k, h in enumerate(hits, 1)}
        at = np.zeros(n, dtype=np.int64)  # the tier that counts (the first of the highest reached), 1-based
        top = np.zeros(n, dtype=np.int64)  # its points
        for k, (tier, hit) in enumerate(zip(rule.tiers, hits), 1):
            pts = to_micro(tier.points)
            better = hit & ((at == 0) | (pts > top))
            at, top = np.where(better, k, at), np.where(better, pts, top)
        best = np.maximum(top, 0)  # no tier reached (or only tiers worth less than nothing): 0
        cols |= {"tier": at, "best": best}
        mx = _max(item)
        return Trace(best if mx is None else np.minimum(best, mx), cols)

    def render(self, item, row, ctx):
        rule: TiersRule = item.rule
        k, s = row["tier"], row["best"]
        if is_numeric_tiers(rule):
            shown = t(row["value"]) if row["given"] else "—"
            arith = (_("ratio {value} → tier {tier} → {score}").format(value=shown, tier=bound(rule.tiers[k - 1]),
                                                                       score=t(s))
                     if k else _("ratio {value} → no tier reached → 0").format(value=shown))
        elif k:
            arith = _("tier met:{k} {label} reached → {score}").format(k=k, label=rule.tiers[k - 1].label, score=t(s))
            reached = [j for j in range(1, len(rule.tiers) + 1) if row[f"met{j}"]]
            if len(reached) > 1:
                arith += _(" (highest of {tiers})").format(tiers=", ".join(f"met:{j}" for j in reached))
        else:
            arith = _("no tier reached → 0")
        mx = _max(item)
        if mx is not None and s > mx:
            note, tail = _cap_text(mx)
            return arith + tail, [note]
        return arith, []


@rule_kind("per_occurrence")
class PerOccurrence(RuleKind):
    """A step per occurrence, at most ``cap`` in total; from the item's points down to a floor (or to the base)."""

    def describe(self, item, deduction):
        rule = item.rule
        mx = t(to_micro(item.points)) if item.points is not None else None
        d = to_micro(rule.delta)
        unit = _(" per {unit}").format(unit=rule.unit) if rule.unit else _(" per occurrence")
        cap = _(", at most {cap} in total").format(cap=t(to_micro(abs(rule.cap)))) if rule.cap is not None else ""
        if deduction or mx is None:
            return _("per occurrence: {delta}{unit} applied to the base{cap}").format(delta=t(d), unit=unit, cap=cap)
        start = mx if d < 0 else "0"
        floor = t(to_micro(rule.floor)) if rule.floor is not None else "0"
        return _("per occurrence: start at {start}, {delta}{unit}{cap}, floor {floor}, at most {max}").format(
            start=start, delta=t(d), unit=unit, cap=cap, floor=floor, max=mx)

    def trace(self, item, get, n, *, deduction, unit_target=None):
        rule = item.rule
        mx = _max(item)
        count, _p = get("count")
        delta = to_micro(rule.delta)
        raw = mul(delta, count)
        change = raw
        if rule.cap is not None:
            cap = to_micro(abs(rule.cap))
            change = np.clip(raw, -cap, cap)
        cols = {"count": count, "raw": raw, "change": change}
        if deduction or mx is None:
            return Trace(change, cols)
        start = mx if delta < 0 else 0
        floor = to_micro(rule.floor) if rule.floor is not None else 0
        return Trace(np.minimum(np.maximum(start + change, floor), mx), cols)

    def render(self, item, row, ctx):
        rule = item.rule
        mx = _max(item)
        count, raw, change = row["count"], row["raw"], row["change"]
        d = to_micro(rule.delta)
        notes: list[str] = []
        if ctx.deduction or mx is None:
            arith = f"{t(d)} × {t(count)} = {t(raw)}" if count else _("no occurrences → 0")
            if change != raw:
                cap = abs(change)
                notes.append(_("capped at {cap} in total").format(cap=t(cap)))
                arith += _(" → cap {cap}").format(cap=t(change))
            return arith, notes
        start = mx if d < 0 else 0
        if change != raw:
            notes.append(_("change capped at {cap}").format(cap=t(abs(change))))
        s = start + change
        sign = "−" if d < 0 else "+"
        arith = f"{t(start)} {sign} {t(count)}×{t(abs(d))} = {t(s)}"
        floor = to_micro(rule.floor) if rule.floor is not None else 0
        if s < floor:
            s = floor
            notes.append(_("floor {floor}").format(floor=t(floor)) + (" (扣完为止)" if floor == 0 else ""))
            arith += _(" → floor {floor}").format(floor=t(floor))
        if s > mx:
            note, tail = _cap_text(mx)
            notes.append(note)
            arith += tail
        return arith, notes


@rule_kind("lookup")
class Lookup(RuleKind):
    """Points looked up by two keys, times the count at each pair, at most the cap (or the item's max)."""

    def describe(self, item, deduction):
        rule = item.rule
        unit = _(" per {unit}").format(unit=rule.unit) if rule.unit else _(" per occurrence")
        cap = rule.cap if rule.cap is not None else item.points
        pairs = _("; ").join(f"{key} {t(to_micro(p))}" for key, p in rule.levels.items())
        return _("looked up: {pairs}{unit}").format(pairs=pairs, unit=unit) + (
            _(", at most {max}").format(max=t(to_micro(cap))) if cap is not None else "")

    def trace(self, item, get, n, *, deduction, unit_target=None):
        rule = item.rule
        total = np.zeros(n, dtype=np.int64)
        cols: dict[str, np.ndarray] = {}
        for k, (key, pts) in enumerate(rule.levels.items()):
            count, _p = get(f"count:{key}")
            cols[f"count{k}"] = count
            total += mul(to_micro(pts), count)
        cols["total"] = total
        cap = to_micro(rule.cap) if rule.cap is not None else _max(item)
        return Trace(total if cap is None else np.minimum(total, cap), cols)

    def render(self, item, row, ctx):
        rule = item.rule
        terms = [f"{key} {t(to_micro(p))} × {t(row[f'count{k}'])}" for k, (key, p) in enumerate(rule.levels.items())
                 if row[f"count{k}"]]
        s = row["total"]
        arith = (" + ".join(terms) + f" = {t(s)}") if terms else _("no occurrences → 0")
        notes: list[str] = []
        cap = to_micro(rule.cap) if rule.cap is not None else _max(item)
        if cap is not None and s > cap:
            note, tail = _cap_text(cap)
            notes.append(note)
            arith += tail
        return arith, notes


def proportional_base(rule: ProportionalRule) -> int | None:
    """The figure that counts as 100% (a ``>=`` target), or None when the value is the ratio itself."""
    c: Comparison | None = rule.target
    if c is not None and c.op in (">=", ">") and c.value > 0:
        return to_micro(c.value)
    return None


@rule_kind("proportional")
class Proportional(RuleKind):
    """A share of the item's points: value ÷ the target that counts as 100%, clipped to 0..1."""

    def describe(self, item, deduction):
        base = proportional_base(item.rule)
        what = _("value / {base}").format(base=t(base)) if base else _("ratio")
        return _("proportional: {points} × {what} (clipped to 0..1)").format(points=t(to_micro(item.points or 0)),
                                                                            what=what)

    def trace(self, item, get, n, *, deduction, unit_target=None):
        mx = _max(item)
        pts = mx or 0  # a share of the item's points
        val, p = get("value")
        base = proportional_base(item.rule) or SCALE
        clipped = np.clip(val, 0, base)
        s = np.where(p, muldiv(pts, clipped, base), 0)
        cols = {"given": p, "value": np.where(p, val, 0), "clipped": p & (clipped != val), "share": s}
        return Trace(s if mx is None else np.minimum(s, mx), cols)

    def render(self, item, row, ctx):
        if not row["given"]:
            return _("no value → 0"), []
        mx = _max(item)
        pts, s = mx or 0, row["share"]
        base = proportional_base(item.rule)
        ratio = f"{t(row['value'])}/{t(base)}" if base else t(row["value"])
        arith = f"{t(pts)} × min({ratio}, 1) = {t(s)}"
        notes = [_("ratio clipped to 0..1")] if row["clipped"] else []
        if mx is not None and s > mx:
            arith += _(" → cap {cap}").format(cap=t(mx))
        return arith, notes


@rule_kind("range")
class Range(RuleKind):
    """The rater's chosen amount within a range (times the count), added or taken off the item's points."""

    def describe(self, item, deduction):
        rule: RangeRule = item.rule
        mx = t(to_micro(item.points)) if item.points is not None else None
        each = _(" per occurrence (× count)") if rule.per_occurrence else ""
        lo, hi = t(to_micro(rule.min)), t(to_micro(rule.max))
        if rule.direction == "adjust":
            text = _("range: the rater chooses {min}–{max}{each}, added with its sign").format(
                min=lo, max=hi, each=each)
        elif rule.direction != "deduct":
            text = _("range: the rater chooses {min}–{max}{each}, added").format(min=lo, max=hi, each=each)
        elif mx and not deduction:
            text = _("range: the rater chooses {min}–{max}{each}, taken off from {max_points}").format(
                min=lo, max=hi, each=each, max_points=mx)
        else:
            text = _("range: the rater chooses {min}–{max}{each}, taken off").format(min=lo, max=hi, each=each)
        return text + _(" (0 when nothing applies)")

    def trace(self, item, get, n, *, deduction, unit_target=None):
        """The rater's chosen amount (the `score` input, validated to be 0 or inside the range), times
        the `count` for a per-occurrence range, taken off the item's points (or the base) or added."""
        rule: RangeRule = item.rule
        mx = _max(item)
        chosen, p = get("score")
        chosen = np.where(p, chosen, 0)
        amount = chosen
        cols = {"chosen": chosen}
        if rule.per_occurrence:
            count, cp = get("count")
            count = np.where(cp, count, SCALE)
            amount = mul(chosen, count)
            cols |= {"count": count, "amount": amount}
        if rule.direction == "adjust":   # ±10: the chosen amount moves the result up or down
            return Trace(amount, cols)
        if rule.direction == "award":
            return Trace(amount if mx is None else np.minimum(amount, mx), cols)
        if deduction or mx is None:
            return Trace(-amount, cols)
        return Trace(np.maximum(mx - amount, 0), cols)

    def render(self, item, row, ctx):
        rule: RangeRule = item.rule
        mx = _max(item)
        amount = row["chosen"]
        arith = _("chosen {score} within {min}–{max}").format(score=t(amount), min=t(to_micro(rule.min)),
                                                              max=t(to_micro(rule.max)))
        if rule.per_occurrence:
            amount = row["amount"]
            arith += _(" × {count} occurrence(s) = {amount}").format(count=t(row["count"]), amount=t(amount))
        if rule.direction == "adjust":
            return arith + f" → {'+' if amount >= 0 else ''}{t(amount)}", []
        if rule.direction == "award":
            return arith + f" → +{t(amount if mx is None else min(amount, mx))}", []
        if ctx.deduction or mx is None:
            return arith + f" → −{t(amount)}", []
        return arith + f" → {t(mx)} − {t(amount)} = {t(max(mx - amount, 0))}", []
