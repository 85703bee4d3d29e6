"""Province gazetteer: the 63 units before 1 July 2025, the 34 after, and common forms.

The 34 merged units come from the `vietnam-provinces` package (official data); the
old-to-new mapping and the spellings news sites use (`TPHCM`, `TP. Hồ Chí Minh`,
`Thừa Thiên - Huế`) are in `data/provinces_2025.csv`, checked against that package
by the tests.
"""
from __future__ import annotations

import csv
from collections import Counter
from functools import lru_cache
from pathlib import Path

import regex

NATIONAL = "Cả nước"
DATA = Path(__file__).with_name("data") / "provinces_2025.csv"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(form -> province name before 2025, province -> merged 2025 unit)."""
    forms: dict[str, str] = {}
    merged: dict[str, str] = {}
    with DATA.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["province"]
            merged[name] = row["province_2025"]
            for form in [name, *filter(None, row["aliases"].split("|"))]:
                forms[form] = name
    unknown = set(merged.values()) - set(merged_units())
    if unknown:       # a wrong row fails loudly, not silently
        raise ValueError(f"{DATA}: not official 2025 units: {sorted(unknown)}")
    return forms, merged


def provinces() -> list[str]:
    """The 63 provinces and centrally-run cities before the 2025 merger."""
    return list(_table()[1])


@lru_cache(maxsize=1)
def merged_units() -> list[str]:
    """The 34 units after 1 July 2025, as the official data names them."""
    import vietnam_provinces

    return sorted(p.name.removeprefix("Thành phố ").removeprefix("Tỉnh ")
                  for p in vietnam_provinces.Province.iter_all())


def province_2025(name: str | None) -> str | None:
    """The merged unit a province belongs to since 1 July 2025 (`Kiên Giang` -> `An Giang`)."""
    if name is None:
        return None
    if name == NATIONAL:
        return NATIONAL
    return _table()[1].get(canonical(name) or "", None)


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    forms = sorted(_table()[0], key=len, reverse=True)
    alternatives = "|".join(regex.escape(f).replace(r"\ ", r"[ ]+") for f in forms)
    # Names are capitalised; a province prefix ("tỉnh", "TP.") may stand before.
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])")


def canonical(name: str) -> str | None:
    """`TP. Hồ Chí Minh`, `tỉnh Kiên Giang`, `Thừa Thiên - Huế` -> the official name."""
    name = regex.sub(r"^\s*(?:tỉnh|thành phố|tp\.?)\s*", "", name.strip(), flags=regex.IGNORECASE)
    forms = _table()[0]
    if name in forms:
        return forms[name]
    m = _pattern().search(name)
    return forms[regex.sub(r"[ ]+", " ", m[0])] if m else None


def find_provinces(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, official name) of every province named in text[start:end]."""
    forms = _table()[0]
    end = len(text) if end is None else end
    return [(m.start(), m.end(), forms[regex.sub(r"[ ]+", " ", m[0])])
            for m in _pattern().finditer(text, start, end)]


def main_province(text: str, title: str | None = None) -> str | None:
    """The province an article is about: named in its title, else the one named in at
    least half of the places the text names (twice or more); None for national news."""
    if title:
        in_title = find_provinces(title)
        if in_title:
            return in_title[0][2]
    counts = Counter(name for _, _, name in find_provinces(text))
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 2 and n * 2 >= sum(counts.values()) else None
