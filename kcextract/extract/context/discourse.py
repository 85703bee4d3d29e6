"""The discourse state of one article: the time and the place in force at every point.

One pass over the text collects every time expression (periods.py) and every place
(provinces, places below province level, nationwide wording, regions, places abroad) in
order. A place or period holds for the following sentences until the next one replaces it,
wherever in its sentence it stands (ANNOTATION.md section 6); what is written inside
brackets holds only inside them; the base of a comparison (`so với năm 2015`) and a
destination (`xuất khẩu sang Nhật Bản`) replace nothing. A figure then takes, nearest first:
the expression attached to it in its own clause (before or right after it), the one in
force, and for places the article's own province.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

_BRACKET = regex.compile(r"\([^()\n]{0,300}\)")

from ..places import NATIONAL, SENTENCE_STOP, find_provinces, find_subplaces, find_zones, lead_span, resolve_subplace, venue
from .cues import COMMA, list_intro
from .periods import Period, article_year, find_periods

I = regex.IGNORECASE

NATIONWIDE = regex.compile(r"(?<!\p{L})(?:cả nước|toàn quốc|trên toàn quốc|nước ta|trong nước(?= có| đạt| hiện)|(?:tại|ở) Việt Nam|"
                           r"nền kinh tế|(?<!đại diện |lãnh đạo |đại biểu )(?:hầu hết |tất cả )?các (?:tỉnh|địa phương|bộ, ngành|bộ)"
                           r"(?!(?:,\s*thành phố)?\s+(?:(?-i:\p{Lu})|miền|phía|vùng|khu vực|lân cận|thành viên|khác|bạn|láng giềng|trong vùng|"
                           r"được|này|đó|nói trên|trên|có|đã))|63 tỉnh)(?!\p{L})", I)
# several of the country's provinces, or a region named before: "toàn vùng", "các địa phương được thanh tra"
SEVERAL = regex.compile(r"(?=[tTcC])(?<!\p{L})(?:toàn vùng|cả vùng|trong vùng|của vùng|các (?:tỉnh|địa phương)(?:,\s*thành phố)?"
                        r"\s+(?:trong vùng|được|này|đó|nói trên))(?!\p{L})", I)
# national bodies speak for the whole country, in an article that has no province of its own
# (not "Việt Nam" closing a company's or an association's name: "Tập đoàn Công nghiệp Cao su Việt Nam")
NATIONAL_BODIES = regex.compile(r"(?<!\p{L})(?:Chính phủ|Thủ tướng|Phó Thủ tướng|Quốc hội|Kiểm toán Nhà nước|Ngân hàng Nhà nước|"
                                r"Bộ (?:Tài chính|Công Thương|Kế hoạch và Đầu tư|Y tế|Lao động|Nông nghiệp|Xây dựng|Giao thông|"
                                r"Tài nguyên|Khoa học|Giáo dục|Thông tin|Nội vụ|Tư pháp|Văn hóa|Quốc phòng|Công an)|"
                                r"Tổng cục \p{Lu}\p{L}*|Cục \p{Lu}\p{L}*|Nhà nước|Việt Nam(?<!(?:Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Hiệp hội|Hội|Liên hiệp|Tổng Liên đoàn)[^,.;:()\n]{0,40}Việt Nam)|(?i:toàn ngành|cả ngành))(?!\p{L})")
REGIONS = regex.compile(r"(?<!\p{L})(?:Tây Nguyên|[đĐ]ồng bằng sông Cửu Long|[đĐ]ồng bằng sông Hồng|ĐBSCL|miền Trung|miền Bắc|"
                        r"miền Nam|miền núi phía Bắc|Đông Nam Bộ|Tây Nam Bộ|Tây Bắc|Đông Bắc|Bắc Trung Bộ|Nam Trung Bộ|"
                        r"Nam Bộ|Bắc Bộ|duyên hải miền Trung|(?:các tỉnh|khu vực) phía (?:Bắc|Nam)|khu vực miền (?:Bắc|Trung|Nam))(?!\p{L})")
ABROAD = regex.compile(r"(?<!\p{L})(?i:tại|ở)\s+(?:các nước\s+)?(?:Trung Quốc|Nhật Bản|Hàn Quốc|Hoa Kỳ|Mỹ|Thái Lan|Lào|"
                       r"Campuchia|Singapore|Đài Loan|Ấn Độ|Nga|châu Âu|EU|Đức|Pháp|Úc|Australia|Indonesia|Malaysia|"
                       r"Philippines|Myanmar|Hồng Kông|nước ngoài)(?!\p{L})(?! \p{Lu})")   # not "Lào Cai", "Mỹ Tho", "Nga Sơn"
_IN_PROGRAMME_NAME = regex.compile(r"(?<!\p{L})(?-i:Dự án|Chương trình|Đề án)(?!\p{L})[^,.;:()]{0,80}$")
WORLD = regex.compile(r"(?=[tTkKcCmMbB])(?<!\p{L})(?:thông lệ|kinh nghiệm|chuẩn|mức|bình quân|trung bình)(?: chung)? (?:của )?(?:quốc tế|thế giới|các nước)(?!\p{L})", I)
# "toàn tỉnh", "trên địa bàn tỉnh", "tỉnh đã ...": the article's own province again
OWN_PROVINCE = regex.compile(r"(?<!\p{L})(?:toàn tỉnh|địa bàn tỉnh|tỉnh ta|tỉnh nhà|của tỉnh|tỉnh này|"
                             r"(?-i:tỉnh)(?=\s+(?:đã|đang|sẽ|có|đạt|thu hút|hỗ trợ|tiếp tục|phấn đấu)))(?!\p{L})(?!\s+(?-i:\p{Lu}))", I)
# a place after these is where goods go or come from, or where an event was held: it frames nothing
_NOT_A_FRAME_BEFORE = regex.compile(r"(?<!\p{L})(?:sang|tới|đến từ|từ|thị trường|xuất khẩu|nhập khẩu|vào)\s+(?:các\s+)?"
                                    r"(?:tỉnh|thành phố|TP\.?|nước)?\s*$", I)
_NATION_AS_BASE = regex.compile(r"(?:(?<!\p{L})(?:bình quân(?: chung)?|trung bình|mức|so với|hơn|kém|đứng thứ \d+|"
                             r"nhất|đứng đầu|dẫn đầu)"      # "tổng đàn lớn nhất cả nước": the scope of a ranking
                             r"|\d%|(?<!\p{L})chiếm[^,.;:]{0,25}|\d%[^,.;:\d%()]{0,40}(?<!\p{L})(?:của|trong))\s*(?:(?:của|trong)\s+)?$", I)
_DESTINATION_BEFORE = regex.compile(r"(?<!\p{L})(?:đi|sang|xuất khẩu|bán|đưa|gửi|tới|đến|làm việc|lao động)(?:\s+\p{L}+){0,3}\s*$", I)
_LOCALITIES = regex.compile(r"(?:hầu hết |tất cả )?các địa phương", I)
RESPECTIVELY = regex.compile(r"(?<!\p{L})lần lượt(?!\p{L})", I)
_LIST_JOIN = regex.compile(r"\s*(?:,|và|với)\s*(?:Tp\.|TP\.|tỉnh|thành phố)?\s*", I)
_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")
_GLOSS = regex.compile(r"\(\s*(?:(?:tính|đến|tới|từ|thời điểm|tháng|năm|giai đoạn|cuối|đầu|hết)\s+)*"
                       r"(?:\d{1,2}\s*/\s*)?(?:\d{1,2}\s*/\s*)?\d{4}(?:\s*[-–]\s*\d{4}|(?:\s*(?:,|và)\s*\d{4})+)?\s*\)", I)
# "(tính đến tháng 9/2016)": the date figures are counted at, whatever stands before the bracket
_AS_OF = regex.compile(r"\(\s*(?:tính\s+)?(?:đến|tới)(?!\p{L})", I)
# A labelled paragraph, one of a report's parallel subsections: "Về hỗ trợ xây dựng mô hình: Hỗ trợ 26 dự án
# ...", "- Sản xuất sạch hơn: ..."; a period named in one says nothing of the next
# (not a speaker in an interview, "Ông Trần Văn Hùng: ...", whose answers go on in one time, nor a
# date line, nor the title)
_SUBSECTION = regex.compile(r"(?m)^[ \t]*(?:[-+•*]\s*)?(?!(?:Ông|Bà|Anh|Chị|PV|Phóng viên|Cập nhật|Đồng chí)(?!\p{L}))"
                            r"(?:Về\s+)?\p{Lu}[^\n:.;!?]{2,100}:[ \t]*(?=\S)[^\n]*")
_AT_PLACE = regex.compile(r"(?<!\p{L})(?:tại|ở|trên địa bàn|trên)\s+(?:các\s+)?(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|"
                       r"phường|thị trấn|khu công nghiệp|KCN|cụm công nghiệp|CCN)?\s*$", I)
_DECISION_BEFORE = regex.compile(r"(?<!\p{L})(?:Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Chương trình|Đề án|Kế hoạch)"
                              r"[^.;,()]{0,70}$")
_CLAUSE_BREAK = regex.compile(rf"{COMMA}|[;:(\[)\]]|\s[-–]\s")
_CLAUSE_END = regex.compile(rf"{COMMA}|[;:(\[)\]\n]|\s[-–]\s|[.!?](?:\s|$)|(?<!\p{{L}})(?:nhưng|trong khi|song|tuy nhiên)(?!\p{{L}})")
# the country after a comparison word is its base ("cao hơn bình quân chung cả nước khoảng 10 điểm")
_COMPARED_BASE = regex.compile(r"(?<!\p{L})(?:hơn|kém|so với)(?!\p{L})[^,.;:]{0,30}$", I)
# a figure right before "(của) cả nước" is the country's, unless it is a share of it
_OF_GAP = regex.compile(r"\s*(?:của\s+)?", I)
_SHARE_BEFORE = regex.compile(r"(?<!\p{L})(?:chiếm|bằng|tương đương)(?:\s+\S+){0,3}\s*$", I)
# what may stand in a gloss's bracket before its figure: "(khoảng 78,9%)", "(hơn 950 dự án)"
_BRACKET_HEAD = regex.compile(r"[\s:]*(?:(?:khoảng|gần|hơn|trên|dưới|chừng|ước|đạt|là)\s+)?", I)
_COMPARES = regex.compile(r"(?<!\p{L})(?:so|với|hơn|bằng|gấp|như|kém)(?!\p{L})", I)
# what may stand between a figure and the period or place attached after it
_ATTACHED_GAP = regex.compile(r"^\s*(?:\(\s*)?(?:(?:của|trong|vào|ở|tại|là|cho|thời điểm|hết|cuối|đầu|cả|riêng|năm|giai đoạn|thời kỳ|niên độ|cùng kỳ|"
                           r"\d{1,2}\s+tháng|quý\s+[IVX\d]+)\s+)*$", I)


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    province: str | None      # a province, NATIONAL, or None (a region, abroad)
    frames: bool = True       # False: a destination or an event's venue, for its own clause only
    base: bool = False        # the country as the base of a comparison: glossed by a bracket, nothing more
    zone: bool = False        # an economic zone, often inside a plant's name: never an item of a list of provinces
    listed: bool = False      # an item of a list of provinces: the list speaks of several
    anaphor: bool = False     # "tỉnh", "của tỉnh": the province named before, never an item of a list


@dataclass
class Discourse:
    text: str
    year: int | None
    province: str | None                                  # the article's own province
    periods: list[Period] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    brackets: list[tuple[int, int]] = field(default_factory=list)
    subsections: list[tuple[int, int]] = field(default_factory=list)   # labelled paragraphs ("Về ...: ...")
    national: bool = False                                # a national article: nationwide in its opening
    national_scope: bool = False       # ... with a title and a lead: its figures with no place are the country's
    _period_starts: list[int] = field(default_factory=list)
    _place_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, province: str | None, date: str | None) -> "Discourse":
        state = cls(text, article_year(text, date), province)
        state.periods = _restated(find_periods(text, state.year))
        state.brackets = [(m.start(), m.end()) for m in _BRACKET.finditer(text)]
        state.subsections = [(m.start(), m.end()) for m in _SUBSECTION.finditer(text, text.find("\n") + 1)]
        state.places = _places(text, province)
        lead_end = lead_span(text)[1]
        opening = lead_end or len(text)      # the title and the lead
        named = [p for p in state.places if not p.base and p.end > p.start]
        # nationwide in its opening, or, naming no place there, the first place it names is the country
        # (a national body after a province the title names inspects or approves that province's
        # project: "Dự án BOT ... Vĩnh Long - Trà Vinh" with "Đoàn công tác của Bộ GTVT" in the lead)
        in_opening = [p for p in named if p.start < opening]
        state.national = province is None and (
            bool(in_opening) and in_opening[0].province == NATIONAL
            or any(p.province == NATIONAL and not NATIONAL_BODIES.fullmatch(text, p.start, p.end) for p in in_opening)
            or bool(named) and named[0].province == NATIONAL and not in_opening)
        state.national_scope = state.national and lead_end > 0
        if not state.national:
            # in an article that is not national, "các địa phương" are the places it has named (the
            # localities a project crosses), not the country, and a national body ("Bộ GTVT", "ngân
            # sách nhà nước") acts on them: neither frames what follows
            state.places = [replace(p, frames=False, base=True) if p.province == NATIONAL and p.end > p.start
                            and (_LOCALITIES.fullmatch(text, p.start, p.end)
                                 or NATIONAL_BODIES.fullmatch(text, p.start, p.end)) else p for p in state.places]
        state._period_starts = [p.start for p in state.periods]
        state._place_starts = [p.start for p in state.places]
        return state

    # ------------------------------------------------------------ helpers
    def _subsection_of(self, pos: int) -> tuple[int, int] | None:
        i = bisect_left(self.subsections, (pos + 1, -1)) - 1
        if i >= 0 and self.subsections[i][0] <= pos < self.subsections[i][1]:
            return self.subsections[i]
        return None

    def bracket_of(self, pos: int) -> tuple[int, int] | None:
        i = bisect_left(self.brackets, (pos + 1, -1)) - 1
        if i >= 0 and self.brackets[i][0] <= pos < self.brackets[i][1]:
            return self.brackets[i]
        return None

    def _visible(self, pos: int, at: int) -> bool:
        """Is something written at `pos` in force at `at`? Bracketed text holds inside its brackets only,
        but a bracket that only restates a period ("trong 7 năm (2010 - 2016)") glosses what stands before it."""
        b = self.bracket_of(pos)
        if b is None or b[0] <= at < b[1]:
            return True
        # a bracket holding only a period glosses what stands before it: "(tính đến tháng 9/2016)",
        # "giai đoạn 1 (năm 2014)", "trong 7 năm (2010 - 2016)"; but not the term of a decision
        if _FIGURE_BEFORE.search(self.text, max(0, b[0] - 12), b[0]):
            return False           # "giảm từ 25,4% (cuối năm 2018) xuống còn 21,3%": that figure's own period only
        return bool(_GLOSS.fullmatch(self.text, b[0], b[1])) and (
            bool(_AS_OF.match(self.text, b[0])) or not _DECISION_BEFORE.search(self.text, max(0, b[0] - 80), b[0]))

    # ------------------------------------------------------------ years
    def years(self, start: int, end: int, sent_start: int, sent_end: int, plan: bool = True) -> list[int] | None:
        """`plan`: the figure is a target or plan; a target's year ("đến năm 2025") frames only those."""
        text = self.text
        clause_end = _clause_end(text, end, sent_end)
        if _BRACKET_NEXT.match(text, end):
            # "giảm từ 13,77% (cuối năm 2016) xuống ...": a bracket right after the figure holding only
            # a period glosses it (not "(năm 2017 tương ứng là 36,1%)")
            close = text.find(")", end, end + 80)
            if close > 0 and _GLOSS.fullmatch(text, text.find("(", end), close + 1):
                clause_end = max(clause_end, close)
        ps = self.periods
        i = bisect_left(self._period_starts, end)
        # 1. attached right after the figure: "38% năm 2018", "500 tỷ đồng trong năm 2016"
        for p in ps[i:]:
            if p.start >= clause_end:
                break
            gap = text[end:p.start]
            # a comparison's period right after the figure compared with is that figure's own:
            # "thấp hơn mức tăng 7,05% của cùng kỳ năm 2016"
            if _ATTACHED_GAP.match(gap) and (not p.compared or not _COMPARES.search(gap)):
                return p.years
            if plan and not p.compared and p.years and self.year is not None and p.first == p.last >= self.year \
                    and p.start - end <= 40 and not _CLAUSE_BREAK.search(text, end, p.start):
                # "phấn đấu đưa nợ thuế xuống dưới 5% tổng thu ngân sách năm 2019": a target's clause names
                # the year it aims at after the figure's noun
                return p.years
            break
        # "năm 2014 thực hiện ...; năm 2015 ... và năm 2018 ..., tỷ lệ ... lần lượt là 96,5%, 101,3%, ...":
        # "lần lượt" pairs the years its sentence named before with the figures after it, in order
        paired = self._respective_year(start, sent_start, sent_end)
        if paired is not None:
            return paired
        # 2. the period in force: the last one before the figure that is not a comparison; a period
        #    named inside a sibling subsection ("Về hỗ trợ ...: ... năm 2017") holds there only
        j = bisect_left(self._period_starts, start)
        own = self._subsection_of(start)
        for p in reversed(ps[:j]):
            if p.compared or p.end > start or not self._visible(p.start, start):
                continue
            if own is not None:
                other = self._subsection_of(p.start)
                if other is not None and other != own:
                    continue
            if p.target and not plan and p.start < sent_start:
                continue           # a result after a target sentence: the target's year is not its own
            if p.years is None and p.start >= sent_start and not _PRESENT.search(text, p.start, p.end):
                # "đến ngày 15/12, thu ... đạt 6.120 tỷ đồng, bằng 143% dự toán năm 2017" with no article
                # year: the year its own sentence names later places the unresolved date
                later = self._later_in_sentence(i, sent_end)
                if later is not None:
                    return later
            return p.years
        # 3. nothing before: a period later in the figure's own sentence ("... trong năm 2017")
        return self._later_in_sentence(i, sent_end)

    def _respective_year(self, start: int, sent_start: int, sent_end: int) -> list[int] | None:
        text = self.text
        respectively = list(RESPECTIVELY.finditer(text, max(sent_start, start - 300), start))
        if not respectively:
            return None
        r = respectively[-1]
        lo = bisect_left(self._period_starts, max(sent_start, r.start() - 600))
        hi = bisect_left(self._period_starts, r.start())
        years = [p for p in self.periods[lo:hi] if not p.compared and p.first is not None and p.first == p.last
                 and p.start >= sent_start]
        figures = [m for m in _NUMBER.finditer(text, r.end(), sent_end) if not _YEAR_ONLY.fullmatch(m[0])]
        nth = sum(1 for m in figures if m.start() < start)
        if len(years) >= 2 and len(figures) == len(years) and nth < len(years):
            return years[nth].years
        return None

    def _later_in_sentence(self, i: int, sent_end: int) -> list[int] | None:
        for p in self.periods[i:]:
            if p.start >= sent_end:
                break
            if not p.compared:
                return p.years
        return None

    # ------------------------------------------------------------ places
    def province_of(self, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
        text = self.text
        places = self.places
        k = bisect_left(self._place_starts, end)
        clause_end = _clause_end(text, end, sent_end)
        if k < len(places) and places[k].base and places[k].province == NATIONAL \
                and _OF_GAP.fullmatch(text, end, places[k].start) and not _SHARE_BEFORE.search(text, max(sent_start, start - 40), start):
            return NATIONAL        # "6,2% của vùng ĐBSCL và 5,93% của cả nước": the country's own figure
        # 1. attached after it in its clause: "20 cơ sở tại huyện Hương Sơn", "đầu tư 120 tỷ đồng xây nhà máy
        #    tại huyện Đức Trọng"
        if k < len(places) and places[k].start < clause_end and not places[k].base \
                and not venue(text, places[k].start) and (
                _ATTACHED_GAP.match(text[end:places[k].start]) or _AT_PLACE.search(text, end, places[k].start)):
            # "xây 10 thiết chế tại Hà Nam, Quảng Nam và Tiền Giang": a list of provinces, several
            return None if places[k].listed else places[k].province
        j = bisect_left(self._place_starts, start)
        lo = bisect_left(self._place_starts, max(sent_start, start - 600))
        in_sentence = [p for p in places[lo:j] if p.end <= start]
        # a figure in brackets right after a place glosses it: "Hà Nội (2.170 tỷ đồng); Bình Dương (423 tỷ đồng)"
        bracket = self.bracket_of(start)
        named = [p for p in in_sentence if p.end > p.start]      # not the marker after a list
        if bracket and named and named[-1].province is not None \
                and not text[named[-1].end:bracket[0]].strip() and _BRACKET_HEAD.fullmatch(text, bracket[0] + 1, start):
            return named[-1].province
        if named and named[-1].base and named[-1].province == NATIONAL and _BRACKET_HEAD.fullmatch(text, named[-1].end, start) \
                and not _COMPARED_BASE.search(text, max(sent_start, named[-1].start - 40), named[-1].start):
            return NATIONAL        # "trong khi tỷ lệ này bình quân cả nước khoảng 26%": the country's own figure
        in_sentence = [p for p in in_sentence if not p.base]
        # 2. several places named before in the sentence: "lần lượt" pairs them with the figures
        respectively = list(RESPECTIVELY.finditer(text, max(sent_start, start - 600), start))
        if respectively and len(in_sentence) >= 2:
            listed = [p for p in in_sentence if p.end <= respectively[-1].start() and p.province not in (None, NATIONAL)]
            nth = len(_NUMBER.findall(text, respectively[-1].end(), start))
            if 0 <= nth < len(listed):
                return listed[nth].province
        framing = [p for p in in_sentence if p.frames or _same_clause(text, p.end, start)]
        if len(framing) >= 2 and _LIST_JOIN.fullmatch(text, framing[-2].end, framing[-1].start) \
                and framing[-1].province != framing[-2].province:
            return None            # "Hà Nội, TP HCM và Bình Dương tăng dưới 10%": several
        if framing:
            return framing[-1].province
        # 3. the place in force; in a national article (no province of its own, nationwide in its
        #    opening) a province named as an example holds to the end of its paragraph only
        para_start = text.rfind("\n", 0, start) + 1
        intro = list_intro(text, sent_start) if self.national else None
        if intro:
            para_start = text.rfind("\n", 0, intro[0]) + 1     # a list's items are in the paragraph announcing them
        for p in reversed(places[:j]):
            if p.frames and p.end <= start and self._visible(p.start, start):
                if self.national and p.province not in (None, NATIONAL) and p.start < para_start:
                    return NATIONAL
                return p.province
        # 4. the article's own province; a national article's own place is the country ("Kinh tế
        #    6 tháng: GDP tăng 6,71%" over a lead on "cả nước")
        return NATIONAL if self.national_scope and self.province is None else self.province


_YEAR_ONLY = regex.compile(r"(?:19|20)\d\d")
_FIGURE_BEFORE = regex.compile(r"(?:%|\d[.,]\d+|(?<!\p{L})(?:đồng|USD))\s*$")   # a figure, not "giai đoạn 1"
_BRACKET_NEXT = regex.compile(r"\s*\(")
# "hiện", "nay": the present, which no year named in the sentence places
_PRESENT = regex.compile(r"(?<!\p{L})(?:nay|hiện)(?!\p{L})", regex.I)


def _restated(periods: list[Period]) -> list[Period]:
    """A span counted back from the article's year ("trong 5 năm qua") that restates a named span
    of the same length just before it ("tổng kết giai đoạn 2014-2018 ... trong 5 năm qua", in an
    article of January 2019) is that span."""
    out = []
    for p in periods:
        if p.relative and p.first is not None and p.last is not None and p.last > p.first:
            named = next((q for q in reversed(out[-3:]) if not q.relative and not q.compared and q.first is not None
                          and q.last - q.first == p.last - p.first and q.last < p.last and p.start - q.end < 400), None)
            if named:
                p = replace(p, first=named.first, last=named.last)
        out.append(p)
    return out


def _clause_end(text: str, end: int, sent_end: int) -> int:
    """Where the clause of a figure ending at `end` ends (the sentence splitter may cut a sentence
    short, so the text's own punctuation decides)."""
    m = _CLAUSE_END.search(text, end, max(sent_end, min(len(text), end + 300)))
    return m.start() if m else max(sent_end, end)


def _same_clause(text: str, a: int, b: int) -> bool:
    return _CLAUSE_BREAK.search(text, a, b) is None


def _places(text: str, province: str | None) -> list[Place]:
    found: list[Place] = []

    def add(a: int, b: int, name: str | None, zone: bool = False) -> None:
        before = text[max(0, a - 30):a]
        frames = not _NOT_A_FRAME_BEFORE.search(before) and not venue(text, a)
        found.append(Place(a, b, name, frames, zone=zone))

    provinces = find_provinces(text)
    for a, b, name in provinces:
        add(a, b, name)
    starts = [p[0] for p in provinces]
    for a, b, name, kind in find_subplaces(text):
        i = bisect_left(starts, a)
        prefer = (provinces[i - 1][2] if i else None, province)
        resolved = resolve_subplace(name, kind, prefer)
        if resolved and not any(x <= a < y for x, y, _ in provinces):
            add(a, b, resolved)
    # a district or town named once with its kind word ("huyện Sìn Hồ") is the same place when the
    # article names it again bare ("Nhiều hộ ở Sìn Hồ ...")
    introduced = {name: p.province for p, name in _introduced(found, text)}
    if introduced:
        bare = _bare_names(tuple(sorted(introduced, key=lambda n: (-len(n), n))))
        taken = [(p.start, p.end) for p in found]
        for m in bare.finditer(text):
            if not any(x < m.end() and m.start() < y for x, y in taken):
                add(m.start(), m.end(), introduced[m[0]])
    for a, b, name in find_zones(text):
        if not any(x <= a < y for x, y, _ in provinces):
            add(a, b, name, zone=True)
    for m in NATIONWIDE.finditer(text):
        if province and _LOCALITIES.fullmatch(m[0]):
            continue       # "các địa phương" of a provincial article are its districts and communes
        if _NATION_AS_BASE.search(text, max(0, m.start() - 40), m.start()):
            # "chiếm 32,6% cả nước", "cao hơn bình quân cả nước": the whole a province is measured on;
            # only a bracket right after it ("bình quân cả nước (78,9%)") gives its figure
            found.append(Place(m.start(), m.end(), NATIONAL, frames=False, base=True))
            continue
        found.append(Place(m.start(), m.end(), NATIONAL))
    if not province:
        for m in NATIONAL_BODIES.finditer(text):
            found.append(Place(m.start(), m.end(), NATIONAL))
    for m in REGIONS.finditer(text):
        # (a region inside a programme's name, "Dự án ... các tỉnh miền núi phía Bắc", frames nothing)
        found.append(Place(m.start(), m.end(), None, not _IN_PROGRAMME_NAME.search(text, max(0, m.start() - 90), m.start())))
    low = text.lower()          # quick tests that let most articles skip the two rare scans below
    for m in (SEVERAL.finditer(text) if "vùng" in low or "các tỉnh" in low or "các địa phương" in low else ()):
        # (not the base of a comparison: "là mức cao so với nhiều địa phương trong vùng")
        found.append(Place(m.start(), m.end(), None, not _COMPARED_BASE.search(text, max(0, m.start() - 40), m.start())))
    for m in (WORLD.finditer(text) if "quốc tế" in low or "thế giới" in low or "các nước" in low else ()):
        found.append(Place(m.start(), m.end(), None))    # "theo thông lệ quốc tế": the world's practice, no place of ours
    for m in ABROAD.finditer(text):
        # "người lao động đi làm việc ở nước ngoài được vay 100 triệu đồng", "xuất khẩu sang ... ở Nhật Bản":
        # a destination is not where the figure is
        if not _DESTINATION_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            found.append(Place(m.start(), m.end(), None))
    if province:
        named = sorted(p.start for p in found if p.province not in (None, NATIONAL))
        for m in OWN_PROVINCE.finditer(text):
            # "tại Long An, năm ngoái tỉnh đã chi ...": the province its sentence just named
            i = bisect_left(named, m.start())
            if i and not SENTENCE_STOP.search(text, named[i - 1], m.start()):
                continue
            found.append(Place(m.start(), m.end(), province))
    else:
        # an article with no province of its own: "tỉnh", "của tỉnh" is the province last named
        # ("Tại Hà Tĩnh, ... Chi nhánh Ngân hàng Chính sách xã hội tỉnh đã cho 1.245 lượt lao động vay")
        named = sorted((p.start, p.province) for p in found if p.province not in (None, NATIONAL) and not p.base)
        starts = [a for a, _ in named]
        for m in OWN_PROVINCE.finditer(text):
            i = bisect_left(starts, m.start())
            if i and m.start() - starts[i - 1] < 1500:
                found.append(Place(m.start(), m.end(), named[i - 1][1], anaphor=True))
    found.sort(key=lambda p: (p.start, -p.end))
    unique: list[Place] = []
    for p in found:
        if unique and p.start < unique[-1].end:
            continue               # "Thành phố Hồ Chí Minh" once
        unique.append(p)
    # a list of provinces ("Hà Nội, Tp.HCM, Nghệ An, An Giang...") speaks of several: after it, the
    # place in force is none of them (null), as for a region
    listed = []
    for i in range(1, len(unique)):
        a, b = unique[i - 1], unique[i]
        if a.province and b.province and NATIONAL not in (a.province, b.province) and a.province != b.province \
                and not (a.zone or b.zone or a.anaphor or b.anaphor) \
                and _IN_LIST.fullmatch(text, a.end, b.start):
            listed += [i - 1, i]
    for i in set(listed):
        p = unique[i]
        unique[i] = Place(p.start, p.end, p.province, False, listed=True)
    for i in sorted(set(listed)):
        if i + 1 not in listed:
            p = unique[i]
            unique.append(Place(p.end, p.end, None))          # after the list: several provinces
    unique.sort(key=lambda p: (p.start, -p.end))
    return unique


@lru_cache(maxsize=1024)
def _bare_names(names: tuple[str, ...]) -> regex.Pattern:
    """One pattern for the bare names of the districts an article introduced (compiled once per set:
    compiling costs more than the search)."""
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(map(regex.escape, names)) + r")(?!\p{L})(?! \p{Lu})")


def _introduced(found: list[Place], text: str) -> list[tuple[Place, str]]:
    """Sub-province places named with their kind word, with their bare names (two words or more, so
    that a one-word name is not taken for a common word)."""
    out = []
    for p in found:
        m = _KIND_NAME.fullmatch(text, p.start, p.end)
        if m and p.province not in (None, NATIONAL) and " " in m["name"]:
            out.append((p, m["name"]))
    return out


_KIND_NAME = regex.compile(r"(?i:huyện|thị xã|thị trấn|quận)\s+(?P<name>\p{Lu}[\p{L}']*(?:\s+\p{Lu}[\p{L}']*){0,3})")
_IN_LIST = regex.compile(r"\s*(?:[,;]|và|với|\([^()]{0,30}\)\s*[,;]?)\s*(?:Tp\.|TP\.?|tỉnh|thành phố)?\s*", I)


def national_lead(lead: str) -> bool:
    """Does an article's lead speak for the whole country (nationwide wording or a national body)?"""
    return bool(NATIONWIDE.search(lead) or NATIONAL_BODIES.search(lead))
