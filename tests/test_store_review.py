"""The Excel review round-trip: export → edit with openpyxl → import → audited corrections."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from store_schemes import build_scheme, write_notice

from schemes.review_sheet import (
    CATEGORY_HEADER, HEADER, SheetError, export_review, import_review, read_review_sheet, sheet_corrections,
)
from schemes.model import Item, ManualRule
from schemes.store import StaleWrite, Store


@pytest.fixture
def store(tmp_path):
    with Store.open(home=tmp_path / "home") as s:
        s.ingest(write_notice(tmp_path, "002_shaoxing_2019.pdf"), build_scheme(), "x-1", author="bot")
        yield s


def export(store, tmp_path, name="review.xlsx"):
    path = tmp_path / name
    export_review(store, "1", path)
    return path


def rows(ws):
    """Rows by id; each row's cells by column name."""
    names = [c.value for c in ws[1]]
    return {r[0].value: dict(zip(names, r)) for r in ws.iter_rows(min_row=2)}


def values(ws, row_id):
    return [c.value for c in rows(ws)[row_id].values()]


def test_export_layout(store, tmp_path):
    wb = load_workbook(export(store, tmp_path))
    items, cats = wb["items"], wb["categories"]
    assert [c.value for c in items[1]] == HEADER
    assert [c.value for c in cats[1]] == CATEGORY_HEADER
    assert wb["_kaohe"].sheet_state == "hidden"
    assert values(items, "1.1") == ["1.1", "思想引领", "1 思想引领", "1", "深入开展宣传宣讲活动", 6, None, "宣教部",
                                    "manual", "深入开展宣传宣讲活动。", None, "002_shaoxing_2019.pdf p4 table 1 r2c3"]
    cat3 = values(cats, "3")
    assert cat3[:7] == ["3", "维权帮扶", None, "维权帮扶", 23, None, None]
    assert cat3[7].startswith("subtotal_mismatch: 维权帮扶: items add up to 22, declared 23 [still does not reconcile")
    meta = read_review_sheet(tmp_path / "review.xlsx").meta
    assert (meta.scheme_id, meta.version, meta.base_revision) == (1, 1, 1)


def test_unedited_sheet_changes_nothing(store, tmp_path):
    result = import_review(store, export(store, tmp_path), author="li")
    assert result.unchanged and store.revision(1) == 1


def test_round_trip_edits_become_exactly_those_corrections(store, tmp_path):
    path = export(store, tmp_path)
    wb = load_workbook(path)
    items = wb["items"]
    by_id = rows(items)
    by_id["5"]["points"].value = 5  # points 4 → 5
    by_id["1.2"]["text"].value = "组织开展“中国梦·劳动美”主题宣传教育系列活动"  # text
    by_id["2.1"]["departments"].value = "经济部、女职工部"  # departments
    by_id["2.2"]["rule"].value = None  # rule cleared
    at = by_id["3.1"]["id"].row
    items.insert_rows(at)  # a row added after 2.2, before 3.1
    for col, value in enumerate(["2.3", None, "岗位建功", "3", "开展职工创新活动", 0, None, "经济部", "manual",
                                 "开展职工创新活动。"], start=1):
        items.cell(row=at, column=col, value=value)
    items.delete_rows(by_id["1.4"]["id"].row)  # an item deleted
    wb.save(path)

    expected = store.get(1).scheme.model_dump(mode="json")
    result = import_review(store, path, author="li", reason="checked against p4")
    assert store.revision(1) == 2 and len(result.changes) == 6

    def item(i):
        return next(x for x in expected["items"] if x["id"] == i)

    item("5")["points"] = 5
    item("1.2")["text"] = "组织开展“中国梦·劳动美”主题宣传教育系列活动"
    item("2.1")["departments"] = ["经济部", "女职工部"]
    item("2.2")["rule"] = None
    expected["items"] = [x for x in expected["items"] if x["id"] != "1.4"]
    pos = next(n for n, x in enumerate(expected["items"]) if x["id"] == "2.2") + 1
    expected["items"].insert(pos, Item(id="2.3", category="2", code="3", text="开展职工创新活动", points=0.0,
                                       departments=["经济部"], criteria="开展职工创新活动。",
                                       rule=ManualRule(text="开展职工创新活动。")).model_dump(mode="json"))
    info = store.get(1)
    assert info.scheme.model_dump(mode="json") == expected
    [event] = [e for e in store.log(1) if e.action == "corrected"]
    assert event.author == "li" and all(c.reason == "checked against p4" for c in event.corrections)
    assert [c.ops for c in event.corrections if c.ops[0]["op"] == "remove"] == [[{"op": "remove", "path": "/items/@1.4"}]]
    # a second export of the corrected scheme imports as "no changes"
    assert import_review(store, export(store, tmp_path, "again.xlsx"), author="li").unchanged


def test_category_points_fix_keeps_the_flag_open_unless_told(store, tmp_path):
    path = export(store, tmp_path)
    wb = load_workbook(path)
    rows(wb["categories"])["3"]["points"].value = 22  # the subtotal was misprinted: the items are right
    rows(wb["categories"])["3"]["name"].value = "维权帮扶工作"
    wb.save(path)
    result = import_review(store, path, author="li")
    assert "category 3: name 维权帮扶 → 维权帮扶工作; points 23 → 22" in result.changes
    scheme = store.get(1).scheme
    assert scheme.category("3").points == 22 and [f.kind for f in scheme.open_flags] == ["subtotal_mismatch"]
    # the flag stays and says the numbers reconcile now; the total (56) no longer does
    again = load_workbook(export(store, tmp_path, "again.xlsx"))
    assert "[now reconciles: declared 22, sum 22]" in rows(again["categories"])["3"]["flags"].value
    assert "total does not reconcile: declared 56, categories add up to 55" in store.publish_blockers(1)


def test_resolve_flags_marks_the_subtotal_flag_resolved(store, tmp_path):
    path = export(store, tmp_path)
    wb = load_workbook(path)
    rows(wb["items"])["5"]["points"].value = 5
    wb.save(path)
    result = import_review(store, path, author="li", reason="p4 says 5", resolve_flags=True)
    assert result.changes[-1] == "flag subtotal_mismatch:3: resolved (now reconciles: declared 23, sum 23)"
    scheme = store.get(1).scheme
    assert scheme.open_flags == []
    assert scheme.flags[0].resolution == ("resolved by li on review import: p4 says 5; "
                                          "now reconciles: declared 23, sum 23")
    assert store.publish_blockers(1) == []


def stale_sheet(store, tmp_path, edits: dict[str, dict[str, object]]):
    """A sheet exported at revision 1, edited by ``edits`` (row id → column → value), after wang changed the
    scheme: 1.1's points 6 → 7 and 1.2's text."""
    path = export(store, tmp_path)
    store.correct(1, [{"op": "replace", "path": "/items/@1.1/points", "value": 7},
                      {"op": "replace", "path": "/items/@1.2/text", "value": "另一段说明文字"}],
                  author="wang", reason="r", base_revision=1)
    wb = load_workbook(path)
    by_id = rows(wb["items"])
    for row_id, cells in edits.items():
        for column, value in cells.items():
            by_id[row_id][column].value = value
    wb.save(path)
    return path


def test_a_stale_sheet_applies_the_edits_nobody_else_made(store, tmp_path):
    path = stale_sheet(store, tmp_path, {"5": {"points": 5}, "2.1": {"departments": "经济部、女职工部"}})
    result = import_review(store, path, author="li")
    assert result.conflicts == [] and result.changes == ["2.1 departments 宣教部 → 经济部、女职工部", "5 points 4 → 5"]
    scheme = store.get(1).scheme
    assert (scheme.item("5").points, scheme.item("1.1").points, scheme.item("1.2").text) == (5, 7, "另一段说明文字")
    assert store.revision(1) == 3


def test_a_stale_sheet_lists_only_the_cells_changed_since(store, tmp_path):
    path = stale_sheet(store, tmp_path, {"1.1": {"points": 8, "departments": "组织部"}, "5": {"points": 5},
                                         "1.2": {"text": "另一段说明文字"}})
    result = import_review(store, path, author="li")
    assert result.conflicts == ["item 1.1, column points: sheet 8, now 7"]
    assert result.changes == ["1.1 departments 宣教部 → 组织部", "5 points 4 → 5"]  # 1.2: the same edit, made since
    assert (store.get(1).scheme.item("1.1").points, store.get(1).scheme.item("1.1").departments) == (7, ["组织部"])


def test_a_stale_sheet_editing_an_item_removed_since_names_it(store, tmp_path):
    path = export(store, tmp_path)
    store.correct(1, [{"op": "remove", "path": "/items/@1.4"}], author="wang", reason="r", base_revision=1)
    wb = load_workbook(path)
    rows(wb["items"])["1.4"]["points"].value = 9
    wb.save(path)
    result = import_review(store, path, author="li")
    assert (result.conflicts, result.unchanged) == (["item 1.4, column points: sheet 9, now removed since"], True)


def test_a_sheet_written_while_another_write_lands_is_still_refused(store, tmp_path, monkeypatch):
    path = stale_sheet(store, tmp_path, {"5": {"points": 5}})
    real = store.apply_corrections

    def racing(*args, **kwargs):  # someone writes between the merge and this write
        real(1, [[{"op": "replace", "path": "/items/@1.3/points", "value": 1}]], author="zhao", reason="r",
             base_revision=store.revision(1))
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "apply_corrections", racing)
    with pytest.raises(StaleWrite, match="changed by zhao .* revision 3; this write was based on revision 2"):
        import_review(store, path, author="li")
    assert store.get(1).scheme.item("5").points == 4


def test_bad_cells_are_refused_with_the_row(store, tmp_path):
    path = export(store, tmp_path)
    wb = load_workbook(path)
    rows(wb["items"])["5"]["points"].value = "五分"
    wb.save(path)
    with pytest.raises(SheetError, match="review.xlsx: sheet 'items' row 12: points '五分' is not a number"):
        import_review(store, path, author="li")
    wb = load_workbook(path)
    rows(wb["items"])["5"]["points"].value = "5分"  # a unit is fine
    rows(wb["items"])["1.1"]["category"].value = "不存在的类别"
    wb.save(path)
    with pytest.raises(SheetError, match="row 2: category '不存在的类别' is neither"):
        import_review(store, path, author="li")
    with pytest.raises(SheetError, match="not a readable .xlsx"):
        read_review_sheet(write_notice(tmp_path, "x.xlsx", "not a workbook"))


def test_new_rows_get_extractor_style_ids(store, tmp_path):
    path = export(store, tmp_path)
    sheet = read_review_sheet(path)
    scheme = store.get(1).scheme
    wb = load_workbook(path)
    wb["items"].append([None, None, "3", "6", "开展职工维权服务", 1])  # code 6: unique
    wb["items"].append([None, None, "1 思想引领", "5", "加强宣传阵地建设", 1])  # code 5: taken by 3.5
    wb.save(path)
    edits = sheet_corrections(scheme, read_review_sheet(path))
    assert [p[0]["value"]["id"] for p in edits.patches] == ["6", "1.5"]
    assert sheet.meta.base_revision == 1


@pytest.mark.parametrize("cell, expected", [
    ("3 维权帮扶", "3"), ("3", "3"), ("维权帮扶", "3"), ("维权帮扶 ", "3"), ("2 岗位建功", "2"), ("岗位建功", "2")])
def test_the_category_cell_takes_the_id_the_name_or_both(store, tmp_path, cell, expected):
    path = export(store, tmp_path)
    wb = load_workbook(path)
    assert rows(wb["items"])["3.4"]["category"].value == "3 维权帮扶"
    rows(wb["items"])["3.4"]["category"].value = cell
    wb.save(path)
    changes = import_review(store, path, author="li").changes
    assert changes == ([] if expected == "3" else ["item 3.4: category 3 → 2"])
    assert store.get(1).scheme.item("3.4").category == expected


def test_a_category_cell_naming_two_categories_is_refused(store, tmp_path):
    path = export(store, tmp_path)
    wb = load_workbook(path)
    rows(wb["items"])["3.4"]["category"].value = "3 岗位建功"
    wb.save(path)
    with pytest.raises(SheetError, match=r"row 11: category '3 岗位建功' names category 3 \(维权帮扶\) and another "
                                         "name; write the id, the name, or both as exported"):
        import_review(store, path, author="li")


def test_a_sheet_of_the_first_format_still_imports(store, tmp_path):
    """Format 1 had no path and weight columns and held the category id alone."""
    path = export(store, tmp_path)
    wb = load_workbook(path)
    for ws, drop in ((wb["items"], ("weight", "path")), (wb["categories"], ("weight", "bonus", "parent", "path"))):
        for name in drop:
            ws.delete_cols([c.value for c in ws[1]].index(name) + 1)
    for r in rows(wb["items"]).values():
        r["category"].value = r["category"].value.split(" ")[0]
    rows(wb["items"])["5"]["points"].value = 5
    wb.save(path)
    assert import_review(store, path, author="li").changes == ["item 5: points 4 → 5"]
