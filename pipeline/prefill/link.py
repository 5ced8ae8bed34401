"""Linking report sentences to scheme targets: by number where the report follows the scheme, else by content.

Content: every target (item name, text, criteria and category; entry text) is a BM25 document
(``bm25s``) over jieba content words, so words that tell items apart (经审, 调解, 疗休养) weigh more
than words all items share; each sentence of the report, with its section title, is a query.  A
sentence goes to the target it matches best, and each of its clauses (between ，and ；) to the target
that clause matches best, so ``经审组织同步组建率为98.5%，女职工组织同步组建率为96.2%`` speaks of two
items.  Number: a section numbered like an item (``5、``, ``1.1``, ``一、…`` then ``1．`` under category
1, ``（第5项）``) adds a bonus to that item when its title shares words with it, or for every
numbered section when most do (the report follows the scheme's order).  All candidates and scores are
kept for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from schemes.model import Entry, Item, Scheme

from .passages import Section, Segmented
from .tokens import tokens

#: a sentence (or clause) links to a target when its score reaches this
LINK_MIN = 1.7
#: the bonus a number match adds
NUMBER_BONUS = 2.0
_ATTACHMENT_ONLY = re.compile(r"^[（(]?\s*(?:见|详见)?附(?:件|后|表)?[^。]{0,30}[)）]?。?$")
_CLAUSE = re.compile(r"[，,；;：:]")


@dataclass
class Target:
    id: str
    kind: str  # item, bonus, deduction
    label: str
    code: str | None
    category_code: str | None
    words: tuple[str, ...]
    obj: Item | Entry


@dataclass
class Links:
    targets: list[Target]
    #: target id → [(sentence, score, by_number)] best first
    candidates: dict[str, list[tuple[int, float, bool]]] = field(default_factory=dict)
    #: target id → sentences assigned to it, best first
    assigned: dict[str, list[int]] = field(default_factory=dict)
    #: target id → its score per sentence
    scores: dict[str, np.ndarray] = field(default_factory=dict)
    #: scores a piece of text against every target (the same BM25 model), for clause-level reading
    score: object = None

    def best_target(self, text: str) -> str | None:
        """The target a piece of text (a clause) matches best, when it reaches :data:`LINK_MIN`."""
        cs = self.score(tokens(text))
        j = int(np.argmax(cs)) if len(cs) else 0
        return self.targets[j].id if len(cs) and cs[j] >= LINK_MIN else None


def scheme_targets(scheme: Scheme) -> list[Target]:
    cats = {c.id: c for c in scheme.categories}
    out = []
    for it in scheme.items:
        cat = cats.get(it.category)
        text = " ".join(x for x in (it.name or "", it.text, it.criteria, cat.name if cat else "") if x)
        out.append(Target(it.id, "item", it.name or it.text, it.code, cat.code if cat else None, tokens(text), it))
    for e in [*scheme.bonus, *scheme.deductions]:
        out.append(Target(e.id, e.kind, e.text, e.code, None, tokens(e.text), e))
    return out


def _bm25(docs: list[tuple[str, ...]]):
    import bm25s

    retriever = bm25s.BM25()
    retriever.index([list(d) or ["\x00"] for d in docs], show_progress=False)
    vocab = retriever.vocab_dict

    def score(query: tuple[str, ...]) -> np.ndarray:
        q = [w for w in dict.fromkeys(query) if w in vocab]
        if not q:
            return np.zeros(len(docs))
        return retriever.get_scores(q)

    return score


def _number_targets(sec: Section, by_id: dict[str, Target]) -> list[str]:
    """The targets a section's numbering names, if the scheme has them."""
    out = [r for r in sec.refs if r in by_id]
    if out:
        return out
    if sec.style == "dotted" and sec.number in by_id:
        return [sec.number]
    if len(sec.path) >= 2:
        parent, own = sec.path[-2][1], sec.path[-1][1]
        key = f"{parent}.{own}"
        if key in by_id:
            return [key]
    if sec.number in by_id and len(sec.path) == 1:
        return [sec.number]
    return []


def _heading_only(seg: Segmented) -> set[int]:
    """Sentences that are only a section's number and title (``四、经费资产管理``): they lend their words to
    the section's sentences but are no evidence themselves."""
    out = set()
    for sec in seg.sections:
        if sec.sentences:
            first = sec.sentences[0]
            rest = re.sub(r"[\W_]+", "", seg.sentences[first].text)
            if len(rest) <= 10 and not re.search(r"\d", rest) and len(sec.sentences) == 1:
                out.add(first)
            elif len(sec.sentences) > 1 and len(rest) <= len(re.sub(r"[\W_]+", "", sec.title)) + 6 and len(sec.title) <= 20:
                out.add(first)
    out |= {s.index for s in seg.sentences if _ATTACHMENT_ONLY.match(s.text)}
    return out


def link(scheme: Scheme, seg: Segmented, targets: list[Target] | None = None) -> Links:
    targets = targets if targets is not None else scheme_targets(scheme)
    links = Links(targets)
    n_s = len(seg.sentences)
    if not targets or not n_s:
        return links
    score = _bm25([t.words for t in targets])
    links.score = score
    by_id = {t.id: t for t in targets}
    index = {t.id: i for i, t in enumerate(targets)}
    sent = np.zeros((n_s, len(targets)))
    clause_best: list[list[tuple[int, float]]] = []
    for s in seg.sentences:
        sec_title = seg.sections[seg.section_of[s.index]].title if s.index in seg.section_of else ""
        words = tokens(s.text)
        extra = tokens(sec_title) if sec_title and sec_title not in s.text else ()
        sent[s.index] = score(words + extra)
        best = []
        parts = [p for p in _CLAUSE.split(s.text) if p.strip()]
        if len(parts) > 1:
            for part in parts:
                cs = score(tokens(part))
                j = int(np.argmax(cs))
                if cs[j] >= LINK_MIN:
                    best.append((j, float(cs[j])))
        clause_best.append(best)
    # numbering: a bonus to the target a section's number names
    by_number = np.zeros_like(sent, dtype=bool)
    mapped = []
    for sec in seg.sections:
        for tid in _number_targets(sec, by_id):
            title_score = float(score(tokens(sec.title))[index[tid]]) if sec.title else 0.0
            mapped.append((sec, tid, title_score > 0))
    follows = bool(mapped) and sum(ok for *_, ok in mapped) >= max(2, 0.6 * len(mapped))
    for sec, tid, ok in mapped:
        if ok or follows:
            j = index[tid]
            for si in sec.sentences:
                sent[si, j] += NUMBER_BONUS
                by_number[si, j] = True
    assigned: dict[str, list[int]] = {}
    headings = _heading_only(seg)
    for si in range(n_s):
        if si in headings:
            continue
        row = sent[si]
        j = int(np.argmax(row))
        clauses = {cj for cj, _ in clause_best[si]}
        # a sentence whose clauses speak of targets is theirs; the sentence as a whole counts only
        # when no clause does (its best may be a category word shared by all its clauses)
        chosen = clauses or ({j} if row[j] >= LINK_MIN else set())
        chosen |= {int(k) for k in np.flatnonzero(by_number[si]) if row[k] >= LINK_MIN}
        for k in chosen:
            assigned.setdefault(targets[k].id, []).append(si)
    for t in targets:
        j = index[t.id]
        col = sent[:, j]
        order = [int(i) for i in np.argsort(-col, kind="stable") if col[i] > 0][:5]
        links.candidates[t.id] = [(i, float(col[i]), bool(by_number[i, j])) for i in order]
        links.scores[t.id] = col
        if t.id in assigned:
            links.assigned[t.id] = sorted(assigned[t.id], key=lambda i: -col[i])
    return links
