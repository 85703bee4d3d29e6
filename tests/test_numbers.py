"""Vietnamese numerals -> exact Decimal values (ANNOTATION.md section 3)."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from kcextract.extract.numbers import parse_digits, parse_words, scan


@pytest.mark.parametrize("text, value", [
    ("7.968,6", "7968.6"), ("2,679", "2.679"), ("1.000", "1000"), ("02", "2"),
    ("1.148.070", "1148070"), ("33,16", "33.16"), ("1.5", "1.5"), ("100.000", "100000"),
])
def test_digits_vietnamese_style(text, value):
    assert parse_digits(text) == Decimal(value)


@pytest.mark.parametrize("words, value", [
    ("hai", 2), ("mười lăm", 15), ("ba mươi hai", 32), ("một trăm hai mươi", 120),
    ("một trăm linh năm", 105), ("hai mươi mốt", 21), ("năm trăm nghìn", 500000),
    ("hai triệu rưỡi", 2500000), ("một tỷ", 10**9), ("mười một", 11),
])
def test_number_words(words, value):
    assert parse_words(words.split()) == value


@pytest.mark.parametrize("words", ["mười năm", "tư", "hai ba", "lăm", "mươi"])
def test_words_that_are_not_one_number(words):
    # "mười năm" is ten years, "tư" alone is never four, "hai ba" is a loose range
    assert parse_words(words.split()) is None


@pytest.mark.parametrize("text, expected", [
    ("7.968,6 triệu đồng", [("7.968,6 triệu", 7968600000)]),
    ("2,679 tỷ đồng", [("2,679 tỷ", 2679000000)]),
    ("1 tỷ 200 triệu đồng", [("1 tỷ 200 triệu", 1200000000)]),
    ("1,5 nghìn tỷ", [("1,5 nghìn tỷ", 1500000000000)]),
    ("100 ngàn tỷ đồng", [("100 ngàn tỷ", 100 * 10**12)]),
    ("1triệu đồng", [("1triệu", 1000000)]),
    ("22 nghìn lao động", [("22 nghìn", 22000)]),
    ("hai mươi triệu đồng", [("hai mươi triệu", 20000000)]),
])
def test_scan_values_are_exact(text, expected):
    got = [(text[q.start:q.end], q.value) for q in scan(text)]
    assert got == [(t, Decimal(v)) for t, v in expected]
    assert all(isinstance(q.value, Decimal) for q in scan(text))


@pytest.mark.parametrize("text", [
    "ngày 17/05/2024", "lúc 09:07", "Quyết định 2080/QĐ-UBND", "Thông tư 28/2018/TT-BTC", "phân P2O5",
])
def test_dates_times_and_references_are_not_quantities(text):
    assert [text[q.start:q.end] for q in scan(text) if not q.words] == []


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_any_vietnamese_grouped_number_round_trips(whole, cents):
    grouped = f"{whole:,}".replace(",", ".")
    text = f"{grouped},{cents:02d}"
    assert parse_digits(text) == Decimal(whole) + Decimal(cents) / 100
