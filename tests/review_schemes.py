"""Synthetic schemes for the review page tests: a large flat one and a three-level one.

Each comes with a small HTML notice (the page shows it as the source) and is
stored through the real store, as ingestion would; the schemes are built
directly so the tests do not depend on what extraction makes of them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from schemes.model import Category, DocumentRef, Item, Metadata, ManualRule, Scheme, ThresholdRule
from schemes.store import Store

VERSION = "test-synthetic"


def _notice(path: Path, title: str, rows: list[tuple[str, str, float | None]]) -> DocumentRef:
    body = "".join(f"<tr><td>{code}</td><td>{text}</td><td>{'' if p is None else f'{p:g}'}</td></tr>"
                   for code, text, p in rows)
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
                    f"<h1>{title}</h1><table border=\"1\">{body}</table></body></html>", encoding="utf-8")
    return DocumentRef(file=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(), format="html")


def large_scheme(path: Path, categories: int = 50, per_category: int = 10, points: float = 2) -> Scheme:
    """``categories`` × ``per_category`` items of ``points`` each; every sum reconciles."""
    cats = [Category(id=str(c + 1), code=str(c + 1), name=f"类别{c + 1}", points=per_category * points)
            for c in range(categories)]
    items = [Item(id=f"{c + 1}.{i + 1}", category=str(c + 1), code=f"{c + 1}.{i + 1}",
                  text=f"第{c + 1}类第{i + 1}项工作任务完成情况", points=points, criteria="按要求完成得满分",
                  rule=ManualRule(text="按要求完成得满分"))
             for c in range(categories) for i in range(per_category)]
    title = f"测试单位{len(items)}项考核方案"
    source = _notice(path, title, [(i.id, i.text, i.points) for i in items])
    return Scheme(metadata=Metadata(title=title, year=2024, source=source),
                  total_points=categories * per_category * points, categories=cats, items=items)


def nested_scheme(path: Path) -> Scheme:
    """Three levels with points at every level (一级 1, 2 / 二级 1.1, 1.2 / 三级 1.1.1, 1.1.2) and a weight.

    1 (60) = 1.1 (30) + 1.2 (30); 1.1 = 1.1.1 (20: 10 + 10) + 1.1.2 (10: 5 + 5);
    1.2 = 15 + 15; 2 (40, weight 40%) = 20 + 20; total 100.
    """
    cats = [
        Category(id="1", code="1", name="党建工作", points=60),
        Category(id="1.1", code="1.1", name="组织建设", parent="1", points=30),
        Category(id="1.1.1", code="1.1.1", name="班子建设", parent="1.1", points=20),
        Category(id="1.1.2", code="1.1.2", name="队伍建设", parent="1.1", points=10),
        Category(id="1.2", code="1.2", name="作风建设", parent="1", points=30),
        Category(id="2", code="2", name="业务工作", points=40, weight=0.4),
    ]
    spec = [("1.1.1", "1.1.1.1", "召开民主生活会", 10), ("1.1.1", "1.1.1.2", "落实三会一课制度", 10),
            ("1.1.2", "1.1.2.1", "开展干部培训", 5), ("1.1.2", "1.1.2.2", "完成年度考察", 5),
            ("1.2", "1.2.1", "落实八项规定", 15), ("1.2", "1.2.2", "开展作风督查", 15),
            ("2", "2.1", "完成年度业务目标", 20), ("2", "2.2", "职工满意度测评", 20)]
    items = [Item(id=code, category=cat, code=code, text=text, points=p, criteria="完成得满分，未完成不得分",
                  rule=ThresholdRule(text="完成得满分，未完成不得分")) for cat, code, text, p in spec]
    title = "测试单位三级指标考核方案"
    source = _notice(path, title, [(i.id, i.text, i.points) for i in items])
    return Scheme(metadata=Metadata(title=title, year=2024, source=source), total_points=100,
                  categories=cats, items=items)


def store_scheme(store: Store, path: Path, scheme: Scheme) -> int:
    return store.ingest(path, scheme, VERSION, author="ingest").info.scheme_id
