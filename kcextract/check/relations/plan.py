"""Progress against a plan (kind `of_plan`): `đã thực hiện 2,1 tỷ đồng, đạt 35% kế hoạch`.

The result divided by the plan gives the percentage. The plan may be written in brackets after
the percentage (`đạt 40% kế hoạch năm (5 tỷ đồng)`) or anywhere in the paragraph before, as a
figure of the same kind named as a plan (`được giao kế hoạch 6 tỷ đồng`, `chỉ tiêu 120 cơ sở`,
`dự toán 8 tỷ đồng`). Without a stated plan the finding is `unverifiable` and names the plan
the figures imply.
"""
from __future__ import annotations

import regex

from ...records import Mention
from ..arithmetic import Bounds, quotient, vn
from .base import Article, Finding, I, judge, same_kind, unit_of, whys

PLAN_BEFORE = regex.compile(r"(?<!\p{L})(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu|được giao|giao|KH)(?!\p{L})"
                            r"[^.;\d]{0,40}$", I)
RESULT_GAP = regex.compile(r"[^.;\d]{0,30}$")

EXAMPLES = [   # (passage, percentage, verdict)
    ("Năm 2023, Trung tâm được giao kế hoạch 6 tỷ đồng; đến tháng 9 đã thực hiện 2,1 tỷ đồng, đạt 35% kế hoạch.",
     "35%", "consistent"),
    ("Nguồn khuyến công địa phương giải ngân 2 tỷ đồng, đạt 40% kế hoạch năm (5 tỷ đồng).", "40%", "consistent"),
    ("Lũy kế giải ngân 1,8 tỷ đồng, đạt 45% kế hoạch.", "45%", "unverifiable"),
]


def _result(article: Article, pct: Mention) -> Mention | None:
    """The figure the percentage measures: the one right before it in its sentence."""
    s_start, _ = article.sentence(pct.start)
    before = [m for m in article.within(s_start, pct.start) if m.type in ("money", "count") and m.value_max is None]
    if before and RESULT_GAP.fullmatch(article.text[before[-1].end:pct.start]):
        return before[-1]
    return None


def _stated_plan(article: Article, pct: Mention, done: Mention) -> Mention | None:
    text = article.text
    # "(5 tỷ đồng)" right after "kế hoạch năm"
    close = regex.match(r"[^()\n.;]{0,30}\(\s*", text[pct.end:pct.end + 40])
    if close:
        inside = [m for m in article.within(pct.end, pct.end + close.end() + 30) if same_kind(done, m)]
        if inside and inside[0].start >= pct.end + close.end() - 1:
            return inside[0]
    p_start, _ = article.paragraph(pct.start)
    candidates = [m for m in article.within(p_start, done.start) if same_kind(done, m)
                  and PLAN_BEFORE.search(text, max(p_start, m.start - 60), m.start)]
    return candidates[-1] if candidates else None


def find(article: Article) -> list[Finding]:
    findings = []
    for pct in article.mentions:
        if pct.type != "percent" or pct.relation != "of_plan" or pct.value == 0:
            continue
        done = _result(article, pct)
        if done is None:
            continue
        unit = unit_of(done)
        sentence = article.sentence_text(pct.start)
        plan = _stated_plan(article, pct, done)
        if plan is None or plan.value == 0:
            implied = done.value * 100 / pct.value
            findings.append(Finding("of_plan", "unverifiable",
                                    f"{vn(done.value, unit)} / {vn(pct.value, '%')} ⇒ plan ≈ {vn(implied, unit)}",
                                    [pct, done], missing=f"the plan (implied ≈ {vn(implied, unit)}) is not stated",
                                    sentence=sentence, roles=["stated", "result"]))
            continue
        q = quotient(article.bounds(done), article.bounds(plan))
        computed = Bounds(q.lo * 100, q.hi * 100, "")
        value = done.value / plan.value * 100
        findings.append(judge("of_plan", article.bounds(pct), computed, pct.value, value,
                              f"{vn(done.value, unit)} / {vn(plan.value, unit)} = {vn(value, '%')}; "
                              f"stated {vn(pct.value, '%')}", [pct, done, plan], ["stated", "result", "plan"],
                              sentence, whys(article, [pct, done, plan])))
    return findings
