"""Who puts the money up (ANNOTATION.md section 6, funding): national, local, enterprise, total, other.

Nearest evidence first: the source written right after the amount (`1,2 tỷ đồng (vốn đối ứng)`,
`500 triệu đồng của các doanh nghiệp`, `12.000 tỷ đồng vốn FDI`), then the cue nearest before it
in its clause, then in its sentence. `tổng kinh phí` of one named source is that source's; of
several, or with none named, it is a `total`. Money that funds nothing (revenue, prices, taxes,
loans, debts, fines) is `other`; so is money no cue speaks of, except in a khuyến công article
whose title and lead name one source.
"""
from __future__ import annotations

import regex

from .cues import CLAUSE_BREAK as _CLAUSE_BREAK, Cue, alternation, last_match, list_intro, sentence_start

I = regex.IGNORECASE

TABLE = [
    Cue("national", r"khuyến công quốc gia(?! và địa phương)|KCQG|ngân sách (?:nhà nước )?trung ương|nguồn vốn quốc gia|"
                    # a National Target Programme's money is the central budget's
                    r"Chương trình mục tiêu quốc gia|Chương trình 135|"
                    r"ngân sách quốc gia|nguồn quốc gia|vốn trung ương|Trung ương hỗ trợ|Bộ Công Thương hỗ trợ|vốn ODA|ODA|"
                    r"trái phiếu Chính phủ|(?:kinh phí|vốn|nguồn|ngân sách) (?:từ |của )?(?-i:Trung ương)|"
                    # (not the body that assigns an estimate: "vượt 12,3% dự toán Thủ tướng Chính phủ giao")
                    r"(?<!(?:dự toán|kế hoạch|kế hoạch vốn|chỉ tiêu)\s)"
                    r"(?-i:Chính phủ|Thủ tướng(?: Chính phủ)?|Bộ \p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*)(?: đã| dự kiến| sẽ)?(?: quyết định)?(?: \S+)?"
                    r" (?:hỗ trợ|tạm cấp|cấp|phân bổ|bố trí|giao|trích)|"
                    r"(?<!trực thuộc |Ban Chấp hành |Hội |Đảng )(?<!\p{L})(?-i:Trung ương)",
        "the national programme, the central budget or a ministry",
        "Năm nay kinh phí khuyến công quốc gia hỗ trợ huyện 950 triệu đồng."),
    Cue("local", r"khuyến công địa phương|KCĐP|ngân sách (?:địa phương|tỉnh|huyện|thành phố|thị xã|xã)|"
                 r"kinh phí địa phương|ngân sách của tỉnh|nguồn vốn địa phương|vốn (?:của )?tỉnh|tỉnh hỗ trợ|"
                 r"huyện hỗ trợ|đầu tư công của tỉnh|(?<!thu )(?:vốn |nguồn )?xổ số kiến thiết|"
                 # a People's Committee or Council as the giver, not as the body that approves a programme
                 r"(?:UBND|Ủy ban nhân dân|HĐND) (?:tỉnh|huyện|xã|thành phố|thị xã)"
                 r"(?!(?: (?-i:\p{Lu})\p{L}*){0,3} (?:đã |vừa )?(?:phê duyệt|ban hành|thông qua|chỉ đạo|yêu cầu|giao|trình))|"
                 r"(?:vốn|nguồn vốn|kinh phí)(?: đối ứng)? (?:của|từ) (?:tỉnh|thành phố|huyện|xã|ngân sách (?:tỉnh|huyện|xã|địa phương))|"
                 r"(?:ngân sách|UBND|Ủy ban nhân dân) (?:tỉnh|huyện|xã|thành phố)(?: (?-i:\p{Lu})\p{L}*){0,3} đối ứng|"
                 r"(?:tỉnh|huyện|thành phố|thị xã|xã|các sở|các huyện|các địa phương)(?: (?-i:\p{Lu})\p{L}*){0,3}"
                 r"(?: (?:đã|dự kiến|sẽ|cần|phải|tiếp tục|vừa|mới|đang)){0,2} "
                 r"(?:bố trí|phân bổ|chi|cấp(?! mới| phép| giấy| chứng nhận| đổi)|dành|trích|hỗ trợ|đầu tư)|"
                 r"(?:từ|của) các (?:sở|huyện)|"
                 # a place's own name as the giver: "Bình Định bố trí 60 tỷ đồng"
                 r"(?!(?-i:Bộ|Sở|Cục|Ban|Tổng|Ngân|Công|Tập|Quỹ|Trung|Văn) )(?-i:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})"
                 r"(?: (?:đã|dự kiến|sẽ))? (?:bố trí|phân bổ|dành|trích)",
        "a province's, district's or commune's budget", "Ngân sách huyện chi 320 triệu đồng làm đường."),
    Cue("enterprise", r"(?<!(?<!\p{L})(?:ngân sách|UBND|Ủy ban nhân dân|huyện|tỉnh|(?<!tác )xã|thành phố|Trung ương|trung ương)(?:\s+\S+){0,3}\s)"
                      r"đối ứng(?!\s+(?:của|từ)\s+(?:tỉnh|huyện|xã|thành phố|ngân sách|Trung ương|trung ương))|vốn (?:của )?(?:các )?(?:cơ sở|doanh nghiệp|nhà đầu tư|hợp tác xã|công ty|tổng công ty|tập đoàn)|tự có|"
                      r"(?:do|của) (?:các )?(?:cơ sở|doanh nghiệp|nhà đầu tư|hợp tác xã|công ty)(?: CNNT)?"
                      r" (?:đầu tư|đóng góp|bỏ ra|ủng hộ|tài trợ)|"
                      # a business as the giver: "doanh nghiệp hỗ trợ 2,5 tỷ đồng", "các cơ sở đã đối ứng, huy động
                      # thêm 215 tỷ đồng" (what a business is given is "doanh nghiệp được hỗ trợ")
                      r"(?:cơ sở|doanh nghiệp|nhà đầu tư|công ty|hợp tác xã|(?-i:PC|EVN\p{Lu}*|Tập đoàn|Tổng công ty))"
                      r"(?: CNNT| (?-i:\p{Lu})\p{L}*| sản xuất| kinh doanh| chế biến| làng nghề| tư nhân| trong nước| nước ngoài){0,4}"
                      r"(?: \([^()]{1,30}\))?(?: (?:ở|tại) (?-i:\p{Lu})\p{L}*(?: (?-i:\p{Lu})\p{L}*){0,2})?(?: cũng)? (?:đã |sẽ |dự kiến )?"
                      r"(?:tự )?(?:đối ứng,? )?(?:cam kết )?(?:đóng góp|bỏ ra|ủng hộ|tài trợ|đầu tư|hỗ trợ|huy động|rót|bố trí|trao tặng|trao|tặng)|"
                      r"(?:ngân hàng|công ty|doanh nghiệp|tập đoàn|tổng công ty|(?-i:Agribank|Vietcombank|Vietinbank|VietinBank|BIDV|"
                      r"Sacombank|Techcombank|Viettel|EVN))[^,.;]{0,60}(?:trao tặng|tặng|ủng hộ|tài trợ)[^,.;]{0,60}trị giá|"
                      r"chủ đầu tư(?: tự)? (?:thu xếp|bỏ ra|góp|huy động)|xã hội hóa|vốn đăng ký|vốn điều lệ|vốn chủ sở hữu|100% vốn|vốn FDI|FDI|đầu tư trực tiếp nước ngoài|góp vốn|vốn góp|"
                      r"tăng vốn|vốn đầu tư đăng ký|(?:thu hút|thu hút được)(?: \S+){0,3} (?:vốn|dự án)|"
                      # money attracted is investors' capital: "Long An thu hút hơn 1,2 tỷ USD"
                      r"thu hút(?: được| thêm)?(?: khoảng| hơn| gần| trên)?(?=\s*$)|"
                      r"dự án(?: \S+){0,4} (?:có )?(?:tổng )?vốn đầu tư|ủng hộ|quyên góp|tài trợ|"
                      r"khu vực (?:kinh tế )?ngoài (?:nhà nước|quốc doanh)|kinh tế tư nhân|"
                      r"khu vực (?:có )?vốn đầu tư (?:trực tiếp )?nước ngoài|khu vực FDI",
        "businesses and investors: counterpart funds, investment capital, charter capital, contributions, donations",
        "Dự án nhà máy may có tổng vốn đầu tư 240 tỷ đồng."),
    Cue("total", r"tổng (?:kinh phí|nguồn vốn|vốn|số vốn|chi|cộng|nguồn)|tổng cộng|tổng mức đầu tư|quốc gia và (?:khuyến công )?địa phương|"
                 r"kinh phí khuyến công(?! quốc gia| địa phương)|(?:cho|dành cho) (?:hoạt động|chương trình|công tác) khuyến công(?! quốc gia| địa phương)|"
                 r"trung ương và địa phương|ngân sách nhà nước|của nhà nước|vốn nhà nước|toàn xã hội|các nguồn|"
                 # resources mobilised for a programme come from every source; pooled programme money too
                 r"(?<!đối ứng )huy động(?: được)?(?! vốn| tiền gửi| từ (?:các )?(?:cơ sở|doanh nghiệp|nhà đầu tư))|nguồn lực|(?:vốn )?lồng ghép|khu vực (?:kinh tế )?nhà nước|"
                 r"vốn đầu tư công(?! của tỉnh)",
        "a total over several sources", "Tổng vốn đầu tư toàn xã hội đạt 9.400 tỷ đồng."),
    Cue("other", r"doanh thu|doanh số|(?<!đánh |theo )giá|đơn giá|trị giá|(?<!hỗ trợ lãi suất[^.;]{0,60})vay|cho vay|dư nợ|"
                 r"tín dụng|lợi nhuận|(?<!hỗ trợ\s)lãi|thu nhập|GRDP|GDP|bình quân đầu người|"
                 # a revenue estimate, whoever assigns it: "dự toán thu ngân sách ... được Trung ương giao"
                 r"dự toán thu(?:[^.;\d]{0,80}?(?<!\p{L})giao)?|lương|tiền công|thù lao|phụ cấp|bán được|kiếm được|"
                 r"tiết kiệm|xuất khẩu|nhập khẩu|kim ngạch|giá trị|(?:nộp|thu) ngân sách(?: nhà nước| tỉnh| địa phương)?|thuế|nợ|phạt|"
                 r"thiệt hại|lỗ|thất thu|chi trả|bồi thường|gói tín dụng|(?:nguồn )?vốn huy động|huy động (?:vốn|tiền gửi)|tiền gửi|tái cấp vốn|"
                 # revenue collected and money an audit recovers: "thu nội địa", "số thu", "thu hồi", "xử lý tài chính"
                 r"(?:tổng|số|nguồn|khoản) thu(?! hút)|thu (?:nội địa|từ|tiền|thuế|phí|xổ số|hồi)|nộp(?! hồ sơ)|"
                 r"xử lý tài chính|tạm giữ|"
                 # proceeds of a sale, a deficit, a valuation; people's own contributions are none of the
                 # four sources (businesses, state, province): "người dân đóng góp 185 tỷ đồng"
                 # banks financing lend: "ngân hàng dự kiến tài trợ vốn 15.000 tỷ đồng" is credit
                 r"(?:ngân hàng|(?-i:Agribank|Vietcombank|VietinBank|BIDV|Sacombank|NHCSXH))(?: \S+){0,4}"
                 r" (?:đã |sẽ |dự kiến )?(?:tài trợ(?: vốn)?|giải ngân|cho vay)|"
                 r"thu về|mang về|(?:bội chi|thâm hụt)(?: ngân sách(?: nhà nước| trung ương| địa phương)?)?|định giá|giá trị (?:thực tế )?(?:phần )?vốn|"
                 r"(?:người dân|nhân dân|dân)(?: đã| tự nguyện){0,2} (?:đóng góp|góp|tự làm|hiến)|"
                 r"(?:ủng hộ|quyên góp) của (?:các )?(?:tổ chức|cá nhân|nhà hảo tâm|người dân)|"
                 r"(?:Quỹ (?:Bảo trợ|Vì người nghèo|Khuyến học|Từ thiện)|Hội Chữ thập đỏ|Ủy ban MTTQ|Mặt trận Tổ quốc)[^,.;]{0,40}?"
                 r" (?:đã )?(?:hỗ trợ|trao|tặng|ủng hộ|tiếp nhận)",
        "money that funds nothing: revenue, income, prices, taxes, loans, debts, fines, losses",
        "Doanh thu của hợp tác xã đạt 6,8 tỷ đồng."),
]
_SUM = regex.compile(r"(?<!\p{L})(?:tổng (?:kinh phí|nguồn vốn|vốn|số vốn|chi|cộng|nguồn|mức đầu tư)|tổng cộng)(?!\p{L})", I)
SOURCES = [(label, alternation(TABLE, label)) for label in ("national", "local", "enterprise")]
ANY = [(label, alternation(TABLE, label)) for label in ("national", "local", "enterprise", "total", "other")]
_BY_LABEL = dict(ANY)
_GLOSS_AFTER = regex.compile(r"[^.;()]{0,100}\(([^()]{0,120})\)")
_PARENTHESIS = regex.compile(r"\s*[(\[]([^()\[\]]{0,90})[)\]]")
# "bằng 81% dự toán" compares; "bằng nguồn vốn tỉnh" names what paid
# (after the closing bracket of a glossed amount and its unit's denominator: "(hơn 13,4 tỷ đồng) là vốn
# đối ứng", "300 triệu đồng/cơ sở với đề án khuyến công địa phương")
_SOURCE_AFTER = regex.compile(r"\)?(?:(?:/\s*[\p{L} ]{1,20}?)+(?=\s+(?:với|từ|thuộc|do)\s))?\s*(?:,\s*(?=(?:từ|thuộc|bằng(?!\s+\d)|do)\s))?"
                           r"((?:từ|thuộc|bằng(?!\s+\d)|của|do(?=\s+(?:các\s+)?(?:(?-i:\p{Lu})|doanh nghiệp|cơ sở|nhà đầu tư|ngân sách|"
                           r"trung ương|tỉnh|huyện|xã|người dân|nhân dân|nhà nước|hợp tác xã|công ty|chủ đầu tư))|vốn|nguồn|kinh phí|ngân sách|là vốn|là tiền|"
                           r"cho (?:chương trình|hoạt động|đề án|khuyến công)|với (?:đề án|chương trình|dự án|nguồn))"
                           r"(?:\s+[^.;,]{0,60}|(?=[.;,]|$))|vốn\s+\S+(?:\s+\S+)?)", I)
# wording that names several sources at once: the state's budget is central and local money
_SEVERAL = regex.compile(r"(?<!\p{L})(?:quốc gia và (?:khuyến công )?địa phương|trung ương và địa phương|"
                         r"ngân sách nhà nước|của nhà nước|vốn nhà nước)(?!\p{L})", I)


def sources(text: str) -> list[str]:
    """The funding sources `text` names (`quốc gia và địa phương` names two)."""
    if _SEVERAL.search(text):
        return ["national", "local"]
    return [label for label, pattern in SOURCES if pattern.search(text)]


def _nearest(text: str, lo: int, hi: int) -> str | None:
    return _nearest_cue(text, lo, hi)[0]


def _nearest_cue(text: str, lo: int, hi: int) -> tuple[str | None, int, int]:
    """The label of the cue in text[lo:hi] ending last (of two, the longer; "sum" for a total's
    wording), where it starts and where it ends."""
    best, label = (-1, 0), None
    for name, pattern in ANY:
        m = last_match(pattern, text, lo, hi)
        while name == "other" and m and _RATE_BASE.search(text, max(lo, m.start() - 12), m.start()):
            # "hỗ trợ 50% giá trị máy, tối đa 7 triệu đồng": the base of a support rate, not what the
            # money is; the giver before it decides
            m = last_match(pattern, text, lo, m.start())
        if m and (m.end(), -m.start()) > best:       # the cue ending last; of two, the longer
            best, label = (m.end(), -m.start()), name
    s = last_match(_SUM, text, lo, hi)
    if s and s.end() >= best[0]:
        return "sum", s.start(), s.end()
    return label, -best[1], best[0]


class first_sources:
    """Where the text first names each public source ("national", "local", "several"), for the
    support-money fallback: searched once per document, and only if a figure needs it (most
    documents never do, and these long alternations cost as much as a tenth of the context step)."""

    def __init__(self, text: str):
        self._text, self._found = text, None

    def get(self, name: str, default: int | None = None) -> int | None:
        if self._found is None:
            self._found = {}
            for label, pattern in (("national", _BY_LABEL["national"]), ("local", _BY_LABEL["local"]),
                                   ("several", _SEVERAL)):
                m = pattern.search(self._text)
                if m:
                    self._found[label] = m.start()
        return self._found.get(name, default)


def funding(text: str, sent_start: int, sent_end: int, start: int, end: int, default: str | None,
            first: first_sources | None = None, foreign_investment: bool = False, per: str | None = None) -> str:
    sent_start = max(sent_start, start - 400)      # what governs a figure is written near it
    after = text[end:min(sent_end, end + 90)]
    paren = _PARENTHESIS.match(after)
    trailing = _SOURCE_AFTER.match(after)
    if _OWNER_AFTER.match(after):
        return "enterprise"        # "13.546,6 triệu đồng của các cơ sở CNNT": their own money
    if any(pattern.match(after) for pattern in _NOT_FUNDING_AFTER):
        return "other"             # what it is, written right after it: income, the public's gifts, credit
    if trailing:
        verb = _VERB.search(trailing[1], 3)
        while verb and verb[0].lower() == "và" and sources(trailing[1][verb.end():verb.end() + 40]) \
                and not _AMOUNT_NEXT.match(trailing[1], verb.end()):     # not "và 340 tỷ đồng ngân sách tỉnh"
            verb = _VERB.search(trailing[1], verb.end())     # "từ nguồn ngân sách tỉnh và trái phiếu Chính phủ"
        trailing = trailing[1][:verb.start()] if verb else trailing[1]
    purpose = None
    if trailing and trailing[:3].lower() == "cho":
        # "60 tỷ đồng cho khuyến công" says what the money is for: only where no giver is named
        purpose, trailing = trailing, None
    if paren and _MONEY_BETWEEN.search(paren[1]) and sources(paren[1]):
        # "tổng kinh phí 26,7 tỷ đồng (khuyến công quốc gia 9,1 tỷ đồng)": the bracket gives a part of
        # the amount by its source; the amount is more than that source's
        return "total"
    for piece in (paren and paren[1], trailing):
        source = _source_named(piece) if piece else None
        if source:
            if piece is trailing:
                # "48,6 tỷ đồng vốn Chương trình ... (vốn Trung ương 45,2 tỷ đồng, vốn đối ứng ngân sách tỉnh
                # 3,4 tỷ đồng)": the bracket after the source breaks it down by source, a total
                gloss = _GLOSS_AFTER.match(text, end, min(sent_end, end + 160))
                if gloss and len(sources(gloss[1])) >= 2:
                    return "total"
            return source
    # the money is broken down by source right after it: "3,2 tỷ đồng, trong đó 1,1 tỷ đồng từ nguồn
    # quốc gia", "đạt 6.250 tỷ đồng. Trong đó, vốn ngân sách Trung ương ...": a total
    parts = _BREAKDOWN_AFTER.match(text, end)
    if parts:
        first_item = _ITEM.match(text, parts.end())[0]
        named = sources(text[parts.end():parts.end() + 120])
        if named and not _BY_LABEL["other"].search(first_item):
            if named == ["enterprise"] and _PROJECT_CAPITAL.search(text, sent_start, start):
                return "enterprise"   # the capital of projects attracted, "trong đó có 38 dự án FDI ...": investors' all
            return "total"         # (not "312,6 tỷ đồng, trong đó tăng thu ngân sách ...": items of revenue)
    total = last_match(_SUM, text, sent_start, start)
    inside = total and text.rfind("(", total.end(), start) > text.rfind(")", total.end(), start)
    if total and not inside and not _PARTS_FOLLOW.search(text, total.end(), start) \
            and not _MONEY_BETWEEN.search(text, total.end(), start) \
            and len(sources(text[total.start():start])) >= 2:
        # "tổng nguồn vốn từ Trung ương, tỉnh hỗ trợ ... 331 tỷ đồng" (a figure in a bracket after
        # the total is one of its parts)
        return "total"
    if _CAPITAL_BEFORE.search(text, max(sent_start, start - 25), start) \
            and _COMPANY.search(text, max(sent_start, start - 160), start):
        return "enterprise"        # "dự án nhà máy may của Công ty CP May Tiến Thuận ..., vốn đầu tư 120 tỷ đồng"
    disbursed = _DISBURSED_BEFORE.search(text, max(sent_start, start - 30), start)
    own_clause = disbursed and last_match(_CLAUSE_BREAK, text, sent_start, disbursed.start())
    if disbursed and not sources(text[own_clause.end() if own_clause else sent_start:disbursed.start()]):
        # (not "vốn ngân sách trung ương mới giải ngân 73.340 tỷ đồng": the disbursing source is named)
        # "được bố trí 1.260 tỷ đồng vốn Trung ương và 340 tỷ đồng ngân sách tỉnh ..., nhưng mới giải ngân
        # được 1.180 tỷ đồng": what is disbursed out of several sources named before is a total
        prev = sentence_start(text, max(0, sent_start - 2))
        named = [n for n in sources(text[max(prev, sent_start - 400):disbursed.start()]) if n != "enterprise"]
        own = [n for n in sources(text[sent_start:disbursed.start()]) if n != "enterprise"]
        if len(named) >= 2 and len(own) != 1:     # (its own sentence's one source decides)
            return "total"
    brk = last_match(_CLAUSE_BREAK, text, sent_start, start)
    for lo in (brk.end() if brk else sent_start, sent_start):
        name, cue_start, cue_end = _nearest_cue(text, lo, start)
        if name and lo > sent_start and cue_start - lo < 3:
            # a cue that runs across the clause break ends where the clause's does and is the longer
            # ("các cơ sở đã đối ứng, huy động thêm 215 tỷ đồng": the businesses mobilise it)
            whole, _, whole_end = _nearest_cue(text, sent_start, start)
            if whole_end == cue_end:
                name = whole
        if name == "sum" and _REGISTERED_SUM.search(text, max(lo, start - 60), start):
            return "enterprise"    # "tổng vốn đăng ký khoảng 94.000 tỷ đồng": registered capital is investors' own
        if name == "sum":          # "tổng kinh phí": of one source named before, or of several
            if _PROJECT_CAPITAL.search(text, sent_start, start) or foreign_investment and _CAPITAL_SUM.search(
                    text, max(sent_start, start - 40), start):
                # "Dự án ... được cấp phép với tổng vốn đầu tư 320 tỷ đồng"; in an article on foreign
                # investment, "Nhật Bản dẫn đầu với tổng vốn đầu tư 8,6 tỷ USD"
                return "enterprise"
            if _ALL_INVESTMENT.search(text, max(sent_start, start - 60), start):
                return "total"        # "tổng mức đầu tư": every source of a project or of society
            if _REST_AFTER.match(text, end):
                return "total"        # "tổng vốn đầu tư 820 triệu đồng, phần còn lại 570 triệu đồng do cơ sở tự đối ứng"
            total = last_match(_SUM, text, lo, start)
            what = last_match(_BY_LABEL["other"], text, lo, total.start()) if total else None
            if what and not _CLAUSE_BREAK.search(text, what.end(), total.start()):
                return "other"        # "nợ đọng xây dựng cơ bản tổng cộng 512 tỷ đồng": a sum of debts
            named = sources(text[sent_start:start])
            return named[0] if len(named) == 1 else "total"
        if name:
            return name
    if _INVESTS_BEFORE.search(text, max(sent_start, start - 30), start) \
            and not sources(text[sent_start:start]) and not _PUBLIC_INVESTOR.search(text, sent_start, start):
        # "doanh nghiệp ông ... đầu tư tới 10 tỷ đồng/ha", "nếu dự án đầu tư 100 tỷ đồng": what is invested,
        # with no public source named, is the investor's own capital
        return "enterprise"
    if purpose:
        source = _source_named(purpose) or ("total" if _PROGRAMME.search(purpose) else None)
        if source:
            return source          # "15 tỷ đồng cho khuyến công": the programme, every source
    # an item of a list ("- Chi đầu tư phát triển 7.918 tỷ đồng;") under a sentence that announces it
    # ("Tổng chi ngân sách địa phương ... gồm:"): the source the announcement names
    intro = list_intro(text, sent_start)
    if intro:
        named = sources(text[intro[0]:intro[1]])
        if named:                  # the source it names ("Mức hỗ trợ từ ngân sách Trung ương ...:")
            return named[0] if len(named) == 1 else "total"
        name = _nearest(text, *intro)
        if name:                   # what it speaks of ("Doanh thu các cơ sở:")
            return "total" if name == "sum" else name
    # no cue in the sentence: the source the paragraph named before ("UBND huyện ... Cụ thể, hỗ trợ 15
    # triệu đồng/ha"), or what it spoke of ("Ước tính đơn giá là 4-5 triệu đồng. Căn ở tầng cao thì 3
    # triệu đồng"). Support money is funding, given by the state, not by the businesses it goes to:
    # for it only a public source carries over.
    support = _SUPPORT.search(text, max(sent_start, start - 120), start) is not None
    carried = [(n, p) for n, p in ANY if not (support and n in ("other", "enterprise"))]
    para_start = text.rfind("\n", 0, sent_start) + 1
    best, label = -1, None
    for name, pattern in carried:
        lo = max(para_start, sent_start - 400)
        m = last_match(pattern, text, lo, sent_start)
        while m and _SUM.fullmatch(m[0]):
            m = last_match(pattern, text, lo, m.start())   # a total's wording belongs to its own amount
        if m and m.end() > best:
            best, label = m.end(), name
    if label in ("national", "local", "enterprise"):
        # the sentence carried from broke a sum down by its sources ("Tổng kinh phí ... gồm khuyến công
        # quốc gia ..., địa phương ... và vốn đối ứng ..."): what follows speaks of the sum, a total
        carried_from = sentence_start(text, best)
        whole = _SUM_OR_PARTS.search(text, carried_from, sent_start)
        if whole and len(sources(text[whole.end():sent_start])) >= 2 and _MONEY_BETWEEN.search(text, whole.end(), sent_start):
            label = "total"
    if label is None and support and default in (None, "total"):
        # support money of a source the article named earlier: one public source, or several (a total)
        first = first_sources(text) if first is None else first
        named = [n for n in ("national", "local") if first.get(n, sent_start) < sent_start]
        if first.get("several", sent_start) < sent_start or len(named) == 2:
            label = "total"
        elif named:
            label = named[0]
    if label is None and per and _GOODS.fullmatch(per.strip().lower()):
        return "other"             # "bán được 40.000 đồng/kg": a price, whatever programme the article is about
    return label or default or "other"


_DISBURSED_BEFORE = regex.compile(r"(?<!\p{L})giải ngân(?: được)?(?: khoảng| hơn| gần| trên)?\s*$", I)
_INCLUDING = regex.compile(r"\s*(?:bao\s+)?gồm\s+cả(?!\p{L})", I)
_RATE_BASE = regex.compile(r"\d\s*%\s*$")
# what is written right after an amount and makes it no source of funding:
_NOT_FUNDING_AFTER = (
    # income: "có thêm 2 triệu đồng tiền công"
    regex.compile(r"\s*(?:/\s*\p{L}+\s*)?(?:tiền (?:công|lương|thưởng|lãi)|thu nhập|doanh thu|lợi nhuận)(?!\p{L})", I),
    # the public's gifts: "17,6 tỷ đồng tiền ủng hộ của các tổ chức, cá nhân", "500 triệu đồng do phụ huynh đóng góp"
    regex.compile(r"\s*(?:tiền (?:ủng hộ|quyên góp) của|từ|(?:,\s*)?do)\s+(?:các\s+)?(?:tổ chức|cá nhân|nhà hảo tâm|"
                  r"người dân|nhân dân|phụ huynh|bà con)(?!\p{L})", I),
    # credit: "dành hơn 100.000 tỷ đồng để cho vay", "500 tỷ đồng vốn cho vay ưu đãi"
    regex.compile(r"\s*(?:để\s+|vốn\s+)?cho vay(?!\p{L})", I),
)
# units of goods: money per one of them is a price
_GOODS = regex.compile(r"kg|tấn|tạ|yến|lít|m2|m3|m²|m³|mét|con|quả|trái|bao|thùng|chai|hộp|gói|bó|cây|chiếc|đôi|sản phẩm")


def _source_named(piece: str) -> str | None:
    """The source a phrase written with the amount names: one source; several ("(ngân sách Trung
    ương ...; địa phương ...)", "của nhà nước"), one counted in besides others ("(gồm cả vốn trung
    ương hỗ trợ)") or a total's wording are a total."""
    named = sources(piece)
    if named and _INCLUDING.match(piece):
        return "total"
    if len(named) == 1:
        return named[0]
    if named or _BY_LABEL["total"].search(piece):
        return "total"
    return None


# money given as support or spent on an activity: the state's (or a programme's), never revenue
_SUPPORT = regex.compile(r"(?<!\p{L})(?:hỗ trợ|kinh phí|tài trợ|cấp phát|tạm cấp|giải ngân)(?!\p{L})", I)


_PROJECT_CAPITAL = regex.compile(r"(?<!\p{L})(?:thu hút|nhà máy|công ty|tập đoàn|tổng công ty|doanh nghiệp|nhà đầu tư|cấp phép|cấp giấy|cấp mới|"
                              r"chứng nhận (?:đăng ký )?đầu tư|còn hiệu lực|"
                              r"chủ trương đầu tư|"
                              r"điều chỉnh (?:tăng )?vốn|"
                              r"đăng ký đầu tư|FDI)(?!\p{L})[^.;]{0,80}tổng (?:số )?(?:vốn|mức đầu tư)(?: đầu tư)?"
                              r"(?! toàn xã hội| công| ngân sách)", I)
_OWNER_AFTER = regex.compile(r"\s*(?:là\s+)?(?:của|do)\s+(?:các\s+)?(?:cơ sở|doanh nghiệp|nhà đầu tư|hợp tác xã|công ty|"
                          r"tổ hợp tác)(?!\p{L})", I)
# a company's or an investor's project and its capital right before the amount
_CAPITAL_BEFORE = regex.compile(r"(?<!\p{L})(?:vốn(?: đầu tư| đăng ký)?|(?:dự án|nhà máy)[^,.;]{0,40}trị giá)"
                             r"(?:\s+(?:dự kiến|ước tính|khoảng|hơn|gần|trên|là))*\s*$", I)
_COMPANY = regex.compile(r"(?<!\p{L})(?:công ty|(?-i:Tập đoàn)|TNHH|nhà đầu tư|doanh nghiệp|nhà máy|"
                      r"(?-i:Corporation|Corp|Group|Co\.,? Ltd))(?!\p{L})", I)
_CAPITAL_SUM = regex.compile(r"(?<!\p{L})tổng (?:số )?vốn(?: đầu tư)?(?: đăng ký)?(?! toàn xã hội| công| ngân sách)[^.;,\d]{0,30}$", I)
_ALL_INVESTMENT = regex.compile(r"(?<!\p{L})tổng mức đầu tư(?!\p{L})[^.;,\d]{0,40}$", I)
_PROGRAMME = regex.compile(r"(?<!\p{L})khuyến công(?! quốc gia| địa phương)(?!\p{L})", I)
_ITEM = regex.compile(r"[^.;,()]*")
_BREAKDOWN_AFTER = regex.compile(r"[^.;,\d]{0,40}?[,.;:]?\s*(?:trong đó|bao gồm|gồm)(?!\p{L})[\s,:]*", I)
_INVESTS_BEFORE = regex.compile(r"(?<!\p{L})(?<!vốn |nguồn |kinh phí |chi )đầu tư(?:\s+(?:tới|lên tới|lên đến|khoảng|hơn|gần|trên|thêm))*\s*$", I)
_PUBLIC_INVESTOR = regex.compile(r"(?<!\p{L})(?:Nhà nước|nhà nước|Chính phủ|UBND|Ủy ban nhân dân|tỉnh|huyện|xã|thành phố|"
                                 r"Bộ|Sở|ngân sách|Trung ương|trung ương)(?!\p{L})")
_REGISTERED_SUM = regex.compile(r"(?<!\p{L})tổng (?:số )?vốn (?:đầu tư )?đăng ký(?!\p{L})[^.;,\d]{0,30}$", I)
_REST_AFTER = regex.compile(r"\s*[,;]\s*(?:phần\s+)?còn lại(?!\p{L})", I)
_SUM_OR_PARTS = regex.compile(r"(?<!\p{L})(?:tổng (?:kinh phí|nguồn vốn|vốn|số vốn|cộng|nguồn|mức đầu tư)|tổng cộng|"
                           r"trong đó|bao gồm|gồm)(?!\p{L})", I)
_PARTS_FOLLOW = regex.compile(r"[;]|(?<!\p{L})(?:trong đó|gồm|bao gồm)(?!\p{L})", I)
# the source written after an amount is a noun phrase: it ends at the next verb
# another amount between a total's wording and the figure: the total is that amount's
_MONEY_BETWEEN = regex.compile(r"\d\s*(?:nghìn |ngàn )?(?:tỷ|triệu)?\s*(?:đồng|USD)(?!\p{L})", I)
_AMOUNT_NEXT = regex.compile(r"\s*(?:khoảng\s+|hơn\s+|gần\s+)?\d")
_VERB = regex.compile(r"(?<!\p{L})(?:đã|được|là|đạt|thu hút|và|để|nhằm|cho|với)(?!\p{L})", I)
