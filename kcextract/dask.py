"""kcextract on a Dask cluster (`pip install 'kcextract[dask]'`).

- `run_on_cluster(paths, out, address)`: what `kcextract run PATHS --scheduler ADDRESS` does: the
  workers (with kcextract installed) read the files, local paths or any file-system URL or glob
  fsspec understands (`s3://bucket/corpus/**/*.txt`), extract them, and the outputs are written
  here, in the same order and the same formats as a local run.
- `extract_bag(bag)`: for a Dask bag of records (`{"text": ..., "doc_id": ..., "title"?, "date"?,
  "province"?}`), a bag of mention dicts (the fields of `mentions.jsonl`).
- `extract_frame(df)`: for a Dask DataFrame with `doc_id` and `text` columns, a Dask DataFrame of
  mentions (one row per figure; values as exact decimal strings, years as two integer columns).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from .batch import DocResult, RunStats, extract_document
from .records import MENTION_COLUMNS, Document, mention_dict, number_text

FILES_PER_TASK = 8


def _documents_at(files: list[tuple[str, str]], root: str) -> list[DocResult]:
    """Runs on a worker: read and extract the files (url, path shown) (local or fsspec)."""
    import fsspec

    from .read import META_SUFFIX, MAX_FILE_BYTES, _message, documents_from_bytes

    out = []
    for url, shown in files:
        doc_id = _doc_id(url, root)
        suffix = Path(url.split("?")[0]).suffix.lower()
        try:
            fs, path = fsspec.core.url_to_fs(url)
            size = fs.size(path)
            if size is not None and size > MAX_FILE_BYTES:
                raise OSError(f"too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
            data = fs.cat_file(path)
            meta = None
            sidecar = path[: -len(suffix)] + META_SUFFIX if suffix == ".txt" else None
            if sidecar and fs.exists(sidecar):
                import json

                meta = json.loads(fs.cat_file(sidecar).decode("utf-8"))
            docs = list(documents_from_bytes(data, suffix, doc_id, shown, meta))
        except Exception as e:            # one unreadable file is one error row
            docs = [Document(doc_id, "", shown, error=_message(e) if isinstance(e, OSError) else str(e))]
        out += [extract_document(d) for d in docs]
    return out


def _doc_id(url: str, root: str) -> str:
    rel = url[len(root):].lstrip("/") if root and url.startswith(root) else url.rsplit("/", 1)[-1]
    return rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel


def corpus_urls(corpus: str) -> tuple[list[tuple[str, str]], str]:
    """(url, path shown) of the files of a local folder (as `kcextract run` reads it), or of an
    fsspec URL or glob; and the root doc ids are relative to."""
    local = Path(corpus)
    if local.exists():
        from .read import corpus_files

        files = corpus_files(local)
        root = str((local.parent if local.is_file() else local).resolve())
        return [(str(p.resolve()), str(p)) for p in files], root
    import fsspec

    from .read import META_SUFFIX, SUFFIXES

    fs, _ = fsspec.core.url_to_fs(corpus)
    if any(c in corpus for c in "*?["):
        paths = fs.glob(corpus)
        root = corpus.split("*")[0].rsplit("/", 1)[0]
    else:
        paths = fs.find(corpus)
        root = corpus.rstrip("/")
    protocol = corpus.split("://")[0] + "://" if "://" in corpus else ""
    urls = sorted(protocol + p if protocol and not p.startswith(protocol) else p for p in paths
                  if Path(p).suffix.lower() in SUFFIXES and not p.endswith(META_SUFFIX))
    return [(u, u) for u in urls], root


def run_on_cluster(corpus: str, out_dir: Path, address: str, formats=("jsonl", "csv"), progress: bool = False,
                   err=sys.stderr, part_rows: int | None = None) -> RunStats:
    from distributed import Client

    from .records.writers import OutputWriter

    started = time.perf_counter()
    urls, root = corpus_urls(corpus)
    stats = RunStats()
    writer = OutputWriter(out_dir, formats, **({"part_rows": part_rows} if part_rows else {}))
    try:
        with Client(address) as client:
            tasks = [urls[i:i + FILES_PER_TASK] for i in range(0, len(urls), FILES_PER_TASK)]
            futures = [client.submit(_documents_at, t, root, pure=False) for t in tasks]
            for future in futures:                # in order: the outputs match a local run's
                for result in future.result():
                    if result.row["error"]:
                        print(f"kcextract: {result.row['path']}: {result.row['error']}", file=err)
                    writer.write(result.row, result.mentions)
                    stats.add(result)
                future.release()
    except BaseException:
        writer.abort()
        raise
    writer.commit()
    stats.seconds = time.perf_counter() - started
    return stats


def _mention_dicts(records) -> list[dict]:
    out = []
    for r in records:
        doc = Document(str(r.get("doc_id") or r.get("id") or ""), r.get("text") or "", "",
                       title=r.get("title"), date=r.get("date"), province=r.get("province"))
        out += [_plain(mention_dict(m)) for m in extract_document(doc).mentions]
    return out


def _plain(row: dict) -> dict:
    row["value"], row["value_max"] = number_text(row["value"]), number_text(row["value_max"])
    years = row.pop("years")
    row["year_first"], row["year_last"] = (years[0], years[1]) if years else (None, None)
    return row


def extract_bag(bag):
    """A bag of records -> a bag of mention dicts (values as exact decimal strings)."""
    return bag.map_partitions(_mention_dicts)


FRAME_COLUMNS = [c for c in MENTION_COLUMNS if c != "years"] + ["year_first", "year_last"]


def extract_frame(df, text: str = "text", doc_id: str = "doc_id"):
    """A Dask DataFrame of texts -> a Dask DataFrame of mentions."""
    import pandas as pd

    meta = pd.DataFrame({c: pd.Series(dtype="Int64" if c in ("start", "end", "year_first", "year_last")
                                      else "object") for c in FRAME_COLUMNS})

    def partition(part: pd.DataFrame) -> pd.DataFrame:
        records = [{"doc_id": row[doc_id], "text": row[text]} for _, row in part.iterrows()]
        rows = _mention_dicts(records)
        return pd.DataFrame(rows, columns=FRAME_COLUMNS).astype(meta.dtypes.to_dict())

    return df.map_partitions(partition, meta=meta)
