"""Report → sentences and numbered sections, each sentence with where it is in the document.

Units write self-evaluation reports either item by item under numbers that follow the scheme
(``1、粮食生产。``, ``（二）经审组织建设（第5项）``, ``1.1 开展…``) or as prose by theme.  This module only
segments: sentences (split after 。！？； and at line ends; a table row is one sentence with its
header), and sections (a numbered line and the unnumbered paragraphs after it, with the chain of
numbers above it).  Which item a section or sentence speaks about is decided in :mod:`.link`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.model import Document, Paragraph, Heading, Table, cell_spans
from schemes.model import SourceRef

from .model import Sentence

_CN = "〇零一二三四五六七八九十百两"
_SPLIT = re.compile(r"(?<=[。！？；;!?])")
#: numbering styles at the start of a line, most specific first: (style, pattern)
_NUMBERINGS: list[tuple[str, re.Pattern]] = [
    ("item", re.compile(rf"^\s*第([{_CN}\d]+)项\s*[：:、.．]?\s*")),
    ("dotted", re.compile(r"^\s*(\d+(?:[.．]\d+)+)(?![\d%])\s*[、.．]?\s*")),
    ("cn", re.compile(rf"^\s*([{_CN}]+)\s*[、.．]\s*")),
    ("cn_paren", re.compile(rf"^\s*[（(]\s*([{_CN}]+)\s*[)）]\s*[、.．]?\s*")),
    ("arabic", re.compile(r"^\s*(\d{1,3})\s*[、.．](?!\d)\s*")),
    ("arabic_paren", re.compile(r"^\s*[（(]\s*(\d{1,3})\s*[)）]\s*[、.．]?\s*")),
]
#: an explicit reference to a scheme item inside a heading: （第5项）
_ITEM_REF = re.compile(rf"第\s*([{_CN}\d]+(?:[.．]\d+)?)\s*项")
#: a numbering inside a line, after a Chinese character (1．, 2、) or a sentence end (二、)
_EMBEDDED = re.compile(rf"(?<=[\u4e00-\u9fff])\d{{1,2}}[．、](?=[\u4e00-\u9fff])|(?<=[。；：:])[{_CN}]{{1,3}}、(?=[\u4e00-\u9fff])")
_HEADER_WORDS = re.compile(r"序号|项目|指标|内容|目标|任务|完成|情况|备注|次数|数量")


def cn_int(text: str) -> int | None:
    """A small Chinese or Arabic whole number (一 → 1, 十二 → 12, 5 → 5)."""
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    total, cur = 0, 0
    for ch in text:
        if ch in digits:
            cur = digits[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


@dataclass
class Section:
    """A numbered line and what follows it up to the next numbered line."""

    index: int
    style: str
    number: str  # as printed, normalised: "5", "1.1"
    path: tuple[tuple[str, str], ...]  # (style, number) of this and the enclosing numbered lines
    title: str
    refs: list[str] = field(default_factory=list)  # explicit 第N项 references
    sentences: list[int] = field(default_factory=list)


@dataclass
class Row:
    """A table row read as one sentence: its cells and the header cells above them."""

    cells: list[str]
    header: list[str]


@dataclass
class Segmented:
    file: str
    sentences: list[Sentence]
    sections: list[Section]
    section_of: dict[int, int]  # sentence → section
    rows: dict[int, Row]  # sentence → table row
    title: str


def numbering(text: str) -> tuple[str, str, int] | None:
    """(style, number, length of the number prefix) when ``text`` starts with a numbering."""
    for style, pat in _NUMBERINGS:
        m = pat.match(text)
        if m:
            raw = m.group(1).replace("．", ".")
            if style in ("cn", "cn_paren", "item"):
                n = cn_int(raw)
                if n is None or n == 0:
                    continue
                raw = str(n)
            return style, raw, m.end()
    return None


def _sentences_of(text: str) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph (after 。！？；, at line ends, and before a numbering a PDF's text
    layer glued to the line before: ``二、岗位建功1．广泛开展…``); blank ones dropped."""
    spans, pos = [], 0
    for line in text.split("\n"):
        start = pos
        for piece in _SPLIT.split(line):
            cuts = [0, *(m.start() for m in _EMBEDDED.finditer(piece) if m.start() > 0), len(piece)]
            for a, b in zip(cuts, cuts[1:]):
                part = piece[a:b]
                if part.strip():
                    lead = len(part) - len(part.lstrip())
                    spans.append((start + a + lead, start + a + len(part.rstrip())))
            start += len(piece)
        pos += len(line) + 1
    return spans


def _is_header_row(cells: list[str]) -> bool:
    text = "".join(cells)
    return bool(_HEADER_WORDS.search(text)) and not re.search(r"\d", text)


def segment(doc: Document) -> Segmented:
    file = doc.source.name
    sentences: list[Sentence] = []
    sections: list[Section] = []
    section_of: dict[int, int] = {}
    rows: dict[int, Row] = {}
    stack: list[tuple[str, str]] = []  # open numbering chain
    current: Section | None = None
    text_header: list[str] | None = None
    title = ""
    for b, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            _table_rows(block, b, file, sentences, rows, current, section_of)
            continue
        assert isinstance(block, (Paragraph, Heading))
        text = block.text
        if not text.strip():
            continue
        if not title:
            title = text.strip()
        fields = text.split()
        if len(fields) >= 3 and len(_HEADER_WORDS.findall(text)) >= 2 and not re.search(r"\d", text):
            text_header = fields  # a table laid out as text (a PDF without ruling): its header line
        elif text_header and (text.rstrip().endswith("。") or len(text) > 80):
            text_header = None
        for start, end in _sentences_of(text):
            piece = text[start:end]
            num = numbering(piece)
            if num:
                style, number, _ = num
                styles = [s for s, _ in stack]
                if style in styles:  # a sibling or an uncle: close what is below it
                    stack = stack[: styles.index(style)]
                stack.append((style, number))
                head = re.split(r"[。：:]", piece[num[2]:], maxsplit=1)[0]
                current = Section(len(sections), style, number, tuple(stack), head.strip(),
                                  refs=[str(cn_int(r) or r) if "." not in r else r for r in _ITEM_REF.findall(piece)])
                sections.append(current)
            s = Sentence(index=len(sentences), text=piece,
                         where=SourceRef(file=file, block=b, page=block.prov.page, paragraph=block.prov.paragraph,
                                     start=start, end=end),
                         section=current.title if current else "")
            sentences.append(s)
            if text_header and fields is not text_header and 2 <= len(fields) <= len(text_header) \
                    and re.search(r"\d", text):
                rows[s.index] = Row(fields + [""] * (len(text_header) - len(fields)), list(text_header))
            if current is not None:
                current.sentences.append(s.index)
                section_of[s.index] = current.index
    return Segmented(file, sentences, sections, section_of, rows, title)


def _table_rows(table: Table, b: int, file: str, sentences: list[Sentence], rows: dict[int, Row],
                current: Section | None, section_of: dict[int, int]) -> None:
    grid = table.rows()
    spans = cell_spans(table)
    n_header = table.header_rows or (1 if grid and _is_header_row(grid[0]) else 0)
    header = grid[n_header - 1] if n_header else []
    for r in range(n_header, table.n_rows):
        cells = grid[r]
        if not any(c.strip() for c in cells):
            continue
        own = [spans[(c.row, c.col)] for c in table.cells if c.row == r and (c.row, c.col) in spans]
        start = min((s for s, _ in own), default=0)
        end = max((e for _, e in own), default=0)
        text = "，".join(c for c in cells if c.strip())
        s = Sentence(index=len(sentences), text=text,
                     where=SourceRef(file=file, block=b, page=table.prov.page, table=table.prov.table, row=r,
                                 start=start, end=end),
                     section=current.title if current else "")
        sentences.append(s)
        rows[s.index] = Row(list(cells), list(header))
        if current is not None:
            current.sentences.append(s.index)
            section_of[s.index] = current.index
