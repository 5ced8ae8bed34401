"""Prefill measured against hand-written gold (tests/data/prefill): linking precision/recall, exact values,
and whether every wrong value was flagged or shown as "check".

Gold per report (``gold/<name>.json``): ``report``, ``scheme``, ``unit`` and per addressed target the
``evidence`` (a piece of the sentence that supports it) and the ``inputs`` a careful rater would fill in.
A link is right when one of the sentences linked to the target contains the gold evidence.  A value is
exact when it equals the gold input (numbers compared as numbers, rates as fractions, 是/否 as yes/no);
a proposed value where the gold has none is a wrong value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.measure import Calibration, Matched, Matches, share
from pipeline.scoring.numbers import parse_bool
from schemes.criteria.numbers import parse_number
from schemes.model import Scheme

from .model import Prefill
from .propose import prefill_file


@dataclass
class ReportScore(Matched):
    report: str
    unit_ok: bool
    linked_right: int = 0
    linked: int = 0
    gold_linked: int = 0
    values_gold: int = 0
    values_exact: int = 0
    wrong: int = 0
    wrong_flagged: int = 0
    problems: list[str] = field(default_factory=list)
    #: a proposed value's confidence against whether it is exact, per proposed value
    values_calibration: Calibration = field(default_factory=Calibration)

    @property
    def matches(self) -> Matches:
        """Links: targets linked right, of those linked and of those the gold links."""
        return Matches(self.linked_right, self.linked, self.gold_linked)


def same_value(a: str, b: str) -> bool:
    if a.strip() == b.strip():
        return True
    ba, bb = _bool(a), _bool(b)
    if ba is not None and bb is not None:
        return ba == bb
    na, nb = parse_number(a), parse_number(b)
    return na is not None and nb is not None and abs(na - nb) < 1e-9


def _bool(x: str) -> bool | None:
    try:
        v = parse_bool(x)
    except Exception:
        return None
    if v is None or x.strip() in ("0", "1"):
        return None
    return bool(v)


def score_report(result: Prefill, gold: dict) -> ReportScore:
    sc = ReportScore(gold["report"], result.unit == gold.get("unit"))
    items = gold["items"]
    sc.gold_linked = len(items)
    texts = {s.index: s.text for s in result.sentences}
    for t in result.targets:
        g = items.get(t.target)
        linked = t.status != "no evidence"
        right = False
        if linked:
            sc.linked += 1
            right = g is not None and any(g["evidence"] in texts[i] for i in t.sentences)
            if right:
                sc.linked_right += 1
            else:
                sc.problems.append(f"{t.target}: linked to {texts[t.sentences[0]][:40]!r}"
                                   + (f", gold {g['evidence']!r}" if g else ", not addressed in gold"))
        elif g is not None:
            sc.problems.append(f"{t.target}: not linked, gold {g['evidence']!r}")
        gold_inputs = (g or {}).get("inputs", {}) if right else {}
        proposed = {p.input: p for p in t.proposals if p.value}
        if right:
            for name, want in gold_inputs.items():
                sc.values_gold += 1
                p = proposed.get(name)
                if p is not None and same_value(p.value, want):
                    sc.values_exact += 1
                elif p is None:
                    sc.problems.append(f"{t.target} {name}: no value, gold {want}")
        for name, p in proposed.items():
            want = gold_inputs.get(name)
            exact = want is not None and same_value(p.value, want)
            if p.status == "proposed":
                sc.values_calibration.add(p.confidence, exact)
            if exact:
                continue
            sc.wrong += 1
            sc.wrong_flagged += p.check
            sc.problems.append(f"{t.target} {name}: proposed {p.value} (confidence {p.confidence}"
                               f"{', flagged' if p.flags else ''}), gold {want or 'none'}"
                               + ("" if p.check else "  ← NOT FLAGGED"))
    return sc


def evaluate(folder: Path | str) -> list[ReportScore]:
    """Every gold file of ``folder``; schemes from ``folder/schemes``, else from the parent's (a held-out set
    kept below the main one shares its schemes)."""
    folder = Path(folder)
    schemes = folder / "schemes" if (folder / "schemes").is_dir() else folder.parent / "schemes"
    out = []
    for g in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        scheme = Scheme.model_validate_json((schemes / gold["scheme"]).read_text(encoding="utf-8"))
        result = prefill_file(scheme, folder / "reports" / gold["report"])
        out.append(score_report(result, gold))
    return out


def totals(scores: list[ReportScore]) -> dict[str, float | None]:
    """The set's figures: linking P/R/F1 over all reports, exact values, wrong values flagged or "check",
    the AUROC of value confidence, units named right."""
    links = Matches.total(s.matches for s in scores)
    wrong = sum(s.wrong for s in scores)
    return {
        "reports": len(scores), "precision": links.precision, "recall": links.recall, "f1": links.f1,
        "values": sum(s.values_gold for s in scores),
        "exact": share(sum(s.values_exact for s in scores), sum(s.values_gold for s in scores)),
        "wrong": wrong, "wrong_flagged": share(sum(s.wrong_flagged for s in scores), wrong),
        "auroc": Calibration.total(s.values_calibration for s in scores).auroc,
        "units": share(sum(s.unit_ok for s in scores), len(scores)),
    }
