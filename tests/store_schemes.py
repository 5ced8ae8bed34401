"""Small Scheme builders for the store tests (the extractor is not needed to test the store)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

from schemes.model import Category, DocumentRef, Flag, Item, ManualRule, Metadata, Scheme, SourceRef

# (category name, declared points, [(code, text, points), ...])
CategorySpec = tuple[str, "float | None", Sequence[tuple[str, str, "float | None"]]]

SHAOXING: list[CategorySpec] = [
    ("思想引领", 18, [
        ("1", "深入开展宣传宣讲活动", 6),
        ("2", "组织开展主题宣传教育系列活动", 5),
        ("3", "组织开展送文化下基层活动", 5),
        ("4", "加强思想政治工作的舆情关注", 2),
    ]),
    ("岗位建功", 15, [
        ("1", "广泛开展劳动和技能竞赛活动", 8),
        ("2", "做好劳模工匠馆资料收集", 7),
    ]),
    ("维权帮扶", 23, [  # the items add up to 22: the extractor flags it
        ("1", "加强职工队伍稳定风险排查研判化解", 5),
        ("2", "推进和谐劳动关系创建", 4),
        ("3", "做好困难职工帮扶工作", 5),
        ("4", "维护女职工合法权益", 4),
        ("5", "开展法律援助服务", 4),
    ]),
]


def build_scheme(
    categories: Sequence[CategorySpec] = SHAOXING,
    *,
    title: str = "绍兴市直部门工会2019年度重点工作考核办法",
    year: int | None = 2019,
    file: str = "002_shaoxing_2019.pdf",
    total: float | None = 56,
    flag_mismatches: bool = True,
    kind: str = "scheme",
) -> Scheme:
    """A scheme as the extractor would return it: ids, sources, and subtotal flags."""
    codes = [code for _, _, items in categories for code, _, _ in items]
    cats, items, flags = [], [], []
    row = 1
    for n, (name, points, specs) in enumerate(categories, start=1):
        cid = str(n)
        cats.append(Category(id=cid, code=str(n), name=name, points=points))
        for code, text, item_points in specs:
            iid = code if codes.count(code) == 1 else f"{cid}.{code}"
            src = SourceRef(file=file, block=5, page=4, table=0, row=row, col=2, quote=text)
            items.append(Item(id=iid, category=cid, code=code, text=text, points=item_points, departments=["宣教部"],
                              criteria=text + "。", rule=ManualRule(text=text), sources={"text": src}))
            row += 1
        computed = sum(p for _, _, p in specs if p is not None)
        if flag_mismatches and points is not None and computed != points:
            flags.append(Flag(kind="subtotal_mismatch", target=cid, category=name, declared=points,
                              computed=computed, message=f"{name}: items add up to {computed:g}, declared {points:g}"))
    if kind == "not_a_scheme":
        flags.append(Flag(kind="not_a_scheme", message="the document is a self-evaluation report"))
    meta = Metadata(title=title, year=year, source=DocumentRef(file=file, sha256="0" * 64, format="pdf"))
    return Scheme(kind=kind, metadata=meta, total_points=total, categories=cats, items=items, flags=flags)


def write_notice(folder: Path, name: str, content: str = "") -> Path:
    """A stand-in notice file (the store only hashes and copies it)."""
    path = folder / name
    path.write_text(content or f"通知 {name}", encoding="utf-8")
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edited(specs: Sequence[CategorySpec], category: int, *, drop: str | None = None,
           insert: tuple[int, tuple[str, str, float]] | None = None) -> list[CategorySpec]:
    """``specs`` with one item dropped (by text) or inserted in a category, codes renumbered 1..n."""
    out: list[CategorySpec] = []
    for n, (name, points, items) in enumerate(specs):
        items = list(items)
        if n == category:
            if drop is not None:
                items = [i for i in items if i[1] != drop]
            if insert is not None:
                items.insert(insert[0], insert[1])
            items = [(str(k), text, p) for k, (_, text, p) in enumerate(items, start=1)]
        out.append((name, points, items))
    return out


def race_two_writers(store, monkeypatch) -> dict:
    """Two corrections based on the same revision, the second started while the first is mid-transaction.

    Returns ``{"first": new revision or the exception, "second": …}``.
    """
    import threading
    import time

    entered = threading.Event()

    def slow_first() -> None:
        if threading.current_thread().name == "first":
            entered.set()
            time.sleep(0.5)

    monkeypatch.setattr("schemes.store.store.pause_in_write", slow_first)
    results: dict = {}

    def write(name: str, points: float) -> None:
        try:
            results[name] = store.correct(1, [{"op": "replace", "path": "/items/@5/points", "value": points}],
                                          author=name, reason=name, base_revision=1).revision
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            results[name] = exc

    first = threading.Thread(target=write, args=("first", 5), name="first")
    first.start()
    assert entered.wait(10)
    second = threading.Thread(target=write, args=("second", 6), name="second")
    second.start()
    first.join(20)
    second.join(20)
    return results


def build_three_level(*, declared_111: float = 20) -> Scheme:
    """A synthetic 3-level indicator table (一级/二级/三级指标) with points at every level and weights.

    total 100 = 经济发展 60 (权重60%) + 社会民生 40 (权重40%);
    经济发展 = 产业发展 35 (工业 20 + 服务业 15) + 项目投资 25; 社会民生 = 教育 20 + 就业 "20分+5分".
    Items carry weights beside points (权重40%/60%) where the table prints them.
    """
    from schemes.model import (
        Comparison, Component, ComponentsRule, PerOccurrenceRule, ProportionalRule, RangeRule, ThresholdRule, Tier,
        TiersRule,
    )

    file = "three_level.docx"
    cats = [
        Category(id="1", code="一", name="经济发展", points=60, weight=0.6),
        Category(id="1.1", code="（一）", name="产业发展", parent="1", points=35),
        Category(id="1.1.1", code="1", name="工业", parent="1.1", points=declared_111),
        Category(id="1.1.2", code="2", name="服务业", parent="1.1", points=15),
        Category(id="1.2", code="（二）", name="项目投资", parent="1", points=25),
        Category(id="2", code="二", name="社会民生", points=40, weight=0.4),
        Category(id="2.1", code="（一）", name="教育", parent="2", points=20),
        Category(id="2.2", code="（二）", name="就业", parent="2", points=20, base_points=20, bonus_points=5),
    ]
    specs = [  # id, category, text, points, weight, criteria, rule
        ("a", "1.1.1", "规上工业增加值增长", 12, None, "增速达到9%以上得12分", ThresholdRule(
            target=Comparison(op=">=", value=0.09, unit="%", text="达到9%以上"))),
        ("b", "1.1.1", "工业技改投资", 8, None, "完成80%以上得8分，完成50%以上不足80%得4分", TiersRule(tiers=[
            Tier(label="完成80%以上", points=8, lower=0.8), Tier(label="完成50%以上不足80%", points=4, lower=0.5, upper=0.8)])),
        ("c", "1.1.2", "服务业增加值", 15, None, "有规划得5分，完成目标得10分", ComponentsRule(components=[
            Component(label="有规划", points=5), Component(label="完成目标", points=10)])),
        ("d", "1.2", "重大项目开工", 10, 0.4, "每延误一个项目扣2分，扣完为止",
         PerOccurrenceRule(delta=-2, unit="个", floor=0)),
        ("e", "1.2", "项目谋划储备", 15, 0.6, "综合打分", ManualRule(text="综合打分")),
        ("f", "2.1", "义务教育巩固率", 10, None, "按完成比例计分", ProportionalRule(
            target=Comparison(op=">=", value=0.98, unit="%"))),
        ("g", "2.1", "校园安全", 10, None, "发生安全事故的扣1-2分",
         RangeRule(min=1, max=2, direction="deduct", text="发生安全事故的扣1-2分")),
        ("h", "2.2", "城镇新增就业", 20, None, "完成目标得20分", ThresholdRule()),
        ("i", "2.2", "就业创业示范（加分）", 5, None, "获评示范得5分", ThresholdRule()),
    ]
    items = [Item(id=i, category=c, code=i, text=t, points=p, weight=w, criteria=crit, rule=rule,
                  departments=["发改委"], sources={"text": SourceRef(file=file, block=3, table=0, row=n, col=2, quote=t)})
             for n, (i, c, t, p, w, crit, rule) in enumerate(specs, start=2)]
    meta = Metadata(title="某市2024年度高质量发展综合绩效考核指标体系", year=2024,
                    source=DocumentRef(file=file, sha256="3" * 64, format="docx"))
    return Scheme(metadata=meta, total_points=100, categories=cats, items=items)
