"""Prose sections of a notice: scheme-level entries and settings.

Each reader takes outline nodes (or plain spans) and fills the draft.  What a
section is comes from its heading words (加分, 扣分, 否决, 奖励 …), never from
its position.
"""

from __future__ import annotations

import re

from schemes.model import Entry, Grade, SoftCap, Veto, Weight
from schemes.criteria.grammar import analyse, fold_script
from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import fold, parse_number
from schemes.criteria.rules import respective_names, label_clauses, points_of, unit_of

from ..grammar.numbering import Node, walk
from ..grammar.spans import Span, join_wrapped, open_bracket, squash, unwrap
from ..grammar.vocabulary import entry, pattern, text, words
from ..state import Draft, refs, Extraction


SECTION_WORDS = {kind: pattern(f"sections.section_words.{kind}")
                 for kind in entry("sections.section_words")}
LEVEL_WORDS = words("sections.level_words")
SHARED = pattern("sections.shared")
EFFECT = pattern("sections.effect")
VETO_WORD = text("sections.veto_word")
WEIGHT = compile_kept(r"([^\s：:，,。；;+＋×xX*＊=＝]{2,20}?)\s*[×xX*＊]\s*(\d+(?:\.\d+)?)\s*[%％]")


#: an entry that ends with its amount (…：+3分) is complete, punctuation or not
POINTS_END = pattern("sections.points_end")
SENTENCE_END = compile_kept(r"[。；;：:！!？?）)」]\s*$")


def section_kind(node: Node) -> str | None:
    head = node.heading(12)
    for kind, pattern in SECTION_WORDS.items():
        if pattern.search(head):
            return kind
    return None


# --------------------------------------------------------------------------- entries


def read_bonus(node: Node, draft: Draft) -> None:
    for child, text in _entries(node):
        entry = _level_entry(child, text, "bonus", len(draft.bonus) + 1)
        if entry:
            draft.bonus.append(entry)


def read_deductions(node: Node, draft: Draft) -> None:
    for child, text in _entries(node):
        clauses = label_clauses(text.text)
        if any(c.has("LEVELS") for c in clauses):   # 通报、警告、记过分别扣1、2、3分: amounts by level
            entry = _level_entry(child, text, "deduction", len(draft.deductions) + 1)
            if entry is not None:
                draft.deductions.append(entry)
            continue
        penalty = next((c for c in clauses if c.has("PENALTY")), None)
        lead = SIGNED_LEAD.match(fold(text.text))
        if penalty is None and lead is not None:   # −2　报告超出页数限制: the amount opening the line (signed_lead)
            draft.deductions.append(Entry(
                id=f"K{len(draft.deductions) + 1}", kind="deduction", code=child.number or None,
                text=unwrap(text.strip(" ;；。").text), points=-float(lead.group("pts")), sources=refs(text=text)))
            continue
        if penalty is None:
            continue
        pts = points_of(penalty.first("PENALTY"))
        draft.deductions.append(Entry(
            id=f"K{len(draft.deductions) + 1}", kind="deduction", code=child.number or None,
            text=unwrap(text.strip(" ;；。").text), points=-pts if pts is not None else None,
            unit=unit_of(penalty), sources=refs(text=text),
        ))


#: a numbered line: "2." "（3）" "②" before its text
NUMBERED_LINE = pattern("sections.numbered_line")
POINTS_WORD = text("points_word")


def stray_penalty(line: Span, draft: Draft) -> Entry | None:
    """Named rule ``stray_penalty``: a numbered line that no item or entry read and that is one
    clause deducting a fixed amount (…答辩迟到扣2分。 under a list of notes) is a scheme-level
    deduction entry — it applies to the whole result, not to an item."""
    marker = NUMBERED_LINE.match(line.text)
    if marker is None:
        return None
    body = line.sub(marker.end(), len(line.text)).strip(" ;；。")
    clauses = label_clauses(body.text)
    if len(clauses) != 1 or not clauses[0].has("PENALTY") or clauses[0].has("AWARD") or clauses[0].has("LEVELS"):
        return None
    pts = points_of(clauses[0].first("PENALTY"))
    if pts is None or fold(body.text).count(POINTS_WORD) != 1:   # one amount: no item of its own
        return None
    return Entry(id=f"K{len(draft.deductions) + 1}", kind="deduction", code=re.sub(r"[、（）().．\s]", "", marker.group()),
                 text=unwrap(body.text), points=-pts, unit=unit_of(clauses[0]), sources=refs(text=body))


#: a veto entry that states its own effect after its condition (…的，考核等次不得评为“好”)
VETO_EFFECT_TAIL = pattern("sections.veto_effect_tail")


def read_veto(node: Node, draft: Draft) -> None:
    effect = EFFECT.search(node.body.text)
    if effect and draft.veto_effect is None:
        draft.veto_effect = node.body.match_span(effect, 1)
    numbered = _numbered(node) or [   # unnumbered: only a sentence that is a condition and its effect
        (c, c.body) for c in node.children if VETO_EFFECT_TAIL.match(c.body.text.strip(" ;；。"))]
    for child, text in numbered:
        clean = text.strip(" ;；。")
        tail = VETO_EFFECT_TAIL.match(clean.text)
        if tail:   # "…被立案审查的，考核等次不得评为“好”": the condition, then what the veto costs
            draft.veto_effect = draft.veto_effect or clean.match_span(tail, "effect")
            clean = clean.match_span(tail, "cond")
        if squash(clean.text) and not draft_has_veto(draft, clean.text):
            draft.veto.append(Veto(id=f"V{len(draft.veto) + 1}", code=child.number or None, text=unwrap(clean.text),
                                   sources=refs(text=clean)))


def draft_has_veto(draft: Draft, text: str) -> bool:
    return any(squash(v.text) == squash(text) for v in draft.veto)


def veto_effect_anywhere(spans: list[Span], draft: Draft) -> None:
    """"有否决条件之一的，取消当年评优资格" stated in prose outside a veto list."""
    if draft.veto_effect is not None:
        return
    for span in spans:
        if VETO_WORD in span.text:
            effect = EFFECT.search(span.text)
            if effect:
                draft.veto_effect = span.match_span(effect, 1)
                return


#: "有下列情形之一的，实行一票否决，年度考评直接定为不合格：（一）…；（二）…" in running prose
VETO_LIST = pattern("sections.veto_list")
LISTED = pattern("sections.listed_condition")


def veto_list_sentences(spans: list[Span], draft: Draft) -> int:
    """Named rule ``veto_list_sentence``: a sentence announcing vetoes lists their conditions after
    a colon, numbered （一）（二）…; what it says after 一票否决 is their effect."""
    found = 0
    for span in spans:
        head = VETO_LIST.search(span.text)
        if head is None:
            continue
        if head.group("effect") and draft.veto_effect is None:
            draft.veto_effect = span.match_span(head, "effect")
        rest = span.sub(head.end(), len(span.text))
        for m in LISTED.finditer(rest.text):
            text = rest.match_span(m, "cond").strip(" ；;。")
            if squash(text.text) and not draft_has_veto(draft, text.text):
                draft.veto.append(Veto(id=f"V{len(draft.veto) + 1}", text=unwrap(text.text), sources=refs(text=text)))
                found += 1
    return found


# "…的，本次检查直接计0分" / "…的，年度考核定为不合格" / "…的，取消评优资格": a clause that
# decides the whole result, stated without the word 一票否决.  The consequence must name the
# whole (本次/年度/总分/考核结果…): "…的，该项计0分" is an item's own rule.
DISQUALIFY = pattern("sections.disqualify")


LEAD_IN = pattern("sections.lead_in")


def disqualification_clauses(spans: list[Span], draft: Draft) -> int:
    """Veto entries stated as a clause of their own, outside a 一票否决 list (named rule
    ``disqualification_clause``): the condition becomes the entry, the consequence the
    veto effect when none is stated.  Returns how many were added."""
    added = 0
    for span in spans:
        for m in DISQUALIFY.finditer(span.text):
            cond = span.match_span(m, "cond")
            text = squash(cond.text)
            if LEAD_IN.search(text):
                continue   # "有下列情形之一的，…": the lead-in of a veto list, read with the list
            if len(text) < 4 or any(text in squash(v.text) or squash(v.text) in text for v in draft.veto):
                continue
            draft.veto.append(Veto(id=f"V{len(draft.veto) + 1}", text=text, sources=refs(text=cond)))
            if draft.veto_effect is None:
                draft.veto_effect = span.match_span(m, "effect")
            added += 1
    return added


def _numbered(node: Node) -> list[tuple[Node, Span]]:
    """The numbered children of a section with their text (continuations joined)."""
    out: list[tuple[Node, Span]] = []
    for child in node.children:
        if child.level == 9 and out and open_bracket(out[-1][1].text):
            out[-1] = (out[-1][0], join_wrapped(out[-1][1], child.body))   # "（最多可获" + "得 8 分加分）"
            continue
        if child.level == 9 and out:
            continue  # a note such as 以上加分以…为依据 belongs to the entry before it
        if child.level != 9:
            body = child.body
            for cont in child.children:   # the entry's own wrapped lines ("（最多可获" / "得 8 分加分）")
                if cont.level == 9 and (open_bracket(body.text) or not SENTENCE_END.search(body.text)
                                        and not POINTS_END.search(body.text)):
                    body = join_wrapped(body, cont.body)
            out.append((child, body))
    return out


#: a sentence about the whole section (加分合计不超过5分, 以上扣分…), not an entry
SECTION_NOTE = pattern("sections.section_note")
SECTION_WORD = pattern("sections.section_word")


def _entries(node: Node) -> list[tuple[Node, Span]]:
    """A section's entries: its numbered children, or — an article that states its entries
    in running sentences (第十条 加分。…的，每次加1分；…每篇加0.5分，累计不超过2分。) — each
    sentence after the section word, except those about the whole section."""
    numbered = _numbered(node)
    if numbered:
        return numbered
    if node.children and all(c.level == 9 for c in node.children):
        # a part of unnumbered sentences (三、扣分项目 / 党员受到处分的，每人次扣5分。): each is an entry
        return [(c, c.body) for c in node.children if not SECTION_NOTE.match(c.body.text)]
    head = SECTION_WORD.match(node.body.text)
    if head is None:
        return []
    out, text = [], node.body.text
    bounds = [head.end()] + [m.end() for m in re.finditer(r"[；;。]", text) if m.end() > head.end()] + [len(text)]
    for start, end in zip(bounds, bounds[1:]):
        piece = node.body.sub(start, end).strip(" \n；;。")
        if squash(piece.text) and not SECTION_NOTE.match(piece.text):
            out.append((Node(9, "", "", piece), piece))
    return out


#: a cap on all bonus (or deduction) entries together: 加分最多5分, 附加分（最高加5分）,
#: 加分合计不超过5分, 另设…加分，最高加5分, 扣分累计不超过10分
ENTRIES_CAP = pattern("sections.entries_cap")
DEDUCTION_KINDS = words("sections.deduction_kinds")


#: the part of all bonus (or deduction) entries above a threshold counted at a rate:
#: 加分合计超过5分的部分按50%计入, 扣分超过10分以上部分减半
ENTRIES_SOFT_CAP = pattern("sections.entries_soft_cap")


def entries_caps(spans: list[Span], draft: Draft) -> None:
    """The caps on the bonus and on the deduction entries together (named rules ``entries_cap``
    and ``entries_soft_cap``): the first statement of each in the notice."""
    for span in spans:
        folded = fold(span.text)
        for m in ENTRIES_SOFT_CAP.finditer(folded):
            rate = 0.5 if m.group("half") else float(m.group("rate")) / 100
            kind = "deduction_soft_cap" if m.group("kind") in DEDUCTION_KINDS else "bonus_soft_cap"
            if getattr(draft, kind) is None and rate <= 1:
                setattr(draft, kind, (SoftCap(above=float(m.group("pts")), rate=rate), span.match_span(m, "pts")))
        for m in ENTRIES_CAP.finditer(folded):
            cap = (float(m.group("pts")), span.match_span(m, "pts"))
            kind = "deduction_cap" if m.group("kind") in DEDUCTION_KINDS else "bonus_cap"
            known = getattr(draft, kind)
            if known is None:
                setattr(draft, kind, cap)
            elif known[0] == cap[0]:
                draft.restated.append(cap[1])   # 附加分（最多5分） again at the part's heading


#: "…处分的，分别扣": the names listed before 分别, how they are joined and wrapped
def _per_level_amounts(text: str) -> dict[str, float]:
    """Named rule ``amount_per_level``: clauses that each name a level and its own amount
    (获得国家级表彰的加5分，省级加3分，市级加1分) are one entry worth points by level."""
    levels: dict[str, float] = {}
    for clause in label_clauses(text):
        names = [w for w in LEVEL_WORDS if w in clause.text]
        amounts = [lab for lab in clause.labels if lab[0] in ("AWARD", "PENALTY")]
        if len(names) == 1 and len(amounts) == 1 and (points := points_of(amounts[0])) is not None:
            levels[names[0]] = points
    return levels if len(levels) >= 2 else {}


#: +5 / −2 opening an entry line: its amount, the sign the section's
SIGNED_LEAD = re.compile(r"^\s*[+＋\-－−]\s*(?P<pts>\d+(?:\.\d+)?)(?=\s)")


def _level_entry(node: Node, text: Span, kind: str, number: int) -> Entry | None:
    labels = analyse(fold(text.text))   # (+5') as (+5分): fold keeps every offset
    if not any(m[0] == "LEVELS" for m in labels) and (levels := _per_level_amounts(text.text)):
        return Entry(id=f"{'B' if kind == 'bonus' else 'K'}{number}", kind=kind, code=node.number or None,
                     text=unwrap(text.strip(" ;；。").text), points=None, levels=levels, sources=refs(text=text))
    entry_cap = None
    levels_match = next((m for m in labels if m[0] == "LEVELS"), None)
    full = node.full_text()
    shared = SHARED.search(full)
    if levels_match:
        values = [parse_number(v) for v in re.findall(r"\d+(?:\.\d+)?", fold(levels_match[3]))]
        names = [w for w in sorted(LEVEL_WORDS, key=lambda w: text.text.find(w)) if w in text.text] \
            or respective_names(text.text[: levels_match[1]], len(values))
        levels = dict(zip(names, values)) if len(names) == len(values) else {}
        points = None if levels else values[0]
    else:
        award = next((m for m in labels if m[0] in ("AWARD", "PENALTY")), None)
        cap = next((m for m in labels if m[0] == "CAP"), None)
        lead = SIGNED_LEAD.match(fold(text.text))
        if award is None and cap is None and lead is None:
            return None
        # +5　提交可复现的代码仓库: an entry opening with its signed amount (named rule signed_lead)
        points = points_of(award or cap) if (award or cap) else float(lead.group("pts"))
        # (an entry stated only by its cap, 最多可获得4分加分, is worth up to it)
        levels = {}
        if award is not None and cap is not None and (cap_points := points_of(cap)) is not None \
                and points is not None and cap_points > points:
            entry_cap = cap_points   # 每篇加0.5分，累计不超过2分: per occurrence, up to the cap
    return Entry(
        id=f"{'B' if kind == 'bonus' else 'K'}{number}", kind=kind, code=node.number or None,
        text=unwrap(text.strip(" ;；。").text), points=points, levels=levels, cap=entry_cap,
        shared_factor=parse_number(shared.group(2)) if shared else None,
        sources=refs(text=text),
    )


# --------------------------------------------------------------------------- settings


#: prizes and their counts (一等奖3个), a score that earns a grade, how grades are listed
PRIZE_COUNT = pattern("sections.prize_count")
GRADE_FLOOR = pattern("sections.grade_floor")
GRADE_NAMES = pattern("sections.grade_names")
GRADE_SEP = pattern("sections.grade_sep")
GRADE_NAME_TRIM = text("sections.grade_name_trim")


def read_grades(node: Node, draft: Draft) -> None:
    text = node.full_text()
    span = node.body
    for m in PRIZE_COUNT.finditer(text):
        draft.grades.append(Grade(name=m.group(1), count=int(parse_number(m.group(2)) or 0),
                                  award=m.group(4), sources=_src(span, m.group(0))))
    for m in GRADE_FLOOR.finditer(text):
        draft.grades.append(Grade(name=m.group(3), min_score=float(m.group(1)), sources=_src(span, m.group(0))))
    read_grade_names(text, span, draft)


def read_grade_names(text: str, span: Span, draft: Draft) -> None:
    """"考核等次分为优秀和良好" → grades 优秀, 良好 (names only)."""
    m = GRADE_NAMES.search(text)
    if not m:
        return
    for name in GRADE_SEP.split(m.group(3)):
        name = name.strip(GRADE_NAME_TRIM)
        if 1 < len(name) <= 6 and not any(g.name == name for g in draft.grades):
            draft.grades.append(Grade(name=name, sources=_src(span, m.group(0))))


#: "组织部负责对…考核": who rates, and how several are joined
RATER_DUTY = pattern("sections.rater_duty")
RATER_SEP = pattern("sections.rater_sep")


def read_raters(node: Node, draft: Draft) -> None:
    """"1、组织部负责对完成工作任务…的考核" → 组织部 rates; one duty per numbered line."""
    for part in [node] + node.children:
        m = RATER_DUTY.match(part.body.text)
        if not m:
            continue
        for name in RATER_SEP.split(m.group(1)):
            name = name.strip()
            if 1 < len(name) <= 12 and name not in draft.raters:
                draft.raters.append(name)


def read_weights(spans: list[Span], draft: Draft) -> None:
    """"共性工作考核得分×70%+特色品牌工作×30%" → parts; "共性部分…：领导评分×25%+…" → rater weights."""
    part_names: list[str] = []
    for span in spans:
        folded = fold(span.text)
        matches = list(WEIGHT.finditer(folded))
        if len(matches) < 2:
            continue
        subject = _weight_subject(folded[: matches[0].start()], part_names)
        for m in matches:
            name = _clean_weight_name(m.group(1))
            weight = float(m.group(2)) / 100
            src = refs(weight=span.match_span(m))
            if subject is None:
                part_names.append(name)
                draft.parts.append((name, weight, span.match_span(m)))
                draft.weights.append(Weight(part=name, weight=weight, sources=src))
            else:
                draft.weights.append(Weight(part=subject, rater=name, weight=weight, sources=src))


def _weight_subject(prefix: str, part_names: list[str]) -> str | None:
    """Whose composition a weighted sum describes: a known part named before it."""
    tail = prefix[-30:]
    for name in part_names:
        if name in tail or name[:2] in tail:
            return name
    return None


#: words around a weighted part's name that are not the name
WEIGHT_NAME_LEAD = pattern("sections.weight_name_lead")
WEIGHT_NAME_TAIL = pattern("sections.weight_name_tail")


def _clean_weight_name(name: str) -> str:
    name = WEIGHT_NAME_LEAD.sub("", name)
    name = WEIGHT_NAME_TAIL.sub("", name)
    return name.strip("：:（）() ")


def read_scope(node: Node, draft: Draft) -> None:
    body = node.body
    head = SECTION_WORDS["scope"].search(squash(body.text))
    text = body
    if head:
        at = body.text.find(head.group(1)[-2:])
        text = body.sub(at + 2, len(body.text)).strip(" ：:\n")
    if not squash(text.text):
        nxt = next((c for c in node.children if squash(c.body.text)), None)
        text = nxt.body.strip() if nxt else text
    if squash(text.text):
        draft.scope = text.strip(" 。")


def _src(span: Span, quote: str) -> dict:
    found = span.find(quote)
    return refs(text=found or span)


TOTAL_CEILING = pattern("readings.total_ceiling")
HUNDRED_SCALE = pattern("readings.hundred_scale")
#: the document's total (an item's or a part's own 本项满分 is not)
TOTAL_PROSE = pattern("readings.total_prose")

# --------------------------------------------------------------------------- sections


def read_sections(ex: Extraction, draft: Draft) -> None:
    """Bonus, deduction and veto entries, grades, raters and scope from the sections their
    headings name; a veto effect stated anywhere; the total stated in prose."""
    for node in walk(ex.outline):
        kind = section_kind(node)
        if kind == "bonus":
            read_bonus(node, draft)
        elif kind == "deduction":
            read_deductions(node, draft)
        elif kind == "veto":
            read_veto(node, draft)
        elif kind == "grades":
            read_grades(node, draft)
        elif kind == "raters":
            read_raters(node, draft)
        elif kind == "scope" and draft.scope is None:
            read_scope(node, draft)
    if veto_list_sentences(ex.spans, draft):
        draft.explain.append("veto_list_sentence: the conditions a sentence lists after 一票否决 are veto entries")
    veto_effect_anywhere(ex.spans, draft)
    entries_caps(ex.spans, draft)
    for kind, cap in (("bonus", draft.bonus_cap), ("deduction", draft.deduction_cap)):
        if cap is not None:
            draft.explain.append(f"entries_cap: the {kind} entries together add at most {cap[0]:g}")
    for kind, soft in (("bonus", draft.bonus_soft_cap), ("deduction", draft.deduction_soft_cap)):
        if soft is not None:
            draft.explain.append(f"entries_soft_cap: the {kind} entries above {soft[0].above:g} "
                                 f"count at {soft[0].rate:.0%}")
    if disqualification_clauses(ex.spans, draft):
        draft.explain.append("disqualification_clause: a clause deciding the whole result read as a veto entry")
    if not stated_total(ex.spans, draft):
        for span in ex.spans:   # 考核实行百分制: out of 100
            m = HUNDRED_SCALE.search(span.text)
            if m:
                draft.total, draft.total_span = 100.0, span.match_span(m)
                break
    for span in ex.spans:   # 总成绩不超过100分: the total again, as a ceiling
        for m in TOTAL_CEILING.finditer(fold(span.text)):
            if draft.total is not None and float(m.group(1)) == draft.total:
                draft.restated.append(span.match_span(m, 1))
    found = [f"{len(v)} {k}" for k, v in (("bonus", draft.bonus), ("deduction", draft.deductions),
                                           ("veto", draft.veto), ("grade", draft.grades)) if v]
    if found:
        draft.explain.append("entries: " + ", ".join(found))


def stated_total(spans: list, draft: Draft) -> bool:
    """The total a sentence states (考核满分100分), the first one."""
    for span in spans:
        m = TOTAL_PROSE.search(fold_script(span.text))
        if m:
            draft.total, draft.total_span = float(m.group(1)), span.match_span(m, 1)
            return True
    return False


def read_table_notes(draft: Draft) -> None:
    """Named rule ``table_notes``: a table's note rows (说明：评分表满分100分，加分合计最多10分) state the
    total and the entries' caps as prose does, where nothing else stated them."""
    if not draft.notes:
        return
    entries_caps(draft.notes, draft)
    if draft.total is None:
        stated_total(draft.notes, draft)
        return
    for span in draft.notes:   # the total said again in a note
        m = TOTAL_PROSE.search(fold_script(span.text))
        if m and float(m.group(1)) == draft.total:
            draft.restated.append(span.match_span(m, 1))
