"""The Chinese language pipeline: jieba with kaohe's domain dictionary under a
blank spaCy ``zh`` model.  Loaded once per process, lazily (only when a
criteria text is parsed).

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
import re
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


def _import_spacy():
    """``import spacy`` without its command-line package: ``spacy/__init__`` imports
    ``spacy.cli.info`` only to re-export ``spacy.info``, and that pulls in every spaCy
    command with weasel, httpx, requests and rich tables (~0.3 s CPU per process).
    While spaCy is imported, stand-ins take the places of ``spacy.cli`` and
    ``spacy.cli.info``; they are removed right after, so a later ``import spacy.cli``
    loads the real package, and ``spacy.info`` loads it on its first call."""
    import sys
    import types

    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy

    def info(*args, **kwargs):
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    cli, cli_info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    cli.__path__ = []  # a package to the import system, with no submodules of its own
    cli_info.info = info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, cli_info
    try:
        import spacy
    finally:
        for name, stub in (("spacy.cli.info", cli_info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli
    return spacy


#: counters (量词) and the verbs of points that jieba's unknown-word model glues onto them
#: ("每少1次扣2.5分" → 次扣): the grammar needs the verb as a token of its own
GLUED_VERB = re.compile(r"^(.*[项次起家篇人个例处件名场期批本份台条册张套座所户辆题])([扣得加减计记给])$")


def split_glued_verbs(doc):
    """spaCy pipeline component: a token ending in a counter and a points verb (次扣, 次得) is
    split in two, so 扣2.5分 reads as a deduction whatever jieba guessed."""
    with doc.retokenize() as retokenizer:
        for token in doc:
            m = GLUED_VERB.match(token.text)
            if m:
                retokenizer.split(token, [m.group(1), m.group(2)], heads=[(token, 1), (token, 1)])
    return doc


@lru_cache(maxsize=1)
def nlp():
    """A blank spaCy Chinese pipeline segmenting with jieba (no model download), with the
    ``split_glued_verbs`` component."""
    spacy = _import_spacy()
    from spacy.language import Language

    jieba_module()  # spaCy's tokenizer calls the same global jieba, now with our words
    if "split_glued_verbs" not in Language.factories:
        Language.component("split_glued_verbs", func=split_glued_verbs)
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    pipeline.add_pipe("split_glued_verbs")
    return pipeline
