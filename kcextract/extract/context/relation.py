"""What a percentage is of (ANNOTATION.md section 6, relation): of_plan, share, change, other.

Decided on the words right after the figure first (`... kế hoạch`, `... so với cùng kỳ`,
`... số hộ`), then on the words right before it in its clause (`tăng`, `chiếm`, `lãi suất`),
then on the clause and the sentence (`tỷ lệ`, `cơ cấu`, an item of a `Trong đó,` breakdown).
A figure after `tăng/giảm` is the change itself; after `lên`, `xuống`, `còn` it is the new level.
"""
from __future__ import annotations

import regex

from .cues import BREAKDOWN, COMMA, Cue, alternation, last_match, list_intro, sentence_start

I = regex.IGNORECASE

AFTER = [   # the words right after the percentage
    Cue("of_plan", r"(?:so\s+(?:với\s+)?)?(?:kế hoạch|KH|chỉ tiêu|dự toán|mục tiêu|nhiệm vụ|cam kết)",
        "progress against a plan named as such", "Ngành thu ngân sách đạt 62,5% dự toán năm."),
    Cue("of_plan", r"(?:tổng\s+)?(?:kinh phí|vốn|nguồn vốn|số vốn|mức vốn|chi phí|mức đầu tư)\s+(?:\p{L}+\s+){0,2}?"
                   r"(?:dự kiến|được giao|được phân bổ|được duyệt|được phê duyệt)",
        "progress against a sum planned or assigned, named as such",
        "Năm đầu, các huyện giải ngân 9 tỷ đồng, bằng 21,4% tổng kinh phí dự kiến của chương trình."),
    Cue("change", r"so\s+(?:với\s+)?(?:cùng kỳ|năm|tháng|quý|cuối|đầu|mức|thời điểm|\d|cùng thời điểm|giai đoạn|"
                  r"trước|bình quân|kỳ)|(?:của\s+)?cùng kỳ",
        "against an earlier period", "Sản lượng điện đạt 104,6% so với cùng kỳ."),
    Cue("other", r"mức (?:bình quân|trung bình)", "a ratio to an average, not a part of it",
        "Năng suất lao động của Phú Yên chỉ bằng 81% mức bình quân cả nước."),
    Cue("share", r"(?:tổng|chi phí|kinh phí|nhu cầu|dư nợ|số|giá trị|vốn|diện tích|lượng|lao động|doanh nghiệp|"
                 r"sản lượng|cổ phần|thị phần|tổng số|dân số|hộ|người|học sinh|lượt|trong số|cơ sở|hợp tác xã|xã|"
                 r"thôn|làng|dân|cử tri|gia đình|công suất|khối lượng|kế hoạch vốn|phần vốn|còn lại|nguồn vốn|"
                 r"GDP|GRDP)",
        "part of a whole or of a population", "Có 82% số hộ đã dùng nước sạch."),
]
BEFORE = [  # the words right before it, in its clause
    Cue("other", r"lãi suất|thuế suất|lạm phát|phí|lệ phí|mức đóng|tỷ giá|cổ tức(?:\s+\S+){0,2}|tỷ suất(?:\s+\S+){0,5}?\s+(?:chỉ\s+)?(?:đạt|là|ở mức)",
        "a rate, not a part or a change",
        "Lãi suất cho vay chỉ 6,9%/năm."),
    Cue("share", r"chiếm(?:\s+\S+){0,4}|góp|nắm giữ|sở hữu|hỗ trợ(?:\s+thêm)?|tài trợ|đóng|chi trả|lấp đầy(?:\s+\S+){0,2}|"
                 r"đạt tỷ lệ|đáp ứng|được (?:miễn,?\s+)?giảm",
        "a part, a stake, occupancy or a support rate", "Nhà nước hỗ trợ 70% kinh phí mua máy."),
    Cue("change", r"(?:tăng|giảm|tăng trưởng|tăng thêm|giảm đi|sụt giảm|tăng bình quân|giảm bình quân|"
                  r"tăng khoảng|giảm khoảng|tăng hơn|giảm hơn|tăng gần|giảm gần|tăng trên|giảm trên|tăng tới|"
                  r"tăng lần lượt|giảm lần lượt|tăng nhẹ|giảm nhẹ|tăng mạnh|giảm mạnh|tăng cao|tốc độ tăng|thêm)"
                  r"(?:\s+(?:khoảng|hơn|gần|trên|dưới|ở mức|đạt|là|trung bình|bình quân|hằng năm|hàng năm|mỗi năm|"
                  r"\S+%,?))*",
        "a rise or a fall", "Giá trị sản xuất tăng 9,2%."),
]
CLAUSE = [  # anywhere in its clause or sentence before it
    Cue("of_plan", r"so với (?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)", "a rate measured against a plan named before it",
        "Tỷ lệ giải ngân so với kế hoạch của các năm lần lượt là 91%, 97% và 104%."),
    Cue("other", r"(?<!%\s*)(?:lãi suất|thuế suất|lạm phát)", "interest and tax rates (not the base of a support rate, "
        "'hỗ trợ 100% lãi suất')", "Mức lãi suất huy động phổ biến là 5,5%."),
    Cue("share", r"chiếm|tỷ lệ|tỷ trọng|cơ cấu|nội địa hóa|tổng số|trong tổng|trong đó|phần trăm số|lấp đầy|"
                 r"khối lượng|hoàn thành|giải ngân|độ che phủ|bao phủ|vốn nước ngoài|vốn điều lệ|cổ phần|"
                 r"kinh phí|chi phí|tổng chi|công suất|nợ xấu|nợ quá hạn",
        "a part of a whole (occupancy, bad debt as a part of lending)", "Tỷ lệ lao động qua đào tạo là 68%."),
    Cue("change", r"tăng trưởng|tốc độ tăng|mức tăng|(?<!trị gia )tăng|giảm", "growth against an earlier period (not giá trị gia tăng, value added)",
        "Tốc độ tăng trưởng kinh tế của huyện năm nay ước 8,1%."),
]
TABLE = AFTER + BEFORE + CLAUSE

_AFTER = [(c.label, regex.compile(rf"^\s*(?:/\s*\p{{L}}+\s*)?(?:{c.pattern})(?!\p{{L}})", I)) for c in AFTER]
_BEFORE = [(c.label, regex.compile(rf"(?<!\p{{L}})(?:{c.pattern})(?:\s+(?:khoảng|gần|chừng))?\s*(?:từ\s+)?$", I)) for c in BEFORE]
_CLAUSE = [(c.label, alternation([c])) for c in CLAUSE]
# after these the figure is a level, not the change: "tăng lên 43%", "giảm xuống còn 3%"
# and after "so với" the figure is the level compared with: "giảm mạnh so với 2,46% cuối năm 2016"
LEVEL_BEFORE = regex.compile(r"(?<!\p{L})(?:lên|xuống|còn|xuống còn|lên đến|lên tới|về|so với(?: mức)?)"
                          r"(?:\s+(?:khoảng|gần|hơn|trên|dưới|mức))?\s*$", I)
# a debt or a deficit is measured against GDP, not a part of it: "bội chi 3,6% GDP", "nợ công 61,4% GDP"
_DEBT_TO_GDP = regex.compile(r"(?<!\p{L})(?:bội chi|thâm hụt|nợ công|nợ Chính phủ|nợ nước ngoài|nợ quốc gia|"
                             r"dư nợ công|nghĩa vụ trả nợ)(?!\p{L})", I)
_GDP_AFTER = regex.compile(r"\s*(?:GDP|GRDP)(?!\p{L})")
# "tăng từ 62% năm 2019 lên 71%": both figures are levels, the change is between them
_FROM_BEFORE = regex.compile(r"(?<!\p{L})(?:tăng|giảm)\s+từ(?:\s+(?:khoảng|gần|hơn|trên|dưới|mức))?\s*$", I)
# "giảm 5,9 điểm phần trăm/năm, từ 36,5% ... xuống 24,7%": the span of the change just written
_FROM_AFTER_CHANGE = regex.compile(r",\s*từ(?:\s+(?:khoảng|gần|hơn|trên|dưới|mức))?\s*$", I)
_TO_AFTER = regex.compile(r"[^,;.%]{0,25}?(?<!\p{L})(?<!trở\s)(?:lên|xuống|còn)(?!\p{L})", I)   # not "trở lên", "or more"
_CLAUSE_START = regex.compile(rf"{COMMA}|[;:(]")
_POINTS = regex.compile(r"(?<!\p{L})điểm(?!\p{L})", I)
_A_NOUN_AFTER = regex.compile(r"\s+(?!(?:so|với|và|là|của|trong|đạt|tăng|giảm|cho|trở|trên|dưới|mỗi|năm|tháng|kế|"
                              r"lên|xuống|thì|nhưng|còn|được|đã|sẽ|vào|tại|ở|từ|đến|tới|theo|do|khi|nên|mà|hoặc|"
                              r"hay|nữa|rồi|thôi|này|đó|kể)(?!\p{L}))(?:\p{Ll}{2,}|\p{Lu}{2,}(?!\p{Ll}))")   # "37% HTX"
_GLOSS_OF_COUNT = regex.compile(r"\d[\d.,]*\s+\p{L}[\p{L} ]{0,30}\(\s*$")
# ("hỗ trợ 100% lãi suất": interest is the base of a support rate there, not the rate)
_RATES = regex.compile(r"(?<!%\s*)(?<!\p{L})(?:lãi suất|thuế suất|cổ tức|biên độ|tỷ giá|tỷ suất)(?!\p{L})", I)


_MORE_BEFORE = regex.compile(r"(?<!\p{L})thêm(?:\s+(?:khoảng|hơn|gần|trên))?\s*$", I)


def _before_label(before: str) -> str | None:
    """The label of the first BEFORE cue the words right before a figure end with."""
    return next((label for label, pattern in _BEFORE if pattern.search(before)), None)


# "Trong đó, lao động phổ thông 40%, trung cấp 25%": items of a breakdown are shares (cues.BREAKDOWN)
# A disbursement rate is measured against the capital plan when the plan is named in its sentence or
# the one before ("Kế hoạch vốn được giao 448.480 tỷ đồng. ... mới giải ngân 73.340 tỷ đồng, đạt
# 41,2%"); with no plan named it stays a part of the capital ("giải ngân vốn FDI đạt 65%").
_DISBURSED = regex.compile(r"(?<!\p{L})giải ngân(?!\p{L})", I)
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
_FRACTION_BEFORE = regex.compile(r"(?<![\d/])\d[\d.]*\s*/\s*\d[\d.]*(?![\d/])\s+\p{L}")
_PLAN_NAMED = regex.compile(r"(?<!\p{L})(?<!Sở |Bộ |Phòng )(?:kế hoạch|dự toán|được(?:\s+\S+){0,3}\s+giao|giao vốn)(?! và Đầu tư)(?!\p{L})", I)


_ONLY_HEDGE = regex.compile(r"(?:\s|khoảng|gần|hơn|trên|dưới|là|đề ra|của)*", I)
_RATE_RUN = regex.compile(r"(?:\s*(?:,|và)\s*\d[\d.,]*\s*%)+")
_CUT_BEFORE = regex.compile(r"(?<!\p{L})(?:cắt|tiết) giảm(?:\s+(?:ít nhất|tối thiểu|khoảng|thêm))?\s*$", I)
_LEVEL_COMPARED = regex.compile(r"(?<!\p{L})(?:(?:thấp|cao) hơn(?:\s+(?:nhiều|nhẹ|khá))?(?:\s+so với)?|so với)\s+mức\s*$", I)
_TARGET_NAMED = regex.compile(r"(?<!%\s*)(?<!\p{L})(?:mục tiêu|chỉ tiêu|kế hoạch)(?!\p{L})", I)
_ACHIEVED_COUNT = regex.compile(r"(?<!\p{L})(?:đạt|được)\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d[\d.,]*\s+\p{L}[\p{L} ]{0,30}\(\s*$", I)
_ACHIEVED_BEFORE = regex.compile(r"(?<!\p{L})(?:đạt|bằng)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$", I)
_RATE_OF_PLAN = regex.compile(r"\d\s*%\s*(?:so\s+với\s+)?(?:kế hoạch|dự toán|chỉ tiêu|KH)(?!\p{L})", I)
# a comparison with another place or thing ("cao hơn Ấn Độ khoảng 15%"), not with an earlier period
_COMPARED_WITH = regex.compile(r"(?<!\p{L})(?:cao|thấp|đắt|rẻ|lớn|nhỏ|nhiều|ít|nhanh|chậm) hơn\s+"
                               r"(?P<what>[^\d%;.:()]{2,50}?)\s*(?:khoảng|gần|hơn|trên|dưới|tới)?\s*$", I)
_EARLIER = regex.compile(r"(?<!\p{L})(?:năm|tháng|quý|cùng kỳ|giai đoạn|trước|ngoái|tăng|tốc độ)(?!\p{L})", I)
_PERIOD_WORD = regex.compile(r"(?<!\p{L})(?:năm|tháng|quý|kỳ|giai đoạn|trước|ngoái|đầu|cuối|lần|mức|bình quân|trung bình|"
                             r"so với|dự|kế|chỉ|mục|giá|tăng|tốc độ)(?!\p{L})", I)


def _plan_named(text: str, sent_start: int, end: int) -> bool:
    para_start = text.rfind("\n", 0, sent_start) + 1
    lo = max(para_start, sentence_start(text, max(para_start, sent_start - 2)))   # the sentence before
    stop_after = _SENTENCE_END.search(text, end)
    return bool(_PLAN_NAMED.search(text, lo, stop_after.start() if stop_after else len(text)))


def relation(text: str, sent_start: int, start: int, end: int,
             previous: tuple[int, str] | None = None) -> str:
    """`previous`: where the percentage before this one in the document ended, and its relation;
    a figure with no cue of its own continues it ("dẫn đầu là Phú Thọ với 81,2%, tiếp đến Hải
    Dương 79,5%", after a sentence of disbursement rates) when it is in the same paragraph and near."""
    if _POINTS.search(text, start, end):
        return "change"            # percentage points measure a change (ANNOTATION.md section 3)
    sent_start = max(sent_start, start - 400)      # what governs a figure is written near it
    after = text[end:end + 60].split("\n", 1)[0]     # a title's figure is not measured by the next line
    run = _RATE_RUN.match(text, end)
    if run:                        # "lần lượt đạt 86,4% và 91,2% dự toán": the words after the last rate
        after = text[run.end():run.end() + 60].split("\n", 1)[0]
    if _GDP_AFTER.match(after) and _DEBT_TO_GDP.search(text, max(sent_start, start - 120), start):
        return "other"
    sentence = text[sent_start:start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(sentence)), default=0)
    clause = sentence[cut:]
    before = text[max(sent_start, start - 60):start]
    restated = previous is not None and previous[1] == "change" and previous[0] >= sent_start \
        and _FROM_AFTER_CHANGE.search(before)
    level = bool(LEVEL_BEFORE.search(before)) or bool(
        (_FROM_BEFORE.search(before) or restated) and _TO_AFTER.match(text, end, min(len(text), end + 40)))
    if previous and previous[0] >= sent_start and _LEVEL_COMPARED.search(before):
        return previous[1]         # "bằng 47,2% kế hoạch, thấp hơn mức 51,4% của cùng kỳ": the same measure a year before
    for label, pattern in _AFTER:
        if pattern.match(after):
            if label == "share" and not level and (_MORE_BEFORE.search(before) and _before_label(before) == "change"
                                                   or _CUT_BEFORE.search(before)):
                return "change"    # "cắt giảm thêm 10% vốn hỗ trợ", "tiết giảm ít nhất 5% chi phí": the change of what the noun after names
            return label
    if _RATES.search(clause) or BREAKDOWN.match(clause.lstrip(" ,")) and _RATES.search(sentence):
        return "other"             # "lãi suất giảm từ 0,5 - 1,5%/năm": still a rate; so are a dividend's parts
    if _GLOSS_OF_COUNT.search(before):
        # "298 doanh nghiệp (27,4%)": the part those are of the whole; but after a target named in
        # its sentence ("mục tiêu đưa 10.000 lao động ..., mới đạt 4.418 người (44,2%)") the progress
        return "of_plan" if _ACHIEVED_COUNT.search(before) and _TARGET_NAMED.search(sentence) else "share"
    for label, pattern in _BEFORE:
        if pattern.search(before) and not (label == "change" and level):
            return label
    compared = _COMPARED_WITH.search(before)
    if compared and not _PERIOD_WORD.search(compared["what"]):
        return "other"             # "cao hơn Ấn Độ, Ecuador khoảng 15%": against another place or thing, not a period
    if compared and _EARLIER.search(compared["what"]):
        return "change"            # "cao hơn năm ngoái 8%", "cao hơn tốc độ tăng chung 7%"
    for scope in (clause, sentence):
        # the cue nearest the figure decides
        best, found = -1, None
        for label, pattern in _CLAUSE:
            if label == "change" and level:
                continue
            m = last_match(pattern, scope, 0, len(scope))
            if m and label == "of_plan" and _ONLY_HEDGE.fullmatch(scope, m.end()):
                continue           # "thấp xa so với mục tiêu khoảng 5%": the figure is the target itself
            if m and m.end() > best:
                best, found = m.end(), label
                if label == "share" and _DISBURSED.fullmatch(m[0]) and (
                        _plan_named(text, sent_start, end) or previous and previous[1] == "of_plan"
                        and previous[0] >= max(sent_start - 400, text.rfind("\n", 0, start) + 1)):
                    # (or the rates just before it in its paragraph were measured against the plan)
                    found = "of_plan"
        if found:
            return found
    if BREAKDOWN.search(sentence):
        return "share"
    if _A_NOUN_AFTER.match(text, end):
        return "share"             # "95% hồ sơ", "60% diện tích": a part of what the noun counts
    if level:
        return "share"
    if _FRACTION_BEFORE.search(text, max(sent_start, start - 120), start):
        return "share"             # "112/120 học viên được cấp chứng chỉ, đạt 93,3%": the fraction as a part
    intro = list_intro(text, sent_start)
    if intro and _ACHIEVED_BEFORE.search(before) and _RATE_OF_PLAN.search(text, *intro):
        return "of_plan"           # "giải ngân ..., đạt 76,2% kế hoạch. Cụ thể:" then "+ Vốn ...: 498,6 tỷ đồng, đạt 61,4%;"
    if intro and BREAKDOWN.search(text, *intro):
        return "share"             # "Cơ cấu ngành nghề trong các CCN:" then "- Cơ khí, điện tử: 27%;"
    if previous and previous[0] >= max(sent_start - 300, text.rfind("\n", 0, start) + 1):
        return previous[1]         # no cue of its own: the measure of the rates just before goes on
    return "other"
