"""Flags a reviewer can triage: grouped by kind with a severity, one action per group, duplicates
merged, items by confidence; and the page's flags are exactly what publishing checks."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from openpyxl import load_workbook

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*starlette.testclient.*")
    from fastapi.testclient import TestClient

from review.app import create_app
from review_schemes import large_scheme, store_scheme
from schemes.model import Flag
from schemes.review_sheet import export_review, import_review
from schemes.store import Store
from schemes.store.checks import open_flags

BASE = "http://127.0.0.1"


def missing_points_scheme(path: Path):
    """20 items; 19 lost their points at extraction (one missing_points flag each, one flag twice)."""
    scheme = large_scheme(path, categories=2, per_category=10)
    items = [i.model_copy(update={"points": None, "confidence": 0.5 + k / 100}) if k < 19 else i
             for k, i in enumerate(scheme.items)]
    flags = [Flag(kind="missing_points", message=f"{i.id}: no points found", target=i.id) for i in items[:19]]
    flags.append(flags[0].model_copy())  # a duplicate, as two extraction stages may report it
    cats = [c.model_copy(update={"points": None}) for c in scheme.categories]
    return scheme.model_copy(update={"items": items, "flags": flags, "categories": cats, "total_points": None})


@pytest.fixture
def home(tmp_path) -> dict:
    db = f"sqlite:///{tmp_path / 'home' / 'kaohe.sqlite3'}"
    with Store.open(tmp_path / "home", db) as store:
        missing = store_scheme(store, tmp_path / "missing.html", missing_points_scheme(tmp_path / "missing.html"))
        clean = store_scheme(store, tmp_path / "clean.html", large_scheme(tmp_path / "clean.html", 3, 4))
    return {"home": tmp_path / "home", "db": db, "missing": missing, "clean": clean, "tmp": tmp_path}


@pytest.fixture
def client(home):
    with TestClient(create_app(home["home"], home["db"]), base_url=BASE) as c:
        yield c


def form(client: TestClient, sid: int, **extra) -> dict:
    html = client.get(f"/schemes/{sid}").text
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    fields.update(extra)
    return fields


def save(client: TestClient, sid: int, **fields) -> None:
    done = client.post(f"/schemes/{sid}/correct", data=form(client, sid, author="李明", reason="核对原文", **fields),
                       headers={"Accept": "application/json"})
    assert done.status_code == 200, done.text


def flag_heads(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>|\s+", " ", h).split("—")[0].split() for h in
            re.findall(r'<h3 class="flag-group-head">(.*?)</h3>', html, flags=re.S)]


def test_nineteen_missing_points_are_one_group_with_one_action(monkeypatch, client, home):
    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    html = client.get(f"/schemes/{home['missing']}").text
    assert flag_heads(html) == [["阻止发布", "缺分值", "×20"]]  # 19 flags and a duplicate, all in one heading
    assert html.count('class="flag-group ') == 1 and html.count("全部处理") == 1
    assert html.count('<li class="flag') == 19  # the duplicate is shown once
    assert re.search(r'<h2>提示 <span class="badge warn">20 条未处理</span>', html)


def test_the_group_action_resolves_every_flag_of_the_kind(client, home):
    save(client, home["missing"], **{"g.missing_points.resolved": "on"})
    with Store.open(home["home"], home["db"]) as store:
        scheme = store.get(home["missing"]).scheme
    assert [f.resolved for f in scheme.flags] == [True] * 20
    assert scheme.flags[0].resolution == "resolved on the review page (李明)"


def test_items_are_listed_by_confidence_least_sure_first(client, home):
    html = client.get(f"/schemes/{home['missing']}").text
    first = re.search(r'<details class="check-first" open>(.*?)</details>', html, flags=re.S).group(1)
    assert re.findall(r'data-hl="i\d+">([\d.]+)</a> <span class="badge conf">(\d+)%', first)[:3] == [
        ("1.1", "50"), ("1.2", "51"), ("1.3", "52")]


def test_an_edit_that_breaks_a_sum_opens_its_flag_and_publishing_agrees(client, home):
    sid = home["clean"]
    page = client.get(f"/schemes/{sid}").text
    assert '<span class="badge ok">none open</span>' in page
    save(client, sid, **{"i0.points": "3"})  # category 1: 2+2+2+2 = 8 declared, now 9
    page = client.get(f"/schemes/{sid}").text
    assert '<span class="badge warn">1 open</span>' in page  # the total counts the declared 8: it still adds up
    assert "category 1 类别1 does not reconcile: declared 8, items add up to 9" in page
    with Store.open(home["home"], home["db"]) as store:
        blockers = store.publish_blockers(sid)
        assert [f.message for f in open_flags(store.get(sid).scheme)] == blockers == [
            "category 1 类别1 does not reconcile: declared 8, items add up to 9"]
    save(client, sid, **{"i0.points": "2"})  # the fix closes it
    assert '<span class="badge ok">none open</span>' in client.get(f"/schemes/{sid}").text
    with Store.open(home["home"], home["db"]) as store:
        assert store.publish_blockers(sid) == []


def test_a_value_filled_in_through_the_review_sheet_closes_its_missing_points_flag(home):
    sheet = home["tmp"] / "review.xlsx"
    with Store.open(home["home"], home["db"]) as store:
        export_review(store, str(home["missing"]), sheet)
        wb = load_workbook(sheet)
        ws = wb["items"]
        names = [c.value for c in ws[1]]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == "1.1":
                row[names.index("points")].value = 2
        wb.save(sheet)
        import_review(store, sheet, author="李明")
        scheme = store.get(home["missing"]).scheme
        still_open = [f.target for f in open_flags(scheme)]
    assert "1.1" not in still_open and len(still_open) == 18


def test_the_history_says_what_changed_from_what_to_what_and_who_and_why(monkeypatch, client, home):
    sid = home["clean"]
    save(client, sid, **{"i0.points": "3"})
    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    page = client.get(f"/schemes/{sid}").text
    assert "<li>1.1 分值 2 → 3（李明：核对原文）</li>" in page
    assert "replace /items" not in page
