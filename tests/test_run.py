"""`kcextract run` at scale: worker processes, streaming outputs, the cache, Parquet, huge input,
and a Dask cluster, each compared with the plain one-process run."""
import json
import subprocess
import sys
from decimal import Decimal

import pytest

from kcextract.batch import run_to
from kcextract.extract import chunks, extract

ARTICLES = {
    "a.txt": "Năm 2023, Hưng Yên hỗ trợ 24 đề án với tổng kinh phí 5.320 triệu đồng, đạt 96,5% kế hoạch.",
    "b/c.txt": "Đến nay, huyện Yên Thế có 26 cơ sở chế biến gỗ, thu hút 1.200 lao động.",
    "d.jsonl": '{"id": "d1", "text": "Tỉnh bố trí 900 triệu đồng cho 12 lớp đào tạo nghề."}\n'
               '{"id": "d2", "text": "Doanh thu đạt 6,8 tỷ đồng, tăng 12% so với năm trước."}\nnot json\n',
    "e.html": "<html><head><title>Khuyến công Nam Định</title></head><body><article><h1>Khuyến công Nam Định"
              "</h1><p>Năm 2022, tỉnh hỗ trợ 15 cơ sở mua máy móc với kinh phí 1,5 tỷ đồng.</p></article></body></html>",
    "bad.txt": b"\x7fELF\x02\x01\x00\x00binary",
}


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    for name, content in ARTICLES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def _outputs(out, names=("mentions.jsonl", "mentions.csv", "documents.csv")):
    return {n: (out / n).read_bytes() for n in names}


def _kc(*args):
    return subprocess.run([sys.executable, "-m", "kcextract.cli", *map(str, args)], capture_output=True, text=True)


def test_workers_write_what_one_process_writes(corpus, tmp_path):
    one = run_to(corpus, tmp_path / "one", jobs=1, use_cache=False)
    two = run_to(corpus, tmp_path / "two", jobs=2, use_cache=False)
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")
    assert (one.documents, one.by_type, one.errors) == (two.documents, two.by_type, two.errors)
    rows = [json.loads(line) for line in (tmp_path / "one" / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    documents = [line.split(",")[0] for line in (tmp_path / "one" / "documents.csv").read_text(
        encoding="utf-8").splitlines()[1:]]
    assert documents == ["a", "b/c", "bad", "d1", "d2", "d:3", "e"]         # file path, then line
    order = [(documents.index(r["doc_id"]), r["start"]) for r in rows]
    assert order == sorted(order) and len({d for d, _ in order}) == 5
    assert one.errors == 2                       # the binary file and the bad JSONL line


def test_a_rerun_extracts_only_new_or_changed_documents(corpus, tmp_path):
    out = tmp_path / "out"
    first = run_to(corpus, out, jobs=1)
    assert first.reused == 0
    again = run_to(corpus, out, jobs=1)
    assert again.reused == 5 and _outputs(out)          # errors are never cached: they are retried
    (corpus / "new.txt").write_text("Tỉnh có 40 hợp tác xã.", encoding="utf-8")
    (corpus / "a.txt").write_text(ARTICLES["a.txt"].replace("24 đề án", "25 đề án"), encoding="utf-8")
    grown = run_to(corpus, out, jobs=2)
    assert grown.reused == 4 and grown.documents == 8
    text = (out / "mentions.jsonl").read_text(encoding="utf-8")
    assert '"25 đề án"' in text and '"24 đề án"' not in text and '"40 hợp tác xã"' in text
    fresh = run_to(corpus, tmp_path / "fresh", jobs=1, use_cache=False)
    assert fresh.reused == 0 and _outputs(out) == _outputs(tmp_path / "fresh")
    r = _kc("run", corpus, "-o", out, "--jobs", "1")
    assert "reused from the cache" in r.stdout
    r = _kc("run", corpus, "-o", out, "--jobs", "1", "--no-cache")
    assert r.returncode == 0 and "reused" not in r.stdout


def test_parquet_keeps_exact_types(corpus, tmp_path):
    import duckdb
    import pandas as pd
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    r = _kc("run", corpus, "-o", out, "--format", "jsonl,parquet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert not (out / "mentions.csv").exists()
    schema = pq.read_schema(out / "mentions.parquet")
    assert str(schema.field("value").type) == "decimal128(38, 6)"
    assert str(schema.field("year_first").type) == "int16" and "years" not in schema.names
    frame = pd.read_parquet(out / "mentions.parquet")
    money = frame[frame.text == "5.320 triệu đồng"].iloc[0]
    assert money.value == Decimal("5320000000") and money.year_first == 2023
    assert frame[frame.text == "96,5%"].iloc[0].value == Decimal("96.5")
    total = duckdb.sql(f"select sum(value) from '{out / 'mentions.parquet'}' where type = 'money'").fetchall()[0][0]
    assert total == Decimal("5320000000") + Decimal("900000000") + Decimal("6800000000") + Decimal("1500000000")
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(docs) == 7 and docs.error.notna().sum() == 2


def test_an_unknown_format_is_a_one_line_error(corpus, tmp_path):
    r = _kc("run", corpus, "-o", tmp_path / "out", "--format", "xlsx")
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0 and "xlsx" in r.stderr


def test_a_run_that_fails_midway_leaves_the_previous_outputs_whole(corpus, tmp_path, monkeypatch):
    from kcextract.records import writers

    out = tmp_path / "out"
    run_to(corpus, out, jobs=1, formats=("jsonl", "csv", "parquet"))
    before = _outputs(out, ("mentions.jsonl", "mentions.csv", "documents.csv", "mentions.parquet"))
    (corpus / "z.txt").write_text("Thêm 5 đề án.", encoding="utf-8")
    calls = []

    def failing(self, document, mentions, rendered=None):
        calls.append(document["doc_id"])
        if len(calls) == 3:
            raise OSError("disk full")

    monkeypatch.setattr(writers.OutputWriter, "write", failing)
    with pytest.raises(OSError):
        run_to(corpus, out, jobs=1, formats=("jsonl", "csv", "parquet"))
    assert _outputs(out, ("mentions.jsonl", "mentions.csv", "documents.csv", "mentions.parquet")) == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_long_texts_are_cut_between_paragraphs_with_offsets_into_the_whole(monkeypatch):
    import importlib

    ex = importlib.import_module("kcextract.extract")      # the subpackage (kcextract.extract is the function)

    paragraph = "Năm 2023, huyện hỗ trợ {} cơ sở với kinh phí {} triệu đồng.\n"
    text = "Khuyến công Bắc Giang\n" + "".join(paragraph.format(i, 100 + i) for i in range(1, 400))
    whole = extract(text)
    monkeypatch.setattr(ex, "CHUNK_CHARS", 2_000)
    cut = ex.extract_with_meta(text)[0]
    assert len(chunks(text, 2_000)) > 10
    assert [(m.start, m.end, m.text, m.value, m.years, m.province) for m in cut] == \
        [(m.start, m.end, m.text, m.value, m.years, m.province) for m in whole]
    assert all(text[m.start:m.end] == m.text for m in cut)


def test_one_endless_line_of_figures_is_handled_with_bounded_sentences():
    line = " ".join(f"mục {i} giá {i % 90 + 10}.500 đồng" for i in range(3_000))
    found = extract(line)
    assert len(found) == 3_000 and all(line[m.start:m.end] == m.text for m in found)
    assert max(len(m.sentence) for m in found) <= 700


def test_a_huge_file_is_refused_in_one_line_and_the_run_goes_on(corpus, tmp_path, monkeypatch):
    import kcextract.read as read

    monkeypatch.setattr(read, "MAX_FILE_BYTES", 100)
    stats = run_to(corpus, tmp_path / "out", jobs=1, use_cache=False)
    docs = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8")
    assert "too large" in docs and stats.documents >= 4


def test_the_command_line_help_loads_no_language_model():
    code = "import sys, kcextract.cli; print(sorted(m for m in ('spacy', 'underthesea', 'pandas') if m in sys.modules))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


def test_a_dask_cluster_writes_what_a_local_run_writes(corpus, tmp_path, cluster):
    from kcextract.dask import run_on_cluster

    run_to(corpus, tmp_path / "local", jobs=1, use_cache=False, formats=("jsonl", "csv", "parquet"))
    stats = run_on_cluster(str(corpus), tmp_path / "dask", cluster.scheduler_address, ("jsonl", "csv", "parquet"))
    assert stats.documents == 7
    assert _outputs(tmp_path / "local") == _outputs(tmp_path / "dask")
    r = _kc("run", f"{corpus.as_posix()}/**/*.txt", "-o", tmp_path / "glob", "--scheduler", cluster.scheduler_address)
    assert r.returncode == 0, r.stderr
    assert "3 documents" in r.stdout            # a.txt, b/c.txt and the unreadable bad.txt


def test_dask_bag_and_dataframe_helpers(cluster):
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client

    from kcextract.dask import extract_bag, extract_frame

    records = [{"doc_id": "x", "text": "Năm 2023, tỉnh hỗ trợ 15 cơ sở với 1,5 tỷ đồng."},
               {"doc_id": "y", "text": "Có 82% số hộ dùng nước sạch."}]
    with Client(cluster.scheduler_address):
        rows = extract_bag(db.from_sequence(records, npartitions=2)).compute()
        frame = extract_frame(dd.from_pandas(pd.DataFrame(records), npartitions=2)).compute()
    assert sorted((r["doc_id"], r["text"], r["value"]) for r in rows) == [
        ("x", "1,5 tỷ đồng", "1500000000"), ("x", "15 cơ sở", "15"), ("y", "82%", "82")]
    assert list(frame.sort_values(["doc_id", "start"]).text) == ["15 cơ sở", "1,5 tỷ đồng", "82%"]
    assert frame.set_index("text").loc["15 cơ sở", "year_first"] == 2023


def test_a_rerun_after_adding_one_document_extracts_exactly_one(corpus, tmp_path, monkeypatch):
    import kcextract.batch as batch

    out = tmp_path / "out"
    run_to(corpus, out, jobs=1)
    (corpus / "added.txt").write_text("Xã có 9 tổ hợp tác.", encoding="utf-8")
    extracted = []
    real = batch.extract_document
    monkeypatch.setattr(batch, "extract_document", lambda doc: extracted.append(doc.id) or real(doc))
    run_to(corpus, out, jobs=1)
    assert [d for d in extracted if d in ("added", "a", "b/c", "d1", "d2", "e")] == ["added"]


def test_large_and_hostile_inputs_finish_and_the_run_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraph = ("Năm 2023, huyện Yên Thành tổ chức các lớp đào tạo nghề mây tre đan cho lao động nông thôn "
                 "và hỗ trợ 24 cơ sở ứng dụng máy móc tiên tiến với kinh phí 1.250 triệu đồng.\n")
    (corpus / "five-megabytes.txt").write_text(paragraph * (5_000_000 // len(paragraph)), encoding="utf-8")
    (corpus / "one-line.txt").write_text(" ".join(["máy cắt"] * 150_000), encoding="utf-8")       # ~1 MB, no figure
    (corpus / "figures.txt").write_text(" ".join(f"lô {i} giá {i % 90 + 10}.500 đồng;" for i in range(20_000)),
                                        encoding="utf-8")
    (corpus / "too-big.txt").write_text("x" * 12_000_000, encoding="utf-8")
    (corpus / "loop").mkdir()
    (corpus / "loop" / "back").symlink_to(corpus, target_is_directory=True)    # a directory symlink loop
    (corpus / "ok.txt").write_text("Tỉnh có 40 hợp tác xã.", encoding="utf-8")
    r = _kc("run", corpus, "-o", tmp_path / "out", "--jobs", 2, "--max-file-size", 10)
    assert r.returncode == 0, r.stderr
    docs = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert len(docs) == 6 and sum("too large" in d for d in docs) == 1
    counts = {}
    for line in (tmp_path / "out" / "mentions.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        counts[row["doc_id"]] = counts.get(row["doc_id"], 0) + 1
        assert len(row["sentence"]) <= 700
    assert counts["figures"] == 20_000 and counts["ok"] == 1 and "one-line" not in counts
    assert counts["five-megabytes"] == 2 * (5_000_000 // len(paragraph))


def _parquet_rows(path):
    import pandas as pd

    frame = pd.read_parquet(path)          # a file, or a folder of parts
    return sorted(zip(frame.doc_id, frame.start, frame.text, frame.value.astype(str)))


def _jsonl_rows(path):
    rows = [json.loads(line, parse_float=Decimal) for line in path.read_text(encoding="utf-8").splitlines()]
    return sorted((r["doc_id"], r["start"], r["text"], str(Decimal(r["value"]).quantize(Decimal("0.000001"))))
                  for r in rows)


def test_a_large_parquet_output_is_a_folder_of_parts_that_replaces_a_file_whole(corpus, tmp_path):
    out = tmp_path / "out"
    run_to(corpus, out, jobs=1, use_cache=False, formats=("jsonl", "parquet"))
    assert (out / "mentions.parquet").is_file()                  # small: one file
    run_to(corpus, out, jobs=1, use_cache=False, formats=("jsonl", "parquet"), part_rows=2)
    parts = sorted(p.name for p in (out / "mentions.parquet").iterdir())
    assert len(parts) >= 3 and parts[0] == "part-00000.parquet"  # 8 figures, at most 2 a part
    assert _parquet_rows(out / "mentions.parquet") == _jsonl_rows(out / "mentions.jsonl")
    import duckdb

    n = duckdb.sql(f"select count(*) from read_parquet('{out / 'mentions.parquet'}/*.parquet')").fetchall()[0][0]
    assert n == len(_jsonl_rows(out / "mentions.jsonl"))
    run_to(corpus, out, jobs=1, use_cache=False, formats=("jsonl", "parquet"))
    assert (out / "mentions.parquet").is_file()                  # and back: the folder is replaced
    assert not [p for p in out.iterdir() if p.name.startswith(".")]   # no temporary left behind


def test_a_cluster_run_partitions_parquet_too(corpus, tmp_path, cluster):
    from kcextract.dask import run_on_cluster

    run_on_cluster(str(corpus), tmp_path / "dask", cluster.scheduler_address, ("jsonl", "parquet"), part_rows=3)
    assert (tmp_path / "dask" / "mentions.parquet").is_dir()
    assert _parquet_rows(tmp_path / "dask" / "mentions.parquet") == _jsonl_rows(tmp_path / "dask" / "mentions.jsonl")
