"""Averages and per-unit amounts against totals and counts (kind `average`).

`hỗ trợ 8 cơ sở ... tổng kinh phí 960 triệu đồng, bình quân 120 triệu đồng/cơ sở`: the total is the
average times the count. The average is a rate whose denominator (`/cơ sở`, `mỗi cơ sở`) or the
word before it (`bình quân`, `trung bình`) marks it; the count is the figure of that noun and the
total the figure of the average's kind, both in the same paragraph and not rates themselves.
"""
from __future__ import annotations

import regex

from ..arithmetic import product, vn
from .base import Article, Finding, I, judge, noun, unit_of, whys

AVERAGE_BEFORE = regex.compile(r"(?<!\p{L})(?:bình quân|trung bình|mỗi|một)(?:\s+\p{L}+){0,3}\s*(?:là|đạt|khoảng)?\s*$", I)

EXAMPLES = [   # (passage, average, verdict)
    ("Năm 2023, huyện hỗ trợ 8 cơ sở mua máy móc với tổng kinh phí 960 triệu đồng, bình quân 120 triệu đồng/cơ sở.",
     "120 triệu đồng", "consistent"),
    ("Tỉnh mở 12 lớp dạy nghề cho 360 học viên, bình quân 30 học viên/lớp.", "30 học viên", "consistent"),
]


def _denominator(article: Article, avg) -> str | None:
    if avg.per:
        return avg.per.split("/")[0].strip().lower()
    m = regex.match(r"\s*(?:/\s*|(?:cho\s+)?mỗi\s+)(\p{L}+(?:\s+\p{L}+)?)", article.text[avg.end:avg.end + 30], flags=I)
    if m:
        return m[1].lower()
    return None


def find(article: Article) -> list[Finding]:
    text, findings = article.text, []
    for avg in article.mentions:
        if avg.type not in ("money", "count") or avg.value_max is not None:
            continue
        per = _denominator(article, avg)
        if not per:
            continue
        if not AVERAGE_BEFORE.search(text, max(0, avg.start - 30), avg.start) and not regex.search(
                r"(?<!\p{L})(?:bình quân|trung bình)(?!\p{L})", text[max(0, avg.start - 40):avg.start], I):
            continue                # "100 triệu đồng/mô hình" alone is a support level, not an average
        s_start, s_end = article.sentence(avg.start)
        p_start, p_end = s_start, s_end        # the total and the count are written with the average
        counts = [m for m in article.within(p_start, p_end, "count") if m is not avg and not m.per
                  and m.value_max is None and (noun(m.unit) == per or noun(m.unit).startswith(per)
                                                or per.startswith(noun(m.unit)))]
        totals = [m for m in article.within(p_start, p_end, avg.type) if m is not avg and not m.per
                  and m.value_max is None and m.unit == avg.unit if avg.type == "money"] if avg.type == "money" else \
            [m for m in article.within(p_start, p_end, "count") if m is not avg and not m.per and m.value_max is None
             and noun(m.unit) == noun(avg.unit)]
        counts = [m for m in counts if m not in totals]
        if not counts or not totals:
            continue
        # the count and the total nearest the average
        count = min(counts, key=lambda m: abs(m.start - avg.start))
        total = min(totals, key=lambda m: abs(m.start - avg.start))
        computed = product(article.bounds(avg), article.bounds(count))
        value = avg.value * count.value
        unit = unit_of(avg)
        findings.append(judge("average", article.bounds(total), computed, total.value, value,
                              f"{vn(avg.value, unit)} × {vn(count.value)} {count.unit} = {vn(value, unit)}; "
                              f"stated {vn(total.value, unit)}", [avg, count, total], ["average", "count", "total"],
                              text[s_start:s_end].strip(), whys(article, [avg, count, total])))
    return findings
