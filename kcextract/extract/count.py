"""Counts: a number quantifying a noun of discrete things (ANNOTATION.md 2, 3, 5).

The counted noun is the word after the number (underthesea's word segmentation
keeps `đề án`, `học viên`, `doanh nghiệp` whole), with the following noun when the
first is a classifier (`477 lượt cán bộ`, `1 cuộc Hội chợ`). Not counts: time and
measure units (`7 tháng`, `5 ha`), multipliers (`1,7 lần`), ages, ratings, names
and ordinals (`quận 12`, `lần thứ 18`), years, dates, rankings (`1 trong 2 tỉnh`).
A fraction `17/28 đề án` is two counts of the same noun.

EXAMPLES rows: text, then the figures expected as (span text, value, value_max, last),
where last is the counted noun for a count and `per` otherwise.
"""
from __future__ import annotations

from decimal import Decimal

import regex

from .places import canonical
from .numbers import FRACTION, Quantity
from .sentence import Found, Sentence, Word

TYPE = "count"

# Nouns that measure time, size or degree rather than count things (section 5).
NOT_COUNTED = {
    # time and periods
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "thế kỷ", "thập kỷ",
    "thập niên", "đêm", "tiếng", "giai đoạn", "mùa", "nhiệm kỳ", "niên độ", "kỳ hạn", "tháng tuổi",
    # physical measures
    "ha", "hecta", "héc-ta", "hécta", "m", "m2", "m²", "m3", "m³", "km", "km2", "cm", "mm",
    "kg", "g", "gam", "gram", "tấn", "tạ", "yến", "lít", "l", "ml", "kw", "kwh", "mw", "mwh",
    "gw", "gwh", "kv", "kva", "wp", "cv", "mã lực", "hp", "độ", "sào", "mẫu", "thước", "tấc", "lạng", "mét",
    "cây số", "kilômét", "ki-lô-mét", "ki-lô-gam", "tấn/năm", "teu", "feet", "inch", "ounce",
    "triệu tấn", "nghìn tấn", "vòng", "bước",
    # multipliers, ages, ratings, scores, ranks
    "lần", "tuổi", "sao", "điểm", "bậc", "hạng", "phần",
    # currencies are money, never counts
    "đồng", "usd", "vnđ", "vnd", "đ", "euro", "yên",
}
# Classifiers: the counted noun follows them (unit "lượt cán bộ", "cuộc hội chợ").
CLASSIFIERS = {
    "cuộc", "lượt", "đợt", "buổi", "chiếc", "con", "cái", "ngôi", "căn", "tấm", "bức",
    "quyển", "cuốn", "chuyến", "phiên", "khóa", "bản", "tờ",
}
# Words before a number that make it a name, an ordinal or a reference (section 5).
NAME_BEFORE = {
    "thứ", "quận", "phường", "khu", "tổ", "ấp", "lô", "tốp", "top", "hạng", "điều", "khoản",
    "chương", "mục", "tập", "trang", "tầng", "phòng", "xóm", "thôn", "khóa", "loại", "cấp",
    "quốc lộ", "tỉnh lộ", "đường tỉnh", "đường huyện", "hương lộ", "km", "nghị định", "nghị quyết", "quyết định", "thông tư", "chỉ thị", "công văn",
    "kế hoạch số", "số hiệu", "mã", "số", "lần", "kỳ", "vòng", "đợt", "năm", "tháng", "ngày",
    "giai đoạn", "niên khóa", "hotline", "điện thoại", "fax", "đt", "mùng", "mồng",
}
# Idioms of vague quantity that are never figures (section 3).
IDIOM_BEFORE = regex.compile(r"(?:hàng|vài|mấy|dăm|(?<!\p{L})một\s+trong(?:\s+những)?|\d+\s+trong(?:\s+số)?)\s*$",
                             regex.IGNORECASE)
SET_PHRASES = {"hai bên", "hai tốc độ", "ba bên", "hai chiều", "hai mặt", "bốn phương", "hai nhà"}

# Nouns underthesea sometimes tags as verbs, kept as nouns after a number.
NOMINAL_HEADS = {"hội chợ", "đề án", "căn hộ", "hội thảo", "hội nghị", "triển lãm", "dự án", "mô hình",
                 "tập huấn", "bình chọn", "khảo sát", "tuyên truyền", "đào tạo", "lao động",
                 "sản phẩm", "gian hàng", "hợp đồng", "giao dịch", "phản ánh", "kiến nghị", "lô"}

# "năm" is both "five" and "year": standalone, it counts only where "year" cannot be meant.
_YEAR_BEFORE = regex.compile(
    r"(?<!\p{L})(?:trong|mỗi|hằng|hàng|các|những|cả|từng|cuối|đầu|giữa|vào|của|sang|qua|từ|đến|tới|"
    r"nhiều|mấy|vài|một|hai|ba|bốn|này|nay|là|\d)\s*$", regex.IGNORECASE)
# Words that never begin a counted noun: after a number they mean it counts nothing.
NOT_A_NOUN = {
    "của", "và", "với", "trong", "cho", "tại", "là", "có", "được", "đã", "sẽ", "thì", "mà", "để",
    "từ", "đến", "tới", "so", "như", "theo", "hoặc", "hay", "nhưng", "về", "ở", "do", "bởi", "khi",
    "nếu", "này", "đó", "trở", "diễn", "vào", "ra", "lên", "xuống", "qua", "sau", "trước", "nay",
}
_YEAR_AFTER = {"trước", "nay", "sau", "qua", "tới", "ngoái", "đó", "này", "kia", "ấy", "rồi", "học",
               "tài chính", "mới", "nào", "liền", "trời", "tháng", "kế hoạch", "thứ", "đầu", "cuối"}

_DATE_BEFORE = regex.compile(r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|từ|đến|tới|tháng)\s*$", regex.IGNORECASE)


def _is_nounish(word: Word) -> bool:
    low = word.text.lower()
    if low in NOT_COUNTED or not word.text[:1].isalpha():
        return False
    if word.tag.startswith("N") and word.tag != "Np":
        return True
    if low in NOMINAL_HEADS or low in CLASSIFIERS:
        return True
    # abbreviations such as "DN", "HTX", "CCN" (tagged Ny, Nu or even CH)
    return word.text.isupper() and len(word.text) >= 2 and word.text.isalpha()


def _closes_clause(sent: Sentence, i: int) -> bool:
    """A lone word between a number and punctuation is its noun, whatever the tagger says
    ("Tuyên truyền 423 tin, bài": "tin" tagged as a verb); a verb would take a complement."""
    word = sent.words[i]
    if word.tag != "V" or " " in word.text or word.text.lower() in NOT_A_NOUN or word.text.lower() in NOT_COUNTED:
        return False               # (a measure is never the noun: "trạm biến áp 110 kV.")
    return i + 1 < len(sent.words) and sent.words[i + 1].text in {",", ";", ".", ")", ":"}


def counted_noun(sent: Sentence, pos: int) -> tuple[int, str] | None:
    """(end, unit) of the counted noun starting right after `pos`, else None."""
    i = sent.word_from(pos)
    if i is None:
        return None
    gap = sent.text[pos:sent.words[i].start]
    if gap not in ("", " "):
        return None
    first = sent.words[i]
    if first.text.lower() == "điểm" and i + 1 < len(sent.words) and sent.words[i + 1].start == first.end + 1 \
            and sent.words[i + 1].text.lower() in _POINT_PLACES:
        # "212 điểm bán", "15 điểm du lịch": places counted, not a score
        return sent.words[i + 1].end, f"điểm {sent.words[i + 1].text.lower()}"
    if not _is_nounish(first) and not _closes_clause(sent, i):
        return None
    low = first.text.lower()
    end, unit = first.end, low
    if (low in CLASSIFIERS or first.tag == "Nc") and i + 1 < len(sent.words):
        nxt = sent.words[i + 1]
        if nxt.start == first.end + 1 and nxt.text[:1].isalpha() and nxt.tag not in (
                "E", "C", "Cc", "R", "P", "L", "M", "Np", "T", "A"):
            if nxt.text.lower() not in NOT_COUNTED and nxt.text.lower() not in NOT_A_NOUN:   # not "3.020 chiếc có"
                end, unit = nxt.end, f"{low} {nxt.text.lower()}"
    return end, unit


# "điểm" before these is a place (a point of sale, a tourist site), counted; else a score
_POINT_PLACES = {"bán", "bán hàng", "bán lẻ", "du lịch", "trường", "giao dịch", "thu gom", "đến", "tham quan", "sạt lở",
                 "di tích", "chợ", "kinh doanh", "cung cấp", "tập kết", "dừng", "đỗ", "cầu", "nóng", "khai thác", "xả thải"}
_TOTAL_NUMBER = regex.compile(r"(?:tổng|với|có|là|được|trong)\s+số\s*$")


# verbs whose last syllable is a name word: "nâng cấp 27 tàu", "cung cấp 1.500 sản phẩm" count things
_VERB_ENDING = regex.compile(r"(?<!\p{L})(?:(?:nâng|cung|phân|được|đã|sẽ|vừa|đang|mới|khẩn|cao|sơ)\s+cấp|xếp\s+hạng)$")


def _named(sent: Sentence, q: Quantity) -> bool:
    """True when the words before `q` make it a name, an ordinal or an idiom."""
    before = sent.text[:q.start].rstrip().lower()
    if _TOTAL_NUMBER.search(before):
        return False          # "tổng số 123 sản phẩm" is a count, "số 1" a name
    for prefix in NAME_BEFORE:
        if before.endswith(prefix) and (len(before) == len(prefix) or not before[-len(prefix) - 1].isalpha()) \
                and not _VERB_ENDING.search(before) and not _IN_PROPER_NAME.search(sent.text, 0, len(before)):
            return True
    if IDIOM_BEFORE.search(sent.text[:q.start]):
        return True
    prev = sent.word_before(q.start)
    if prev is None or prev.tag != "Np" or prev.end < q.start - 1:
        return False
    # a proper noun then a number names a thing ("Honda 125"), except a place heading an item of a
    # list: "TP.HCM 38.000 doanh nghiệp, Hà Nội 22.500 doanh nghiệp", "Đại Từ 9 sản phẩm, Định Hóa 7
    # sản phẩm", "huyện Phong Điền 5.200 lượt"
    if canonical(prev.text) is None and not _LIST_ITEM_BEFORE.search(sent.text, 0, prev.start):
        return True
    return False


# the last syllable of a proper name ("huyện Tân Kỳ 3.400 lượt"), not the word "kỳ"
_IN_PROPER_NAME = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*$")
# what stands before a proper noun that heads an item of a list
_LIST_ITEM_BEFORE = regex.compile(r"(?:^|[,;:\-+]|(?<!\p{L})(?:và|với|là|huyện|quận|thị xã|thành phố|TP\.?|tỉnh|xã))\s*"
                                  r"(?:\p{Lu}\p{L}*\s+){0,3}$",
                                  regex.IGNORECASE)


def _year_like(q: Quantity) -> bool:
    return not q.words and q.digits.isdigit() and len(q.digits) == 4 and 1900 <= int(q.digits) <= 2100


def unit_after(sent: Sentence, pos: int, q: Quantity):
    """(end, unit, None) when a counted noun follows `pos`, else None."""
    if not q.is_integer or _year_like(q) or _named(sent, q):
        return None
    if not q.words and len(q.digits) >= 4 and q.digits.startswith("0"):
        return None               # phone numbers and codes, not "02 đơn vị"
    if q.words and sent.text[q.start:pos + 5].lower().strip() in SET_PHRASES:
        return None
    found = counted_noun(sent, pos)
    if not found or year_word(sent.text, q, found[1].split(" ")[0]):
        return None
    if q.words and sent.text[q.start:found[0]].lower() in SET_PHRASES:
        return None
    return found[0], found[1], None


def year_word(text: str, q: Quantity, following: str) -> bool:
    """True when the number word "năm" at `q` means "year", not "five"."""
    if not q.words or text[q.start:q.end].lower() != "năm":
        return False
    return bool(following in _YEAR_AFTER or following[:1].isdigit() or _YEAR_BEFORE.search(text, 0, q.start))


def extra(sent: Sentence) -> list[Found]:
    """Fractions of a count: `17/28 đề án` -> 17 and 28, both counting `đề án`."""
    out = []
    for m in FRACTION.finditer(sent.text):
        if _DATE_BEFORE.search(sent.text[:m.start()]):
            continue
        noun = counted_noun(sent, m.end())
        if not noun:
            continue
        a, b = int(m[1]), int(m[2])
        if a > b:
            continue          # "30/4" is a date, not a part of a whole
        out.append(Found(m.start(1), m.end(1), TYPE, Decimal(a), None, noun[1]))
        out.append(Found(m.start(2), noun[0], TYPE, Decimal(b), None, noun[1]))
    return out


EXAMPLES = [
    # the syllable before a number may end a word whose start lies outside a short window
    ("Tỉnh sẽ di dời khẩn cấp 320 hộ ra khỏi vùng sạt lở", [("320 hộ", "320", None, "hộ")]),
    ("Trong số 48 quốc gia có dự án tại Việt Nam, Hàn Quốc dẫn đầu", [("48 quốc gia", "48", None, "quốc gia")]),
    ("Dự án đường tỉnh 939 đoạn qua huyện Mỹ Xuyên chậm tiến độ", []),
    # a place (a district, a country) heading an item of a list: its number is a count
    ("Học nghề năm 2019: Đông Anh 1.200 người, Sóc Sơn 850 người",
     [("1.200 người", "1200", None, "người"), ("850 người", "850", None, "người")]),
    ("Hàn Quốc tiếp nhận 5.000 lao động, Đài Loan 12.000 lao động",
     [("5.000 lao động", "5000", None, "lao động"), ("12.000 lao động", "12000", None, "lao động")]),
    # ranking things counts them; a resolution's number names it
    ("Hội đồng cấp tỉnh đã xếp hạng 42 sản phẩm OCOP", [("42 sản phẩm", "42", None, "sản phẩm")]),
    ("Huyện được hưởng chính sách theo Nghị quyết 30a của Chính phủ", []),
    # points of sale are places counted, a score is not
    ("Dịp Tết có 35 doanh nghiệp, 180 điểm bán tham gia bình ổn giá",
     [("35 doanh nghiệp", "35", None, "doanh nghiệp"), ("180 điểm bán", "180", None, "điểm bán")]),
    ("Thí sinh đạt 27 điểm được xét tuyển", []),
    # a verb ending in a name word ("nâng cấp", "cung cấp") counts what follows
    ("Huyện Thới Bình đã nâng cấp 46 công trình thủy lợi", [("46 công trình", "46", None, "công trình")]),
    ("Hợp tác xã cung cấp 2.300 sản phẩm cho siêu thị", [("2.300 sản phẩm", "2300", None, "sản phẩm")]),
    # nouns the tagger reads as verbs
    ("Trong quý I có 1.250 giao dịch bất động sản", [("1.250 giao dịch", "1250", None, "giao dịch")]),
    ("Đường dây nóng tiếp nhận 12 phản ánh của người dân", [("12 phản ánh", "12", None, "phản ánh")]),
    # a measure is never the counted noun, also where the tagger reads it as a verb
    ("Tỉnh xây thêm 12 trạm biến áp 110 kV.", [("12 trạm", "12", None, "trạm")]),
    ("Ngư dân có 230 tàu công suất từ 400 CV trở lên", [("230 tàu", "230", None, "tàu")]),
    # a classifier takes a noun after it, not a verb
    ("Toàn tỉnh có 6.150 tàu cá, trong đó 3.020 chiếc có công suất lớn", [("6.150 tàu", "6150", None, "tàu"),
                                                                        ("3.020 chiếc", "3020", None, "chiếc")]),
    ("Kiên Giang đã triển khai được 68 đề án/kế hoạch khuyến công",
     [("68 đề án", "68", None, "đề án")]),
    ("Triển khai 2 lớp đào tạo cho 107 học viên", [("2 lớp", "2", None, "lớp"), ("107 học viên", "107", None, "học viên")]),
    ("giải quyết việc làm cho 22 nghìn lao động", [("22 nghìn lao động", "22000", None, "lao động")]),
    ("Tổ chức 1 cuộc Hội chợ Công nghiệp", [("1 cuộc Hội chợ", "1", None, "cuộc hội chợ")]),
    ("có 477 lượt cán bộ tham dự", [("477 lượt cán bộ", "477", None, "lượt cán bộ")]),
    ("đón 1,2 triệu lượt khách", [("1,2 triệu lượt khách", "1200000", None, "lượt khách")]),
    ("Phát hành 1.000 tờ gấp thực hiện công tác tuyên truyền về sản xuất sạch hơn trong công nghiệp năm 2017.",
     [("1.000 tờ", "1000", None, "tờ")]),
    ("hỗ trợ 02 đơn vị", [("02 đơn vị", "2", None, "đơn vị")]),
    ("mở hai lớp tập huấn cho ba mươi hai học viên", [("hai lớp", "2", None, "lớp"), ("ba mươi hai học viên", "32", None, "học viên")]),
    ("đã có 17/28 đề án hoàn thành", [("17", "17", None, "đề án"), ("28 đề án", "28", None, "đề án")]),
    ("từ 20 - 30 học viên mỗi lớp", [("20 - 30 học viên", "20", "30", "học viên")]),
    ("một số doanh nghiệp và một cuộc hội chợ", []),
    ("hàng nghìn lao động nông thôn", []),
    ("trong 7 tháng đầu năm 2024, diện tích 5 ha, sản lượng 100 tấn", []),
    ("gấp 2 lần, 1,7 lần, ông 38 tuổi, khách sạn 3 sao", []),
    ("Hội nghị lần thứ 18 tại quận 12 theo Quyết định 2080/QĐ-UBND ngày 17/05/2024", []),
    ("Kiên Giang là 1 trong 2 tỉnh dẫn đầu", []),
    ("hai dự án này đã hoàn thành", [("hai dự án", "2", None, "dự án")]),
    ("cụ thể: Tuyên truyền 423 tin, bài trên báo tỉnh", [("423 tin", "423", None, "tin")]),
    ("có tổng số 123 sản phẩm đạt giải", [("123 sản phẩm", "123", None, "sản phẩm")]),
    ("Nhà máy số 1 sản xuất phân bón; Đội 3 giành giải nhất", []),
]
