"""Attributes from the words around each figure (ANNOTATION.md section 6), on text the
rules were not written from."""
import pytest

from kcextract import extract


def one(text, **meta):
    found = extract(text, **meta)
    assert len(found) >= 1, found
    return found


@pytest.mark.parametrize("text, expected", [
    ("Năm 2023, toàn tỉnh giải ngân 12,5 tỷ đồng, đạt 49,1% kế hoạch năm.", "of_plan"),
    ("Lũy kế 6 tháng thực hiện 3 tỷ đồng, bằng 40,2% so với kế hoạch được giao.", "of_plan"),
    ("Giá trị sản xuất công nghiệp nông thôn chiếm 11,8% toàn ngành.", "share"),
    ("Nhà nước hỗ trợ 50% chi phí thuê gian hàng cho các cơ sở.", "share"),
    ("Kim ngạch xuất khẩu tăng 12,3% so với cùng kỳ năm trước.", "change"),
    ("Doanh thu đạt 153,7% so với cùng kỳ.", "change"),
    ("Lãi suất cho vay ưu đãi chỉ 6,5%/năm.", "other"),
])
def test_relation_of_percentages(text, expected):
    assert [m.relation for m in one(text) if m.type == "percent"] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, tỉnh phấn đấu hỗ trợ 40 cơ sở ứng dụng máy móc tiên tiến.", "plan"),
    ("Dự kiến kinh phí thực hiện là 2,5 tỷ đồng.", "plan"),
    ("Trong năm qua, Trung tâm đã hỗ trợ 40 cơ sở ứng dụng máy móc tiên tiến.", "actual"),
    ("Kế hoạch khuyến công địa phương năm 2024 thực hiện được 1,2 tỷ đồng.", "actual"),
])
def test_status(text, expected):
    assert [m.status for m in one(text)][:1] == [expected]


def test_a_targets_heading_makes_the_list_under_it_plans():
    text = ("Kết quả năm 2022 đã hỗ trợ 15 cơ sở.\n\nMục tiêu cụ thể đến năm 2025:\n"
            "- Hỗ trợ 30 cơ sở ứng dụng thiết bị tiên tiến.\n- Tổ chức 4 lớp đào tạo nghề.\n"
            "Ngoài ra, năm 2022 đã tổ chức 2 hội chợ.")
    assert [(m.text, m.status) for m in extract(text)] == [
        ("15 cơ sở", "actual"), ("30 cơ sở", "plan"), ("4 lớp", "plan"), ("2 hội chợ", "actual")]


@pytest.mark.parametrize("text, expected", [
    ("Tổng kinh phí thực hiện là 850 triệu đồng (kinh phí khuyến công quốc gia).", "national"),
    ("Trong đó, ngân sách tỉnh hỗ trợ 1.250 triệu đồng.", "local"),
    ("Vốn đối ứng của các doanh nghiệp là 3,2 tỷ đồng.", "enterprise"),
    ("Từ nguồn khuyến công quốc gia và khuyến công địa phương, tổng kinh phí 4,6 tỷ đồng.", "total"),
    ("Doanh thu của làng nghề đạt 80 tỷ đồng.", "other"),
])
def test_funding_of_money(text, expected):
    assert [m.funding for m in one(text) if m.type == "money"] == [expected]


def test_years_from_the_period_named_before():
    text = ("Giai đoạn 2016 - 2020, Sở Công Thương triển khai 45 đề án khuyến công. "
            "Các đề án đã hỗ trợ 120 cơ sở.\nRiêng 9 tháng đầu năm 2021 có 6 đề án.")
    assert [(m.text, m.years) for m in extract(text)] == [
        ("45 đề án", [2016, 2020]), ("120 cơ sở", [2016, 2020]), ("6 đề án", [2021, 2021])]


def test_comparison_year_is_not_the_period():
    text = "Năm 2019, doanh thu đạt 32 tỷ đồng, tăng 2,5 tỷ đồng so với năm 2018."
    assert [m.years for m in extract(text)] == [[2019, 2019], [2019, 2019]]


def test_from_the_start_of_the_year_uses_the_article_date():
    found = extract("Từ đầu năm đến nay, tỉnh đã hỗ trợ 12 cơ sở.", date="2023-08-15")
    assert found[0].years == [2023, 2023]


def test_province_named_in_the_sentence_or_the_article_or_national():
    text = ("Bắc Giang: khuyến công hỗ trợ làng nghề\nNăm 2023, tỉnh hỗ trợ 25 cơ sở. "
            "Trong khi đó, cả nước có hơn 5.000 làng nghề. Tại Lạng Sơn, 12 cơ sở được hỗ trợ.")
    found = extract(text)
    assert [(m.text, m.province, m.province_2025) for m in found] == [
        ("25 cơ sở", "Bắc Giang", "Bắc Ninh"), ("5.000 làng nghề", "Cả nước", "Cả nước"),
        ("12 cơ sở", "Lạng Sơn", "Lạng Sơn")]


def test_metadata_province_wins_over_the_text():
    found = extract("Năm 2024 có 10 đề án được phê duyệt.", province="tỉnh Thừa Thiên - Huế")
    assert found[0].province == "Thừa Thiên Huế" and found[0].province_2025 == "Huế"


def test_activity_and_indicator():
    text = ("Khuyến công Nam Định năm 2023\nVề đào tạo nghề: tổ chức 3 lớp đào tạo nghề mây tre đan cho 105 học viên.\n"
            "Về hội chợ: hỗ trợ 20 gian hàng tại hội chợ triển lãm khu vực.")
    found = extract(text)
    assert [(m.text, m.activity) for m in found] == [
        ("3 lớp", "vocational training and human resources"),
        ("105 học viên", "vocational training and human resources"),
        ("20 gian hàng", "fairs, exhibitions and trade promotion")]
    assert found[0].indicator.startswith("lớp đào tạo nghề")
