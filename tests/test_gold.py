"""Every gold file is well formed (ANNOTATION.md section 7)."""
import unicodedata

import pytest

from kcextract.evaluate import load_gold, validate_gold


def test_gold_covers_the_corpus(root):
    ids = {d["id"] for d in load_gold(root / "gold")}
    corpus = {p.stem for p in (root / "corpus").glob("*.txt")}
    assert ids == corpus


def test_gold_files_are_well_formed(root):
    problems = []
    for doc in load_gold(root / "gold"):
        problems += validate_gold(doc)
        source = (root / doc["source"]).read_text(encoding="utf-8-sig")
        if unicodedata.normalize("NFC", source) != doc["text"]:
            problems.append(f"{doc['id']}: text differs from {doc['source']}")
    assert problems == []


def test_validator_catches_bad_offsets_and_overlaps():
    text = "Có 68 đề án và 5 đề án."
    bad = {"id": "x", "text": text, "mentions": [
        {"start": 3, "end": 11, "text": "68 đề án", "type": "count", "value": 68, "value_max": None,
         "unit": "đề án", "qualifier": "exact"},
        {"start": 5, "end": 12, "text": "đề án v", "type": "count", "value": 5, "value_max": None,
         "unit": "đề án", "qualifier": "exact"},
        {"start": 15, "end": 22, "text": "5 đề án", "type": "money", "value": 5, "value_max": None,
         "unit": "đề án", "qualifier": "roughly"}]}
    problems = " | ".join(validate_gold(bad))
    assert "overlaps" in problems and "do not give its text" in problems and "qualifier" in problems


@pytest.mark.parametrize("folder, count", [("unseen", 16), ("unseen2", 12), ("unseen3", 12), ("unseen4", 12), ("unseen5", 12), ("unseen6", 12), ("unseen7", 12), ("unseen8", 12), ("unseen9", 12), ("unseen10", 12), ("unseen11", 12), ("unseen12", 12), ("unseen13", 12), ("unseen14", 12)])
def test_the_unseen_articles_are_well_formed(root, folder, count):
    docs = load_gold(root / "benchmarks" / folder)
    assert len(docs) == count
    problems = []
    for doc in docs:
        problems += validate_gold(doc)
        if (root / doc["source"]).read_text(encoding="utf-8") != doc["text"]:
            problems.append(f"{doc['id']}: text differs from {doc['source']}")
        problems += [f"{doc['id']}: split {doc['split']}"] if doc["split"] != "unseen" else []
    assert problems == []


def test_the_validator_catches_a_percentage_whose_value_is_not_the_number_written():
    doc = {"id": "x", "split": "unseen", "text": "Xuất khẩu giảm 0,5% và tăng 17,9%.", "mentions": [
        {"start": 15, "end": 19, "text": "0,5%", "type": "percent", "value": 0, "value_max": None, "unit": "%",
         "qualifier": "exact", "per": None, "status": "actual", "relation": "change", "funding": None,
         "province": None, "years": None},
        {"start": 28, "end": 33, "text": "17,9%", "type": "percent", "value": 17.9, "value_max": None, "unit": "%",
         "qualifier": "exact", "per": None, "status": "actual", "relation": "change", "funding": None,
         "province": None, "years": None}]}
    problems = validate_gold(doc)
    assert len(problems) == 1 and "'0,5%'" in problems[0] and "not the number written" in problems[0]
