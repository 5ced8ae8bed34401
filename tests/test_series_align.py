"""Item alignment across years (schemes/align.py) on the test series and on small hand-made schemes."""

from __future__ import annotations

import pytest

from schemes.align import align, pair_texts
from schemes.model import Category, DocumentRef, Item, Metadata, Scheme
from series_pairs import PAIRS, gold, schemes


def scheme(items: list[tuple[str, str, str, float | None]], categories: dict[str, str]) -> Scheme:
    """items: (id, category id, text, points); categories: id → name."""
    return Scheme(
        metadata=Metadata(title="t", source=DocumentRef(file="x.txt", sha256="0" * 64, format="txt")),
        categories=[Category(id=c, name=n) for c, n in categories.items()],
        items=[Item(id=i, category=c, code=i, text=t, points=p) for i, c, t, p in items],
    )


@pytest.mark.parametrize("pair", PAIRS)
def test_alignment_f1_on_the_test_series_is_at_least_095(pair):
    old, new = schemes(pair)
    expected = {tuple(p) for p in gold(pair)["pairs"]}
    found = align(old, new).pairs()
    tp = len(found & expected)
    f1 = 2 * tp / (len(found) + len(expected))
    assert f1 >= 0.95, (sorted(found - expected), sorted(expected - found))


def test_union_pair_is_aligned_exactly_as_recorded():
    old, new = schemes("union_2011_2012")
    al = align(old, new)
    assert al.pairs() == {tuple(p) for p in gold("union_2011_2012")["pairs"]}
    assert al.added == ["20"] and al.removed == ["13"]
    kinds = {(m.old, m.new): m.kind for m in al.items}
    assert kinds[(("29",), ("28", "29"))] == "split"
    assert kinds[(("26",), ("30",))] == "moved"
    assert al.categories["3"] == "3"  # renamed 维权维稳工作 → 维权服务工作, found through its items


def test_a_shifted_code_does_not_pair_two_different_items():
    old = scheme([("1", "1", "开展职工技能竞赛活动", 5), ("2", "1", "做好困难职工帮扶工作", 4)], {"1": "重点工作"})
    new = scheme([("1", "1", "建立职工心理咨询室并开展讲座", 3), ("2", "1", "开展职工技能竞赛活动", 5),
                  ("3", "1", "做好困难职工帮扶工作", 4)], {"1": "重点工作"})
    al = align(old, new)
    assert al.pairs() == {("1", "2"), ("2", "3")}
    assert al.added == ["1"] and al.removed == []


def test_two_old_items_merged_into_one():
    old = scheme([("1", "1", "建立工会经费大额度使用决策机制", 1), ("2", "1", "严格工会财务制度规范使用经费", 1),
                  ("3", "1", "开展审计监督工作", 2)], {"1": "财务"})
    new = scheme([("1", "1", "建立工会经费大额度使用决策机制，严格工会财务制度规范使用经费", 2),
                  ("2", "1", "开展审计监督工作", 2)], {"1": "财务"})
    al = align(old, new)
    merged = [m for m in al.items if m.kind == "merged"]
    assert [(m.old, m.new) for m in merged] == [(("1", "2"), ("1",))]
    assert al.item_map() == {"1": ["1"], "2": ["1"], "3": ["2"]}


def test_a_reworded_item_in_place_keeps_its_partner():
    old = scheme([("1", "1", "加强信息工作，及时报送相关信息", 4)], {"1": "组织建设"})
    new = scheme([("1", "1", "切实加强信息宣传工作，及时报送相关信息和材料", 4)], {"1": "组织建设"})
    assert align(old, new).one_to_one() == {"1": "1"}


def test_entries_are_paired_by_text_not_by_number():
    old = ["违反计划生育规定的", "发生重大责任事故的", "发生违反党风廉政建设规定行为的"]
    new = ["发生重大责任事故的", "发生违反党风廉政建设规定行为的", "发生意识形态领域重大问题的"]
    assert pair_texts(old, new) == {1: 0, 2: 1}


def test_the_real_corpus_version_pair_aligns_with_high_precision():
    """c10 (older) → c08 (2011): a real pair whose items were rewritten, not edited; measured, not at 0.95."""
    import json

    from series_pairs import SERIES, extracted

    g = json.loads((SERIES / "c10_c08.align.json").read_text(encoding="utf-8"))
    found = align(extracted(g["old"]), extracted(g["new"])).pairs()
    expected = {tuple(p) for p in g["pairs"]}
    tp = len(found & expected)
    precision, recall = tp / len(found), tp / len(expected)
    assert (round(precision, 3), round(recall, 3)) == (0.933, 0.824)  # 14 of 15 found pairs right, 14 of 17 found
