"""Bound the nesting depth of a page before BeautifulSoup builds a tree of it.

A page of 100,000 nested ``<div>``s is one megabyte; as a tree it makes every
recursive walk fail and every "text under this element" question quadratic.
The page is first streamed through lxml's parser (events only, no tree) to
measure its depth.  Deeper than :data:`MAX_DEPTH`, it is re-serialised with
wrapper chains collapsed: a block container opened as the first content of
another block container adds nothing visible and is merged into it (same for
inline wrappers).  A page still too deep after that is refused with a clear
error.  Real pages nest a few dozen levels and are never rewritten.
"""

from __future__ import annotations

import html

from lxml import etree

from kaohe.i18n import _

from .errors import NestingTooDeep

#: Deeper than this, wrappers are collapsed (and after that the page is refused).
MAX_DEPTH = 128
BLOCK_WRAPPERS = frozenset({"div", "section", "article", "main", "center", "blockquote", "header", "footer",
                            "aside"})
INLINE_WRAPPERS = frozenset({"span", "font", "b", "i", "u", "em", "strong", "small", "big"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr"})


class _DepthProbe:
    """lxml parser target that only measures the deepest nesting."""

    def __init__(self) -> None:
        self.depth = self.deepest = 0

    def start(self, tag, attrib) -> None:
        self.depth += 1
        self.deepest = max(self.deepest, self.depth)

    def end(self, tag) -> None:
        self.depth -= 1

    def data(self, data) -> None:
        pass

    def comment(self, text) -> None:
        pass

    def close(self) -> int:
        return self.deepest


class _Open:
    __slots__ = ("tag", "owner", "has_content")

    def __init__(self, tag: str, owner: "_Open | None"):
        self.tag = tag
        self.owner = owner  # the emitted element a collapsed wrapper was merged into (None: emitted itself)
        self.has_content = False


class _Collapser:
    """lxml parser target writing the page back out with wrapper chains merged."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.stack: list[_Open] = []
        self.depth = self.deepest = self.collapsed = 0

    def _current(self) -> _Open | None:
        if not self.stack:
            return None
        top = self.stack[-1]
        return top.owner or top

    def start(self, tag, attrib) -> None:
        tag = str(tag).lower()
        current = self._current()
        if current is not None and not current.has_content and _same_class(current.tag, tag):
            self.stack.append(_Open(tag, owner=current))
            self.collapsed += 1
            return
        if current is not None:
            current.has_content = True
        attrs = "".join(f' {k}="{html.escape(str(v))}"' for k, v in attrib.items() if ":" not in str(k))
        self.out.append(f"<{tag}{attrs}>")
        if tag in VOID:
            self.stack.append(_Open(tag, owner=None))
            self.stack[-1].has_content = True
            return
        self.stack.append(_Open(tag, owner=None))
        self.depth += 1
        self.deepest = max(self.deepest, self.depth)

    def end(self, tag) -> None:
        if not self.stack:
            return
        top = self.stack.pop()
        if top.owner is None and top.tag not in VOID:
            self.depth -= 1
            self.out.append(f"</{top.tag}>")

    def data(self, data) -> None:
        if data.strip():
            current = self._current()
            if current is not None:
                current.has_content = True
        self.out.append(html.escape(data, quote=False))

    def comment(self, text) -> None:
        pass

    def close(self) -> str:
        return "".join(self.out)


def _same_class(outer: str, inner: str) -> bool:
    return (outer in BLOCK_WRAPPERS and inner in BLOCK_WRAPPERS) or (outer in INLINE_WRAPPERS and inner in INLINE_WRAPPERS)


def _run(target, text: str):
    parser = etree.HTMLParser(target=target, recover=True)
    parser.feed(text)
    return parser.close()


def bound_depth(text: str, path: str) -> tuple[str, str | None]:
    """``text`` unchanged when its nesting is sane, else collapsed; with a note when rewritten."""
    if not text.strip():
        return text, None
    depth = _run(_DepthProbe(), text)
    if depth <= MAX_DEPTH:
        return text, None
    collapser = _Collapser()
    flattened = _run(collapser, text)
    if collapser.deepest > MAX_DEPTH:
        raise NestingTooDeep(path, _("the page nests its elements {n} levels deep, beyond the limit of {limit} "
                                     "(after collapsing {collapsed} wrappers)").format(
            n=f"{collapser.deepest:,}", limit=MAX_DEPTH, collapsed=f"{collapser.collapsed:,}"))
    return flattened, (f"the page nests its elements {depth:,} levels deep (limit {MAX_DEPTH}); "
                       f"{collapser.collapsed:,} wrapper elements that held only another wrapper were collapsed")
