"""The outline reader: items written as prose, read from the notice's numbered outline.

One reader, four variants (registered at the end), each a reading of its own that competes in
``choose``; all tell a line's numbering by one outline grammar (``grammar/numbering.py``):

- ``inline_points`` — additive notices list items as numbered lines with inline points
  ("2.深入开展…活动。(0.5分)"), a category name before the first item of its line and, on scraped
  pages, the category subtotal after the last one ("…(2分) 9").  Any numbering ((一) ① (1) 1） a.)
  marks an item where it is a leaf of the outline and a (sub-)category where a deeper numbering
  follows; the points may close, open or end the line as a sentence (…的，得10分);
- ``deduction_prose`` — deduction notices (百分制, everyone starts from 100) describe each category
  in a numbered paragraph whose heading is often glued to its text ("1、完成工作任务区总党组会确定的…");
  every clause that deducts points is an item;
- ``numbered`` — numbered lines under section headings are items whether or not they state points,
  their points from notes (以上各占2分, 总分为10分);
- ``headings`` — headings styled as such that carry their points nest by their level, the
  paragraphs under the innermost one its items.
"""

from __future__ import annotations

import re

from schemes.criteria.grammar import analyse, may_find
from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import fold, parse_number
from schemes.criteria.rules import split_clauses
from extractors.model import Heading, Paragraph

from .registry import reader
from .by_name import named_points
from ..grammar.entries import (
    ENTRY_START, POINTS_INLINE, POINTS_NOTE, POINTS_NOTE_WORDS, WEIGHT_NOTE, slash_levels, split_entries,
    strip_label_notes, CN_NUMERALS,
)
from ..grammar.numbering import (
    CATEGORY_HEADING, GLUED_BULLET, ITEM_KINDS, OUTLINE_MARKER, Node, decimal_kinds, marker_code, outline_kind,
    split_skipped_letters, walk,
)
from ..grammar.spans import Span, block_span, join_wrapped, open_bracket, place, squash
from ..grammar.table_layout import cell_levels
from ..grammar.vocabulary import pattern, text, words
from .sections import section_kind
from ..state import Draft, DraftCategory, DraftItem, Extraction


# Words that open a sentence: where a glued heading ends and its text begins.
OPENERS = words("paragraphs.openers")


# "…的，得10分。" "计5分" at the end of an entry: its points written as a sentence
# "- 登录功能：8分" "…，分值：10" — points after a colon or a 分值 label also close a line
AWARD_TAIL = pattern("paragraphs.award_tail")
#: "下列8项工作，每项5分" — a lead-in giving each numbered line after it the same points; a line it
#: gives points to whose own criteria state no scoring is met or not (named rule ``checklist_lead``)
EACH_LEAD = pattern("paragraphs.each_lead")
# "…每个给5分，共20分。" "…上限9分": the item's maximum stated in its sentence (before any tail amount)
MAX_STATED = pattern("paragraphs.max_stated")
#: 教学工作量，计20分，完成…的得满分: a short name, its points in a clause of their own, then its rule
NAME_THEN_POINTS = pattern("paragraphs.name_then_points")
#: 医疗安全（10分）：… — a name, its points in brackets, a colon, then how it is scored
NAME_NOTE_COLON = pattern("paragraphs.name_note_colon")
#: 师德师风20分，考核以下内容： — a module's name and points, then the lead-in to its items
POINTS_LEAD_IN = pattern("paragraphs.points_lead_in")
#: 出勤纪律15分。事假每天扣0.5分… — an article's module, its points, then how it is scored
POINTS_SENTENCE_MODULE = pattern("paragraphs.points_sentence_module")
#: criteria labels that say how something is scored (得该项满分, 按比例, 酌情 …)
SCORES = {"AWARD", "PENALTY", "FULL", "NO_SCORE", "RANGE", "MANUAL", "PROPORTION", "JUDGED", "LEVELS"}
# A line that opens the bonus, deduction, veto or grades part: the items have ended.
ENTRY_SECTION = pattern("paragraphs.entry_section")
# "有下列情形之一的酌情扣分：" — a short line ending by announcing bonus or deduction entries also opens that part
ENTRY_PART_END = pattern("paragraphs.entry_part_end")
# a short heading without points ("2. 评分标准："): no sentence punctuation but a closing colon
#: a heading's name closed by a colon with a sentence after it ("利用服务：每形成一项…"), or a short
#: name closed by a full stop ("重点任务。各部门…"; a longer one is a sentence itself: 队伍健全。)
GLUED_SENTENCE = compile_kept(r"^(?=[^，,。；;：:（(]{1,16}[：:]|[^，,。；;：:（(、]{1,8}。)([^，,。；;：:（(]{1,16})[：:。]\s*(?=\S)")
#: a short name closed by a comma before the points stated for it (重点工作任务，基础分40分)
NAMED_BEFORE_POINTS = compile_kept(r"^([^，,。；;：:（(]{2,16})[，,]\s*$")
NAMED_BY_COLON = compile_kept(r"^([^，,。；;：:（(]{1,16})[：:]\s*(?=\S)")
#: "困难职工帮扶——10分：建立台账…": a name, a dash, its points, then (after a colon) its criteria
DASH_POINTS = pattern("paragraphs.dash_points", re.S)
SHORT_HEADING = compile_kept(r"^[^，,。；;！!？?（(:：]{1,16}[:：]?$")
#: what 本项满分N分 leaves at the end of a module's sentence
THIS_ITEM_TAIL = pattern("paragraphs.this_item_tail")


def _bullet_details(lines: list[Span], draft: Draft, details: dict[tuple, list[Span]]) -> list[Span]:
    """Named rule ``bullet_details``: bullets right under a numbered line that states its points and
    what it asks, none of them stating points (1. 创意（30分）：构思新颖 / - 立意高远 / - 构思巧妙), detail
    that line: they are joined to its criteria, not read as items nested under it."""
    out: list[Span] = []
    pos = 0
    while pos < len(lines):
        line = lines[pos]
        out.append(line)
        pos += 1
        amounts = list(ANY_POINTS.finditer(fold(line.text)))
        if outline_kind(line.text) == "bullet" and amounts:
            pos = _sub_bullets(lines, pos, line, draft, details)
            continue
        if outline_kind(line.text) in (None, "bullet") or not amounts \
                or not squash(re.sub(r"[（）()【】\[\]：:，,。；;]", "", fold(line.text)[amounts[-1].end():])):
            continue   # 1. 基本要求：（60分） — nothing asked after its points: a heading over its items
        end = pos
        while end < len(lines) and outline_kind(lines[end].text) == "bullet":
            end += 1
        run = lines[pos:end]
        if run and not any(ANY_POINTS.search(fold(b.text)) for b in run):
            for bullet in run:
                marker = OUTLINE_MARKER.match(bullet.text)
                out[-1] = join_wrapped(out[-1], bullet.sub(marker.end(), len(bullet.text)) if marker else bullet)
            draft.explain.append(f"bullet_details: {len(run)} bullet(s) under «{squash(line.text)[:16]}» are its criteria")
            pos = end
    return out


def _glyph(line: Span) -> str:
    marker = OUTLINE_MARKER.match(line.text)
    return squash(marker.group(0))[:1] if marker else ""


def _sub_bullets(lines: list[Span], pos: int, line: Span, draft: Draft, details: dict[tuple, list[Span]]) -> int:
    """Named rule ``sub_bullets``: bullets of another glyph right under a bullet that states its points
    (● 规范停靠 8分 / – 每发现一次越线停靠扣2分), none stating points in a note of its own, are how that
    line is scored — a slide's or a nested list's second level — its criteria, not items (kept in
    ``details`` by the line's place).  Returns where reading goes on."""
    end, glyph = pos, _glyph(line)
    while end < len(lines) and outline_kind(lines[end].text) == "bullet" and _glyph(lines[end]) != glyph:
        end += 1
    run = lines[pos:end]
    if not run or any(POINTS_NOTE.search(fold(b.text)) for b in run):
        return pos
    rule = [b.sub(m.end(), len(b.text)).strip() if (m := OUTLINE_MARKER.match(b.text)) else b for b in run]
    details[(place(line), line.ref.start)] = rule
    draft.explain.append(f"sub_bullets: {len(run)} bullet(s) under «{squash(line.text)[:16]}» are how it is scored")
    return end


#: numberings that open the notice's own parts (第一章, 第五条, 一、): never nested under a bullet or a
#: number, whatever a preamble's bullets made of the outline before them
NEVER_NESTED = {"chapter", "article", "section"}


def _is_leaf(kinds: list[str | None], pos: int, chain: list[str], stops: frozenset[int] = frozenset()) -> bool:
    """A marked line is a leaf (an item) unless the next marked line (before a heading at one of
    ``stops``) is of a kind not yet open above it in the outline, i.e. nested under it."""
    kind = kinds[pos]
    above = chain[: chain.index(kind) + 1] if kind in chain else chain + [kind]
    nxt = next((k for at, k in enumerate(kinds[pos + 1:], start=pos + 1) if k is not None or at in stops), None)
    return nxt is None or nxt in above or nxt in NEVER_NESTED


def _marked_entry(line: Span, marker: re.Match) -> tuple[Span, float | None, Span | None, Span | None]:
    """The text, points, points span and (where the line sets them apart) criteria of one marked
    item line: the points note may close it ("…（10分）。"), open it ("（10分）…"), be a sentence
    ("…的，得10分") or stand after a dash between the name and its criteria ("帮扶——10分：…")."""
    body = line.sub(marker.end(), len(line.text)).strip()
    folded = fold(body.text)
    lead = POINTS_LEAD.match(folded)
    if lead:
        # "（一）给予8分：每季度召开议事会。每缺一次扣2分。" — the points first after a verb, the first
        # sentence names the item, the whole rest is its criteria
        rest = body.sub(lead.end(), len(body.text)).strip()
        head = FIRST_SENTENCE.match(rest.text)
        return (rest.sub(0, head.end(1)).strip() if head else rest.strip(" \t。；;")), float(lead.group("pts")), \
            body.match_span(lead, "pts"), rest
    dashed = DASH_POINTS.match(folded)
    if dashed and not POINTS_NOTE.search(folded):
        rest = body.sub(dashed.start("rest"), dashed.end("rest")).strip() if dashed.group("rest") else None
        return body.sub(0, dashed.end("name")).strip(), float(dashed.group("pts")), \
            body.match_span(dashed, "pts"), rest if rest is not None and squash(rest.text) else None
    named = NAME_NOTE_COLON.match(folded)
    if named and len(POINTS_NOTE.findall(folded)) >= 2:
        # "医疗安全（10分）：①…（4分）②…（3分）③…（3分）" — the name's note is the item's points; the notes
        # after the colon are its parts' (named rule name_note_colon)
        return body.sub(0, named.end("name")).strip(), float(named.group("pts")), body.match_span(named, "pts"), \
            body.sub(named.end(), len(body.text)).strip()
    notes = list(POINTS_NOTE.finditer(folded))
    if notes:
        last = notes[-1]
        text = body.sub(0, last.start()).strip(" \t;；,，。-–—:：")
        if not squash(text.text):   # points first
            first = notes[0]
            return body.sub(first.end(), len(body.text)).strip(" \t;；,，。-–—:："), float(first.group(1)), \
                body.match_span(first), None
        return text, float(last.group(1)), body.match_span(last), None
    worded = POINTS_NOTE_WORDS.search(folded)
    if worded and LEAD_COLON.match(folded[worded.end():]) and squash(folded[:worded.start()]):
        # "元器件布置 (满分 10 分)：（1）…": the name, its points in words, the criteria after the colon
        return body.sub(0, worded.start()).strip(" \t-–—"), float(worded.group(1)), body.match_span(worded, 1), \
            body.sub(worded.end(), len(body.text)).strip(" \t:：")
    levels, slash = slash_levels(body.text)
    if slash is not None and not folded[slash.end():].strip(" \t。；;.") and "\n" not in body.text:
        # "…共同参与。（好／较好／一般／差：6／4／2／0）": worth its top level (slash_levels)
        return body.sub(0, slash.start()).strip(" \t;；,，。"), max(p for _, p in levels), \
            body.match_span(slash, "pts"), None
    if worded and _worded_close(folded) and squash(folded[:worded.start()]):
        # "…专款专用（赋分8）" — the points in words close the line
        return body.sub(0, worded.start()).strip(" \t;；,，。-–—:："), float(worded.group(1)), \
            body.match_span(worded, 1), None
    named_first = NAME_THEN_POINTS.match(folded)
    if named_first:
        # named rule name_then_points: "（一）教学工作量，计20分，完成核定课时量的得满分…" — the name, its points
        # in a clause of their own, then how it is scored
        group = "pts" if named_first.group("pts") else "pts2"   # 分值为10: the figure after 分值
        return body.sub(0, named_first.end("name")).strip(), float(named_first.group(group)), \
            body.match_span(named_first, group), body.sub(named_first.end(), len(body.text)).strip(" \t；;。")
    stated = MAX_STATED.search(folded)
    if stated:
        glued = GLUED_SENTENCE.match(body.text)
        if glued and glued.end() <= stated.start():
            # "报送数量。每月报送…，标准分20分，…": a short name closed by 。 or ：, the sentence its criteria
            return body.sub(0, glued.end(1)).strip(), float(stated.group(1)), body.match_span(stated, 1), \
                body.sub(glued.end(), len(body.text)).strip()
        named = NAMED_BEFORE_POINTS.match(folded[:stated.start()])
        if named and folded[stated.end():].strip(" \t。；;，,"):
            # "重点工作任务，基础分40分。全部按期完成的…": the name, its points, then its criteria
            return body.sub(0, named.end(1)).strip(), float(stated.group(1)), body.match_span(stated, 1), \
                body.sub(stated.end(), len(body.text)).strip(" \t。；;，,：:")
        return body.strip(" \t;；,，。-–—:："), float(stated.group(1)), body.match_span(stated, 1), None
    tail = AWARD_TAIL.search(folded)
    if tail and ANY_POINTS.search(folded[:tail.start()]):
        # "…的，计10分；达到85%的，计6分；": the last award is a lower level, not the maximum
        # (the rules stage reads the maximum from all the awards: max_from_award)
        return body.strip(" \t;；,，。-–—:："), None, None, None
    if tail:
        return body.sub(0, tail.start()).strip(" \t;；,，。-–—:："), float(tail.group(1)), body.match_span(tail), None
    return body.strip(" \t;；,，。-–—:："), None, None, None


ANY_POINTS = pattern("mentions.points")
POINTS_WORD = text("points_word")   # 分
#: （评分办法：…） closing a numbered sentence: how the item it states is scored
SCORING_CLAUSE = pattern("rules.scoring_clause")
POINTS_LEAD = pattern("paragraphs.points_lead")   # 给予10分：text — points first after a verb
POINTS_FIRST = pattern("paragraphs.points_first")   # （10分）text / 8分：text / 【5分】text
FIRST_SENTENCE = compile_kept(r"^([^。；;]+?)[。；;]")
GRADE_LINE = pattern("mentions.grade_clause")
#: …此项满分10分。 — a line closing on a sentence that states its points
POINTS_SENTENCE_END = pattern("paragraphs.points_sentence_end")
#: 本条各项合计25分 — a line stating the sum of the items above it
ITEMS_SUM_LINE = pattern("paragraphs.items_sum_line")
#: 90—94分：四星级 / 85分以下：不予评星 — a line opening with a score band: a grade, not an item
GRADE_BAND_LINE = pattern("paragraphs.grade_band_line")   # 90分以上为优秀: the grades, not an item's criteria
POINTS_ALONE = pattern("paragraphs.points_alone")   # a line that is only an amount: 10分, （10分）, 分值：10分
ORDINAL_LABEL = pattern("paragraphs.ordinal_label")
MAX_NOTE = pattern("paragraphs.max_note")   # a heading's (满分 40 分) is its points, not a total line
LEAD_COLON = compile_kept(r"\s*[:：]\s*\S")
#: "4 教育培训（30分）4.1 三级安全教育": a heading's points, then the next decimal marker
MIDLINE_DECIMAL = pattern("paragraphs.midline_decimal")
#: "考评内容：一是…（10分）；二是…（10分）": items listed by ordinal clauses in one paragraph
MIDLINE_ORDINAL = pattern("paragraphs.midline_ordinal")
#: "组织建设共25分。主要考核：（一）…；（二）…": an article's 款 listed in its own paragraph
MIDLINE_PAREN = pattern("paragraphs.midline_paren")


def _bullet_pieces(span: Span) -> list[Span]:
    """The span's lines, a line cut where a bullet follows sentence punctuation ("…齐全；• 布局…")
    or a decimal marker follows a heading's points (a PDF line that ran two headings together):
    a bullet or marker in running text starts a new entry."""
    out: list[Span] = []
    for line in span.lines():
        # 一是…二是…, （一）…（二）…; or one （一）… after a lead-in's colon (考核以下内容：（一）…)
        listed = [found for form in (MIDLINE_ORDINAL, MIDLINE_PAREN)
                  if len(found := list(form.finditer(line.text))) >= 2
                  or form is MIDLINE_PAREN and found and line.text[:found[0].start()].rstrip().endswith(("：", ":"))]
        # a bullet glued to the entry before it (numbering.GLUED_BULLET) or a decimal marker after a heading's points
        cuts = [0] + sorted([m.start("m") for m in GLUED_BULLET.finditer(line.text)]
                            + [m.end() for m in MIDLINE_DECIMAL.finditer(line.text)]) \
            + [m.end() for found in listed for m in found] \
            + [len(line.text)]
        cuts = sorted(set(cuts))
        out += [line.sub(a, b) for a, b in zip(cuts, cuts[1:]) if line.text[a:b].strip()]
    return out


def _logical_lines(span: Span) -> list[Span]:
    """The lines of a span, with a numbered line wrapped onto the next lines
    (PDF, scraped text) joined back: a numbered line that has no points yet and
    does not end its sentence continues on the unnumbered line after it."""
    out: list[Span] = []
    for line in _bullet_pieces(span):
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, line):
            out[-1] = span.sub(prev.ref.start - span.ref.start, line.ref.end - span.ref.start)
        else:
            out.append(line)
    return out


def _wrapped_across(prev: Span, line: Span) -> bool:
    """A numbered sentence a PDF broke into two blocks: the first is a long unfinished line (a
    short one is a heading: "3. 备注"), the second neither states its own points nor is cut text."""
    return (_continues(prev, line) and len(squash(prev.text)) >= 12 and not POINTS_NOTE.search(fold(line.text))
            and not line.text.lstrip().startswith(("…", "..")))


def _continues(prev: Span, line: Span) -> bool:
    """A numbered line that has no points yet and does not end its sentence continues on the
    unnumbered line after it (a PDF or scraped line break, within a block or across blocks)."""
    return (outline_kind(prev.text) in ITEM_KINDS and outline_kind(line.text) is None and bool(squash(line.text))
            and not POINTS_NOTE.search(prev.text) and not AWARD_TAIL.search(fold(prev.text))
            and not _dash_points(prev.text) and not POINTS_NOTE_WORDS.search(fold(prev.text))
            and not CRITERIA_LABEL.match(line.text)
            and not re.search(r"[。；;：:]\s*$", prev.text) and not ENTRY_SECTION.match(squash(line.text))
            and not POINTS_ALONE.match(fold(line.text)))   # "10分" under the item: its points, not its text


def _dash_points(text: str) -> bool:
    """A marked line that ends with its points after a dash (1．巡查——12分): complete, not wrapped."""
    marker = OUTLINE_MARKER.match(text)
    dashed = DASH_POINTS.match(fold(text[marker.end():] if marker else text))
    return dashed is not None and not dashed.group("rest")


#: a scraped page's note that text was left out (省略853字)
TRUNCATED = pattern("facts.truncation")
#: a heading naming the scheme's content as a whole (考核内容, 评分细则): a section, not a category
ITEMS_SECTION = pattern("sections.section_words.items")
#: what may close a points note after its number: 分 and brackets or punctuation
POINTS_CLOSE = pattern("paragraphs.points_close")
#: a line that says how the item above is scored: 考核办法：… / 评分标准：…
CRITERIA_LABEL = pattern("paragraphs.criteria_label")
#: a level's band of points: （9-10分）
BANDS = pattern("rules.banded_levels")
#: "以上各部分合计100分" / "满分100分": the document's total, not an unnumbered item
TOTAL_LINE = pattern("readings.total_prose")
#: "（总分：100分）" in a title states the total, not a category's points
TOTAL_NOTE = pattern("paragraphs.total_note")


def _following_points(lines: list[Span], kinds: list[str | None], pos: int) -> tuple[float, bool]:
    """The points of the unnumbered lines after ``pos`` up to the next line with a marker, and
    whether there are several (a heading's items add up to its points when it heads them)."""
    total, count = 0.0, 0
    for nxt in range(pos + 1, len(lines)):
        if kinds[nxt] not in (None, "bullet"):
            break
        folded = fold(lines[nxt].text)
        note = POINTS_NOTE.search(folded) or AWARD_TAIL.search(folded)
        if note is None and total:
            break
        total += float(note.group(1)) if note else 0.0
        count += bool(note)
    return total, count >= 2


def _marked_follow(kinds: list[str | None], pos: int) -> bool:
    """The line after ``pos`` is a numbered or bulleted entry."""
    return pos + 1 < len(kinds) and kinds[pos + 1] in ITEM_KINDS


def _points_follow(lines: list[Span], kinds: list[str | None], pos: int, tails: bool = False) -> bool:
    """One of the two lines after ``pos`` is unmarked (or a bullet) and carries its points: in
    brackets, or (``tails``) as the sentence's last words (…，2分。)."""
    for nxt in (pos + 1, pos + 2):
        if nxt < len(lines) and kinds[nxt] not in (None, "bullet"):
            break   # a marked line between: the points below are its own (三、考核细则 / （一）… / （10分）…)
        if nxt < len(lines):
            folded = fold(lines[nxt].text)
            if POINTS_NOTE.search(folded) or POINTS_FIRST.match(folded) or tails and AWARD_TAIL.search(folded):
                return True
    return False


def read_inline_items(spans: list[Span], draft: Draft, headings: frozenset[int] = frozenset()) -> None:
    """Numbered lines with inline points, grouped into categories.

    Inside an open category a numbered line without points is still an item
    (its points are then flagged as missing rather than the item dropped).
    Any item numbering ((一) ① (1) 1） a.) is an item where it is a leaf of
    the outline; with lines nested under it, it is a category.  A line that
    opens the bonus, deduction or veto part closes the items, and so does a heading (a block the
    document styles as one, in ``headings``) that states no points over lines that state none.
    """
    lines: list[Span] = []
    for span in spans:
        for line in _logical_lines(span):
            if lines and (open_bracket(lines[-1].text) and outline_kind(line.text) is None
                          or lines[-1].ref.block != line.ref.block and _wrapped_across(lines[-1], line)):
                lines[-1] = join_wrapped(lines[-1], line)   # a bracket left open, a numbered line wrapped
            else:
                lines.append(line)
    details: dict[tuple, list[Span]] = {}   # a line's place → the lines below it that say how it is scored
    lines = _bullet_details(lines, draft, details)
    kinds = decimal_kinds([outline_kind(line.text) for line in lines])
    scored = next((pos for pos, line in enumerate(lines) if kinds[pos] is not None and ANY_POINTS.search(fold(line.text))),
                  len(lines))
    stops = frozenset(pos for pos, line in enumerate(lines) if pos > scored and kinds[pos] is None
                      and line.ref.block in headings and _notes_heading(lines, pos, headings))
    chain: list[str] = []
    heading_lines: dict[int, Span] = {}   # category → the heading line that opened it
    sentence_heads: dict[int, Span] = {}  # category → the sentence glued to its name after a colon
    open_cats: list[tuple[str | None, DraftCategory]] = []
    current = None
    declared = {name for name, *_ in named_points(lines)}   # 其中组织领导20分: names with points
    marked: dict[int, tuple[str, Span]] = {}   # a category or item → the numbering that opened it, and its line
    entries_part = False   # under a heading of entries (加分项目, Bonus)
    closed = True
    provisional = False   # open under a plain heading: only lines with their own points are items yet
    # 每项N分 stated before the items: (points, their span, the category, the lead-in line)
    each: tuple[float, Span, DraftCategory | None, Span] | None = None
    awaiting: DraftItem | None = None   # an item named with its points only, its criteria on the lines below
    awaiting_own: Span | None = None
    for pos, line in enumerate(lines):
        kind = kinds[pos]
        if kind is None and awaiting is not None and awaiting.criteria is not awaiting_own \
                and re.search(r"[。.]\s*$", awaiting.criteria.text) and not re.search(r"[，,。；;：:]", line.text):
            awaiting = None   # a closed criteria sentence, then a line that is no sentence (a signature)
        if kind is None and awaiting is not None and squash(line.text) and not ENTRY_SECTION.match(squash(line.text)) \
                and not POINTS_NOTE.search(fold(line.text)) and not GRADE_LINE.search(fold(line.text)):
            # the first line below replaces the name-only criteria; further lines are joined to it
            awaiting.criteria = line.strip() if awaiting.criteria is awaiting_own else \
                join_wrapped(awaiting.criteria, line.strip())
            continue
        if kind is not None:
            awaiting = None
        if kind is None and current is not None and current.items and kinds[pos - 1] is not None \
                and CRITERIA_LABEL.match(line.text) and current.items[-1].criteria is not None \
                and current.items[-1].criteria.ref.block == lines[pos - 1].ref.block:
            # "4．建立隐患台账…（赋分15）" / "考核办法：每少一次扣1分": a labelled line below the item is
            # how it is scored (named rule ``criteria_label_below``)
            current.items[-1].criteria = line.strip()
            # a bare label (考核办法：) is replaced by the lines below; a label with its rule is continued by them
            labelled = squash(line.text[CRITERIA_LABEL.match(line.text).end():])
            awaiting, awaiting_own = current.items[-1], (None if labelled else current.items[-1].criteria)
            continue
        if kind is None and current is not None and current.items and current.items[-1].points is None \
                and kinds[pos - 1] is not None and len(BANDS.findall(fold(line.text))) >= 2:
            # "1．医德医风" / "优秀（9-10分）：…；良好（7-8分）：…": the levels below an item without points
            # are its criteria (named rule ``bands_below``; the rules stage reads its maximum from them)
            current.items[-1].criteria = line.strip()
            continue
        alone = POINTS_ALONE.match(fold(line.text)) if kind is None else None
        if alone and current is not None and current.items and current.items[-1].points is None \
                and kinds[pos - 1] is not None:
            # "1．台账管理" / "10分" / "评分：…": the points on their own line under the item
            # (named rule ``points_line_below``), its criteria on the lines after them
            item = current.items[-1]
            item.points, item.points_span = float(alone.group(1)), line.match_span(alone, 1)
            awaiting, awaiting_own = item, item.criteria
            continue
        first = POINTS_FIRST.match(fold(line.text)) if kind is None else None
        if first and current is not None and not closed:
            # "（10分）居务公开…。每少一次扣2分。" / "8分：便民服务站…": the points first (named rule
            # ``points_first``); the first sentence names the item, the whole line is its criteria
            body = line.sub(first.end(), len(line.text)).strip()
            named = NAMED_BY_COLON.match(body.text)   # 【10分】课堂出勤：全勤得10分…: the name before the colon
            head = FIRST_SENTENCE.match(body.text)
            text = body.sub(0, named.end(1)) if named else body.sub(0, head.end(1)) if head else body
            criteria = body.sub(named.end(), len(body.text)) if named else body
            group = "pts" if first.group("pts") else "pts2"
            item = DraftItem(code=str(len(current.items) + 1), text=text.strip(" \t;；,，。"),
                             points=float(first.group(group)), points_span=line.match_span(first, group),
                             criteria=criteria)
            current.items.append(item)
            if SHORT_HEADING.match(squash(body.text)):   # （15分）问题回答: the criteria on the lines below
                awaiting, awaiting_own = item, item.criteria
            continue
        lead = EACH_LEAD.search(fold(line.text)) if kind is None else None
        if lead and _marked_follow(kinds, pos):
            each = (float(lead.group(1)), line.match_span(lead, 1), current, line.strip())
            continue
        leaf = kind is not None and _is_leaf(kinds, pos, chain, stops)
        if kind is not None:
            chain = chain[: chain.index(kind) + 1] if kind in chain else chain + [kind]
        if (ENTRY_SECTION.match(squash(line.text)) or ENTRY_PART_END.match(squash(line.text))) \
                and not POINTS_NOTE.search(line.text):
            closed, open_cats = True, []
            # the lines under a heading of entries (Bonus / 加分项目) are the sections reader's, not items
            entries_part = line.ref.block in headings
            continue
        if line.ref.block in headings:
            entries_part = False
        if pos in stops:
            closed, open_cats = True, []   # named rule ``plain_heading_closes``: ## 其他说明 over unscored lines
            continue
        if kind is not None and kind != "bullet" and not POINTS_NOTE.search(line.text):
            same = next((i for i, (k, _) in enumerate(open_cats) if k == kind), None)
            if same is not None:   # a sibling of an open heading closes it ("3. 备注" after "2. 评分标准")
                open_cats = open_cats[:same]
                closed = not open_cats
                current = open_cats[-1][1] if open_cats else None
            marker = OUTLINE_MARKER.match(line.text)
            title = squash(line.text[marker.end():])
            if SHORT_HEADING.match(title) and _points_follow(lines, kinds, pos):
                # "2. 评分标准：" over unnumbered lines that carry their points: the heading of those items
                label = title.rstrip(":：")
                parent = open_cats[-1][1] if open_cats else None
                current = draft.subcategory(label, parent, line.sub(marker.end(), len(line.text)).strip())
                current.code = marker_code(marker.group(0), kind)
                open_cats.append((kind, current))
                closed = False
                continue
        heads_marked = _marked_follow(kinds, pos) and kinds[pos + 1] not in {k for k, _ in open_cats}
        if kind is None and not TOTAL_NOTE.search(MAX_NOTE.sub("", line.text)) and (
                heads_marked or _points_follow(lines, kinds, pos, tails=True)):
            name, points, points_span, weight = strip_label_notes(line)
            if points is not None and SHORT_HEADING.match(squash(name.text)) and (
                    heads_marked or _following_points(lines, kinds, pos) == (points, True)):
                # "第一部分（30分）" over numbered lines: an unnumbered heading with its points;
                # "模块一 布线工艺 (满分 40 分)": an ordinal label before the name is its code
                ordinal = ORDINAL_LABEL.match(name.text)
                if ordinal and squash(name.text[ordinal.end():]):
                    name = name.sub(ordinal.end(), len(name.text)).strip()
                current = draft.category(squash(name.text).rstrip(":："), name)
                current.code = squash(ordinal.group()) if ordinal else None
                current.points, current.points_span, current.weight = points, points_span, weight
                open_cats, closed, provisional = [("unmarked", current)], False, False
                heading_lines[id(current)] = line.strip()
                continue
        heading = CATEGORY_HEADING.match(line.text)
        body = line.sub(heading.end(), len(line.text)) if heading else None
        lead = POINTS_LEAD_IN.match(fold(body.text)) if body is not None and _marked_follow(kinds, pos) else None
        if lead:
            # named rule points_lead_in: "第五条　师德师风20分，考核以下内容：" over （一）… — the article's module
            # and its points, then the lead-in to its items
            open_cats = [(k, c) for k, c in open_cats if kind is not None and k in chain[:-1]]
            name = body.sub(lead.start("name"), lead.end("name")).strip()
            current = draft.subcategory(squash(name.text), open_cats[-1][1], name) if open_cats \
                else draft.category(squash(name.text), name)
            open_cats.append((kind, current))
            current.code = marker_code(heading.group(0), kind)
            current.points, current.points_span = float(lead.group("pts")), body.match_span(lead, "pts")
            heading_lines[id(current)] = body.strip()
            closed = provisional = False
            continue
        module = POINTS_SENTENCE_MODULE.match(fold(body.text)) if body is not None and kind == "article" \
            and not _marked_follow(kinds, pos) else None
        if module and (ANY_POINTS.search(module.group("rest")) or any(
                lab in SCORES for lab, *_ in analyse(module.group("rest")))):
            # named rule points_sentence_module: "第八条　出勤纪律15分。事假每天扣0.5分…" — an article that is one
            # module scored as one item: its name, its points, then how it is scored
            name = body.sub(module.start("name"), module.end("name")).strip()
            current = draft.category(squash(name.text), name)
            current.code = marker_code(heading.group(0), kind)
            current.points, current.points_span = float(module.group("pts")), body.match_span(module, "pts")
            current.items.append(DraftItem(code="1", text=name, points=current.points, points_span=current.points_span,
                                           criteria=body.sub(module.start("rest"), len(body.text)).strip()))
            open_cats, closed, provisional = [], True, False
            continue
        if heading is None and kind in ITEM_KINDS and kind != "bullet" and not leaf:
            heading = OUTLINE_MARKER.match(line.text)   # "1. 报告质量（20分）" over its bullets: a heading
        if heading and (POINTS_NOTE.search(line.text) or POINTS_INLINE.search(line.text)
                        or WEIGHT_NOTE.search(fold(line.text)) or POINTS_NOTE_WORDS.search(fold(line.text))) \
                and not (kind in ITEM_KINDS and leaf):
            name, points, points_span, weight = strip_label_notes(line.sub(heading.end(), len(line.text)))
            total = TOTAL_LINE.search(fold(line.text)) if kind == "article" else None
            mentioned = len(ANY_POINTS.findall(fold(line.text)))
            # …满分100分，其中职能目标60分、共性目标25分: the total and the modules' shares, declared
            shares = len(list(named_points([line]))) if total and mentioned > 1 else 0
            if total and (mentioned == 1 or shares >= 2 and mentioned <= shares + 1) \
                    and not SCORES_ITSELF.search(fold(line.text)) \
                    and (not SHORT_HEADING.match(squash(name.text)) or re.search(r"[，,。；;]\s*$", fold(line.text)[:total.start()])):
                # 第二条　本办法适用于…，满分100分。 — an article stating the total, not a module
                if draft.total is None:
                    draft.total, draft.total_span = float(total.group(1)), line.match_span(total, 1)
                continue
            glued = GLUED_SENTENCE.match(name.text)
            sentence = None
            if glued and SHORT_HEADING.match(squash(glued.group(1))):
                # "四、利用服务：每形成一项…得2分，本项满分10分": a short name, then the module's sentence
                sentence = name.sub(glued.end(), len(name.text)).strip(" ，,。")
                rest = THIS_ITEM_TAIL.search(sentence.text)   # left by 本项满分N分
                sentence = sentence.sub(0, rest.start()) if rest else sentence
                name = name.sub(0, glued.end(1)).strip()
            # nested under the open category of the numbering above it (一、 → （一） → 1.)
            open_cats = [(k, c) for k, c in open_cats if kind is not None and k in chain[:-1]]
            label = squash(name.text).rstrip("。.:：")
            current = draft.subcategory(label, open_cats[-1][1], name) if open_cats else draft.category(label, name)
            open_cats.append((kind, current))
            marked[id(current)] = (kind, line)
            current.code = marker_code(heading.group(0), kind)
            current.points, current.points_span = points, points_span
            current.weight = weight
            heading_lines[id(current)] = line.sub(heading.end(), len(line.text)).strip()
            if sentence is not None and squash(sentence.text):
                sentence_heads[id(current)] = sentence
            closed = provisional = False
            continue
        title = squash(line.text[heading.end():]).rstrip(":：") if heading else ""
        if heading and kind is not None and not leaf and _marked_follow(kinds, pos) \
                and SHORT_HEADING.match(title) and not ITEMS_SECTION.search(title) \
                and (_scored_below(lines, kinds, pos) >= 2 or title in declared):
            # named rule ``plain_headings``: "一、基础分" / "（一）组织领导" over numbered items: a category
            # whose points are stated elsewhere (其中组织领导20分…) or are its items' sum
            open_cats = [(k, c) for k, c in open_cats if k in chain[:-1]]
            name = line.sub(heading.end(), len(line.text)).strip(" \t:：")
            current = draft.subcategory(title, open_cats[-1][1], name) if open_cats else draft.category(title, name)
            open_cats.append((kind, current))
            current.code = marker_code(heading.group(0), kind)
            closed, provisional = False, True
            continue
        marker = OUTLINE_MARKER.match(line.text)
        slashed = slash_levels(line.text) if kind in ITEM_KINDS else ([], None)
        if kind in ITEM_KINDS and leaf and not entries_part and (
                (kind not in ("num", "paren_num") and (not closed or POINTS_NOTE.search(line.text)))
                or (_tail_points(fold(line.text), closed) or MAX_STATED.search(fold(line.text)))
                and not POINTS_NOTE.search(line.text)
                or POINTS_NOTE.match(fold(line.text[marker.end():]))   # points first
                or DASH_POINTS.match(fold(line.text[marker.end():]))   # a name, a dash, its points
                or _worded_close(fold(line.text))   # …专款专用（赋分8）
                or slashed[1] is not None):   # …（好／较好／差：6／4／0）
            if GRADE_BAND_LINE.match(fold(line.text[marker.end():])):
                continue   # ● 90—94分：四星级 — a grade's band, not an item
            text, points, points_span, criteria = _marked_entry(line, marker)
            if points == 0:   # "…的，本次检查计0分": a consequence, not what the line is worth
                points = points_span = None
            stated = TOTAL_LINE.search(fold(line.text))
            if NAME_THEN_POINTS.match(fold(line.text[marker.end():])):
                stated = None   # （四）会计核算，满分15分。…: the item's points, not the document's total
            if stated and len(ANY_POINTS.findall(fold(line.text))) == 1 and points == float(stated.group(1)) \
                    and not SCORES_ITSELF.search(fold(line.text)) \
                    and not fold(line.text)[:stated.start()].rstrip().endswith(("(", "（", "[", "【")):
                # ● 考评周期：按季度考评，满分100分 — a line stating the total, not an item worth it
                if draft.total is None:
                    draft.total, draft.total_span = points, points_span
                continue
            if points is None and (closed or provisional and not ANY_POINTS.search(fold(line.text))) \
                    or not squash(text.text):
                continue
            if current is None or closed:
                current = draft.category("", None)
            closed = provisional = False
            code = marker_code(marker.group(0), kind)
            if kind == "bullet":
                code = str(len(current.items) + 1)
            if kind == "circled":
                code = str("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(code) + 1)
            led = points is None and each is not None and each[2] is current
            if led:
                points, points_span = each[0], each[1]   # the lead-in's 每项N分
            item = DraftItem(code=code, text=text, points=points, points_span=points_span,
                             criteria=criteria or line.sub(marker.end(), len(line.text)).strip(),
                             document_rule=each[3] if led else None,   # named rule ``checklist_lead``
                             levels=slashed[0])
            current.items.append(item)
            marked[id(item)] = (kind, line)
            # "（1）职代会 —— 【12分】" alone on its line: its criteria are the unnumbered lines below
            awaiting = item if criteria is None and points_span is not None and _ends_at_points(line, points_span) \
                and SHORT_HEADING.match(squash(text.text)) and _set_apart(line, text, points_span) else None
            awaiting_own = item.criteria
            continue
        items_sum = ITEMS_SUM_LINE.match(squash(fold(line.text))) if kind is None else None
        if items_sum and current is not None and current.items:
            # 本条各项合计25分 — the sum of the items above: their category's points, not an item
            if current.points is None:
                current.points, current.points_span = float(items_sum.group(1)), line.strip()
            continue
        if kind is None and not closed and current is not None and not POINTS_NOTE.search(line.text) \
                and AWARD_TAIL.search(fold(line.text)) and not TOTAL_LINE.search(fold(line.text)):
            # "台账记录完整规范，2分。" under an open heading: an unnumbered item
            tail = AWARD_TAIL.search(fold(line.text))
            text = line.sub(0, tail.start()).strip(" \t;；,，。-–—:：")
            if WHOLE_LINE.match(squash(fold(line.text))):   # 合　计　五十分: the total, spaced out
                if draft.total is None:
                    draft.total, draft.total_span = float(tail.group(1)), line.match_span(tail, 1)
                continue
            if squash(text.text) and float(tail.group(1)) > 0:
                current.items.append(DraftItem(code=str(len(current.items) + 1), text=text, points=float(tail.group(1)),
                                               points_span=line.match_span(tail), criteria=line.strip()))
            continue
        open_numbered = not closed and (not provisional or ANY_POINTS.search(fold(line.text))) \
            and ENTRY_START.match(line.text)
        if not POINTS_NOTE.search(line.text) and not open_numbered:
            continue
        for entry in split_entries(line):
            if entry.points is None and not open_numbered:
                continue
            if entry.category is not None:
                current = draft.category(squash(entry.category.text), entry.category)
            elif current is None or closed:
                current = draft.category("", None)
            closed = False
            code = entry.code or str(len(current.items) + 1)
            points, points_span = entry.points, entry.points_span
            led = points is None and each is not None and each[2] is current
            if led:
                points, points_span = each[0], each[1]   # the lead-in's 每项N分
            current.items.append(DraftItem(
                code=code, text=entry.text.strip(" \t；;。"), points=points, points_span=points_span,
                criteria=entry.span, document_rule=each[3] if led else None,
            ))
            if kind is not None:
                marked[id(current.items[-1])] = (kind, line)
            if entry.subtotal is not None:
                current.points, current.points_span = entry.subtotal, entry.subtotal_span
                closed = True
    _headings_without_items(draft, heading_lines, sentence_heads)
    _parts_of_items(draft, marked)
    for item in draft.items():   # sub_bullets: the item's own line was followed by how it is scored
        rule = next((r for (where, start), r in details.items() if item.text is not None
                     and place(item.text) == where and start <= item.text.ref.start), None)
        if rule:
            item.criteria = rule[0] if len(rule) == 1 else Span("；".join(r.text for r in rule), rule[0].ref)


def _tail_points(folded: str, closed: bool) -> bool:
    """The line closes on its points (…，2分。 / …得5分), or — inside an open part only — on a bare
    number (…（赋分8）…8): after a heading that closed the items a bare number ending a line is a count
    or a time run onto the next line (提问 5 / 分钟。), not points."""
    tail = AWARD_TAIL.search(folded)
    return tail is not None and (not closed or POINTS_WORD in tail.group())


def _notes_heading(lines: list[Span], pos: int, headings: frozenset[int]) -> bool:
    """A heading that states no points, over lines (up to the next heading) none of which states its
    points in a note: after scored lines, a part of remarks, not of items."""
    if ANY_POINTS.search(fold(lines[pos].text)):
        return False
    below = []
    for line in lines[pos + 1:]:
        if line.ref.block in headings:
            break
        below.append(line)
    return not any(POINTS_NOTE.search(line.text) for line in below)


def _scored_below(lines: list[Span], kinds: list[str | None], pos: int) -> int:
    """How many marked lines under the heading at ``pos`` (up to its next sibling or a line above
    it in the outline) state their own points: (6分), （赋分8）, （好／差：6／0）, ——6分."""
    kind, found = kinds[pos], 0
    # the numberings above the heading's in the outline: those the document uses first
    above = set(kinds[:kinds.index(kind)]) - {None}
    for nxt in range(pos + 1, len(lines)):
        if TRUNCATED.search(lines[nxt].text):
            break   # text left out of a scraped page: what follows is not known to be under the heading
        k = kinds[nxt]
        if k is None:
            continue
        if k == kind or k in above:   # its sibling, or a line above it
            break
        folded = fold(lines[nxt].text)
        marker = OUTLINE_MARKER.match(lines[nxt].text)
        found += bool(POINTS_NOTE.search(folded) or _worded_close(folded) or _dash_points(lines[nxt].text)
                      or POINTS_SENTENCE_END.search(folded)
                      or slash_levels(lines[nxt].text)[1] is not None
                      or marker and NAME_THEN_POINTS.match(folded[marker.end():]))   # （一）党建工作，10分，…
    return found


def _worded_close(folded: str) -> bool:
    """The line ends with its points in words (…（赋分8）, …（全部达到可得 40 分）)."""
    worded = list(POINTS_NOTE_WORDS.finditer(folded))
    return bool(worded) and not folded[worded[-1].end():].strip(" \t。；;.")


def _ends_at_points(line: Span, points_span: Span) -> bool:
    """Nothing but brackets and punctuation follows the points on the line."""
    rest = line.text[points_span.ref.end - line.ref.start:]
    return not squash(POINTS_CLOSE.sub("", rest))


def _set_apart(line: Span, text: Span, points_span: Span) -> bool:
    """A dash or colon stands between the item's name and its points (职代会 —— 【12分】): a
    rubric heading whose criteria follow, not a sentence with its points note.  A label the
    points tail carries (秸秆禁烧巡查　分值：12) sets them apart too."""
    digit = re.search(r"\d", fold(points_span.text))
    upto = points_span.ref.start - line.ref.start + (digit.start() if digit else 0)
    between = line.text[text.ref.end - line.ref.start: upto]
    return bool(re.search(r"[—–\-－:：]|[…\.．·・]{3,}", between))   # a dash, a colon, a dot leader


#: the numberings of an item's parts: ①② and a. b.
PART_KINDS = {"circled", "letter"}


def _parts_of_items(draft: Draft, marked: dict[int, tuple[str, Span]]) -> None:
    """Named rule ``parts_of_item``: a numbered line with points whose lines below are ① … or a. …,
    each with points adding up exactly to it, is an item scored in those parts (components) — where
    lines numbered like it are items elsewhere in the outline ((1)…（计8分） with no parts).  Its
    parts are its criteria, not items of their own."""
    item_kinds = {marked[id(it)][0] for it in draft.items() if id(it) in marked}
    item_kinds -= PART_KINDS
    parents = {id(c.parent) for c in draft.categories if c.parent is not None}
    for cat in list(draft.categories):
        kind, line = marked.get(id(cat), (None, None))
        if kind not in item_kinds or cat.points is None or cat.parent is None or id(cat) in parents \
                or len(cat.items) < 2 or any(marked.get(id(it), ("",))[0] not in PART_KINDS or it.points is None
                                             for it in cat.items) \
                or abs(sum(it.points for it in cat.items) - cat.points) > 1e-9:
            continue
        parts = [marked[id(it)][1] for it in cat.items]
        draft.part_amounts += [it.points_span for it in cat.items if it.points_span is not None]
        criteria = parts[0]
        for part in parts[1:]:
            criteria = join_wrapped(criteria, part)
        cat.parent.items.append(DraftItem(code=cat.code, text=cat.name_span or line, points=cat.points,
                                          points_span=cat.points_span, criteria=criteria))
        cat.parent.items.sort(key=lambda it: (it.text.ref.block, it.text.ref.start))
        draft.categories.remove(cat)
        draft.explain.append(f"parts_of_item: «{squash(cat.name)[:16]}» is an item of {cat.points:g} points scored "
                             f"in its {len(parts)} parts")


def _headings_without_items(draft: Draft, heading_lines: dict[int, Span],
                            sentence_heads: dict[int, Span] | None = None) -> None:
    """A heading with points that heads nothing ("二、组织建设情况（25分，组织健全…）" followed by
    the next heading) is a module scored as one item: the item is the heading, its criteria
    what the brackets say beside the points."""
    parents = {id(c.parent) for c in draft.categories if c.parent is not None}
    for cat in draft.categories:
        line = heading_lines.get(id(cat))
        if line is None or cat.items or id(cat) in parents or not cat.points:
            continue   # (a heading "worth" 0 points states a consequence: 计0分)
        sentence = (sentence_heads or {}).get(id(cat))
        text = sentence if sentence is not None else cat.name_span if cat.name_span is not None else line
        cat.items.append(DraftItem(code="1", text=text, points=cat.points, points_span=cat.points_span,
                                   criteria=sentence if sentence is not None else line))

def read_deduction_items(section: Node, draft: Draft, document_text: str) -> None:
    """Each numbered child is a category; each clause that deducts points is an item."""
    for child in section.children:
        if child.level == 9:
            continue
        body = _with_continuations(child)
        label, points, points_span, _ = strip_label_notes(body[0])
        if points is not None and SHORT_HEADING.match(squash(label.text)):
            # "一、安全用电（30分）" over lines that take points off: the part and the most it loses
            name, rest = label, body[1:]
        else:
            name, rest = split_glued_heading(body, document_text)
            points = points_span = None
        category = draft.category(squash(name.text) if name else f"{child.number}", name)
        category.code = child.number
        category.points, category.points_span = points, points_span
        for text in penalty_clauses(rest):
            category.items.append(DraftItem(code=f"{child.number}.{len(category.items) + 1}", text=text,
                                            criteria=text))


def _with_continuations(node: Node) -> list[Span]:
    return [node.body] + [c.body for c in node.children if c.level == 9]


def split_glued_heading(bodies: list[Span], document_text: str) -> tuple[Span | None, list[Span]]:
    """"完成工作任务区总党组会确定的…" → ("完成工作任务", rest).

    Candidates end where a sentence opener begins; the longest candidate that
    the notice repeats elsewhere wins (headings are named again in the
    organisation section), else the first.
    """
    first = bodies[0]
    text = first.text
    candidates = []
    for end in range(3, min(len(text), 16) + 1):
        if any(text.startswith(op, end) for op in OPENERS) and not re.search(r"[，,。；;:：]", text[:end]):
            candidates.append(end)
    if not candidates:
        return None, bodies
    elsewhere = [e for e in candidates if document_text.count(text[:e]) >= 2]
    end = max(elsewhere) if elsewhere else candidates[0]
    return first.sub(0, end), [first.sub(end, len(text))] + bodies[1:]


def penalty_clauses(bodies: list[Span]) -> list[Span]:
    """The clauses (from where the condition starts) that deduct points."""
    out: list[Span] = []
    for body in _join_broken_numbers(bodies):
        for sentence in _sentences(body):
            text, where = collapse_number_breaks(sentence.text)
            begin = 0
            for clause in split_clauses(text):
                end = clause.start + len(clause.text)
                if may_find("PENALTY", clause.text) \
                        and any(label == "PENALTY" for label, *_ in analyse(clause.text)):
                    start = _condition_start(text, begin, clause.start)
                    out.append(sentence.sub(where[start], where[end - 1] + 1).strip(" ,，;；"))
                    begin = end
    return out


def collapse_number_breaks(text: str) -> tuple[str, list[int]]:
    """Remove line breaks inside numbers ("0.\n5" → "0.5"), with a map from each
    character of the result to its offset in ``text`` so spans stay exact."""
    keep = [i for i, ch in enumerate(text)
            if not (ch == "\n" and re.search(r"\d[.．]\s*$", text[:i]) and re.match(r"\s*\d", text[i + 1:]))]
    return "".join(text[i] for i in keep), keep


def _sentences(span: Span) -> list[Span]:
    out, pos = [], 0
    for m in re.finditer(r"[。；;]", span.text):
        if span.text[pos:m.start()].strip():
            out.append(span.sub(pos, m.start()))
        pos = m.end()
    if span.text[pos:].strip():
        out.append(span.sub(pos, len(span.text)))
    return out


CONDITION_OPENER = pattern("paragraphs.condition_opener")
#: 每张扣1分 — a rate that names no fault of its own: the fault is the clause before it
BARE_RATE = pattern("paragraphs.bare_rate")
#: 得分＝…×20, 每…计2分: a sentence that scores something itself (not only states the total)
SCORES_ITSELF = pattern("paragraphs.scores_itself")
#: 合　计　100分 — a line that is only the total (spaced out or not), not an item
WHOLE_LINE = pattern("paragraphs.whole_line")
NEGATION = pattern("paragraphs.negation")
CLAUSE_DE = text("paragraphs.clause_de")


def _condition_start(text: str, begin: int, clause_start: int) -> int:
    """Where the condition of a deduction begins: the first clause that opens
    with a condition word (因…, 凡…), states a failure (未/无/不…) or is a
    "…的" clause; earlier clauses state the duty, not what is penalised."""
    parts = [m.start() for m in re.finditer(r"[，,]", text[begin:clause_start])]
    starts = [begin] + [begin + p + 1 for p in parts]
    for s, e in zip(starts, [begin + p for p in parts] + [clause_start]):
        clause = text[s:e]
        if CONDITION_OPENER.match(clause) or NEGATION.search(clause) or clause.rstrip().endswith(CLAUSE_DE):
            return s
    if len(starts) >= 2 and BARE_RATE.match(text[clause_start:]):   # 桌面堆放杂物，每张扣1分
        return starts[-2]
    return starts[-1]


def _join_broken_numbers(bodies: list[Span]) -> list[Span]:
    """Scraped text breaks lines inside numbers ("扣0." / "5分"); when the break
    falls between two paragraphs, read the pair as one.

    The joined span keeps the first paragraph's reference; its offsets past
    that paragraph's end are approximate (the quote holds the joined text).
    """
    out: list[Span] = []
    for body in bodies:
        if out and re.search(r"\d[.．]\s*$", out[-1].text) and re.match(r"\s*\d", body.text):
            prev = out[-1]
            joined = prev.text.rstrip() + body.text.lstrip()
            out[-1] = Span(joined, prev.ref.model_copy(update={"end": prev.ref.start + len(joined),
                                                               "quote": joined}))
        else:
            out.append(body)
    return out


# --------------------------------------------------------------------------- the numbered variant
# Numbered lines under section headings, read line by line:
# - a section heading (一、班级卫生 / 第一条 … / （一）…, short, no sentence punctuation) opens a
#   top-level category; a short numbered heading (1.跑操) followed by lettered or numbered lines opens
#   a sub-category;
# - a numbered (1. / 1、 / （1） / ①) or lettered (a.) line is an item;
# - a heading that opens a bonus, deduction, veto or grades part (四、扣分项目) ends the items;
# - a note block (注： / 说明：) is not items; what it says about points is used: "总分为10分" gives the
#   section's points, "以上五项标准各占2分" the points of the items above it.

CN = CN_NUMERALS
#: the outline's numberings (OUTLINE_MARKER's kinds) this variant takes as items
NUMBERED_KINDS = {"num", "paren_num", "circled"}
NOTE = pattern("prose.note")
SECTION_POINTS = pattern("prose.section_points")
#: 本表 / 本办法 / 考核总分 right before 满分N分: the whole document's total
WHOLE_DOCUMENT = pattern("prose.whole_document")
EACH_POINTS = pattern("prose.each_points")
#: a numbered line that is only a scale of counts (3至5人缺席扣1分，6至8人缺席扣2分): it has no subject
SCALE_LINE = pattern("prose.scale_line")
#: a numbered line opening with a short name closed by a full stop (工具整理。…)
NAMED_LINE = pattern("prose.named_line")
SENTENCE = compile_kept(r"[，,。；;：:！!？?]")
#: （10分） / （0—20分） closing a numbered line: its points (a range's top)
CLOSING_NOTE = pattern("prose.closing_note")
#: a paragraph that opens with its section's points (基础分20分。/ 分值：15分，/ 本项10分；)
POINTS_OPENING = pattern("prose.points_opening")
#: （20分） opening a line before its number (（20分）一、组织建设): the points of what the line opens
POINTS_BEFORE_NUMBER = pattern("prose.points_before_number")


def _heading(text: str, limit: int = 20) -> bool:
    return 0 < len(squash(text)) <= limit and not SENTENCE.search(text.strip().rstrip("：:"))


class ProseReader:
    def __init__(self, draft: Draft):
        self.draft = draft
        self.top: DraftCategory | None = None
        self.sub: DraftCategory | None = None
        self.in_note = False
        self.found = 0
        self.top_name: Span | None = None

    def current(self) -> DraftCategory:
        if self.sub is not None:
            return self.sub
        if self.top is None:
            self.top = self.draft.subcategory("", None)
        return self.top

    def read(self, spans: list[Span]) -> int:
        lines = split_skipped_letters([line for span in spans for line in span.lines()])
        for pos, line in enumerate(lines):
            text = line.text.strip()
            nxt = lines[pos + 1].text.strip() if pos + 1 < len(lines) else ""
            self._line(line, text, nxt)
        if self.found:   # a heading over no items (二、分值构成：…满分100分) is no category of the scheme
            held = {id(c) for it_cat in self.draft.categories if it_cat.items for c in _chain(it_cat)}
            self.draft.categories = [c for c in self.draft.categories if id(c) in held]
        return self.found

    def _line(self, line: Span, text: str, nxt: str) -> None:
        lead = POINTS_BEFORE_NUMBER.match(fold(text))
        if lead and outline_kind(text[lead.end():]) is not None:
            # named rule points_before_number: （20分）一、组织建设 / （8分）1．… — the points, then the numbered
            # line they belong to: read the line, then give what it opened (a heading or an item) its points
            start = line.text.find(text) + lead.end()
            top, found = self.top, self.found
            self._line(line.sub(start, len(line.text)), text[lead.end():], nxt)
            owner = self.top if self.top is not top and self.top is not None else (
                self.current().items[-1] if self.found > found else None)
            if owner is not None and owner.points is None:
                owner.points, owner.points_span = float(lead.group("pts")), line.match_span(lead, "pts")
            return
        m = CATEGORY_HEADING.match(text)
        if m and _heading(text[m.end():]):
            if ENTRY_SECTION.match(squash(text[m.end():])):
                self.top = self.sub = None   # 四、扣减积分: entries the section reader reads, not items
                return
            self.top = self.draft.subcategory(squash(text[m.end():]).rstrip("：:"), None, line)
            self.top.code = _number(m.group())
            self.sub, self.in_note = None, False
            start = line.text.find(text[m.end():].strip())
            self.top_name = line.sub(start, start + len(text[m.end():].strip())).strip() if start >= 0 else line
            return
        note = NOTE.match(text)
        if note:
            self.in_note = True
            self._points_statement(line.strip())
            return
        if self.top is None:
            return
        if self.in_note:
            self._points_statement(line.strip())
            return
        kind = outline_kind(text)
        opening = POINTS_OPENING.match(fold(text)) if kind is None else None
        if opening and self.sub is None and not self.top.items and self.top.points is None:
            self._heading_item(line, opening)
            return
        marker = OUTLINE_MARKER.match(text)
        if kind == "paren_cn" and self.sub is None and not _heading(text[marker.end():]) \
                and SCORING_CLAUSE.search(text) and ANY_POINTS.search(fold(text)):
            # named rule paren_cn_sentences: （一）名称。要求…（评分办法：…得6分…） under 一、 is an item, not a
            # heading — where the sentence closes on how it is scored (a note's （一）调整分值结构… does not)
            self._item(line, _number(marker.group()), text[marker.end():], marker.end())
            return
        if kind in NUMBERED_KINDS:
            body = text[marker.end():]
            code = _number(marker.group())
            if _heading(body, 8) and outline_kind(nxt) == "letter":
                self.sub = self.draft.subcategory(squash(body), self.top, line)
                self.sub.code = code
                return
            self.sub = None
            # a line over deeper numbered lines is their heading: its points are the inline reader's to read
            self._item(line, code, body, marker.end(),
                       closing_points=outline_kind(nxt) not in NUMBERED_KINDS or outline_kind(nxt) == kind)
            return
        if kind == "letter":
            self._item(line, _number(marker.group()), text[marker.end():], marker.end())
            return
        if kind is None and self._scale_below(line, text):
            return
        self._points_statement(line.strip())

    def _scale_below(self, line: Span, text: str) -> bool:
        """Named rule ``scale_below``: a line listing two or more levels with their points and nothing else
        (A 优（10分）；B 良（8分）；…), right under an item without points, is the scale its rater picks from:
        the item is worth its top level."""
        items = self.current().items if self.found else []
        levels = cell_levels(re.sub(r"[；;]", " ", text))
        if not items or len(levels) < 2 or items[-1].points is not None or items[-1].levels:
            return False
        item = items[-1]
        item.levels, item.points = levels, max(p for _, p in levels)
        top = re.search(rf"{re.escape(f'{item.points:g}')}\s*{POINTS_WORD}", fold(line.text))
        item.points_span = line.match_span(top) if top else line.strip()
        item.criteria = line.strip()
        return True

    def _item(self, line: Span, code: str, body: str, offset: int, closing_points: bool = False) -> None:
        if not squash(body):
            return
        start = line.text.find(body)
        span = line.sub(start, start + len(body)) if start >= 0 else line
        if self._scale_of_previous(span):
            return
        named = NAMED_LINE.match(span.text)   # 1．工具整理。摆放整齐…: a short name, then what it asks
        text = span.sub(0, named.end("name")) if named else span
        criteria = span.sub(named.end(), len(span.text)) if named else span
        points = points_span = None
        closing = CLOSING_NOTE.search(fold(span.text))
        if closing and not named and closing_points:   # 8．达成教学目标（0—20分）: the points closing the line
            text = span.sub(0, closing.start()).strip()
            points, points_span = float(closing.group("pts")), span.match_span(closing, "pts")
        self.current().items.append(DraftItem(code=code, text=text, criteria=criteria, confidence=0.8,
                                              points=points, points_span=points_span))
        self.found += 1

    def _heading_item(self, line: Span, opening: re.Match) -> None:
        """Named rule ``points_opening_body``: a section heading whose paragraph opens with its points
        (（一）组织建设 / 基础分20分。团组织按期换届…) is one item — the heading its name, the paragraph
        after the points what it asks — not a category; the paragraphs after it (加分：…) are left to
        the sections reader."""
        heading = self.top
        self.draft.categories.remove(heading)
        criteria = line.sub(opening.end(), len(line.text)).strip()
        self.draft.subcategory("", None).items.append(DraftItem(
            code=heading.code, text=self.top_name, points=float(opening.group("pts")),
            points_span=line.match_span(opening, "pts"), criteria=criteria if squash(criteria.text) else line))
        self.draft.explain.append(f"points_opening_body: «{squash(self.top_name.text)[:16]}» is an item of "
                                  f"{opening.group('pts')} points, stated as its paragraph opens")
        self.found += 1
        self.top = self.sub = None

    def _scale_of_previous(self, span: Span) -> bool:
        """Named rule ``scale_line``: a numbered line that opens with a count and takes or gives
        points for it (2.3至5人缺席扣1分，…) names nothing of its own: it is the rule of the
        item before it, where that item states neither points nor an amount."""
        items = self.current().items
        if not items or not SCALE_LINE.match(fold(span.text)):
            return False
        previous = items[-1]
        if previous.points is not None or ANY_POINTS.search(fold(previous.criteria.text)):
            return False
        previous.criteria = span if previous.criteria is previous.text else join_wrapped(previous.criteria, span)
        self.draft.explain.append(f"item {previous.code}: the scale line «{squash(span.text)[:20]}» is its rule")
        return True

    def _points_statement(self, line: Span) -> None:
        """A note's points: "以上五项标准各占2分" gives the items above it their points (the note is
        their source), "每周内务总分为20分" the section's."""
        folded = fold(line.text)
        each = EACH_POINTS.search(folded)
        if each:
            count = parse_number(each.group(1)) if each.group(1) else None
            value = float(each.group(2))
            items = [it for it in self.current().items if it.points is None]
            if count:
                items = items[: int(count)]
            for it in items:
                it.points = value
                it.points_span = line.match_span(each, 2)
                it.confidence = 0.9
        total = SECTION_POINTS.search(folded)
        if total and WHOLE_DOCUMENT.search(folded[:total.start()]):
            # 本表满分100分 in a closing note: the whole document's total, not the section's
            if self.draft.total is None:
                self.draft.total, self.draft.total_span = float(total.group(1)), line.match_span(total, 1)
        elif total and self.top is not None and self.top.points is None:
            self.top.points = float(total.group(1))
            self.top.points_span = line.match_span(total, 1)


def _chain(cat: DraftCategory) -> list[DraftCategory]:
    """A category and the categories above it."""
    return [cat] + (_chain(cat.parent) if cat.parent is not None else [])


def _number(marker: str) -> str:
    """The number a marker gives: 一 of 一、 / 第一部分, 3 of （3）, 2 of ②, b of b."""
    circled = re.search(r"[①-⑳]", marker)
    if circled:
        return str("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(circled.group()) + 1)
    return re.search(rf"[{CN}]+|\d+|[a-zA-Z]", marker).group()


def read_prose_items(spans: list[Span], draft: Draft) -> int:
    return ProseReader(draft).read(spans)


DEDUCTION_MODEL = pattern("readings.deduction_model")
BASE_POINTS = pattern("readings.base_points")
HUNDRED_SCALE_WORD = text("readings.hundred_scale_word")

# --------------------------------------------------------------------------- the variants, registered


def _deduction_sections(ex: Extraction) -> list[Node]:
    """The sections whose clauses take points off: 考核内容 sections stating 百分制 / 基础分, else
    (named rule ``deduction_sheet``) the whole outline where the document states a base to deduct
    from (以100分为基础分，按下表扣分) and two or more parts with their points list what they take off."""
    found = [n for n in walk(ex.outline) if section_kind(n) == "items" and DEDUCTION_MODEL.search(n.full_text())]
    if found:
        return found
    base = next((span for span in ex.spans if BASE_POINTS.search(fold(span.text))), None)
    if base is None:
        return []
    parts = [n for n in ex.outline if n.level in (1, 2) and section_kind(n) is None
             and strip_label_notes(n.body)[1] is not None
             and any(c.level == 9 and penalty_clauses([c.body]) for c in n.children)]
    return [Node(0, "", "", base, parts)] if len(parts) >= 2 else []


def _base_of(m) -> float | None:
    value = next((g for g in (m.groups() if m else ()) if g), None)
    return float(value) if value else None


@reader("outline", "deduction_prose", "prose", priority=0, applies=lambda ex, region: bool(_deduction_sections(ex)))
def read_deduction_prose(ex: Extraction, region, draft: Draft) -> None:
    """百分制 / 基础分 sections: each numbered paragraph a category, each clause taking
    points off an item; a section that takes nothing off only states the total (百分制 = 100)."""
    for node in _deduction_sections(ex):
        base = BASE_POINTS.search(fold(node.full_text()))
        trial = Draft()
        trial.scoring_model = "deduction"
        trial.base_points = _base_of(base) or 100.0
        trial.total = trial.base_points
        trial.total_span = node.body.find(base.group(0) if base else "")
        read_deduction_items(node, trial, ex.doc.text)
        clauses = trial.items()
        if clauses:   # the first section whose clauses take points off is the reading
            draft.categories, draft.scoring_model = trial.categories, trial.scoring_model
            draft.base_points = trial.base_points
            draft.total = draft.total if draft.total is not None else trial.total
            draft.total_span = draft.total_span or trial.total_span
            draft.explain.append(f"deduction sections: {len(clauses)} clause(s) take points off "
                                 f"from a base of {trial.base_points:g}")
            return
        # 百分制 meant "out of 100" here
        elif base and base.group(0) == HUNDRED_SCALE_WORD and draft.total is None:
            draft.total, draft.total_span = 100.0, trial.total_span
            draft.explain.append("百分制 without clauses taking points off: a total of 100")


@reader("outline", "inline_points", "prose", priority=2)
def read_inline(ex: Extraction, region, draft: Draft) -> None:
    """Numbered lines carrying their points ((5分), 得5分, points first), grouped under headings."""
    headings = frozenset(i for i, block in enumerate(ex.doc.blocks) if isinstance(block, Heading))
    read_inline_items(ex.spans, draft, headings)
    if draft.items():
        draft.explain.append(f"{len(draft.items())} numbered line(s) with inline points")


@reader("outline", "numbered", "prose", priority=3)
def read_outline(ex: Extraction, region, draft: Draft) -> None:
    """Numbered or lettered lines under section headings; points from notes (以上各占2分)."""
    found = read_prose_items(ex.spans, draft)
    if found:
        draft.explain.append(f"{found} numbered/lettered line(s) under section headings")


#: a heading that carries its points (基础效能 45分, 制度执行（20分）)
HEADING_POINTS = pattern("readings.heading_points")


def _pointed_headings(ex: Extraction) -> int:
    return sum(isinstance(b, Heading) and bool(HEADING_POINTS.match(fold(b.text))) for b in ex.doc.blocks)


@reader("outline", "headings", "prose", priority=1, applies=lambda ex, region: _pointed_headings(ex) >= 2)
def read_headings(ex: Extraction, region, draft: Draft) -> None:
    """Headings styled as such (a docx's Heading 1/2) that carry their points nest by their level;
    the paragraphs under the innermost one are its items, each with its own points (…（8分）。
    criteria).  A heading without points ends the items (结果运用)."""
    stack: list[tuple[int, DraftCategory]] = []
    found = 0
    for index, block in enumerate(ex.doc.blocks[: ex.limit or None]):
        if isinstance(block, Heading):
            m = HEADING_POINTS.match(fold(block.text))
            while stack and (m is None or stack[-1][0] >= block.level):
                stack.pop()
            if m is None:
                continue
            span = block_span(ex.doc, index, block)
            name = span.match_span(m, "name")
            marker = OUTLINE_MARKER.match(name.text)   # 一、设施配置（25分）: the numbering is its code
            if marker and squash(name.text[marker.end():]):
                name = name.sub(marker.end(), len(name.text)).strip()
            cat = draft.subcategory(squash(name.text), stack[-1][1] if stack else None, name)
            cat.code = marker_code(marker.group(0), marker.lastgroup) if marker else None
            cat.points, cat.points_span = float(m.group("pts")), span.match_span(m, "pts")
            stack.append((block.level, cat))
        elif isinstance(block, Paragraph) and stack:
            for entry in split_entries(block_span(ex.doc, index, block)):
                if entry.points is not None and squash(entry.text.text):
                    stack[-1][1].items.append(DraftItem(code=entry.code or str(len(stack[-1][1].items) + 1),
                                                        text=entry.text, points=entry.points,
                                                        points_span=entry.points_span, criteria=entry.span))
                    found += 1
    draft.explain.append(f"{found} item(s) under headings that carry their points, nested by heading level")
