"""000: a scraped, truncated web page (UTF-8 and GBK) and its text; one table row
per category in the html, numbered lines with subtotals at line ends in the txt."""

import pytest

from extracted import FORMATS, scheme
from pipeline.flat import flat_entries

FILES = FORMATS["000"]


@pytest.mark.parametrize("name", FILES)
def test_categories_keep_their_printed_subtotals(name):
    assert [(c.name, c.points) for c in scheme(name).categories] == [
        ("", 10.0), ("困难帮扶", 9.0), ("权益维护", 8.0), ("组织建设", 12.0), ("女工工作", 2.0),
        ("工会经费", 8.0), ("工会资产", 2.0), ("经费审查", 3.0), ("互助保障", None)]


@pytest.mark.parametrize("name", FILES)
def test_权益维护_subtotal_mismatch_is_flagged_with_both_numbers(name):
    flag = next(f for f in scheme(name).flags if f.kind == "subtotal_mismatch")
    assert (flag.category, flag.declared, flag.computed) == ("权益维护", 8.0, 7.0)
    assert flag.source is not None and flag.source.quote.strip() in ("8",)


@pytest.mark.parametrize("name", FILES)
def test_truncation_notices_are_flagged(name):
    quotes = [f.source.quote for f in scheme(name).flags if f.kind == "truncated"]
    assert any("省略853字" in q for q in quotes) and any("未完" in q for q in quotes)


@pytest.mark.parametrize("name", FILES)
def test_the_item_cut_off_by_truncation_has_no_points_and_is_flagged(name):
    s = scheme(name)
    item = s.item("9.3")
    assert (item.text, item.points) == ("互助保", None)
    assert any(f.kind == "missing_points" and f.target == "9.3" for f in s.flags)


@pytest.mark.parametrize("name", FILES)
def test_unnumbered_first_item_after_the_cut_gets_code_1(name):
    item = scheme(name).items[0]
    assert (item.id, item.points) == ("1.1", 2.0)
    assert item.text.startswith("推进争当“五有职工”")


def test_all_three_formats_give_the_same_entries():
    flats = [[(e["id"], e["category"], e["points"], e["departments"], e["rule"]) for e in flat_entries(scheme(n))]
             for n in FILES]
    assert flats[0] == flats[1] == flats[2]
