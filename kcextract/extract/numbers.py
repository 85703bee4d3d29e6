"""Vietnamese numerals: digits, number words, scale words, ranges -> Decimal.

`scan(text)` finds every number expression in a (normalised) sentence and returns
`Quantity` objects with exact `Decimal` values. It knows nothing about money,
percentages or counts: the rule modules decide what a quantity measures from
what stands after it.

Vietnamese style first (ANNOTATION.md section 3): `.` groups thousands and `,` is
the decimal mark, so `7.968,6` = 7968.6 and `2,679` = 2.679.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

_POINT_DECIMAL = regex.compile(r"\d+\.\d{1,2}")
_NON_SPACE = regex.compile(r"\S+")

# Scale words, longest first so that "nghìn tỷ" wins over "nghìn".
SCALES: dict[str, int] = {
    "nghìn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỷ": 10**12, "ngàn tỉ": 10**12,
    "triệu tỷ": 10**15,
    "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
}
# "tr" abbreviates triệu only right before a currency: "150 tr.đ", "2,5 trđ", "30 tr đồng"
SCALE_RE = ("(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")(?![\p{L}\p{N}_])"
            r"|tr\.?(?=[ ]?(?:đồng|đ)(?!\p{L}))")

# Digits: Vietnamese grouping (1.000.000,5), plain (2014, 7,5), and the English
# decimal point that some news sites use (1.5): a dot followed by exactly 3 digits
# always groups thousands.
DIGITS_RE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\.\d)|\d+(?:,\d+)?|\d+\.\d{1,2}(?!\d)"

# Number words. Some only stand after others (lăm, mốt, tư, linh, rưỡi); the
# parser checks the order, the regex only finds runs of them.
DIGIT_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
    "tám": 8, "chín": 9,
}
AFTER_TENS = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
NUMBER_WORDS = (
    set(DIGIT_WORDS) | set(AFTER_TENS)
    | {"mười", "mươi", "trăm", "linh", "lẻ", "rưỡi", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"}
)
_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
WORDS_RE = rf"(?:{_WORD_ALT})(?:[ ]+(?:{_WORD_ALT}))*"

_NOT_LETTER_BEFORE = r"(?<![\p{L}\p{N}_])"
_NOT_LETTER_AFTER = r"(?![\p{L}\p{N}_])"

# One number written in digits, with its scale words and compound tail:
# "7.968,6 triệu", "1 tỷ 200 triệu", "700.000", "1triệu".
DIGIT_AMOUNT = regex.compile(
    # Digits glued to letters before (P2O5), or inside dates, times and document
    # numbers (17/05/2024, 09:07, 2080/QĐ-UBND) are never quantities.
    rf"(?<![\p{{L}}\p{{N}}_.,/:])(?P<num>{DIGITS_RE})(?![\p{{N}}]|[/:.]\p{{N}}|/\p{{Lu}})"
    rf"(?:[ ]?(?P<scale>{SCALE_RE})"
    rf"(?P<tail>(?:[ ]+(?:{DIGITS_RE})[ ]?(?:{SCALE_RE}))*))?",
    regex.IGNORECASE,
)
WORD_AMOUNT = regex.compile(rf"{_NOT_LETTER_BEFORE}{WORDS_RE}{_NOT_LETTER_AFTER}", regex.IGNORECASE)
_TAIL_PART = regex.compile(rf"(?P<num>{DIGITS_RE})[ ]?(?P<scale>{SCALE_RE})", regex.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number found in text: `text[start:end]`, its exact value, how it was written."""

    start: int
    end: int
    value: Decimal
    scale: int          # the first scale word's value (1000 for nghìn...), 1 if none
    words: bool         # written in words, not digits
    digits: str = ""    # the digit string as written, for year/date checks

    @property
    def scaled(self) -> bool:
        return self.scale > 1

    @property
    def is_integer(self) -> bool:
        return self.value == self.value.to_integral_value()


def exact(d: Decimal) -> Decimal:
    """`Decimal('2679000000.000')` -> `Decimal('2679000000')`; 33.16 stays 33.16."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


def parse_digits(s: str) -> Decimal:
    """`7.968,6` -> 7968.6, `2,679` -> 2.679, `1.000` -> 1000, `02` -> 2, `1.5` -> 1.5."""
    if _POINT_DECIMAL.fullmatch(s):          # English decimal point
        return Decimal(s)
    return Decimal(s.replace(".", "").replace(",", "."))


def parse_words(words: list[str]) -> Decimal | None:
    """Vietnamese number words -> value, or None when the words are not one number.

    `ba mươi hai` -> 32, `một trăm linh năm` -> 105, `hai triệu rưỡi` -> 2500000,
    `mười lăm` -> 15. Order is checked: `lăm` only after tens, `mươi` only after a digit.
    """
    total = Decimal(0)   # everything already closed by a scale word >= 1000
    chunk = 0            # the part below 1000 being built
    last_digit: int | None = None
    last_scale = 0
    prev = None
    for w in (x.lower() for x in words):
        if w in DIGIT_WORDS or w in AFTER_TENS:
            if w in AFTER_TENS and prev not in ("mươi", "mười"):
                return None      # "tư", "lăm", "mốt" stand only after tens
            if w == "năm" and prev in ("mươi", "mười"):
                return None      # "mười năm" is ten years; fifteen is "mười lăm"
            if prev in DIGIT_WORDS or prev in AFTER_TENS:
                return None      # "hai ba" is two numbers (a loose range), not one
            d = DIGIT_WORDS.get(w) or AFTER_TENS[w]
            chunk += d
            last_digit = d
        elif w == "mười":
            if prev in DIGIT_WORDS or prev == "mười":
                return None
            chunk += 10
            last_digit = None
        elif w == "mươi":
            if last_digit is None or prev not in DIGIT_WORDS:
                return None
            chunk += last_digit * 9
            last_digit = None
        elif w == "trăm":
            if last_digit is None or prev not in DIGIT_WORDS:
                return None
            chunk = chunk - last_digit + last_digit * 100
            last_digit = None
        elif w in ("linh", "lẻ"):
            if prev != "trăm":
                return None
        elif w in SCALES:
            if prev is None:
                return None
            scale = SCALES[w]
            if last_scale and scale >= last_scale and chunk == 0:
                total *= scale          # "nghìn tỷ" written as two words
            else:
                total += chunk * scale
            chunk, last_digit, last_scale = 0, None, scale
        elif w == "rưỡi":
            if not last_scale or prev not in SCALES:
                return None
            total += Decimal(last_scale) / 2
        else:
            return None
        prev = w
    return total + chunk if prev is not None else None


def scale_of(word: str) -> int:
    word = word.lower()
    return SCALES.get(word) or (10**6 if word.rstrip(".") == "tr" else 1)


def _digit_quantity(m: regex.Match) -> Quantity:
    value = parse_digits(m["num"])
    scale = scale_of(m["scale"]) if m["scale"] else 1
    if scale > 1:
        value *= scale
        for part in _TAIL_PART.finditer(m["tail"] or ""):
            value += parse_digits(part["num"]) * scale_of(part["scale"])
    return Quantity(m.start(), m.end(), exact(value), scale, False, m["num"])


def _word_quantities(m: regex.Match) -> list[Quantity]:
    """The longest runs of the matched words that parse as one number."""
    spans = [(w.start(), w.end()) for w in _NON_SPACE.finditer(m[0])]
    base = m.start()
    out: list[Quantity] = []
    i = 0
    while i < len(spans):
        for j in range(len(spans), i, -1):
            words = [m[0][a:b] for a, b in spans[i:j]]
            value = parse_words(words)
            if value is not None:
                scale = next((SCALES[w.lower()] for w in words if w.lower() in SCALES), 1)
                out.append(Quantity(base + spans[i][0], base + spans[j - 1][1], exact(value), scale, True))
                i = j
                break
        else:
            i += 1
    return out


def scan(text: str) -> tuple[Quantity, ...]:
    """Every number expression in `text`, left to right, none overlapping."""
    found = [_digit_quantity(m) for m in DIGIT_AMOUNT.finditer(text)]
    taken = [(q.start, q.end) for q in found]
    for m in WORD_AMOUNT.finditer(text):
        for q in _word_quantities(m):
            if not any(a < q.end and q.start < b for a, b in taken):
                found.append(q)
    return tuple(sorted(found, key=lambda q: q.start))


# Range separators between two numbers: "20 - 30", "28-30", "5 đến 7", "từ X tới Y".
RANGE_SEP = regex.compile(r"[ ]*(?:-|~|đến|tới)[ ]*", regex.IGNORECASE)

# A fraction of a count, "17/28 đề án": the scanner leaves slashed numbers alone.
FRACTION = regex.compile(r"(?<![\p{N}/.,])(\d{1,4})/(\d{1,4})(?![\p{N}/])")


def number_spans(text: str, quantities: tuple[Quantity, ...]) -> list[tuple[int, int]]:
    """Where numbers stand in `text`: its quantities and every a/b fraction."""
    spans = [(q.start, q.end) for q in quantities]
    spans += [(m.start(), m.end()) for m in FRACTION.finditer(text)]
    return sorted(spans)
