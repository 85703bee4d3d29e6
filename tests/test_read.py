"""Corpus files -> documents, with one-line errors for what cannot be read."""
import json

from kcextract.read import read_corpus


def _docs(tmp_path):
    return {d.id: d for d in read_corpus(tmp_path)}


def test_text_encodings(tmp_path):
    text = "Kinh phí 1.744 triệu đồng"
    (tmp_path / "plain.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "wide.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "nfd.txt").write_bytes("Kinh phí".encode("utf-8").replace("í".encode(), "i\u0301".encode()))
    docs = _docs(tmp_path)
    assert docs["plain"].text == docs["bom"].text == docs["wide"].text == text
    assert docs["sub/nfd"].text == "Kinh phí"            # NFC, and a /-separated id
    assert all(d.error is None for d in docs.values())


def test_binary_and_undecodable_files_are_errors(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin.txt").write_bytes("Kinh phí".encode("cp1258"))
    docs = _docs(tmp_path)
    assert "binary" in docs["image"].error
    assert "not UTF-8" in docs["latin"].error and "\n" not in docs["latin"].error


def test_json_and_jsonl_records(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": "68 đề án", "url": "http://x/1", "title": "T"}),
                                       encoding="utf-8")
    lines = [json.dumps({"id": "a", "text": "hai lớp"}), "", json.dumps({"text": "5 đề án", "date": "2024-01-02"}),
             "{broken"]
    (tmp_path / "many.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs = _docs(tmp_path)
    assert docs["one"].url == "http://x/1" and docs["one"].title == "T"
    assert docs["a"].text == "hai lớp"
    assert docs["many:3"].date == "2024-01-02"
    assert docs["many:4"].error.startswith("line 4: invalid JSON")


def test_html_main_text(tmp_path):
    html = """<html><head><title>Khuyến công Kiên Giang</title>
    <meta name="date" content="2018-11-04"></head><body><nav>Trang chủ | Liên hệ</nav>
    <article><h1>Khuyến công Kiên Giang</h1><p>Giai đoạn 2014 - 2018, tỉnh đã triển khai được 68 đề án
    khuyến công, với tổng kinh phí 7.968,6 triệu đồng. Trong đó, kinh phí khuyến công quốc gia là
    1.744 triệu đồng, với 5 đề án; kinh phí khuyến công địa phương 6.224,6 triệu đồng.</p></article>
    <footer>Bản quyền 2018</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc = _docs(tmp_path)["page"]
    assert "7.968,6 triệu đồng" in doc.text
    assert "Trang chủ" not in doc.text
    assert doc.title == "Khuyến công Kiên Giang"
