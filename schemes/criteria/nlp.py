"""The Chinese language pipeline: jieba with kaohe's domain dictionary under spaCy's
Chinese tokenizer.  Loaded once per process, lazily (only when a
criteria text is parsed).

jieba's own dictionary has 349,046 words; loading it costs ~0.7 s CPU and
~50 MiB in every process.  Criteria texts need far fewer: kaohe uses jieba's
:data:`WORDS` most frequent words (96 % of the dictionary's frequency mass;
loads in ~0.07 s) plus the domain dictionary, and gives the words left out one
placeholder entry holding their frequency, so the dictionary's total — and so
the weighing of every segmentation among the kept words — is unchanged.  The
trimmed dictionary is built once from jieba's own file, and jieba's state from it
and the domain words once more, both kept in kaohe's cache folder (:func:`cache_dir`).
Checked on the fixtures and the corpus: `kaohe eval` gives identical results with
either dictionary; the extracted schemes differ only in the quoted
text of 6 comparisons (``率达100%`` vs ``达100%``), never in a value, operator,
item or rule.  ``KAOHE_JIEBA_DICT=full`` uses jieba's full dictionary;
``KAOHE_JIEBA_WORDS=N`` keeps N words (to re-check another size).
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import re
import sys
import tempfile
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..atomic import atomic_file

_lock = threading.Lock()

#: Words kept from jieba's dictionary, by frequency.
WORDS = 50_000
#: Holds the frequency of the words left out; never matches text (a private-use character).
PLACEHOLDER = "\ue000"


def domain_dictionary_path() -> str:
    return str(resources.files("schemes.criteria").joinpath("data/kaohe_dict.txt"))


def cache_dir() -> Path:
    """Where kaohe keeps what it derives once and reuses in every process: ``$KAOHE_CACHE_DIR``,
    else ``$XDG_CACHE_HOME/kaohe``, else ``~/.cache/kaohe`` (the temp folder when that cannot be made)."""
    chosen = Path(os.environ.get("KAOHE_CACHE_DIR") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kaohe")
    try:
        chosen.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(tempfile.gettempdir())
    return chosen if os.access(chosen, os.W_OK | os.X_OK) else Path(tempfile.gettempdir())


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
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


def _prefix_dictionary_file(jieba, dictionary: Path, domain: str, folder: Path) -> Path:
    """Where the prefix dictionary built from ``dictionary`` and the ``domain`` words is kept: named
    by Python's and jieba's versions, the dictionary file (path, size, time) and the domain words'
    content, so that a change of any of them builds a new one."""
    stat = dictionary.stat()
    digest = hashlib.sha256(f"{sys.version_info[:2]}:{jieba.__version__}:{dictionary}:{stat.st_size}:"
                            f"{stat.st_mtime_ns}:".encode())
    digest.update(Path(domain).read_bytes())
    return folder / f"kaohe-jieba-prefix-{digest.hexdigest()[:16]}.marshal"


def _load_tokenizer(jieba, dictionary: Path, folder: Path) -> None:
    """jieba's tokenizer initialised from ``dictionary`` and the domain words.

    Building that state (jieba's ``initialize`` + ``load_userdict``) costs ~0.06 s per process
    even from jieba's own cache, which ``marshal.load`` reads from a file object piece by piece;
    kaohe keeps the finished state — jieba's own words, frequencies and tags — in one file of its
    cache folder and reads it whole (~0.015 s)."""
    import marshal

    tokenizer, domain = jieba.dt, domain_dictionary_path()
    cached = _prefix_dictionary_file(jieba, dictionary, domain, folder)
    try:
        tokenizer.FREQ, tokenizer.total, tokenizer.user_word_tag_tab = marshal.loads(cached.read_bytes())
        tokenizer.initialized = True
        return
    except (OSError, EOFError, ValueError, TypeError):
        pass
    tokenizer.tmp_dir = str(folder)  # jieba's own cache of the dictionary, beside kaohe's
    jieba.initialize()
    jieba.load_userdict(domain)
    try:
        with atomic_file(cached) as tmp:
            tmp.write_bytes(marshal.dumps((tokenizer.FREQ, tokenizer.total, tokenizer.user_word_tag_tab)))
    except OSError:
        pass  # a read-only cache folder: build again next time


@lru_cache(maxsize=1)
def jieba_module():
    """The global jieba tokenizer, initialised once with the (trimmed) dictionary and the domain words."""
    jieba = _import_jieba()

    with _lock:
        jieba.setLogLevel(logging.WARNING)
        folder = cache_dir()
        source = Path(jieba.__file__).parent / "dict.txt"
        dictionary = source
        if os.environ.get("KAOHE_JIEBA_DICT", "trimmed") != "full":
            dictionary = trimmed_dictionary(source, int(os.environ.get("KAOHE_JIEBA_WORDS", WORDS)), folder)
            jieba.set_dictionary(str(dictionary))
        _load_tokenizer(jieba, dictionary, folder)
    return jieba


def _import_spacy():
    """``import spacy`` without its command-line package: ``spacy/__init__`` imports
    ``spacy.cli.info`` only to re-export ``spacy.info``, and that pulls in every spaCy
    command with weasel, httpx, requests and rich tables (~0.3 s CPU per process).
    While spaCy is imported, stand-ins take the places of ``spacy.cli`` and
    ``spacy.cli.info``; they are removed right after, so a later ``import spacy.cli``
    loads the real package, and ``spacy.info`` loads it on its first call."""
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
    # The import makes ~65,000 objects that live as long as the process: collecting while it runs
    # rescans them (~0.03 s CPU), and so would the first collection after it (~0.03 s more).  So
    # the collector is paused, and what exists when the import ends is frozen out of its sight
    # (:func:`gc.freeze`: once per process, as spaCy is imported once; the few cyclic leftovers
    # of the import stay in memory).
    collecting = gc.isenabled()
    gc.disable()
    try:
        import spacy
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
        for name, stub in (("spacy.cli.info", cli_info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli
    return spacy


#: counters (量词) and the verbs of points that jieba's unknown-word model glues onto them
#: ("每少1次扣2.5分" → 次扣): the grammar needs the verb as a token of its own
GLUED_VERB = re.compile(r"^(.*[项次起家篇人个例处件名场期批本份台条册张套座所户辆题节堂天周门])([扣得加减计记给积])$")


#: any word ending in a points verb right before an amount of points (总分中扣|8|分)
VERB_BEFORE_AMOUNT = re.compile(r"^(.+)([扣得加减计记给积])$")
AMOUNT = re.compile(r"^\d+(?:\.\d+)?$")


def split_glued_verbs(doc):
    """A token ending in a counter and a points verb (次扣, 次得), or any token ending in a points
    verb right before a number and 分 (中扣 8 分), is split in two, so 扣2.5分 reads as a
    deduction whatever jieba guessed."""
    with doc.retokenize() as retokenizer:
        for token in doc:
            m = GLUED_VERB.match(token.text)
            if m is None and token.i + 2 < len(doc) and AMOUNT.match(doc[token.i + 1].text) \
                    and doc[token.i + 2].text == "分":
                m = VERB_BEFORE_AMOUNT.match(token.text)
            if m:
                retokenizer.split(token, [m.group(1), m.group(2)], heads=[(token, 1), (token, 1)])
    return doc


class CriteriaPipeline:
    """spaCy's Chinese tokenizer segmenting with jieba, then :func:`split_glued_verbs`.

    The same steps, vocabulary and tokenizer as ``spacy.blank("zh")`` configured for jieba with
    that one component, built directly: a ``Language`` resolves its whole config first
    (~0.04 s CPU per process, for a pipeline of one component)."""

    def __init__(self) -> None:
        _import_spacy()
        from spacy.lang.zh import Chinese, ChineseTokenizer, Segmenter
        from spacy.vocab import create_vocab

        jieba_module()  # spaCy's tokenizer calls the same global jieba, now with our words
        self.vocab = create_vocab("zh", Chinese.Defaults)
        self.tokenizer = ChineseTokenizer(self.vocab, segmenter=Segmenter.jieba)

    def __call__(self, text: str):
        return split_glued_verbs(self.tokenizer(text))


@lru_cache(maxsize=1)
def nlp() -> CriteriaPipeline:
    """The criteria pipeline, built once per process (no model download)."""
    return CriteriaPipeline()
