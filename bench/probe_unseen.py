"""Probe the scheme-level fields `kaohe eval` does not score, on the unseen probe set.

`kaohe eval tests/data/unseen/gold` measures items, points, departments, rule kinds,
category paths, totals and flags.  This script adds, per document, what it leaves out:
kind, title, year, scoring model and base, weights (parts and categories, item
weights), bonus / deduction / veto counts, veto effect and grades, each as
gold → extracted with ✓/✗.  Black box: it only reads the scheme JSON of
``kaohe extract``.  Run from the repo root:

    .venv/bin/python bench/probe_unseen.py [tests/data/unseen]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def extract(path: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scheme.json"
        subprocess.run([str(ROOT / ".venv/bin/kaohe"), "extract", str(path), "-o", str(out)],
                       capture_output=True, text=True, check=False, timeout=600)
        return json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


def squash(text: str | None) -> str:
    return "".join((text or "").split())


def checks(gold: dict, got: dict) -> list[tuple[str, object, object, bool]]:
    rows = []

    def add(label, want, have, ok=None):
        rows.append((label, want, have, (want == have) if ok is None else ok))

    add("kind", gold.get("kind", "scheme") if gold.get("kind") == "not_a_scheme" else "scheme", got.get("kind"))
    if gold.get("kind") == "not_a_scheme":
        return rows
    meta = got.get("metadata", {})
    titles = [gold.get("title"), *gold.get("title_alternatives", [])]
    add("title", gold.get("title"), meta.get("title"), any(squash(t) in squash(meta.get("title")) for t in titles))
    add("year", gold.get("year"), meta.get("year"))
    add("scoring_model", gold.get("scoring_model", "additive"), got.get("scoring_model"))
    add("base_points", gold.get("base_points"), got.get("base_points"))
    want_w = sorted((w.get("part"), w.get("rater"), w["weight"]) for w in gold.get("weights", []))
    have_w = sorted((w.get("part"), w.get("rater"), w["weight"]) for w in got.get("weights", []))
    add("weights", want_w, have_w,
        [(r, round(x, 4)) for _, r, x in want_w] == [(r, round(x, 4)) for _, r, x in have_w])
    parts = {squash(p["name"]): p.get("weight") for p in got.get("parts", [])}
    cats = {squash(c["name"]): c.get("weight") for c in got.get("categories", [])}
    for c in gold.get("categories", []):
        if c.get("weight") is not None:
            have = cats.get(squash(c["name"]), parts.get(squash(c["name"])))
            add(f"weight {c['name']}", c["weight"], have)
    want_iw = [i["weight"] for i in gold.get("items", []) if i.get("weight") is not None]
    if want_iw:
        have_iw = [i.get("weight") for i in got.get("items", []) if i.get("weight") is not None]
        add("item weights", want_iw, have_iw)
    for key in ("bonus", "deductions", "veto"):
        add(f"{key} count", len(gold.get(key, [])), len(got.get(key, [])))
    if gold.get("veto_effect"):
        add("veto_effect", gold["veto_effect"], got.get("veto_effect"),
            squash(gold["veto_effect"]) in squash(got.get("veto_effect")))
    want_g = [g["name"] for g in gold.get("grades", [])]
    have_g = [g["name"] for g in got.get("grades", [])]
    add("grades", want_g, have_g)
    return rows


def main(folder: Path) -> int:
    failed = 0
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for fixture in gold["fixtures"]:
            got = extract(folder / fixture)
            print(f"== {fixture}  (kind {got.get('kind')}, {len(got.get('items', []))} items, "
                  f"confidence {got.get('confidence')}, flags {sorted({f['kind'] for f in got.get('flags', [])})})")
            for label, want, have, ok in checks(gold, got):
                failed += not ok
                print(f"  {'✓' if ok else '✗'} {label}: gold {want!r} → got {have!r}")
    print(f"{failed} scheme-level field(s) differ")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/data/unseen"))
