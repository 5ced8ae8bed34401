"""Extraction accuracy against hand-checked gold schemes.

Items are matched within their category (names compared without spaces),
preferring the same printed code, then the most similar text; a match needs
text similarity of at least 0.5 (0.3 when the codes agree).  Points,
departments and rule kinds are then compared on the matched pairs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from extractors import ReadError, read_document
from schemes.model import Scheme

from .extract import extract_scheme
from .extract.spans import squash


@dataclass
class FileScore:
    fixture: str
    gold: str
    error: str | None = None
    expected_not_scheme: bool = False
    is_scheme: bool = True
    gold_items: int = 0
    extracted_items: int = 0
    matched: int = 0
    points_ok: int = 0
    departments_ok: int = 0
    rules_total: int = 0
    rules_ok: int = 0
    flags_expected: int = 0
    flags_found: int = 0
    totals_ok: bool = True
    missing_flags: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted_items if self.extracted_items else float(self.gold_items == 0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold_items if self.gold_items else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(gold_dir: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(gold_dir.glob("*.json"))]


def locate(fixture: str, search: list[Path]) -> Path | None:
    for folder in search:
        candidate = folder / fixture
        if candidate.is_file():
            return candidate
    return None


def evaluate(gold_dir: Path, fixtures_dir: Path | None = None) -> list[FileScore]:
    search = [p for p in (fixtures_dir, gold_dir.parent / "fixtures", gold_dir) if p is not None]
    scores = []
    for gold_path, gold in load_gold(gold_dir):
        for fixture in gold.get("fixtures", []):
            path = locate(fixture, search)
            score = FileScore(fixture=fixture, gold=gold_path.name)
            if path is None:
                score.error = "fixture file not found"
            else:
                try:
                    scheme = extract_scheme(read_document(path))
                    compare(scheme, gold, score)
                except ReadError as exc:
                    score.error = str(exc)
            scores.append(score)
    return scores


def compare(scheme: Scheme, gold: dict, score: FileScore) -> None:
    expected_flags = gold.get("expected_flags", [])
    score.flags_expected = len(expected_flags)
    for expected in expected_flags:
        if _flag_found(scheme, expected):
            score.flags_found += 1
        else:
            score.missing_flags.append(expected["kind"])
    score.is_scheme = scheme.kind == "scheme"
    if gold.get("kind", "scheme") != "scheme" or any(f["kind"] == "not_a_scheme" for f in expected_flags):
        score.expected_not_scheme = True
        return
    names = {c.id: squash(c.name) for c in scheme.categories}
    extracted = [(names.get(i.category, ""), i) for i in scheme.items]
    gold_items = gold.get("items", [])
    score.gold_items, score.extracted_items = len(gold_items), len(extracted)
    free = list(extracted)
    for g in gold_items:
        match = _best_match(g, free)
        if match is None:
            score.mismatches.append(f"missing item {g.get('category')}/{g.get('code')}: {g['text'][:30]}")
            continue
        free.remove(match)
        item = match[1]
        score.matched += 1
        if _same_points(g.get("points"), item.points):
            score.points_ok += 1
        else:
            score.mismatches.append(f"points {g.get('code')}: gold {g.get('points')} got {item.points}")
        if sorted(g.get("departments", [])) == sorted(item.departments):
            score.departments_ok += 1
        else:
            score.mismatches.append(f"departments {g.get('code')}: gold {g.get('departments')} got {item.departments}")
        if g.get("rule"):
            score.rules_total += 1
            if g["rule"] == item.rule_kind:
                score.rules_ok += 1
            else:
                score.mismatches.append(f"rule {g.get('code')}: gold {g['rule']} got {item.rule_kind}")
    for _, item in free:
        score.mismatches.append(f"extra item {item.id}: {item.text[:30]}")
    score.totals_ok = _totals_ok(scheme, gold, score)


def _best_match(gold_item: dict, candidates):
    category = squash(gold_item.get("category") or "")
    text = squash(gold_item["text"])
    best, best_score = None, 0.0
    for cand in candidates:
        cat, item = cand
        if cat != category:
            continue
        sim = SequenceMatcher(None, text, squash(item.text)).ratio()
        same_code = str(gold_item.get("code")) == str(item.code)
        if sim < (0.3 if same_code else 0.5):
            continue
        value = sim + (1.0 if same_code else 0.0)
        if value > best_score:
            best, best_score = cand, value
    return best


def _same_points(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def _totals_ok(scheme: Scheme, gold: dict, score: FileScore) -> bool:
    ok = _same_points(gold.get("total_points"), scheme.total_points)
    if not ok:
        score.mismatches.append(f"total: gold {gold.get('total_points')} got {scheme.total_points}")
    by_name = {squash(c.name): c.points for c in scheme.categories}
    for cat in gold.get("categories", []):
        name = squash(cat["name"])
        if name not in by_name or not _same_points(cat.get("points"), by_name[name]):
            ok = False
            score.mismatches.append(f"category {name or '(unnamed)'}: gold {cat.get('points')} got {by_name.get(name)}")
    return ok


def _flag_found(scheme: Scheme, expected: dict) -> bool:
    for flag in scheme.flags:
        if flag.kind != expected["kind"]:
            continue
        if "category" in expected and squash(flag.category or "") != squash(expected["category"] or ""):
            continue
        if "code" in expected and str(flag.code) != str(expected["code"]):
            continue
        return True
    return False


@dataclass
class Summary:
    f1: float
    points: float
    departments: float
    rules: float
    flags_found: int
    flags_expected: int
    totals_ok: bool
    not_schemes_ok: bool
    errors: int


def summarize(scores: list[FileScore]) -> Summary:
    schemes = [s for s in scores if not s.expected_not_scheme and s.error is None]
    matched = sum(s.matched for s in schemes)
    gold = sum(s.gold_items for s in schemes)
    extracted = sum(s.extracted_items for s in schemes)
    p = matched / extracted if extracted else 0.0
    r = matched / gold if gold else 0.0
    rules_total = sum(s.rules_total for s in schemes)
    return Summary(
        f1=2 * p * r / (p + r) if p + r else 0.0,
        points=sum(s.points_ok for s in schemes) / matched if matched else 0.0,
        departments=sum(s.departments_ok for s in schemes) / matched if matched else 0.0,
        rules=sum(s.rules_ok for s in schemes) / rules_total if rules_total else 1.0,
        flags_found=sum(s.flags_found for s in scores), flags_expected=sum(s.flags_expected for s in scores),
        totals_ok=all(s.totals_ok for s in schemes),
        not_schemes_ok=all(not s.is_scheme for s in scores if s.expected_not_scheme and s.error is None),
        errors=sum(1 for s in scores if s.error),
    )
