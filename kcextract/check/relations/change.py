"""Change against an earlier value (kind `change`), when both values are written.

- `năm 2024 là 6,5 tỷ đồng, tăng 30% so với năm 2023 (5 tỷ đồng)`: new / old - 1 = the stated rise;
- `tăng 1,5 tỷ đồng so với năm 2023 (5 tỷ đồng)`: new - old = the stated amount;
- `từ 5 tỷ đồng năm 2023 lên 6,5 tỷ đồng, tăng 30%`: the two values around `từ ... lên/xuống`;
- `từ 38% lên 43%, tăng 5 điểm phần trăm`: percentage points between two percentages.
`giảm` is a fall: the stated figure is then the drop.
"""
from __future__ import annotations

from decimal import Decimal

import regex

from ...records import Mention
from ..arithmetic import Bounds, quotient, vn
from .base import Article, Finding, I, judge, same_kind, unit_of, whys

MOVE = regex.compile(r"(?<!\p{L})(?P<dir>tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|trên|lần lượt|tới|đến|được))*\s*$", I)
COMPARED = regex.compile(r"\s*(?:so\s+với|so)\b", I)
FROM_TO = regex.compile(r"(?<!\p{L})từ\s*$", I)
TO = regex.compile(r"[^.;]{0,30}?(?<!\p{L})(?P<dir>lên|xuống|còn|xuống còn|lên tới|lên đến)\s*$", I)

EXAMPLES = [   # (passage, stated change, verdict)
    ("Năm 2024, doanh thu của làng nghề là 6,5 tỷ đồng, tăng 30% so với năm 2023 (5 tỷ đồng).", "30%", "consistent"),
    ("Kinh phí năm nay là 4,2 tỷ đồng, giảm 0,8 tỷ đồng so với năm trước (5 tỷ đồng).", "0,8 tỷ đồng", "consistent"),
    ("Số cơ sở tăng từ 120 cơ sở năm 2020 lên 150 cơ sở năm 2023, tăng 25%.", "25%", "consistent"),
    ("Tỷ lệ hộ nghèo giảm từ 9,6% xuống còn 4,2%, giảm 5,4 điểm phần trăm.", "5,4 điểm phần trăm", "consistent"),
]


def _old_after(article: Article, stated: Mention, new: Mention) -> Mention | None:
    """The earlier value after "so với ...": in brackets or after the period compared with."""
    text = article.text
    cmp = COMPARED.match(text, stated.end)
    if not cmp:
        return None
    _, s_end = article.sentence(stated.start)
    for m in article.within(cmp.end(), min(s_end, cmp.end() + 60)):
        if same_kind(new, m):
            between = text[cmp.end():m.start]
            if regex.search(r"[;]", between):
                return None
            return m
        if m.type != "percent":
            return None
    return None


def find(article: Article) -> list[Finding]:
    text, findings = article.text, []
    for stated in article.mentions:
        if stated.value_max is not None:
            continue
        move = MOVE.search(text, max(0, stated.start - 25), stated.start)
        if not move:
            continue
        fall = move["dir"].lower() == "giảm"
        s_start, _ = article.sentence(stated.start)
        old = new = None
        before = [m for m in article.within(s_start, move.start()) if m.type in ("money", "count", "percent")
                  and m.value_max is None and m is not stated]
        # "từ X (năm ...) lên Y, tăng Z"
        for i, m in enumerate(before[:-1]):
            if FROM_TO.search(text, max(0, m.start - 8), m.start) and same_kind(m, before[i + 1]) \
                    and TO.search(text, m.end, before[i + 1].start):
                old, new = m, before[i + 1]
        if old is None and before:
            candidates = [m for m in before if (stated.type == "percent" and "điểm" not in stated.text)
                          or same_kind(m, stated)]
            if candidates:
                new = candidates[-1]
                old = _old_after(article, stated, new)
        if old is None or new is None or old.value == 0:
            continue
        findings.append(_judge(article, stated, old, new, fall))
    return findings


def _judge(article: Article, stated: Mention, old: Mention, new: Mention, fall: bool) -> Finding:
    sentence = article.sentence_text(stated.start)
    bo, bn, bs = article.bounds(old), article.bounds(new), article.bounds(stated)
    sign = -1 if fall else 1
    unit = unit_of(new)
    mentions, roles = [stated, old, new], ["stated", "earlier", "later"]
    why = whys(article, mentions)
    direction = "giảm" if fall else "tăng"
    difference = _ordered(sign * (bn.lo - bo.hi), sign * (bn.hi - bo.lo))
    diff_value = sign * (new.value - old.value)
    diff_text = f"{vn(new.value, unit)} − {vn(old.value, unit)} = {vn(new.value - old.value, unit)}"
    if stated.type == "percent" and "điểm" not in stated.text:
        q = quotient(bn, bo)
        relative = _ordered(sign * (q.lo - 1) * 100, sign * (q.hi - 1) * 100)
        value = sign * (new.value / old.value - 1) * 100
        arithmetic = f"{vn(new.value, unit)} / {vn(old.value, unit)} − 1 = {vn(sign * value, '%')}; " \
                     f"stated {direction} {vn(stated.value, '%')}"
        if new.type == "percent" and bs.meets(difference) and not bs.meets(relative):
            # "từ 38% lên 43%, tăng 5%": points written with a plain %
            return judge("change", bs, difference, stated.value, diff_value, diff_text + " (points)",
                         mentions, roles, sentence, why)
        return judge("change", bs, relative, stated.value, value, arithmetic, mentions, roles, sentence, why)
    return judge("change", bs, difference, stated.value, diff_value,
                 f"{diff_text}; stated {direction} {vn(stated.value, unit_of(stated))}", mentions, roles, sentence, why)


def _ordered(a: Decimal, b: Decimal) -> Bounds:
    return Bounds(min(a, b), max(a, b), "")
