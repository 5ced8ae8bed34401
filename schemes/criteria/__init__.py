"""The criteria grammar: scoring-criteria text → an executable Rule.

It lives beside the scheme model (not in ``pipeline``) because both
extraction and the review side (store corrections, the review page) parse
criteria with the same grammar, and ``schemes`` is the layer everything may
import.  jieba and spaCy load lazily, on the first criteria text parsed.
"""

from .rules import parse_rule

__all__ = ["parse_rule"]
