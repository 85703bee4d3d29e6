"""Money: a number (with its scale words) through the currency word (ANNOTATION.md 2).

`7.968,6 triệu đồng`, `2,679 tỷ đồng`, `500.000 đ`, `1triệu đồng`, `3 tỷ USD`.
Without a currency word an amount is money only when it carries a scale word and
the sentence plainly speaks of money before it (`kinh phí 1.744 triệu`).
`đồng` is a currency only when it is not the first syllable of another word
(`2 đồng chí`, `đồng bằng`), except right after a scale word: `6 tỷ đồng bằng nguồn
vốn` is money followed by `bằng`.

EXAMPLES rows: text, then the figures expected as (span text, value, value_max, last),
where last is the counted noun for a count and `per` otherwise.
"""
from __future__ import annotations

import regex

from .numbers import Quantity
from .sentence import Sentence

TYPE = "money"

_CURRENCY = regex.compile(
    r"[ ]?(?:(?P<VND>đồng|VNĐ|VND|vnđ|vnd|Vnđ|đ)"
    r"|(?P<USD>USD|usd|US\$|\$|đô[ -]?la(?:[ ]Mỹ)?|Đô[ -]?la(?:[ ]Mỹ)?)"
    r"|(?P<EUR>EUR|euro|Euro|€)|(?P<JPY>JPY|yên(?:[ ]Nhật)?)"
    r"|(?P<CNY>CNY|NDT|nhân[ ]dân[ ]tệ)|(?P<GBP>GBP|bảng[ ]Anh))(?![\p{L}\p{N}])"
)
# Words that begin with the syllable "đồng" but are people, not money: always a count.
_DONG_PEOPLE = {"chí", "nghiệp", "bào", "hương", "môn", "đội", "minh", "chủ", "tác", "hành"}
_NEXT_SYLLABLE = regex.compile(r"[ ]+(\p{L}+)")

# Rates: "/mô hình", "/người/tháng", "mỗi lớp".
_SLASH = regex.compile(r"[ ]?/[ ]?")
_EACH = regex.compile(r"[ ]+(?:mỗi|một)[ ]+", regex.IGNORECASE)

# Money spoken of before a bare scaled amount: "kinh phí 1.744 triệu".
MONEY_CUES = regex.compile(
    r"(?<!\p{L})(?:kinh phí|ngân sách|vốn|doanh thu|doanh số|chi phí|phí|giá|trị giá|lợi nhuận|tiền|"
    r"giải ngân|tài trợ|kim ngạch|nộp|thu nhập|lương|tiết kiệm|đầu tư|hỗ trợ|dư nợ|nợ|tín dụng|"
    r"vay|thuế|quỹ|chi|thu)(?!\p{L})",
    regex.IGNORECASE,
)
# Clause ends: a dot inside a number ("3.000") is not one.
_CLAUSE_BREAK = regex.compile(r"[;:!?]|\.(?!\d)")


def _dong_is_currency(sent: Sentence, at: int, q: Quantity) -> bool:
    """`đồng` at `at` after quantity `q`: currency, or the start of another word?"""
    if q.scaled:
        return True
    nxt = _NEXT_SYLLABLE.match(sent.text, at + len("đồng"))
    if not nxt:
        return True
    i = sent.word_from(at)
    if i is not None and sent.words[i].start == at:
        word = sent.words[i].text
        if word.lower() == "đồng":
            return nxt[1].lower() not in _DONG_PEOPLE
        # underthesea joined "đồng" with what follows: a word like "đồng bằng"
        return nxt[1].lower() not in _DONG_PEOPLE and q.value >= 1000
    return nxt[1].lower() not in _DONG_PEOPLE


_GLUED = regex.compile(r"[\p{L}\p{N}²³]+")


def _glued_end(sent: Sentence, end: int) -> int:
    """The end of a word with what is glued to it: the tokenizer splits "m2" in two."""
    m = _GLUED.match(sent.text, end)
    return m.end() if m else end


def rate_after(sent: Sentence, pos: int) -> tuple[str | None, int]:
    """The denominator of a rate written at `pos` ("/người/tháng", " mỗi lớp"), if any."""
    parts = []
    cursor = pos
    while True:
        m = _SLASH.match(sent.text, cursor)
        if not m:
            break
        i = sent.word_from(m.end())
        if i is None or sent.words[i].start != m.end() or not sent.words[i].text[:1].isalpha():
            break
        cursor = _glued_end(sent, sent.words[i].end)
        parts.append(sent.text[sent.words[i].start:cursor].lower())
    if parts:
        return "/".join(parts), cursor
    m = _EACH.match(sent.text, pos)
    if m:
        i = sent.word_from(m.end())
        if i is not None and (sent.words[i].tag.startswith("N") or sent.words[i].text[:1].isalpha()):
            end = _glued_end(sent, sent.words[i].end)
            return sent.text[sent.words[i].start:end].lower(), end
    return None, pos


def _money_context(sent: Sentence, q: Quantity) -> bool:
    before = sent.text[:q.start]
    clause = before[max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0):]
    return bool(MONEY_CUES.search(clause[-80:]))


def unit_after(sent: Sentence, pos: int, q: Quantity):
    """(end, unit, per) when a currency follows `pos` (or the context is plainly money)."""
    m = _CURRENCY.match(sent.text, pos)
    if m:
        unit = m.lastgroup
        if unit == "VND" and m[unit] == "đồng" and not _dong_is_currency(sent, m.start(unit), q):
            return None
        if m[unit] == "đ" and pos != m.start(unit) and not q.scaled and q.value < 1000:
            return None          # "5 đ" alone is too weak a sign
        per, _ = rate_after(sent, m.end())
        return m.end(), unit, per
    if q.scale >= 10**6 and _money_context(sent, q):
        i = sent.word_from(pos)
        nxt = sent.words[i] if i is not None else None
        if nxt is None or not nxt.tag.startswith("N") or nxt.start > pos + 1:
            per, _ = rate_after(sent, pos)
            return pos, "VND", per
    return None


EXAMPLES = [
    ("với tổng kinh phí 7.968,6 triệu đồng.", [("7.968,6 triệu đồng", "7968600000", None, None)]),
    ("thực hiện được 2,679 tỷ đồng, đạt 33,16% so với kế hoạch",
     [("2,679 tỷ đồng", "2679000000", None, None), ("33,16%", "33.16", None, None)]),
    ("hỗ trợ 1 tỷ 200 triệu đồng cho dự án", [("1 tỷ 200 triệu đồng", "1200000000", None, None)]),
    ("giải thưởng hai mươi triệu đồng", [("hai mươi triệu đồng", "20000000", None, None)]),
    ("giá bán 500.000 đ một bộ", [("500.000 đ", "500000", None, "bộ")]),
    ("Ước tính đơn giá là 4-5 triệu đồng một m2.", [("4-5 triệu đồng", "4000000", "5000000", "m2")]),
    ("mua nhà giá 100 - 200 triệu", [("100 - 200 triệu", "100000000", "200000000", None)]),
    ("nông nghiệp công nghệ cao đầu tư tới 3.000 – 4.000 tỷ mà không có thị trường",
     [("3.000 – 4.000 tỷ", "3000000000000", "4000000000000", None)]),
    ("kinh phí khuyến công quốc gia là 1.744 triệu", [("1.744 triệu", "1744000000", None, None)]),
    ("mức hỗ trợ 100 triệu đồng/mô hình", [("100 triệu đồng", "100000000", None, "mô hình")]),
    ("lương 5 triệu đồng/người/tháng", [("5 triệu đồng", "5000000", None, "người/tháng")]),
    ("mức hỗ trợ 300 triệu đồng/ha nhưng tối đa không quá 10 tỷ đồng",
     [("300 triệu đồng", "300000000", None, "ha"), ("10 tỷ đồng", "10000000000", None, None)]),
    ("hỗ trợ 25 triệu đồng mỗi lớp", [("25 triệu đồng", "25000000", None, "lớp")]),
    ("thu nhập từ 20 - 30 triệu đồng", [("20 - 30 triệu đồng", "20000000", "30000000", None)]),
    ("giá từ 700.000đồng - 1triệu đồng", [("700.000đồng - 1triệu đồng", "700000", "1000000", None)]),
    ("mức 4,5 - 6 triệu đồng", [("4,5 - 6 triệu đồng", "4500000", "6000000", None)]),
    ("từ 5 đến 7 triệu đồng", [("5 đến 7 triệu đồng", "5000000", "7000000", None)]),
    ("xuất khẩu đạt 3,2 tỷ USD", [("3,2 tỷ USD", "3200000000", None, None)]),
    ("dự án 6 tỷ đồng bằng nguồn vốn xã hội hóa", [("6 tỷ đồng", "6000000000", None, None)]),
    ("vay 1,5 nghìn tỷ đồng", [("1,5 nghìn tỷ đồng", "1500000000000", None, None)]),
    ("có 2 đồng chí tham dự", [("2 đồng chí", "2", None, "đồng chí")]),
    ("vùng đồng bằng sông Cửu Long", []),
    ("một tỷ đồng", [("một tỷ đồng", "1000000000", None, None)]),
    ("hỗ trợ 150 tr.đ cho mỗi cơ sở, giá 2,5 trđ/tấn", [("150 tr.đ", "150000000", None, None),
                                                        ("2,5 trđ", "2500000", None, "tấn")]),
    ("Trần Văn Tr. đến dự", []),
]
