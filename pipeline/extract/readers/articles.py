"""Prose regulations whose modules are declared once and filled in by later articles.

A 考核办法 written as articles often declares its modules and their points in one sentence
(考核由A（30分）、B（30分）、C（40分）三部分组成) and states the items in the articles that
follow, each naming its module once (第四条 A模块中，…得10分; 第七条 B：（一）…（二）…);
an article that names no module goes on with the module before it.  An item's points are
what it can earn: its own (N分) note, else the factor of its formula (…×20), else the cap
of an award per occurrence (每…得2分，最高6分), else its largest award (得10分 … 得6分).

Named rule ``declared_modules``: without such a declaration this reader reads nothing, so
prose without modules is left to the other prose readers.
"""

from __future__ import annotations

import re

from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import fold

from .registry import reader
from ..grammar.numbering import Node, walk
from ..grammar.spans import Span, squash
from ..grammar.vocabulary import pattern, text
from .sections import section_kind
from ..state import Draft, DraftCategory, DraftItem, Extraction


#: one declared module: a name and its points in brackets (安全责任落实（30分）)
MODULE = pattern("articles.module")
#: modules listed one after another: separated by 、，和 及
MODULE_GAP = pattern("articles.module_gap")
#: a module declared with plain points in a list sentence (其中，组织建设20分，民主管理30分)
MODULE_BARE = pattern("articles.module_bare")
DECLARE_LEAD = pattern("articles.declare_lead")
#: what ends an amount rather than a name (国家级加3分 is an award, not a module)
AMOUNT_VERBS = text("articles.amount_verbs")
NOTE_POINTS = pattern("articles.note_points")
BONUS_ARTICLE = pattern("articles.bonus_article")
RESPECTIVE_POINTS = pattern("articles.respective_points")
MODULE_LIST_LEAD = pattern("articles.module_list_lead")
MODULE_LIST_TAIL = pattern("articles.module_list_tail")
LIST_SEP = pattern("articles.list_sep")
NOTE_AMOUNT = pattern("articles.amount")
FORMULA_FACTOR = compile_kept(r"[)）]\s*[×xX*＊]\s*(\d+(?:\.\d+)?)")
CAP = pattern("articles.cap")
AWARD = pattern("articles.award")
#: how an article names its module: "A模块中，" "A部分：" "A方面" or the module name itself first
MODULE_SUFFIX = text("articles.module_suffix")
#: criteria that refer their scoring to a numbered table: 按表1计分, 详见附表2
CITES_TABLE = pattern("articles.cites_table")
#: the total a declaring sentence states (满分30分, 共100分)
DECLARED_TOTAL = pattern("articles.total")


def declared_modules(spans: list[Span]) -> list[tuple[str, float, Span, Span]]:
    """(name, points, name span, points span) of the modules one sentence declares (at least two):
    with their points in brackets (安全责任落实（30分）、…), or plainly (其中，组织建设20分，民主管理30分…)
    where the sentence leads in to a list (其中 / 包括 / 分为) and the points add up to 100 or to the
    total it states (named rule ``declared_modules``)."""
    for span in spans:
        folded = fold(span.text)
        run = _module_run(folded, MODULE)
        if len(run) < 2 and DECLARE_LEAD.search(folded):
            bare = _module_run(folded, MODULE_BARE)
            total = DECLARED_TOTAL.search(folded)
            stated = float(total.group(1)) if total else 100.0
            if len(bare) >= 2 and abs(sum(float(m.group("pts")) for m in bare) - stated) < 1e-9 \
                    and not any(m.group("name")[-1] in AMOUNT_VERBS for m in bare):
                run = bare
        if len(run) >= 2:
            return [(_clean(m.group("name")), float(m.group("pts")), span.match_span(m, "name"),
                     span.match_span(m, "pts")) for m in run]
        respective = _respective_modules(span, folded)
        if respective:
            return respective
    return []


def _respective_modules(span: Span, folded: str) -> list[tuple[str, float, Span, Span]]:
    """包括A、B、C和D四个模块，分值分别为50分、20分、20分、10分: the names listed, then their points."""
    m = RESPECTIVE_POINTS.search(folded)
    if m is None:
        return []
    points = [(float(p.group(1)), m.start("list") + p.start(1), m.start("list") + p.end(1))
              for p in NOTE_AMOUNT.finditer(m.group("list"))]
    before = folded[:m.start()].rstrip(" ，,")
    clause_start = max(before.rfind(ch) for ch in "。；;：:") + 1
    lead = MODULE_LIST_LEAD.match(before[clause_start:])
    start = clause_start + (lead.end() if lead else 0)
    listed = MODULE_LIST_TAIL.sub("", before[start:]).rstrip(" ，,")
    names, pos = [], start
    for part in LIST_SEP.split(listed):
        if part and not LIST_SEP.fullmatch(part):
            names.append((part.strip(), pos + len(part) - len(part.lstrip())))
        pos += len(part)
    total = DECLARED_TOTAL.search(folded)
    stated = float(total.group(1)) if total else 100.0
    if len(names) != len(points) or len(names) < 2 or abs(sum(p for p, _, _ in points) - stated) > 1e-9 \
            or not all(2 <= len(n) <= 14 for n, _ in names):
        return []
    return [(name, pts, span.sub(at, at + len(name)), span.sub(a, b))
            for (name, at), (pts, a, b) in zip(names, points)]


def _module_run(folded: str, form) -> list[re.Match]:
    """The first run of at least two modules listed one after another."""
    run: list[re.Match] = []
    for m in form.finditer(folded):
        if run and not MODULE_GAP.match(folded[run[-1].end():m.start()]):
            if len(run) >= 2:
                break
            run = []
        run.append(m)
    return run


def _clean(name: str) -> str:
    """A module name without the lead-in glued to the first one (其中组织建设 → 组织建设)."""
    return DECLARE_LEAD.sub("", name) if DECLARE_LEAD.match(name) else name


def _declared_total(spans: list[Span], declared: list, draft: Draft) -> None:
    """满分30分，由A（15分）、B（10分）、C（5分）组成: the total the declaring sentence states, where
    its modules add up to it."""
    block = declared[0][2].ref.block
    for span in spans:
        if span.ref.block != block:
            continue
        m = DECLARED_TOTAL.search(fold(span.text))
        if m and abs(float(m.group(1)) - sum(points for _, points, _, _ in declared)) < 1e-9:
            draft.total, draft.total_span = float(m.group(1)), span.match_span(m, 1)
        return


def item_points(text: str) -> tuple[float, int, int] | None:
    """The most an item stated in prose can earn (see the module docstring), with where the
    number stands in ``text``."""
    folded = fold(text)
    for pattern in (NOTE_POINTS, FORMULA_FACTOR, CAP):
        m = pattern.search(folded)
        if m:
            return float(m.group(1)), m.start(1), m.end(1)
    awards = [(float(m.group(1)), m.start(1), m.end(1)) for m in AWARD.finditer(folded)]
    return max(awards, key=lambda a: a[0]) if awards else None


def _named(node: Node, modules: dict[str, DraftCategory]) -> tuple[DraftCategory, int] | None:
    """The module an article names at its start, and where the article's own text begins."""
    text = node.body.text
    for name, cat in modules.items():
        m = re.match(rf"\s*{re.escape(name)}{MODULE_SUFFIX}", text)
        if m:
            return cat, m.end()
    return None


def read_articles(outline: list[Node], spans: list[Span], draft: Draft) -> int:
    """Items of the declared modules from the articles that follow the declaration."""
    declared = declared_modules(spans)
    if not declared:
        return 0
    modules: dict[str, DraftCategory] = {}
    for name, points, name_span, points_span in declared:
        cat = draft.subcategory(name, None, name_span)
        cat.points, cat.points_span = points, points_span
        modules[name] = cat
    _declared_total(spans, declared, draft)
    after = declared[0][2].ref.block
    current: DraftCategory | None = None
    found = 0
    for node in outline:
        if node.level > 1 or node.body.ref.block < after or node.body.ref.block == after and not node.children:
            continue
        if section_kind(node) not in (None, "items"):
            current = None   # 加分/扣分/一票否决/等次: the modules have ended
            continue
        named = _named(node, modules)
        if named is not None:
            current, start = named
        elif BONUS_ARTICLE.search(node.full_text()):
            current = None   # 第九条 …分别加3分、2分、1分 / 加分合计不超过5分: the bonus articles, no module's
            continue
        else:
            start = 0
        if current is None:
            continue
        parts = [c for c in walk(node.children) if c.level in (2, 3) and item_points(c.full_text()) is not None]
        if parts:
            for part in parts:
                found += _add(current, f"{node.marker}{part.marker}".replace(" ", ""), part.body)
        else:
            body = node.body.sub(start, len(node.body.text)).strip(" \n。")
            whole = named is not None and not current.items and squash(body.text) and (
                item_points(body.text) is None or CITES_TABLE.search(squash(body.text)))
            if whole:
                # "二、学科竞赛。…按表1计分": the module is scored as one item, worth its declared points
                # (by the table it cites, or as a whole)
                found += _add(current, node.marker.replace(" ", ""), body, points=current.points,
                              points_span=current.points_span, name=current.name_span)
            elif item_points(body.text) is not None:
                found += _add(current, node.marker.replace(" ", ""), body)
    return found


def _add(cat: DraftCategory, code: str, body: Span, points: float | None = None,
         points_span: Span | None = None, name: Span | None = None) -> int:
    """One item of ``cat``: its points from its own words, or (a module scored as one item) given."""
    criteria = body.strip(" \n；;")
    if not squash(criteria.text):
        return 0
    if points is None:
        found = item_points(criteria.text)
        if found:
            points, points_span = found[0], criteria.sub(found[1], found[2])
    cat.items.append(DraftItem(code=code or None, text=name or criteria, points=points, points_span=points_span,
                               criteria=criteria))
    return 1


@reader("articles", "declared_modules", "prose", priority=1,
        applies=lambda ex, region: bool(declared_modules(ex.spans)))
def read_articles_reader(ex: Extraction, region, draft: Draft) -> None:
    """Modules declared once with their points (由A（30分）、B（20分）…组成), their items stated in
    the articles that follow, each article naming its module or going on with the one before."""
    found = read_articles(ex.outline, ex.spans, draft)
    if found:
        draft.explain.append(f"declared_modules: {len(draft.categories)} module(s) declared with their points; "
                             f"{found} item(s) from the articles that follow")
