"""Reading the claimed value for each input of a target from the sentences linked to it.

Per input kind (see :mod:`pipeline.scoring.inputs`):

- ``value``: the figure whose unit fits the target (a rate for a % target, 家 for a 家 target) and whose
  clause speaks of the item; figures after 任务/目标/下达/基数 are the stated target, not the claim
  (``任务13家，完成26家`` → 26, target noted); in a table, cells under 目标/任务 are skipped.
- ``met``: a yes/no statement (已建立, 全覆盖, 通过…考核 → 是; 未开展, 尚未, 未达到 → 否; ``未发现…现象``
  is a yes for a requirement that something bad does not happen).
- ``count``: the figure with a count unit in the clause of the item; for an item that counts failures
  (扣), 无/没有/均/全部按要求 without a figure → 0 and a restated failure without a figure → 1 (flagged);
  several figures for one award item (``绿色食品认证1个…无公害农产品认证1个``) are added up (flagged); a
  list after a colon is counted (``新增项目：A项目，B项目`` → 2, flagged).
- ``count:N``: the figure in the clause that names the N-th component (``市级`` vs ``省级``).
- ``count:LEVEL`` / ``shared_count:LEVEL``: the level named with its figure (``获省总表彰1项``; without a
  figure 1), shared when done together with another department (``与组织部共同``).
- ``score`` and ``met:N``: the rater's; left empty, with the evidence.

Two different figures that fit equally well are a contradiction: flagged with both, never resolved
silently.  Every proposal has a confidence; approximate figures (余/多) and inferences are flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kaohe.i18n import _
from schemes.model import ComponentsRule, Entry, Item, PerOccurrenceRule, TiersRule

from .figures import Figure, figures
from .link import LINK_MIN, Links, Target
from .model import Proposal, Sentence
from .passages import Row, Segmented, numbering
from .tokens import tokens

_CLAUSE = re.compile(r"[，,；;：:、]")
_TARGET_BEFORE = re.compile(r"(?:任务|目标|下达|基数|要求|计划|不低于|以上)[^，,。；;]{0,3}$")
_PREVIOUS = re.compile(r"上年|去年|同期|上一年")
_CLAIM_BEFORE = re.compile(r"(?:完成|达到|达|为|实际|共|累计|占)[^，,。；;]{0,2}$")
_GROWTH = re.compile(r"增长|增加|提高|上升")
_DECREASE = re.compile(r"(?:减少|下降|降低|下滑|减)[了]?$")
_TARGET_HEADER = re.compile(r"目标|任务|计划|基数|标准")
_CLAIM_HEADER = re.compile(r"完成|实际|自查|次数|数量|结果")
_COUNT_UNITS = {"个", "人", "名", "家", "份", "项", "次", "场", "篇", "期", "批", "支", "条", "件", "起", "所", "户",
                "人次", "场次", "处", "台", "辆", "类", "种", "本", "间", "座", "位", "轮", "组", "张", "套"}
_NEG = re.compile(r"尚未|未能|(?<!是否)未(?!发现|发生|出现)(?:按|达|完成|建立|开展|通过|落实|实现|到|形成|及时|经)"
                  r"|没有(?!发生|出现|无故|违|迟到)|不足|未达|缺少|滞后|不到位|不全")
_POS = re.compile(r"已|完成|通过|建立|全覆盖|达到|实现|制定|荣获|获得|落实|健全|超额|保质保量|全部|均|按时|顺利")
_ZERO = re.compile(r"无(?!故)|没有|未新增|未发现|未发生|未出现|不存在|均|全部|都|按要求|按时|及时|达到要求|准时")
_FAIL = re.compile(r"未|没|延迟|迟到|早退|缺|不全|差错|投诉|违反|无记录|上访|不满意|不能|滞后|欠")
_SHARED = re.compile(r"共同|联合|合作|与[\u4e00-\u9fff]{1,8}(?:部|室|办)")
_LIST = re.compile(r"([\u4e00-\u9fff]{0,6})[：:]([^。（(]+)")


_KIN = [{"人", "人次", "名", "位"}, {"场", "场次", "次", "期"}, {"家", "个", "所"}, {"项", "个", "件"}]


def same_unit(a: str | None, b: str | None) -> bool:
    """Units that count the same things (参保人数 1260人 against a target in 人次)."""
    return bool(a and b) and (a == b or any(a in k and b in k for k in _KIN))


@dataclass
class _Pick:
    fig: Figure
    sentence: Sentence
    offset: int  # of the figure's text inside the sentence
    score: float
    overlap: int
    link: float
    stated_target: Figure | None = None


def _clause_at(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, pos)), default=0)
    m = _CLAUSE.search(text, pos)
    return start, (m.start() if m else len(text))


def _overlap(words: set[str], text: str) -> int:
    return len(words & set(tokens(text)))


def _distinct(target: Target, links: Links) -> set[str]:
    """The target's words no other target of the scheme uses (女职工 for 女职工组织同步组建率)."""
    others = set()
    for t in links.targets:
        if t.id != target.id:
            others.update(t.words)
    return set(target.words) - others


def sentence_figures(s: Sentence) -> list[Figure]:
    """Figures of a sentence, without its numbering (``1．``, ``3.5``, ``第6项``), which is no figure."""
    num = numbering(s.text)
    skip = num[2] if num else 0
    return [f for f in figures(s.text) if f.start >= skip]


def _row_figures(row: Row, sentence: Sentence) -> list[tuple[Figure, int, float]]:
    """Figures of a table row with their offset in the row text and a bonus from their column header."""
    out, pos = [], 0
    for k, cell in enumerate(row.cells):
        if not cell.strip():
            continue
        head = row.header[k] if k < len(row.header) else ""
        bonus = -4.0 if _TARGET_HEADER.search(head) and not _CLAIM_HEADER.search(head) else \
            (1.5 if _CLAIM_HEADER.search(head) else 0.0)
        for f in figures(cell):
            out.append((f, pos, bonus))
        pos += len(cell) + 1
    return out


def _wanted_unit(obj: Item | Entry, scheme_targets) -> tuple[bool, str | None]:
    """(a rate is wanted, the counted unit wanted)."""
    rule = getattr(obj, "rule", None)
    target = getattr(rule, "target", None)
    if target is not None:
        return target.unit == "%", (target.unit if target.unit not in (None, "%") else None)
    if isinstance(rule, TiersRule):
        bounds = [b for t in rule.tiers for b in (t.lower, t.upper) if b is not None]
        return bool(bounds) and max(bounds) <= 1.5, None
    table = getattr(rule, "target_table", None)
    if table:
        unit = next((t.unit for t in scheme_targets if t.id == table), None)
        return unit == "%", unit
    if isinstance(rule, PerOccurrenceRule):
        return False, rule.unit
    return False, getattr(obj, "unit", None)


def _figure_picks(target: Target, sentences: list[Sentence], seg: Segmented, links: Links,
                  *, rate: bool, unit: str | None, count: bool = False, words: set[str] | None = None
                  ) -> list[_Pick]:
    words = words if words is not None else set(target.words)
    distinct = _distinct(target, links)
    growth_wanted = bool(_GROWTH.search(getattr(target.obj, "criteria", "") or target.obj.text))
    picks: list[_Pick] = []
    link_scores = links.scores[target.id]
    for rank, s in enumerate(sentences):
        row = seg.rows.get(s.index)
        found = _row_figures(row, s) if row else [(f, 0, 0.0) for f in sentence_figures(s)]
        for f, base, bonus in found:
            text = s.text
            start = base + f.start
            c0, c1 = _clause_at(text, start)
            before = text[c0:start]
            sc = bonus
            if rate:
                sc += 3 if f.rate else -6
            elif f.rate:
                sc -= 4 if (count or unit) else 1
            if unit and same_unit(f.unit, unit):
                sc += 3
            elif count and f.unit in _COUNT_UNITS:
                sc += 1.5
            elif unit and f.unit and not f.rate:
                sc -= 2
            if count and f.unit in ("吨", "元", "万元", "亿元"):
                sc -= 4
            ov = min(_overlap(words, text[c0:c1]), 3) + 2 * _overlap(distinct, text[c0:c1])
            sc += ov
            if not row and links.best_target(text[c0:c1]) not in (target.id, None):
                sc -= 3  # the clause speaks of another target (经审… beside 女职工…)
            stated = None
            if _TARGET_BEFORE.search(before) and not row:
                sc -= 3
            if _PREVIOUS.search(before):
                sc -= 2
            if _CLAIM_BEFORE.search(before):
                sc += 1
            if rate and growth_wanted and _GROWTH.search(before[-6:]):
                sc += 2
            if rank == 0:
                sc += 1
            pick = _Pick(f, s, start, sc, ov, float(link_scores[s.index]), stated)
            prev = next((p for p in reversed(picks) if p.sentence is s), None)
            if prev is not None and same_unit(prev.fig.unit, f.unit) and _CLAIM_BEFORE.search(before) \
                    and _TARGET_BEFORE.search(text[_clause_at(text, prev.offset)[0]:prev.offset]):
                pick.score += prev.overlap  # 任务13家，完成26家: the claim speaks of what the target does
                pick.overlap = prev.overlap
                pick.stated_target = prev.fig
            picks.append(pick)
    picks.sort(key=lambda p: -p.score)
    return picks


def _contradiction(picks: list[_Pick]) -> _Pick | None:
    """A second figure that fits as well as the chosen one and says something else."""
    if len(picks) < 2:
        return None
    best = picks[0]
    for p in picks[1:]:
        if p.fig.value == best.fig.value or p.fig.unit != best.fig.unit:
            continue
        if p.score >= best.score - 1.01 and p.overlap >= best.overlap and p.link >= 0.8 * best.link \
                and p is not best and p.stated_target is None and not _TARGET_BEFORE.search(
                    p.sentence.text[_clause_at(p.sentence.text, p.offset)[0]:p.offset]):
            return p
    return None


def _proposal(name: str, pick: _Pick, value: str, confidence: float, flags: list[str]) -> Proposal:
    s = pick.sentence
    return Proposal(input=name, value=value, status="proposed", evidence=s.text, where=s.where,
                    confidence=round(max(0.05, min(confidence, 0.99)), 2), flags=flags,
                    value_span=(pick.offset, pick.offset + len(pick.fig.text)))


def _link_confidence(links: Links, target: Target, s: Sentence) -> float:
    """0..1 from how clearly the sentence speaks of the target."""
    sc = float(links.scores[target.id][s.index])
    return max(0.0, min(1.0, (sc - LINK_MIN) / (2 * LINK_MIN) + 0.5))


def read_value(name: str, target: Target, sentences: list[Sentence], seg: Segmented, links: Links,
               scheme_targets) -> Proposal | None:
    rate, unit = _wanted_unit(target.obj, scheme_targets)
    picks = _figure_picks(target, sentences, seg, links, rate=rate, unit=unit)
    picks = [p for p in picks if p.score > 0]
    if not picks:
        return None
    best = picks[0]
    flags: list[str] = []
    conf = 0.55 + 0.35 * _link_confidence(links, target, best.sentence)
    if best.score >= 5:
        conf += 0.1
    other = _contradiction(picks)
    if other is not None:
        flags.append(_("contradiction: {this} vs {other} ({where})").format(
            this=best.fig.text, other=other.fig.text, where=other.sentence.where.label(span=True)))
        conf -= 0.3
    if best.fig.approx:
        flags.append(_("approximate: {figure}").format(figure=best.fig.text))
        conf -= 0.2
    if rate and not best.fig.rate or unit and best.fig.unit and not same_unit(best.fig.unit, unit):
        conf -= 0.2
    if best.overlap == 0 and not seg.rows.get(best.sentence.index):
        conf -= 0.15
    if best.stated_target is not None:
        flags.append(_("stated target {target}, claimed {figure}").format(target=best.stated_target.text,
                                                                          figure=best.fig.text))
    value = best.fig.formatted()
    before = best.sentence.text[_clause_at(best.sentence.text, best.offset)[0]:best.offset]
    if best.fig.rate and _DECREASE.search(before.rstrip()):
        value = "-" + value  # 比上年减少2.1% is a growth of −2.1%
        flags.append(_("a decrease: {text} read as {value}").format(text=before[-6:] + best.fig.text, value=value))
    return _proposal(name, best, value, conf, flags)


def read_met(name: str, target: Target, sentences: list[Sentence], links: Links) -> Proposal | None:
    words = set(target.words)
    for s in sentences[:2]:
        clauses = [c for c in _CLAUSE.split(s.text) if c.strip()]
        scored = sorted(clauses, key=lambda c: -_overlap(words, c))
        for c in scored[:3]:
            neg, pos = _NEG.search(c), _POS.search(c) or re.search(r"未发现|未发生|无.{0,10}(?:现象|问题|事故)", c)
            if not neg and not pos:
                continue
            value = "否" if neg else "是"
            flags = ["mixed statement: " + c] if neg and pos and value == "否" and "尚未" not in c else []
            conf = 0.55 + 0.3 * _link_confidence(links, target, s) - (0.3 if flags else 0)
            off = s.text.find(c)
            m = neg or pos
            pick = _Pick(Figure(0, "", 0, 0, m.group()), s, off + m.start(), 0, 0, 0)
            return _proposal(name, pick, value, conf, flags)
    return None


def _deduct(target: Target, scheme) -> bool:
    rule = getattr(target.obj, "rule", None)
    if isinstance(target.obj, Entry):
        return target.obj.kind == "deduction"
    if isinstance(rule, PerOccurrenceRule):
        return rule.delta < 0
    return scheme.scoring_model == "deduction"


def read_count(name: str, target: Target, sentences: list[Sentence], seg: Segmented, links: Links,
               scheme) -> Proposal | None:
    words = set(target.words)
    deduct = _deduct(target, scheme)
    unit = getattr(getattr(target.obj, "rule", None), "unit", None) or getattr(target.obj, "unit", None)
    for s in sentences[:2]:
        row = seg.rows.get(s.index)
        if row:
            found = [(f, pos, b) for f, pos, b in _row_figures(row, s) if not f.rate]
            if found:
                f, pos, _score = max(found, key=lambda x: x[2])
                pick = _Pick(f, s, pos + f.start, 0, 0, 0)
                conf = 0.6 + 0.3 * _link_confidence(links, target, s)
                return _proposal(name, pick, f.formatted(), conf, [])
        clauses = []
        pos = 0
        for part in re.split(r"([，,；;])", s.text):
            if part and part not in "，,；;":
                clauses.append((pos, part))
            pos += len(part)
        ranked = sorted(clauses, key=lambda c: -_overlap(words, c[1]))
        # the clauses that speak of this target (not of another one), most words in common first
        fitting = [c for c in ranked if _overlap(words, c[1]) >= 1
                   and links.best_target(c[1]) in (target.id, None)] or ranked[:1]
        for off, c in fitting:
            figs = [f for f in figures(c) if not f.rate and (f.unit in _COUNT_UNITS or f.unit == unit)]
            fail = _FAIL.search(c)
            if figs and (not deduct or fail):
                if not deduct and len(figs) == 1:
                    more = _more_counts(target, words, sentences, s, off + figs[0].start, figs[0], links)
                    if more:
                        total = figs[0].value + sum(f2.value for f2 in more)
                        pick = _Pick(figs[0], s, off + figs[0].start, 0, 0, 0)
                        parts = " + ".join([figs[0].text, *(f2.text for f2 in more)])
                        return _proposal(name, pick, _fmt(total), 0.55, [f"sum of several figures: {parts}"])
                f = figs[0]
                pick = _Pick(f, s, off + f.start, 0, 0, 0)
                conf = 0.6 + 0.3 * _link_confidence(links, target, s)
                flags = [_("approximate: {figure}").format(figure=f.text)] if f.approx else []
                return _proposal(name, pick, f.formatted(), conf - (0.2 if flags else 0), flags)
            zero = _ZERO.search(c)
            if zero and (not fail or zero.start() <= (fail.start() if fail else 0) or "未发" in c[zero.start():]):
                pick = _Pick(Figure(0, "", 0, 0, zero.group()), s, off + zero.start(), 0, 0, 0)
                conf = 0.5 + 0.3 * _link_confidence(links, target, s)
                if figs:
                    return _proposal(name, pick, "0", 0.45, [f"figure {figs[0].text} read as done, not as a failure"])
                return _proposal(name, pick, "0", conf, [])
            if deduct and fail and not figs:
                pick = _Pick(Figure(0, "", 0, 0, fail.group()), s, off + fail.start(), 0, 0, 0)
                return _proposal(name, pick, "1", 0.5, ["counted once: the failure is stated without a number"])
            if figs and deduct:
                pick = _Pick(figs[0], s, off + figs[0].start, 0, 0, 0)
                return _proposal(name, pick, "0", 0.4, [f"figure {figs[0].text} read as done, not as a failure"])
        listed = _listed(s, words)
        if listed:
            return listed_proposal(name, s, *listed)
    return None


def _more_counts(target: Target, words: set[str], sentences: list[Sentence], first: Sentence, first_pos: int,
                 fig: Figure, links: Links) -> list[Figure]:
    """Other figures of the same unit for an award count, in other clauses that speak of the target
    (``新增绿色食品标志认证1个…；无公害农产品认证1个``): things of one kind counted separately."""
    out = []
    for s in sentences[:4]:
        for off, c in _clauses(s.text):
            if not _overlap(words, c) or links.best_target(c) not in (target.id, None) or _PREVIOUS.search(c):
                continue
            out += [f for f in figures(c) if not f.rate and f.unit == fig.unit
                    and not (s is first and off + f.start == first_pos)]
    return out


def _listed(s: Sentence, words: set[str]) -> tuple[int, int, str] | None:
    for m in _LIST.finditer(s.text):
        if not _overlap(words, m.group(1) + m.group(2)):
            continue
        parts = [p for p in re.split(r"[，,、；;]", m.group(2)) if p.strip()]
        if len(parts) >= 1 and all(len(p) <= 40 for p in parts):
            return len(parts), m.start(2), m.group(2)
    return None


def listed_proposal(name: str, s: Sentence, n: int, start: int, text: str) -> Proposal:
    pick = _Pick(Figure(n, "", 0, len(text), text), s, start, 0, 0, 0)
    return _proposal(name, pick, str(n), 0.5, [f"counted {n} listed: {text}"])


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


def read_component_counts(target: Target, sentences: list[Sentence], links: Links) -> list[Proposal]:
    rule = target.obj.rule
    assert isinstance(rule, ComponentsRule)
    label_words = [set(tokens(c.label)) for c in rule.components]
    common = set.intersection(*label_words) if label_words else set()
    out = []
    for n, comp in enumerate(rule.components, 1):
        if not comp.per_occurrence:
            continue
        own = label_words[n - 1] - common
        best = None
        for s in sentences:
            for f in figures(s.text):
                if f.rate or f.unit not in _COUNT_UNITS:
                    continue
                c0, _end = _clause_at(s.text, f.start)
                ctx = s.text[max(0, c0 - 0):f.start]
                hit = sum(1 for w in own if w in ctx) + sum(1 for w in own if w in s.text) * 0.1
                if hit >= 1 and (best is None or hit > best[0]):
                    best = (hit, f, s)
        if best:
            _rank, f, s = best
            pick = _Pick(f, s, f.start, 0, 0, 0)
            out.append(_proposal(f"count:{n}", pick, f.formatted(), 0.6 + 0.3 * _link_confidence(links, target, s),
                                 []))
    return out


def read_levels(target: Target, sentences: list[Sentence], links: Links) -> list[Proposal]:
    entry = target.obj
    assert isinstance(entry, Entry)
    levels = list(entry.levels)
    found: dict[str, Proposal] = {}
    for s in sentences:
        for part_start, clause in _clauses(s.text):
            if links.best_target(clause) not in (target.id, None):
                continue
            positions = sorted((m.start(), lv) for lv in levels for m in re.finditer(re.escape(lv), clause))
            for k, (pos, lv) in enumerate(positions):
                end = positions[k + 1][0] if k + 1 < len(positions) else len(clause)
                seg_text = clause[pos:end]
                figs = [f for f in figures(seg_text) if not f.rate and f.unit in _COUNT_UNITS]
                shared = bool(_SHARED.search(clause))
                name = f"{'shared_count' if shared and entry.shared_factor is not None else 'count'}:{lv}"
                if name in found:
                    continue
                if figs:
                    f = figs[0]
                    pick = _Pick(f, s, part_start + pos + f.start, 0, 0, 0)
                    found[name] = _proposal(name, pick, f.formatted(), 0.6 + 0.3 * _link_confidence(links, target, s),
                                            [])
                else:
                    pick = _Pick(Figure(1, "", 0, 0, lv), s, part_start + pos, 0, 0, 0)
                    found[name] = _proposal(name, pick, "1", 0.5, [f"{lv}: no number given, counted once"])
    return list(found.values())


def _clauses(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in re.split(r"([，,；;。])", text):
        if part and part not in "，,；;。":
            out.append((pos, part))
        pos += len(part)
    return out
