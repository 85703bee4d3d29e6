"""What a written figure can mean, as an interval, and Vietnamese number style.

A figure stands for every value that would be written the same way:
- exact figures to half their last written decimal: `7.968,6 triệu đồng` is 7.968,55 to 7.968,65
  triệu; a whole number of its unit or scale (`68 đề án`, `500.000 đồng`, `5 tỷ đồng`) is exact,
  since reporters mark a rounded figure with a hedge; a whole percentage (`chiếm 60%`) is ±0,5;
- hedged figures by their hedge (the words before them): `gần X` (nearly) is a little under X,
  `hơn X`, `trên X`, `vượt X` a little over, `khoảng X`, `ước X`, `xấp xỉ X` near X, `dưới X`,
  `chưa đến X`, `tối đa X` at most X. "A little" is HEDGE_BAND of X (at least half the place of
  its last non-zero digit: `gần 300 lượt` may be 250), and the finding says so.
Arithmetic on intervals (sums, ratios, percentages) then decides: a relation is consistent when
the interval computed from some figures meets the interval of the figure stated for it.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from ..extract.numbers import DIGITS_RE, SCALE_RE, scale_of
from ..records import Mention

HEDGE_BAND = Decimal("0.05")     # "a few percent"
_WRITTEN = regex.compile(rf"(?P<num>{DIGITS_RE})[ ]?(?P<scale>{SCALE_RE})?", regex.IGNORECASE)
I = regex.IGNORECASE
# the hedge word right before a figure, by direction
NEARLY = regex.compile(r"(?<!\p{L})(?:gần như|gần|suýt|chưa tới|chưa đến|không tới|không đến)\s*$", I)
OVER = regex.compile(r"(?<!\p{L})(?:hơn|trên|vượt|ngoài|ít nhất|tối thiểu|lên tới|lên đến)\s*$", I)
AT_MOST = regex.compile(r"(?<!\p{L})(?:dưới|tối đa|không quá|chỉ tối đa)\s*$", I)
NEAR = regex.compile(r"(?<!\p{L})(?:khoảng|ước|ước tính|ước đạt|xấp xỉ|chừng|tầm|trên dưới|khoảng hơn|gần bằng)\s*$", I)


@dataclass(frozen=True)
class Bounds:
    lo: Decimal
    hi: Decimal
    why: str                 # how the interval follows from the writing

    def __add__(self, other: "Bounds") -> "Bounds":
        return Bounds(self.lo + other.lo, self.hi + other.hi, "")

    def meets(self, other: "Bounds") -> bool:
        """Overlap; two roundings that only touch at a half (0,85 from 0,8 and from 0,9) do not."""
        if self.lo == self.hi or other.lo == other.hi:
            return self.lo <= other.hi and other.lo <= self.hi
        return self.lo < other.hi and other.lo < self.hi


def half_unit(m: Mention) -> Decimal:
    """Half the last written digit of `m`, in the mention's own unit (đồng, %, things)."""
    written = _WRITTEN.search(m.text)
    if not written:
        return Decimal("0.5") if m.type == "percent" else Decimal(0)   # number words are whole
    num = written["num"]
    if regex.fullmatch(r"\d+\.\d{1,2}", num):
        decimals = len(num.split(".")[1])
    else:
        decimals = len(num.split(",")[1]) if "," in num else 0
    scale = scale_of(written["scale"]) if written["scale"] else 1
    if decimals == 0 and m.type != "percent":
        # "68 đề án", "500.000 đồng", "5 tỷ đồng": a whole number of its unit or scale is taken as
        # exact (reporters mark a rounded figure with a hedge: khoảng, gần, hơn)
        return Decimal(0)
    return Decimal(5) * Decimal(10) ** (-decimals - 1) * scale


def _last_digit_place(value: Decimal) -> Decimal:
    """Half the place of the last non-zero digit: "gần 300 lượt" is good to ±50."""
    value = abs(value)
    if value == 0 or value != value.to_integral_value():
        return Decimal(0)
    place = Decimal(1)
    while value % (place * 10) == 0:
        place *= 10
    return place / 2


def hedge_of(text: str, m: Mention) -> str:
    """nearly | over | at_most | near | exact: the hedge written before the figure."""
    before = text[max(0, m.start - 20):m.start]
    for name, pattern in (("nearly", NEARLY), ("at_most", AT_MOST), ("near", NEAR), ("over", OVER)):
        if pattern.search(before):
            return name
    return {"approx": "near", "over": "over", "under": "at_most"}.get(m.qualifier, "exact")


def bounds(m: Mention, text: str | None = None, value: Decimal | None = None) -> Bounds:
    """The values `m` may stand for (`value`: its low or high end for a range)."""
    v = m.value if value is None else value
    half = half_unit(m)
    hedge = hedge_of(text, m) if text is not None else {"approx": "near", "over": "over",
                                                        "under": "at_most"}.get(m.qualifier, "exact")
    if hedge == "exact":
        return Bounds(v - half, v + half, f"±{vn(half, _unit(m))} (last written digit)" if half else "exact")
    band = max(abs(v) * HEDGE_BAND, _last_digit_place(v), half)
    if hedge == "nearly":
        return Bounds(v - band, v + half, f"'gần': {vn(v - band, _unit(m))} to {vn(v, _unit(m))}")
    if hedge == "over":
        return Bounds(v - half, v + band, f"'hơn/trên': {vn(v, _unit(m))} to {vn(v + band, _unit(m))}")
    if hedge == "at_most":
        return Bounds(Decimal(0), v + half, f"'dưới/tối đa': at most {vn(v, _unit(m))}")
    return Bounds(v - band, v + band, f"'khoảng': ±{vn(band, _unit(m))} (5%)")


def _unit(m: Mention) -> str | None:
    return m.unit if m.type in ("money", "percent") else None


def quotient(a: Bounds, b: Bounds) -> Bounds | None:
    """a / b on intervals (b must not reach zero)."""
    if b.lo <= 0:
        return None
    values = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]
    return Bounds(min(values), max(values), "")


def product(a: Bounds, b: Bounds) -> Bounds:
    values = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
    return Bounds(min(values), max(values), "")


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
