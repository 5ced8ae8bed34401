"""Writes the held-out reports (h01..h05) and their gold from h001.py: written after the prefill code was tuned
on the main set and measured once, without changes to the code for them."""
import json
import sys
from pathlib import Path

OUT = Path(__file__).parent
sys.path.insert(0, str(OUT))
from h001 import R  # noqa: E402

for name, (scheme, unit, style, text, items) in sorted(R.items()):
    (OUT / "reports" / f"{name}.txt").write_text(text, encoding="utf-8")
    for iid, (ev, _) in items.items():
        assert ev in text, (name, iid, ev)
    gold = {"report": f"{name}.txt", "scheme": scheme, "unit": unit, "style": style,
            "items": {k: {"evidence": ev, "inputs": inp} for k, (ev, inp) in items.items()}}
    (OUT / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(R), "reports")
