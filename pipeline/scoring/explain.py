"""Why each unit got each score: the rule, the inputs used, the arithmetic, caps and floors.

Explanations are built column-wise, a batch of units at a time, from the
very columns the score was computed with: each rule kind's trace
(:mod:`.rules`, :mod:`.entries`) is rendered once per distinct combination of
its columns and broadcast to the units that share it; the units' facts and
every line are assembled as JSON text by Arrow (:mod:`.facts_json`).  A unit's
explanation is therefore one JSON object (``explanations.json`` holds one per
line); :meth:`Explainer.unit_dict` reads it back for the report, the
feedback forms and `kaohe explain`.
"""

from __future__ import annotations

from typing import Annotated, Iterable, Iterator, Literal

import numpy as np
import orjson
import pyarrow as pa
from pydantic import BaseModel, Field, PlainSerializer

from schemes.model import Item, ManualRule, RangeRule, Scheme, SoftCap, ThresholdRule

from kaohe.i18n import _

from .engine import Results, unit_targets
from .entries import describe_entry, entry_trace, render_entry
from .facts_json import dumps, facts_json, join, pool, take
from .numbers import fmt, to_micro
from .rule_kinds import Context, distinct
from .rules import describe_rule, render_rule, t, trace_rule
from .weighting import explain_weighted

#: Units explained at once (their JSON text is held until written).
BATCH = 1_000
#: Rendered lines kept for later batches (then forgotten, so memory stays bounded).
MAX_REMEMBERED = 100_000

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


class ExplanationMismatch(AssertionError):
    """The explanation's source of a score differs from the engine's composition: a bug, never a user error."""


class _Spread:
    """Per-unit texts of a batch, each line's given as (distinct texts, each unit's text number): gathered,
    then taken all at once (one Arrow call for the batch, not two per line)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.texts: list[str] = []
        self.rows: list[np.ndarray] = []

    def add(self, texts: list[str], inverse: np.ndarray) -> "_Slot":
        self.rows.append(len(self.texts) + np.asarray(inverse, dtype=np.int64))
        self.texts.extend(texts)
        return _Slot(len(self.rows) - 1)

    def numbers(self, micro: np.ndarray) -> "_Slot":
        """The JSON number of every micro value (:func:`_p`), computed once per distinct value."""
        uniq, inverse = np.unique(micro, return_inverse=True)
        return self.add([dumps(_p(v)) for v in uniq.tolist()], inverse.reshape(-1))

    def fill(self, pieces: list) -> list:
        """``pieces`` with each slot replaced by its array of per-unit texts."""
        if not self.rows:
            return pieces
        taken = take(pa.array(self.texts, pa.string(), memory_pool=pool()), np.concatenate(self.rows))
        return [taken.slice(p.k * self.n, self.n) if isinstance(p, _Slot) else p for p in pieces]


class _Slot:
    def __init__(self, k: int) -> None:
        self.k = k


def _line_parts(head: dict, arithmetic: str, notes: list[str]) -> tuple[str, str]:
    """The JSON text of an explained line (keys and order as :class:`ItemScore`) before and after its inputs."""
    return (dumps(head)[:-1] + ',"inputs":[',
            "]," + dumps({"arithmetic": arithmetic, "notes": notes})[1:])


class Explainer:
    """Explains units of one run, a batch at a time, column-wise; per-item texts are prepared once."""

    def __init__(self, res: Results) -> None:
        self.res = res
        scheme = res.scheme
        self.deduction = scheme.scoring_model == "deduction"
        self.rule_text = {i.id: describe_rule(i, self.deduction) for i in scheme.items}
        self.tables = {x.id: x for x in scheme.targets}
        self.cat_max = {c.id: _num(res.category_max(c.id)) for c in scheme.categories}
        self.item_max = {i.id: _num(i.points) for i in scheme.items}
        self.targets = [*(i.id for i in scheme.items), *(e.id for e in [*scheme.bonus, *scheme.deductions]),
                        *(v.id for v in scheme.veto)]
        self._lines: dict[tuple, tuple[str, str]] = {}  # (line id, *trace row) → its JSON before/after the inputs

    def _remember(self, key: tuple, before: str, after: str) -> None:
        """Keep a rendered line for the next batches (their units mostly share the same rows)."""
        if len(self._lines) >= MAX_REMEMBERED:
            self._lines.clear()
        self._lines[key] = (before, after)

    # ------------------------------------------------------------------ reading

    def unit(self, u: int) -> UnitResult:
        """One unit's explanation as the pydantic model (for callers that want objects)."""
        return UnitResult.model_validate(self.unit_dict(u))

    def unit_dict(self, u: int) -> dict:
        """One unit's explanation as plain JSON data, shaped like :class:`UnitResult`."""
        return self.units([u])[u]

    def units(self, us: Iterable[int]) -> dict[int, dict]:
        """Explanations of the units numbered ``us``, as data."""
        us = [int(u) for u in us]
        out: dict[int, dict] = {}
        for a in range(0, len(us), BATCH):
            part = us[a:a + BATCH]
            out.update(zip(part, map(orjson.loads, self.json(part).to_pylist())))
        return out

    def batches(self, lead: str = "") -> Iterator[pa.Array]:
        """Every unit's explanation as JSON text (each after ``lead``), in result order, :data:`BATCH`
        units at a time."""
        for a in range(0, self.res.n, BATCH):
            yield self.json(np.arange(a, min(a + BATCH, self.res.n)), lead)

    # ------------------------------------------------------------------ building

    def json(self, us, lead: str = "") -> pa.Array:
        """The JSON text of the explanations of units ``us`` (one string each, shaped like :class:`UnitResult`,
        after ``lead``: a writer's separator, so the texts are written as they are, not copied again)."""
        res, scheme = self.res, self.res.scheme
        idx = np.asarray(us, dtype=np.int64)
        if not len(idx):
            return pa.array([], pa.string())
        facts = facts_json(res.submission.log, idx, self.targets)
        ctx = Context(self.deduction, [res.units[u] for u in idx.tolist()], self.tables)
        spread = _Spread(len(idx))
        pieces: list = [lead, self._heads(idx)]
        lists = (
            ("items", [self._item(item, idx, ctx, facts, spread) for item in scheme.items]),
            ("categories", [self._subtotal({"id": c.id, "name": c.name}, spread.numbers(res.categories[c.id][idx]),
                                           self.cat_max[c.id]) for c in scheme.categories]),
            ("entries", [self._entry(e, idx, facts, spread) for e in [*scheme.bonus, *scheme.deductions]]),
            ("vetoes", [self._veto(v, idx, facts, spread) for v in scheme.veto]),
            ("parts", [self._subtotal({"id": p.id, "name": p.name}, spread.numbers(res.parts[p.id][idx]),
                                      _num(p.max)) for p in res.plan.parts]),
        )
        for k, (name, lines) in enumerate(lists):
            pieces.append(("," if k else "") + f'"{name}":[')
            for j, line in enumerate(lines):
                pieces.extend([","] * (j > 0) + line)
            pieces.append("]")
        pieces.append("}")
        return join(*spread.fill(pieces))

    def _heads(self, idx: np.ndarray) -> pa.Array:
        res, scheme = self.res, self.res.scheme
        out = []
        for u, total_explanation in zip(idx.tolist(), explain_totals(res, idx)):
            veto_ids = res.veto_ids(u)
            out.append(dumps({
                "unit": res.units[u], "total": _p(res.total[u]), "rank": int(res.rank[u]), "grade": res.grade[u],
                "veto": veto_ids, "veto_effect": scheme.veto_effect if veto_ids else None,
                "flags": res.unit_flags(u), "total_explanation": total_explanation})[:-1] + ",")
        return pa.array(out, pa.string(), memory_pool=pool())

    def _item(self, item: Item, idx: np.ndarray, ctx: Context, facts: dict[str, pa.Array], spread: _Spread) -> list:
        res = self.res
        scored = res.contract.scored_item(item)  # out of 100 when weighted without points
        m = res.submission.matrix
        n = len(idx)

        def get(name: str) -> tuple[np.ndarray, np.ndarray]:
            v, p = m.get(item.id, name)
            return v[idx], p[idx]

        targets = None
        if isinstance(item.rule, ThresholdRule) and item.rule.target_table:
            targets = unit_targets(res.scheme, item.id, ctx.units)
        tr = trace_rule(scored, get, n, deduction=self.deduction, unit_target=targets)
        value = res.items[item.id][idx]
        over_v, over_p = get("score")
        manual = item.rule is None or isinstance(item.rule, ManualRule)
        source = np.zeros(n, dtype=np.int64)  # 0 the rule, 1 the rater's direct score, 2 missing
        if not manual and not isinstance(item.rule, RangeRule):
            source[over_p] = 1
        if item.id in res.missing:
            source[(source == 0) & res.missing[item.id][idx]] = 2
        wrong = np.flatnonzero((source == 0) & (tr.score != value))
        if len(wrong):
            u = int(wrong[0])
            raise ExplanationMismatch(f"unit {ctx.units[u]!r} item {item.id}: explained {int(tr.score[u])}, "
                                      f"scored {int(value[u])}")
        cols = tr.cols if not source.any() else {k: np.where(source == 0, c, 0) for k, c in tr.cols.items()}
        rows, inverse = distinct({**cols, "@source": source, "@score": value,
                                  "@over": np.where(source == 1, over_v, 0)}, n)
        mx = to_micro(scored.points) if scored.points is not None else None
        before, after = [], []
        for row in rows:
            key = (item.id, *row.values())
            if (known := self._lines.get(key)) is not None:
                before.append(known[0])
                after.append(known[1])
                continue
            if row["@source"] == 1:
                src, notes = "rater_score", []
                arith = (_("rater's direct score {score} overrides the rule").format(score=t(row["@over"]))
                         + (f" (0..{t(mx)})" if mx is not None else ""))
            elif row["@source"] == 2:
                src, arith, notes = "missing", _("required input missing → 0 (--missing-zero)"), [
                    _("input missing, scored 0")]
            else:
                src = "rule"
                arith, notes = render_rule(scored, row, ctx)
            a, b = _line_parts({"id": item.id, "kind": "item", "label": item.text, "category": item.category,
                                "max": self.item_max[item.id], "score": _p(row["@score"]), "source": src,
                                "rule": self.rule_text[item.id]}, arith, notes)
            self._remember(key, a, b)
            before.append(a)
            after.append(b)
        return [spread.add(before, inverse), facts[item.id], spread.add(after, inverse)]

    def _entry(self, e, idx: np.ndarray, facts: dict[str, pa.Array], spread: _Spread) -> list:
        m = self.res.submission.matrix

        def get(name: str) -> tuple[np.ndarray, np.ndarray]:
            v, p = m.get(e.id, name)
            return v[idx], p[idx]

        tr = entry_trace(e, get, len(idx))
        rows, inverse = distinct({**tr.cols, "@score": tr.score}, len(idx))
        rule = describe_entry(e)
        before, after = [], []
        for row in rows:
            key = (e.id, *row.values())
            if (known := self._lines.get(key)) is None:
                arith, notes = render_entry(e, row)
                known = _line_parts({"id": e.id, "kind": e.kind, "label": e.text, "category": None, "max": None,
                                     "score": _p(row["@score"]), "source": "rule", "rule": rule}, arith, notes)
                self._remember(key, *known)
            a, b = known
            before.append(a)
            after.append(b)
        return [spread.add(before, inverse), facts[e.id], spread.add(after, inverse)]

    def _veto(self, v, idx: np.ndarray, facts: dict[str, pa.Array], spread: _Spread) -> list:
        scheme = self.res.scheme
        rule = _("veto: {effect}").format(effect=scheme.veto_effect or _("excluded from grades and awards"))
        head = {"id": v.id, "kind": "veto", "label": v.text, "category": None, "max": None, "score": 0,
                "source": "rule", "rule": rule}
        texts = [_line_parts(head, _("does not apply"), []), _line_parts(head, _("applies → vetoed"), [])]
        hit = self.res.vetoes[v.id][idx].astype(np.int64)
        return [spread.add([x[0] for x in texts], hit), facts[v.id], spread.add([x[1] for x in texts], hit)]

    @staticmethod
    def _subtotal(head: dict, score, mx) -> list:
        return [dumps(head)[:-1] + ',"score":', score, "," + dumps({"max": mx})[1:]]


def explanation_dicts(batches: Iterable[pa.Array]) -> Iterator[dict]:
    """The units' explanations of JSON batches, as data."""
    for batch in batches:
        yield from map(orjson.loads, batch.to_pylist())


class RunExplanations:
    """Where a run's unit explanations come from: here its own facts (a streamed run re-reads its
    chunks instead, :class:`pipeline.scoring.stream.StreamRun`)."""

    def __init__(self, res: Results) -> None:
        self.ex = Explainer(res)
        self.n = res.n

    def units(self, us: list[int]) -> dict[int, dict]:
        """Explanations of the units numbered ``us``."""
        return self.ex.units(us)

    def batches(self, lead: str = "") -> Iterator[pa.Array]:
        """Every unit's explanation as JSON text (after ``lead``), in result order, a batch at a time."""
        return self.ex.batches(lead)

    def all(self) -> Iterator[dict]:
        """Every unit's explanation, in result order."""
        return explanation_dicts(self.batches())


def explain_unit(res: Results, u: int) -> UnitResult:
    return Explainer(res).unit(u)


def _limits(soft: SoftCap | None, cap: float | None, t) -> str:
    """What limits the entries' sum, in the order the engine applies it: the part above a
    threshold counted at a rate, then the hard cap."""
    out = ""
    if soft is not None:
        out += _(" (above {above} counted at {rate}%)").format(
            above=t(to_micro(soft.above)), rate=t(to_micro(soft.rate * 100)))
    if cap is not None:
        out += _(" (at most {cap})").format(cap=t(to_micro(cap)))
    return out


def explain_totals(res: Results, idx: np.ndarray) -> list[str]:
    """How the total of each of units ``idx`` was composed: base/items/parts/weights/bonus/deductions.

    Sums are taken column-wise; only the final formatting is per unit."""
    scheme: Scheme = res.scheme
    plan, weighting = res.plan, res.contract.weighting
    us = idx.tolist()

    def texts(a: np.ndarray) -> list[str]:
        return [t(x) for x in np.asarray(a)[idx].tolist()]

    def summed(ids) -> np.ndarray:
        out = np.zeros(res.n, dtype=np.int64)
        for i in ids:
            out += res.items[i]
        return out

    sep = _("; ")
    pieces: list[list[str]] = [[] for _u in us]
    if weighting and (plan.parts or scheme.scoring_model != "deduction"):  # weighted levels, bottom-up
        for k, u in enumerate(us):
            pieces[k].extend(explain_weighted(scheme, weighting, res.items, res.categories, u))
    if plan.parts:
        lines, terms = [], []
        for p in plan.parts:
            value = texts(res.parts[p.id])
            if p.raters:
                subs = [texts(res.raters[(p.id, r.name)]) for r in p.raters]
                lines.append([f"{p.name} = " + " + ".join(f"{r.name} {x}×{t(r.weight)}" for r, x in zip(p.raters, xs))
                              + f" = {v}" for xs, v in zip(zip(*subs), value)])
            elif p.items:
                how = _("from its categories") if weighting else _("sum of its items")
                lines.append([f"{p.name} = {how} = {v}" for v in value])
            else:
                direct = _("direct score {score}")
                lines.append([f"{p.name} = " + direct.format(score=v) for v in value])
            terms.append([f"{p.name} {v}×{t(p.weight)}" for v in value] if plan.weighted
                         else [f"{p.name} {v}" for v in value])
        if plan.loose_items:
            loose = _("items outside parts ")
            terms.append([loose + x for x in texts(summed(plan.loose_items))])
        for k, line in enumerate(zip(*lines)):
            pieces[k].append(sep.join(line))
        core = [" + ".join(x) for x in zip(*terms)]
    elif weighting and scheme.scoring_model != "deduction":  # weighted levels: lines above
        categories = _("categories {score}")  # (translated once, not once per unit)
        core = [categories.format(score=x) for x in texts(res.total - res.bonus - res.deductions)]
    elif scheme.scoring_model == "deduction":
        base, items = t(to_micro(scheme.base_points or 0)), _("base {base} + items ({items})")
        core = [items.format(base=base, items=x) for x in texts(summed(i.id for i in scheme.items))]
    else:
        items = _("items {score}")
        core = [items.format(score=x) for x in texts(summed(i.id for i in scheme.items))]
    extra = [""] * len(us)
    if scheme.bonus:
        bonus = _(" + bonus {score}")
        extra = [e + bonus.format(score=x) for e, x in zip(extra, texts(res.bonus))]
        cap = _limits(scheme.bonus_soft_cap, scheme.bonus_cap, t)
        extra = [e + cap for e in extra]
    if scheme.deductions:
        deductions = _(" − deductions {score}")
        extra = [e + deductions.format(score=x) for e, x in zip(extra, texts(-res.deductions))]
        cap = _limits(scheme.deduction_soft_cap, scheme.deduction_cap, t)
        extra = [e + cap for e in extra]
    line, shown = _("total = {core}{extra} = {total}"), _(" (shown as {total})")
    totals = res.total[idx].tolist()
    for k, (c, e, total) in enumerate(zip(core, extra, totals)):
        text = line.format(core=c, extra=e, total=t(total))
        if fmt(total) != t(total):
            text += shown.format(total=fmt(total))
        pieces[k].append(text)
    return [sep.join(x) for x in pieces]
