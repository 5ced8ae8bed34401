"""The language pipeline loads spaCy without its command-line package, which stays importable."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

CODE = """
import json, sys
from schemes.criteria.nlp import nlp
tokens = [t.text for t in nlp()("每次扣1分")]
loaded = sorted(m for m in ("spacy.cli", "weasel", "httpx", "requests") if m in sys.modules)
import spacy.cli
print(json.dumps({"tokens": tokens, "loaded": loaded, "real_cli": hasattr(spacy.cli, "download"),
                  "info": type(spacy.info(markdown=True)).__name__}))
"""


def test_spacy_loads_without_its_cli_and_the_cli_still_imports_after() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {
        "tokens": ["每次", "扣", "1", "分"], "loaded": [], "real_cli": True, "info": "str"}
