"""Document-level facts: title, year, truncation, unrelated trailing content,
and whether the document is an assessment scheme at all.
"""

from __future__ import annotations

import re

from extractors.model import Document, Heading, Table
from kaohe.i18n import _
from schemes.model import DocumentRef, Flag, Metadata, Scheme

from .grammar.numbering import outline
from .stages import stage
from .readers.sections import read_weights
from .grammar.spans import Span, cell_span, squash, text_blocks
from .state import Extraction
from .grammar.vocabulary import pattern

SCHEME_WORDS = pattern("facts.scheme_words")
REPORT_WORDS = pattern("facts.report_words")
RESULTS_TITLE = pattern("facts.results_title")   # 关于…考核结果的通报: a results notice
TRUNCATION = pattern("facts.truncation")
CLOSING = pattern("facts.closing")
# "第十条 …": a numbered article continues the notice
ARTICLE = pattern("facts.article")
ATTACHMENT = pattern("facts.attachment")
YEAR = pattern("facts.year")
QUOTED_TITLE = pattern("facts.quoted_title")


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
        m = QUOTED_TITLE.search(span.text)
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
            flags.append(Flag(kind="truncated", message=_("the document says it is incomplete: …{context}…").format(
                context=context),
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
                message=_("{n} paragraph(s) after the notice's closing sentence are not part of it and were left "
                          "out: {preview}…").format(n=len(trailing), preview=preview),
                source=trailing[0].ref,
            )
    return None, None


FIRST_PERSON = pattern("facts.first_person")
SELF_SCORED = pattern("facts.self_scored")
REPORTING = pattern("facts.reporting")
EXAM_TITLE = pattern("facts.exam_title")
SECOND_PERSON = pattern("facts.second_person")
OBTAINED_SCORE = pattern("facts.obtained_score")


def not_a_scheme_reason(title: str, doc: Document) -> str | None:
    """A report of what a unit did (submitted data), told by its content: the unit
    narrates in the first person (我镇/我局…, 报告如下) or states the scores it gave itself
    (自评19分) — and, as further evidence, the title calls it a report; or its title announces
    results (关于…考核结果的通报) or an exam paper (…试卷) and names no scheme.  Schemes address the assessed units; reports
    speak for one, and results notices tell each its score."""
    if EXAM_TITLE.search(title) and not SCHEME_WORDS.search(title):
        # named rule ``exam_paper``: 试卷 / 试题 — questions worth points each, answered by candidates
        return (f"the document is an exam paper («{title}»): its points are the questions' marks, not an "
                "assessment scheme; no scheme was extracted")
    if RESULTS_TITLE.search(title) and not SCHEME_WORDS.search(title):
        # named rule ``results_notice``: 关于…考核结果的通报 announces the scores units obtained
        return (f"the document announces results («{title}»): the scores units obtained, not an assessment "
                "scheme; no scheme was extracted")
    paragraphs = [squash(span.text) for _, span in text_blocks(doc) if squash(span.text)]
    # a unit speaks for itself in the first person, or scores itself (自评19分, 自评扣1分)
    narrated = [p for p in paragraphs if FIRST_PERSON.search(p) or SELF_SCORED.search(p)]
    announces = any(REPORTING.search(p) for p in paragraphs[:20])
    titled = bool(REPORT_WORDS.search(title) and not SCHEME_WORDS.search(title))
    # named rule feedback_to_unit: a letter to one unit (你校/你单位…) telling it the score it obtained
    addressed = [p for p in paragraphs if SECOND_PERSON.search(p)]
    scored = next((p for p in addressed if OBTAINED_SCORE.search(p)), None)
    if len(addressed) >= 2 and scored is not None:
        return (f"the document is feedback to one unit on its results, not an assessment scheme: "
                f"{len(addressed)} paragraph(s) address the unit and tell it its score (e.g. «{scored[:40]}…»); "
                "no scheme was extracted")
    if len(narrated) >= 3 and len(narrated) >= 0.1 * len(paragraphs) and (announces or titled):
        example = narrated[0][:40]
        return (f"the document is a report, i.e. submitted data, not an assessment scheme: "
                f"{len(narrated)} paragraph(s) narrate a unit's own work in the first person or give its "
                f"self-assessed scores (e.g. «{example}…»)"
                + (f" and the title says so («{title}»)" if titled else "") + "; no scheme was extracted")
    return None


def _all_text_spans(doc: Document):
    for _, span in text_blocks(doc):
        yield span
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            for cell in block.cells:
                yield cell_span(doc, index, block, cell)


# --------------------------------------------------------------------------- the facts stage

#: reader note kinds that are scheme flag kinds of their own; the rest become reader_note
READER_FLAG_KINDS = {"template_placeholders", "field_truncated", "ocr_low_confidence", "reader_note"}
READER_NOTE = pattern("facts.reader_note", re.I)


def reader_flags(doc: Document) -> list[Flag]:
    """What the reader changed or doubted (template markup stripped, characters
    normalised, OCR, formula cells without values …) reaches the scheme's flags."""
    flags = []
    for note in getattr(doc, "flags", []) or []:
        kind = note.kind if note.kind in READER_FLAG_KINDS else "reader_note"
        flags.append(Flag(kind=kind, message=_("reader: {note}").format(note=note.message)))
    for text in doc.notes:
        if READER_NOTE.search(text):
            flags.append(Flag(kind="reader_note", message=_("reader: {note}").format(note=text)))
    return flags


def metadata(doc: Document, title: Span | None, year: int | None) -> Metadata:
    src = doc.source
    return Metadata(
        title=squash(title.text) if title else "", year=year,
        source=DocumentRef(file=src.name, sha256=src.sha256, format=src.format, pages=src.pages),
        sources={"title": title.ref} if title is not None else {},
    )


@stage("facts", requires=("doc",), assigns=("title", "year", "metadata", "not_scheme", "limit", "spans",
                                            "outline", "settings_draft", "flags", "reader_flags"))
def facts_stage(ex: Extraction) -> None:
    """Title, year, whether the document is a scheme, where the notice ends, its prose outline, weights."""
    doc = ex.doc
    ex.title = find_title(doc)
    ex.year = find_year(ex.title.text if ex.title else "", doc.text)
    ex.metadata = metadata(doc, ex.title, ex.year)
    ex.not_scheme = not_a_scheme_reason(squash(ex.title.text) if ex.title else "", doc)
    if ex.not_scheme:
        ex.decide("facts", "document", f"not a scheme: {ex.not_scheme}")
        ex.scheme = Scheme(kind="not_a_scheme", metadata=ex.metadata, flags=[Flag(
            kind="not_a_scheme", message=ex.not_scheme, source=ex.title.ref if ex.title else None)])
        return
    ex.flags.extend(truncation_flags(doc))
    cut, trailing_flag = trailing_content(doc)
    if trailing_flag:
        ex.flags.append(trailing_flag)
        ex.decide("facts", "document", f"the notice ends at block {cut}", trailing_flag.message)
    ex.limit = cut if cut is not None else len(doc.blocks)
    ex.spans = [span for index, span in text_blocks(doc) if index < ex.limit]
    ex.outline = outline(ex.spans)
    read_weights(ex.spans, ex.settings_draft)
    for name, weight, _ in ex.settings_draft.parts:
        ex.decide("facts", "weights", f"part «{name}» weighs {weight:g}")
    ex.reader_flags = reader_flags(doc)
