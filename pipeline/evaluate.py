"""Extraction accuracy against hand-checked gold schemes (fixtures and corpus).

An extracted entry (item, bonus or deduction) matches a gold entry when any of
its text, name or criteria is similar to any of the gold entry's text, name or
criteria: normalised (whitespace removed, full-width and traditional structure
characters folded) and a difflib ratio of at least 0.6.  Pairs are taken best
first, so each gold entry matches at most one extracted entry.  Points,
departments, rule kinds and category paths are then compared on the matched
pairs.  Gold entries marked for other formats only (``"fixtures": [...]``) are
left out for the formats they do not name.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from extractors import ReadError, read_document
from schemes.criteria.grammar import fold_words
from schemes.model import Scheme

from .extract import run
from .extract.grammar.spans import squash
from .measure import Calibration, Matched, Matches

MATCH_RATIO = 0.6
#: kaohe's rule kinds the gold vocabulary (threshold, components, tiers, per_occurrence, manual,
#: proportional, lookup) does not have, as the gold names them: a range the rater chooses within
#: (扣1-3分) is the gold's manual judgement with bounds (gold README: ``manual`` + ``range``/``deduct``)
GOLD_RULE_KIND = {"range": "manual"}
CODE_MATCH_RATIO = 0.3   # the same printed code in the same category: a looser text match suffices
REPO_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"


@dataclass
class FileScore(Matched):
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
    departments_total: int = 0
    rules_total: int = 0
    rules_ok: int = 0
    paths_ok: int = 0
    flags_expected: int = 0
    flags_found: int = 0
    totals_ok: bool = True
    missing_flags: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    confidence: float | None = None          # the scheme's confidence
    mentions: tuple[int, int] = (0, 0)       # point mentions the reading accounts for, of those found
    #: item confidence against whether the item matches gold with the right points, per extracted item
    items_calibration: Calibration = field(default_factory=Calibration)

    @property
    def matches(self) -> Matches:
        """Items: gold items matched, of those extracted and of those in the gold."""
        return Matches(self.matched, self.extracted_items, self.gold_items)


def load_gold(gold_dir: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(gold_dir.glob("*.json"))]


def locate(fixture: str, search: list[Path]) -> Path | None:
    for folder in search:
        candidate = folder / fixture
        if candidate.is_file():
            return candidate
    return None


def search_path(gold_dir: Path, fixtures_dir: Path | None = None) -> list[Path]:
    """Where the documents a gold file names are looked for: the given folder, the
    gold folder's ``../fixtures`` and ``..`` (the corpus keeps gold in ``gold/``
    beside its documents), the gold folder itself, and the repo's test corpus."""
    folders = [fixtures_dir, gold_dir.parent / "fixtures", gold_dir.parent, gold_dir, REPO_CORPUS]
    return [p for p in folders if p is not None]


def evaluate(gold_dir: Path, fixtures_dir: Path | None = None) -> list[FileScore]:
    search = search_path(gold_dir, fixtures_dir)
    scores = []
    for gold_path, gold in load_gold(gold_dir):
        for fixture in gold.get("fixtures", []):
            path = locate(fixture, search)
            score = FileScore(fixture=fixture, gold=gold_path.name)
            if path is None:
                score.error = "fixture file not found"
            else:
                try:
                    extraction = run(read_document(path))
                    score.mentions = extraction.mentions
                    compare(extraction.scheme, gold, score, fixture)
                except ReadError as exc:
                    score.error = str(exc)
            scores.append(score)
    return scores


# --------------------------------------------------------------------------- matching


def normalise(text: str | None) -> str:
    """How texts are compared: no whitespace, full-width folded, traditional folded."""
    if not text:
        return ""
    return fold_words(unicodedata.normalize("NFKC", text))


def _texts(entry: dict) -> list[str]:
    return [t for t in (normalise(entry.get(k)) for k in ("text", "name", "criteria")) if t]


def similarity(a: list[str], b: list[str]) -> float:
    best = 0.0
    for x in a:
        for y in b:
            matcher = SequenceMatcher(None, x, y, autojunk=False)
            if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
                continue
            best = max(best, matcher.ratio())
    return best


def gold_entries(gold: dict, fixture: str | None = None) -> list[dict]:
    entries = []
    for key in ("items", "bonus", "deductions"):
        for entry in gold.get(key, []):
            if fixture and entry.get("fixtures") and fixture not in entry["fixtures"]:
                continue
            if normalise(entry.get("text")) or normalise(entry.get("name")):
                entries.append({**entry, "_kind": key})
    return entries


def extracted_entries(scheme: Scheme) -> list[dict]:
    out = []
    for item in scheme.items:
        path = [c.name for c in scheme.category_path(item.category)]
        out.append({"kind": "item", "id": item.id, "text": item.text, "name": item.name, "criteria": item.criteria,
                    "code": item.code, "points": item.points, "departments": item.departments,
                    "rule": item.rule_kind, "path": path, "confidence": item.confidence})
    for entry in scheme.bonus + scheme.deductions:
        out.append({"kind": entry.kind, "id": entry.id, "text": entry.text, "name": None, "criteria": "", "code": entry.code,
                    "points": entry.points, "departments": entry.departments, "rule": None, "path": None,
                    "confidence": None})
    return out


def match(gold: list[dict], extracted: list[dict]) -> list[tuple[int, int, float]]:
    """Best-first one-to-one pairs (gold index, extracted index, similarity ≥ 0.6)."""
    gold_texts = [_texts(g) for g in gold]
    ext_texts = [_texts(e) for e in extracted]
    pairs = []
    for gi, gt in enumerate(gold_texts):
        for ei, et in enumerate(ext_texts):
            sim = similarity(gt, et)
            code = str(gold[gi].get("code") or "")
            same_code = bool(code) and code == str(extracted[ei].get("code") or "")
            same_place = same_code and normalise(gold[gi].get("category")) == normalise(
                (extracted[ei].get("path") or [""])[-1])
            if sim >= MATCH_RATIO or (same_place and sim >= CODE_MATCH_RATIO):
                pairs.append((sim + (0.05 if same_code else 0.0), gi, ei, sim))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g, used_e, out = set(), set(), []
    for _, gi, ei, sim in pairs:
        if gi in used_g or ei in used_e:
            continue
        used_g.add(gi)
        used_e.add(ei)
        out.append((gi, ei, sim))
    return sorted(out)


def gold_path(gold: dict, entry: dict) -> list[str]:
    """Category names from the top down to the gold entry's category (parents by name)."""
    name = entry.get("category") or ""
    if not name:
        return []
    cats = gold.get("categories", [])
    candidates = [c for c in cats if squash(c.get("name") or "") == squash(name)]
    path = [name]
    form = entry.get("form")
    parents = {c.get("parent") for c in cats}
    leaves = [c for c in candidates if c.get("name") not in parents or c.get("parent") == c.get("name")]
    cat = (leaves or candidates or [None])[0]
    nested = [c for c in candidates if c.get("parent") and squash(c["parent"]) == squash(name)]
    if nested:
        cat = nested[0]   # a sub-group named like its section: items name the sub-group
    if form and len(candidates) > 1:
        cat = next((c for c in candidates if c.get("parent") == form), cat)
    seen = set()
    while cat is not None and cat.get("parent") and cat["parent"] not in seen:
        seen.add(cat["parent"])
        path.insert(0, cat["parent"])
        cat = next((c for c in cats if c.get("name") == cat["parent"]), None)
    return path


def rule_kind_agrees(gold: str, got: str | None) -> bool:
    """A rule kind as the gold names it: kaohe's finer kinds are mapped onto the gold vocabulary."""
    return gold == GOLD_RULE_KIND.get(got or "", got)


def compare(scheme: Scheme, gold: dict, score: FileScore, fixture: str | None = None) -> None:
    expected_flags = gold.get("expected_flags", [])
    checkable = [f for f in expected_flags if known_flag(f["kind"])]
    score.flags_expected = len(checkable)
    for expected in checkable:
        if _flag_found(scheme, expected):
            score.flags_found += 1
        else:
            score.missing_flags.append(expected["kind"])
    score.is_scheme = scheme.kind == "scheme"
    score.confidence = scheme.confidence
    if gold.get("kind", "scheme") != "scheme" or any(f["kind"] == "not_a_scheme" for f in expected_flags):
        score.expected_not_scheme = True
        return
    golds = gold_entries(gold, fixture)
    extracted = extracted_entries(scheme)
    pairs = match(golds, extracted)
    # item F1 counts items; a bonus/deduction entry counts where it matched an item on
    # the other side (a row one reading calls an item and another a 加分项 entry)
    pairs = [(gi, ei, sim) for gi, ei, sim in pairs if golds[gi]["_kind"] == "items" or extracted[ei]["kind"] == "item"]
    crossed_g = {gi for gi, _, _ in pairs if golds[gi]["_kind"] != "items"}
    crossed_e = {ei for _, ei, _ in pairs if extracted[ei]["kind"] != "item"}
    golds_counted = [i for i, g in enumerate(golds) if g["_kind"] == "items" or i in crossed_g]
    ext_counted = [i for i, e in enumerate(extracted) if e["kind"] == "item" or i in crossed_e]
    score.gold_items, score.extracted_items = len(golds_counted), len(ext_counted)
    matched_g = {gi for gi, _, _ in pairs}
    matched_e = {ei for _, ei, _ in pairs}
    right = {ei for gi, ei, _ in pairs if _same_points(golds[gi].get("points"), extracted[ei]["points"])}
    for ei in ext_counted:
        if extracted[ei]["kind"] == "item" and extracted[ei]["confidence"] is not None:
            score.items_calibration.add(extracted[ei]["confidence"], ei in right)
    for gi, ei, _ in pairs:
        g, e = golds[gi], extracted[ei]
        score.matched += 1
        label = g.get("code") or g.get("text", "")[:16]
        if _same_points(g.get("points"), e["points"]):
            score.points_ok += 1
        else:
            score.mismatches.append(f"points {label}: gold {g.get('points')} got {e['points']}")
        if "departments" in g:
            score.departments_total += 1
            if sorted(squash(d) for d in g.get("departments", [])) == sorted(squash(d) for d in e["departments"]):
                score.departments_ok += 1
            else:
                score.mismatches.append(f"departments {label}: gold {g.get('departments')} got {e['departments']}")
        if g.get("rule") and g["_kind"] == "items":
            score.rules_total += 1
            if rule_kind_agrees(g["rule"], e["rule"]):
                score.rules_ok += 1
            else:
                score.mismatches.append(f"rule {label}: gold {g['rule']} got {e['rule']}")
        expected_path = [normalise(n) for n in gold_path(gold, g)]
        got_path = [normalise(n) for n in (e["path"] or [])]
        got_path = [n for n in got_path if n]
        if e["path"] is None or expected_path == got_path or (
                g["_kind"] != "items" and expected_path[-1:] == got_path[-1:]):
            score.paths_ok += 1
        else:
            score.mismatches.append(f"category {label}: gold {'/'.join(expected_path)} got {'/'.join(got_path)}")
    for gi in golds_counted:
        g = golds[gi]
        if gi not in matched_g:
            score.mismatches.append(f"missing {g['_kind'][:-1] if g['_kind'] != 'items' else 'item'} "
                                    f"{g.get('category') or ''}/{g.get('code') or ''}: {(g.get('text') or '')[:30]}")
    for ei in ext_counted:
        e = extracted[ei]
        if ei not in matched_e:
            score.mismatches.append(f"extra {e['id']}: {(e['text'] or '')[:30]}")
    score.totals_ok = _totals_ok(scheme, gold, score)


def _same_points(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def _totals_ok(scheme: Scheme, gold: dict, score: FileScore) -> bool:
    ok = _same_points(gold.get("total_points"), scheme.total_points)
    if not ok:
        score.mismatches.append(f"total: gold {gold.get('total_points')} got {scheme.total_points}")
    by_name = {normalise(c.name): c.points for c in scheme.categories}
    for cat in gold.get("categories", []):
        name = normalise(cat["name"])
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


#: the share of its point mentions a document's reading should account for (the rest are flagged)
MENTIONS_TARGET = 0.98


@dataclass
class Summary:
    f1: float
    mean_f1: float
    worst_f1: float
    worst: str
    points: float
    departments: float
    rules: float
    paths: float
    flags_found: int
    flags_expected: int
    totals_ok: bool
    not_schemes_ok: bool
    schemes_ok: bool
    errors: int
    auroc: float | None = None       # item confidence vs "matches gold with the right points"
    mentions: float = 1.0            # share of point mentions accounted for, over every scheme read
    mentions_short: list[str] = field(default_factory=list)   # documents accounting for < 98 % of theirs


def summarize(scores: list[FileScore]) -> Summary:
    schemes = [s for s in scores if not s.expected_not_scheme and s.error is None]
    items = Matches.total(s.matches for s in schemes)
    matched = items.right
    rules_total = sum(s.rules_total for s in schemes)
    dept_total = sum(s.departments_total for s in schemes)
    f1s = [(s.f1 if s.is_scheme else 0.0, s.fixture) for s in schemes]
    worst = min(f1s) if f1s else (0.0, "")
    return Summary(
        f1=items.f1 if schemes else 0.0,
        mean_f1=sum(f for f, _ in f1s) / len(f1s) if f1s else 0.0,
        worst_f1=worst[0], worst=worst[1],
        points=sum(s.points_ok for s in schemes) / matched if matched else 0.0,
        departments=sum(s.departments_ok for s in schemes) / dept_total if dept_total else 1.0,
        rules=sum(s.rules_ok for s in schemes) / rules_total if rules_total else 1.0,
        paths=sum(s.paths_ok for s in schemes) / matched if matched else 0.0,
        flags_found=sum(s.flags_found for s in scores), flags_expected=sum(s.flags_expected for s in scores),
        totals_ok=all(s.totals_ok for s in schemes),
        not_schemes_ok=all(not s.is_scheme for s in scores if s.expected_not_scheme and s.error is None),
        schemes_ok=all(s.is_scheme for s in schemes),
        errors=sum(1 for s in scores if s.error),
        auroc=Calibration.total(s.items_calibration for s in schemes).auroc,
        mentions=(sum(s.mentions[0] for s in schemes) / found) if (found := sum(s.mentions[1] for s in schemes)) else 1.0,
        mentions_short=[s.fixture for s in schemes if s.mentions[1] and s.mentions[0] < MENTIONS_TARGET * s.mentions[1]],
    )


def known_flag(kind: str) -> bool:
    """Whether a gold flag kind is one the scheme model can carry (others are annotator notes)."""
    from typing import get_args

    from schemes.model import FlagKind

    return kind in get_args(FlagKind)

