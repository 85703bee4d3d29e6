"""The same indicator stated twice with different values (kind `repeated`): shown for the reader
to judge (`unverifiable`), since one report often measures two things in the same words."""
from __future__ import annotations

from ..arithmetic import vn
from .base import Article, Finding


def find(article: Article) -> list[Finding]:
    findings, seen = [], {}
    for m in article.mentions:
        if not m.indicator or len(m.indicator.split()) < 6 or m.value_max is not None:
            continue
        key = (m.type, m.unit, m.indicator.lower(), tuple(m.years or ()), m.status, m.activity)
        first = seen.setdefault(key, m)
        if first is m or article.bounds(first).meets(article.bounds(m)):
            continue
        findings.append(Finding("repeated", "unverifiable", f"{m.indicator}: {vn(first.value, m.unit)} and "
                                f"{vn(m.value, m.unit)}", [m, first], m.value - first.value, None,
                                missing="whether both figures measure the same thing", sentence=m.sentence or "",
                                roles=["later", "earlier"]))
    return findings
