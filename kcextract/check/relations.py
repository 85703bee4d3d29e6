"""Groups of figures in one article that should agree, found from the sentence structure.

- sum: a total and its parts, "tổng kinh phí T. Trong đó, A ...; B ..." (`trong đó có`
  lists only some parts: then the parts must not exceed the total), parts in brackets
  after a figure ("7.968,6 triệu đồng (ngân sách Trung ương 1.744; địa phương 6.224,6)"),
  and a lead figure broken down paragraph by paragraph ("Cụ thể, ...", "Ngoài ra, ...").
- share: "17 tỷ đồng (chiếm 11,8%)" of the total it is part of; shares of one whole add to 100.
- of_plan: "2,679 tỷ đồng, đạt 33,16% so với kế hoạch": the plan it implies.
- ratio: "một đồng của nhà nước đã thu hút 1,7 đồng" of the state and the facilities' money.
- repeated: the same indicator stated twice in one article.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import regex

from ..extract.count import CLASSIFIERS
from ..records import Mention
from .arithmetic import tolerance, vn

I = regex.IGNORECASE
SUM_TRIGGER = regex.compile(r"(?<!\p{L})(?:trong đó|bao gồm|gồm|cụ thể là)(?!\p{L})(?P<some>\s+có)?", I)
# "... 310 triệu đồng. Chủ yếu tập trung hỗ trợ ... 160 triệu đồng; ... 100 triệu đồng; ... 50 triệu đồng":
# the main uses of the figure before, listed to the end of the paragraph (some of it, not all)
MAINLY = regex.compile(r"(?<![\p{L}])Chủ yếu(?!\p{L})")
PARAGRAPH_PARTS = regex.compile(r"\s*(?:Cụ thể|Ngoài ra|Đồng thời|Bên cạnh đó|Cuối cùng|Thêm vào đó|Tiếp theo)\b", I)
SHARE_AFTER = regex.compile(r"\s*[(,]?\s*(?:chiếm|bằng|tương đương)\s*(?:tỷ lệ\s*)?$", I)
RATIO = regex.compile(r"(?<!\p{L})(?:một|1) đồng[^.]{0,60}?(?:thu hút|huy động|kéo theo)", I)
# Pairs that split a whole in two: "trong đó có A khách quốc tế và B khách nội địa" lists all of it.
COMPLEMENTS = [("quốc tế", "nội địa"), ("trong nước", "ngoài nước"), ("nam", "nữ"), ("thành thị", "nông thôn"),
               ("trung ương", "địa phương"), ("nhà nước", "ngoài nhà nước"), ("trong tỉnh", "ngoài tỉnh"),
               ("xuất khẩu", "nội địa"), ("trong nước", "nước ngoài")]
SENTENCE_END = regex.compile(r"\.(?:\s|$)|\n")


@dataclass
class Finding:
    kind: str                      # sum | share | shares | of_plan | ratio | repeated
    verdict: str                   # consistent | inconsistent | unverifiable
    arithmetic: str                # written out in Vietnamese number style
    mentions: list[Mention] = field(default_factory=list)
    difference: Decimal | None = None
    tolerance: Decimal | None = None
    missing: str | None = None
    sentence: str = ""

    def as_dict(self) -> dict:
        return {"kind": self.kind, "verdict": self.verdict, "arithmetic": self.arithmetic,
                "difference": self.difference, "tolerance": self.tolerance, "missing": self.missing,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in self.mentions],
                "doc_id": self.mentions[0].doc_id if self.mentions else None, "sentence": self.sentence}


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)
    end = SENTENCE_END.search(text, pos)
    return start, end.start() if end else len(text)


def _same_kind(a: Mention, b: Mention) -> bool:
    if a.type != b.type or a.value_max is not None or b.value_max is not None:
        return False
    if a.type == "money":
        return a.unit == b.unit
    if a.type == "count":
        na, nb = _noun(a.unit), _noun(b.unit)        # "lượt du khách" and "lượt khách" count the same
        return na == nb or na.endswith(" " + nb) or nb.endswith(" " + na)
    return True


# Nouns a report uses for the same thing ("Hỗ trợ 26 dự án ..., trong đó: ... 22 đề án ... 4 đề án").
_SAME_NOUN = {"dự án": "đề án"}


def _noun(unit: str | None) -> str:
    """The counted noun without its classifier: "lượt cán bộ" -> "cán bộ", "cuộc hội chợ" -> "hội chợ"."""
    words = (unit or "").lower().split()
    if len(words) >= 2 and words[0] in CLASSIFIERS:
        words = words[1:]
    noun = " ".join(words)
    return _SAME_NOUN.get(noun, noun)


def _verdict(stated: Decimal, computed: Decimal, tol: Decimal) -> tuple[str, Decimal]:
    diff = computed - stated
    return ("consistent" if abs(diff) <= tol else "inconsistent"), diff


def sum_finding(total: Mention, parts: list[Mention], partial: bool, sentence: str) -> Finding:
    computed = sum((p.value for p in parts), Decimal(0))
    tol = tolerance(total) + sum((tolerance(p) for p in parts), Decimal(0))
    unit = total.unit if total.type != "count" else None
    written = " + ".join(vn(p.value, unit) for p in parts) + f" = {vn(computed, unit)}"
    if partial:
        verdict = "consistent" if computed <= total.value + tol else "inconsistent"
        arithmetic = f"{written} ≤ {vn(total.value, unit)} (some of the parts are listed)"
        diff = computed - total.value if verdict == "inconsistent" else None
    else:
        verdict, diff = _verdict(total.value, computed, tol)
        arithmetic = f"{written}; stated {vn(total.value, unit)}"
    return Finding("sum", verdict, arithmetic, [total, *parts], diff, tol, sentence=sentence)


def _sums_after_triggers(text: str, ms: list[Mention]) -> list[Finding]:
    findings = []
    figures = [m for m in ms if m.type in ("money", "count")]
    for trig in SUM_TRIGGER.finditer(text):
        s_start, s_end = _sentence_bounds(text, trig.start())
        before = [m for m in figures if s_start <= m.start < trig.start()]
        if not text[s_start:trig.start()].strip(" ,"):           # "Trong đó, ..." opens the sentence
            p_start, _ = _sentence_bounds(text, max(0, s_start - 2))
            before = [m for m in figures if p_start <= m.start < s_start]
        parts_end = s_end
        if text[trig.end():trig.end() + 2].lstrip().startswith(":"):
            # "trong đó:" introduces a list that may run over several sentences of its paragraph
            line_end = text.find("\n", trig.end())
            parts_end = line_end if line_end >= 0 else len(text)
        after = [m for m in figures if trig.end() <= m.start < parts_end]
        line_start = text.rfind("\n", 0, trig.start()) + 1
        for kind in ("money", "count"):
            totals = [m for m in before if m.type == kind]
            if not totals:
                # the whole may stand a sentence earlier in the paragraph ("Hỗ trợ 26 dự án ... . Các
                # dự án ..., trong đó: ... 22 đề án ... 4 đề án")
                p_start, _ = _sentence_bounds(text, max(line_start, s_start - 2))
                totals = [m for m in figures if max(p_start, line_start) <= m.start < s_start and m.type == kind]
            if not totals:
                continue
            total = totals[-1]
            parts = [m for m in after if _same_kind(total, m)]
            top = _top_level(text, parts)
            if len(top) >= 2:
                partial = bool(trig["some"]) and not _complementary(text, top)
                findings.append(sum_finding(total, top, partial, text[s_start:s_end].strip()))
                findings += _shares(text, total, top, partial, ms, text[s_start:s_end].strip())
    return findings


def _complementary(text: str, parts: list[Mention]) -> bool:
    """True when two parts are the two halves of a pair (quốc tế / nội địa, nam / nữ, ...)."""
    if len(parts) != 2:
        return False
    words = [" " + " ".join(regex.findall(r"\p{L}+", text[p.end:p.end + 25].lower())) + " " for p in parts]
    return any((f" {a} " in words[0] and f" {b} " in words[1]) or (f" {b} " in words[0] and f" {a} " in words[1])
               for a, b in COMPLEMENTS)


def _top_level(text: str, parts: list[Mention]) -> list[Mention]:
    """Parts outside the brackets that break another part down further."""
    out = []
    depth_end = -1
    for m in parts:
        if m.start < depth_end:
            continue
        out.append(m)
        if text[m.end:m.end + 3].lstrip().startswith("("):
            close = text.find(")", m.end)
            depth_end = close if close > 0 else -1
    return out


def _mainly(text: str, ms: list[Mention]) -> list[Finding]:
    findings = []
    for trig in MAINLY.finditer(text):
        line_start = text.rfind("\n", 0, trig.start()) + 1
        line_end = text.find("\n", trig.end())
        line_end = line_end if line_end >= 0 else len(text)
        before = [m for m in ms if line_start <= m.start < trig.start() and m.type == "money" and m.value_max is None]
        if not before:
            continue
        total = before[-1]
        parts = [m for m in ms if trig.end() <= m.start < line_end and _same_kind(total, m)]
        if len(parts) >= 2:
            s_start, s_end = _sentence_bounds(text, total.start)
            findings.append(sum_finding(total, parts, True, text[s_start:s_end].strip()))
    return findings


def _bracket_sums(text: str, ms: list[Mention]) -> list[Finding]:
    """"7.968,6 triệu đồng (ngân sách Trung ương 1.744 triệu đồng; ngân sách địa phương 6.224,6)"."""
    findings = []
    for m in ms:
        if m.type not in ("money", "count") or not text[m.end:m.end + 3].lstrip().startswith("("):
            continue
        close = text.find(")", m.end)
        if close < 0:
            continue
        inside = [p for p in ms if m.end < p.start < close and _same_kind(m, p)]
        if len(inside) >= 2:
            s_start, s_end = _sentence_bounds(text, m.start)
            findings.append(sum_finding(m, inside, False, text[s_start:s_end].strip()))
    return findings


def _shares(text, total, parts, partial, ms, sentence) -> list[Finding]:
    """"17 tỷ đồng (chiếm 11,8%)": the share stated for each part of `total`."""
    findings, stated = [], []
    for p in parts:
        share = next((s for s in ms if s.type == "percent" and p.end < s.start < p.end + 25
                      and SHARE_AFTER.search(text, p.end, s.start)), None)
        if share is None or total.value == 0:
            continue
        computed = p.value / total.value * 100
        rel = tolerance(p) / abs(p.value) + tolerance(total) / abs(total.value) if p.value else Decimal(0)
        tol = tolerance(share) + abs(computed) * rel
        verdict, diff = _verdict(share.value, computed, tol)
        findings.append(Finding("share", verdict,
                                f"{vn(p.value, p.unit)} / {vn(total.value, total.unit)} = {vn(computed, '%')}; "
                                f"stated {vn(share.value, '%')}", [share, p, total], diff, tol, sentence=sentence))
        stated.append(share)
    if len(stated) >= 2 and len(stated) == len(parts) and not partial:
        computed = sum((s.value for s in stated), Decimal(0))
        tol = sum((tolerance(s) for s in stated), Decimal(0))
        verdict, diff = _verdict(Decimal(100), computed, tol)
        findings.append(Finding("shares", verdict, " + ".join(vn(s.value, "%") for s in stated)
                                + f" = {vn(computed, '%')}; a whole is 100%", stated, diff, tol, sentence=sentence))
    return findings


def _paragraph_sums(text: str, ms: list[Mention]) -> list[Finding]:
    """A lead figure, then one paragraph per part: "Cụ thể, ... 2,110 tỷ đồng", "Ngoài ra, ... 310 triệu"."""
    findings = []
    paragraphs = [(m.start(), m.end()) for m in regex.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(paragraphs):
        a, b = paragraphs[i]
        if regex.match(r"\s*Cụ thể\b", text[a:b], flags=I) and i > 0:
            lead_a, lead_b = paragraphs[i - 1]
            money = [m for m in ms if lead_a <= m.start < lead_b and m.type == "money" and m.value_max is None]
            parts, j = [], i
            while j < len(paragraphs) and money:
                p_a, p_b = paragraphs[j]
                first = next((m for m in ms if p_a <= m.start < p_b and _same_kind(money[-1], m)), None)
                if PARAGRAPH_PARTS.match(text, p_a):
                    if first:
                        parts.append(first)
                elif first or len(text[p_a:p_b].split()) < 12:
                    break          # another figure or a heading: the breakdown is over
                j += 1
            if money and len(parts) >= 2:
                findings.append(sum_finding(money[-1], parts, False, text[lead_a:lead_b].strip()))
            i = max(j, i + 1)
        else:
            i += 1
    return findings


def _of_plan(text: str, ms: list[Mention]) -> list[Finding]:
    findings = []
    for i, m in enumerate(ms):
        if m.type != "percent" or m.relation != "of_plan" or m.value == 0 or i == 0:
            continue
        done = ms[i - 1]
        if done.type not in ("money", "count") or m.start - done.end > 20 or done.value_max is not None:
            continue
        plan = done.value * 100 / m.value
        s_start, s_end = _sentence_bounds(text, m.start)
        findings.append(Finding("of_plan", "unverifiable",
                                f"{vn(done.value, done.unit if done.type != 'count' else done.unit)} / "
                                f"{vn(m.value, '%')} ⇒ plan ≈ {vn(plan, done.unit)}",
                                [m, done], missing=f"the plan (implied ≈ {vn(plan, done.unit)}) is not stated",
                                sentence=text[s_start:s_end].strip()))
    return findings


def _ratios(text: str, ms: list[Mention]) -> list[Finding]:
    findings = []
    for r in RATIO.finditer(text):
        stated = next((m for m in ms if m.type == "money" and r.end() <= m.start < r.end() + 15), None)
        p_start = text.rfind("\n", 0, r.start()) + 1
        before = [m for m in ms if p_start <= m.start < r.start() and m.type == "money" and m.value_max is None]
        enterprise = [m for m in before if m.funding == "enterprise"]
        if stated is None or not enterprise:
            continue
        grand = max((m.value for m in before), default=0)
        state = [m for m in before if m.funding in ("total", "national", "local") and m.value < grand]
        s_start, s_end = _sentence_bounds(text, r.start())
        if not state:
            findings.append(Finding("ratio", "unverifiable", f"stated {vn(stated.value)}", [stated],
                                    missing="the state's money", sentence=text[s_start:s_end].strip()))
            continue
        base = max(state, key=lambda m: m.value)
        part = enterprise[-1]
        computed = part.value / base.value
        tol = tolerance(stated) + computed * (tolerance(part) / part.value + tolerance(base) / base.value)
        verdict, diff = _verdict(stated.value, computed, tol)
        findings.append(Finding("ratio", verdict, f"{vn(part.value, 'VND')} / {vn(base.value, 'VND')} = "
                                f"{vn(computed)}; stated {vn(stated.value)}", [stated, part, base], diff, tol,
                                sentence=text[s_start:s_end].strip()))
    return findings


def _repeated(ms: list[Mention]) -> list[Finding]:
    """The same indicator stated twice with values that differ: shown for the reader to
    judge (unverifiable), since one report often measures two things in the same words."""
    findings = []
    seen: dict[tuple, Mention] = {}
    for m in ms:
        if not m.indicator or len(m.indicator.split()) < 6 or m.value_max is not None:
            continue
        key = (m.type, m.unit, m.indicator.lower(), tuple(m.years or ()), m.status, m.activity)
        first = seen.setdefault(key, m)
        if first is m:
            continue
        tol = tolerance(first) + tolerance(m)
        verdict, diff = _verdict(first.value, m.value, tol)
        if verdict == "inconsistent":
            findings.append(Finding("repeated", "unverifiable", f"{m.indicator}: {vn(first.value, m.unit)} and "
                                    f"{vn(m.value, m.unit)}", [m, first], diff, tol,
                                    missing="whether both figures measure the same thing", sentence=m.sentence or ""))
    return findings


def find_relations(text: str, mentions: list[Mention]) -> list[Finding]:
    """Every checkable relation among the figures of one article, judged."""
    ms = sorted(mentions, key=lambda m: m.start)
    findings = (_sums_after_triggers(text, ms) + _mainly(text, ms) + _bracket_sums(text, ms) + _paragraph_sums(text, ms)
                + _of_plan(text, ms) + _ratios(text, ms) + _repeated(ms))
    unique, seen = [], set()
    for f in findings:
        key = (f.kind, tuple((m.start, m.end) for m in f.mentions))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return sorted(unique, key=lambda f: min(m.start for m in f.mentions))
