"""The criteria grammar: every phrase kaohe understands in a 评分标准, in one place.

Criteria are segmented by jieba (with the domain dictionary, so 扣完为止,
整项不得分 or 未达标 stay one token) inside a blank spaCy pipeline, and the
token patterns below label what each clause says.  ``rules.py`` turns the
labels into a Rule; numbers are read from the matched text.

Labels:
  AWARD      得/加/计 N 分             points earned
  FULL       得满分, 得该项分值         the item's whole points earned (an AWARD once the maximum is known)
  LEVELS     加 10分、8分、5分         points per level (全总/省总/市总)
  PENALTY    扣/减 N 分                points lost
  RANGE      扣1-2分, 加2至5分          an amount the rater chooses inside a printed range
  SIGNED     ±10分, 加减5分, 上下浮动3分  an amount the rater chooses, up or down, at most N either way
  NO_SCORE   不得分, 不计分, 得0分      nothing earned (the "else" of a threshold)
  GATE       整项/该项/本项 不得分     a failed condition zeroes the whole item
  FLOOR      扣完为止                  stop at zero
  CAP        最多扣N分, 最高加N分, 上限N分, 最多可获得N分  a cap on what a clause can change
  PER        每项, 每发现一家, 1人一次  the change applies per occurrence
  MANUAL     综合打分, 酌情, 视情       a rater's judgement
  JUDGED     在0至10分之间, 0-5分范围内   the band a rater's judgement falls in (its top is the item's most)
  CMP        达到 80% 以上, 不足 50%   a comparison with a target
  PROPORTION 按比例, 按完成比例         points times the ratio achieved
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .nlp import nlp

NUM_RE = r"^(\d+(\.\d+)?|[零〇一二两三四五六七八九十百千万]+|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)$"
PCT_RE = r"^\d+(\.\d+)?[%％]$"

NUM = {"TEXT": {"REGEX": NUM_RE}}
PCT = {"TEXT": {"REGEX": PCT_RE}}
NUM_OR_PCT = {"TEXT": {"REGEX": NUM_RE[:-2] + r"|\d+(\.\d+)?[%％])$"}}
POINT = {"TEXT": {"IN": ["分", "分值"]}}
#: what joins the two ends of a range: 1-2, 1～3, 1至3, 1到3
RANGE_SEP = {"TEXT": {"IN": ["-", "－", "−", "–", "—", "~", "～", "〜", "至", "到"]}}
#: verbs that take points off (the rest of RANGE_VERBS add them)
DEDUCT_VERBS = ("扣", "减", "扣除", "倒扣", "扣分", "减分")
RANGE_VERBS = ("得", "加", "计", "记", "给", "得分", "计分", "加分") + DEDUCT_VERBS

#: comparison words → operator; "以上/以下" after a number include it (≥, ≤).
CMP_WORDS = {
    "达到": ">=", "达": ">=", "不低于": ">=", "不少于": ">=", "完成": ">=",
    "超过": ">", "大于": ">", "高于": ">", "多于": ">",
    "不足": "<", "低于": "<", "少于": "<", "未达到": "<", "未达": "<",
    "不超过": "<=", "不高于": "<=",
}
AFTER_WORDS = {"以上": ">=", "及以上": ">=", "以下": "<=", "及以下": "<="}

#: counters (量词) of things counted per occurrence
COUNTERS = "项次起家篇人个例处件名场期批本份台条册张套座所户辆题节堂天周门"
#: occurrence words → the unit counted
UNIT_OF = {
    "每项": "项", "每次": "次", "每起": "起", "每家": "家", "每篇": "篇", "每人": "人", "每个": "个",
    "每例": "例", "每处": "处", "每缺少": "项", "缺一项": "项", "少一项": "项", "一项": "项", "一次": "次",
    "一起": "起", "一家": "家", "一人": "人", "一篇": "篇", "一处": "处", "人次": "人次",
}

PATTERNS: dict[str, list[list[dict]]] = {
    "LEVELS": [
        # 分别得20分、16分、12分、6分: four levels
        [{"TEXT": {"IN": ["加", "得", "扣", "减"]}}, NUM, POINT,
         {"TEXT": {"IN": ["、", "，", ","]}}, NUM, POINT,
         {"TEXT": {"IN": ["、", "，", ","]}}, NUM, POINT,
         {"TEXT": {"IN": ["、", "，", ","]}}, NUM, POINT],
        # 分别扣1、2、3分: the amounts listed once, 分 after the last
        [{"TEXT": {"IN": ["加", "得", "扣", "减"]}}, NUM, {"TEXT": {"IN": ["、", "，", ","]}}, NUM,
         {"TEXT": {"IN": ["、", "，", ","]}, "OP": "?"}, NUM, POINT],
        [{"TEXT": {"IN": ["加", "得", "扣", "减"]}}, NUM, POINT,
         {"TEXT": {"IN": ["、", "，", ","]}}, NUM, POINT,
         {"TEXT": {"IN": ["、", "，", ","]}, "OP": "?"}, NUM, POINT, ],
        [{"TEXT": {"IN": ["加", "得", "扣", "减"]}}, NUM, POINT,
         {"TEXT": {"IN": ["、", "，", ","]}}, NUM, POINT],
    ],
    "AWARD": [
        [{"TEXT": {"IN": ["得", "加", "计", "记", "给", "给予", "赋", "积"]}}, NUM, POINT],
        [{"TEXT": {"IN": ["得分", "计分", "加分"]}}, NUM, POINT],
        # "使用容器部署：+2分": a plus sign is an award too
        [{"TEXT": {"IN": ["+", "＋"]}}, NUM, POINT],
    ],
    "FULL": [
        [{"TEXT": {"IN": ["得", "计", "记", "给", "给予", "赋"]}}, {"TEXT": {"IN": ["满分", "全分"]}}],
        [{"TEXT": {"IN": ["得", "计", "记", "给", "给予", "赋"]}}, {"TEXT": {"IN": ["该项", "本项", "此项"]}},
         {"TEXT": "全部", "OP": "?"}, {"TEXT": {"IN": ["分值", "满分", "全分"]}}],
    ],
    "PENALTY": [
        [{"TEXT": {"IN": ["扣", "减", "扣除", "倒扣"]}}, NUM, POINT],
        [{"TEXT": {"IN": ["扣分", "减分"]}}, NUM, POINT],
        # 每辆-3分, -2分/人: a minus sign takes points off too
        [{"TEXT": {"IN": ["-", "－", "−"]}}, NUM, POINT],
    ],
    "RANGE": [
        [{"TEXT": {"IN": list(RANGE_VERBS)}}, NUM, RANGE_SEP, NUM, POINT],
        [{"TEXT": {"IN": list(RANGE_VERBS)}}, NUM, POINT, RANGE_SEP, NUM, POINT],
        # jieba glues the first 分 to the joining word: 扣|1|分至|2|分
        [{"TEXT": {"IN": list(RANGE_VERBS)}}, NUM, {"TEXT": {"IN": ["分至", "分到"]}}, NUM, POINT],
    ],
    "SIGNED": [
        [{"TEXT": {"IN": ["±", "正负"]}}, NUM, {"TEXT": {"IN": ["分", "分值"]}, "OP": "?"}],
        [{"TEXT": "加"}, {"TEXT": "减"}, NUM, POINT],
        [{"TEXT": "上下"}, {"TEXT": "浮动"}, NUM, POINT],
    ],
    "NO_SCORE": [
        [{"TEXT": {"IN": ["不得分", "不计分", "不记分"]}}],
        [{"TEXT": "不"}, {"TEXT": {"IN": ["得分", "计分", "记分"]}}],
        [{"TEXT": {"IN": ["得", "计"]}}, {"TEXT": {"IN": ["0", "零"]}}, POINT],
    ],
    "GATE": [
        [{"TEXT": {"IN": ["整项不得分", "该项不得分", "本项不得分", "此项不得分"]}}],
        [{"TEXT": {"IN": ["整项", "该项", "本项", "此项"]}}, {"TEXT": "不"}, {"TEXT": {"IN": ["得分", "计分"]}}],
        [{"TEXT": {"IN": ["整项", "该项", "本项", "此项"]}}, {"TEXT": {"IN": ["不得分", "不计分"]}}],
        # 本项计0分: the item zeroed
        [{"TEXT": {"IN": ["整项", "该项", "本项", "此项"]}}, {"TEXT": {"IN": ["计", "记", "得", "为"]}},
         {"TEXT": {"IN": ["0", "零"]}}, POINT],
        [{"TEXT": {"IN": ["整", "该", "本", "此"]}}, {"TEXT": "项"}, {"TEXT": {"IN": ["计", "记", "得", "为"]}},
         {"TEXT": {"IN": ["0", "零"]}}, POINT],
        # 扣除该项分值, 扣该项全部分值: the item's points lost whole
        [{"TEXT": {"IN": ["扣除", "扣"]}}, {"TEXT": {"IN": ["该项", "本项", "此项"]}}, {"TEXT": "全部", "OP": "?"},
         {"TEXT": {"IN": ["分值", "分数", "应得分", "得分"]}}],
    ],
    "FLOOR": [
        [{"TEXT": {"IN": ["扣完为止", "扣完即止", "扣完本项分值为止", "扣完该项分值为止"]}}],
        [{"TEXT": "扣"}, {"TEXT": "完"}, {"TEXT": "为止"}],
        # 最低得0分, 本项最低0分: the floor, not an award of nothing
        [{"TEXT": {"IN": ["最低", "最少"]}}, {"TEXT": {"IN": ["得", "为", "计", "记"]}, "OP": "?"},
         {"TEXT": {"IN": ["0", "零"]}}, POINT],
    ],
    "CAP": [
        [{"TEXT": {"IN": ["最多", "最高", "累计", "最多扣", "最多加", "最高加", "最多减"]}},
         {"TEXT": {"IN": ["扣", "加", "减"]}, "OP": "?"}, NUM, POINT],
        # 上限6分, 至多得10分, 最高可得6分, 最多可获得 8 分加分
        [{"TEXT": {"IN": ["最多", "最高", "上限", "至多", "封顶"]}}, {"TEXT": {"IN": ["可以", "可", "能"]}, "OP": "?"},
         {"TEXT": {"IN": ["获得", "获", "得", "可得", "给", "加", "扣", "减"]}, "OP": "?"}, NUM,
         {"TEXT": {"IN": ["分", "分加分", "分扣分", "分值"]}}],
        [{"TEXT": {"IN": ["加分", "扣分"]}}, {"TEXT": {"IN": ["不超过", "最多", "最高"]}}, NUM, POINT],
        # 累计不超过2分, 合计最多加5分
        [{"TEXT": {"IN": ["累计", "合计", "总计", "累计加分", "累计扣分"]}},
         {"TEXT": {"IN": ["不超过", "不得超过", "最多", "最高"]}}, {"TEXT": {"IN": ["加", "扣", "减"]}, "OP": "?"},
         NUM, POINT],
    ],
    "PER": [
        [{"TEXT": {"IN": ["每项", "每次", "每起", "每家", "每篇", "每人", "每个", "每例", "每处", "每缺少",
                          "缺一项", "少一项"]}}],
        [{"TEXT": {"IN": ["每", "每发现", "每缺少"]}}, {"OP": "?"}, {"TEXT": {"REGEX": "^[一1]?[项次起家篇人个例处]$"}}],
        [{"TEXT": {"IN": ["每", "每发现", "每缺少"]}}, {"OP": "?"},
         {"TEXT": {"IN": ["一项", "一次", "一起", "一家", "一篇", "一人", "一场", "一个", "一件", "一名", "一期",
                          "一批", "一处", "一例"]}}],
        [{"TEXT": {"IN": ["每", "每发现", "发现", "缺少", "缺"]}},
         {"TEXT": {"IN": ["一项", "一次", "一起", "一家", "一篇", "一人"]}}],
        [{"TEXT": {"REGEX": "^[1一]$"}}, {"TEXT": "人"}, {"TEXT": {"IN": ["一次", "次"]}}],
        [{"TEXT": {"IN": ["一次", "一项", "一起", "人次"]}}],
        # 发现脱管一人扣5分: one of a counted thing right before the deduction
        [{"TEXT": {"IN": ["一人", "一名", "一处", "一件", "一例", "一家", "一份", "一本"]}},
         {"TEXT": {"IN": ["扣", "减", "扣除"]}}],
        # -2分/人, 5分/次: an amount per counted thing, written after it with a slash
        [{"TEXT": {"IN": ["/", "／"]}}, {"TEXT": {"REGEX": f"^(?:[{COUNTERS}]|人次)$"}}],
        # 每培育1个示范点, 每举办一场: 每 + a verb + a count of one and its unit
        [{"TEXT": {"REGEX": "^每"}}, {"OP": "?"}, {"TEXT": {"REGEX": "^[一1]$"}},
         {"TEXT": {"REGEX": f"^[{COUNTERS}]$"}}],
        # 每降低5个百分点扣2分, 每低1%: a step of a rate
        [{"TEXT": {"REGEX": "^每"}}, {"TEXT": {"IN": ["降低", "下降", "低", "少", "减少", "低于", "提高", "高出", "增加",
                                                        "上升", "超出", "超过"]}, "OP": "?"},
         NUM, {"TEXT": "个", "OP": "?"}, {"TEXT": {"IN": ["百分点", "%", "％"]}}],
        # 缺1次扣0.5分, 少一次扣1分: a shortfall of one and its counter
        [{"TEXT": {"IN": ["缺", "少", "缺少", "少于"]}}, {"TEXT": {"REGEX": "^[一1]$"}},
         {"TEXT": {"REGEX": f"^[{COUNTERS}]$"}}],
        [{"TEXT": {"IN": ["缺", "少", "缺少"]}}, {"TEXT": {"REGEX": f"^[一1][{COUNTERS}]$"}}],
        # 每缺一本, 每少一份: 每 + a verb + one of a counter, tokenised together
        [{"TEXT": {"IN": ["每", "每缺", "每少", "每发现", "每缺少"]}}, {"OP": "?"},
         {"TEXT": {"REGEX": f"^[一1][{COUNTERS}]$"}}],
    ],
    # 每季度积1分, 每户每年积3分, 每满4小时积1分: 每 and what is counted, right before the amount —
    # a PER where no other PER pattern names the occurrence (see ``analyse``)
    # (每年盘点的得10分 is a condition: its 的 closes it before the award)
    "PER_BEFORE_AMOUNT": [
        [{"TEXT": {"REGEX": "^每"}}, {"IS_PUNCT": False, "TEXT": {"NOT_IN": ["的"]}, "OP": "?"},
         {"IS_PUNCT": False, "TEXT": {"NOT_IN": ["的"]}, "OP": "?"},
         {"IS_PUNCT": False, "TEXT": {"NOT_IN": ["的"]}, "OP": "?"},
         {"TEXT": {"IN": ["积", "得", "加", "扣", "减", "计", "记"]}}, NUM, POINT],
    ],
    # 每场次1分, 每人次0.2分, 每篇0.5分: an amount per occurrence with no verb — reported as the
    # PER it opens with and the AWARD it ends with (see ``analyse``)
    "PER_AWARD": [
        [{"TEXT": {"REGEX": "^每"}}, {"IS_PUNCT": False, "LIKE_NUM": False, "OP": "?"},
         {"IS_PUNCT": False, "LIKE_NUM": False, "OP": "?"}, NUM, POINT],
    ],
    "MANUAL": [
        [{"TEXT": {"IN": ["综合打分", "综合评分", "综合评定", "酌情", "酌情扣分", "酌情加分", "视情"]}}],
        [{"TEXT": "综合"}, {"TEXT": {"IN": ["打分", "评分", "评定"]}}],
        # 由区纪委派驻纪检组评定: a named body judges the item
        [{"TEXT": {"REGEX": "^由"}}, {"IS_PUNCT": False, "OP": "{0,8}"},
         {"TEXT": {"IN": ["评定", "打分", "评分", "评价", "认定"]}}],
    ],
    "JUDGED": [
        [{"TEXT": "在", "OP": "?"}, NUM, RANGE_SEP, NUM, POINT, {"TEXT": {"IN": ["之间", "以内", "范围", "范围内"]}}],
        [{"TEXT": "在", "OP": "?"}, NUM, {"TEXT": {"IN": ["分至", "分到"]}}, NUM, POINT,
         {"TEXT": {"IN": ["之间", "以内", "范围", "范围内"]}}],
    ],
    "PROPORTION": [
        [{"TEXT": "按"}, {"OP": "?"}, {"TEXT": {"IN": ["比例", "比率"]}}],
        [{"TEXT": {"IN": ["按比例", "按完成比例"]}}],
        # 其间按持证率计分: scored by the rate itself
        [{"TEXT": {"REGEX": "^按"}}, {"TEXT": {"REGEX": "率$"}}, {"TEXT": {"IN": ["计分", "计算", "折算", "得分", "计"]}}],
        [{"TEXT": {"REGEX": "^按.*率$"}}, {"TEXT": {"IN": ["计分", "计算", "折算", "得分", "计"]}}],
    ],
    "CMP": [
        [{"TEXT": {"IN": list(CMP_WORDS)}}, NUM_OR_PCT, {"TEXT": {"IN": list(AFTER_WORDS)}, "OP": "?"}],
        # jieba may glue the comparison word to the noun before it: 缴交|率达|100%
        [{"TEXT": {"REGEX": "(" + "|".join(sorted(CMP_WORDS, key=len, reverse=True)) + ")$"}}, NUM_OR_PCT,
         {"TEXT": {"IN": list(AFTER_WORDS)}, "OP": "?"}],
        [{"TEXT": {"IN": list(CMP_WORDS)}}, NUM_OR_PCT, {"TEXT": "及"}, {"TEXT": "以上"}],
        [NUM_OR_PCT, {"TEXT": {"IN": list(AFTER_WORDS)}}],
        [NUM_OR_PCT, {"TEXT": "及"}, {"TEXT": {"IN": ["以上", "以下"]}}],
    ],
}


@lru_cache(maxsize=1)
def matcher():
    """spaCy Matcher over the jieba tokens, built once per process."""
    from spacy.matcher import Matcher

    m = Matcher(nlp().vocab)
    for label, patterns in PATTERNS.items():
        m.add(label, patterns, greedy="LONGEST")
    return m


def analyse(text: str) -> list[tuple[str, int, int, str]]:
    """Label the phrases of ``text``: (label, char start, char end, matched text), in order."""
    return list(_labels(text))


@lru_cache(maxsize=4096)
def _labels(text: str) -> tuple[tuple[str, int, int, str], ...]:
    """:func:`analyse`, once per text (the readers of one notice ask about the same clause more than once)."""
    doc = nlp()(text)
    found = []
    per_awards = []
    for match_id, start, end in matcher()(doc):
        span = doc[start:end]
        label = nlp().vocab.strings[match_id]
        if label == "PER_AWARD":
            per_awards.append((doc[start:end - 2], doc[end - 2:end]))
            continue
        found.append((label, span.start_char, span.end_char, span.text))
    # a bare amount after 每… (每场次1分) is an award per occurrence where no verb states one
    amounts = [(s, e) for lab, s, e, _ in found if lab in ("AWARD", "PENALTY", "CAP", "RANGE", "PER_BEFORE_AMOUNT")]
    for per, amount in per_awards:
        if not any(s < amount.end_char and amount.start_char < e for s, e in amounts):
            if not any(lab == "PER" and s < per.end_char and per.start_char < e for lab, s, e, _ in found):
                found.append(("PER", per.start_char, per.end_char, per.text))
            found.append(("AWARD", amount.start_char, amount.end_char, amount.text))
    # a dash between two numbers joins a range (良好8-12分), it takes nothing off
    found = [f for f in found if not (f[0] == "PENALTY" and f[3][:1] in "-－−" and f[1] > 0
                                      and (text[f[1] - 1].isdigit() or text[f[1] - 1] in "分"))]
    # a range's ends are not fixed amounts themselves (扣1分至2分 holds 扣1分; 加减5分 holds 减5分)
    ranges = [(s, e) for lab, s, e, _ in found if lab in ("RANGE", "SIGNED")]
    found = [f for f in found if f[0] in ("RANGE", "SIGNED") or not any(s <= f[1] and f[2] <= e for s, e in ranges)]
    # nor is a cap's amount an award or a deduction of its own (最高加5分 holds 加5分)
    caps = [(s, e) for lab, s, e, _ in found if lab == "CAP"]
    found = [f for f in found if f[0] not in ("AWARD", "PENALTY") or not any(s <= f[1] and f[2] <= e for s, e in caps)]
    # nor is a floor's zero an award (最低得0分 holds 得0分)
    floors = [(s, e) for lab, s, e, _ in found if lab == "FLOOR"]
    found = [f for f in found if f[0] not in ("AWARD", "NO_SCORE") or not any(s <= f[1] and f[2] <= e for s, e in floors)]
    # 每…+ amount is an occurrence only where no specific PER pattern (每发现一家) found one
    pers = [(s, e) for lab, s, e, _ in found if lab == "PER"]
    found = [("PER", *f[1:]) if f[0] == "PER_BEFORE_AMOUNT" else f for f in found
             if f[0] != "PER_BEFORE_AMOUNT" or not any(s < f[2] and f[1] < e for s, e in pers)]
    found.sort(key=lambda f: (f[1], -f[2]))
    return tuple(found)


#: the pattern groups whose matches :func:`analyse` may report under a label (PER_BEFORE_AMOUNT's as PER)
REPORTED_AS = {"PER": ("PER", "PER_BEFORE_AMOUNT")}


def _required_words(token: dict) -> frozenset[str] | None:
    """The words one of which ``token`` must be, when its pattern cannot match without it."""
    if token.get("OP") not in (None, "+"):   # optional, repeated from none, or negated
        return None
    text = token.get("TEXT")
    if isinstance(text, str):
        return frozenset([text])
    if isinstance(text, dict) and set(text) == {"IN"}:
        return frozenset(text["IN"])
    return None


@lru_cache(maxsize=None)
def _anchors(label: str) -> tuple[frozenset[str], ...] | None:
    """For each pattern that can give ``label``, words one of which a text must contain for it to
    match (a token is a piece of the text); None when some such pattern requires no fixed word."""
    anchors = []
    for group in REPORTED_AS.get(label, (label,)):
        for tokens in PATTERNS[group]:
            required = [w for t in tokens if (w := _required_words(t)) is not None]
            if not required:
                return None
            anchors.append(min(required, key=len))
    return tuple(anchors)


def may_find(label: str, text: str) -> bool:
    """Whether :func:`analyse` could label a phrase of ``text`` ``label``.  False when no pattern
    for it finds its required words in the text: then the answer needs neither jieba nor spaCy
    (which a notice none of whose clauses could need them never loads)."""
    anchors = _anchors(label)
    return anchors is None or any(any(w in text for w in words) for words in anchors)


# --------------------------------------------------------------------------- structure vocabulary


LEXICON_FILE = Path(__file__).parent / "data" / "lexicon.json"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The structure vocabulary (column roles, row kinds, numbering) and the extractors'
    word lists and patterns (one group per ``pipeline/extract`` module) from ``data/lexicon.json``.

    Vocabulary is data: a new notice's column name is a line in that file, not code.
    """
    import json

    return json.loads(LEXICON_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, str]:
    pairs = lexicon()["traditional"]
    return {ord(pairs[i]): pairs[i + 1] for i in range(0, len(pairs) - 1, 2)}


def fold_script(text: str) -> str:
    """Traditional structure characters folded (最高分數為 → 最高分数为), every offset kept."""
    return text.translate(_traditional_table())


def fold_words(text: str) -> str:
    """Whitespace removed and traditional structure characters folded (評分標準 → 评分标准),
    so that vocabulary matches notices in either script."""
    import re

    return fold_script(re.sub(r"\s+", "", text))
