"""`kcextract check` on the seed articles: true relations found and judged, altered figures flagged."""
import shutil
import subprocess
import sys

import pytest

from kcextract.check.report import check_text, render_html


def _read(root, name):
    return (root / "corpus" / f"{name}.txt").read_text(encoding="utf-8")


def _found(checked, kind, texts):
    return [f for f in checked.findings if f.kind == kind and [m.text for m in f.mentions] == texts]


# Every relation a careful reader can check in the seeds: (article, kind, figures, verdict).
SEED_RELATIONS = [
    ("kien-giang-2018-11-04", "sum", ["68 đề án", "5 đề án", "63 đề án"], "consistent"),
    ("kien-giang-2018-11-04", "sum", ["7.968,6 triệu đồng", "1.744 triệu đồng", "6.224,6 triệu đồng"], "consistent"),
    ("kien-giang-2018-11-04", "sum", ["26 dự án", "22 đề án", "4 đề án"], "consistent"),
    ("kien-giang-2018-11-04", "sum", ["123 sản phẩm", "14 sản phẩm", "7 sản phẩm"], "consistent"),
    ("kien-giang-2018-11-04", "sum", ["21.515,2 triệu đồng", "7.968,6 triệu đồng", "13.546,6 triệu đồng"], "consistent"),
    ("kien-giang-2018-11-04", "ratio", ["1,7 đồng", "13.546,6 triệu đồng", "7.968,6 triệu đồng"], "consistent"),
    ("binh-thuan-2018-10-23", "sum", ["144 tỷ đồng", "17 tỷ đồng", "127 tỷ đồng"], "consistent"),
    ("binh-thuan-2018-10-23", "share", ["11,8 %", "17 tỷ đồng", "144 tỷ đồng"], "consistent"),
    ("binh-thuan-2018-10-23", "share", ["88,2%", "127 tỷ đồng", "144 tỷ đồng"], "consistent"),
    ("binh-thuan-2018-10-23", "shares", ["11,8 %", "88,2%"], "consistent"),
    ("quang-nam-2024", "sum", ["2,679 tỷ đồng", "2,110 tỷ đồng", "310 triệu đồng", "120 triệu đồng",
                               "109 triệu đồng", "30 triệu đồng"], "consistent"),
    ("quang-nam-2024", "sum", ["310 triệu đồng", "160 triệu đồng", "100 triệu đồng", "50 triệu đồng"], "consistent"),
    ("quang-nam-2024", "of_plan", ["33,16%", "2,679 tỷ đồng"], "unverifiable"),
    ("quang-nam-2024", "of_plan", ["39,59%", "2,110 tỷ đồng"], "unverifiable"),
    ("ha-noi-2024-05-17", "of_plan", ["49,1%", "4,87 tỷ đồng"], "unverifiable"),
]


@pytest.fixture(scope="module")
def seeds(root):
    names = {r[0] for r in SEED_RELATIONS}
    return {n: check_text(_read(root, n), n) for n in names}


@pytest.mark.parametrize("doc, kind, texts, verdict", SEED_RELATIONS)
def test_seed_relations_are_found_and_judged(seeds, doc, kind, texts, verdict):
    found = _found(seeds[doc], kind, texts)
    assert found, [(f.kind, [m.text for m in f.mentions]) for f in seeds[doc].findings]
    assert found[0].verdict == verdict


def test_implied_plan_is_named(seeds):
    plan = _found(seeds["quang-nam-2024"], "of_plan", ["33,16%", "2,679 tỷ đồng"])[0]
    assert "8.079,011 triệu đồng" in plan.missing


# Discrepancies the articles really contain, checked by hand: flagging them is right.
TRUE_DISCREPANCIES = {
    # 7.061 / 9.920 = 71,18 %, written "chiếm 71,4% tổng nợ đóng" (71,4 % of 9.920 would be 7.083 tỷ)
    "baomoi-21474170": ["7.061 tỷ đồng / 9.920 tỷ đồng = 71,179%; stated 71,4%"],
}


def test_no_unaltered_article_is_flagged(root):
    for path in sorted((root / "corpus").glob("*.txt")):
        checked = check_text(path.read_text(encoding="utf-8"), path.stem)
        flagged = [f.arithmetic for f in checked.findings if f.verdict == "inconsistent"]
        assert flagged == TRUE_DISCREPANCIES.get(path.stem, []), path.stem


@pytest.mark.parametrize("doc, original, altered", [
    ("kien-giang-2018-11-04", "quốc gia là 1.744 triệu đồng", "quốc gia là 2.744 triệu đồng"),
    ("kien-giang-2018-11-04", "với 63 đề án", "với 73 đề án"),
    ("kien-giang-2018-11-04", "thu hút 1,7 đồng", "thu hút 2,7 đồng"),
    ("binh-thuan-2018-10-23", "là 127 tỷ đồng", "là 137 tỷ đồng"),
    ("binh-thuan-2018-10-23", "chiếm 88,2%", "chiếm 78,2%"),
    ("quang-nam-2024", "thực hiện được 310 triệu đồng", "thực hiện được 410 triệu đồng"),
])
def test_an_altered_figure_is_flagged_where_it_stands(root, doc, original, altered):
    text = _read(root, doc)
    assert text.count(original) == 1
    copy = text.replace(original, altered)
    at = copy.index(altered) + len(altered) - len(altered.split(" ", 2)[-1])
    checked = check_text(copy, doc)
    bad = [f for f in checked.findings if f.verdict == "inconsistent"]
    assert bad, "the alteration went unnoticed"
    assert any(abs(m.start - at) < 20 for f in bad for m in f.mentions)
    assert all(f.difference is not None and f.tolerance is not None for f in bad)


def test_html_escapes_the_article(tmp_path):
    checked = check_text("<script>alert(1)</script> Tổng kinh phí 30 triệu đồng, trong đó 10 triệu đồng và "
                         "20 triệu đồng.", "x")
    page = render_html([checked])
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert '<mark class="money"' in page and "consistent" in page


@pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed")
def test_html_report_renders_in_a_browser(root, tmp_path):
    report = tmp_path / "report.html"
    article = tmp_path / "article.txt"
    article.write_text("<script>document.title='pwned'</script>\n" + _read(root, "binh-thuan-2018-10-23"),
                       encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kcextract.cli", "check", str(article), "--html", str(report)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert "pwned" not in dom.split("<title>")[1].split("</title>")[0]     # no script from the input ran
    assert "<mark class=\"money\"" in dom and ">144 tỷ đồng<span" in dom
    assert "consistent" in dom and "17 tỷ đồng / 144 tỷ đồng" in dom


def test_conflicts_across_documents(tmp_path):
    from kcextract.check.report import check_path, conflicts

    sentence = "Khuyến công Nam Định\nNăm 2023, kinh phí khuyến công địa phương hỗ trợ các cơ sở là {} triệu đồng.\n"
    (tmp_path / "a.txt").write_text(sentence.format("1.200"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(sentence.format("1.500"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(sentence.format("1.200").replace("2023", "2022"), encoding="utf-8")
    checked, errors = check_path(tmp_path)
    found = conflicts(checked)
    assert errors == [] and len(found) == 1
    assert sorted(f["doc_id"] for f in found[0]["figures"]) == ["a", "b"]
    assert found[0]["province"] == "Nam Định" and found[0]["years"] == [2023, 2023]


def test_complementary_parts_make_a_complete_list():
    whole = "Năm 2023 đón {} lượt khách, trong đó có 225.000 lượt khách quốc tế và 875.000 lượt khách nội địa."
    ok = check_text(whole.format("1,1 triệu"))
    bad = check_text(whole.format("1,3 triệu"))
    assert [f.verdict for f in ok.findings if f.kind == "sum"] == ["consistent"]
    assert [f.verdict for f in bad.findings if f.kind == "sum"] == ["inconsistent"]
    some = check_text("Có 123 sản phẩm đạt giải, trong đó có 14 sản phẩm cấp khu vực và 7 sản phẩm cấp quốc gia.")
    assert [f.verdict for f in some.findings if f.kind == "sum"] == ["consistent"]      # some parts only
