"""Read a saved web page (html) notice into the document model.

Notices copied from the web come wrapped in site clutter: navigation bars,
breadcrumbs, related-article lists, login prompts and footers.  The reader

1. decodes the bytes with the page's declared charset (``<meta charset>``,
   ``http-equiv`` or a BOM), falling back to detection;
2. picks the article container by structure: the deepest container holding
   most of the page's non-link text, widened to its parents while everything
   beside it is clean (so a title ``<h1>`` or date line next to the body is
   kept, a breadcrumb or nav bar stops the widening);
3. removes clutter inside the container, recording every removal in
   ``Document.notes``, but never a visible truncation notice ("省略853字",
   "未完,全文共8767字"), which later stages need to flag truncated documents;
4. emits headings, paragraphs and tables in document order.

Indices used in provenance:

* ``paragraph`` numbers the block-level elements of the article container in
  document order (pre-order, containers included); a text run directly
  inside a container carries the container's number.
* ``table``: top-level tables are 0, 1, ... in order (``doc.tables[i]`` has
  ``prov.table == i``); nested tables get the indices after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PageElement, PreformattedString, Tag

from kaohe.i18n import _

from .list_numbers import format_number
from .encoding import decode_text
from .html_depth import bound_depth
from .templates import describe, strip_templates
from .budget import MAX_SPAN, GridBudget
from .limits import Limits
from .model import (
    Block, Cell, Document, Heading, Paragraph, Provenance, ReaderNote, Source, Table, mark_cell_kinds,
    set_cell_spans,
)

# --------------------------------------------------------------------------- vocabulary

INVISIBLE_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
                  "canvas", "head", "title", "meta", "link")
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
TITLE_TAGS = ["h1", "h2"]
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "ul", "table", "caption", "tr", "td", "th", "thead",
    "tbody", "tfoot",
} | HEADING_TAGS
CONTAINER_TAGS = ["div", "article", "section", "main", "td", "form", "center", "body"]
# Elements looked at (and possibly removed) as clutter inside the article.
CHECKED_TAGS = {
    "div", "section", "aside", "nav", "header", "footer", "form", "p", "ul", "ol", "dl", "li", "dd",
    "dt", "span", "center", "table", "h2", "h3", "h4", "h5", "h6", "input", "select", "textarea",
    "button",
}
FORM_CONTROLS = {"form", "input", "select", "textarea", "button"}
DOCUMENT_LINK = re.compile(r"\.(docx?|xlsx?|pdf|wps|et|zip|rar|7z|txt|csv)(\?|#|$)", re.IGNORECASE)
ATTACHMENTS = re.compile(r"^(附件|相关附件|附表)")

# Share of the page's non-link text a container must hold to be the article.
ARTICLE_SHARE = 0.6
LINK_LIST_DENSITY = 0.5
SHORT_BLOCK = 80
MEDIUM_BLOCK = 200
NOTE_SNIPPET = 60

TRUNCATION = re.compile(r"省略\s*\d+\s*字|未完|全文共\s*\d+\s*字|仅显示\s*\d+\s*字|剩余\s*\d+\s*字")
BREADCRUMB = re.compile(
    r"^(您的位置|您现在的位置|您当前的位置|你的位置|你现在的位置|当前位置|所在位置|当前所在位置|现在位置)\s*[:：]?"
    r"|^首页\s*(>|»|›|＞|→|/|\\)"
    r"|(>|»|›|＞|→)\s*正文$"
)
RELATED = re.compile(
    r"^(相关文章|相关阅读|相关新闻|相关推荐|相关链接|相关文档|相关范文|推荐阅读|推荐文章|延伸阅读|热门文章|"
    r"热门推荐|热点文章|猜你喜欢|最新文章|最新更新|阅读排行|上一篇|下一篇|上一页|下一页)"
)
PREV_NEXT = re.compile(r"上一篇.*下一篇|下一篇.*上一篇", re.DOTALL)
# Prompts about the page itself, worded so that a notice's own instructions
# ("请登录考核系统填报", "发展工会会员") do not match.
LOGIN = re.compile(
    r"(登录|登陆|注册)(后|即可|可)?(查看|阅读|浏览|下载|复制|评论)"
    r"|(请|立即|马上|免费)(先)?(登录|登陆|注册)($|会员|账号|帐号|[|/])"
    r"|(会员|VIP)(登录|登陆|注册|中心|专享|专区|可(完整)?(阅读|查看|下载))"
    r"|(开通|升级|购买)(正式)?(会员|VIP)|没有账号|忘记密码|^(用户)?(登录|注册)$",
    re.IGNORECASE,
)
SHARE = re.compile(r"^(分享到|分享至|分享本文)")
PAGE_TOOLS = re.compile(r"打印本页|关闭窗口|返回顶部|【打印】|【关闭】|字号\s*[:：]?\s*【?[大中小]")
COPYRIGHT = re.compile(r"版权所有|copyright|©|ICP备|ICP证|公网安备|技术支持\s*[:：]", re.IGNORECASE)
CLUTTER_CLASS = re.compile(r"(^|[\s_-])(breadcrumbs?|crumbs?|share|comments?|sidebar)($|[\s_-])",
                           re.IGNORECASE)
WHITESPACE_RUN = re.compile(r"[ \t\r\n\f\v\xa0]+")


# --------------------------------------------------------------------------- entry point


#: an option that states points: 「A 优（10分）」
OPTION_POINTS = re.compile(r"\d+(?:\.\d+)?\s*分")


def scales_as_text(soup: BeautifulSoup) -> None:
    """A ``<select>`` whose options state points (A 优（10分） / B 良（8分） …) is the rating scale of the
    question beside it, not a form control to drop: it becomes a line of its own listing the levels
    (a web form saved as a page, or a server template).  An ``<output>`` shows what the page computes
    (合计总分：0), nothing the notice states: it goes."""
    for output in soup.find_all("output"):
        output.decompose()
    for select in soup.find_all("select"):
        options = [o.get_text(" ", strip=True) for o in select.find_all("option")]
        levels = [o for o in options if OPTION_POINTS.search(o)]
        if len(levels) >= 2:
            line = soup.new_tag("span")
            line.string = "；".join(levels)
            select.replace_with(soup.new_tag("br"), line)


def read_html(path: Path, data: bytes, source: Source, limits: Limits) -> Document:
    """Decode, isolate the article, drop clutter and emit blocks."""
    text, encoding = decode_text(data, declared_charset(data), path=str(path))
    text, removed = strip_templates(text)
    flags = [ReaderNote(kind="template_placeholders", message=describe(removed))] if removed else []
    notes: list[str] = []
    text, depth_note = bound_depth(text, str(path))
    if depth_note:
        notes.append(depth_note)
    soup = BeautifulSoup(text, "lxml")
    drop_invisible(soup)
    scales_as_text(soup)
    body = soup.body or soup
    index_page(body)
    container = find_article(body)
    notes.extend(notes_outside(container, body))
    notes.extend(remove_clutter(container))
    index_page(container)  # again: what was removed no longer counts
    number_list_items(container)
    builder = BlockBuilder(budget=GridBudget(str(path), limits))
    builder.walk(container, builder.next_index())
    number_nested_tables(builder.blocks)
    if not builder.blocks:
        notes.append("the page has no visible text")
    source = source.model_copy(update={"encoding": encoding})
    return Document(source=source, blocks=builder.blocks, notes=notes, flags=flags)


# --------------------------------------------------------------------------- charset

_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)"
    rb"|<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)",
    re.IGNORECASE,
)
_CHARSET_PROBE = 8192


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in a ``<meta>`` (either form) or XML prolog."""
    match = _META_CHARSET.search(data[:_CHARSET_PROBE])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


# --------------------------------------------------------------------------- text measures


def drop_invisible(soup: BeautifulSoup) -> None:
    """Scripts, styles, the head and comments are never content."""
    for tag in soup.find_all(INVISIBLE_TAGS):
        tag.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, PreformattedString)):
        node.extract()


#: CSS list-style-type (and the ``type`` attribute) as Word's number formats
_LIST_FORMATS = {"decimal": "decimal", "1": "decimal", "decimal-leading-zero": "decimalZero",
                 "lower-alpha": "lowerLetter", "lower-latin": "lowerLetter", "a": "lowerLetter",
                 "upper-alpha": "upperLetter", "upper-latin": "upperLetter", "A": "upperLetter",
                 "lower-roman": "lowerRoman", "i": "lowerRoman", "upper-roman": "upperRoman", "I": "upperRoman",
                 "cjk-ideographic": "chineseCounting", "simp-chinese-informal": "chineseCounting",
                 "trad-chinese-informal": "chineseCounting", "cjk-decimal": "decimal",
                 "cjk-heavenly-stem": "ideographTraditional"}
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([\w-]+)", re.I)
_CJK_LABEL = {"chineseCounting", "ideographTraditional"}


def number_list_items(container: Tag) -> None:
    """Write before each item of an ordered list the number the browser draws (1. / 一、 / a.),
    from its ``start``, the item's ``value``, and the list's ``type`` or inline
    ``list-style-type``: numbered lists keep their outline once the tags are gone."""
    for ol in container.find_all("ol"):
        style = _LIST_STYLE.search(ol.get("style") or "")
        kind = style.group(1).lower() if style else (ol.get("type") or "decimal")
        fmt = _LIST_FORMATS.get(kind if kind in ("a", "A", "i", "I") else kind.lower())
        if fmt is None:   # none, disc, a style this reader does not know: no number
            continue
        number = _int_attr(ol.get("start"), 1) - 1
        for li in ol.find_all("li", recursive=False):
            number = _int_attr(li.get("value"), number + 1)
            label = format_number(number, fmt) + ("、" if fmt in _CJK_LABEL else ".")
            li.insert(0, NavigableString(label))


def _int_attr(value: object, default: int) -> int:
    try:
        return int(str(value).strip()) if value is not None else default
    except ValueError:
        return default


def is_text(node: PageElement) -> bool:
    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


def squashed_len(text: str) -> int:
    return len("".join(text.split()))


@dataclass
class TextStats:
    """What lies under one element, computed once for the whole page (see :func:`index_page`).

    ``chars`` are visible characters (whitespace excluded), ``link_chars`` those inside
    links, ``links`` the ``<a href>`` elements below it; ``text`` is the whitespace-free
    text when it is at most ``TEXT_KEPT`` characters (else only ``head`` is kept, and
    ``truncation`` says whether a truncation notice occurs anywhere in it).
    """

    chars: int = 0
    link_chars: int = 0
    links: int = 0
    page_links: int = 0  # links that do not point at an attached document
    has_block: bool = False
    has_heading: bool = False
    has_title: bool = False
    text: str | None = ""
    head: str = ""
    tail: str = ""
    truncation: bool = False

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    @property
    def plain(self) -> int:
        return self.chars - self.link_chars


#: Whitespace-free text kept per element up to this length (longer: head, tail and flags only),
#: so that indexing a deep page costs time and memory linear in its size.
TEXT_KEPT = 4096
_HEAD, _TAIL = 64, 32
_STATS = "_kaohe_stats"


def index_page(root: Tag) -> None:
    """Attach :class:`TextStats` to every element under ``root`` in one bottom-up pass.

    Every later question ("how much non-link text is under this element", "does it
    hold a heading") is then answered in constant time, which keeps article search
    and clutter removal linear in the page size, whatever its depth.
    """
    elements = [root] + [el for el in root.descendants if isinstance(el, Tag)]
    for el in reversed(elements):  # reversed pre-order: children before parents
        stats = TextStats()
        pieces: list[tuple[str | None, str, str, bool]] = []
        for child in el.contents:
            if isinstance(child, Tag):
                sub = getattr(child, _STATS)
                stats.chars += sub.chars
                stats.link_chars += sub.link_chars
                stats.links += sub.links
                stats.page_links += sub.page_links
                if child.name == "a" and child.has_attr("href"):
                    stats.links += 1
                    if not (DOCUMENT_LINK.search(str(child["href"])) or DOCUMENT_LINK.search(sub.text or sub.head)):
                        stats.page_links += 1
                stats.has_block |= sub.has_block or child.name in BLOCK_TAGS
                stats.has_heading |= sub.has_heading or child.name in HEADING_TAGS
                stats.has_title |= sub.has_title or child.name in TITLE_TAGS
                pieces.append((sub.text, sub.head, sub.tail, sub.truncation))
            elif is_text(child):
                squashed = "".join(child.split())
                stats.chars += len(squashed)
                pieces.append((squashed, squashed[:_HEAD], squashed[-_TAIL:], False))
        if el.name == "a" and el.has_attr("href"):
            stats.link_chars = stats.chars
        _join_text(stats, pieces)
        setattr(el, _STATS, stats)


def _join_text(stats: TextStats, pieces: list[tuple[str | None, str, str, bool]]) -> None:
    if stats.chars <= TEXT_KEPT:
        text = "".join(p[0] or "" for p in pieces)
        stats.text, stats.head, stats.tail = text, text[:_HEAD], text[-_TAIL:]
        stats.truncation = bool(TRUNCATION.search(text))
        return
    stats.text = None
    stats.head = "".join(p[1] for p in pieces)[:_HEAD]
    stats.tail = "".join(p[2] for p in pieces)[-_TAIL:]
    boundaries = "".join(f"{a[2]}{b[1]}\n" for a, b in zip(pieces, pieces[1:]))
    stats.truncation = any(p[3] for p in pieces) or bool(TRUNCATION.search(boundaries))


def text_stats(el: Tag) -> TextStats:
    stats = getattr(el, _STATS, None)
    if stats is None:  # not indexed yet (a caller outside read_html)
        index_page(el)
        stats = getattr(el, _STATS)
    return stats


def flat_text(el: PageElement) -> str:
    """Whitespace-collapsed text, for notes."""
    raw = el.get_text(" ") if isinstance(el, Tag) else str(el)
    return WHITESPACE_RUN.sub(" ", raw).strip()


# --------------------------------------------------------------------------- article container


def find_article(body: Tag) -> Tag:
    """The deepest container holding most non-link text, widened over clean siblings."""
    total = text_stats(body).plain
    if not total:
        return body
    depths = {id(body): 0}
    best, best_depth = body, 0
    for el in body.descendants:  # one pass: depth from the parent's, already seen
        if not isinstance(el, Tag):
            continue
        depths[id(el)] = level = depths.get(id(el.parent), 0) + 1
        if el.name in CONTAINER_TAGS and text_stats(el).plain >= ARTICLE_SHARE * total and level > best_depth:
            best, best_depth = el, level
    return outside_table_parts(widen(best, body))


TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr"}


def outside_table_parts(el: Tag) -> Tag:
    """A table (or a row group) is read as a table from the element holding it, never walked as flow."""
    while el.name in TABLE_PARTS and el.parent is not None:
        el = el.parent
    return el


def widen(el: Tag, body: Tag) -> Tag:
    """Climb to the parent while what lies beside ``el`` there belongs to the article.

    Clean siblings (a title, a date line) always do.  Recognised clutter
    beside it (breadcrumb, share bar) stops the climb, unless the climb is
    what brings in the article's missing title; the clutter is then removed
    inside the container like any other.
    """
    while el is not body and el.parent is not None and el.parent is not body:
        siblings = [s for s in el.parent.children if s is not el and isinstance(s, Tag)]
        clutter = [s for s in siblings if clutter_kind(s) is not None]
        clean = [s for s in siblings if all(s is not c for c in clutter)]
        if not all(is_clean(s) for s in clean):
            break
        if clutter and (holds_title(el) or not any(holds_title(s) for s in clean)):
            break
        el = el.parent
    return el


def holds_title(el: Tag) -> bool:
    return el.name in TITLE_TAGS or text_stats(el).has_title


def is_clean(el: Tag) -> bool:
    """Not mostly link text."""
    stats = text_stats(el)
    return stats.links == 0 or stats.link_density < LINK_LIST_DENSITY


def notes_outside(container: Tag, body: Tag) -> list[str]:
    """Describe the visible text left out because it lies outside the article."""
    notes = []
    node = container
    while node is not body and node.parent is not None:
        for sibling in node.parent.children:
            if sibling is node:
                continue
            text = flat_text(sibling)
            if text:
                kind = clutter_kind(sibling) if isinstance(sibling, Tag) else None
                notes.append(removal_note(kind or "text outside the article", text))
        node = node.parent
    return notes


def removal_note(kind: str, text: str) -> str:
    snippet = text if len(text) <= NOTE_SNIPPET else text[:NOTE_SNIPPET] + "…"
    return f"removed {kind}: {snippet}"


# --------------------------------------------------------------------------- clutter


def remove_clutter(root: Tag) -> list[str]:
    """Remove clutter blocks under ``root`` (not ``root`` itself); return notes."""
    notes = []
    for child in list(root.children):
        if not isinstance(child, Tag):
            continue
        kind = clutter_kind(child)
        if kind is not None:
            text = flat_text(child)
            if text:
                notes.append(removal_note(kind, text))
            child.decompose()
        else:
            notes.extend(remove_clutter(child))
    return notes


def clutter_kind(el: Tag) -> str | None:
    """What kind of site clutter ``el`` is, or None if it may be content."""
    name = el.name
    if name == "nav":
        return "navigation"
    if name in FORM_CONTROLS and not wraps_content(el):
        return "form"
    if name not in CHECKED_TAGS:
        return None
    if name == "header" and not text_stats(el).has_heading:
        return "header"
    if name == "aside":
        return "sidebar"
    if name == "footer":
        return "footer"
    stats = text_stats(el)
    if not stats.chars or stats.truncation:
        return None
    return text_clutter_kind(el, stats)


def wraps_content(el: Tag) -> bool:
    """Some sites wrap the whole page in one ``<form>``; that form is not clutter."""
    return el.name == "form" and text_stats(el).chars > MEDIUM_BLOCK


def text_clutter_kind(el: Tag, stats: TextStats) -> str | None:
    """Classify a block by its (whitespace-free) wording and link density.

    Every wording test but the leading-word ones applies to short blocks only,
    whose whole text the index keeps.
    """
    size = stats.chars
    text = stats.text if stats.text is not None else stats.head
    if size <= MEDIUM_BLOCK and BREADCRUMB.search(text):
        return "breadcrumb"
    if RELATED.match(text) and (stats.links or size <= SHORT_BLOCK):
        return "related articles"
    if size <= MEDIUM_BLOCK and PREV_NEXT.search(text):
        return "related articles"
    if size <= SHORT_BLOCK and LOGIN.search(text):
        return "login prompt"
    if size <= SHORT_BLOCK and (SHARE.match(text) or PAGE_TOOLS.search(text)):
        return "page tools"
    if size <= MEDIUM_BLOCK and COPYRIGHT.search(text):
        return "copyright footer"
    if is_link_list(stats, text):
        return "link list"
    if has_clutter_class(el) and not stats.has_heading:
        return "page furniture"
    return None


def is_link_list(stats: TextStats, text: str) -> bool:
    """Mostly link text, and not a list of attached documents (those are content)."""
    if stats.links < 2 or stats.link_density < LINK_LIST_DENSITY or ATTACHMENTS.match(text):
        return False
    return stats.page_links > 0


def has_clutter_class(el: Tag) -> bool:
    names = " ".join(el.get("class", [])) + " " + str(el.get("id", ""))
    return bool(CLUTTER_CLASS.search(names))


# --------------------------------------------------------------------------- inline text

_BREAK = object()  # a block boundary: at most one line break, never a blank line


def inline_text(el: Tag) -> str:
    """Text of ``el``: ``<br>`` and block children become line breaks, nested tables are left out."""
    return run_text(el.children, preformatted=el.name == "pre")


def run_text(nodes: Iterable[PageElement], preformatted: bool = False) -> str:
    """Text of a run of sibling nodes, tidied line by line."""
    tokens: list[object] = []
    collect_tokens(nodes, tokens, preformatted)
    return tidy_lines(join_tokens(tokens))


def collect_tokens(nodes: Iterable[PageElement], tokens: list[object], preformatted: bool) -> None:
    for node in nodes:
        if is_text(node):
            tokens.append(str(node) if preformatted else WHITESPACE_RUN.sub(" ", str(node)))
        elif not isinstance(node, Tag) or node.name == "table":
            continue
        elif node.name == "br":
            tokens.append("\n")
        elif node.name in BLOCK_TAGS:
            tokens.append(_BREAK)
            collect_tokens(node.children, tokens, preformatted or node.name == "pre")
            tokens.append(_BREAK)
        else:
            collect_tokens(node.children, tokens, preformatted)


def join_tokens(tokens: Iterable[object]) -> str:
    parts: list[str] = []
    for token in tokens:
        if token is _BREAK:
            if not ends_line(parts):
                parts.append("\n")
        else:
            parts.append(str(token))
    return "".join(parts)


def ends_line(parts: list[str]) -> bool:
    """True at the start of the text or right after a line break (spaces ignored)."""
    for part in reversed(parts):
        stripped = part.rstrip(" ")
        if stripped:
            return stripped.endswith("\n")
    return True


def tidy_lines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.split("\n")).strip("\n")


# --------------------------------------------------------------------------- blocks


@dataclass
class BlockBuilder:
    """Walks the article container and emits blocks in document order."""

    budget: GridBudget
    blocks: list[Block] = field(default_factory=list)
    element_count: int = 0
    table_count: int = 0

    def next_index(self) -> int:
        self.element_count += 1
        return self.element_count - 1

    def walk(self, el: Tag, index: int) -> None:
        """Emit the blocks of a container; inline runs between blocks become paragraphs."""
        run: list[PageElement] = []
        for child in list(el.children):
            if is_text(child) or (isinstance(child, Tag) and is_inline(child)):
                run.append(child)
                continue
            if not isinstance(child, Tag):
                continue
            self.flush(run, index)
            run = []
            self.block(child)
        self.flush(run, index)

    def block(self, el: Tag) -> None:
        index = self.next_index()
        if el.name in HEADING_TAGS:
            self.add_heading(el, index)
        elif el.name == "table":
            self.add_table(el, index)
        elif not text_stats(el).has_block:
            self.add_paragraph(inline_text(el), index)
        else:
            self.walk(el, index)

    def flush(self, run: list[PageElement], index: int) -> None:
        if run:
            self.add_paragraph(run_text(run), index)

    def add_heading(self, el: Tag, index: int) -> None:
        text = inline_text(el)
        if text:
            self.blocks.append(Heading(text=text, level=int(el.name[1]), prov=self.prov(index, text)))

    def add_paragraph(self, text: str, index: int) -> None:
        if text:
            self.blocks.append(Paragraph(text=text, prov=self.prov(index, text)))

    def add_table(self, el: Tag, index: int) -> None:
        """Data tables become Tables (a caption goes before them as a paragraph);
        single-column layout tables are read as flow."""
        for caption in el.find_all("caption", recursive=False):
            self.add_paragraph(inline_text(caption), index)
        grid = TableGrid.of(el, self.budget, _("table {n}").format(n=self.table_count + 1))
        if grid.n_cols <= 1:
            for cell in grid.cells:
                self.walk(cell.element, index)
            return
        table = build_table(grid, block=len(self.blocks), paragraph=index, table=self.table_count,
                            budget=self.budget)
        if not table.text.strip() and not any(c.tables for c in table.cells):
            return
        self.table_count += 1
        self.blocks.append(table)

    def prov(self, index: int, text: str) -> Provenance:
        return Provenance(block=len(self.blocks), paragraph=index, char_end=len(text))


def is_inline(el: Tag) -> bool:
    """Inline, and not wrapping any block (``<a><div>…</div></a>`` is walked as a block)."""
    return el.name not in BLOCK_TAGS and not text_stats(el).has_block


# --------------------------------------------------------------------------- tables


@dataclass
class GridCell:
    row: int
    col: int
    row_span: int
    col_span: int
    element: Tag


@dataclass
class TableGrid:
    """Cells of an html table placed on a grid with rowspan/colspan resolved."""

    n_rows: int
    n_cols: int
    cells: list[GridCell]
    header_rows: int = 0

    @classmethod
    def of(cls, table: Tag, budget: GridBudget, what: str) -> "TableGrid":
        """Place the cells; the area laid out so far is checked against ``budget`` before each cell
        marks its positions, and the whole table charged at the end."""
        rows = table_rows(table)
        n_cols = 0
        occupied: set[tuple[int, int]] = set()
        cells: list[GridCell] = []
        for r, tr in enumerate(rows):
            c = 0
            for td in tr.find_all(["td", "th"], recursive=False):
                while (r, c) in occupied:
                    c += 1
                row_span = span(td, "rowspan", len(rows) - r)
                col_span = span(td, "colspan", MAX_SPAN)
                n_cols = max(n_cols, c + col_span)
                budget.check(len(rows), n_cols, what, so_far=True)
                occupied.update((rr, cc) for rr in range(r, r + row_span) for cc in range(c, c + col_span))
                cells.append(GridCell(r, c, row_span, col_span, td))
                c += col_span
        budget.table(len(rows), n_cols, what)
        return cls(n_rows=len(rows), n_cols=n_cols, cells=cells, header_rows=header_row_count(table, rows))


def table_rows(table: Tag) -> list[Tag]:
    """This table's own rows: thead first, then body rows in order, tfoot last."""
    head, body, foot = [], [], []
    for child in table.find_all(recursive=False):
        if child.name == "tr":
            body.append(child)
        elif child.name in ("thead", "tbody", "tfoot"):
            rows = child.find_all("tr", recursive=False)
            {"thead": head, "tbody": body, "tfoot": foot}[child.name].extend(rows)
    return head + body + foot


def header_row_count(table: Tag, rows: list[Tag]) -> int:
    """Rows the markup marks as header: the ``<thead>`` rows, else leading rows of ``<th>`` only.

    A table whose every row is ``<th>``-only marks nothing (it is styling, not a header).
    """
    thead = sum(len(h.find_all("tr", recursive=False)) for h in table.find_all("thead", recursive=False))
    if thead:
        return min(thead, len(rows))
    count = 0
    for tr in rows:
        cells = tr.find_all(["td", "th"], recursive=False)
        if not cells or any(c.name != "th" for c in cells):
            break
        count += 1
    return count if count < len(rows) else 0


def span(td: Tag, attr: str, limit: int) -> int:
    """A span attribute as an int in 1..limit; rowspan=0 means "to the end"."""
    match = re.match(r"\s*(\d+)", str(td.get(attr, "1")))
    value = int(match.group(1)) if match else 1
    if value == 0 and attr == "rowspan":
        value = limit
    return max(1, min(value, limit, MAX_SPAN))


def build_table(grid: TableGrid, block: int, paragraph: int, table: int, budget: GridBudget) -> Table:
    cells = [
        Cell(row=g.row, col=g.col, row_span=g.row_span, col_span=g.col_span, text=inline_text(g.element),
             prov=Provenance(block=block, paragraph=paragraph, table=table, row=g.row, col=g.col),
             tables=nested_tables(g.element, block, paragraph, budget),
             kind="row_header" if g.element.name == "th" and g.row >= grid.header_rows else "body")
        for g in grid.cells
    ]
    result = Table(n_rows=grid.n_rows, n_cols=grid.n_cols, cells=cells, header_rows=grid.header_rows,
                   prov=Provenance(block=block, paragraph=paragraph, table=table))
    mark_cell_kinds(result)
    set_cell_spans(result)
    return result


def nested_tables(td: Tag, block: int, paragraph: int, budget: GridBudget) -> list[Table]:
    """Tables directly inside this cell (deeper ones belong to those tables' cells)."""
    return [
        build_table(TableGrid.of(t, budget, _("a nested table")), block=block, paragraph=paragraph, table=-1,
                    budget=budget)
        for t in td.find_all("table")
        if t.find_parent(["td", "th"]) is td
    ]




def number_nested_tables(blocks: list[Block]) -> None:
    """Give nested tables the indices after the top-level ones, depth first."""
    index = sum(isinstance(b, Table) for b in blocks)
    stack = [t for b in reversed(blocks) if isinstance(b, Table) for t in reversed(nested_of(b))]
    while stack:
        table = stack.pop()
        renumber(table, index)
        index += 1
        stack.extend(reversed(nested_of(table)))


def nested_of(table: Table) -> list[Table]:
    return [t for cell in table.cells for t in cell.tables]


def renumber(table: Table, index: int) -> None:
    table.prov = table.prov.model_copy(update={"table": index})
    for cell in table.cells:
        cell.prov = cell.prov.model_copy(update={"table": index})
