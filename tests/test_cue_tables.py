"""Every row of the context cue tables and of the period table is a test: its example, run
through the whole pipeline, gets the row's label (the Duckling way: the table documents the
rule and checks it)."""
import importlib

import pytest

from kcextract import extract
from kcextract.extract.context.periods import EXAMPLES as PERIOD_EXAMPLES, find_periods
from kcextract.extract.places import find_subplaces, resolve_subplace

ATTRIBUTES = {"status": None, "relation": "percent", "funding": "money"}


def _rows():
    for attribute, kind in ATTRIBUTES.items():
        module = importlib.import_module(f"kcextract.extract.context.{attribute}")
        for cue in module.TABLE:
            yield pytest.param(attribute, kind, cue, id=f"{attribute}:{cue.label}:{cue.example[:40]}")


@pytest.mark.parametrize("attribute, kind, cue", list(_rows()))
def test_cue_table_example(attribute, kind, cue):
    figures = [m for m in extract(cue.example) if kind is None or m.type == kind]
    assert figures, f"no figure in {cue.example!r}"
    assert getattr(figures[0], attribute) == cue.label, cue.why


@pytest.mark.parametrize("text, expected", PERIOD_EXAMPLES, ids=[t[:40] for t, _ in PERIOD_EXAMPLES])
def test_period_table_example(text, expected):
    assert [(p.first, p.last, p.compared) for p in find_periods(text, 2017)] == expected


@pytest.mark.parametrize("text, province", [
    ("Làng nghề ở xã Hương Canh có 300 hộ.", "Vĩnh Phúc"),
    ("Huyện Đông Anh có 12 cụm công nghiệp.", "Hà Nội"),
    ("KCN Phú Mỹ I thu hút 40 dự án.", "Bà Rịa - Vũng Tàu"),
    ("Cơ sở ở thị trấn Phố Châu (Hương Sơn) có 25 lao động.", "Hà Tĩnh"),
])
def test_places_below_province_level(text, province):
    found = find_subplaces(text)
    assert found and resolve_subplace(found[0][2], found[0][3]) == province


def test_an_ambiguous_commune_takes_the_province_in_force():
    # "Hương Sơn" is a commune in several provinces: the one in force decides
    assert resolve_subplace("Hương Sơn", "xã", ("Thái Nguyên",)) == "Thái Nguyên"
    assert resolve_subplace("Hương Sơn", "xã", ()) is None
