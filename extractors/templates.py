"""Strip server-template markup from a saved page before it is parsed as HTML.

Pages saved from JSP, ASP.NET or PHP sites (and the sources of such pages) mix
template syntax into the markup: directives and scriptlets (``<%@ … %>``,
``<% … %>``, ``<%= … %>``, ``<?php … ?>``), tag-library tags (``<jsp:…>``,
JSTL ``<c:forEach>``, ``<asp:Label>``, and any prefix a ``<%@ taglib %>``
declares) and expression placeholders (``${…}``, ``#{…}``).  A browser never
sees them; an HTML parser reads them as text or as unknown elements.  Here the
directives and placeholders are removed and the tag-library tags unwrapped (their
content, e.g. the row a ``<c:forEach>`` repeats, is kept once), and what was
removed is counted so the reader can report it.

Word's own namespaced elements (``<o:p>``, ``<v:shape>``, ``<w:…>``) are
content, not templates, and are left alone.
"""

from __future__ import annotations

import re
from collections import Counter

#: Tag-library prefixes of JSP (standard and JSTL), Struts, Spring, Shiro and ASP.NET.
KNOWN_PREFIXES = frozenset({
    "jsp", "c", "fmt", "fn", "sql", "x", "s", "spring", "form", "sec", "shiro", "tiles", "asp", "ajaxtoolkit",
})
_JSP_COMMENT = re.compile(r"<%--.*?--%>", re.DOTALL)
_SCRIPTLET = re.compile(r"<%.*?%>", re.DOTALL)
_PHP = re.compile(r"<\?php\b.*?(\?>|\Z)", re.DOTALL | re.IGNORECASE)
_TAGLIB_PREFIX = re.compile(r"<%@\s*taglib\b[^%]*?\bprefix\s*=\s*[\"']([\w-]+)[\"']", re.IGNORECASE)
_PREFIXED_TAG = re.compile(r"</?([A-Za-z][\w-]*):[A-Za-z][\w.-]*(?:\"[^\"]*\"|'[^']*'|[^'\">])*>")
_PLACEHOLDER = re.compile(r"[$#]\{[^{}\n]{0,500}\}")
#: Quick test: is there anything to strip at all?
_ANY = re.compile(r"<%|<\?php|[$#]\{|<[A-Za-z][\w-]*:[A-Za-z]", re.IGNORECASE)


def strip_templates(text: str) -> tuple[str, Counter[str]]:
    """``text`` without server-template markup, and how many of each kind were removed."""
    removed: Counter[str] = Counter()
    if not _ANY.search(text):
        return text, removed
    prefixes = KNOWN_PREFIXES | {p.lower() for p in _TAGLIB_PREFIX.findall(text)}

    def count(kind: str, replacement: str = ""):
        def replace(match: re.Match) -> str:
            removed[kind] += 1
            return replacement
        return replace

    text = _JSP_COMMENT.sub(count("template comments"), text)
    text = _SCRIPTLET.sub(count("directives and scriptlets"), text)
    text = _PHP.sub(count("PHP blocks"), text)

    def tag(match: re.Match) -> str:
        if match.group(1).lower() not in prefixes:
            return match.group(0)
        removed["tag-library tags"] += 1
        return ""

    text = _PREFIXED_TAG.sub(tag, text)
    text = _PLACEHOLDER.sub(count("placeholders"), text)
    return text, removed


def describe(removed: Counter[str]) -> str:
    """One line for a reader note: "removed server-template markup: 2 directives and scriptlets, …"."""
    parts = ", ".join(f"{n} {kind}" for kind, n in sorted(removed.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"removed server-template markup before parsing: {parts}"
