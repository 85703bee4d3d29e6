"""Title and publication date of an article copied as plain text from its page.

Portal pages put a date line near the top (`(10:25 | 04/11/2018)`,
`20/09/2022 - 07:22`, `Vân Chi 15:44 | 17/05/2024`) and the title just above it;
a line that starts with a weekday (`Thứ hai 17/06/2019 09:07`) is the page's own
clock, not the article's date.
"""
from __future__ import annotations

import datetime as dt

import regex

_DATE = regex.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_CLOCK_LINE = regex.compile(r"^\W*(?:thứ\s+\w+|chủ\s+nhật)\b", regex.IGNORECASE)
_TOP_LINES = 15


def _iso(m: regex.Match) -> str | None:
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    except ValueError:
        return None


def title_and_date(text: str) -> tuple[str | None, str | None]:
    """(title, ISO date) from the top of an article's text; None where not found."""
    lines = [line.strip() for line in text.splitlines()[:_TOP_LINES * 3]]
    lines = [line for line in lines if line][:_TOP_LINES]
    title = date = None
    for i, line in enumerate(lines):
        m = _DATE.search(line)
        if not m or _CLOCK_LINE.match(line):
            continue
        # a date line holds little else than the date (and a time or an author)
        rest = _DATE.sub("", line)
        if len(regex.findall(r"\p{L}+", rest)) > 6:
            continue
        date = _iso(m)
        if date:
            candidates = [l for l in lines[:i] if len(regex.findall(r"\p{L}+", l)) >= 4 and not _CLOCK_LINE.match(l)]
            title = candidates[-1] if candidates else None
            break
    if title is None:
        title = next((l for l in lines if len(regex.findall(r"\p{L}+", l)) >= 4), None)
    return title, date
