"""A total and its parts (kind `sum`).

Where reporters write them:
- after `trong đó`, `bao gồm`, `gồm`, `cụ thể`, `phân bổ cho`, `chia ra`: the parts follow in the
  sentence, or, after a colon, over semicolons and the following sentences of the paragraph, and
  over the item lines under a line that ends in the colon; a `còn lại` remainder is a part;
- in brackets right after the total: `7.968,6 triệu đồng (ngân sách Trung ương 1.744 triệu đồng;
  ngân sách địa phương 6.224,6 triệu đồng)`;
- a lead figure broken down paragraph by paragraph: `Cụ thể, ...`, `Ngoài ra, ...`;
- counts split into groups: `900 lao động, trong đó 540 nữ và 360 nam`.
Lists that name only some parts (`trong đó có`, `chủ yếu`, `như`, a single part) must not exceed
the total; a `trong đó có` list of two complementary halves (nam / nữ, ...) is whole.
Mixed scales (tỷ and triệu) add up in đồng.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from ...records import Mention
from ..arithmetic import Bounds, vn
from .base import Article, Finding, I, judge, same_kind, unit_of, whys

TRIGGER = regex.compile(r"(?<!\p{L})(?:trong đó|bao gồm|gồm|cụ thể(?: là| như| gồm)?|phân bổ cho|chia ra|chia thành|"
                        r"chia làm|(?P<such>như(?=\s*:)|nhiều nhất là|chủ yếu là))(?!\p{L})(?P<some>\s+có)?", I)
MAINLY = regex.compile(r"(?<![\p{L}])Chủ yếu(?!\p{L})")
PARAGRAPH_PARTS = regex.compile(r"\s*(?:Cụ thể|Ngoài ra|Đồng thời|Bên cạnh đó|Cuối cùng|Thêm vào đó|Tiếp theo)\b", I)
# Pairs that split a whole in two: "trong đó có A khách quốc tế và B khách nội địa" lists all of it.
COMPLEMENTS = [("quốc tế", "nội địa"), ("trong nước", "ngoài nước"), ("nam", "nữ"), ("thành thị", "nông thôn"),
               ("trung ương", "địa phương"), ("nhà nước", "ngoài nhà nước"), ("trong tỉnh", "ngoài tỉnh"),
               ("xuất khẩu", "nội địa"), ("trong nước", "nước ngoài"), ("cá nhân", "doanh nghiệp"),
               ("quốc gia", "địa phương")]

EXAMPLES = [   # (passage, total, parts, verdict): each is a test (tests/test_relations.py)
    ("Năm 2023, Thái Bình hỗ trợ 18 đề án, trong đó 11 đề án khuyến công quốc gia và 7 đề án địa phương.",
     "18 đề án", ["11 đề án", "7 đề án"], "consistent"),
    ("Tổng kinh phí 2,35 tỷ đồng, gồm: ngân sách tỉnh 850 triệu đồng; vốn đối ứng của cơ sở 1,5 tỷ đồng.",
     "2,35 tỷ đồng", ["850 triệu đồng", "1,5 tỷ đồng"], "consistent"),
    ("Huyện đào tạo 900 lao động, trong đó có 540 lao động nữ và 360 lao động nam.",
     "900 lao động", ["540 lao động", "360 lao động"], "consistent"),
    ("Tổng vốn thực hiện 3.600 triệu đồng. Cụ thể: xây dựng mô hình trình diễn 1.200 triệu đồng; "
     "hỗ trợ máy móc 1.900 triệu đồng; còn lại là đào tạo 500 triệu đồng.",
     "3.600 triệu đồng", ["1.200 triệu đồng", "1.900 triệu đồng", "500 triệu đồng"], "consistent"),
    ("Tổng kinh phí gần 10 tỷ đồng, trong đó ngân sách tỉnh 3,2 tỷ đồng và doanh nghiệp 8,6 tỷ đồng.",
     "10 tỷ đồng", ["3,2 tỷ đồng", "8,6 tỷ đồng"], "inconsistent"),
    ("Tỉnh có 64 sản phẩm OCOP, trong đó có 12 sản phẩm 4 sao.", "64 sản phẩm", ["12 sản phẩm"], "consistent"),
    ("Năm 2024, tổng kinh phí khuyến công của Yên Bái là 2.750 triệu đồng, bao gồm:\n"
     "- Đào tạo nghề: 450 triệu đồng;\n- Hỗ trợ máy móc, thiết bị: 1.800 triệu đồng;\n- Hội chợ, triển lãm: 500 triệu đồng.",
     "2.750 triệu đồng", ["450 triệu đồng", "1.800 triệu đồng", "500 triệu đồng"], "consistent"),
]


@dataclass
class Group:
    total: Mention
    parts: list[Mention]
    partial: bool
    sentence: str


def groups(article: Article) -> list[Group]:
    """Every total with its parts, found once per article."""
    if article.groups is None:
        article.groups = _after_triggers(article) + _mainly(article) + _brackets(article) + _paragraphs(article)
    return article.groups


def find(article: Article) -> list[Finding]:
    return [judge_group(article, g) for g in groups(article)]


def judge_group(article: Article, g: Group) -> Finding:
    unit = unit_of(g.total)
    stated = article.bounds(g.total)
    computed = Bounds(Decimal(0), Decimal(0), "")
    for p in g.parts:
        computed = computed + article.bounds(p)
    value = sum((p.value for p in g.parts), Decimal(0))
    written = " + ".join(vn(p.value, unit) for p in g.parts) + (f" = {vn(value, unit)}" if len(g.parts) > 1 else "")
    roles = ["total"] + ["part"] * len(g.parts)
    why = whys(article, [g.total, *g.parts])
    if g.partial:
        ok = computed.lo <= stated.hi
        return Finding("sum", "consistent" if ok else "inconsistent",
                       f"{written} ≤ {vn(g.total.value, unit)} (the parts listed are some of it)",
                       [g.total, *g.parts], None if ok else value - g.total.value, stated.hi - g.total.value,
                       sentence=g.sentence, why=why, roles=roles)
    return judge("sum", stated, computed, g.total.value, value, f"{written}; stated {vn(g.total.value, unit)}",
                 [g.total, *g.parts], roles, g.sentence, why)


def _top_level(text: str, parts: list[Mention]) -> list[Mention]:
    """Parts outside the brackets that break another part down further."""
    out, depth_end = [], -1
    for m in parts:
        if m.start < depth_end:
            continue
        out.append(m)
        if text[m.end:m.end + 3].lstrip().startswith("("):
            close = text.find(")", m.end)
            depth_end = close if close > 0 else -1
    return out


_ITEM_LINE = regex.compile(r"\n[ \t]*(?:[-+•*]|\d+[.)]|[a-zđ]\)|\p{Ll})[^\n]*")


def _list_end(text: str, line_end: int) -> int:
    """The end of a list that a line ending in a colon opens: the item lines right under it
    ("- ...", "+ ...", "1. ...", or lines that go on in lower case)."""
    if not text[:line_end].rstrip().endswith(":"):
        return line_end
    end = line_end
    while (m := _ITEM_LINE.match(text, end)) is not None:
        end = m.end()
    return end


_A_TOTAL = regex.compile(r"(?<!\p{L})(?:tổng|tổng cộng|tổng số|tổng nguồn vốn|tổng kinh phí)(?!\p{L})[^,;.\d]{0,40}$", I)


def _not_a_part(text: str, m: Mention) -> bool:
    """A figure named as a total ("với tổng nguồn vốn ... 1.121 tỷ đồng") or the denominator of a
    fraction ("10/86 doanh nghiệp") is not one of the parts."""
    return bool(_A_TOTAL.search(text, max(0, m.start - 50), m.start)) or text[max(0, m.start - 1):m.start] == "/"


def _complementary(text: str, parts: list[Mention]) -> bool:
    if len(parts) != 2:
        return False
    words = [" " + " ".join(regex.findall(r"\p{L}+", text[max(0, p.start - 25):p.end + 25].lower())) + " "
             for p in parts]
    return any((f" {a} " in words[0] and f" {b} " in words[1]) or (f" {b} " in words[0] and f" {a} " in words[1])
               for a, b in COMPLEMENTS)


def _after_triggers(article: Article) -> list[Group]:
    text, found = article.text, []
    figures = [m for m in article.mentions if m.type in ("money", "count")]
    for trig in TRIGGER.finditer(text):
        s_start, s_end = article.sentence(trig.start())
        line_start, line_end = article.paragraph(trig.start())
        head = text[s_start:trig.start()]
        before = [m for m in figures if s_start <= m.start < trig.start()]
        opens = not head.strip(" ,.:-")
        if opens:                             # "Trong đó, ..." opens the sentence: the whole is a sentence back
            p_start, _ = article.sentence(max(0, s_start - 2))
            before = [m for m in figures if p_start <= m.start < s_start]
        parts_end = s_end
        if regex.match(r"\s*:", text[trig.end():trig.end() + 3]) or regex.search(r":\s*$", head):
            parts_end = _list_end(text, line_end)   # a list after a colon: its paragraph and the item lines under it
        bracket = text.rfind("(", s_start, trig.start())
        if bracket > text.rfind(")", s_start, trig.start()):
            close = text.find(")", trig.end())
            parts_end = close if close >= 0 else parts_end    # "(trong đó: ...)" ends with its bracket
        after = [m for m in figures if trig.end() <= m.start < parts_end and not _not_a_part(text, m)]
        for kind in ("money", "count"):
            totals = [m for m in before if m.type == kind and m.value_max is None]
            if not totals:
                # the whole may stand a sentence earlier in the paragraph
                p_start, _ = article.sentence(max(line_start, s_start - 2))
                totals = [m for m in figures if max(p_start, line_start) <= m.start < s_start
                          and m.type == kind and m.value_max is None]
            if not totals:
                continue
            total = totals[-1]
            # "63 dự án, trong đó có 24 công trình ...": the list breaks down the figure right before it
            nearest = [m for m in before if m.type != "percent"]
            if nearest and nearest[-1] is not total and not opens:
                continue
            parts = _top_level(text, [m for m in after if same_kind(total, m)])
            # a part bigger than the whole that a list names "some of" is not a part of it
            if not parts or (len(parts) == 1 and not (trig["some"] or trig["such"] or "trong đó" in trig[0].lower())):
                continue
            partial = bool(trig["such"]) or len(parts) == 1 or (bool(trig["some"]) and not _complementary(text, parts))
            found.append(Group(total, parts, partial, text[s_start:s_end].strip()))
    return found


def _mainly(article: Article) -> list[Group]:
    """"... 310 triệu đồng. Chủ yếu tập trung hỗ trợ ... 160 triệu đồng; ... 100 triệu đồng": some of it."""
    text, found = article.text, []
    for trig in MAINLY.finditer(text):
        line_start, line_end = article.paragraph(trig.start())
        before = [m for m in article.within(line_start, trig.start(), "money") if m.value_max is None]
        if not before:
            continue
        total = before[-1]
        parts = [m for m in article.within(trig.end(), line_end) if same_kind(total, m)]
        if len(parts) >= 2:
            found.append(Group(total, parts, True, article.sentence_text(total.start)))
    return found


def _brackets(article: Article) -> list[Group]:
    """"7.968,6 triệu đồng (ngân sách Trung ương 1.744 triệu đồng; ngân sách địa phương 6.224,6)"."""
    text, found = article.text, []
    for m in article.mentions:
        if m.type not in ("money", "count") or not text[m.end:m.end + 3].lstrip().startswith("("):
            continue
        close = text.find(")", m.end)
        if close < 0:
            continue
        inside = [p for p in article.within(m.end + 1, close) if same_kind(m, p)]
        if len(inside) >= 2:
            found.append(Group(m, inside, False, article.sentence_text(m.start)))
    return found


def _paragraphs(article: Article) -> list[Group]:
    """A lead figure, then one paragraph per part: "Cụ thể, ... 2,110 tỷ đồng", "Ngoài ra, ... 310 triệu"."""
    text, found = article.text, []
    paragraphs = [(m.start(), m.end()) for m in regex.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(paragraphs):
        a, b = paragraphs[i]
        if regex.match(r"\s*Cụ thể\b", text[a:b], flags=I) and i > 0:
            lead_a, lead_b = paragraphs[i - 1]
            money = [m for m in article.within(lead_a, lead_b, "money") if m.value_max is None]
            parts, j = [], i
            while j < len(paragraphs) and money:
                p_a, p_b = paragraphs[j]
                first = next((m for m in article.within(p_a, p_b) if same_kind(money[-1], m)), None)
                if PARAGRAPH_PARTS.match(text, p_a):
                    if first:
                        parts.append(first)
                elif first or len(text[p_a:p_b].split()) < 12:
                    break          # another figure or a heading: the breakdown is over
                j += 1
            if money and len(parts) >= 2:
                found.append(Group(money[-1], parts, False, text[lead_a:lead_b].strip()))
            i = max(j, i + 1)
        else:
            i += 1
    return found
