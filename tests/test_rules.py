"""Each rule module's EXAMPLES table is its test corpus (as Duckling pairs Rules with Corpus)."""
from decimal import Decimal

import pytest

from kcextract.extract import count, money, percent
from kcextract.extract.figures import find
from kcextract.extract.sentence import Sentence

CASES = [(mod.TYPE, text, expected) for mod in (money, percent, count) for text, expected in mod.EXAMPLES]


def _dec(v):
    return None if v is None else Decimal(v)


@pytest.mark.parametrize("kind, text, expected", CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES])
def test_examples(kind, text, expected):
    sent = Sentence.from_text(text)
    found = find(sent)
    got = [(text[f.start:f.end], f.value, f.value_max, f.unit if f.type == "count" else f.per) for f in found]
    want = [(span, _dec(v), _dec(vmax), last) for span, v, vmax, last in expected]
    assert got == want


def test_every_table_has_positive_and_negative_rows():
    for mod in (money, count):
        assert any(rows for _, rows in mod.EXAMPLES)
        assert any(not rows for _, rows in mod.EXAMPLES)


@pytest.mark.parametrize("text, qualifier", [
    ("đạt khoảng 120.605 tỷ đồng", "approx"), ("gần 144 tỷ đồng", "approx"),
    ("ước đạt 32,4 tỷ đồng", "approx"), ("hơn 5.436 phòng", "over"), ("trên 10 cơ sở", "over"),
    ("từ 01 mô hình trình diễn kỹ thuật trở lên", "over"), ("dưới 10 lao động", "under"),
    ("tối đa không quá 10 tỷ đồng", "under"), ("chưa tới 1%", "under"), ("đạt 33,16%", "exact"),
    ("thấp hơn 0,5% so với", "exact"),
])
def test_qualifier_is_the_hedge_before_the_number(text, qualifier):
    found = find(Sentence.from_text(text))
    assert [f.qualifier for f in found] == [qualifier]
