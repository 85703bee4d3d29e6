"""The spaCy pipeline: one nlp, offsets into the user's text, spans with extension values."""
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st
import spacy

from kcextract import extract
from kcextract.extract import get_nlp
from kcextract.extract.pipeline import SPANS_KEY


def test_doc_text_is_the_input_for_every_corpus_file(root):
    nlp = get_nlp()
    for path in sorted((root / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert nlp(text).text == text, path.name


def test_nlp_is_built_once():
    assert get_nlp() is get_nlp()


def test_spans_carry_values_units_and_qualifiers():
    doc = get_nlp()("Tổng kinh phí 7.968,6 triệu đồng, đạt khoảng 33,16% kế hoạch với 477 lượt cán bộ.")
    spans = doc.spans[SPANS_KEY]
    assert [(s.text, s.label_) for s in spans] == [
        ("7.968,6 triệu đồng", "money"), ("33,16%", "percent"), ("477 lượt cán bộ", "count")]
    assert spans[0]._.value == Decimal("7968600000") and spans[0]._.unit == "VND"
    assert spans[1]._.qualifier == "approx"
    assert spans[2]._.unit == "lượt cán bộ"


def test_offsets_survive_internal_normalisation():
    # NBSP, an en dash and old-style tone marks are normalised inside, never in the offsets
    text = "Hoà Bình hỗ trợ\u00a020\u201330\u00a0triệu đồng cho thuỷ sản; tăng 12\u00a0%."
    found = extract(text)
    assert [(m.text, m.value, m.value_max) for m in found] == [
        ("20\u201330\u00a0triệu đồng", Decimal(20000000), Decimal(30000000)), ("12\u00a0%", Decimal(12), None)]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_title_does_not_run_into_the_next_line():
    text = "Thực hiện được 2,679 tỷ đồng\nKết quả 7 tháng đầu năm 2024 có 14 cơ sở."
    found = extract(text)
    assert [m.text for m in found] == ["2,679 tỷ đồng", "14 cơ sở"]
    assert found[0].sentence == "Thực hiện được 2,679 tỷ đồng"


def test_a_figure_that_ends_inside_a_word_gets_its_own_tokens():
    doc = get_nlp()("Dự án 6 tỷ đồng bằng nguồn vốn xã hội hóa.")
    assert [s.text for s in doc.spans[SPANS_KEY]] == ["6 tỷ đồng"]


def test_component_works_in_another_spacy_pipeline():
    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kcextract_figures")
    doc = nlp("Năm 2023 có 68 đề án. Kinh phí 1.744 triệu đồng.")
    assert [(s.text, s.label_, s._.value) for s in doc.spans[SPANS_KEY]] == [
        ("68 đề án", "count", Decimal(68)), ("1.744 triệu đồng", "money", Decimal(1744000000))]


@pytest.mark.parametrize("text", ["", "   \n\n", "Không có con số nào ở đây."])
def test_no_figures(text):
    assert extract(text) == []


_PIECES = list("aăâbcdđeêghiklmnoôơuưyàáảạằầèéềếìíòóồốờớùúừứỳý0123456789 ,.;:%/-–()\n\u00a0") + [
    "triệu", "tỷ", "đồng", "nghìn", " năm ", "hai", "mươi", "một ", "đ", " 2018 ", "/QĐ-", "17/05/2024", " đề án"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_any_text_gives_offsets_into_itself(text):
    for m in extract(text):
        assert text[m.start:m.end] == m.text
        assert m.type in ("money", "percent", "count") and m.value is not None


def _fresh_python(code: str) -> str:
    """stdout of `code` run in a new interpreter (import-time behaviour is per process)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    return out.stdout


def test_underthesea_still_whole_after_the_fast_loader():
    """kcextract enters underthesea without its __init__; the rest of it must still work for a user."""
    code = ("from kcextract import extract\n"
            "assert extract('Tỉnh Sơn La hỗ trợ 12 cơ sở.')[0].value == 12\n"
            "import underthesea\n"
            "from underthesea import pos_tag\n"
            "print(underthesea.word_tokenize('Bác sĩ bây giờ'), pos_tag('Tôi đi học')[0], "
            "callable(underthesea.text_normalize))\n")
    assert _fresh_python(code).strip() == "['Bác sĩ', 'bây giờ'] ('Tôi', 'P') True"


def test_spacy_cli_placeholder_loads_the_real_cli_when_used():
    """Workers skip importing spaCy's CLI; anything that does use it afterwards gets the real one."""
    code = ("import sys\n"
            "from kcextract.extract.models import skip_spacy_cli\n"
            "skip_spacy_cli()\n"
            "from kcextract import extract\n"
            "assert extract('Huyện Krông Pắc có 40 cơ sở.')[0].value == 40\n"
            "print('spacy.cli.download' in sys.modules, 'typer' in sys.modules)\n"
            "import spacy, spacy.cli\n"
            "from spacy.cli import download\n"
            "print(callable(download), callable(spacy.cli.info), 'spacy.cli.download' in sys.modules)\n")
    assert _fresh_python(code).split() == ["False", "False", "True", "True", "True"]
