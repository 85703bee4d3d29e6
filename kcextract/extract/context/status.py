"""Plan or actual (ANNOTATION.md section 6, status), decided on the clause that governs a figure.

The cue nearest before the figure in its sentence decides; a result marker (`đã`,
`thực hiện được`) after a plan cue wins (`kế hoạch ... đã thực hiện được 1,2 tỷ đồng`);
`kế hoạch` right after a result is what the result is measured against (`đạt 33% so với
kế hoạch`), not a plan. Some cues bind only their own clause (`bố trí`, `phân bổ`), others
the whole sentence (`dự kiến`, `mục tiêu`). With no cue in the sentence, a period after the
article's year makes a plan, then the paragraph's own cues decide, else `actual`.
"""
from __future__ import annotations

import regex

from .cues import BREAKDOWN, CLAUSE_BREAK as _CLAUSE_BREAK, Cue, alternation, last_match, list_intro, sentence_start

I = regex.IGNORECASE

# Cues that make the rest of their sentence a plan.
SENTENCE_PLAN = [
    Cue("plan", r"(?<!Bộ |Sở |Phòng |Vụ |/|\d )kế hoạch(?! và Đầu tư)", "a plan (not the planning ministry; not plans counted, '68 đề án/kế hoạch khuyến công')",
        "Theo kế hoạch, huyện hỗ trợ 12 cơ sở."),
    Cue("plan", r"dự kiến", "a forecast", "Dự kiến tổng vốn là 3,5 tỷ đồng."),
    Cue("plan", r"(?<!\d )mục tiêu(?! quốc gia)", "a target (not the name of a National Target Programme, "
        "'Chương trình mục tiêu quốc gia'; not targets counted, '12 mục tiêu')", "Mục tiêu của tỉnh là 40 sản phẩm OCOP."),
    Cue("plan", r"phấn đấu", "a target", "Tỉnh phấn đấu thu hút 25 dự án."),
    Cue("plan", r"cần phải|cần|Cần(?! Thơ| Giờ| Đước| Giuộc)", "a need (not Cần Thơ)", "Ngành cần thêm 3.000 lao động.",
        case=True),
    Cue("plan", r"sẽ", "what is still to be done", "Năm tới huyện sẽ mở 6 lớp nghề."),
    Cue("plan", r"yêu cầu|(?<!vẫn |đã |buộc )phải(?! trả| thu| chịu| nộp| đóng| bồi thường)|cho được", "an obligation still to be met",
        "Ngành công nghiệp phải tăng 9,5% trong năm."),
    Cue("plan", r"đề xuất|kiến nghị|(?<!tiền |hồ sơ )đề nghị|tham mưu", "a proposal (not 'số tiền đề nghị', an amount claimed)",
        "Sở đề xuất bổ sung 800 triệu đồng."),
    Cue("plan", r"(?<!\d )chỉ tiêu|định hướng|(?<!vấn đề )đặt ra|đề ra", "a target (not 'vấn đề đặt ra', an issue raised; "
        "not targets counted, 'trong 28 chỉ tiêu có 18 chỉ tiêu đạt')", "Chỉ tiêu đặt ra là 15 cơ sở."),
    Cue("plan", r"mong muốn|mong|hy vọng|kỳ vọng|chuẩn bị(?=\s+\p{L})|xem xét|có thể(?! kể| thấy| nói| nhận)",
        "a hope, a preparation for an act, a consideration or a possibility: not yet a result "
        "(not 'chuẩn bị 13 dự án', the things prepared; not 'có thể kể đến', an example)",
        "Sở đang xem xét nâng mức hỗ trợ lên 50 triệu đồng."),
    Cue("plan", r"dự báo|dự thảo|giả sử|nếu(?! (?:phân loại|xét|tính|so sánh|so|nhìn|theo|chia|không tính|không kể|loại trừ|trừ))",
        "a forecast or a hypothesis (not 'nếu phân loại', a way of counting; not 'nếu không tính', what a result leaves out)", "Nếu vay thêm 2 tỷ đồng thì xưởng mở rộng."),
    Cue("plan", r"trong thời gian tới|thời gian tới|hướng tới|tiến tới", "the future", "Thời gian tới, tỉnh xây thêm 2 cụm công nghiệp."),
    Cue("plan", r"(?<!tính\s)(?:đến|tới) năm", "a target up to a year", "Tới năm 2030, tỉnh có 90 hợp tác xã."),
    Cue("plan", r"làm gì để|làm sao để|làm thế nào để", "a question about what is to be reached",
        "Làm gì để đạt 30 sản phẩm OCOP?"),
    Cue("plan", r"để đạt|nhằm đạt|để hoàn thành", "a purpose: what is to be reached (not 'để có được', how a thing is made)",
        "Để đạt 45 sản phẩm OCOP, tỉnh hỗ trợ các hợp tác xã."),
    Cue("plan", r"(?<!đơn vị |hồ sơ )dự toán|được giao(?! đất)|giao chỉ tiêu|tạm ứng|tạm cấp", "a budget assigned, not reported spent",
        "Dự toán năm nay được giao 4,2 tỷ đồng."),
    Cue("plan", r"phê duyệt|(?<!kiểm |xét )duyệt", "a budget approved, not reported spent (not 'kiểm duyệt', "
        "'xét duyệt', a review)", "Đề án được phê duyệt 1,6 tỷ đồng."),
    Cue("plan", r"kêu gọi đầu tư|cam kết", "money promised, not spent", "Nhà đầu tư cam kết rót 200 tỷ đồng."),
    Cue("plan", r"kịch bản|đàm phán|(?:thông qua|duyệt) phương án|phương án (?:chia|tăng|phân phối)",
        "a scenario, a negotiation, a scheme voted: not yet a result",
        "Đại hội cổ đông Ngân hàng Bắc Á thông qua phương án chia cổ tức 7% bằng tiền mặt."),
    Cue("plan", r"trình (?:đại hội|ĐHĐCĐ|HĐND|Hội đồng|Quốc hội|UBND|Ủy ban|Thủ tướng|Chính phủ|Bộ|cấp có thẩm quyền)",
        "a proposal submitted for approval", "Hội đồng quản trị trình đại hội cổ đông chia cổ tức 15%."),
    Cue("plan", r"ước (?:tính )?(?:hết|cả|đến hết|đến cuối|cuối) năm|(?:hết|cả) năm(?: nay)? ước",
        "a forecast of the whole year, before it ends", "Ước hết năm nay, tỷ lệ hộ nghèo của huyện còn 12%."),
]
# Cues that make only their own clause a plan ("ngân sách bố trí ..., đã hỗ trợ 7.000 lao động").
CLAUSE_PLAN = [
    Cue("plan", r"(?<!đáp ứng |\d%\s)nhu cầu (?:kinh phí|vốn|đầu tư|tài chính|chi|thực tế|hỗ trợ)",
        "money needed (not 'đáp ứng 45% nhu cầu', the need as a base)", "Nhu cầu vốn để nâng cấp đê biển ở Cà Mau khoảng 900 tỷ đồng."),
    Cue("plan", r"gói (?:tín dụng|hỗ trợ|kích cầu|cho vay|vay)", "a package of credit or support offered, not reported spent",
        "Ngân hàng đã đưa ra gói tín dụng 20.000 tỷ đồng cho nông nghiệp sạch."),
    Cue("plan", r"bố trí(?! (?:chỗ|nơi|việc làm|tái định cư|lực lượng|cán bộ|nhân lực|đất|sắp xếp))",
        "a budget set aside (not 'bố trí chỗ ở cho 3.200 công nhân', housing arranged)", "Tỉnh bố trí 900 triệu đồng cho đề án."),
    Cue("plan", r"phân bổ", "a budget allotted", "Bộ phân bổ 2,3 tỷ đồng cho tỉnh."),
    Cue("plan", r"(?<!đã )dành(?! cho)", "a budget set aside (what 'đã dành' lent or spent is a result)",
        "Huyện dành 500 triệu đồng cho khuyến công."),
    Cue("plan", r"(?<!chuyển |bàn )giao(?! thông| dịch| lưu| tiếp| thương| nhận| ban| đất)|nhằm",
        "an assignment or a purpose (not land allocated, not a transfer of technology or a handover)",
        "Tỉnh giao chỉ tiêu 10 cơ sở ứng dụng máy móc."),
    # a public project's total investment is the budget approved for it; the capital of a project
    # attracted or licensed is registered capital, a result
    Cue("plan", r"tổng mức đầu tư(?<!(?:thu hút|cấp phép|cấp giấy|đăng ký|FDI)[^.;]{0,80}tổng mức đầu tư)",
        "a project's approved total investment", "Dự án kè sông Trà Khúc có tổng mức đầu tư 240 tỷ đồng."),
]
# Result markers: they win over a plan cue written before them.
STRONG_ACTUAL = [
    Cue("actual", r"đã(?! bao gồm| gồm| tính cả| kể cả)|(?<!nhỏ và |nhỏ, )vừa(?! và nhỏ| phải| đủ| túi)|đang|thực hiện được|triển khai được|thu hút được|hoàn thành|(?<!vốn\s)giải ngân|ước đạt|hiện có|thực tế",
        "a result achieved (not 'doanh nghiệp nhỏ và vừa', small and medium)", "Kế hoạch năm 2024 đã giải ngân 1,1 tỷ đồng."),
    Cue("actual", r"(?:mới|chỉ|vẫn|mới chỉ) (?:đạt|được|giải ngân|thực hiện|thu|đáp ứng|chi)|phát hiện", "a result judged short ('mới đạt 18% dự toán')",
        "Thu tiền sử dụng đất của thị xã Ninh Hòa mới đạt 22% dự toán."),
    Cue("actual", r"tính đến|đến nay|năm qua|thời gian qua|qua \d+ năm|lũy kế", "results so far",
        "Lũy kế đến nay có 54 cơ sở được hỗ trợ."),
    Cue("actual", r"được cấp phép|cấp giấy chứng nhận|đăng ký|chỉ chiếm",
        "a licence granted, registered capital (of a licensed project), a share reported", "Dự án được cấp phép có vốn đăng ký 120 tỷ đồng."),
]
# Weaker result markers: they decide only where no plan cue stands before.
WEAK_ACTUAL = [
    Cue("actual", r"được|đạt|có|là", "a state or result reported", "Xã có 14 cơ sở sản xuất."),
    Cue("actual", r"hiện nay|hiện tại", "a state that holds now, unless a plan governs it ('cần ... hiện nay')",
        "Hiện nay, vốn của các cơ sở ở Hậu Giang chiếm 60% kinh phí."),
    Cue("actual", r"vốn điều lệ|chiếm", "charter capital, a share: a state, unless a plan governs it "
        "('dự kiến tăng vốn điều lệ lên 20 tỷ đồng', 'đến năm 2030 khách quốc tế chiếm 50%')",
        "Công ty có vốn điều lệ 50 tỷ đồng."),
]
TABLE = SENTENCE_PLAN + CLAUSE_PLAN + STRONG_ACTUAL + WEAK_ACTUAL

PLAN_CUES = alternation(SENTENCE_PLAN)
CLAUSE_PLAN_CUES = alternation(CLAUSE_PLAN)
STRONG = alternation(STRONG_ACTUAL)
WEAK = alternation(WEAK_ACTUAL)
PLAN_HEADING = regex.compile(r"(?:mục tiêu|kế hoạch|nhiệm vụ|phương hướng|chỉ tiêu|giải pháp)[^\n]{0,60}:\s*$", I)
# in a result clause "kế hoạch" right after the result is the plan it is measured against
_AGAINST_PLAN = regex.compile(r"(?:(?:so với|so|(?<!để |nhằm )đạt|bằng|vượt|thực hiện được|(?<!góp phần |nhằm |để )thực hiện|hoàn thành)\s+(?:\S+\s+){0,3}|"
                           r"\d\s*%\s+(?:[^\s\d,;.]+\s+){0,3})$", I)      # "và 104,8% dự toán", "15,6% tổng kinh phí dự kiến"
# result verbs that a plan cue can govern; "đã", "được", "ước đạt" mark a result however they stand
_MEASURED_PLAN = regex.compile(r"(?:(?<!\p{L})(?:so với|đạt|bằng|vượt)\s+(?:[\d.,]+\s*%\s+)?|[\d.,]+\s*%\s+)(?:so với\s+)?"
                            r"(?:kế hoạch|dự toán|chỉ tiêu)(?:\s+[^\s,;.]+){0,4}?\s+$", I)
_PLEDGE = regex.compile(r"cam kết|phấn đấu|mục tiêu|chỉ tiêu|để đạt|nhằm đạt", I)
_MODAL = regex.compile(r"có thể|sẽ|dự kiến|dự báo|phải|cần", I)
_BARE_VERB = regex.compile(r"giải ngân|hoàn thành", I)
_PAST = regex.compile(r"(?<!\p{L})(?:đã|vừa|đang|mới)(?!\p{L})", I)
# "đạt mục tiêu 6,7%": the plan word is the figure's own head, so the figure is the target
_HEAD_OF_FIGURE = regex.compile(r"(?:\s+[^\s,;.]+){0,2}?\s*(?:là|đạt|ở mức|khoảng|trên|dưới)?\s*", I)


def plan_sections(text: str) -> list[tuple[int, int]]:
    """Stretches under a targets heading ("Mục tiêu cụ thể đến năm 2025:"), list items included."""
    ranges, offset, in_plan = [], 0, None
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            if len(stripped) <= 100 and PLAN_HEADING.search(stripped):
                if in_plan is not None:
                    ranges.append((in_plan, offset))
                in_plan = offset + len(line)
            elif in_plan is not None and not stripped.startswith(("-", "+", "•", "*")):
                ranges.append((in_plan, offset))
                in_plan = None
        offset += len(line)
    if in_plan is not None:
        ranges.append((in_plan, len(text)))
    return ranges


WEAK_RESULT = "weak"     # only "đạt", "có", "là": actual, unless the figure's period is still to come


def from_cues(text: str, lo: int, hi: int, figure: bool = True) -> str | None:
    """plan, actual or WEAK_RESULT from the cues in text[lo:hi] (nearest the end decides); None if none.
    `figure`: a figure stands at `hi` (else text[lo:hi] is a clause announcing or broken down later)."""
    brk = last_match(_CLAUSE_BREAK, text, lo, hi)
    clause = brk.end() if brk else lo
    plan_cue = last_match(PLAN_CUES, text, lo, hi)
    against = plan_cue and _AGAINST_PLAN.search(text[max(lo, plan_cue.start() - 40):plan_cue.start()])
    if against and (not figure or not _HEAD_OF_FIGURE.fullmatch(text, plan_cue.end(), hi)
                    or against[0].lower().startswith("vượt")):
        # "đạt 33% so với kế hoạch", "vượt kế hoạch": the plan measured against; "chi vượt dự toán
        # 12,6 tỷ đồng": the figure is the excess
        plan_cue = None
    if brk and _ELLIPTIC.fullmatch(text, clause, hi):
        # "Nghệ An bố trí 11,2 tỷ đồng; Thanh Hóa 8,6 tỷ đồng": a clause of a name and a figure leaves
        # its verb out, and takes the clause's before it
        before = last_match(_CLAUSE_BREAK, text, lo, brk.start())
        clause = before.end() if before else lo
    clause_cue = last_match(CLAUSE_PLAN_CUES, text, clause, hi)
    colon = text.rfind(":", lo, clause)
    if clause_cue is None and colon >= 0:
        # "Nguồn 100 tỷ đồng được phân bổ như sau: Mù Cang Chải 30 tỷ đồng, 1.250 hộ; Văn Chấn ...": the
        # items of a list after a colon are what the clause announcing them allots (not what a sibling
        # item's own verb does)
        before = last_match(_CLAUSE_BREAK, text, lo, colon)
        clause_cue = last_match(CLAUSE_PLAN_CUES, text, before.end() if before else lo, colon)
    if clause_cue and _MEASURED_PLAN.search(text, max(lo, clause_cue.start() - 60), clause_cue.start()):
        clause_cue = None          # "bằng 141% dự toán Trung ương giao": the plan measured against
    plan = max(plan_cue.end() if plan_cue else -1, clause_cue.end() if clause_cue else -1)
    strong = last_match(STRONG, text, lo, hi)
    if strong and strong.end() > plan:
        if plan_cue and _BARE_VERB.fullmatch(strong[0]) and strong.start() - plan_cue.end() < 60 \
                and (not _CLAUSE_BREAK.search(text, plan_cue.end(), strong.start()) or _PLEDGE.fullmatch(plan_cue[0])) \
                and not _PAST.search(text, plan_cue.end(), strong.start()):
            # "phấn đấu ... giải ngân 95%", "cần hoàn thành": the verb is what is intended; after a pledge or a
            # target, also past a clause break ("cam kết đến ngày 30/9, cả nước giải ngân được ít nhất 55%")
            return "plan"
        if plan_cue and strong.start() - plan_cue.end() <= 1 and _MODAL.fullmatch(plan_cue[0]):
            return "plan"          # "có thể chỉ đạt 3,9 tỷ USD": the result is what may come
        if plan_cue and plan_cue[0].lower() == "nếu" and not _PAST.search(text, plan_cue.end(), strong.end()):
            return "plan"          # "nếu giá tiếp tục giảm, kim ngạch cả năm chỉ đạt 41,5 tỷ USD": a hypothesis's result
        return "actual"
    if plan >= 0:
        return "plan"
    if last_match(WEAK, text, lo, hi):
        return WEAK_RESULT
    return None


_AFTER_PLAN = regex.compile(r"\s*(?:(?:được|sẽ được|đã được)?\s*(?:phê duyệt|bố trí|phân bổ|dự kiến)|(?:được|sẽ được|đã được)\s*giao(?!\s+đất))"
                         r"(?!\p{L})", I)


def status_cues(text: str, sections: list[tuple[int, int]], para_start: int, sent_start: int,
                start: int, end: int) -> tuple[str | None, str | None]:
    """(what the figure's own sentence decides, what the sentence announcing its list decides),
    each plan, actual or None."""
    own = None
    if any(a <= start < b for a, b in sections):
        own = "plan"
    elif _BASE_BEFORE.search(text, max(sent_start, start - 20), start):
        own = "actual"             # "giảm so với mức 63,7% năm 2016": the level compared with is a past result
    else:
        own = from_cues(text, max(sent_start, start - 300), start)
        if own in (None, WEAK_RESULT) and _AFTER_PLAN.match(text, end):
            own = "plan"           # "1,6 tỷ đồng được phê duyệt"
    intro = None
    if own in (None, WEAK_RESULT):
        # a sentence that announces a list ("Giai đoạn 2021-2025, đơn vị cần phải:") governs the items
        # under it; other sentences govern only themselves
        colon = text.rfind(":", max(para_start, sent_start - 300), sent_start)
        announced = list_intro(text, sent_start)
        if colon >= 0 and not text[colon + 1:sent_start].strip(" \n-+•"):
            intro = from_cues(text, max(para_start, colon - 300), colon) or "actual"
        elif announced:
            # a bulleted item on its own line: the line that announces the list, above the items
            # (its own sentence: "Thiệt hại tập trung tại các huyện vùng cao:")
            lo = max(announced[0], sentence_start(text, announced[1]))
            intro = from_cues(text, lo, announced[1])
            if intro is None and BREAKDOWN.search(text, lo, announced[1]):
                # "Cơ cấu nguồn vốn gồm:" breaks down the figure of the sentence before, and keeps its plan
                intro = from_cues(text, max(announced[0], sentence_start(text, lo - 2)), lo)
            intro = intro or "actual"
        elif _CONTINUES.match(text, sent_start):
            # "Trong đó, ...", "Đơn cử như, ...": a breakdown or an example of the sentence before,
            # which keeps its plan ("Dự án được phê duyệt với 12.188 tỷ đồng. Trong đó, ...")
            prev_end = len(text[:sent_start].rstrip())
            prev_start = max(sentence_start(text, prev_end - 1), prev_end - 300)
            intro = from_cues(text, prev_start, prev_end, figure=False)
        if own in (None, WEAK_RESULT) and intro is None:
            # a clause "trong đó 1,1 tỷ đồng từ nguồn quốc gia" breaks down the figure before it
            clause = last_match(_CLAUSE_BREAK, text, sent_start, start)
            if clause and _CONTINUES.match(text, clause.end()):
                intro = from_cues(text, max(sent_start, clause.start() - 300), clause.start(), figure=False)
    return own, intro


def rate_in_force(text: str, sent_start: int, start: int) -> bool:
    """An interest or tax rate right before the figure, with no sentence-wide plan cue ("dự kiến",
    "sẽ", "mục tiêu") before it: only an allotment's clause cue ("dành", "gói tín dụng") governs it."""
    lo = max(sent_start, start - 300)
    return bool(_RATE_BEFORE.search(text, max(lo, start - 60), start)) and last_match(PLAN_CUES, text, lo, start) is None


_RATE_BEFORE = regex.compile(r"(?<!\p{L})(?:lãi suất|thuế suất)(?!\p{L})[^.;:]{0,40}$", I)
_ELLIPTIC = regex.compile(r"\s*(?:(?:huyện|tỉnh|thị xã|thành phố|TP\.?|xã)\s+)?\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,3}\s*:?\s*")
_BASE_BEFORE = regex.compile(r"(?<!\p{L})so với(?:\s+mức)?\s*$", I)
_CONTINUES = regex.compile(r"\s*(?:trong đó|đơn cử|chẳng hạn|gồm|bao gồm)(?!\p{L})", I)





def status(own: str | None, intro: str | None, years: list[int] | None, year: int | None) -> str:
    """The figure's own sentence decides; else a period after the article's year makes a plan;
    else the list's announcing sentence; else actual."""
    future = bool(years and year and years[1] > year)
    if own and own != WEAK_RESULT:
        return own
    if future:
        return "plan"              # "giảm xuống dưới 3% vào năm 2025" in a 2020 article
    if own:
        return "plan" if intro == "plan" else "actual"   # "dự thảo đưa ra ...: được hỗ trợ 300 triệu đồng"
    return "actual" if intro in (None, WEAK_RESULT) else intro
