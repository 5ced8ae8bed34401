"""One message catalogue for every layer: ``_("English text")`` gives the user's language.

Messages are written in English in the code (gettext msgids) and translated in
``kaohe/locale/zh_CN/LC_MESSAGES/kaohe.po``, a file a translator edits with any
PO editor; ``make messages`` re-extracts the strings and compiles the ``.mo``
that is read here with the standard library's :mod:`gettext`.  Chinese is the
default: ``KAOHE_LANG`` (``zh_CN`` or ``en``) decides, else ``LANG`` when it
names English (``en_US.UTF-8``), else ``zh_CN``.  The language is read at each
call, so one process can render both (the tests do); the catalogues are loaded
once.  This module imports nothing of kaohe, so every layer may use it.
"""

from __future__ import annotations

import gettext as _gettext
import os
from functools import lru_cache
from pathlib import Path

LOCALEDIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "kaohe"
LANGUAGES = ("zh_CN", "en")
DEFAULT = "zh_CN"


def language() -> str:
    """``zh_CN`` or ``en``: KAOHE_LANG, else LANG when it names English, else Chinese."""
    wanted = (os.environ.get("KAOHE_LANG") or "").strip()
    if not wanted:
        lang = os.environ.get("LANG") or ""
        wanted = "en" if lang.lower().startswith("en") else DEFAULT
    wanted = wanted.replace("-", "_").split(".")[0].lower()
    return "en" if wanted.startswith("en") else DEFAULT


@lru_cache(maxsize=None)
def catalogue(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (English is the msgids themselves)."""
    if lang == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, localedir=str(LOCALEDIR), languages=[lang], fallback=True)


def _(message: str) -> str:
    """``message`` in the user's language (the message itself when it has no translation)."""
    if not message:
        return message
    return catalogue(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form, translated (Chinese has one form)."""
    return catalogue(language()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for the catalogue without translating it yet (module-level tables)."""
    return message


def is_chinese() -> bool:
    return language() == DEFAULT


def html_lang() -> str:
    """The ``lang`` attribute of pages in the user's language."""
    return "zh-CN" if is_chinese() else "en"
