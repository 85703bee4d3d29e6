"""What a figure is about: the activity of the khuyến công programme it belongs to (from the words
around it, then the heading above it, then its sentence) and its indicator (the noun phrase it
measures, words of the sentence)."""
from __future__ import annotations

import regex

I = regex.IGNORECASE

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
_PUNCT = regex.compile(r"[,;:(\n]")
_TRAILING_VERB = regex.compile(r"\s+(?:là|đạt|được|với|và)$", I)


def headings(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the headings of a text: "Về đào tạo nghề:", short lines without a full stop."""
    found, offset = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            heading = _HEADING.match(stripped)
            if heading and len(heading["h"].split()) <= 25:
                found.append((offset, heading["h"]))
            elif len(stripped.split()) <= 8 and not stripped.endswith((".", "?", "!")):
                found.append((offset, stripped))
        offset += len(line)
    return found

# ---------------------------------------------------------------- indicator
_CLAUSE_START = regex.compile(r"[,;:(\n]|(?<!\p{L})(?:và|với|trong đó|cụ thể|gồm|là|đạt|được|thì|như|chiếm|của)(?!\p{L})", I)
_INDICATOR_STOP = regex.compile(r"[,;:()\n.]|(?<!\p{L})(?:cho|của|với|tại|trong|và|đạt|được|là|từ|đến|so|với|tham|"
                                r"trên|để|nhằm|thuộc|theo|đã|sẽ|có|thì|mà|gồm)(?!\p{L})", I)
_LEAD_WORDS = regex.compile(r"^(?:\s*(?:tổng|với|là|đạt|được|có|thực hiện|trong đó|gồm|hỗ trợ|chỉ|mới|còn|khoảng|gần|"
                            r"hơn|trên|dưới|ước|tăng|giảm|chiếm|lên|tới|đến|từ|như|của|thu hút|dành|số|cho|vốn)\b)+", I)


def activity(text: str, programme: bool, headings: list[tuple[int, str]], sent_start: int, sent_end: int,
             start: int, end: int) -> str | None:
    if not programme:
        return None
    near = text[max(sent_start, start - 60):min(sent_end, end + 60)]
    for name, cue in ACTIVITY_CUES:
        if cue.search(near):
            return name
    heading = next((h for off, h in reversed(headings) if off <= start), None)
    if heading:
        for name, cue in ACTIVITY_CUES:
            if cue.search(heading):
                return name
    sentence = text[sent_start:sent_end]
    for name, cue in ACTIVITY_CUES:
        if cue.search(sentence):
            return name
    return OTHER_ACTIVITY


def indicator(text: str, sent_start: int, sent_end: int, start: int, end: int, kind: str, unit: str | None) -> str | None:
    if kind == "count":
        stop = _INDICATOR_STOP.search(text, end, sent_end)
        tail = text[end:stop.start() if stop else sent_end].split()[:6]
        words = " ".join([unit or "", *tail]).strip()
        return words or None
    before = text[max(sent_start, start - 300):start]      # bounded: a "sentence" may run for pages
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


