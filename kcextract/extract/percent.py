"""Percentages: a number through `%` or `phần trăm` (ANNOTATION.md section 2).

`1,8 điểm phần trăm` (percentage points) keeps `điểm` in the span; `14,3%/năm` is a
rate with `per` = `năm`. Every row of EXAMPLES is a test: text, then the figures
expected in it as (span text, value, value_max, last), where last is the counted
noun for a count and `per` otherwise.
"""
from __future__ import annotations

import regex

from .numbers import Quantity
from .sentence import Sentence

TYPE = "percent"

_PERCENT = regex.compile(r"[ ]?(?:điểm[ ]+)?(?:%|phần[ ]+trăm(?!\p{L}))", regex.IGNORECASE)
_PER = regex.compile(r"/[ ]?(?P<per>năm|tháng|quý|ngày|tuần)(?!\p{L})", regex.IGNORECASE)


def unit_after(sent: Sentence, pos: int, q: Quantity):
    """(end, unit, per) when a percent sign or word follows `pos`, else None."""
    m = _PERCENT.match(sent.text, pos)
    if not m:
        return None
    per = _PER.match(sent.text, m.end())
    return m.end(), "%", per["per"].lower() if per else None


EXAMPLES = [
    ("đạt 33,16% so với kế hoạch", [("33,16%", "33.16", None, None)]),
    ("chiếm 11,8 % tổng giá trị", [("11,8 %", "11.8", None, None)]),
    ("tăng 1,8 điểm phần trăm so với cùng kỳ", [("1,8 điểm phần trăm", "1.8", None, None)]),
    ("lãi suất 14,3%/năm", [("14,3%", "14.3", None, "năm")]),
    ("tỷ lệ từ 28-30% mỗi năm", [("28-30%", "28", "30", None)]),
    ("khoảng 38 - 39%", [("38 - 39%", "38", "39", None)]),
    ("hỗ trợ 80% chi phí cho 200 gian hàng", [("80%", "80", None, None), ("200 gian hàng", "200", None, "gian hàng")]),
    ("giảm năm mươi phần trăm", [("năm mươi phần trăm", "50", None, None)]),
    ("tăng 5.5% so với năm trước", [("5.5%", "5.5", None, None)]),
]
