"""The Chinese language pipeline: jieba with kaohe's domain dictionary under a
blank spaCy ``zh`` model.  Loaded once per process (lazily), because jieba's
dictionary takes about a second to load.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from importlib import resources

_lock = threading.Lock()


def domain_dictionary_path() -> str:
    return str(resources.files("schemes.criteria").joinpath("data/kaohe_dict.txt"))


@lru_cache(maxsize=1)
def jieba_module():
    """The global jieba tokenizer, initialised once with the domain dictionary."""
    import jieba

    with _lock:
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        jieba.load_userdict(domain_dictionary_path())
    return jieba


@lru_cache(maxsize=1)
def nlp():
    """A blank spaCy Chinese pipeline segmenting with jieba (no model download)."""
    import spacy

    jieba_module()  # spaCy's tokenizer calls the same global jieba, now with our words
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
