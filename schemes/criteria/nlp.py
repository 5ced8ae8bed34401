"""The Chinese tokenizer: jieba with kaohe's domain dictionary.  Loaded once per
process, lazily (only when a criteria text is parsed); the grammar's patterns
run over its words (:mod:`.matcher`, no spaCy).

jieba's own dictionary has 349,046 words; loading it costs ~0.7 s CPU and
~50 MiB in every process.  Criteria texts need far fewer: kaohe uses jieba's
:data:`WORDS` most frequent words (96 % of the dictionary's frequency mass;
loads in ~0.07 s) plus the domain dictionary, and gives the words left out one
placeholder entry holding their frequency, so the dictionary's total — and so
the weighing of every segmentation among the kept words — is unchanged.  The
trimmed dictionary is built once from jieba's own file and cached in the temp
folder.  Checked on the fixtures and the corpus: `kaohe eval` gives identical
results with either dictionary; the extracted schemes differ only in the quoted
text of 6 comparisons (``率达100%`` vs ``达100%``), never in a value, operator,
item or rule.  ``KAOHE_JIEBA_DICT=full`` uses jieba's full dictionary;
``KAOHE_JIEBA_WORDS=N`` keeps N words (to re-check another size).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path

_lock = threading.Lock()

#: Words kept from jieba's dictionary, by frequency.
WORDS = 50_000
#: Holds the frequency of the words left out; never matches text (a private-use character).
PLACEHOLDER = "\ue000"


def domain_dictionary_path() -> str:
    return str(resources.files("schemes.criteria").joinpath("data/kaohe_dict.txt"))


def trimmed_dictionary(source: Path, words: int = WORDS, cache_dir: Path | None = None) -> Path:
    """jieba's dictionary cut to its ``words`` most frequent words plus the placeholder (cached)."""
    stat = source.stat()
    key = hashlib.sha256(f"{source}:{stat.st_size}:{stat.st_mtime_ns}:{words}".encode()).hexdigest()[:16]
    target = Path(cache_dir or tempfile.gettempdir()) / f"kaohe-jieba-{words}-{key}.txt"
    if target.exists():
        return target
    entries = []
    total = 0
    with open(source, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                freq = int(parts[1])
                total += freq
                entries.append((freq, line if line.endswith("\n") else line + "\n"))
    entries.sort(key=lambda e: -e[0])
    kept = entries[:words]
    rest = total - sum(freq for freq, _ in kept)
    fd, tmp = tempfile.mkstemp(prefix=target.name, dir=target.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.writelines(line for _, line in kept)
        out.write(f"{PLACEHOLDER} {max(rest, 1)} x\n")
    os.replace(tmp, target)
    return target


def _import_jieba():
    """``import jieba`` without pkg_resources: jieba uses it only to find its own files (it falls
    back to plain paths), and importing pkg_resources costs ~0.3 s and a deprecation warning."""
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


@lru_cache(maxsize=1)
def jieba_module():
    """The global jieba tokenizer, initialised once with the (trimmed) dictionary and the domain words."""
    jieba = _import_jieba()

    with _lock:
        jieba.setLogLevel(logging.WARNING)
        if os.environ.get("KAOHE_JIEBA_DICT", "trimmed") != "full":
            source = Path(jieba.__file__).parent / "dict.txt"
            words = int(os.environ.get("KAOHE_JIEBA_WORDS", WORDS))
            jieba.set_dictionary(str(trimmed_dictionary(source, words)))
        jieba.initialize()
        jieba.load_userdict(domain_dictionary_path())
    return jieba
