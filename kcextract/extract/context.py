"""Attributes of each figure from the words around it (ANNOTATION.md section 6).

Cue words decide, nearest first: the clause before a figure says whether it is a plan
or a result and where the money came from; the words after a percentage say what it
is of; headings ("Về mục tiêu cụ thể:", "Về hỗ trợ ... :") set plan sections and the
activity of the lines under them; years come from the nearest period named before
the figure in its paragraph, then in the article; the province is the one named in
the sentence, else the article's, and `Cả nước` for national figures.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .places import NATIONAL, find_provinces, province_2025

I = regex.IGNORECASE

# ---------------------------------------------------------------- status
PLAN_CUES = regex.compile(
    r"(?<!\p{L})(?:kế hoạch(?! khuyến công)|dự kiến|mục tiêu|phấn đấu|cần phải|cần|sẽ|được giao|giao|đề ra|chỉ tiêu|"
    r"dự toán|định hướng|đặt ra|đề xuất|dự thảo|cam kết|dành|bố trí|phân bổ|tiếp tục|nhằm|đến năm|tới năm|"
    r"trong thời gian tới|hướng tới|đề nghị|dự báo|ước tính sẽ|tối đa|mức hỗ trợ)(?!\p{L})", I)
ACTUAL_CUES = regex.compile(
    r"(?<!\p{L})(?:đã|được|đạt|thực hiện được|triển khai được|hoàn thành|thu hút được|ước đạt|hiện có|"
    r"tính đến|đến nay|vừa|mới|qua)(?!\p{L})", I)
PLAN_HEADING = regex.compile(r"(?:mục tiêu|kế hoạch|nhiệm vụ|phương hướng|chỉ tiêu|giải pháp)[^\n]{0,60}:\s*$", I)
# in an actual clause "kế hoạch" right after a result is the plan it is measured against
_AGAINST_PLAN = regex.compile(r"(?:so với|so|đạt|bằng)\s+(?:\S+\s+){0,2}$", I)

# ---------------------------------------------------------------- relation
OF_PLAN_AFTER = regex.compile(r"^\s*(?:/\s*\p{L}+\s*)?(?:so\s+(?:với\s+)?)?(?:kế hoạch|KH|chỉ tiêu|dự toán|mục tiêu)", I)
CHANGE_BEFORE = regex.compile(r"(?<!\p{L})(?:tăng|giảm|tăng trưởng|tăng thêm|giảm đi|tăng lên|sụt giảm|thấp hơn|cao hơn)"
                              r"(?:\s+(?:lần lượt|khoảng|hơn|gần|trên|dưới|từ|nhẹ|mạnh|bình quân|thêm|ở mức|tới|đến|"
                              r"\S+%,?))*\s*$", I)
CHANGE_AFTER = regex.compile(r"^\s*(?:/\s*\p{L}+\s*)?(?:so\s+(?:với\s+)?(?:cùng kỳ|năm|tháng|quý|cuối|đầu|mức|thời điểm|\d|"
                             r"cùng thời điểm|giai đoạn|trước|bình quân))", I)
SHARE_BEFORE = regex.compile(r"(?<!\p{L})(?:chiếm|chiếm tỷ (?:lệ|trọng)|tỷ lệ|tỷ trọng|đáp ứng(?: được)?|hỗ trợ|"
                             r"nội địa hóa|giảm giá|ưu đãi)(?:\s+\S+){0,6}\s*$", I)
OTHER_BEFORE = regex.compile(r"(?<!\p{L})(?:lãi suất|thuế suất|lạm phát|tốc độ)(?!\p{L})", I)
_NOUN_AFTER = regex.compile(r"^\s*(?:tổng|chi phí|kinh phí|nhu cầu|dư nợ|số|giá trị|vốn|diện tích|lượng|lao động|"
                            r"doanh nghiệp|sản lượng|cổ phần|thị phần|tổng số|dân số|hộ|học sinh|lượt|trong số)(?!\p{L})", I)

# ---------------------------------------------------------------- funding
NATIONAL_FUNDS = regex.compile(r"(?<!\p{L})(?:khuyến công quốc gia|KCQG|ngân sách (?:nhà nước )?trung ương|"
                               r"trung ương|nguồn vốn quốc gia|ngân sách quốc gia)(?!\p{L})", I)
LOCAL_FUNDS = regex.compile(r"(?<!\p{L})(?:khuyến công địa phương|KCĐP|ngân sách (?:địa phương|tỉnh|huyện|thành phố|"
                            r"thị xã|xã)|kinh phí địa phương|ngân sách của tỉnh|nguồn vốn địa phương)(?!\p{L})", I)
ENTERPRISE_FUNDS = regex.compile(r"(?<!\p{L})(?:đối ứng|vốn (?:của )?(?:các )?(?:cơ sở|doanh nghiệp)|"
                                 r"nguồn vốn của các cơ sở|tự có|cơ sở (?:CNNT )?đóng góp|doanh nghiệp đóng góp|"
                                 r"xã hội hóa|huy động từ)(?!\p{L})", I)
TOTAL_FUNDS = regex.compile(r"(?<!\p{L})(?:tổng (?:kinh phí|nguồn vốn|vốn|số vốn|chi|mức|cộng|nguồn)|tổng cộng)(?!\p{L})", I)
PROGRAMME = regex.compile(r"(?<!\p{L})(?:khuyến công|ngân sách|kinh phí)(?!\p{L})", I)

# ---------------------------------------------------------------- province, years
NATIONAL_CUES = regex.compile(r"(?<!\p{L})(?:cả nước|toàn quốc|trên toàn quốc|nền kinh tế|toàn ngành|các tỉnh, thành phố|"
                              r"các tỉnh, thành|Việt Nam hiện|khuyến công quốc gia giai đoạn|trên cả nước)(?!\p{L})", I)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
YEAR_SPAN = regex.compile(
    rf"(?<![\d/.,])(?P<a>{_YEAR})\s*(?:-|đến|tới|–)\s*(?:năm\s+)?(?P<b>{_YEAR})(?![\d/])"
    rf"|(?<![\d.,])(?:\d{{1,2}}/)?(?:\d{{1,2}}/)(?P<c>{_YEAR})(?!\d)"
    rf"|(?<![\d/.,])(?P<d>{_YEAR})(?![\d/.,]\d)", I)
_COMPARED = regex.compile(r"(?:so với|so|bằng|hơn|cùng kỳ)\s+(?:cùng kỳ\s+)?(?:năm|cuối năm|thời điểm|tháng)?\s*"
                          r"(?:\d{1,2}/)?(?:\d{1,2}/)?$", I)
THIS_YEAR = regex.compile(r"(?<!\p{L})(?:năm nay|từ đầu năm(?: đến nay)?|đầu năm đến nay|trong năm|tháng đầu năm)(?!\p{L})", I)
LAST_YEAR = regex.compile(r"(?<!\p{L})(?:năm trước|năm ngoái|cùng kỳ năm trước)(?!\p{L})", I)

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
    years: list[tuple[int, int, int, int]] = field(default_factory=list)  # (start, end, first, last)
    programme: bool = False                       # a khuyến công article
    funding_default: str | None = None

    @classmethod
    def build(cls, text: str, province: str | None, date: str | None) -> "DocContext":
        ctx = cls(text, province, int(date[:4]) if date and date[:4].isdigit() else None)
        ctx.programme = bool(KHUYEN_CONG.search(text))
        offset = 0
        in_plan = None
        for line in text.splitlines(keepends=True):
            stripped = line.strip()
            if stripped:
                if PLAN_HEADING.search(stripped):
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
            if _COMPARED.search(text, max(0, m.start() - 30), m.start()):
                continue        # "so với năm 2015" names the base of a comparison, not the period
            if m["a"]:
                first, last = int(m["a"]), int(m["b"])
            else:
                first = last = int(m["c"] or m["d"])
            if first <= last:
                ctx.years.append((m.start(), m.end(), first, last))
        if ctx.programme:
            lead = text[:1500]
            funds = _funds(lead)
            ctx.funding_default = funds[0] if len(funds) == 1 else None
        return ctx


FUNDS = (("national", NATIONAL_FUNDS), ("local", LOCAL_FUNDS), ("enterprise", ENTERPRISE_FUNDS))


def _funds(text: str) -> list[str]:
    """The funding sources named in `text`."""
    return [name for name, pattern in FUNDS if pattern.search(text)]


def status(ctx: DocContext, sent_start: int, start: int, end: int, years) -> str:
    if any(a <= start < b for a, b in ctx.plan_ranges):
        return "plan"
    before = ctx.text[sent_start:start]
    plan = [m for m in PLAN_CUES.finditer(before) if not _AGAINST_PLAN.search(before, 0, m.start())]
    actual = list(ACTUAL_CUES.finditer(before))
    last_plan = plan[-1].end() if plan else -1
    last_actual = actual[-1].end() if actual else -1
    if last_plan > last_actual:
        return "plan"
    if last_actual < 0 and years and ctx.year and years[0] > ctx.year:
        return "plan"
    return "actual"


def relation(ctx: DocContext, sent_start: int, start: int, end: int) -> str:
    after = ctx.text[end:end + 60]
    before = ctx.text[max(sent_start, start - 80):start]
    if OF_PLAN_AFTER.match(after):
        return "of_plan"
    if CHANGE_BEFORE.search(before):
        return "change"
    if regex.search(r"(?<!\p{L})chiếm(?:\s+\S+){0,4}\s*$", before, flags=I) or _NOUN_AFTER.match(after):
        return "share"
    if CHANGE_AFTER.match(after):
        return "change"
    if OTHER_BEFORE.search(before):
        return "other"
    if SHARE_BEFORE.search(before):
        return "share"
    return "other"


def funding(ctx: DocContext, sent_start: int, sent_end: int, start: int, end: int) -> str:
    text = ctx.text
    # the source named right after the amount: "1.986,1 triệu đồng (kinh phí khuyến công địa phương)"
    after = text[end:min(sent_end, end + 70)]
    paren = regex.match(r"^\s*[(\[]([^()\[\]]{0,80})[)\]]", after)
    trailing = regex.match(r"^\s*,?\s*(?:từ|thuộc|bằng)\s+(?:nguồn\s+)?([^.;]{0,60})", after)
    for piece in filter(None, [paren and paren[1], trailing and trailing[1]]):
        funds = _funds(piece)
        if len(funds) == 1:
            return funds[0]
    before = text[max(sent_start, start - 120):start]
    clause_start = max((m.end() for m in regex.finditer(r"[;:]|\.\s", before)), default=0)
    clause = before[clause_start:]
    funds = _funds(clause)
    total = TOTAL_FUNDS.search(clause)
    if len(funds) >= 2:
        # several sources before one amount: the nearest names it, unless "tổng" comes after them all
        nearest_end, nearest = max((list(p.finditer(clause))[-1].end(), name) for name, p in FUNDS if p.search(clause))
        return "total" if total and total.start() >= nearest_end else nearest
    if funds:
        return funds[0]
    sentence_funds = _funds(text[sent_start:start])
    if total and (len(sentence_funds) >= 2 or not sentence_funds):
        return "total" if ctx.programme and PROGRAMME.search(clause) else "other"
    if len(sentence_funds) == 1:
        return sentence_funds[0]
    if ctx.programme and PROGRAMME.search(clause) and ctx.funding_default:
        return ctx.funding_default
    return "other"


def province(ctx: DocContext, sent_start: int, sent_end: int, start: int) -> str | None:
    sentence = ctx.text[sent_start:sent_end]
    if NATIONAL_CUES.search(sentence):
        return NATIONAL
    named = find_provinces(ctx.text, sent_start, start)
    if named:
        return named[-1][2]
    if ctx.province:
        return ctx.province
    named = find_provinces(ctx.text, start, sent_end)
    if named:
        return named[0][2]
    return NATIONAL


def years(ctx: DocContext, para_start: int, sent_start: int, start: int, end: int) -> list[int] | None:
    text = ctx.text
    in_sentence = [y for y in ctx.years if sent_start <= y[0] < start]
    if in_sentence:
        return [in_sentence[-1][2], in_sentence[-1][3]]
    sentence_end = text.find(".", end)
    sentence = text[sent_start:sentence_end if sentence_end > 0 else len(text)]
    if ctx.year and THIS_YEAR.search(sentence):
        return [ctx.year, ctx.year]
    after = [y for y in ctx.years if end <= y[0] < (sentence_end if sentence_end > 0 else len(text))]
    if after and not _COMPARED.search(text, max(0, after[0][0] - 30), after[0][0]):
        return [after[0][2], after[0][3]]
    earlier = [y for y in ctx.years if y[0] < sent_start]
    if earlier:
        return [earlier[-1][2], earlier[-1][3]]
    if ctx.year:
        return [ctx.year, ctx.year]
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
        cut = max((m.end() for m in regex.finditer(r"[,;:(\n]", earlier)), default=0)
        phrase = _LEAD_WORDS.sub("", earlier[cut:].strip()).strip(" :-")
        phrase = regex.sub(r"\s+(?:là|đạt|được|với|và)$", "", phrase, flags=I)
    words = phrase.split()
    return " ".join(words[-8:]) if words else None


def attach(ctx: DocContext, span, sent_start: int, sent_end: int) -> None:
    """Fill the context attributes of one figure span."""
    start, end = span.start_char, span.end_char
    para_start = ctx.text.rfind("\n", 0, start) + 1
    span._.years = years(ctx, para_start, sent_start, start, end)
    span._.status = status(ctx, sent_start, start, end, span._.years)
    span._.relation = relation(ctx, sent_start, start, end) if span.label_ == "percent" else None
    span._.funding = funding(ctx, sent_start, sent_end, start, end) if span.label_ == "money" else None
    span._.province = province(ctx, sent_start, sent_end, start)
    span._.province_2025 = province_2025(span._.province)
    span._.indicator = indicator(ctx, sent_start, sent_end, start, end, span.label_, span._.unit)
    span._.activity = activity(ctx, sent_start, sent_end, start, end)
