"""Criteria text → an executable Rule.

The phrases are found by the grammar (grammar.py); this module decides what
they add up to.  The decision list, in order:

1. a GATE clause (…不达标整项不得分) is lifted out as the rule's gate; criteria that are
   only such a clause → threshold (the item's points unless the gate's condition);
0. graded bands: two or more levels each with its own points range (优秀13-15分；良好10-12分;
   or levels listed, then 分别得 their points: respective_levels;
   质量较好（12-15分）；基本完成（8-11分）) → labelled tiers, each worth its range's top
   with the range's bottom kept (the rater scores inside the band reached);
1a. one printed range (扣1-2分, 加2至5分) and no fixed amount, 不得分 or 按比例 beside it
   → range: the rater chooses the amount inside it (每处/每项… → per occurrence).
   A range mixed with fixed amounts leaves the decision to the steps below;
   one signed amount alone (±10, 加减5分) → a range from −N to N added with its sign;
2. no points in the criteria: 综合打分/酌情, or a band to judge in (在0至10分之间评定) → manual; a measurable target
   (达到80%以上, 达到上年参保数) → threshold worth the item's points;
   otherwise the criteria only describe the work → manual;
3. only deductions (扣N分) → per_occurrence, floored at 0 when the item has a
   maximum or the text says 扣完为止; the same when the one award is the item's points
   and every deduction is per occurrence (…得10分；每缺一项扣2分);
4. one award plus 未达标不得分, or one award equal to the item's points →
   threshold (but manual when the rest is left to the rater: 部分完成酌情扣分; and
   labelled tiers when the rater's level sits between full marks and 不得分: judged_middle);
   得满分 / 得该项分值 is an award of the item's points;
5. awards whose clauses carry comparisons (达到50%不足80%得1分…) → numeric tiers;
6. awards summing to the item's points (penalties as negative components) →
   components; awards that are alternatives (the largest equals the points,
   the sum exceeds them) → labelled tiers;
7. 按比例 → proportional.
Anything else is returned as None with a reason, and becomes a flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from schemes.model import (
    Comparison, Component, ComponentsRule, ManualRule, PerOccurrenceRule, ProportionalRule,
    RangeRule, ThresholdRule, Tier, TiersRule,
)

from .kept import compile_kept
from .grammar import AFTER_WORDS, CMP_WORDS, COUNTERS, DEDUCT_VERBS, UNIT_OF, analyse, lexicon
from .numbers import fold, parse_number

#: clauses end at ；。, at commas outside brackets, and where a bracket opens an alternative
#: (…给4分（若只完成一项给1分）)
_CLAUSE_SPLIT = compile_kept(r"[；;。]|[，,](?![^（(]*[）)])|[（(](?=如果|若|如|仅|只|否则)")
#: what a share multiplies: a number, or the item's own points named (×本项分值, ×满分)
_FACTOR = r"(?:\d+(?:\.\d+)?|(?:本项|该项|此项)?(?:分值|满分|标准分|基础分))"
#: 得分=（本单位完成量/最高完成量）×40: a share of the item's points, the formula kept in the rule's text
FORMULA = compile_kept(rf"[/÷]\s*[^，,；;。]{{1,20}}?[)）]?\s*[×xX*＊]\s*{_FACTOR}"
                     rf"|(?:得分\s*[=＝]\s*|^)[^，,；;。=＝]{{0,12}}?率\s*[×xX*＊]\s*{_FACTOR}"   # 得分＝完成率×100
                     r"|率\s*(?:即为|即|作为|为)\s*(?:该项|本项)?得分"                    # 满意率即为得分
                     rf"|得分\s*[=＝][^，,；;。=＝]{{1,30}}?[×xX*＊]\s*{_FACTOR}%?"   # 得分＝平均成绩×20%
                     r"|满分\s*\d+(?:\.\d+)?\s*分[^。；;]{0,6}?按\s*\d+(?:\.\d+)?\s*%\s*(?:折算|计入|计算|换算)")
                     # 评议满分100分，按40%折算: a raw score scaled to the item's points
_TARGET_WORDS = compile_kept(r"(达到|达|完成|不低于|不少于)[^，,；;。]{0,20}?(\d|%|数|率)")
_EPS = 1e-9
#: a level named by words, then its points band: 良好10-12分, 基本完成（8-11分）, 一般：6至9分
BAND = compile_kept(r"(?P<label>[^；;。，,：:（()）]{1,16}?)\s*[：:]?\s*[（(]?\s*(?P<lo>\d+(?:\.\d+)?)\s*分?\s*"
                  r"(?:[-－−–~～至到]\s*(?P<hi>\d+(?:\.\d+)?)\s*)?分\s*[)）]?")
_BAND_VERB = compile_kept(r"(扣|减|加|得|计|记|给|每)\s*$")


@dataclass
class Clause:
    text: str
    start: int
    labels: list[tuple[str, int, int, str]] = field(default_factory=list)

    def has(self, label: str) -> bool:
        return any(lab == label for lab, *_ in self.labels)

    def first(self, label: str) -> tuple[str, int, int, str] | None:
        return next((m for m in self.labels if m[0] == label), None)

    def all(self, label: str) -> list[tuple[str, int, int, str]]:
        return [m for m in self.labels if m[0] == label]


@dataclass
class ParsedRule:
    rule: object | None
    reason: str = ""


def split_clauses(text: str) -> list[Clause]:
    """Clauses at ；。 and at commas outside brackets, with their offsets."""
    clauses, pos = [], 0
    for match in _CLAUSE_SPLIT.finditer(text):
        if text[pos:match.start()].strip():
            clauses.append(Clause(text[pos:match.start()], pos))
        pos = match.end()
    if text[pos:].strip():
        clauses.append(Clause(text[pos:], pos))
    return clauses


def label_clauses(text: str) -> list[Clause]:
    """Clauses with their grammar labels.

    A clause that earns or loses nothing itself (有推进的工作目标、措施，…得1分)
    is the first half of the next one's condition, so it is joined to it.
    """
    clauses = split_clauses(text)
    for label in analyse(text):
        for clause in clauses:
            if clause.start <= label[1] < clause.start + len(clause.text):
                clause.labels.append(label)
                break
    joined: list[Clause] = []
    pending: Clause | None = None
    for clause in clauses:
        if pending is not None:
            clause = Clause(text[pending.start: clause.start + len(clause.text)], pending.start,
                            pending.labels + clause.labels)
            pending = None
        if not clause.labels and clause is not clauses[-1]:
            pending = clause
            continue
        joined.append(clause)
    if pending is not None:
        joined.append(pending)
    return joined


def points_of(match: tuple[str, int, int, str]) -> float | None:
    nums = re.findall(r"\d+(?:\.\d+)?|[一二三四五六七八九十两]+分之[一二三四五六七八九十]+|[零一二两三四五六七八九十]+",
                      fold(match[3]).replace("分值", "").rstrip("分"))
    return parse_number(nums[0]) if nums else None


def comparison_of(match: tuple[str, int, int, str]) -> Comparison | None:
    text = fold(match[3])
    num = re.search(r"\d+(?:\.\d+)?%?|[零一二两三四五六七八九十百]+", text)
    if not num:
        return None
    value = parse_number(num.group())
    if value is None:
        return None
    before = text[: num.start()].strip()
    after = text[num.end():].strip()
    word = next((w for w in sorted(CMP_WORDS, key=len, reverse=True) if before.endswith(w)), None)
    op = CMP_WORDS.get(word) if word else None
    if after:
        op = AFTER_WORDS.get(after, op) if op in (None, ">=", "<=") else op
    return Comparison(op=op or ">=", value=value, unit="%" if "%" in num.group() else None, text=match[3])


def find_target(*texts: str) -> Comparison | None:
    """The single comparison stated in the criteria or, failing that, the item text."""
    for text in texts:
        comps = [c for c in (comparison_of(m) for m in analyse(text) if m[0] == "CMP") if c]
        if len(comps) == 1:
            return comps[0]
        if comps:
            return None  # several targets: the `met` input decides
    return None


def unit_of(clause: Clause) -> str | None:
    per = clause.first("PER")
    if not per:
        return None
    token = per[3]
    if re.search(r"人.*次|人次", token):
        return "人次"
    if re.search(r"百分点|[%％]$", token):
        return "百分点"   # 每降低1个百分点: a step of a rate
    for word, unit in sorted(UNIT_OF.items(), key=lambda kv: -len(kv[0])):
        if word in token:
            return unit
    tail = re.search(rf"([{COUNTERS}])$", token)
    return tail.group(1) if tail else None


#: a clause that only states what the item is worth (上述制度每项3分, 本项满分10分)
_MAXIMUM_CLAUSE = compile_kept(r"^[^，,；;。]{0,8}?(?:每项|各项|本项|该项|此项|每条)\s*(?:满分|为|计|均为)?\s*"
                             r"(\d+(?:\.\d+)?)\s*分[。；;，,]?$")


#: numbered parts that each end with their amount: （1）首次记录按时完成，2.5分；（2）…，1.5分
_MARK = r"[（(]\s*\d{1,2}\s*[)）]"
_PART = compile_kept(_MARK + r"\s*(?P<label>[^（()）]+?)[，,：:\s]*[（(]?(?P<pts>\d+(?:\.\d+)?)\s*分\s*[)）]?\s*[；;。.]?\s*"
                   r"(?=" + _MARK + r"|$)")


def _numbered_parts(text: str, common: dict) -> ParsedRule | None:
    """The criteria are two or more numbered parts, each worth the amount it ends with
    (no verb: 得/扣 are implied by the list's form): components in printed order."""
    # ①② are numbered parts too (fold would read them as plain digits), and so are a． b． opening lines
    text = re.sub(r"[①-⑳]", lambda m: f"（{ord(m.group()) - 0x245F}）", text)
    text = re.sub(r"(?:^|(?<=[\s；;。）)]))([a-h])\s*[．.、]", lambda m: f"（{ord(m.group(1)) - 96}）", text)
    folded = fold(text).strip()
    lead = re.match(r"[^（()）:：]{1,40}(?:[（(][^（()）]*[)）])?\s*[:：]\s*(?=[（(]\s*1\s*[)）])", folded)
    folded = folded[lead.end():] if lead else folded   # "元器件布置 (满分 10 分)：（1）…": a lead-in to the parts
    each = EACH_PART.search(lead.group() if lead else "")
    if each:   # named rule ``points_per_part``: 履约服务内容（2分/项）：（1）…；（2）…: every part is worth as much
        plain = [p.strip(" ；;。.") for p in re.split(_MARK, folded) if p.strip(" ；;。.")]
        if len(plain) >= 2 and re.match(r"\s*" + _MARK, folded):
            amount = float(next(g for g in each.groups() if g))
            return ParsedRule(ComponentsRule(components=[Component(label=label, points=amount)
                                                         for label in plain], **common))
    parts = list(_PART.finditer(folded))
    if len(parts) < 2 or parts[0].start() != 0 or "".join(m.group() for m in parts) != folded:
        return None
    return ParsedRule(ComponentsRule(components=[Component(label=m.group("label").strip(), points=float(m.group("pts")))
                                                 for m in parts], **common))


#: the amount every listed part is worth, in the lead-in to the parts: （2分/项）, 每项2分
EACH_PART = compile_kept(r"(\d+(?:\.\d+)?)\s*分\s*/\s*[项条个]|每[项条个]\s*(\d+(?:\.\d+)?)\s*分")


def _states_maximum(clause: Clause, max_points: float | None) -> bool:
    m = _MAXIMUM_CLAUSE.match(fold(clause.text).strip())
    return m is not None and max_points is not None and _same(float(m.group(1)), max_points)


#: a share of the item's own points taken off or given: 按该项基础分的10%扣减, 按该项分值的一半计分
_SHARE_OF_ITEM = compile_kept(r"按?(?:该项|本项|此项)(?:基础分|分值|标准分|满分)?的\s*(?:(?P<pct>\d+(?:\.\d+)?)\s*%|(?P<half>一半))"
                              r"\s*(?P<verb>扣减|扣除|扣分|扣|计分|计算|得分)")


#: a share of the item's points earned: 得该项分值的一半, 得该项分值的60%, 得一半分值
_SHARE_AWARDED = compile_kept(r"(?:得|计|给)\s*(?:该项|本项|此项)?\s*(?:基础分|分值|标准分|满分)\s*的\s*"
                              r"(?:(?P<pct>\d+(?:\.\d+)?)\s*[%％]|(?P<half>一半))|(?:得|计)\s*(?P<half2>一半)\s*(?:分值|分数)")


def share_of_item(criteria: str, max_points: float | None) -> str:
    """Named rule ``share_of_item``: a share of the item's points written as the points it comes to
    (on an item of 40, 按该项基础分的10%扣减 → 扣4分; 按该项分值的一半计分, 得该项分值的一半 → 得20分)."""
    if max_points is None:
        return criteria

    def amount(m: re.Match) -> str:
        share = 0.5 if m.group("half") else float(m.group("pct")) / 100
        points = f"{max_points * share:g}分"
        return ("扣" if m.group("verb").startswith("扣") else "得") + points

    def earned(m: re.Match) -> str:
        share = 0.5 if m.group("half") or m.group("half2") else float(m.group("pct")) / 100
        return f"得{max_points * share:g}分"
    return _SHARE_AWARDED.sub(earned, _SHARE_OF_ITEM.sub(amount, criteria))


def parse_rule(criteria: str, max_points: float | None, item_text: str = "",
               deduction_scheme: bool = False) -> ParsedRule:
    """Parse one item's criteria into a Rule (see the module docstring).  A share of the item's
    points (按该项基础分的10%扣减) is read as the points it comes to; the rule keeps the text as printed."""
    read = share_of_item(criteria, max_points)
    parsed = _parse_rule(read, max_points, item_text, deduction_scheme)
    if read != criteria and parsed.rule is not None:
        parsed = ParsedRule(parsed.rule.model_copy(update={"text": criteria.strip()}), parsed.reason)
    return parsed


def _parse_rule(criteria: str, max_points: float | None, item_text: str, deduction_scheme: bool) -> ParsedRule:
    text = criteria.strip()
    if not text:
        return ParsedRule(None, "no criteria")
    clauses = [c for c in label_clauses(text) if not _states_maximum(c, max_points)]
    if max_points is not None:   # 得满分 / 得该项分值: an award of the item's points
        for c in clauses:
            c.labels = [("AWARD", s, e, f"{max_points:g}分") if lab == "FULL" else (lab, s, e, t)
                        for lab, s, e, t in c.labels]
    gate = None
    gate_clauses = [c for c in clauses if c.has("GATE")]
    if gate_clauses:
        g = gate_clauses[0]
        gate = g.text[: g.first("GATE")[1] - g.start].strip(" ，,的")
        clauses = [c for c in clauses if c is not g]
    awards = [c for c in clauses if c.has("AWARD") and not c.has("LEVELS")]
    penalties = [c for c in clauses if c.has("PENALTY")]
    common = {"text": text, "gate": gate}
    parts = _numbered_parts(text, common) or _listed_parts(text, max_points, common)
    if parts is not None:
        return parts
    graded = _graded_bands(text, max_points, common) or _respective_levels(text, clauses, max_points, common)
    if graded is not None:
        return ParsedRule(graded)
    ranged = _range_rule(clauses, common) or _signed_rule(clauses, common)
    if ranged is not None:
        return ParsedRule(ranged)

    if (any(c.has("PROPORTION") for c in clauses) or FORMULA.search(fold(text))) and max_points and not penalties:
        # 100%的得100分，低于90%的得0分，其间按持证率计分 / 达到90%得满分，其间得分＝覆盖率÷90%×15: the
        # awards are the ends of a proportional scale
        return ParsedRule(ProportionalRule(target=find_target(text, item_text), **common))
    if gate_clauses and not clauses and max_points is not None and not deduction_scheme:
        # the criteria are only the condition that loses the item (当年未召开的本项不得分): all or nothing
        return ParsedRule(ThresholdRule(**common))
    if not awards and not penalties:
        if (any(c.has("PROPORTION") for c in clauses) or FORMULA.search(fold(text))) and max_points:
            return ParsedRule(ProportionalRule(target=find_target(text, item_text), **common))
        if any(c.has("MANUAL") or c.has("JUDGED") for c in clauses):   # 综合评定 / 在0至10分之间评定
            return ParsedRule(ManualRule(**common))
        if max_points is not None and _TARGET_WORDS.search(fold(text)) and not deduction_scheme:
            return ParsedRule(ThresholdRule(target=find_target(text, item_text), **common))
        if max_points is not None and not deduction_scheme and any(c.has("NO_SCORE") for c in clauses):
            # every condition only says 不得分 (…的，不得分；…的，不得分): all or nothing
            return ParsedRule(ThresholdRule(**common))
        if max_points is not None:
            return ParsedRule(ManualRule(**common))
        return ParsedRule(None, "no points and no formula in the criteria")

    if penalties and not awards:
        fixed = [c for c in penalties if not c.has("PER")]
        if max_points is not None and len(fixed) == len(penalties) and not deduction_scheme \
                and not any(c.has("NO_SCORE") or c.has("GATE") for c in label_clauses(text)):
            amounts = [points_of(c.first("PENALTY")) for c in fixed]
            if len(fixed) == 1 and _same(amounts[0], max_points):
                # 未明确的扣5分 on an item of 5: the item's points lost whole when the condition holds
                return ParsedRule(ThresholdRule(**common))
            if len(fixed) >= 2 and None not in amounts and _same(sum(amounts), max_points):
                # 无检索工具扣5分，无编研材料扣5分 on an item of 10: each condition takes off its part
                return _components(clauses, common)
        return _per_occurrence(penalties, clauses, max_points, deduction_scheme, common)

    award_points = [points_of(c.first("AWARD")) for c in awards]
    if any(p is None for p in award_points):
        return ParsedRule(None, "an award without a readable number")
    capped = [points_of(c.first("CAP")) for c in clauses if c.has("CAP")]
    repeated = any(c.has("PER") for c in clauses) or any(cap is not None and cap > award_points[0] for cap in capped)
    if len(awards) == 1 and not penalties and repeated and not awards[0].has("CMP") \
            and not _same(award_points[0], max_points):
        # 每培育1个示范点得2分，最高6分 / 每篇加0.5分，累计不超过2分 / 完成一项给2分，上限6分: an award
        # per occurrence (a cap above the award says it repeats), up to the cap
        return _per_occurrence_award(awards[0], award_points[0], clauses, common)
    has_no_score = any(c.has("NO_SCORE") for c in clauses)
    if len(awards) == 1 and not penalties and not has_no_score and _same(award_points[0], max_points) \
            and any(c.has("MANUAL") for c in clauses):
        # 全面完成得20分，部分完成酌情扣分: full marks when done, the rater's judgement below that
        return ParsedRule(ManualRule(**common))
    if len(awards) == 1 and not penalties and has_no_score and _same(award_points[0], max_points) \
            and any(c.has("MANUAL") for c in clauses):
        # named rule ``judged_middle``: 达到要求的得满分，部分达到的酌情扣分，未开展的不得分 — three levels:
        # the item's points, a rater's score inside 0..points, nothing
        return ParsedRule(_judged_middle(awards[0], clauses, max_points, common))
    if len(awards) == 1 and penalties and has_no_score and _same(award_points[0], max_points) \
            and not any(c.has("PER") or c.has("FLOOR") for c in clauses):
        # named rule ``deducted_levels``: 审议通过的得满分；未经审议的扣5分；未编制的不得分 — three levels: the
        # item's points, its points less each fixed deduction, nothing
        levels = [Tier(label=_label(awards[0], "AWARD"), points=max_points)]
        for c in penalties:
            amount = points_of(c.first("PENALTY"))
            if amount is not None and amount < max_points:
                levels.append(Tier(label=_label(c, "PENALTY"), points=max_points - amount))
        if len(levels) == len(penalties) + 1:
            return ParsedRule(TiersRule(tiers=levels, **common))
    if len(awards) == 1 and penalties and _same(award_points[0], max_points) and (
            all(c.has("PER") for c in penalties) or any(c.has("FLOOR") for c in clauses)):
        # 达标的得10分；每缺一项扣2分 / 得满分；未完成的扣3分，扣完为止: the item's points when met, less a step
        # per shortfall
        return _per_occurrence(penalties, clauses, max_points, deduction_scheme, common)

    if len(awards) == 1 and not penalties and (has_no_score or _same(award_points[0], max_points)
                                               or max_points is None):
        if _same(award_points[0], max_points):  # the item's points: the rule keeps no copy of them
            return ParsedRule(ThresholdRule(target=find_target(text, item_text), **common))
        tier = _numeric_tier(awards[0], award_points[0]) if awards[0].has("CMP") else \
            Tier(label=_label(awards[0], "AWARD"), points=award_points[0])
        return ParsedRule(TiersRule(tiers=[tier], **common))  # an amount other than the item's points

    numeric_tiers = [c for c in awards if c.has("CMP")]
    if len(numeric_tiers) == len(awards) and len(awards) >= 2 and not penalties:
        return ParsedRule(TiersRule(tiers=[_numeric_tier(c, p) for c, p in zip(awards, award_points)], **common))

    if len(awards) >= 2 and any(c.has("PER") for c in awards) and (max_points is not None or capped):
        # 每次计1分；被评为优秀的另计2分；本项最高5分: parts, one counted per occurrence, capped
        return _components(clauses, common)
    total = sum(award_points)
    stated_caps = [c for c in capped if c is not None]
    if max_points is None and stated_caps and max(award_points) <= max(stated_caps) + _EPS < total and not penalties:
        # 获国际性奖加30分，全国性奖加25分…，最高上限30分: levels under a cap no sum of them fits
        max_points = max(stated_caps)
    if max_points is None or _same(total, max_points) or (penalties and total <= max_points + _EPS):
        return _components(clauses, common)
    if max(award_points) <= (max_points or 0) + _EPS and total > max_points:
        # printed order: submissions name a tier reached as met:N in the notice's order
        tiers = [Tier(label=_label(c, "AWARD"), points=p) for c, p in zip(awards, award_points)]
        return ParsedRule(TiersRule(tiers=tiers, **common))
    side = "more" if total > max_points else "less"
    return ParsedRule(None, f"awards add up to {total:g}, {side} than the item's {max_points:g} points")


def _graded_bands(text: str, max_points: float | None, common: dict) -> TiersRule | None:
    """Step 0: levels, each with a points band, that do not overlap and stay within the item's
    points; a band after a verb (扣1-2分) is an amount to choose, not a level."""
    folded = fold(text)
    bands = []
    for m in BAND.finditer(folded):
        label = m.group("label").strip(" 、")
        lo = float(m.group("lo"))
        hi = float(m.group("hi")) if m.group("hi") else lo   # a level of one value: 按时办结（10分）
        if not label or _BAND_VERB.search(label) or lo > hi:
            return None
        bands.append((label, lo, hi))
    if len(bands) < 2 or all(lo == hi for _, lo, hi in bands):
        return None   # single amounts only are awards, read by the steps below
    ordered = sorted(bands, key=lambda b: b[2], reverse=True)
    if any(low[2] >= high[1] for high, low in zip(ordered, ordered[1:])):
        return None   # overlapping bands are not levels of one scale
    if max_points is not None and ordered[0][2] > max_points + _EPS:
        return None
    return TiersRule(tiers=[Tier(label=f"{label}（{lo:g}-{hi:g}分）" if lo < hi else f"{label}（{hi:g}分）",
                                 points=hi, min_points=lo if lo < hi else None)
                            for label, lo, hi in bands], **common)


#: labels that, beside a range, make the criteria more than a range plus its condition
_NOT_A_RANGE = ("AWARD", "PENALTY", "LEVELS", "NO_SCORE", "PROPORTION")


def _range_rule(clauses: list[Clause], common: dict) -> RangeRule | None:
    """Step 1a: the whole criteria is one printed range plus its condition (…的，每处扣0.5-1分).

    Only when nothing else scores: a range beside fixed amounts is left to the other steps, which
    already read those amounts, so the range adds no second reading of the same item.
    """
    ranges = [m for c in clauses for m in c.all("RANGE")]
    if len(ranges) != 1 or any(c.has(lab) for c in clauses for lab in _NOT_A_RANGE):
        return None
    match = ranges[0]
    ends = [parse_number(n) for n in re.findall(r"\d+(?:\.\d+)?", fold(match[3]))]
    if len(ends) != 2 or None in ends:
        return None
    low, high = sorted(ends)
    verb = re.match(r"\D+", match[3]).group().strip()
    at = next(i for i, c in enumerate(clauses) if match in c.labels)
    # 每处扣1-2分, or the occurrence named just before it: 每发现一处问题，扣1-2分
    per = clauses[at].has("PER") or (at > 0 and any(
        m[3].startswith("每") for m in clauses[at - 1].all("PER")))
    return RangeRule(min=low, max=high, direction="deduct" if verb in DEDUCT_VERBS else "award",
                     per_occurrence=per, **common)


def _signed_rule(clauses: list[Clause], common: dict) -> RangeRule | None:
    """Step 1a, signed: the criteria state one amount either way (±10, 加减5分, 上下浮动3分) and
    no other amount — the rater moves the result up or down by at most that much."""
    signed = [m for c in clauses for m in c.all("SIGNED")]
    if len(signed) != 1 or any(c.has(lab) for c in clauses for lab in (*_NOT_A_RANGE, "RANGE")):
        return None
    amount = parse_number(re.search(r"\d+(?:\.\d+)?", fold(signed[0][3])).group())
    if not amount:
        return None
    return RangeRule(min=-amount, max=amount, direction="adjust", **common)


#: 营业执照、许可证各5分 / 价签齐全、标价清晰、无欺诈，每项5分: listed requirements worth the same each
_LISTED_EACH = compile_kept(r"^(?P<lead>[^，,；;。、]{0,12}?)(?P<list>[^，,；;。、]+?(?:(?:、|和|及|与)[^，,；;。、]+?)+?)"
                            r"(?:[两二三四五六七八九十\d]+[项份种个篇类][^，,；;。]{0,8})?\s*[，,]?\s*"
                            r"(?:每项|每份|每种|每个|每篇|每类|各)\s*(?:计|得|为)?\s*(?P<pts>\d+(?:\.\d+)?)\s*分")


def _listed_parts(text: str, max_points: float | None, common: dict) -> ParsedRule | None:
    """Named rule ``listed_parts``: requirements listed with 、 (or two joined by 和/及/与) and worth the
    same each (…各5分 / …，每项5分) are components when they add up to the item's points (4 × 5 = 20)."""
    m = _LISTED_EACH.match(fold(text))
    if m is None or max_points is None:
        return None
    listed = text[m.start("list"):m.end("list")]
    labels = [p.strip() for p in re.split(r"、(?![^（(]*[)）])", listed) if p.strip()]
    if len(labels) == 1:   # 标识牌和开放时间公示各5分: two parts joined by 和/及/与
        labels = [p.strip() for p in re.split(r"和|及|与", listed) if p.strip()]
    each = float(m.group("pts"))
    if len(labels) < 2 or not _same(each * len(labels), max_points):
        return None
    return ParsedRule(ComponentsRule(components=[Component(label=label, points=each) for label in labels], **common))


def _components(clauses: list[Clause], common: dict) -> ParsedRule:
    """Awards and penalties as components, in printed order (met:N counts in that order)."""
    components = []
    for c in clauses:
        if c.has("AWARD") and not c.has("LEVELS"):
            components.append(Component(label=_label(c, "AWARD"), points=points_of(c.first("AWARD")),
                                        per_occurrence=c.has("PER")))
        elif c.has("PENALTY"):
            pts = points_of(c.first("PENALTY"))
            if pts is not None:
                components.append(Component(label=_label(c, "PENALTY"), points=-pts, per_occurrence=c.has("PER")))
    return ParsedRule(ComponentsRule(components=components, **common))


def _per_occurrence(penalties: list[Clause], clauses: list[Clause], max_points: float | None,
                    deduction_scheme: bool, common: dict) -> ParsedRule:
    first = penalties[0]
    delta = points_of(first.first("PENALTY"))
    if delta is None:
        return ParsedRule(None, "a deduction without a readable number")
    floor = 0.0 if (any(c.has("FLOOR") for c in clauses) or max_points is not None) else None
    cap_clause = next((c for c in clauses if c.has("CAP")), None)
    cap = points_of(cap_clause.first("CAP")) if cap_clause else None
    unit = unit_of(first) or next((unit_of(c) for c in clauses if c.has("PER")), None) or "次"
    if deduction_scheme and floor is not None and not any(c.has("FLOOR") for c in clauses):
        floor = None
    return ParsedRule(PerOccurrenceRule(delta=-delta, unit=unit, floor=floor, cap=cap, **common))


def _per_occurrence_award(award: Clause, points: float, clauses: list[Clause], common: dict) -> ParsedRule:
    """Step 3b: one award earned per occurrence (每…得N分), capped by 最高/累计不超过 or the item."""
    cap_clause = next((c for c in clauses if c.has("CAP")), None)
    cap = points_of(cap_clause.first("CAP")) if cap_clause else None
    unit = unit_of(award) or next((unit_of(c) for c in clauses if c.has("PER")), None) or "次"
    return ParsedRule(PerOccurrenceRule(delta=points, unit=unit, floor=0.0, cap=cap, **common))


def _judged_middle(award: Clause, clauses: list[Clause], points: float, common: dict) -> TiersRule:
    """Full marks, a middle level left to the rater (a band from 0 to the item's points), nothing:
    labelled tiers in the printed order of the clauses that state them."""
    tiers = []
    for c in clauses:
        if c is award:
            tiers.append(Tier(label=_label(c, "AWARD"), points=points))
        elif c.has("MANUAL") and not c.has("AWARD"):
            tiers.append(Tier(label=_label(c, "MANUAL"), points=points, min_points=0.0))
        elif c.has("NO_SCORE"):
            tiers.append(Tier(label=_label(c, "NO_SCORE"), points=0.0))
    return TiersRule(tiers=tiers, **common)


@lru_cache(maxsize=1)
def _respectively_patterns() -> tuple[re.Pattern, str, re.Pattern, re.Pattern, re.Pattern]:
    words = lexicon()["sections"]
    return (re.compile(words["respectively"]), words["respectively_trail"], re.compile(words["list_sep"]),
            re.compile(words["name_lead"]), re.compile(words["name_tail"]))


def respective_names(before: str, count: int) -> list[str]:
    """"受到通报、警告、记过处分的，分别扣" → [通报, 警告, 记过]: the names listed before 分别,
    as many as the amounts after it."""
    respectively, trail, list_sep, name_lead, name_tail = _respectively_patterns()
    if not respectively.search(before):
        return []
    clause = re.split(r"[，,。；;：:]", respectively.sub("", before).rstrip(trail))[-1]
    names = [name_lead.sub("", n).strip() for n in list_sep.split(clause)]
    names = [name_tail.sub("", n) for n in names]
    if len(names) >= 3 and len(names[0]) > max(map(len, names[1:])):
        # the first name carries the sentence's lead-in (被集团通报、警告、记过): names in a
        # 、-list are parallel, so it is as long as the longest of the others
        names[0] = names[0][-max(map(len, names[1:])):]
    return names if len(names) == count and all(names) else []


def _respective_levels(text: str, clauses: list[Clause], max_points: float | None, common: dict) -> TiersRule | None:
    """Named rule ``respective_levels``: 评定为优秀、良好、一般的，分别得10分、8分、5分 — levels named in a
    list and their points after 分别 are labelled tiers (the top one within the item's points)."""
    for clause in clauses:
        levels = clause.first("LEVELS")
        if levels is None or levels[3].startswith(DEDUCT_VERBS):   # amounts taken off are no levels
            continue
        values = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", fold(levels[3]))]
        names = respective_names(text[: levels[1]], len(values))
        if names and (max_points is None or max(values) <= max_points + _EPS):
            return TiersRule(tiers=[Tier(label=n, points=v) for n, v in zip(names, values)], **common)
    return None


def _numeric_tier(clause: Clause, points: float) -> Tier:
    comps = [c for c in (comparison_of(m) for m in clause.all("CMP")) if c]
    lower = upper = None
    lower_inc, upper_inc = True, False
    for comp in comps:
        if comp.op in (">=", ">"):
            lower, lower_inc = comp.value, comp.op == ">="
        else:
            upper, upper_inc = comp.value, comp.op == "<="
    return Tier(label=_label(clause, "AWARD"), points=points, lower=lower, lower_inclusive=lower_inc,
                upper=upper, upper_inclusive=upper_inc)


def _label(clause: Clause, label: str) -> str:
    """The clause without its points phrase: what has to be true to earn them."""
    match = clause.first(label)
    head = clause.text[: match[1] - clause.start] if match else clause.text
    head = _LEAD_LABEL.sub("", head)   # 计分办法：… — the sentence's own heading is no condition
    return head.strip(" ，,的").strip() or clause.text.strip()


_LEAD_LABEL = compile_kept(r"^\s*[^，,。；;：:]{1,6}[：:]\s*(?=\S)")


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) < 1e-6
