"""Stated ratios (kind `ratio`): `cứ 1 đồng vốn nhà nước đã thu hút 1,7 đồng của các cơ sở`.

The businesses' money divided by the state's must give the stated amount per đồng.
"""
from __future__ import annotations

import regex

from ..arithmetic import quotient, vn
from .base import Article, Finding, I, judge, whys

RATIO = regex.compile(r"(?<!\p{L})(?:một|1) đồng[^.]{0,60}?(?:thu hút|huy động|kéo theo|đối ứng)", I)

EXAMPLES = [
    ("Tổng vốn 30 tỷ đồng, trong đó ngân sách nhà nước 10 tỷ đồng, vốn của các cơ sở 20 tỷ đồng. "
     "Như vậy, cứ một đồng của nhà nước đã thu hút 2 đồng của các cơ sở.", "2 đồng", "consistent"),
]


def find(article: Article) -> list[Finding]:
    text, findings = article.text, []
    for r in RATIO.finditer(text):
        stated = next((m for m in article.within(r.end(), r.end() + 15, "money")), None)
        p_start, _ = article.paragraph(r.start())
        lo = text.rfind("\n", 0, max(0, p_start - 1)) + 1      # and the paragraph before
        before = [m for m in article.within(lo, r.start(), "money") if m.value_max is None]
        enterprise = [m for m in before if m.funding == "enterprise"]
        if stated is None or not enterprise:
            continue
        grand = max((m.value for m in before), default=0)
        state = [m for m in before if m.funding in ("total", "national", "local") and m.value < grand]
        sentence = article.sentence_text(r.start())
        if not state:
            findings.append(Finding("ratio", "unverifiable", f"stated {vn(stated.value)}", [stated],
                                    missing="the state's money", sentence=sentence, roles=["stated"]))
            continue
        base = max(state, key=lambda m: m.value)
        part = enterprise[-1]
        q = quotient(article.bounds(part), article.bounds(base))
        value = part.value / base.value
        findings.append(judge("ratio", article.bounds(stated), q, stated.value, value,
                              f"{vn(part.value, 'VND')} / {vn(base.value, 'VND')} = {vn(value)}; stated {vn(stated.value)}",
                              [stated, part, base], ["stated", "part", "base"], sentence,
                              whys(article, [stated, part, base])))
    return findings
