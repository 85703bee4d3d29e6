"""Tolerance from the precision a figure is written with, verdicts, Vietnamese number style.

`7.968,6 triệu đồng` is exact to half its last digit: ±0,05 triệu = ±50.000 đồng; a hedged
figure (`gần 144 tỷ`, `khoảng 30 cơ sở`) is taken as good to 5 %.
"""
from __future__ import annotations

from decimal import Decimal

import regex

from ..extract.numbers import DIGITS_RE, SCALE_RE, scale_of
from ..records import Mention

HEDGED = Decimal("0.01")          # a hedged figure is good to 1 %, or to its last written digit
_WRITTEN = regex.compile(rf"(?P<num>{DIGITS_RE})[ ]?(?P<scale>{SCALE_RE})?", regex.IGNORECASE)


def half_unit(m: Mention) -> Decimal:
    """Half the last written digit of `m`, in the mention's own unit (đồng, %, things)."""
    written = _WRITTEN.search(m.text)
    if not written:
        return Decimal("0.5")     # number words are whole numbers
    num = written["num"]
    if regex.fullmatch(r"\d+\.\d{1,2}", num):
        decimals = len(num.split(".")[1])
    else:
        decimals = len(num.split(",")[1]) if "," in num else 0
    scale = scale_of(written["scale"]) if written["scale"] else 1
    if decimals == 0 and scale == 1 and m.type != "percent":
        return Decimal(0)         # "68 đề án", "500.000 đồng": whole numbers, exact
    return Decimal(5) * Decimal(10) ** (-decimals - 1) * scale


def _last_digit_place(m: Mention) -> Decimal:
    """Half the place of the last non-zero digit: "gần 300 lượt" is good to ±50."""
    value = abs(m.value)
    if value == 0:
        return Decimal(0)
    place = Decimal(1)
    while value % (place * 10) == 0:
        place *= 10
    return place / 2


def tolerance(m: Mention) -> Decimal:
    if m.qualifier != "exact":
        return max(half_unit(m), abs(m.value) * HEDGED, _last_digit_place(m))
    return half_unit(m)


def vn(value: Decimal, unit: str | None = None) -> str:
    """A value in Vietnamese style: 7968600000 VND -> '7.968,6 triệu đồng', 33.16 -> '33,16%'."""
    value = Decimal(value)
    if unit == "VND" or unit == "USD":
        currency = "đồng" if unit == "VND" else "USD"
        for scale, word in ((10**9, "tỷ"), (10**6, "triệu")):
            scaled = value / scale
            # the largest scale that shows the value exactly in three decimals: 7.968,6 triệu, 2,679 tỷ
            if abs(scaled) >= 1 and scaled == scaled.quantize(Decimal("0.001")):
                return f"{_digits(scaled)} {word} {currency}"
        if abs(value) >= 10**6:
            return f"{_digits(value / 10**6)} triệu {currency}"
        return f"{_digits(value)} {currency}"
    if unit == "%":
        return f"{_digits(value)}%"
    return _digits(value) + (f" {unit}" if unit else "")


def _digits(value: Decimal) -> str:
    value = Decimal(value)
    q = value.quantize(Decimal("0.001")).normalize()
    if q == q.to_integral_value():
        q = q.quantize(Decimal(1))
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return sign + groups + ("," + frac if frac else "")
