"""Find the figures of one sentence: numbers, then the rule that claims each.

For every number the scanner finds, the rule modules are asked in turn (percent,
money, count) whether their unit follows it; two numbers joined by a range
separator with the unit after the second are one mention. The hedge word before
the first number becomes the qualifier (ANNOTATION.md section 4).
"""
from __future__ import annotations

import regex

from . import count, money, percent
from .numbers import RANGE_SEP, Quantity, exact
from .sentence import Found, Sentence

RULES = (percent, money, count)

_QUALIFIERS = [
    ("approx", "khoảng|gần như|gần|xấp xỉ|chừng|tầm|ước tính|ước đạt|ước thực hiện|ước khoảng|ước|trên dưới|độ|cỡ"),
    ("over", "hơn|trên|ngoài|vượt|ít nhất|tối thiểu|quá"),
    ("under", "dưới|chưa đến|chưa tới|không đến|không tới|tối đa|không quá|chưa đầy|chỉ còn"),
]
# "thấp hơn 5%" compares; "hơn 5%" hedges.
_COMPARATIVE = regex.compile(r"(?<!\p{L})(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|nhanh|chậm|mạnh|sớm|muộn|rẻ|đắt)[ ]+hơn[ ]+(?:từ[ ]+)?$",
                             regex.IGNORECASE)
_QUALIFIER = regex.compile(
    r"(?<!\p{L})(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _QUALIFIERS) + r")"
    r"(?:[ ]+(?:là|đạt|có|được|với|khoảng))?[ ]+(?:từ[ ]+)?$",
    regex.IGNORECASE,
)
_TU_TRO_LEN = (regex.compile(r"(?<!\p{L})từ[ ]+$", regex.IGNORECASE),
               regex.compile(r"[^,;.]{0,100}?(?<!\p{L})trở[ ]+lên", regex.IGNORECASE))


def qualifier(sent: Sentence, start: int, end: int) -> str:
    before = sent.text[max(0, start - 30):start]
    m = _QUALIFIER.search(before)
    if m and not (m.lastgroup == "over" and _COMPARATIVE.search(before)):
        return m.lastgroup
    if _TU_TRO_LEN[0].search(before) and _TU_TRO_LEN[1].match(sent.text, end):
        return "over"
    return "exact"


def _lone_mot(sent: Sentence, q: Quantity) -> bool:
    """`một` alone is the article "a" (section 3), unless a currency follows."""
    return q.words and not q.scaled and sent.text[q.start:q.end].lower() == "một"


def _whole_words(sent: Sentence, q: Quantity) -> bool:
    """Number words must be words of their own: not `thứ hai`, `năm nay`, `tư nhân`."""
    if not q.words or not sent.words:
        return True
    starts = {w.start for w in sent.words}
    ends = {w.end for w in sent.words}
    return q.start in starts and q.end in ends


_DECIDED_BY_TEXT = regex.compile(
    r"[ ]?(?:%|phần trăm|điểm phần trăm|(?:USD|VNĐ|VND|đ)(?!\p{L})|đồng(?![ ]\p{L}))"   # percent, currency
    r"(?![ ]?/|[ ]+(?:mỗi|một)[ ])"                                                     # not a rate
    r"|[ ]*(?:[,.;:!?)\]”\"/]|$)",                  # nothing that could be counted follows
    regex.IGNORECASE)
_RATE_AFTER = regex.compile(r"[ ]?(?:\p{L}+[ ]?)?(?:%|đồng|đ|USD|VNĐ|VND)[ ]?(?:/|mỗi[ ]|một[ ])", regex.IGNORECASE)
_YEAR_CONTEXT = regex.compile(r"(?:năm|giai đoạn|niên độ|đến|tới|từ|-)[ ]*$", regex.IGNORECASE)
_NEXT_SYLLABLE = regex.compile(r"[ ]?(\p{L}+|\d)")


def needs_words(text: str, q: Quantity) -> bool:
    """Whether the rules need words and POS tags around `q`, or the characters decide.

    Word segmentation is the costly step, so it is skipped where the text alone
    settles the matter: a percent sign or a currency right after the number,
    punctuation or a time or measure unit after it, a year, the article "một"."""
    if _RATE_AFTER.match(text, q.end):
        return True                 # the denominator of a rate is a word to segment
    if _DECIDED_BY_TEXT.match(text, q.end):
        return False
    m = _NEXT_SYLLABLE.match(text, q.end)
    following = m[1].lower() if m else ""
    if following in count.NOT_COUNTED and following != "đồng" or following == "đồng" and q.scaled:
        return False
    if following in count.NOT_A_NOUN or count.year_word(text, q, following):
        return False
    if not q.words and len(q.digits) == 4 and q.digits.isdigit() and _YEAR_CONTEXT.search(text, 0, q.start):
        return False
    if q.words and not q.scaled and text[q.start:q.end].lower() == "một" and following != "đồng":
        return False
    return True


def _range(sent: Sentence, lo: Quantity, hi: Quantity, rule):
    """A range `lo - hi unit` (or `lo unit - hi unit`) claimed by `rule`, else None."""
    gap_end = hi.start
    sep = RANGE_SEP.fullmatch(sent.text, lo.end, gap_end)
    lo_value = lo.value
    if sep:
        if not lo.scaled and hi.scaled:
            lo_value = exact(lo.value * hi.scale)     # "4,5 - 6 triệu đồng": the scale applies to both
    else:
        first = rule.unit_after(sent, lo.end, lo)
        if not first or not RANGE_SEP.fullmatch(sent.text, first[0], gap_end):
            return None
    second = rule.unit_after(sent, hi.end, hi)
    if not second or lo_value >= hi.value:
        return None
    end, unit, per = second
    return Found(lo.start, end, rule.TYPE, lo_value, hi.value, unit, per)


def find(sent: Sentence) -> list[Found]:
    """Every figure in the sentence, sorted, none overlapping."""
    quantities = [q for q in sent.quantities if _whole_words(sent, q)]
    found: list[Found] = []
    i = 0
    while i < len(quantities):
        q = quantities[i]
        hi = quantities[i + 1] if i + 1 < len(quantities) else None
        hit = None
        for rule in RULES:
            if hi is not None:
                hit = _range(sent, q, hi, rule)
                if hit:
                    i += 1
                    break
            if _lone_mot(sent, q) and rule is not money:
                continue
            unit = rule.unit_after(sent, q.end, q)
            if unit:
                end, name, per = unit
                hit = Found(q.start, end, rule.TYPE, q.value, None, name, per)
                break
        if hit:
            found.append(hit)
        i += 1
    for rule in RULES:
        extra = getattr(rule, "extra", None)
        if extra:
            for f in extra(sent):
                if not any(g.start < f.end and f.start < g.end for g in found):
                    found.append(f)
    found.sort(key=lambda f: f.start)
    for f in found:
        f.qualifier = qualifier(sent, f.start, f.end)
    return found
