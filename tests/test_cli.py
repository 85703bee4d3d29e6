"""`kcextract run` and `kcextract eval` as a user runs them."""
import json
import subprocess
import sys

import pandas as pd



def _kc(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kcextract.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_run_writes_mentions_and_documents(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Kiên Giang triển khai 68 đề án, tổng kinh phí 7.968,6 triệu đồng, đạt 33,16%.",
                                  encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x7fELF\x02\x01\x00\x00binary")
    out = tmp_path / "out"
    r = _kc("run", str(corpus), "-o", str(out))
    assert r.returncode == 0, r.stderr
    errors = [line for line in r.stderr.splitlines() if "bad.txt" in line]
    assert len(errors) == 1 and "kcextract:" in errors[0]
    assert "3 documents, 3 mentions (1 money, 1 percent, 1 count), 1 errors" in r.stdout
    rows = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["value"] for r in rows] == [68, 7968600000, 33.16]
    assert '"value": 7968600000,' in (out / "mentions.jsonl").read_text(encoding="utf-8")
    csv = pd.read_csv(out / "mentions.csv", dtype=str)
    assert list(csv["text"]) == ["68 đề án", "7.968,6 triệu đồng", "33,16%"]
    assert csv.loc[1, "value"] == "7968600000"
    docs = pd.read_csv(out / "documents.csv")
    assert set(docs["doc_id"]) == {"a", "empty", "bad"}
    assert docs.set_index("doc_id").loc["bad", "error"].startswith("binary")
    assert docs.set_index("doc_id").loc["empty", "mentions"] == 0


def test_missing_corpus_is_a_one_line_error(tmp_path):
    r = _kc("run", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out"))
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "nowhere" in r.stderr


def test_eval_reports_scores(root):
    r = _kc("eval", str(root / "gold"), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data["by_type"]) == {"money", "percent", "count"}
    assert 0 <= data["overall"]["f1"] <= 1
