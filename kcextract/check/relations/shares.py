"""A part and its share of a total (kind `share`); shares of one whole adding to 100 (kind `shares`).

- `17 tỷ đồng (chiếm 11,8%)`, `540 lao động nữ, chiếm 60%`, `..., bằng 38% tổng số`: the part
  divided by the total it belongs to (the total of its `trong đó` list, or the figure of its kind
  before the list) must give the stated percentage;
- the stated shares of all the parts of one whole add to 100; so do the percentages of a
  breakdown written without amounts (`Cơ cấu nguồn vốn: ngân sách trung ương 20%, ngân sách
  địa phương 30%, doanh nghiệp 50%`).
"""
from __future__ import annotations

from decimal import Decimal

import regex

from ...records import Mention
from ..arithmetic import Bounds, quotient, vn
from .base import Article, Finding, I, judge, whys
from .parts import groups

SHARE_BEFORE = regex.compile(r"[(,]?\s*(?:và\s+)?(?:chiếm|bằng|tương đương|đạt)\s*(?:tỷ lệ\s*|khoảng\s*|gần\s*|hơn\s*)?$", I)
# percentages of one whole, written without amounts
WHOLE_BREAKDOWN = regex.compile(r"(?<!\p{L})(?:cơ cấu|tỷ trọng|phân theo|chia theo)(?!\p{L})[^.\n]{0,80}?:", I)

EXAMPLES = [   # (passage, [percentages], verdict of the first finding)
    ("Năm 2022, huyện đào tạo 900 lao động, trong đó có 540 lao động nữ, chiếm 60%.", ["60%"], "consistent"),
    ("Tổng vốn 50 tỷ đồng, trong đó ngân sách 20 tỷ đồng (chiếm 40%) và doanh nghiệp 30 tỷ đồng (chiếm 60%).",
     ["40%"], "consistent"),
    ("Cơ cấu nguồn vốn: ngân sách trung ương 20%, ngân sách địa phương 30%, doanh nghiệp 50%.",
     ["20%", "30%", "50%"], "consistent"),
    ("Cơ cấu lao động: phổ thông 55%, trung cấp 30%, cao đẳng 25%.", ["55%", "30%", "25%"], "inconsistent"),
]


def _stated_share(article: Article, part: Mention) -> Mention | None:
    """The percentage written right after a part: "17 tỷ đồng (chiếm 11,8%)"."""
    text = article.text
    following = [m for m in article.mentions if part.end <= m.start < part.end + 80]
    if not following or following[0].type != "percent":
        return None                # another figure comes first: the share is not this part's
    s = following[0]
    if s.relation in ("of_plan", "change"):
        return None                # "đạt 39,59% kế hoạch": progress, not a share
    between = text[part.end:s.start]
    if regex.search(r"[;.]", between) or not SHARE_BEFORE.search(between):
        return None
    return s


def find(article: Article) -> list[Finding]:
    findings, used = [], set()
    for g in groups(article):
        stated = []
        for p in g.parts:
            share = _stated_share(article, p)
            if share is None or g.total.value == 0:
                continue
            stated.append(share)
            used.add(share.start)
            findings.append(_share(article, share, p, g.total, g.sentence))
        if len(stated) >= 2 and len(stated) == len(g.parts) and not g.partial:
            findings.append(_to_hundred(article, stated, g.sentence))
    findings += _breakdowns(article, used)
    return findings


def _share(article: Article, share: Mention, part: Mention, total: Mention, sentence: str) -> Finding:
    q = quotient(article.bounds(part), article.bounds(total))
    computed = Bounds(q.lo * 100, q.hi * 100, "")
    value = part.value / total.value * 100
    return judge("share", article.bounds(share), computed, share.value, value,
                 f"{vn(part.value, part.unit if part.type == 'money' else None)} / "
                 f"{vn(total.value, total.unit if total.type == 'money' else None)} = {vn(value, '%')}; "
                 f"stated {vn(share.value, '%')}", [share, part, total], ["stated", "part", "total"],
                 sentence, whys(article, [share, part, total]))


def _to_hundred(article: Article, stated: list[Mention], sentence: str) -> Finding:
    computed = Bounds(Decimal(0), Decimal(0), "")
    for s in stated:
        computed = computed + article.bounds(s)
    value = sum((s.value for s in stated), Decimal(0))
    written = " + ".join(vn(s.value, "%") for s in stated) + f" = {vn(value, '%')}"
    roles = ["part"] * len(stated)
    return judge("shares", Bounds(Decimal(100), Decimal(100), ""), computed, Decimal(100), value,
                 written + "; a whole is 100%", stated, roles, sentence, whys(article, stated))


def _breakdowns(article: Article, used: set[int]) -> list[Finding]:
    """Percentages listed after "Cơ cấu ...:" in its sentence, with no amount among them: all the parts."""
    text, findings = article.text, []
    for m in WHOLE_BREAKDOWN.finditer(text):
        s_start, s_end = article.sentence(m.end())
        listed = [p for p in article.within(m.end(), s_end, "percent") if p.start not in used and p.value_max is None]
        if len(listed) >= 2 and not [x for x in article.within(m.end(), s_end) if x.type != "percent"]:
            findings.append(_to_hundred(article, listed, text[s_start:s_end].strip()))
            used.update(p.start for p in listed)
    return findings
