"""Time expressions: what calendar years a stretch of text speaks of (ANNOTATION.md section 6, years).

Each expression found in a document becomes a `Period`: explicit years, spans and dates
(`năm 2019`, `giai đoạn 2014 - 2018`, `6 tháng đầu năm 2017`, `12/2016`), targets
(`đến năm 2025`), and expressions relative to the article's year (`năm nay`, `đến nay`,
`năm ngoái`, `qua 14 năm`, `năm tới`). A period named as the base of a comparison
(`so với năm 2015`, `cùng kỳ năm trước`, `gấp đôi giai đoạn 2006-2010`) is kept but marked
`compared`: it frames nothing. Dates of decisions and the years inside document numbers
(`Quyết định 1288/QĐ-TTg ngày 1/8/2018`, `Thông tư 28/2018/TT-BTC`) are not periods of figures.

EXAMPLES below is the module's table: each text, the periods it names, as (first, last,
compared) with the article's year 2017; tests/test_periods.py runs it.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

I = regex.IGNORECASE
_Y = r"(?:19[5-9]\d|20[0-4]\d)"

# the base of a comparison stands right after one of these
COMPARED_BEFORE = regex.compile(
    r"(?<!\p{L})(?:so với|so|với|hơn|bằng|gấp(?:\s+(?:đôi|ba|\d+(?:,\d+)?\s+lần|rưỡi))?|như|kém)"
    r"(?:\s+(?:cùng kỳ|cùng thời điểm|thời điểm|mức|cuối|đầu|hết|của|trong|giai đoạn|thời kỳ|\d{1,2}\s+tháng(?:\s+đầu)?|"
    r"quý\s+[IVX\d]+))*\s*$", I)                 # "so với 9 tháng năm 2016"
# "cùng kỳ năm trước" or "cùng kỳ" alone after a figure: a comparison too
SAME_PERIOD = regex.compile(r"(?<!\p{L})cùng kỳ\s*$", I)
# a decision's date or a document number: not the period of any figure
DOCUMENT_BEFORE = regex.compile(
    r"(?:(?<!\p{L})(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Công văn|Kế hoạch số|Văn bản|Luật|QĐ|NQ|NĐ|CT|TT)"
    r"[^.;\n]{0,40}?\bngày\s*$)|(?:\d+/\s*$)|(?:số\s*$)"
    r"|(?:(?<!\p{L})(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Công văn|Luật|QĐ|NQ|NĐ)\s+(?:số\s+)?$)"
    r"|(?:(?<!\p{L})(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Luật)\s+(?:số\s+)?\d+[^.;,\d]{0,30}năm\s*$)"
    # a programme named by its number: "Đề án 1956", "Chương trình 135"
    r"|(?:(?<!\p{L})(?:Đề án|Chương trình|Dự án)\s+$)", I)
DOCUMENT_AFTER = regex.compile(r"/\s*[\p{Lu}Đ]")     # used with .match(text, pos): no ^

_EXPLICIT = regex.compile(
    rf"""(?=[\dtTqQ])(?<![\d/.,])(?:
        (?P<from>{_Y})\s*(?:-|–|đến|tới|và)\s*(?:hết\s+|cuối\s+)?(?:năm\s+|tháng\s+\d{{1,2}}\s*/\s*|ngày\s+\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*)?(?P<to>{_Y})   # 2014 - 2018, 2015 đến năm 2020, 2016 đến hết tháng 10/2018
      | (?:\d{{1,2}}\s*/\s*)?(?:0?[1-9]|1[0-2])\s*/\s*(?P<dated>{_Y})                  # 6/2/2017, 12/2016
      | tháng\s+\d{{1,2}}\s+năm\s+(?P<month_year>{_Y})                                  # tháng 5 năm 2017
      | quý\s+(?:I{{1,3}}|IV|\d)\s*/\s*(?P<quarter>{_Y})                                 # quý I/2017
      | (?P<year>{_Y})
    )(?![\d/]|[.,]\d)""", I | regex.VERBOSE)
# a lone year is a year only where a time word stands before it or punctuation after it
_YEAR_WORD_BEFORE = regex.compile(
    r"(?<!\p{L})(?:năm|giai đoạn|thời kỳ|niên độ|niên khóa|vụ|mùa|quý\s+\p{L}+/?|từ|đến|tới|trong|sau|trước|cuối|"
    r"ngân sách|quyết toán|dự toán|kế hoạch|"
    r"đầu|so với|hết|kỳ|khóa|nhiệm kỳ|tháng\s+\d{1,2}/?|đợt|[(,–-])\s*$", I)
_YEAR_AFTER = regex.compile(r"\s*(?:[,.;:)\n]|$|là|và|đến|tới|-|–)", I)

_NOW = (r"năm nay|(?<!thực\s|thể\s|xuất\s|phát\s)(?:hiện nay|hiện tại|hiện có|hiện(?=\s+(?:còn|là|đang|đạt|chỉ|vẫn|mới|khoảng|ở mức|đã|nợ|chiếm|thu hút|quản lý|sử dụng)\s))|"
        r"(?<=[;,]\s|^)nay(?=\s+\p{Ll})|(?<=[.!?:;]\s|^|\n|[\x22“]\s?)(?-i:Hiện)(?=[\s,])|(?:(?:đến|tới|tính đến)\s+)?(?:cuối\s+|đầu\s+|hết\s+)?tháng\s+\d{1,2}(?!\s*/|\d|\s+năm\s+\d)|(?<!trước\s)(?:đến nay|tới nay)|tính đến nay|(?:(?:đến|tới|tính đến|từ|sáng|chiều|tối|trưa)\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}(?!\s*/\s*\d|\d)|(?-i:Sáng|Chiều|Tối|Trưa)\s+\d{1,2}\s*/\s*\d{1,2}(?!\s*/\s*\d|\d)|từ đầu năm(?:\s+(?:đến|tới)\s+nay)?|đầu năm nay|"
        r"cuối năm nay|(?>\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm(?:\s+nay)?|\s+năm\s+nay|\s+qua|\s+vừa\s+qua))|"
        r"quý\s+(?:I{1,3}|IV|\d)(?:\s+năm\s+nay)?|(?<!trên\s|dưới\s|hơn\s|quá\s|sau\s)\d{1,2}\s+tháng(?=\s+(?:tăng|giảm|đạt|ước|mới|đã|chỉ)|\s*[,:])")
_N = r"\d{1,2}|hai|ba|bốn|năm|mười"
_RELATIVE = regex.compile(
    r"(?=[\dtTqQsSgGnNhHđĐcCkKhHbBmM])(?<!\p{L})(?:"
    rf"(?P<until_span>từ\s+nay\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?(?P<until>{_Y}))"   # from now to a year
    r"|"
    rf"(?P<span_now>từ\s+(?:đầu\s+|cuối\s+)?(?:năm\s+)?(?P<since>{_Y})\s+(?:đến|tới)\s+(?:nay|hiện nay|hết năm nay))"
    rf"|(?P<back>(?:qua|sau|trong)\s+(?:gần\s+)?(?P<n_back>{_N})\s+năm(?:\s+(?:qua|thực hiện|triển khai|hoạt động))?"
    rf"|gần\s+(?P<n_back>{_N})\s+năm\s+(?:qua|thực hiện|triển khai|hoạt động))"     # not "chậm tiến độ gần 2 năm"
    r"(?!\s+(?:tới|tiếp|sau|đến|đầu|cuối|đầu tiên))"
    rf"|(?P<back>(?<!\d\s)(?P<n_back>\d{{1,2}}|hai|ba|bốn|mười)\s+năm\s+(?:qua|vừa qua|gần đây|trở lại đây))"   # "5 năm qua"
    rf"|(?P<ahead>(?:trong\s+)?(?P<n_ahead>{_N})\s+năm\s+tới)"
    r"|(?P<next>năm tới|năm sau|sang năm|năm kế tiếp)"
    r"|(?P<future>thời gian tới|thời gian sắp tới|sắp tới|trong tương lai|những năm tới|các năm tới|giai đoạn tới|"
    r"(?:những |các )?năm tiếp theo)"
    r"|(?<!những\s|các\s|\d\s)(?P<prev>năm ngoái|năm trước|năm vừa qua|năm qua)"
    rf"|(?P<now>{_NOW})"
    r")(?!\p{L})(?!\s*(?:/\s*)?(?:năm\s+)?\d{4})", I)
_SMALL = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10}


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    first: int | None          # None: relative, and the article's year is not known
    last: int | None
    compared: bool = False     # the base of a comparison: frames nothing
    relative: bool = False
    target: bool = False       # "đến năm 2025": the year a target aims at; it frames targets only

    @property
    def years(self) -> list[int] | None:
        return None if self.first is None else [self.first, self.last]


def _is_document(text: str, start: int, end: int) -> bool:
    return bool(DOCUMENT_BEFORE.search(text, max(0, start - 60), start) or DOCUMENT_AFTER.match(text, end))


def _compared(text: str, start: int) -> bool:
    before = text[max(0, start - 45):start]
    before = _TIME_WORD_END.sub("", before)
    return bool(COMPARED_BEFORE.search(before) or SAME_PERIOD.search(before) and _after_figure(before)
                or _SUPERLATIVE.search(before)
                or _COMPARED_PHRASE.search(text, max(0, start - 70), start))


# "tăng cao nhất trong 10 năm gần đây": the span a record is measured over, not the figure's period
_SUPERLATIVE = regex.compile(r"(?<!\p{L})nhất\s+(?:trong|từ)?\s*$", I)
# "so với số tiền nợ năm 2014": the base of the comparison is a noun phrase ending in the period
# ("vượt đỉnh lũ lịch sử năm 1999": the record exceeded, not the figures' year; not "vượt kế hoạch năm 2018")
_COMPARED_PHRASE = regex.compile(r"(?<!\p{L})(?:(?:so với|so sánh với|gấp(?:\s+\S+){0,2}\s+lần|vượt(?!\s+(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)))"
                                 r"\s+[^,;.:()\n\d%]{0,55}"
                                 # "cao hơn mức tăng 6,9% của năm trước": the base's own figure may stand between
                                 r"|(?:cao|thấp|lớn|nhỏ) hơn\s+mức\s+(?:[^,;.:()\n]|(?<=\d)[.,](?=\d)){0,30}của\s+)$", I)


def _after_figure(before: str) -> bool:
    """"tăng 5% cùng kỳ năm 2016": `cùng kỳ` right after a figure compares; "(cùng kỳ năm 2016 tăng 9,3%)" does not."""
    return bool(_FIGURE_SAME_PERIOD.search(before))


_TIME_WORD_END = regex.compile(r"(?:năm|giai đoạn|thời kỳ)\s*$", I)
_FIGURE_SAME_PERIOD = regex.compile(r"(?:\d|%|đồng)\s*,?\s*(?:của\s+)?cùng kỳ\s*$", I)


# the first months or a quarter, no "nay", no "đến ... tháng 6" (as of now), no "cuối năm" (still to come)
_MONTHS_OF_YEAR = regex.compile(r"\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|quý\s+\S+", I)


def find_periods(text: str, year: int | None) -> list[Period]:
    """Every time expression of `text`, in order; relative ones resolved against `year`."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for m in _relative_matches(text):
        n = lambda g: int(m[g]) if m[g].isdigit() else _SMALL[m[g].lower()]
        if m["until_span"]:
            last = int(m["until"])
            first = min(year, last) if year is not None else last
        elif m["span_now"]:
            first, last = int(m["since"]), year
            if year is None:
                first = None
        elif year is None and m["now"] and _MONTHS_OF_YEAR.fullmatch(m["now"]):
            continue                   # "11 tháng", "quý III" with no article year: months of the year in force
        elif year is None or m["future"]:
            first = last = None        # the future, with no year named: the frame in force ends
        elif m["back"]:
            first, last = year - n("n_back") + 1, year
        elif m["ahead"]:
            first, last = year + 1, year + n("n_ahead")
        elif m["next"]:
            first = last = year + 1
        elif m["prev"]:
            first = last = year - 1
        else:
            first = last = year
        compared = _compared(text, m.start()) or (m["prev"] is not None and SAME_PERIOD.search(text, max(0, m.start() - 10), m.start()) is not None)
        if first is not None and last is not None and first > last:
            continue
        target = m["until_span"] is not None and year is not None and last > year    # "từ nay đến năm 2025"
        found.append(Period(m.start(), m.end(), first, last, compared, relative=m["span_now"] is None, target=target))
        taken.append(m.span())
    for m in (_YEAR_LIST.finditer(text) if _TWO_YEARS.search(text) else ()):
        years = [int(y) for y in m.captures("y")]
        if years == sorted(years) and len(set(years)) == len(years):
            # "3 kỳ bình chọn (2012, 2014, 2016)": the years a list names span from the first to the last
            found.append(Period(m.start(), m.end(), years[0], years[-1], _compared(text, m.start())))
            taken.append(m.span())
    for m in _EXPLICIT.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if _is_document(text, m.start(), m.end()):
            continue
        if m["from"]:
            first, last = int(m["from"]), int(m["to"])
            if first > last:
                continue
        else:
            y = m["dated"] or m["month_year"] or m["quarter"] or m["year"]
            if m["year"] and not (_YEAR_WORD_BEFORE.search(text, max(0, m.start() - 25), m.start())
                                  or _YEAR_AFTER.match(text, m.end())):
                continue           # "2016 doanh nghiệp": a number, not a year
            first = last = int(y)
        target = bool(_TARGET_BEFORE.search(text, max(0, m.start() - 20), m.start())) and year is not None and last > year
        found.append(Period(m.start(), m.end(), first, last, _compared(text, m.start()), target=target))
    for m in (_LUNAR.finditer(text) if _STEM_BRANCH.search(text) else ()):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        y = lunar_year(m["stem"], m["branch"], year)
        if y is not None:
            found.append(Period(m.start(), m.end(), y, y, _compared(text, m.start())))
    return sorted(found, key=lambda p: p.start)


_YEAR_LIST = regex.compile(rf"(?<![\d/.,])(?:năm\s+)?(?P<y>{_Y})(?:\s*,\s*(?:năm\s+)?(?P<y>{_Y}))+"
                           rf"(?:\s*(?:,|và)\s*(?:năm\s+)?(?P<y>{_Y}))?(?![\d/]|[.,]\d)", I)
# A lunar year named by its stem and branch ("Tết Kỷ Hợi", "xuân Đinh Dậu") is the calendar year in
# which that Tết falls: the sexagenary cycle, counted from Giáp Tý = 1984
_STEMS = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
_BRANCHES = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
_BRANCH_FORMS = {"Mẹo": "Mão", "Tị": "Tỵ"}
# quick tests that let most documents skip the two scans below
_STEM_BRANCH = regex.compile(rf"(?:{'|'.join(_STEMS)}) (?:{'|'.join(_BRANCHES + list(_BRANCH_FORMS))})")
_TWO_YEARS = regex.compile(rf"{_Y}\s*(?:,|và)\s*(?:năm\s+)?{_Y}")
_LUNAR = regex.compile(r"(?<!\p{L})(?i:Tết|xuân|năm|mùa xuân)(?:\s+(?i:Nguyên đán))?\s+"
                       rf"(?P<stem>{'|'.join(_STEMS)})\s+(?P<branch>{'|'.join(_BRANCHES + list(_BRANCH_FORMS))})(?!\p{{L}})")


def lunar_year(stem: str, branch: str, near: int | None = None) -> int | None:
    """The calendar year of the lunar year `stem` `branch` nearest `near` (else in 1990-2049)."""
    s, b = _STEMS.index(stem), _BRANCHES.index(_BRANCH_FORMS.get(branch, branch))
    if (s - b) % 2:
        return None                # no such pair in the cycle
    offset = next(k for k in range(60) if k % 10 == s and k % 12 == b)
    candidates = [1984 + offset + 60 * n for n in (-2, -1, 0)]
    if near is None:
        return next(y for y in candidates if 1990 <= y <= 2049)
    return min(candidates, key=lambda y: abs(y - near))


# Every relative expression holds one of these words; _RELATIVE (slow: thirty alternatives tried at
# every word) is run only in windows around them, which halves the time of this module.
_RELATIVE_WORD = regex.compile(
    r"nay|qua|tới|trước|ngoái|sau|tiếp|tương lai|hiện|tháng|quý|sang năm|đầu năm|\d\s*năm|(?:hai|ba|bốn|năm|mười)\s+năm|"
    r"\d{1,2}\s*/\s*\d{1,2}(?!\s*/)", I)


def _relative_matches(text: str):
    windows: list[list[int]] = []
    for m in _RELATIVE_WORD.finditer(text):
        a, b = max(0, m.start() - 45), min(len(text), m.end() + 30)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    last_end = -1
    for a, b in windows:
        for m in _RELATIVE.finditer(text, a, b):
            if m.start() >= last_end:
                last_end = m.end()
                yield m


_TARGET_BEFORE = regex.compile(r"(?<!\p{L})(?<!tính\s)(?:đến|tới|vào)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?$", I)


# ---------------------------------------------------------------- the article's year
_SINCE_START_OF = regex.compile(rf"(?<!\p{{L}})từ\s+đầu\s+năm\s+({_Y})\s+(?:đến|tới)\s+nay(?!\p{{L}})", I)
_OPENS = regex.compile(r"(?:^|\n|[.!?:]\s+|[-–]\s+)(?:\(?[\p{L}.]+\)?\s+[-–]\s+)?(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Đầu|Cuối|Giữa|"
                       r"Trong|Tính đến|Tính chung|Hết|Qua|Năm|Tháng|Quý)\s+)*$", I)
_SAME_PERIOD_BASE = regex.compile(rf"(?<!\p{{L}})cùng kỳ(?:\s+(?:Tết(?:\s+Nguyên đán)?|dịp\s+Tết|lễ))?(?:\s+năm)?\s+({_Y})(?!\d)", I)


def article_year(text: str, date: str | None) -> int | None:
    """The year of the article: its date, else a dated opening (title, lead or first sentence),
    else the year after a same-period comparison (`so với cùng kỳ năm 2016` -> 2017)."""
    if date and date[:4].isdigit():
        return int(date[:4])
    lines = [l for l in text.splitlines() if l.strip()]
    opening = "\n".join(lines[:2])
    if len(lines) > 2:
        body = lines[2]
        cut = regex.search(r"[.!?](?:\s|$)", body)
        opening += "\n" + (body[:cut.end()] if cut else body)
    since = _SINCE_START_OF.search(opening)
    if since:
        return int(since[1])       # "Từ đầu năm 2017 đến nay, ...": since the start of this year
    years = [p for p in find_periods(opening, None)
             if not p.compared and not p.relative and p.first is not None and p.first == p.last]
    # a full date ("Sáng 29/10/2018", a date line) dates the article; a year alone in the title is
    # as often the year the article is about ("Dự toán ngân sách 2019")
    for p in years:
        if opening.count("/", p.start, p.end) == 2:
            return p.first
    # a period opening the title, the lead or a sentence of the opening ("Năm 2018, ...", "Đầu năm
    # 2017, ..."); a year inside a sentence ("HTX thành lập năm 2013 với 38 thành viên") dates an event
    for p in years:
        if _OPENS.search(opening, max(0, p.start - 25), p.start):
            return p.first
    bases = [int(y) + 1 for y in _SAME_PERIOD_BASE.findall(text)]
    if bases:
        return max(bases)
    # (not a target's year: "Mục tiêu có 120 sản phẩm OCOP vào năm 2020")
    dated = [p for p in years if not _TARGET_BEFORE.search(opening, max(0, p.start - 20), p.start)
             and not _TARGET_WORD.search(opening, max(0, p.start - 80), p.start)]
    return dated[0].first if dated else None


_TARGET_WORD = regex.compile(r"(?<!\p{L})(?:mục tiêu|phấn đấu|kế hoạch|định hướng|tầm nhìn)(?!\p{L})[^.;:\n]*$", I)


EXAMPLES: list[tuple[str, list[tuple[int | None, int | None, bool]]]] = [
    ("Trong năm 2019, tỉnh thu hút 120 dự án.", [(2019, 2019, False)]),
    ("Dịp Tết Kỷ Hợi, Lâm Đồng đón 600.000 lượt khách.", [(2019, 2019, False)]),
    ("Tỉnh đã tổ chức 3 kỳ bình chọn (2012, 2014, 2016), công nhận 120 sản phẩm.", [(2012, 2016, False)]),
    ("Đầu xuân Đinh Dậu, huyện có 18 xã đạt chuẩn.", [(2017, 2017, False)]),
    ("Khách tăng 12% so với Tết Mậu Tuất.", [(2018, 2018, True)]),
    ("Giai đoạn 2016 - 2020, toàn tỉnh hỗ trợ 60 cơ sở.", [(2016, 2020, False)]),
    ("Doanh thu tăng 8% so với năm 2018.", [(2018, 2018, True)]),
    ("Số nợ tăng 5,5% so với số tiền nợ đóng bảo hiểm năm 2014.", [(2014, 2014, True)]),
    ("Xuất khẩu tăng 6% so với cùng kỳ năm trước.", [(2016, 2016, True)]),
    ("Vốn đầu tư gấp đôi giai đoạn 2011-2015.", [(2011, 2015, True)]),
    ("Năm ngoái, huyện có 35 hợp tác xã.", [(2016, 2016, False)]),
    ("Tính đến nay đã có 150 dự án.", [(2017, 2017, False)]),
    ("Qua 10 năm thực hiện, chương trình hỗ trợ 300 cơ sở.", [(2008, 2017, False)]),
    ("Tại Hà Nam, 4 năm qua tỉnh hỗ trợ 40 đề án.", [(2014, 2017, False)]),
    ("Ba năm trở lại đây, huyện có thêm 12 hợp tác xã.", [(2015, 2017, False)]),
    ("Xuất khẩu thủy sản 9 tháng: đạt 6 tỷ USD.", [(2017, 2017, False)]),
    ("Quyết toán ngân sách 2015 của tỉnh: chi vượt 300 tỷ đồng.", [(2015, 2015, False)]),
    ("Đến cuối tháng 9, toàn tỉnh có 410 hợp tác xã.", [(2017, 2017, False)]),
    ("Trong tháng 5 có 120 doanh nghiệp thành lập mới.", [(2017, 2017, False)]),
    ("Trước đây giá cao; nay mỗi kg chỉ còn 30.000 đồng.", [(2017, 2017, False)]),
    ("Quy mô nợ hiện khoảng 3 triệu tỷ đồng.", [(2017, 2017, False)]),
    ("6 tháng cuối năm cần thu thêm 200 tỷ đồng.", [(2017, 2017, False)]),
    ("Có 2016 doanh nghiệp đăng ký mới.", []),
    ("Sau 8 năm triển khai Đề án 1956, có 4 triệu lao động học nghề.", [(2010, 2017, False)]),
    ("Từ năm 2016 đến hết tháng 10/2018, tỉnh làm 900 km đường.", [(2016, 2018, False)]),
    ("Trong 5 năm tới, tỉnh phấn đấu có 20 cụm công nghiệp.", [(2018, 2022, False)]),
    ("Từ năm 2012 đến nay, tỉnh đã đào tạo 4.000 lao động.", [(2012, 2017, False)]),
    ("Theo Quyết định 1288/QĐ-TTg ngày 1/8/2018 của Thủ tướng, kinh phí là 2 tỷ đồng.", []),
    ("Thực hiện Thông tư 28/2018/TT-BTC, tỉnh chi 500 triệu đồng.", []),
    ("Quý I/2017, có 12 doanh nghiệp mới.", [(2017, 2017, False)]),
    ("Chỉ số sản xuất 5 tháng tăng 5,7%.", [(2017, 2017, False)]),
    ("Trong số 4.225 tỷ đồng nợ trên 12 tháng có 1.410 tỷ đồng của đơn vị phá sản.", []),
    ("Tỷ lệ hộ nghèo hiện còn 4,5%; thực hiện còn chậm.", [(2017, 2017, False)]),
    ("Những năm qua, thực hiện có hiệu quả 7 tháng đầu năm 2024.", [(2024, 2024, False)]),
    ("Trong 7 tháng thi công, đơn vị có 30 công nhân.", []),
    ("Mục tiêu đến năm 2025 có 50 sản phẩm OCOP.", [(2025, 2025, False)]),
    ("Theo Quyết định 50/2016 của Thủ tướng, 186.000 người không còn thẻ.", []),
    ("Nghị định 210 của Chính phủ năm 2013 hỗ trợ 300 triệu đồng/ha.", []),
    ("GRDP tăng cao nhất trong 10 năm gần đây.", [(2008, 2017, True)]),
    ("Hiện nay có 40 hợp tác xã; thời gian tới sẽ thành lập thêm 5 hợp tác xã.", [(2017, 2017, False), (None, None, False)]),
]
