"""Attributes of each figure from the words around it (ANNOTATION.md section 6).

Cue words decide, nearest first: the clause before a figure says whether it is a plan
or a result and where the money came from; the words after a percentage say what it
is of; headings ("Về mục tiêu cụ thể:", "Về hỗ trợ ... :") set plan sections and the
activity of the lines under them; years come from the nearest period named before
the figure in its paragraph, then in the article; the province is the one named in
the sentence, else the article's, and `Cả nước` for national figures.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import regex

from .places import NATIONAL, find_provinces, province_2025

I = regex.IGNORECASE


def words(alternatives: str, flags: int = I) -> regex.Pattern:
    """A pattern of whole words: `alternatives` not glued to other letters."""
    return regex.compile(rf"(?<!\p{{L}})(?:{alternatives})(?!\p{{L}})", flags)

# ---------------------------------------------------------------- status
# Plan cues that frame a whole sentence, and those that only bind their own clause
# ("ngân sách dành cho khuyến công, ... hỗ trợ 7.000 lao động" is a result).
PLAN_CUES = regex.compile(
    r"(?<!\p{L})(?:kế hoạch(?! khuyến công)|dự kiến|mục tiêu|phấn đấu|cần phải|(?-i:cần)|sẽ|được giao|đề ra|"
    r"chỉ tiêu|dự toán|định hướng|đặt ra|đề xuất|dự thảo|(?<!tính\s)(?:đến|tới) năm|trong thời gian tới|hướng tới|"
    r"dự báo|tối đa|mức hỗ trợ|nếu|giả sử)(?!\p{L})", I)
CLAUSE_PLAN_CUES = words(r"dành(?! cho)|bố trí|phân bổ|giao|cam kết|tiếp tục|nhằm")
# Strong result markers override a plan cue before them; weak ones ("phấn đấu đạt") do not.
STRONG_ACTUAL = regex.compile(
    r"(?<!\p{L})(?:đã|thực hiện được|triển khai được|hoàn thành|thu hút được|ước đạt|hiện có|tính đến|đến nay|"
    r"vừa|qua|năm qua|thời gian qua)(?!\p{L})", I)
WEAK_ACTUAL = words(r"được|đạt|có")
PLAN_HEADING = regex.compile(r"(?:mục tiêu|kế hoạch|nhiệm vụ|phương hướng|chỉ tiêu|giải pháp)[^\n]{0,60}:\s*$", I)
# in an actual clause "kế hoạch" right after a result is the plan it is measured against
_AGAINST_PLAN = regex.compile(r"(?:so với|so|đạt|bằng)\s+(?:\S+\s+){0,2}$", I)
_CLAUSE_BREAK = regex.compile(r"[,;:(]|\.\s")

# ---------------------------------------------------------------- relation
OF_PLAN_AFTER = regex.compile(r"^\s*(?:/\s*\p{L}+\s*)?(?:so\s+(?:với\s+)?)?(?:kế hoạch|KH|chỉ tiêu|dự toán|mục tiêu)", I)
CHANGE_BEFORE = regex.compile(r"(?<!\p{L})(?:tăng|giảm|tăng trưởng|tăng thêm|giảm đi|tăng lên|sụt giảm)"
                              r"(?:\s+(?:lần lượt|khoảng|hơn|gần|trên|dưới|từ|nhẹ|mạnh|bình quân|thêm|ở mức|tới|đến|"
                              r"\S+%,?))*\s*$", I)
CHANGE_AFTER = regex.compile(r"^\s*(?:/\s*\p{L}+\s*)?(?:so\s+(?:với\s+)?(?:cùng kỳ|năm|tháng|quý|cuối|đầu|mức|thời điểm|\d|"
                             r"cùng thời điểm|giai đoạn|trước|bình quân))", I)
GROWTH_IN_SENTENCE = words(r"tăng trưởng|tốc độ tăng|mức tăng")
SHARE_IN_CLAUSE = words(r"chiếm|tỷ lệ|tỷ trọng|đáp ứng|nội địa hóa")
OTHER_BEFORE = words(r"lãi suất|thuế suất|lạm phát")
_NOUN_AFTER = regex.compile(r"^\s*(?:tổng|chi phí|kinh phí|nhu cầu|dư nợ|số|giá trị|vốn|diện tích|lượng|lao động|"
                            r"doanh nghiệp|sản lượng|cổ phần|thị phần|tổng số|dân số|hộ|học sinh|lượt|trong số)(?!\p{L})", I)

# ---------------------------------------------------------------- funding
NATIONAL_FUNDS = regex.compile(r"(?<!\p{L})(?:khuyến công quốc gia(?! và địa phương)|KCQG|ngân sách (?:nhà nước )?trung ương|"
                               r"ngân sách Trung ương|nguồn vốn quốc gia|ngân sách quốc gia|vốn trung ương)(?!\p{L})", I)
LOCAL_FUNDS = regex.compile(r"(?<!\p{L})(?:khuyến công địa phương|KCĐP|ngân sách (?:địa phương|tỉnh|huyện|thành phố|"
                            r"thị xã|xã)|kinh phí địa phương|ngân sách của tỉnh|nguồn vốn địa phương)(?!\p{L})", I)
ENTERPRISE_FUNDS = regex.compile(r"(?<!\p{L})(?:đối ứng|vốn (?:của )?(?:các )?(?:cơ sở|doanh nghiệp)|"
                                 r"nguồn vốn của các cơ sở|tự có|do (?:các )?(?:cơ sở|doanh nghiệp)(?: CNNT)? "
                                 r"(?:đầu tư|đóng góp|bỏ ra)|(?:cơ sở|doanh nghiệp)(?: CNNT)? (?:tự )?(?:đóng góp|bỏ ra)|"
                                 r"^\s*,?\s*của (?:các )?(?:cơ sở|doanh nghiệp)|xã hội hóa)(?!\p{L})", I)
# several sources at once: "quốc gia và địa phương", the state's budget (central and local)
MIXED_FUNDS = regex.compile(r"(?<!\p{L})(?:quốc gia và (?:khuyến công )?địa phương|trung ương và địa phương|"
                            r"ngân sách nhà nước|của nhà nước|vốn nhà nước)(?!\p{L})", I)
OTHER_MONEY = regex.compile(r"(?<!\p{L})(?:doanh thu|doanh số|giá|đơn giá|trị giá|vay|cho vay|dư nợ|tín dụng|lợi nhuận|"
                            r"thu nhập|lương|tiết kiệm|xuất khẩu|kim ngạch|vốn đăng ký|vốn đầu tư|tổng mức đầu tư|"
                            r"giá trị|nộp ngân sách|thuế|huy động)(?!\p{L})", I)
TOTAL_FUNDS = words(r"tổng (?:kinh phí|nguồn vốn|vốn|số vốn|chi|cộng|nguồn)|tổng cộng")

# ---------------------------------------------------------------- province, years
NATIONAL_CUES = regex.compile(r"(?<!\p{L})(?:cả nước|toàn quốc|trên toàn quốc|nền kinh tế|Việt Nam hiện|"
                              r"khuyến công quốc gia giai đoạn|trên cả nước|(?:hỗ trợ|giúp) các tỉnh|"
                              r"Theo (?:Bộ|Tổng cục|Cục) \p{Lu})(?!\p{L})")
REGIONS = regex.compile(r"(?<!\p{L})(?:Tây Nguyên|đồng bằng sông Cửu Long|ĐBSCL|miền Trung|miền Bắc|miền Nam|"
                        r"Đông Nam Bộ|Tây Bắc|Bắc Trung Bộ|Nam Trung Bộ|duyên hải|vùng)(?!\p{L})")
RESPECTIVELY = regex.compile(r"(?<!\p{L})lần lượt(?!\p{L})", I)
VENUE = regex.compile(r"(?<!\p{L})tại\s+(?:thành phố|tỉnh|TP\.?)?\s*$", I)
# a paragraph that goes on from the one before keeps its place
CONTINUES = regex.compile(r"^\s*(?:Ngoài ra|Bên cạnh đó|Đồng thời|Thêm vào đó|Trong đó|Cụ thể|Riêng|Ngoài|Cuối cùng|"
                          r"Theo đó|Qua đó|Tiếp đó|Sau đó)\b", I)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
YEAR_SPAN = regex.compile(
    rf"(?<![\d/.,])(?P<a>{_YEAR})\s*(?:-|đến|tới|–|và)\s*(?:năm\s+)?(?P<b>{_YEAR})(?![\d/])"
    rf"|(?<![\d.,])(?:\d{{1,2}}/)?(?:\d{{1,2}}/)(?P<c>{_YEAR})(?!\d)"
    rf"|(?<![\d/.,])(?P<d>{_YEAR})(?![\d/.,]\d)", I)
_COMPARED = regex.compile(r"(?:so với|so|bằng|hơn)\s+(?:cùng kỳ\s+)?(?:năm|cuối năm|thời điểm|tháng)?\s*"
                          r"(?:\d{1,2}/)?(?:\d{1,2}/)?$", I)
_DEADLINE = regex.compile(r"(?<!tính\s)(?:đến|tới)\s+(?:năm\s+)?$", I)
# "mức tăng 7,4% của cùng kỳ năm 2016", "5,2% của 4 tháng đầu năm nay": the figure's own period
_OWN_PERIOD_AFTER = regex.compile(r"\s*(?:của|trong)\s+(?:cùng kỳ\s+)?(?:\d+\s+tháng(?:\s+đầu)?\s+)?năm\s+"
                                  rf"(?:(?P<year>{_YEAR})|nay)(?!\d)", I)
# "khoảng 2 cuộc trong giai đoạn": the period named last
_THE_PERIOD = regex.compile(r"(?<!\p{L})(?:trong|cả)\s+giai đoạn(?!\s+\d)(?!\s+năm)", I)
_SAME_PERIOD_YEAR = regex.compile(rf"cùng kỳ năm\s+({_YEAR})", I)
_IMPLEMENTING = regex.compile(r"\s*thực hiện", I)
_BY_YEAR = regex.compile(rf"(?:đến|tới)\s+(?:năm\s+)?({_YEAR})", I)
_COMMA_SOON = regex.compile(r"[^,.;:\n]{0,30},")
_TAKES_UP = regex.compile(r"(?<!\p{L})chiếm(?:\s+\S+){0,4}\s*$", I)
_PARENTHESIS = regex.compile(r"\s*[(\[]([^()\[\]]{0,90})[)\]]")
_SOURCE_AFTER = regex.compile(r"\s*,?\s*(?:từ|thuộc|bằng|của)\s+([^.;]{0,60})", I)
_LIST_ITEM = regex.compile(r"\s*(?:-|\+|•|Về\s)|\s*[^.:\n]{3,80}:")     # "- ...", "Về ...", "Sản xuất sạch hơn: ..."
_LETTER = regex.compile(r"\p{L}")
_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")
_LIST_JOIN = regex.compile(r"\s*(?:,|và)\s*(?:Tp\.|TP\.|tỉnh|thành phố)?\s*", I)
_PUNCT = regex.compile(r"[,;:(\n]")
_TRAILING_VERB = regex.compile(r"\s+(?:là|đạt|được|với|và)$", I)
# the present: the article's own year
THIS_YEAR = regex.compile(r"(?<!\p{L})(?:năm nay|từ đầu năm(?: đến nay)?|đầu năm đến nay|\d+ tháng(?: đầu năm)?|"
                          r"hiện nay|đến nay|tính đến nay)(?!\p{L})", I)
# "qua 14 năm thực hiện" in a 2018 article covers 2005-2018
YEARS_BACK = regex.compile(r"(?<!\p{L})(?:qua|sau|trong)\s+(\d{1,2})\s+năm(?!\p{L})(?!\s+(?:tới|tiếp))", I)
_DATED_YEAR = regex.compile(rf"(?<!\d)\d{{1,2}}/({_YEAR})(?!\d)")

# ---------------------------------------------------------------- activity
ACTIVITIES = [
    ("cleaner production and pollution treatment",
     r"sản xuất sạch hơn|ô nhiễm|xử lý môi trường|môi trường|chất thải|nước thải|SXSH"),
    ("typical rural industrial products and brands",
     r"sản phẩm (?:công nghiệp nông thôn |CNNT )?tiêu biểu|bình chọn|thương hiệu|nhãn hiệu|OCOP|sở hữu trí tuệ"),
    ("fairs, exhibitions and trade promotion",
     r"hội chợ|triển lãm|gian hàng|xúc tiến thương mại|trưng bày|kết nối cung|phòng trưng bày|tiêu thụ sản phẩm"),
    ("technical demonstration models and technology transfer",
     r"mô hình trình diễn|trình diễn kỹ thuật|chuyển giao công nghệ|công nghệ mới|sản phẩm mới"),
    ("advanced machinery and equipment",
     r"máy móc|thiết bị|dây chuyền|ứng dụng (?:máy|công nghệ|tiến bộ)|đổi mới công nghệ"),
    ("vocational training and human resources",
     r"đào tạo nghề|truyền nghề|dạy nghề|tay nghề|nguồn nhân lực|đào tạo lao động|học viên|lao động nông thôn|đào tạo"),
    ("management capacity of khuyến công work",
     r"cán bộ (?:làm công tác )?khuyến công|năng lực quản lý và tổ chức|công tác khuyến công|hội nghị|tập huấn|"
     r"kiểm tra, giám sát|học tập kinh nghiệm|bồi dưỡng"),
    ("consulting", r"tư vấn"),
    ("information and communication",
     r"tuyên truyền|thông tin|truyền thông|phát thanh|truyền hình|tin, bài|chuyên mục|website|tờ gấp|ấn phẩm|báo,"),
    ("links, clusters and industrial zones",
     r"cụm công nghiệp|CCN|liên kết|hiệp hội|khu công nghiệp|hạ tầng"),
]
ACTIVITY_CUES = [(name, regex.compile(rf"(?<!\p{{L}})(?:{pattern})(?!\p{{L}})", I)) for name, pattern in ACTIVITIES]
OTHER_ACTIVITY = "other"
KHUYEN_CONG = regex.compile(r"khuyến công|công nghiệp nông thôn|CNNT", I)
_HEADING = regex.compile(r"^\s*(?:Về\s+)?(?P<h>[^:\n.]{3,160}):", I)

# ---------------------------------------------------------------- indicator
_CLAUSE_START = regex.compile(r"[,;:(\n]|(?<!\p{L})(?:và|với|trong đó|cụ thể|gồm|là|đạt|được|thì|như|chiếm|của)(?!\p{L})", I)
_INDICATOR_STOP = regex.compile(r"[,;:()\n.]|(?<!\p{L})(?:cho|của|với|tại|trong|và|đạt|được|là|từ|đến|so|với|tham|"
                                r"trên|để|nhằm|thuộc|theo|đã|sẽ|có|thì|mà|gồm)(?!\p{L})", I)
_LEAD_WORDS = regex.compile(r"^(?:\s*(?:tổng|với|là|đạt|được|có|thực hiện|trong đó|gồm|hỗ trợ|chỉ|mới|còn|khoảng|gần|"
                            r"hơn|trên|dưới|ước|tăng|giảm|chiếm|lên|tới|đến|từ|như|của|thu hút|dành|số|cho|vốn)\b)+", I)


@dataclass
class DocContext:
    """What the attributes of every figure in one document draw on, computed once."""

    text: str                                     # normalised text
    province: str | None = None                   # the article's province (None: national news)
    year: int | None = None                       # the article's year, from its date
    plan_ranges: list[tuple[int, int]] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)   # (offset, heading text)
    years: list[tuple[int, int, int, int, bool]] = field(default_factory=list)  # start, end, first, last, compared
    framing: list[tuple[int, int, int]] = field(default_factory=list)  # sentence-opening periods: start, first, last
    plan_years: list[tuple[int, int, tuple[int, int]]] = field(default_factory=list)  # plan range -> period
    programme: bool = False                       # a khuyến công article
    funding_default: str | None = None
    cues: dict = field(default_factory=dict)      # pattern -> [(start, end)] over the whole text
    places: list[tuple[int, int, str]] = field(default_factory=list)

    def matches(self, pattern: regex.Pattern, lo: int, hi: int) -> list[tuple[int, int]]:
        """The matches of an indexed pattern that lie within text[lo:hi]."""
        found = self.cues[pattern]
        i = bisect_left(found, (lo, -1))
        j = bisect_left(found, (hi, -1))
        return [m for m in found[i:j] if m[1] <= hi]

    def last(self, pattern: regex.Pattern, lo: int, hi: int) -> tuple[int, int] | None:
        within = self.matches(pattern, lo, hi)
        return within[-1] if within else None

    @classmethod
    def build(cls, text: str, province: str | None, date: str | None,
              near: list[int] | None = None) -> "DocContext":
        """`near`: offsets of the figures; cue words are indexed only in the stretch before them."""
        ctx = cls(text, province, int(date[:4]) if date and date[:4].isdigit() else None)
        has_date = ctx.year is not None
        # cue words are found once per document; each figure then looks up its stretch
        regions = _regions(text, near)
        for pattern in INDEXED:
            ctx.cues[pattern] = [m.span() for lo, hi in regions for m in pattern.finditer(text, lo, hi)]
        ctx.places = find_provinces(text)
        ctx.programme = bool(KHUYEN_CONG.search(text))
        offset = 0
        in_plan = None
        for line in text.splitlines(keepends=True):
            stripped = line.strip()
            if stripped:
                if len(stripped) <= 100 and PLAN_HEADING.search(stripped):
                    if in_plan is not None:
                        ctx.plan_ranges.append((in_plan, offset))
                    in_plan = offset + len(line)
                elif in_plan is not None and not stripped.startswith(("-", "+", "•", "*")):
                    ctx.plan_ranges.append((in_plan, offset))
                    in_plan = None
                heading = _HEADING.match(stripped)
                if heading and len(heading["h"].split()) <= 25:
                    ctx.headings.append((offset, heading["h"]))
                elif len(stripped.split()) <= 8 and not stripped.endswith((".", "?", "!")):
                    ctx.headings.append((offset, stripped))
            offset += len(line)
        if in_plan is not None:
            ctx.plan_ranges.append((in_plan, len(text)))
        for m in YEAR_SPAN.finditer(text):
            if m["a"]:
                first, last = int(m["a"]), int(m["b"])
            else:
                first = last = int(m["c"] or m["d"])
            if first > last:
                continue
            before = text[max(0, m.start() - 30):m.start()]
            # "so với năm 2015" names the base of a comparison, not the period
            compared = bool(_COMPARED.search(before))
            ctx.years.append((m.start(), m.end(), first, last, compared))
            if not compared and not _DEADLINE.search(before) and _fronted(text, m.start(), m.end()):
                ctx.framing.append((m.start(), first, last))
        if ctx.year is None:
            # no date line: "cùng kỳ năm 2016" makes a report of 2017; else the latest dated month
            bases = [int(y) + 1 for y in _SAME_PERIOD_YEAR.findall(text)]
            months = [int(y) for y in _DATED_YEAR.findall(text)]
            ctx.year = max(bases) if bases else (max(months) if months else None)
        if ctx.year:
            for m in YEARS_BACK.finditer(text) if has_date else ():    # counting back needs a real date
                if _fronted(text, m.start(), m.end()) or _IMPLEMENTING.match(text, m.end()):
                    ctx.framing.append((m.start(), ctx.year - int(m[1]) + 1, ctx.year))
            for m in THIS_YEAR.finditer(text):
                if _fronted(text, m.start(), m.end()):
                    ctx.framing.append((m.start(), ctx.year, ctx.year))
            ctx.framing.sort()
        for a, b in ctx.plan_ranges:
            # "Về mục tiêu chung: ... đến năm 2020. / Về mục tiêu cụ thể:" - targets up to that year
            deadline = [int(m[1]) for m in _BY_YEAR.finditer(text, max(0, a - 400), a)]
            if deadline:
                last = deadline[-1]
                first = ctx.year + 1 if ctx.year and ctx.year < last else last
                ctx.plan_years.append((a, b, (first, last)))
        if ctx.programme:
            # the title and the lead: their one funding source is the article's
            opening_lines = "\n".join([l for l in text.splitlines() if len(l.split()) > 5][:2])
            funds = _funds(opening_lines)
            ctx.funding_default = funds[0] if len(funds) == 1 else None
        return ctx


LOOK_BACK = 1200     # characters before a figure that its attributes may draw on


def _regions(text: str, near: list[int] | None) -> list[tuple[int, int]]:
    """Merged stretches of text that end at a figure and reach LOOK_BACK before it."""
    if near is None:
        return [(0, len(text))]
    regions: list[tuple[int, int]] = []
    for pos in sorted(near):
        lo, hi = max(0, pos - LOOK_BACK), min(len(text), pos + 200)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(hi, regions[-1][1]))
        else:
            regions.append((lo, hi))
    return regions


INDEXED = (PLAN_CUES, CLAUSE_PLAN_CUES, STRONG_ACTUAL, WEAK_ACTUAL, NATIONAL_CUES, REGIONS, _CLAUSE_BREAK)


def _fronted(text: str, start: int, end: int) -> bool:
    """A period written at the head of its sentence ("Năm 2016, ...", "Giai đoạn 2014 - 2018, ..."),
    closed by a comma or opening its paragraph: it frames what follows."""
    line_start = text.rfind("\n", 0, start) + 1
    sentence_start = max(line_start - 1, *(text.rfind(c + " ", 0, start) for c in ".!?:")) + 1
    head = text[sentence_start:start]
    if len(head.split()) > 7:
        return False
    opens_paragraph = not text[line_start:sentence_start].strip()
    return opens_paragraph or _COMMA_SOON.match(text, end) is not None


def paragraph_scope(text: str, pos: int) -> int:
    """Where the stretch of text that `pos` belongs to begins: its paragraph, or the
    paragraph it continues (after one ending in ':', or opening with 'Về ...:', '-', 'Ngoài ra')."""
    start = text.rfind("\n", 0, pos) + 1
    while start > 0:
        prev_end = start - 1
        while prev_end > 0 and text[prev_end - 1] in " \n":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        here = text[start:start + 120]
        list_item = _LIST_ITEM.match(here)
        if text[prev_end - 1:prev_end] == ":" or CONTINUES.match(here) or list_item:
            start = prev_start
        else:
            break
    return start


FUNDS = (("national", NATIONAL_FUNDS), ("local", LOCAL_FUNDS), ("enterprise", ENTERPRISE_FUNDS))


def _funds(text: str) -> list[str]:
    """The funding sources named in `text` ("quốc gia và địa phương" names two)."""
    if MIXED_FUNDS.search(text):
        return ["national", "local"]
    return [name for name, pattern in FUNDS if pattern.search(text)]


_REVERSED: dict[regex.Pattern, regex.Pattern] = {}


def _last(pattern: regex.Pattern, text: str) -> int:
    """End of the last match of `pattern` in `text`, -1 if none (searched from the end)."""
    backwards = _REVERSED.get(pattern)
    if backwards is None:
        backwards = _REVERSED[pattern] = regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)
    m = backwards.search(text)
    return m.end() if m else -1


def _clause_start(text: str) -> int:
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text)), default=0)


def _status_from_cues(ctx: DocContext, lo: int, hi: int) -> str | None:
    """plan or actual from the cue words in text[lo:hi] (nearest the end decides), None if none."""
    brk = ctx.last(_CLAUSE_BREAK, lo, hi)
    clause = brk[1] if brk else lo
    plan_cue = ctx.last(PLAN_CUES, lo, hi)
    if plan_cue and _AGAINST_PLAN.search(ctx.text, lo, plan_cue[0]):
        plan_cue = None            # "đạt 33% so với kế hoạch": the plan measured against
    clause_cue = ctx.last(CLAUSE_PLAN_CUES, clause, hi)
    plan = max(plan_cue[1] if plan_cue else -1, clause_cue[1] if clause_cue else -1)
    strong = ctx.last(STRONG_ACTUAL, lo, hi)
    if strong and strong[1] > plan:
        return "actual"
    if plan >= 0:
        return "plan"
    if ctx.last(WEAK_ACTUAL, lo, hi):
        return "actual"
    return None


def status(ctx: DocContext, para_start: int, sent_start: int, start: int, years) -> str:
    if any(a <= start < b for a, b in ctx.plan_ranges):
        return "plan"
    found = _status_from_cues(ctx, max(sent_start, start - 300), start)
    if found:
        return found
    if years and ctx.year and years[1] > ctx.year:
        return "plan"
    # no cue in the sentence: the paragraph's framing ("Giai đoạn 2021-2025, đơn vị cần phải ...")
    return _status_from_cues(ctx, max(para_start, sent_start - 300), sent_start) or "actual"


def relation(ctx: DocContext, sent_start: int, start: int, end: int) -> str:
    text = ctx.text
    after = text[end:end + 60]
    sentence = text[sent_start:start]
    clause = sentence[_clause_start(sentence):]
    before = text[max(sent_start, start - 80):start]
    if OF_PLAN_AFTER.match(after):
        return "of_plan"
    if OTHER_BEFORE.search(sentence):
        return "other"             # interest and tax rates
    if _NOUN_AFTER.match(after) or _TAKES_UP.search(before):
        return "share"             # "giảm 50% số thuế", "chiếm 11,8%"
    if CHANGE_BEFORE.search(before) or CHANGE_AFTER.match(after):
        return "change"
    if SHARE_IN_CLAUSE.search(clause) or SHARE_IN_CLAUSE.search(sentence):
        return "share"
    if GROWTH_IN_SENTENCE.search(sentence):
        return "change"
    return "other"


def _nearest_fund(text: str) -> str | None:
    """The funding named nearest the end of `text`: a source, several (total) or other money."""
    cues = [(_last(p, text), name) for name, p in
            (*FUNDS, ("total", MIXED_FUNDS), ("other", OTHER_MONEY), ("sum", TOTAL_FUNDS))]
    end, name = max(cues)
    return name if end >= 0 else None


def funding(ctx: DocContext, sent_start: int, sent_end: int, start: int, end: int) -> str:
    text = ctx.text
    after = text[end:min(sent_end, end + 90)]
    # the source named right after the amount: "(kinh phí khuyến công địa phương)", "của các cơ sở"
    paren = _PARENTHESIS.match(after)
    trailing = _SOURCE_AFTER.match(after)
    for piece, whole in ((paren and paren[1], True), (trailing and trailing[0], False)):
        if piece:
            funds = _funds(piece)
            if len(funds) >= 2 and whole:
                return "total"
            if len(funds) == 1:
                return funds[0]
    sentence = text[sent_start:start]
    for scope in (sentence[_clause_start(sentence):], sentence):
        name = _nearest_fund(scope)
        if name == "sum":          # "tổng kinh phí": of one source named before, or of several
            funds = _funds(sentence)
            return funds[0] if len(funds) == 1 else "total"
        if name:
            return name
    if ctx.programme and ctx.funding_default:
        return ctx.funding_default
    return "other"


def _lead_province(ctx: DocContext, sent_start: int, start: int) -> str | None:
    """The province the words before the figure in its sentence name, if any ('' for several)."""
    text = ctx.text
    lo = bisect_left(ctx.places, (sent_start, -1, ""))
    hi = bisect_left(ctx.places, (start, -1, ""))
    named = [(a, b, n) for a, b, n in ctx.places[lo:hi]
             if b <= start and not (VENUE.search(text, sent_start, a) and _LETTER.search(text, sent_start, max(sent_start, a - 4)))]
    if not named:
        return None
    respectively = list(RESPECTIVELY.finditer(text, sent_start, start))
    if respectively and len(named) >= 2:
        k = len(_NUMBER.findall(text, respectively[-1].end(), start))
        listed = [n for a, b, n in named if b <= respectively[-1].start()]
        if k < len(listed):
            return listed[-len(listed) + k] if len(listed) else None
    last = named[-1]
    if len(named) >= 2 and _LIST_JOIN.fullmatch(text, named[-2][1], last[0]):
        return ""                  # "Hà Nội, Tp. Hồ Chí Minh, Bình Dương ... tăng dưới 10%": several
    return last[2]


def province(ctx: DocContext, para_start: int, sent_start: int, start: int) -> str | None:
    text = ctx.text
    named = _lead_province(ctx, sent_start, start)
    if named is not None:
        return named or None
    if ctx.matches(NATIONAL_CUES, sent_start, start):
        return NATIONAL
    if ctx.matches(REGIONS, sent_start, start) and not ctx.province:
        return None
    # earlier in the paragraph, or in the one it goes on from: the nearest national or regional cue
    lo = max(paragraph_scope(text, sent_start), sent_start - 800)
    national, region = ctx.last(NATIONAL_CUES, lo, sent_start), ctx.last(REGIONS, lo, sent_start)
    if national and (not region or national[1] > region[1]):
        return NATIONAL
    if region and not ctx.province:
        return None
    return ctx.province or NATIONAL


def years(ctx: DocContext, para_start: int, sent_start: int, start: int, end: int) -> list[int] | None:
    """The period of a figure: named in its clause, its sentence, or a period fronted at the
    head of its stretch of text; the article's year for the present; None when nothing tells."""
    text = ctx.text
    sentence_end = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    sentence = text[sent_start:start]
    clause_start = sent_start + _clause_start(sentence)
    # "(cùng kỳ năm 2016 tăng 9,3%)", "mức tăng 7,4% của cùng kỳ năm 2016": the period of this figure
    own = _OWN_PERIOD_AFTER.match(text, end)
    if own:
        year = int(own["year"]) if own["year"] else ctx.year
        return [year, year] if year else None
    own = [y for y in ctx.years if not y[4] and y[1] <= start and start - y[1] <= 12
           and "cùng kỳ" in text[max(0, y[0] - 12):y[0]]]          # "(cùng kỳ năm 2016 tăng 9,3%)"
    if own:
        return [own[0][2], own[0][3]]
    in_clause = [y for y in ctx.years if clause_start <= y[0] < start and not y[4]]
    if in_clause:
        return [in_clause[-1][2], in_clause[-1][3]]
    if THIS_YEAR.search(text, clause_start, start):
        return [ctx.year, ctx.year] if ctx.year else None
    in_sentence = [y for y in ctx.years if sent_start <= y[0] < start and not y[4]]
    if in_sentence:
        return [in_sentence[-1][2], in_sentence[-1][3]]
    if THIS_YEAR.search(text, sent_start, start):
        return [ctx.year, ctx.year] if ctx.year else None
    plan_years = next((ys for a, b, ys in ctx.plan_years if a <= start < b), None)
    if plan_years:
        return list(plan_years)
    if _THE_PERIOD.search(text, sent_start, sentence_end):
        spans = [y for y in ctx.years if y[0] < start and y[2] < y[3]]
        if spans:
            return [spans[-1][2], spans[-1][3]]
    after = [y for y in ctx.years if end <= y[0] < sentence_end and not y[4] and not _DEADLINE.search(text, y[0] - 10, y[0])]
    if after:
        return [after[0][2], after[0][3]]
    if THIS_YEAR.search(text, start, sentence_end):
        return [ctx.year, ctx.year] if ctx.year else None
    scope = paragraph_scope(text, sent_start)
    framing = [f for f in ctx.framing if scope <= f[0] < start]
    if framing:
        return [framing[-1][1], framing[-1][2]]
    if "\n" not in text[:start].strip() and ctx.framing:
        return [ctx.framing[0][1], ctx.framing[0][2]]      # the title: the period of the lead
    return None


def activity(ctx: DocContext, sent_start: int, sent_end: int, start: int, end: int) -> str | None:
    if not ctx.programme:
        return None
    near = ctx.text[max(sent_start, start - 60):min(sent_end, end + 60)]
    for name, cue in ACTIVITY_CUES:
        if cue.search(near):
            return name
    heading = next((h for off, h in reversed(ctx.headings) if off <= start), None)
    if heading:
        for name, cue in ACTIVITY_CUES:
            if cue.search(heading):
                return name
    sentence = ctx.text[sent_start:sent_end]
    for name, cue in ACTIVITY_CUES:
        if cue.search(sentence):
            return name
    return OTHER_ACTIVITY


def indicator(ctx: DocContext, sent_start: int, sent_end: int, start: int, end: int, kind: str, unit: str | None) -> str | None:
    text = ctx.text
    if kind == "count":
        stop = _INDICATOR_STOP.search(text, end, sent_end)
        tail = text[end:stop.start() if stop else sent_end].split()[:6]
        words = " ".join([unit or "", *tail]).strip()
        return words or None
    before = text[sent_start:start]
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
    phrase = before[clause_start:].strip(" :-")
    phrase = _LEAD_WORDS.sub("", phrase).strip(" :-")
    if not phrase and clause_start:
        # "kinh phí khuyến công quốc gia là 1.744 triệu đồng": the subject stands before "là"
        earlier = before[:clause_start]
        cut = max((m.end() for m in _PUNCT.finditer(earlier)), default=0)
        phrase = _LEAD_WORDS.sub("", earlier[cut:].strip()).strip(" :-")
        phrase = _TRAILING_VERB.sub("", phrase)
    words = phrase.split()
    return " ".join(words[-8:]) if words else None


def attach(ctx: DocContext, span, sent_start: int, sent_end: int) -> None:
    """Fill the context attributes of one figure span."""
    start, end, kind = span.start_char, span.end_char, span.label_
    ext = span._                   # one extension accessor for all the attributes
    para_start = ctx.text.rfind("\n", 0, start) + 1
    ext.years = period = years(ctx, para_start, sent_start, start, end)
    ext.status = status(ctx, para_start, sent_start, start, period)
    ext.relation = relation(ctx, sent_start, start, end) if kind == "percent" else None
    ext.funding = funding(ctx, sent_start, sent_end, start, end) if kind == "money" else None
    ext.province = place = province(ctx, para_start, sent_start, start)
    ext.province_2025 = province_2025(place)
    ext.indicator = indicator(ctx, sent_start, sent_end, start, end, kind, ext.unit)
    ext.activity = activity(ctx, sent_start, sent_end, start, end)
