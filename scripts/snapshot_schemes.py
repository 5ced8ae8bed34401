"""Snapshot the scheme JSON of every document a gold set names, and compare two snapshots.

A refactor of extraction must keep behaviour: run ``snapshot`` before and after the change
and ``compare`` the two folders; every difference is either an intended fix (listed in the
change's note) or a regression.

    python scripts/snapshot_schemes.py snapshot OUT GOLD_DIR[:DOCUMENTS_DIR] …
    python scripts/snapshot_schemes.py compare BEFORE AFTER

The extractor version is left out of the snapshot (it changes with any edit), and flags
are sorted (their order carries no meaning: the review page groups them by kind).
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def documents(gold_dirs: list[str]) -> list[Path]:
    """The documents the gold files name; ``GOLD:DOCS`` looks for them in DOCS first."""
    from pipeline.evaluate import load_gold, locate, search_path

    found: dict[str, Path] = {}
    for spec in gold_dirs:
        gold_dir, _, docs = spec.partition(":")
        search = search_path(Path(gold_dir), Path(docs) if docs else None)
        gold_dir = Path(gold_dir)
        for _, gold in load_gold(gold_dir):
            for name in gold.get("fixtures", []):
                path = locate(name, search)
                if path is not None:
                    found.setdefault(name, path)
    return [found[k] for k in sorted(found)]


def snapshot(out: Path, gold_dirs: list[str]) -> None:
    from extractors import ReadError, read_document
    from pipeline.extract import extract_scheme

    out.mkdir(parents=True, exist_ok=True)
    for path in documents(gold_dirs):
        target = out / f"{path.name}.json"
        try:
            scheme = extract_scheme(read_document(path))
            data = json.loads(scheme.model_dump_json())
        except ReadError as exc:
            data = {"read_error": str(exc)}
        data.get("metadata", {}).pop("extractor_version", None)
        data["flags"] = sorted(data.get("flags", []), key=lambda f: json.dumps(f, ensure_ascii=False, sort_keys=True))
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(data.get('items', []))} items")


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    changed = 0
    for name in names:
        a = (before / name).read_text(encoding="utf-8").splitlines() if (before / name).exists() else []
        b = (after / name).read_text(encoding="utf-8").splitlines() if (after / name).exists() else []
        if a != b:
            changed += 1
            print(f"=== {name}")
            sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(a, b, "before", "after", n=1))
    print(f"{changed} of {len(names)} snapshot(s) differ")
    return 1 if changed else 0


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "snapshot":
        snapshot(Path(sys.argv[2]), sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
