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
