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

_PREFIX = regex.compile(r"^\s*(?:tỉnh|thành phố|tp\.?)\s*", regex.IGNORECASE)
_SPACES = regex.compile(r"[ ]+")

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
    """The 34 units after 1 July 2025, as the official data names them (read from the package's
    data file: importing the package builds enums of every ward, 0.1 s of each process's start)."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("vietnam_provinces")
    data = Path(spec.origin).parent / "data" / "nested-divisions.json" if spec and spec.origin else None
    if data and data.exists():
        with data.open(encoding="utf-8") as f:
            names = [p["name"] for p in json.load(f)]
    else:
        import vietnam_provinces

        names = [p.name for p in vietnam_provinces.Province.iter_all()]
    return sorted(n.removeprefix("Thành phố ").removeprefix("Tỉnh ") for n in names)


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
    name = _PREFIX.sub("", name.strip())
    forms = _table()[0]
    if name in forms:
        return forms[name]
    m = _pattern().search(name)
    return forms[_SPACES.sub(" ", m[0])] if m else None


def find_provinces(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, official name) of every province named in text[start:end], not counting the
    given names of people ("Phó Thủ tướng Trương Hòa Bình", "ông Nguyễn Thái Bình")."""
    forms = _table()[0]
    end = len(text) if end is None else end
    return [(m.start(), m.end(), forms[_SPACES.sub(" ", m[0])])
            for m in _pattern().finditer(text, start, end)
            if not _PERSON_BEFORE.search(text, max(0, m.start() - 60), m.start())]


# A person's name: a role or an honorific, a common family name and at most two more syllables
# before the province name ("Phó Chủ tịch tỉnh Nguyễn Hòa Bình" is a person; "Giám đốc Sở Công
# Thương Hà Nam" is not: no family name stands before the province)
_SURNAMES = ("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Trương|Đinh|Đào|Lương|"
             "Trịnh|Đoàn|Lâm|Tạ|Cao|Lưu|Tô|Châu|Quách|Kiều|Vương|Đàm|Phùng|Triệu|Chu|Mai|Hà|Thái|Tăng|Văn")
_PERSON_BEFORE = regex.compile(
    r"(?<!\p{L})(?i:ông|bà|anh|chị|cụ|đồng chí|tướng|trưởng|tịch|đốc|thư|trực|sĩ|nhân|TS\.?|PGS\.?|GS\.?|ThS\.?)"
    r"(?:\s+(?:UBND|HĐND|(?i:tỉnh|huyện|thành phố|thị xã|thường trực)))*"
    rf"[\s,.]+(?:{_SURNAMES})(?:\s+\p{{Lu}}\p{{Ll}}*){{0,2}}\s+$")


# "tại Hà Nội, Bộ Công Thương tổ chức hội nghị ...": where an event is held, not what a report is about
_VENUE_BEFORE = regex.compile(r"(?<!\p{L})(?:tại|ở)\s+(?:tỉnh|thành phố|TP\.?)?\s*$", regex.I)
_EVENT = regex.compile(r"(?<!\p{L})(?:hội chợ|triển lãm|hội nghị|hội thảo|diễn đàn|tọa đàm|lễ|trao giải|giải thưởng|giải đấu|"
                       r"cuộc thi|họp báo)(?!\p{L})",
                       regex.I)
SENTENCE_STOP = regex.compile(r"[.!?](?:\s|$)|\n")     # where a sentence ends


def venue(text: str, a: int) -> bool:
    """Is the place named at `a` only the venue of an event its sentence speaks of?"""
    if not _VENUE_BEFORE.search(text, max(0, a - 30), a):
        return False
    line_start = max(text.rfind("\n", 0, a), text.rfind(". ", 0, a)) + 1
    stop = SENTENCE_STOP.search(text, a)
    return _EVENT.search(text, line_start, stop.start() if stop else len(text)) is not None


def lead_span(text: str, title: str | None = None) -> tuple[int, int]:
    """Where the lead is: the first line of more than ten words that is not the title (`title`,
    else the text's first line; a date line, a byline or blank lines may stand between them);
    (0, 0) if there is none."""
    offset = 0
    if title is None:
        title = next((line for line in text.splitlines() if line.strip()), "")
    for line in text.splitlines(keepends=True):
        if len(line.split()) > 10 and line.strip() != title.strip():
            return offset, offset + len(line.rstrip("\r\n"))
        offset += len(line)
    return 0, 0


def main_province(text: str, title: str | None = None, national_lead=None) -> str | None:
    """The province an article is about: named in its title, else first in its lead (the first
    line of more than ten words), else, unless `national_lead(lead)` says the lead speaks for the
    whole country, the one named in at least half of the places the text names (twice or more);
    None for national news."""
    a, b = lead_span(text, title)
    lead = text[a:b]
    first = SENTENCE_STOP.search(lead)
    first = lead[:first.start()] if first else lead
    for head in (title, lead[:300]):
        in_head = [p for p in find_provinces(head) if not venue(head, p[0])] if head else []
        # a district or town it names ("huyện Yên Thành đã cứng hóa 312 km đường, trong đó Nhà nước ...")
        below = {resolve_subplace(name, kind) for _, _, name, kind in find_subplaces(head)} - {None} if head else set()
        if not in_head and len(below) == 1:
            return below.pop()
        if head is not title and national_lead is not None and national_lead(first) \
                and not any(p[0] < len(first) for p in in_head):
            return None        # "Theo Bộ ..., cả nước xuất khẩu ... Riêng An Giang ...": the country first
        if in_head and len({name for _, _, name in in_head}) == 1:
            return in_head[0][2]
    if national_lead is not None and national_lead(lead[:300]):
        return None            # "Theo Bộ Nông nghiệp, ... cả nước ...": national news naming provinces as examples
    counts = Counter(name for _, _, name in find_provinces(text))
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 2 and n * 2 >= sum(counts.values()) else None


# ---------------------------------------------------------------- below province level
# Districts, towns, wards and communes before the 2025 reform, each with its province
# (data/subprovince.csv, written by tools/places/build_subprovince.py from the official
# list the `vietnam-provinces` package shipped up to 0.6.0).
SUBPROVINCE = Path(__file__).with_name("data") / "subprovince.csv"
DISTRICT_KINDS = ("huyện", "quận", "thị xã", "thành phố")
WARD_KINDS = ("xã", "phường", "thị trấn")


@lru_cache(maxsize=1)
def _subprovince() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(district name -> provinces, ward name -> provinces), checked against the 63 provinces."""
    known = set(provinces())
    districts: dict[str, set[str]] = {}
    wards: dict[str, set[str]] = {}
    with SUBPROVINCE.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["province"] not in known:
                raise ValueError(f"{SUBPROVINCE}: {row['province']!r} is not one of the 63 provinces")
            table = districts if row["kind"] in DISTRICT_KINDS else wards
            table.setdefault(row["name"], set()).add(row["province"])
    return districts, wards


# Economic zones, whose names stand for their province wherever they are written ("Nhà máy lọc dầu
# Dung Quất", "KKT Vũng Áng"): data/zones.csv, a hand-kept list of the coastal and border-gate
# economic zones with distinctive names, checked against the 63 provinces at load.
ZONES = Path(__file__).with_name("data") / "zones.csv"


@lru_cache(maxsize=1)
def _zones() -> tuple[dict[str, str], regex.Pattern | None]:
    known = set(provinces())
    table = {}
    with ZONES.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["province"] not in known:
                raise ValueError(f"{ZONES}: {row['province']!r} is not one of the 63 provinces")
            table[row["name"]] = row["province"]
    names = "|".join(sorted(map(regex.escape, table), key=len, reverse=True))
    return table, regex.compile(rf"(?<!\p{{L}})(?:{names})(?!\p{{L}})") if names else None


def find_zones(text: str) -> list[tuple[int, int, str]]:
    """(start, end, province) of every economic zone the text names."""
    table, pattern = _zones()
    return [(m.start(), m.end(), table[m[0]]) for m in pattern.finditer(text)] if pattern else []


# "huyện Hương Sơn", "thị trấn Phố Châu", "KCN Tóc Tiên", "(Hương Sơn)": a kind word or a bracket,
# then a capitalised name of one to four syllables
# a name is whole words: "(IIP)" names no place called "I"
# and may hold an apostrophe: "Cư M'gar", "M'Đrắk", "Ea H'leo"
_PLACE_NAME = r"(?P<name>\p{Lu}\p{Ll}*(?:'\p{L}\p{Ll}*)?(?:[ ]\p{Lu}\p{Ll}*(?:'\p{L}\p{Ll}*)?){0,3})(?!\p{L})"
_KIND = (r"(?P<kind>(?i:huyện|quận|thị xã|thành phố|TP\.?|thị trấn|xã|phường|"
         r"khu công nghiệp|KCN|cụm công nghiệp|CCN|khu kinh tế|KKT|làng nghề|"
         # a plant or a port named after its place: "Nhiệt điện Phả Lại", "cảng Cái Lân"
         r"nhiệt điện|thủy điện|lọc dầu|cảng))")
_SUBPLACE = regex.compile(rf"(?<![\p{{L}}])(?:{_KIND}[ ]+|(?P<bracket>\()[ ]*){_PLACE_NAME}")


def resolve_subplace(name: str, kind: str | None, prefer: tuple[str | None, ...] = ()) -> str | None:
    """The province of a district, town, ward or commune named `name` (None if unknown or
    ambiguous); where several provinces have one, the first of `prefer` among them wins."""
    districts, wards = _subprovince()
    kind = (kind or "").lower().rstrip(".")
    if kind in ("huyện", "quận", "thị xã", "thành phố", "tp"):
        candidates = districts.get(name, set())
    elif kind in WARD_KINDS:
        candidates = wards.get(name, set())
    else:                       # bracket, industrial zone, craft village: a district first
        candidates = districts.get(name, set()) or wards.get(name, set())
        either = districts.get(name, set()) | wards.get(name, set())
        in_force = next((p for p in prefer if p in either), None)
        if in_force:
            return in_force     # "tại Hà Nam ... khu công nghiệp Đồng Văn": the town of Hà Nam, not the district of Hà Giang
    if not candidates:
        return None
    known = [p for p in prefer if p in _table()[1]]
    if candidates is not districts.get(name) and known and not candidates & set(known):
        # ten thousand commune names repeat across the country, and communes are renamed and merged:
        # a commune name known only elsewhere does not move an article that has a province
        # ("Khu kinh tế Đông Nam" in Nghệ An is not the commune Đông Nam of Thanh Hóa)
        return None
    if len(candidates) == 1:
        return next(iter(candidates))
    return next((p for p in prefer if p in candidates), None)


def find_subplaces(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, kind) of every place below province level that the text names
    with its kind word or in brackets (not yet resolved: the province may depend on context)."""
    districts, wards = _subprovince()
    forms = _table()[0]
    found = []
    for m in _SUBPLACE.finditer(text):
        words = m["name"].split(" ")
        # the longest prefix of the capitalised run that is a known place
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if name in forms and m["kind"] is None:
                break          # "(Hà Tĩnh)": a province, found by find_provinces
            if name in districts or name in wards:
                end = m.start("name") + len(name)
                found.append((m.start(), end, name, m["kind"]))
                break
    return found
