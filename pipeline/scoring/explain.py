"""Why each unit got each score: the rule, the inputs used, the arithmetic, caps and floors.

The engine computes whole columns; this module retraces one unit's scores
with the same formulas in scalar :class:`~decimal.Decimal`-exact integers and
writes them out as text (``4 − 3×0.5 = 2.5``; ``ratio 0.65 → tier [0.5, 0.8)
→ 1``).  Each retraced value is checked against the engine's, so an
explanation can never disagree with the score it explains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, Field, PlainSerializer

from schemes.model import (
    ComponentsRule, Entry, Item, ManualRule, PerOccurrenceRule, ProportionalRule, RangeRule, Scheme, ThresholdRule,
    Tier, TiersRule,
)

from kaohe.i18n import _

from .inputs import is_numeric_tiers
from .numbers import SCALE, fmt, fmt_exact, to_micro
from .rules import proportional_base
from .weighting import explain_weighted

if TYPE_CHECKING:  # the engine (and pandas) only where results are explained: describe_rule serves templates
    from .engine import Results

ScoreSource = Literal["rule", "rater_score", "missing"]

#: Points in JSON: 2 decimals at most, integers without ".0" (values come from rounded Decimals).
Points = Annotated[float, PlainSerializer(lambda x: int(x) if float(x).is_integer() else x, return_type=float | int)]


def _num(x: float | None) -> float | int | None:
    return None if x is None else _p(to_micro(x))


def _p(micro: int) -> float | int:
    """Points for JSON: rounded once (ROUND_HALF_UP, 2 decimals), integers without ".0"."""
    mag = (abs(int(micro)) + 5_000) // 10_000
    h = -mag if micro < 0 else mag
    return h // 100 if h % 100 == 0 else h / 100


class Fact(BaseModel):
    """An input as submitted."""

    input: str
    value: str
    rater: str | None = None
    evidence: str | None = None
    sheet: str | None = None
    row: int | None = None


class ItemScore(BaseModel):
    """One scored line (item, bonus/deduction entry, veto) with its explanation."""

    id: str
    kind: Literal["item", "bonus", "deduction", "veto"]
    label: str
    category: str | None = None
    max: Points | None = None
    score: Points = Field(description="rounded to 2 decimals, ROUND_HALF_UP")
    source: ScoreSource = "rule"
    rule: str
    inputs: list[Fact] = Field(default_factory=list)
    arithmetic: str
    notes: list[str] = Field(default_factory=list)


class Subtotal(BaseModel):
    id: str
    name: str
    score: Points
    max: Points | None = None


class UnitResult(BaseModel):
    """Everything about one unit's result, for people and for review."""

    unit: str
    total: Points
    rank: int
    grade: str
    veto: list[str]
    veto_effect: str | None = None
    flags: list[str]
    total_explanation: str
    items: list[ItemScore]
    categories: list[Subtotal]
    entries: list[ItemScore]
    vetoes: list[ItemScore]
    parts: list[Subtotal]


# --------------------------------------------------------------------------- text helpers


def t(n: int) -> str:
    """Exact text of a micro value, with a true minus sign."""
    return fmt_exact(n)


def _bound(tier: Tier) -> str:
    lo = "(-∞" if tier.lower is None else ("[" if tier.lower_inclusive else "(") + t(to_micro(tier.lower))
    hi = "∞)" if tier.upper is None else t(to_micro(tier.upper)) + ("]" if tier.upper_inclusive else ")")
    return f"{lo}, {hi}"


def _target_text(rule) -> str:
    c = rule.target
    if c is None:
        return ""
    v = f"{t(to_micro(c.value * 100))}%" if c.unit == "%" else t(to_micro(c.value)) + (c.unit or "")
    return f"{c.op} {v}"


def describe_rule(item: Item, deduction: bool) -> str:
    """The rule in one line, as scored."""
    rule = item.rule
    mx = t(to_micro(item.points)) if item.points is not None else None
    gate = _("; gate: {gate} → whole item 0").format(gate=rule.gate) if rule is not None and rule.gate else ""
    if rule is None:
        return (_("no rule parsed: rater's score within 0..{max}").format(max=mx) if mx
                else _("no rule parsed: rater's score"))
    if isinstance(rule, ManualRule):
        return (_("manual: rater's score within 0..{max}").format(max=mx) if mx
                else _("manual: rater's score")) + gate
    if isinstance(rule, ThresholdRule):
        pts = t(to_micro(item.points or 0))
        if rule.target_table:
            return _("threshold: {points} if the figure reaches the unit's target in table {table}, else 0").format(
                points=pts, table=rule.target_table) + gate
        if rule.target:
            return _("threshold: {points} if value {target}, else 0 (or `met` yes/no)").format(
                points=pts, target=_target_text(rule)) + gate
        return _("threshold: {points} if met, else 0").format(points=pts) + gate
    if isinstance(rule, ComponentsRule):
        parts = []
        for k, c in enumerate(rule.components, 1):
            each = _(" per occurrence") if c.per_occurrence else ""
            parts.append(f"{k}. {c.label} {t(to_micro(c.points))}{each}")
        cap = _(", capped at {max}").format(max=mx) if mx else ""
        return (_("components: ") + _("; ").join(parts) + cap + ("" if deduction else _(", at least 0"))
                + gate)
    if isinstance(rule, TiersRule):
        if is_numeric_tiers(rule):
            body = _("; ").join(f"{_bound(x)} {x.label} → {t(to_micro(x.points))}" for x in rule.tiers)
        else:
            body = _("; ").join(f"{k}. {x.label} → {t(to_micro(x.points))}" for k, x in enumerate(rule.tiers, 1))
        return _("tiers (highest reached counts): {tiers}").format(tiers=body) + gate
    if isinstance(rule, PerOccurrenceRule):
        d = to_micro(rule.delta)
        unit = _(" per {unit}").format(unit=rule.unit) if rule.unit else _(" per occurrence")
        cap = (_(", at most {cap} in total").format(cap=t(to_micro(abs(rule.cap)))) if rule.cap is not None
               else "")
        if deduction or mx is None:
            return _("per occurrence: {delta}{unit} applied to the base{cap}").format(
                delta=t(d), unit=unit, cap=cap) + gate
        start = mx if d < 0 else "0"
        floor = t(to_micro(rule.floor)) if rule.floor is not None else "0"
        return _("per occurrence: start at {start}, {delta}{unit}{cap}, floor {floor}, at most {max}").format(
            start=start, delta=t(d), unit=unit, cap=cap, floor=floor, max=mx) + gate
    if isinstance(rule, ProportionalRule):
        base = proportional_base(rule)
        what = _("value / {base}").format(base=t(base)) if base else _("ratio")
        return _("proportional: {points} × {what} (clipped to 0..1)").format(
            points=t(to_micro(item.points or 0)), what=what) + gate
    if isinstance(rule, RangeRule):
        each = _(" per occurrence (× count)") if rule.per_occurrence else ""
        lo, hi = t(to_micro(rule.min)), t(to_micro(rule.max))
        if rule.direction != "deduct":
            text = _("range: the rater chooses {min}–{max}{each}, added").format(min=lo, max=hi, each=each)
        elif mx and not deduction:
            text = _("range: the rater chooses {min}–{max}{each}, taken off from {max_points}").format(
                min=lo, max=hi, each=each, max_points=mx)
        else:
            text = _("range: the rater chooses {min}–{max}{each}, taken off").format(min=lo, max=hi, each=each)
        return text + _(" (0 when nothing applies)") + gate
    return "unknown rule"  # pragma: no cover


# --------------------------------------------------------------------------- scalar retracing


class _Inputs:
    """One unit's input values for one target: micro values from the fact matrix."""

    def __init__(self, res: Results, u: int, target: str, column: tuple[list, list] | None = None) -> None:
        m = res.submission.matrix
        self.keys, self.target = m.keys, target
        # the unit's column as Python lists (one conversion per unit, not a numpy lookup per input)
        self.values, self.present = column if column is not None else unit_column(res, u)

    def get(self, name: str, rater: str = "") -> int | None:
        k = self.keys.get((self.target, name, rater))
        if k is None or not self.present[k]:
            return None
        return self.values[k]

    def yes(self, name: str) -> bool | None:
        v = self.get(name)
        return None if v is None else v == 1


def unit_column(res: Results, u: int) -> tuple[list, list]:
    """Unit ``u``'s input values and presence, one entry per fact-matrix key."""
    m = res.submission.matrix
    return m.values[:, u].tolist(), m.present[:, u].tolist()


def retrace_item(item: Item, inp: _Inputs, deduction: bool, unit_target: int | None,
                 table_desc: str = "") -> tuple[int, str, list[str]]:
    """(score micro, arithmetic, notes) of an item's rule for one unit, gates applied."""
    rule = item.rule
    mx = to_micro(item.points) if item.points is not None else None
    notes: list[str] = []
    if rule is None or isinstance(rule, ManualRule):
        s = inp.get("score")
        return (s or 0), (_("rater's score {score}").format(score=t(s)) if s is not None
                          else _("no score → 0")), notes

    if isinstance(rule, ThresholdRule):
        pts = mx or 0
        val = inp.get("value")
        if val is not None and (rule.target_table or rule.target):
            if rule.target_table and unit_target is not None:
                op, tgt, what = ">=", unit_target, f"{table_desc} {t(unit_target)}"
            else:
                op, tgt = rule.target.op, to_micro(rule.target.value)
                what = _("target {target}").format(target=_target_text(rule))
            ok = _cmp(val, op, tgt)
            shown_op = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}[op]
            rel = shown_op if ok else {"≥": "<", ">": "≤", "≤": ">", "<": "≥", "=": "≠"}[shown_op]
            s = pts if ok else 0
            verdict = _("reached") if ok else _("not reached")
            arith = _("value {value} vs {what}: {value} {rel} {target} → {verdict} → {score}").format(
                value=t(val), what=what, rel=rel, target=t(tgt), verdict=verdict, score=t(s))
        else:
            met = False if rule.gate else bool(inp.yes("met"))
            s = pts if met else 0
            arith = _("met: {answer} → {score}").format(answer="是" if met else "否", score=t(s))
    elif isinstance(rule, ComponentsRule):
        total, terms = 0, []
        for k, c in enumerate(rule.components, 1):
            pts = to_micro(c.points)
            if c.per_occurrence:
                cnt = inp.get(f"count:{k}") or 0
                v = _mul(pts, cnt)
                terms.append((v, f"{k}. {c.label}: {t(cnt)}×{t(pts)}"))
            else:
                met = bool(inp.yes(f"met:{k}"))
                v = pts if met else 0
                answer = _("met") if met else _("not met")
                terms.append((v, f"{k}. {c.label}: {answer}"))
            total += v
        arith = (_("; ").join(x for _v, x in terms) + " → " + _sum_text([v for v, _x in terms])
                 + f" = {t(total)}")
        s = total
        if mx is not None and s > mx:
            s = mx
            notes.append(_("capped at the item's max {max}").format(max=t(mx)))
            arith += _(" → cap {cap}").format(cap=t(mx))
        if not deduction and s < 0:
            s = 0
            notes.append(_("floor 0: an item scores at least 0"))
            arith += _(" → floor {floor}").format(floor=0)
    elif isinstance(rule, TiersRule):
        if is_numeric_tiers(rule):
            val = inp.get("value")
            hits = [x for x in rule.tiers if val is not None and _in_tier(val, x)]
            best = max(hits, key=lambda x: to_micro(x.points)) if hits else None
            s = to_micro(best.points) if best else 0
            shown = t(val) if val is not None else "—"
            arith = (_("ratio {value} → tier {tier} → {score}").format(value=shown, tier=_bound(best), score=t(s))
                     if best else _("ratio {value} → no tier reached → 0").format(value=shown))
        else:
            reached = [(k, x) for k, x in enumerate(rule.tiers, 1) if inp.yes(f"met:{k}")]
            if reached:
                k, best = max(reached, key=lambda kx: to_micro(kx[1].points))
                s = to_micro(best.points)
                arith = _("tier met:{k} {label} reached → {score}").format(k=k, label=best.label, score=t(s))
                if len(reached) > 1:
                    arith += _(" (highest of {tiers})").format(tiers=", ".join(f"met:{j}" for j, _x in reached))
            else:
                s = 0
                arith = _("no tier reached → 0")
        if mx is not None and s > mx:
            s = mx
            notes.append(_("capped at the item's max {max}").format(max=t(mx)))
            arith += _(" → cap {cap}").format(cap=t(mx))
    elif isinstance(rule, PerOccurrenceRule):
        cnt = inp.get("count") or 0
        d = to_micro(rule.delta)
        change = _mul(d, cnt)
        if deduction or mx is None:
            s = change
            arith = f"{t(d)} × {t(cnt)} = {t(change)}" if cnt else _("no occurrences → 0")
            if rule.cap is not None and abs(change) > to_micro(abs(rule.cap)):
                cap = to_micro(abs(rule.cap))
                s = cap if change > 0 else -cap
                notes.append(_("capped at {cap} in total").format(cap=t(cap)))
                arith += _(" → cap {cap}").format(cap=t(s))
        else:
            start = mx if d < 0 else 0
            if rule.cap is not None and abs(change) > to_micro(abs(rule.cap)):
                cap = to_micro(abs(rule.cap))
                change = cap if change > 0 else -cap
                notes.append(_("change capped at {cap}").format(cap=t(cap)))
            raw = start + change
            sign = "−" if d < 0 else "+"
            arith = f"{t(start)} {sign} {t(cnt)}×{t(abs(d))} = {t(raw)}"
            floor = to_micro(rule.floor) if rule.floor is not None else 0
            s = raw
            if s < floor:
                s = floor
                notes.append(_("floor {floor}").format(floor=t(floor)) + (" (扣完为止)" if floor == 0 else ""))
                arith += _(" → floor {floor}").format(floor=t(floor))
            if s > mx:
                s = mx
                notes.append(_("capped at the item's max {max}").format(max=t(mx)))
                arith += _(" → cap {cap}").format(cap=t(mx))
    elif isinstance(rule, ProportionalRule):
        pts = mx or 0
        val = inp.get("value")
        base = proportional_base(rule)
        b = base or SCALE
        if val is None:
            s, arith = 0, _("no value → 0")
        else:
            c = min(max(val, 0), b)
            s = _muldiv(pts, c, b)
            ratio = f"{t(val)}/{t(base)}" if base else t(val)
            arith = f"{t(pts)} × min({ratio}, 1) = {t(s)}"
            if c != val:
                notes.append(_("ratio clipped to 0..1"))
        if mx is not None and s > mx:
            s = mx
            arith += _(" → cap {cap}").format(cap=t(mx))
    elif isinstance(rule, RangeRule):
        s, arith = _retrace_range(rule, inp, mx, deduction)
    else:  # pragma: no cover
        s, arith = 0, ""
    if rule.gate and inp.yes("met") is False:
        notes.append(_("gate not met ({gate}): whole item 0").format(gate=rule.gate))
        return 0, _("gate not met ({gate}) → 0 (rule alone: {arithmetic})").format(gate=rule.gate,
                                                                                   arithmetic=arith), notes
    return s, arith, notes


def _retrace_range(rule: RangeRule, inp: _Inputs, mx: int | None, deduction: bool) -> tuple[int, str]:
    """The rater's chosen amount in the range, as the engine scores it (rules.chosen_in_range)."""
    chosen = inp.get("score") or 0
    amount, arith = chosen, _("chosen {score} within {min}–{max}").format(
        score=t(chosen), min=t(to_micro(rule.min)), max=t(to_micro(rule.max)))
    if rule.per_occurrence:
        count = inp.get("count")
        count = SCALE if count is None else count
        amount = _mul(chosen, count)
        arith += _(" × {count} occurrence(s) = {amount}").format(count=t(count), amount=t(amount))
    if rule.direction == "award":
        s = amount if mx is None else min(amount, mx)
        return s, arith + f" → +{t(s)}"
    if deduction or mx is None:
        return -amount, arith + f" → −{t(amount)}"
    s = max(mx - amount, 0)
    return s, arith + f" → {t(mx)} − {t(amount)} = {t(s)}"


def _cmp(a: int, op: str, b: int) -> bool:
    return {">=": a >= b, ">": a > b, "<=": a <= b, "<": a < b, "==": a == b}[op]


def _in_tier(v: int, x: Tier) -> bool:
    if x.lower is not None:
        lo = to_micro(x.lower)
        if not (v >= lo if x.lower_inclusive else v > lo):
            return False
    if x.upper is not None:
        up = to_micro(x.upper)
        if not (v <= up if x.upper_inclusive else v < up):
            return False
    return True


def _mul(a: int, b: int) -> int:
    return _muldiv(a, b, SCALE)


def _muldiv(a: int, b: int, c: int) -> int:
    p = a * b
    q = abs(p) // abs(c)
    return -q if (p < 0) != (c < 0) else q


def _sum_text(values: list[int]) -> str:
    if not values:
        return "0"
    out = t(values[0])
    for v in values[1:]:
        out += f" − {t(-v)}" if v < 0 else f" + {t(v)}"
    return out


# --------------------------------------------------------------------------- units


class ExplanationMismatch(AssertionError):
    """The retraced score differs from the engine's: a bug, never a user error."""


class Explainer:
    """Explains units of one run; per-item texts are prepared once."""

    def __init__(self, res: Results) -> None:
        self.res = res
        scheme = res.scheme
        self.deduction = scheme.scoring_model == "deduction"
        self.rule_text = {i.id: describe_rule(i, self.deduction) for i in scheme.items}
        self.tables = {x.id: x for x in scheme.targets}
        self.cat_max = {c.id: _num(res.category_max(c.id)) for c in scheme.categories}
        self._col: tuple[int, tuple[list, list]] | None = None  # the unit being explained, its input column
        self.item_max = {i.id: _num(i.points) for i in scheme.items}

    def unit(self, u: int) -> UnitResult:
        """One unit's explanation as the pydantic model (for callers that want objects)."""
        return UnitResult.model_validate(self.unit_dict(u))

    def unit_dict(self, u: int) -> dict:
        """One unit's explanation as plain JSON-ready data, shaped like :class:`UnitResult`.

        Batch outputs stream these (no model object per unit and item)."""
        res, scheme = self.res, self.res.scheme
        facts = _facts_by_target(res, u)
        unit = res.units[u]
        column = unit_column(res, u)
        self._col = (u, column)
        items = [self._item(item, u, unit, facts) for item in scheme.items]
        cats = [{"id": c.id, "name": c.name, "score": _p(res.categories[c.id][u]), "max": self.cat_max[c.id]}
                for c in scheme.categories]
        entries = [_explain_entry(e, res, u, facts, column) for e in [*scheme.bonus, *scheme.deductions]]
        vetoes = []
        for v in scheme.veto:
            hit = bool(res.vetoes[v.id][u])
            vetoes.append(_line(
                id=v.id, kind="veto", label=v.text, score=0,
                rule=_("veto: {effect}").format(effect=scheme.veto_effect or _("excluded from grades and awards")),
                inputs=facts.get(v.id, []), arithmetic=_("applies → vetoed") if hit else _("does not apply"),
            ))
        parts = [{"id": p.id, "name": p.name, "score": _p(res.parts[p.id][u]),
                  "max": _num(p.max)} for p in res.plan.parts]
        veto_ids = res.veto_ids(u)
        return {
            "unit": unit, "total": _p(res.total[u]), "rank": int(res.rank[u]), "grade": res.grade[u],
            "veto": veto_ids, "veto_effect": scheme.veto_effect if veto_ids else None, "flags": res.unit_flags(u),
            "total_explanation": explain_total(res, u), "items": items, "categories": cats, "entries": entries,
            "vetoes": vetoes, "parts": parts,
        }

    def _item(self, item: Item, u: int, unit: str, facts: dict[str, list[dict]]) -> dict:
        res = self.res
        item = res.contract.scored_item(item)  # out of 100 when weighted without points
        inp = _Inputs(res, u, item.id, self._col[1] if self._col is not None and self._col[0] == u else None)
        engine_value = int(res.items[item.id][u])
        notes: list[str] = []
        source: ScoreSource = "rule"
        over = inp.get("score")
        missing = item.id in res.missing and bool(res.missing[item.id][u])
        mx = to_micro(item.points) if item.points is not None else None
        manual = item.rule is None or isinstance(item.rule, ManualRule)
        if over is not None and not manual and not isinstance(item.rule, RangeRule):
            value, source = over, "rater_score"
            arith = (_("rater's direct score {score} overrides the rule").format(score=t(over))
                     + (f" (0..{t(mx)})" if mx is not None else ""))
        elif missing:
            value, source = 0, "missing"
            arith = _("required input missing → 0 (--missing-zero)")
            notes.append(_("input missing, scored 0"))
        else:
            target = None
            table_desc = ""
            rule = item.rule
            if isinstance(rule, ThresholdRule) and rule.target_table:
                table = self.tables[rule.target_table]
                if unit in table.rows:
                    target = to_micro(table.rows[unit])
                table_desc = _("{column} for {unit} ({table})").format(column=table.column, unit=unit, table=table.id)
            value, arith, notes = retrace_item(item, inp, self.deduction, target, table_desc)
            if manual and mx is not None:
                arith += f" (0..{t(mx)})"
        if value != engine_value:
            raise ExplanationMismatch(f"unit {unit!r} item {item.id}: explained {value}, scored {engine_value}")
        return _line(
            id=item.id, kind="item", label=item.text, category=item.category, max=self.item_max[item.id],
            score=_p(value), source=source, rule=self.rule_text[item.id], inputs=facts.get(item.id, []),
            arithmetic=arith, notes=notes,
        )


class RunExplanations:
    """Where a run's unit explanations come from: here its own facts (a streamed run re-reads its
    chunks instead, :class:`pipeline.scoring.stream.StreamRun`)."""

    def __init__(self, res: Results) -> None:
        self.ex = Explainer(res)
        self.n = res.n

    def units(self, us: list[int]) -> dict[int, dict]:
        """Explanations of the units numbered ``us``."""
        return {u: self.ex.unit_dict(u) for u in us}

    def all(self):
        """Every unit's explanation, in result order."""
        return (self.ex.unit_dict(u) for u in range(self.n))


def explain_unit(res: Results, u: int) -> UnitResult:
    return Explainer(res).unit(u)


def explain_all(res: Results):
    ex = Explainer(res)
    for u in range(res.n):
        yield ex.unit(u)


def _line(*, id: str, kind: str, label: str, score, rule: str, arithmetic: str, inputs: list[dict],
          category: str | None = None, max=None, source: str = "rule", notes: list[str] | None = None) -> dict:
    """One explained line as data, keys and order as :class:`ItemScore`."""
    return {"id": id, "kind": kind, "label": label, "category": category, "max": max, "score": score,
            "source": source, "rule": rule, "inputs": inputs, "arithmetic": arithmetic, "notes": notes or []}


def _facts_by_target(res: Results, u: int) -> dict[str, list[dict]]:
    """The unit's facts as given, per target (keys and order as :class:`Fact`)."""
    out: dict[str, list[dict]] = {}
    for target, inp, raw, rater, ev, sheet, row in res.submission.log.of_unit(u):
        out.setdefault(target, []).append({
            "input": inp, "value": raw, "rater": rater or None, "evidence": ev or None, "sheet": sheet or None,
            "row": row,
        })
    return out


def _explain_entry(e: Entry, res: Results, u: int, facts: dict[str, list[dict]],
                   column: tuple[list, list] | None = None) -> dict:
    from .engine import entry_sign

    inp = _Inputs(res, u, e.id, column)
    sign = entry_sign(e)
    terms: list[str] = []
    acc = 0
    per = [(f":{lvl}", lvl, to_micro(abs(p))) for lvl, p in e.levels.items()]
    if e.points is not None:
        per.append(("", "", to_micro(abs(e.points))))
    factor = to_micro(e.shared_factor) if e.shared_factor is not None else None
    for suffix, lvl, pts in per:
        cnt = inp.get("count" + suffix)
        if cnt:
            acc += _mul(pts, cnt)
            terms.append(f"{lvl + ' ' if lvl else ''}{t(cnt)}×{t(pts)}")
        if factor is not None:
            sh = inp.get("shared_count" + suffix)
            if sh:
                acc += _mul(_mul(pts, factor), sh)
                terms.append(f"{lvl + ' ' if lvl else ''}" + _("shared {count}×{points}×{factor}").format(
                    count=t(sh), points=t(pts), factor=t(factor)))
    direct = inp.get("score")
    if direct is not None:
        acc += direct
        terms.append(_("rater's score {score}").format(score=t(direct)))
    arith = (" + ".join(terms) + f" = {t(acc)}") if terms else _("none → 0")
    notes = []
    if e.cap is not None and acc > to_micro(abs(e.cap)):
        acc = to_micro(abs(e.cap))
        arith += _(" → cap {cap}").format(cap=t(acc))
        notes.append(_("capped at {cap}").format(cap=t(acc)))
    value = sign * acc
    if sign < 0 and acc:
        arith += f" → −{t(acc)}"
    if value != int(res.entries[e.id][u]):
        raise ExplanationMismatch(
            f"unit {res.units[u]!r} entry {e.id}: explained {value}, scored {res.entries[e.id][u]}")
    if e.levels:
        rule = ", ".join(f"{k} {t(to_micro(abs(v)))}" for k, v in e.levels.items()) + _(" per occurrence")
    elif e.points is not None:
        rule = t(sign * to_micro(abs(e.points))) + (_(" per {unit}").format(unit=e.unit) if e.unit
                                                     else _(" per occurrence"))
    else:
        rule = _("rater's score")
    if factor is not None:
        rule += _("; shared occurrences × {factor}").format(factor=t(factor))
    if e.cap is not None:
        rule += _("; at most {cap}").format(cap=t(to_micro(abs(e.cap))))
    kind = {"bonus": _("bonus"), "deduction": _("deduction")}.get(e.kind, e.kind)
    return _line(id=e.id, kind=e.kind, label=e.text, score=_p(value), rule=f"{kind}: {rule}",
                 inputs=facts.get(e.id, []), arithmetic=arith, notes=notes)


def explain_total(res: Results, u: int) -> str:
    """How the total was composed: base/items/parts/weights/bonus/deductions."""
    scheme: Scheme = res.scheme
    plan = res.plan
    pieces: list[str] = []
    v = lambda a: t(int(a[u]))  # noqa: E731
    if plan.parts:
        if res.contract.weighting:
            pieces.extend(explain_weighted(scheme, res.contract.weighting, res.items, res.categories, u))
        lines = []
        terms = []
        for p in plan.parts:
            if p.raters:
                sub = " + ".join(f"{r.name} {v(res.raters[(p.id, r.name)])}×{t(r.weight)}" for r in p.raters)
                lines.append(f"{p.name} = {sub} = {v(res.parts[p.id])}")
            elif p.items:
                how = _("from its categories") if res.contract.weighting else _("sum of its items")
                lines.append(f"{p.name} = {how} = {v(res.parts[p.id])}")
            else:
                lines.append(f"{p.name} = " + _("direct score {score}").format(score=v(res.parts[p.id])))
            terms.append(f"{p.name} {v(res.parts[p.id])}×{t(p.weight)}" if plan.weighted
                         else f"{p.name} {v(res.parts[p.id])}")
        if plan.loose_items:
            terms.append(_("items outside parts ") + t(sum(int(res.items[i][u]) for i in plan.loose_items)))
        pieces.append(_("; ").join(lines))
        core = " + ".join(terms)
    elif res.contract.weighting and scheme.scoring_model != "deduction":  # weighted levels: lines above
        pieces.extend(explain_weighted(scheme, res.contract.weighting, res.items, res.categories, u))
        core = _("categories {score}").format(score=t(int(res.total[u]) - int(res.bonus[u]) - int(res.deductions[u])))
    elif scheme.scoring_model == "deduction":
        items_sum = sum(int(res.items[i.id][u]) for i in scheme.items)
        core = _("base {base} + items ({items})").format(base=t(to_micro(scheme.base_points or 0)), items=t(items_sum))
    else:
        core = _("items {score}").format(score=t(sum(int(res.items[i.id][u]) for i in scheme.items)))
    extra = ""
    if scheme.bonus:
        extra += _(" + bonus {score}").format(score=v(res.bonus))
        if scheme.bonus_cap is not None:
            extra += _(" (at most {cap})").format(cap=t(to_micro(scheme.bonus_cap)))
    if scheme.deductions:
        extra += _(" − deductions {score}").format(score=t(-int(res.deductions[u])))
        if scheme.deduction_cap is not None:
            extra += _(" (at most {cap})").format(cap=t(to_micro(scheme.deduction_cap)))
    total_line = _("total = {core}{extra} = {total}").format(core=core, extra=extra, total=v(res.total))
    if fmt(int(res.total[u])) != t(int(res.total[u])):
        total_line += _(" (shown as {total})").format(total=fmt(int(res.total[u])))
    pieces.append(total_line)
    return _("; ").join(pieces)
