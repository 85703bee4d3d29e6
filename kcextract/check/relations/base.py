"""What every relation finder shares: the finding, the article it reads, judging on intervals."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from ...extract.count import CLASSIFIERS
from ...records import Mention
from ..arithmetic import Bounds, bounds, vn

I = regex.IGNORECASE
SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n")


@dataclass
class Finding:
    kind: str                      # sum | share | shares | of_plan | change | average | ratio | repeated
    verdict: str                   # consistent | inconsistent | unverifiable
    arithmetic: str                # written out in Vietnamese number style
    mentions: list[Mention] = field(default_factory=list)
    difference: Decimal | None = None
    tolerance: Decimal | None = None
    missing: str | None = None
    sentence: str = ""
    why: str = ""                  # how the tolerance follows from the writing
    roles: list[str] = field(default_factory=list)   # one per mention: stated, part, total, ...

    def as_dict(self) -> dict:
        roles = self.roles or [""] * len(self.mentions)
        return {"kind": self.kind, "verdict": self.verdict, "arithmetic": self.arithmetic,
                "difference": self.difference, "tolerance": self.tolerance, "why": self.why,
                "missing": self.missing,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text, "role": r}
                             for m, r in zip(self.mentions, roles)],
                "doc_id": self.mentions[0].doc_id if self.mentions else None, "sentence": self.sentence}


@dataclass
class Article:
    text: str
    mentions: list[Mention]        # sorted by start
    groups: list | None = None     # totals and their parts, found once (parts.groups)

    def __post_init__(self):
        self._starts = [m.start for m in self.mentions]

    def bounds(self, m: Mention) -> Bounds:
        return bounds(m, self.text)

    def sentence(self, pos: int) -> tuple[int, int]:
        start = max((m.end() for m in SENTENCE_END.finditer(self.text, 0, pos)), default=0)
        end = SENTENCE_END.search(self.text, pos)
        return start, end.start() if end else len(self.text)

    def sentence_text(self, pos: int) -> str:
        a, b = self.sentence(pos)
        return self.text[a:b].strip()

    def paragraph(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, end if end >= 0 else len(self.text)

    def within(self, lo: int, hi: int, kind: str | None = None) -> list[Mention]:
        return [m for m in self.mentions[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]
                if kind is None or m.type == kind]


def same_kind(a: Mention, b: Mention) -> bool:
    """Figures that can be added: money of one currency, percentages, counts of one noun."""
    if a.type != b.type or a.value_max is not None or b.value_max is not None:
        return False
    if a.type == "money":
        return a.unit == b.unit
    if a.type == "count":
        na, nb = noun(a.unit), noun(b.unit)        # "lượt du khách" and "lượt khách" count the same
        return na == nb or na.endswith(" " + nb) or nb.endswith(" " + na) or \
            na.split()[:1] == nb.split()[:1]
    return True


# Nouns a report uses for the same thing ("Hỗ trợ 26 dự án ..., trong đó: ... 22 đề án ... 4 đề án").
_SAME_NOUN = {"dự án": "đề án"}


def noun(unit: str | None) -> str:
    """The counted noun without its classifier: "lượt cán bộ" -> "cán bộ", "cuộc hội chợ" -> "hội chợ"."""
    words = (unit or "").lower().split()
    if len(words) >= 2 and words[0] in CLASSIFIERS:
        words = words[1:]
    name = " ".join(words)
    return _SAME_NOUN.get(name, name)


def unit_of(m: Mention) -> str | None:
    return m.unit if m.type in ("money", "percent") else None


def judge(kind: str, stated: Bounds, computed: Bounds, stated_value: Decimal, computed_value: Decimal,
          arithmetic: str, mentions: list[Mention], roles: list[str], sentence: str, why: str) -> Finding:
    """consistent when the computed interval meets the stated one."""
    ok = stated.meets(computed)
    diff = computed_value - stated_value
    tol = (stated.hi - stated.lo) / 2 + (computed.hi - computed.lo) / 2
    return Finding(kind, "consistent" if ok else "inconsistent", arithmetic, mentions,
                   None if ok else diff, tol, sentence=sentence, why=why, roles=roles)


def whys(article: Article, ms: list[Mention]) -> str:
    """The tolerance of each figure that is not exact, in words."""
    parts = []
    for m in ms:
        b = article.bounds(m)
        if b.why != "exact":
            parts.append(f"{m.text}: {b.why}")
    return "; ".join(parts) or "all figures exact"


__all__ = ["Finding", "Article", "same_kind", "noun", "judge", "whys", "unit_of", "vn", "I"]
