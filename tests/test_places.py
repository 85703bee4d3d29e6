"""The province gazetteer against the official data of vietnam-provinces."""
import vietnam_provinces

from kcextract.extract.dateline import title_and_date
from kcextract.extract.places import (_table, canonical, find_provinces, merged_units,
                                      province_2025, provinces)


def test_63_provinces_map_onto_the_34_official_units():
    official = {p.name.removeprefix("Thành phố ").removeprefix("Tỉnh ") for p in vietnam_provinces.Province.iter_all()}
    assert len(provinces()) == 63
    assert set(merged_units()) == official and len(official) == 34
    assert set(_table()[1].values()) == official


def test_common_forms():
    assert canonical("TP. Hồ Chí Minh") == canonical("TPHCM") == "Hồ Chí Minh"
    assert canonical("Thừa Thiên - Huế") == "Thừa Thiên Huế"
    assert canonical("tỉnh Kiên Giang") == "Kiên Giang"
    assert province_2025("Kiên Giang") == "An Giang"
    assert province_2025("Bình Thuận") == "Lâm Đồng"
    assert [n for _, _, n in find_provinces("Các tỉnh Bà Rịa-Vũng Tàu, Hoà Bình và Đắk Nông")] == [
        "Bà Rịa - Vũng Tàu", "Hòa Bình", "Đắk Nông"]


def test_date_line_not_page_clock(root):
    text = (root / "corpus" / "binh-thuan-2018-10-23.txt").read_text(encoding="utf-8")
    title, date = title_and_date(text)
    assert date == "2018-10-23"            # not the page clock "Thứ hai 17/06/2019 09:07"
    assert title.startswith("Bình Thuận: Nâng cao năng lực")
