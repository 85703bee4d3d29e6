"""Passages the rules were not written from: khuyến công reporting in other provinces' words.

Each row: text, then every figure a careful reader would copy, as (span, type, value, value_max).
"""
from decimal import Decimal

import pytest

from kcextract import extract

PASSAGES = [
    ("Năm 2023, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Thái Bình đã triển khai 17 đề án "
     "khuyến công địa phương với tổng kinh phí hỗ trợ gần 3,8 tỷ đồng, thu hút vốn đối ứng của các cơ sở trên 21 tỷ đồng.",
     [("17 đề án", "count", "17", None), ("3,8 tỷ đồng", "money", "3800000000", None),
      ("21 tỷ đồng", "money", "21000000000", None)]),
    ("Hết tháng 9, tỉnh đã giải ngân 4.215 triệu đồng, bằng 72,4% dự toán được giao; riêng kinh phí khuyến công "
     "quốc gia là 1.150 triệu đồng.",
     [("4.215 triệu đồng", "money", "4215000000", None), ("72,4%", "percent", "72.4", None),
      ("1.150 triệu đồng", "money", "1150000000", None)]),
    ("Chương trình đã mở 35 lớp truyền nghề mây tre đan, thêu ren cho hơn 1.000 lao động nông thôn, trong đó "
     "khoảng 80% học viên có việc làm sau đào tạo với thu nhập từ 3 - 5 triệu đồng/người/tháng.",
     [("35 lớp", "count", "35", None), ("1.000 lao động", "count", "1000", None), ("80%", "percent", "80", None),
      ("3 - 5 triệu đồng", "money", "3000000", "5000000")]),
    ("Tỉnh hỗ trợ 12 cơ sở ứng dụng máy móc thiết bị tiên tiến, mức hỗ trợ tối đa 300 triệu đồng mỗi cơ sở.",
     [("12 cơ sở", "count", "12", None), ("300 triệu đồng", "money", "300000000", None)]),
    ("Giá trị sản xuất công nghiệp nông thôn năm 2022 ước đạt 15.600 tỷ đồng, tăng 8,2% so với năm 2021 "
     "và chiếm 31,5% giá trị sản xuất toàn ngành công nghiệp.",
     [("15.600 tỷ đồng", "money", "15600000000000", None), ("8,2%", "percent", "8.2", None),
      ("31,5%", "percent", "31.5", None)]),
    pytest.param(
     "Qua 3 kỳ bình chọn, đã có 56 sản phẩm được công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh, "
     "9 sản phẩm đạt cấp khu vực và ba sản phẩm đạt cấp quốc gia.",
     [("3 kỳ", "count", "3", None), ("56 sản phẩm", "count", "56", None), ("9 sản phẩm", "count", "9", None),
      ("ba sản phẩm", "count", "3", None)],
     marks=pytest.mark.xfail(reason="underthesea segments 'kỳ bình | chọn', so the span ends inside a word",
                             strict=True)),
    ("Ngày 12/3/2024, UBND tỉnh ban hành Quyết định số 512/QĐ-UBND phê duyệt kế hoạch khuyến công với 2 nhiệm vụ "
     "trọng tâm; nhà xưởng rộng 1.200 m2, công suất 50 tấn/ngày, hoạt động 24 giờ.",
     [("2 nhiệm vụ", "count", "2", None)]),
    ("Hội nghị có sự tham dự của hai đồng chí Phó Chủ tịch UBND tỉnh và hơn một trăm đại biểu đến từ 28 tỉnh, thành phố.",
     [("hai đồng chí", "count", "2", None), ("một trăm đại biểu", "count", "100", None),
      ("28 tỉnh", "count", "28", None)]),
    ("Lũy kế đến nay, tổng dư nợ cho vay đạt 1,25 nghìn tỷ đồng, nợ xấu dưới 1%; lãi suất từ 6,5% - 7%/năm.",
     [("1,25 nghìn tỷ đồng", "money", "1250000000000", None), ("1%", "percent", "1", None),
      ("6,5% - 7%", "percent", "6.5", "7")]),
    ("Một số cơ sở đã đầu tư hàng trăm triệu đồng đổi mới thiết bị; vài doanh nghiệp tham gia một cuộc hội chợ ở Hà Nội.",
     []),
]


@pytest.mark.parametrize("text, expected", PASSAGES)
def test_unseen_passages(text, expected):
    got = [(m.text, m.type, m.value, m.value_max) for m in extract(text)]
    want = [(s, t, Decimal(v), Decimal(vmax) if vmax else None) for s, t, v, vmax in expected]
    assert [g[:2] for g in got] == [w[:2] for w in want]
    assert got == want
