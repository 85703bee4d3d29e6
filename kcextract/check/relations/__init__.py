"""The catalogue of relations a reader can check in an article, one module per kind, each with
its example table (tests/test_relations.py runs every example):

- parts.py     a total and its parts (`sum`)
- shares.py    a part and its share of a total (`share`); shares of one whole adding to 100 (`shares`)
- plan.py      progress against a plan (`of_plan`)
- change.py    change against an earlier value (`change`)
- average.py   averages and per-unit amounts against totals and counts (`average`)
- ratio.py     stated ratios, `cứ 1 đồng ... thu hút N đồng` (`ratio`)
- repeated.py  the same indicator stated twice (`repeated`, for the reader to judge)

Every figure stands for an interval (arithmetic.py: its written precision and its hedge); a
relation is consistent when what the other figures give meets what is stated.
"""
from __future__ import annotations

from ...records import Mention
from . import average, change, parts, plan, ratio, repeated, shares
from .base import Article, Finding

FINDERS = (parts, shares, plan, change, average, ratio, repeated)
KINDS = ("sum", "share", "shares", "of_plan", "change", "average", "ratio", "repeated")


def find_relations(text: str, mentions: list[Mention]) -> list[Finding]:
    """Every checkable relation among the figures of one article, judged."""
    article = Article(text, sorted(mentions, key=lambda m: m.start))
    findings = [f for finder in FINDERS for f in finder.find(article)]
    unique, seen = [], set()
    for f in findings:
        key = (f.kind, tuple((m.start, m.end) for m in f.mentions))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return sorted(unique, key=lambda f: min(m.start for m in f.mentions))


__all__ = ["Finding", "find_relations", "KINDS", "FINDERS"]
