"""Document-level facts: title, year, truncation, unrelated trailing content,
and whether the document is an assessment scheme at all.
"""

from __future__ import annotations

import re

from extractors.model import Document, Heading, Table
from schemes.model import Flag

from .spans import Span, cell_span, squash, text_blocks

SCHEME_WORDS = re.compile(r"(方案|办法|考核表|细则|评分标准|考核标准|指标体系|实施意见|考核表)")
REPORT_WORDS = re.compile(r"(自评报告|自查报告|自评|述职报告|工作总结|工作报告|情况报告|汇报)")
TRUNCATION = re.compile(
    r"(省略\s*\d+\s*字|[（(]\s*未完|全文共\s*\d+\s*字|当前仅显示|余下全文|阅读全文|查看全文|正式会员可完整阅读|内容已截断)"
)
CLOSING = re.compile(
    r"本(办法|方案|细则|规定|标准|意见)(自.{0,24}?(起|之日)(施行|执行|试行|实行|生效)|由.{0,24}?负责解释)"
)
# "第十条 …": a numbered article continues the notice
ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条")
ATTACHMENT = re.compile(r"^\s*(附件|附表|附：|附:)")
YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?")


def find_title(doc: Document) -> Span | None:
    """First heading, else the first short line that names a scheme, else a 《…》 title."""
    spans = list(text_blocks(doc))
    for index, span in spans:
        if isinstance(doc.blocks[index], Heading) and squash(span.text):
            return span.strip()
    for _, span in spans[:12]:
        text = squash(span.text)
        if 4 <= len(text) <= 60 and SCHEME_WORDS.search(text) and not re.search(r"[。:：>]", text[:-1]):
            return span.strip()
    for _, span in spans[:12]:
        m = re.search(r"《([^》]{4,60}(方案|办法|细则|标准))》", span.text)
        if m:
            return span.match_span(m, 1)
    for _, span in spans:
        if squash(span.text):
            return span.lines()[0].strip()
    return None


def find_year(title: str, doc_text: str) -> int | None:
    m = YEAR.search(title) or YEAR.search(doc_text[:2000])
    return int(m.group(1)) if m else None


def truncation_flags(doc: Document) -> list[Flag]:
    flags: list[Flag] = []
    for span in _all_text_spans(doc):
        for m in TRUNCATION.finditer(span.text):
            hit = span.match_span(m)
            if any(f.source and f.source.block == hit.ref.block and abs(f.source.start - hit.ref.start) < 40
                   and f.source.row == hit.ref.row for f in flags):
                continue
            context = span.text[max(0, m.start() - 10): m.end() + 20].replace("\n", " ")
            flags.append(Flag(kind="truncated", message=f"the document says it is incomplete: …{context}…",
                              source=hit.ref))
    return flags


def trailing_content(doc: Document) -> tuple[int | None, Flag | None]:
    """Block index after which the notice has ended (本办法自…施行) and other text follows."""
    blocks = list(text_blocks(doc))
    for pos, (index, span) in enumerate(blocks):
        closing = CLOSING.search(span.text)
        if not closing or span.text[closing.end():].strip(" 。\n"):
            continue
        trailing = []
        for later_index, later in blocks[pos + 1:]:
            if ATTACHMENT.match(later.text) or any(isinstance(b, Table) for b in doc.blocks[index + 1: later_index]):
                trailing = []
                break
            if CLOSING.search(later.text) or ARTICLE.match(later.text):
                trailing = []   # the notice's own next article or closing sentence: it has not ended yet
                break
            if squash(later.text):
                trailing.append(later)
        if trailing:
            preview = "; ".join(squash(t.text)[:24] for t in trailing[:3])
            return index + 1, Flag(
                kind="trailing_unrelated_content",
                message=f"{len(trailing)} paragraph(s) after the notice's closing sentence are not part of it "
                        f"and were left out: {preview}…",
                source=trailing[0].ref,
            )
    return None, None


FIRST_PERSON = re.compile(r"(我(镇|局|县|市|区|乡|村|单位|们|司|院|部|处|校|厂|公司|中心|委|办))")
REPORTING = re.compile(r"(报告如下|汇报如下|总结如下|自评如下|情况如下|自评报告|自查报告|述职)")


def not_a_scheme_reason(title: str, doc: Document) -> str | None:
    """A report of what a unit did (submitted data), told by its content: the unit
    narrates in the first person (我镇/我局…, 报告如下) — and, as further evidence,
    the title calls it a report.  Schemes address the assessed units; reports
    speak for one."""
    paragraphs = [squash(span.text) for _, span in text_blocks(doc) if squash(span.text)]
    narrated = [p for p in paragraphs if FIRST_PERSON.search(p)]
    announces = any(REPORTING.search(p) for p in paragraphs[:20])
    titled = bool(REPORT_WORDS.search(title) and not SCHEME_WORDS.search(title))
    if len(narrated) >= 3 and len(narrated) >= 0.1 * len(paragraphs) and (announces or titled):
        example = narrated[0][:40]
        return (f"the document is a report, i.e. submitted data, not an assessment scheme: "
                f"{len(narrated)} paragraph(s) narrate a unit's own work in the first person (e.g. «{example}…»)"
                + (f" and the title says so («{title}»)" if titled else "") + "; no scheme was extracted")
    return None


def _all_text_spans(doc: Document):
    for _, span in text_blocks(doc):
        yield span
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            for cell in block.cells:
                yield cell_span(doc, index, block, cell)
