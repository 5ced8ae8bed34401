"""The one number reader (schemes/criteria/numbers.py): Chinese numerals as notices write them."""

import pytest

from schemes.criteria.numbers import parse_number


@pytest.mark.parametrize("text, value", [
    ("七", 7.0),
    ("十", 10.0),
    ("十六", 16.0),
    ("三十", 30.0),
    ("四十八", 48.0),
    ("二百", 200.0),
    ("两百", 200.0),
    ("三百零七", 307.0),
    ("六百四十", 640.0),
    ("一百十", 110.0),
    ("九千零九十", 9090.0),
    ("四千零六", 4006.0),
    ("七千二百一十三", 7213.0),
    ("三万", 30000.0),
    ("十二万", 120000.0),
    ("三万零九", 30009.0),
    ("五万四千三百", 54300.0),
    ("两亿零六万", 200060000.0),
    ("零", 0.0),
])
def test_numerals_with_units(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, value", [("三百六", 360.0), ("四千五", 4500.0), ("七万二", 72000.0),
                                         ("二十六万四", 264000.0)])
def test_a_lone_last_digit_after_a_unit_is_spoken_one_unit_lower(text, value):
    assert parse_number(text) == value


def test_digits_without_units_read_digit_by_digit():
    assert [parse_number(t) for t in ("二〇一七", "一九九", "零八")] == [2017.0, 199.0, 8.0]


def test_decimals_follow_点():
    assert [parse_number(t) for t in ("四点五", "零点二五", "十二点零三")] == [4.5, 0.25, 12.03]


def test_fractions_read_denominator_first():
    assert [parse_number(t) for t in ("四分之一", "五分之二", "一百分之三")] == [0.25, 0.4, 0.03]


def test_financial_traditional_and_twenty_forms():
    assert [parse_number(t) for t in ("叁佰", "伍拾陆", "兩千", "三萬", "廿四")] == [300.0, 56.0, 2000.0,
                                                                                      30000.0, 24.0]


def test_signs_and_arabic_numbers_scaled_by_a_unit():
    assert [parse_number(t) for t in ("负六", "-4", "3万", "1.5万", "-2万")] == [-6.0, -4.0, 30000.0, 15000.0,
                                                                               -20000.0]


@pytest.mark.parametrize("text", ["百", "万", "十十", "一二百", "二十百", "四点", "点五", "七个", "零分之三",
                                  "百分之六十", "三万万", ""])
def test_what_is_not_a_number_reads_as_none(text):
    assert parse_number(text) is None


def test_a_cell_holding_only_a_chinese_numeral_is_that_number():
    from schemes.criteria.numbers import numeral_cell
    assert [numeral_cell(t) for t in ("十五", "一百分", "零点五", "台账", "")] == [15.0, 100.0, 0.5, None, None]
