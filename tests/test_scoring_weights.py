"""Weighted levels: a level whose children all carry weights (and not all points) combines their shares.

Rule (engine docstring, schemes.reconcile.levels): points at every child → add up (weights beside points
are informational); weights at every child → Σ weight × score/max ÷ Σ weights × the level's points (100
without); some weighted, others bare → added up and flagged ``ambiguous``.  Expected values are hand-computed.
"""

from __future__ import annotations

import pytest
from store_schemes import build_three_level
from scoring_schemes import write_long_csv

from pipeline.scoring import SubmissionError, score_file
from pipeline.scoring.explain import explain_unit
from pipeline.scoring.inputs import Contract
from pipeline.scoring.numbers import fmt, fmt_exact
from schemes.model import Category, DocumentRef, Item, ManualRule, Metadata, Scheme
from schemes.reconcile import levels, reconcile


def _scheme(cats: list[Category], items: list[tuple], total: float | None = None) -> Scheme:
    meta = Metadata(title="权重考核", source=DocumentRef(file="w.docx", sha256="w" * 64, format="docx"))
    return Scheme(metadata=meta, total_points=total, categories=cats, items=[
        Item(id=i, category=c, text=i, points=p, weight=w, rule=ManualRule(text="综合评分")) for i, c, p, w in items])


def _score(scheme: Scheme, tmp_path, scores: dict[str, dict[str, float]]):
    facts = [(unit, item, "score", v) for unit, row in scores.items() for item, v in row.items()]
    return score_file(scheme, write_long_csv(tmp_path / "subs.csv", facts))


def _totals(res) -> list[str]:
    return [fmt_exact(int(x), "-") for x in res.total]


# --------------------------------------------------------------------------- weights over points (2 levels)


def two_level() -> Scheme:
    """工作实绩 权重70% (items of 10 and 20 points) + 群众评议 权重30% (items of 5 and 15 points); total 100."""
    return _scheme([Category(id="A", name="工作实绩", weight=0.7), Category(id="B", name="群众评议", weight=0.3)],
                   [("a1", "A", 10, None), ("a2", "A", 20, None), ("b1", "B", 5, None), ("b2", "B", 15, None)],
                   total=100)


def test_categories_weighted_over_their_items_points(tmp_path):
    res = _score(two_level(), tmp_path, {
        "甲": {"a1": 8, "a2": 16, "b1": 5, "b2": 12},   # 24/30×0.7 + 17/20×0.3 = 0.815 → ×100
        "乙": {"a1": 10, "a2": 20, "b1": 0, "b2": 0},   # 1×0.7 + 0 → 70
        "丙": {"a1": 1, "a2": 0, "b1": 1, "b2": 0},     # 1/30×0.7 + 1/20×0.3 = 0.0383333… → 3.833333 (truncated)
    })
    assert _totals(res) == ["81.5", "70", "3.833333"]
    assert [fmt(int(x)) for x in res.total] == ["81.5", "70", "3.83"]
    assert [fmt_exact(int(x)) for x in res.categories["A"]] == ["24", "30", "1"]  # a points level adds up


def test_the_weighted_total_is_explained_with_its_arithmetic(tmp_path):
    res = _score(two_level(), tmp_path, {"甲": {"a1": 8, "a2": 16, "b1": 5, "b2": 12}})
    text = explain_unit(res, 0).total_explanation
    assert "weighted total = (工作实绩 24/30×0.7 + 群众评议 17/20×0.3) × 100 = 81.5" in text
    assert text.endswith("total = categories 81.5 = 81.5")


# --------------------------------------------------------------------------- weights only, scores 0..100 (3 levels)


def weights_only() -> Scheme:
    """党建 40% (组织 35%: p 60%, q 40%; 作风 65%: r) + 业务 60% (s 25%, t 75%); no points anywhere."""
    return _scheme([
        Category(id="1", name="党建", weight=0.4),
        Category(id="1.1", name="组织", parent="1", weight=0.35),
        Category(id="1.2", name="作风", parent="1", weight=0.65),
        Category(id="2", name="业务", weight=0.6),
    ], [("p", "1.1", None, 0.6), ("q", "1.1", None, 0.4), ("r", "1.2", None, 1),
        ("s", "2", None, 0.25), ("t", "2", None, 0.75)])


SCORES_0_100 = {
    "甲": {"p": 77, "q": 88, "r": 91, "s": 64, "t": 99},
    "乙": {"p": 33.33, "q": 66.67, "r": 50, "s": 12.5, "t": 87.5},
}


def test_a_weights_only_scheme_is_scored_from_0_to_100_scores_at_every_level(tmp_path):
    res = _score(weights_only(), tmp_path, SCORES_0_100)
    # 甲: 组织 = 77×0.6 + 88×0.4 = 81.4; 党建 = 81.4×0.35 + 91×0.65 = 87.64; 业务 = 64×0.25 + 99×0.75 = 90.25
    #     total = 87.64×0.4 + 90.25×0.6 = 89.206
    # 乙: 组织 = 19.998 + 26.668 = 46.666; 党建 = 16.3331 + 32.5 = 48.8331; 业务 = 3.125 + 65.625 = 68.75
    #     total = 19.53324 + 41.25 = 60.78324
    assert {c: [fmt_exact(int(x)) for x in v] for c, v in res.categories.items()} == {
        "1": ["87.64", "48.8331"], "1.1": ["81.4", "46.666"], "1.2": ["91", "50"], "2": ["90.25", "68.75"]}
    assert _totals(res) == ["89.206", "60.78324"]
    assert [fmt(int(x)) for x in res.total] == ["89.21", "60.78"]
    assert res.category_max("1.1") == 100 and reconcile(weights_only()) == []


def test_every_weighted_level_is_explained(tmp_path):
    res = _score(weights_only(), tmp_path, {"甲": SCORES_0_100["甲"]})
    text = explain_unit(res, 0).total_explanation
    lines = ["组织 = (p 77/100×0.6 + q 88/100×0.4) × 100 = 81.4",
             "党建 = (组织 81.4/100×0.35 + 作风 91/100×0.65) × 100 = 87.64",
             "weighted total = (党建 87.64/100×0.4 + 业务 90.25/100×0.6) × 100 = 89.206"]
    assert all(line in text for line in lines)
    assert [text.index(line) for line in lines] == sorted(text.index(line) for line in lines)  # bottom-up


def test_a_score_of_an_item_without_points_in_a_weighted_level_is_at_most_100(tmp_path):
    with pytest.raises(SubmissionError, match="above the maximum 100"):
        _score(weights_only(), tmp_path, {"甲": {**SCORES_0_100["甲"], "p": 101}})


def test_a_weighted_category_that_declares_points_is_scaled_to_them(tmp_path):
    scheme = _scheme([Category(id="A", name="基础工作", points=60), Category(id="B", name="满意度", points=40)],
                     [("a1", "A", 60, None), ("b1", "B", None, 0.5), ("b2", "B", None, 0.5)], total=100)
    res = _score(scheme, tmp_path, {"甲": {"a1": 45, "b1": 80, "b2": 90}})
    # 满意度 = (80/100×0.5 + 90/100×0.5) × 40 = 34; the top adds up (both declare points): 45 + 34
    assert (fmt_exact(int(res.categories["B"][0])), _totals(res)) == ("34", ["79"])
    assert res.category_max("B") == 40 and reconcile(scheme) == []


# --------------------------------------------------------------------------- points everywhere: weights informational


def test_weights_beside_points_at_every_level_leave_the_points_rule(tmp_path):
    scheme = build_three_level()  # 3 levels with points everywhere; 权重 on top categories and on items d, e
    assert {x.rule for x in levels(scheme)} == {"points"} and not Contract(scheme).weighting
    facts = [("甲", "a", "value", "10%"), ("甲", "b", "value", "60%"), ("甲", "c", "met:1", "是"),
             ("甲", "d", "count", 1), ("甲", "e", "score", 12), ("甲", "f", "value", "49%"), ("甲", "g", "score", 1.5),
             ("甲", "h", "met", "是"), ("甲", "i", "met", "否")]
    res = score_file(scheme, write_long_csv(tmp_path / "s.csv", facts))
    # 12 + 4 + 5 + 8 + 12 + 5 + 8.5 + 20 + 0: the sum, not 0.6 × 经济发展 + 0.4 × 社会民生
    assert _totals(res) == ["74.5"]
    assert "×0.6" not in explain_unit(res, 0).total_explanation


# --------------------------------------------------------------------------- doubts are flagged


def test_a_level_with_weights_on_some_parts_and_nothing_on_others_is_ambiguous_and_added_up(tmp_path):
    scheme = _scheme([Category(id="A", name="综合", points=None)],
                     [("x", "A", None, 0.5), ("y", "A", None, None), ("z", "A", 10, None)])
    flags = reconcile(scheme)
    assert [(f.kind, f.target) for f in flags] == [("ambiguous", "A")]
    assert "some of its parts carry weights and y neither a weight nor points" in flags[0].message
    res = _score(scheme, tmp_path, {"甲": {"x": 3, "y": 4, "z": 5}})
    assert _totals(res) == ["12"]


def test_weights_that_do_not_add_up_to_1_are_combined_in_proportion_and_flagged(tmp_path):
    scheme = _scheme([Category(id="A", name="综合")], [("x", "A", None, 0.3), ("y", "A", None, 0.3)])
    flags = reconcile(scheme)
    assert [(f.kind, f.target, f.declared, f.computed) for f in flags] == [("ambiguous", "A", 1, 0.6)]
    assert "add up to 0.6, not 1" in flags[0].message
    res = _score(scheme, tmp_path, {"甲": {"x": 90, "y": 81}})
    assert _totals(res) == ["85.5"]  # (90×0.3 + 81×0.3) ÷ 0.6


# --------------------------------------------------------------------------- inside weighted parts


def test_weighted_categories_inside_weighted_parts(tmp_path):
    from schemes.model import Part

    scheme = _scheme([Category(id="A", name="班子建设", weight=0.6, part="P1"),
                      Category(id="B", name="队伍建设", weight=0.4, part="P1"),
                      Category(id="C", name="特色工作", points=100, part="P2")],
                     [("a", "A", None, None), ("b", "B", None, None), ("c1", "C", 40, None), ("c2", "C", 60, None)],
                     total=100)
    scheme = scheme.model_copy(update={"parts": [Part(id="P1", name="共性工作", weight=0.7),
                                                 Part(id="P2", name="特色工作", weight=0.3)]})
    res = _score(scheme, tmp_path, {"甲": {"a": 90, "b": 75, "c1": 30, "c2": 50}})
    # 共性工作 = (90/100×0.6 + 75/100×0.4) × 100 = 84; 特色工作 = 30 + 50 = 80; total = 84×0.7 + 80×0.3 = 82.8
    assert [fmt_exact(int(res.parts[p][0])) for p in ("P1", "P2")] == ["84", "80"]
    assert _totals(res) == ["82.8"]
    assert "共性工作 = (班子建设 90/100×0.6 + 队伍建设 75/100×0.4) × 100 = 84" in explain_unit(res, 0).total_explanation


def test_a_rule_of_an_item_without_points_in_a_weighted_level_scores_out_of_100(tmp_path):
    from schemes.model import Comparison, ThresholdRule

    scheme = _scheme([Category(id="A", name="综合")], [("x", "A", None, 0.4), ("y", "A", None, 0.6)])
    scheme.items[0] = scheme.items[0].model_copy(update={"rule": ThresholdRule(
        text="达到90%以上得满分", target=Comparison(op=">=", value=0.9, unit="%"))})
    facts = [("甲", "x", "value", "95%"), ("甲", "y", "score", 70), ("乙", "x", "value", "80%"), ("乙", "y", "score", 70)]
    res = score_file(scheme, write_long_csv(tmp_path / "s.csv", facts))
    # 甲: 100×0.4 + 70×0.6 = 82; 乙: 0 + 42
    assert [fmt_exact(int(x)) for x in res.items["x"]] == ["100", "0"] and _totals(res) == ["82", "42"]
    assert explain_unit(res, 0).items[0].arithmetic.endswith("→ reached → 100")
