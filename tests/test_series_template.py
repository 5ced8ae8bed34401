"""`kaohe template --like LAST_YEAR`: this year's template notes new columns and items renumbered since last year."""

from __future__ import annotations

from openpyxl import load_workbook
from series_pairs import schemes

from pipeline.scoring.template_like import MAPPING_SHEET, NEW_FILL, like_notes, write_template_like


def test_notes_list_new_renumbered_and_removed_items():
    old, new = schemes("union_2011_2012")
    notes = like_notes(old, new)
    assert notes.new == ["20", "29"]  # the added item; the second part of the split item 29
    assert notes.removed == ["13"]
    assert notes.renumbered["13"] == "14" and notes.renumbered["30"] == "26" and "2" not in notes.renumbered


def test_the_workbook_marks_new_columns_and_says_last_years_id(tmp_path):
    old, new = schemes("union_2011_2012")
    path, _ = write_template_like(new, old, tmp_path / "t.xlsx")
    wb = load_workbook(path)
    head = {c.value: c for c in wb.worksheets[0][1]}
    added = [c for v, c in head.items() if str(v).split(" ")[0] == "20"]
    assert added and all(c.fill.fgColor.rgb == NEW_FILL.fgColor.rgb for c in added)
    assert all(c.comment.text.startswith("新增 new this year") for c in added)
    moved = [c for v, c in head.items() if str(v).split(" ")[0] == "13"]
    assert moved and all(c.comment.text.startswith("去年 last year: item 14") for c in moved)
    unchanged = [c for v, c in head.items() if str(v).split(" ")[0] == "2"]
    assert unchanged and not any(c.comment.text.startswith(("新增", "去年")) for c in unchanged)
    rows = [[c.value for c in r] for r in wb[MAPPING_SHEET].iter_rows(min_row=2)]
    assert ["13", None, "removed"] in rows and ["29", "29", "new part of a split item"] in rows
    assert ["14", "13", "renumbered"] in rows
