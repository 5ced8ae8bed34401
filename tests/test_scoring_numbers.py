"""Exact points: conversion, ROUND_HALF_UP at output, no float artefacts."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from pipeline.scoring.numbers import (
    fmt, fmt_array, fmt_exact, hundredths, mul, parse_bool, parse_number, to_micro,
)


def test_weights_multiply_exactly():
    # 81 × 0.7 + 85 × 0.3 in floats is 82.19999999999999
    total = mul(to_micro(81), to_micro(0.7)) + mul(to_micro(85), to_micro(0.3))
    assert fmt(int(total)) == "82.2"


@pytest.mark.parametrize("value, text", [("2.345", "2.35"), ("2.344999", "2.34"), ("-1.005", "-1.01"),
                                         ("100", "100"), ("0.5", "0.5"), ("-0.004", "0")])
def test_output_rounds_half_up_to_two_decimals(value, text):
    assert fmt(to_micro(Decimal(value))) == text


def test_vectorized_formatting_matches_scalar():
    values = np.array([to_micro(Decimal(v)) for v in ("2.345", "-1.005", "82.2", "0", "7", "-0.25", "0.1")])
    assert fmt_array(values) == [fmt(int(v)) for v in values] == ["2.35", "-1.01", "82.2", "0", "7", "-0.25", "0.1"]


def test_hundredths_rounds_away_from_zero_at_half():
    assert hundredths(np.array([5_000, -5_000, 4_999])).tolist() == [1, -1, 0]


def test_exact_text_keeps_every_decimal():
    assert fmt_exact(to_micro("0.333333")) == "0.333333" and fmt_exact(-1_500_000) == "−1.5"


@pytest.mark.parametrize("text, value", [("65%", ("0.65", True)), ("0.65", ("0.65", False)), ("1,200", ("1200", False)),
                                         ("６５％", ("0.65", True))])
def test_parse_number(text, value):
    from pipeline.scoring.numbers import norm_text

    d, pct = parse_number(norm_text(text))
    assert (d, pct) == (Decimal(value[0]), value[1])


@pytest.mark.parametrize("text, value", [("是", True), ("否", False), ("YES", True), ("0", False), ("达标", True),
                                         ("未达标", False), ("maybe", None)])
def test_parse_bool(text, value):
    assert parse_bool(text) is value


def test_mul_survives_large_products():
    big = np.array([to_micro(10**11)])
    assert mul(big, to_micro(0.5)).tolist() == [to_micro(5 * 10**10)]
