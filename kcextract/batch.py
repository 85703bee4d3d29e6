"""A run over a corpus: read every document, extract (in worker processes, or reuse what an earlier
run extracted), and stream the rows to the outputs in a stable order (file path, then document,
then offset), so that `--jobs 4` writes exactly what `--jobs 1` writes."""
from __future__ import annotations

import os
import sys
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .read import corpus_files, read_file
from .records import DOCUMENT_COLUMNS, Document, Mention


@dataclass
class DocResult:
    row: dict                        # the documents.csv row
    mentions: list[Mention]
    rendered: tuple[str, str] | None = None     # the mentions as JSON lines and CSV rows, when a worker wrote them


def extract_document(doc: Document, render: bool = False) -> DocResult:
    """The one function every runner (in-process, worker pool, Dask) applies to a document.
    `render`: also write the mentions' JSON lines and CSV rows here, in the worker, so that the
    process writing the outputs only copies text (serialising was a third of its time, which it
    took from the workers on a machine with as many workers as cores)."""
    from .extract import extract_with_meta

    found: list[Mention] = []
    error = doc.error
    if not error:
        try:
            found, meta = extract_with_meta(doc.text, doc.id, doc.title, doc.date, doc.province)
            doc.title, doc.date, doc.province = meta["title"], meta["date"], meta["province"]
        except Exception as e:          # a bug must not stop the batch: the document says so
            error = f"extraction failed ({type(e).__name__}: {e})"
            found = []
    row = {"doc_id": doc.id, "path": doc.path, "chars": len(doc.text), "mentions": len(found), "error": error,
           "title": doc.title, "date": doc.date, "province": doc.province, "url": doc.url}
    if render:
        from .records.writers import render_mentions

        return DocResult(row, found, render_mentions(found))
    return DocResult(row, found)


@dataclass
class RunStats:
    documents: int = 0
    errors: int = 0
    reused: int = 0
    by_type: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def mentions(self) -> int:
        return sum(self.by_type.values())

    def add(self, result: DocResult) -> None:
        self.documents += 1
        self.errors += result.row["error"] is not None
        self.by_type.update(m.type for m in result.mentions)

    def summary(self) -> str:
        types = ", ".join(f"{self.by_type.get(t, 0)} {t}" for t in ("money", "percent", "count"))
        reused = f", {self.reused} reused from the cache" if self.reused else ""
        return (f"{self.documents} documents, {self.mentions} mentions ({types}), "
                f"{self.errors} errors{reused}, {self.seconds:.1f} s")


def documents_of(root: Path, max_bytes: int | None = None) -> Iterator[Document]:
    files = corpus_files(root)
    base = root.parent if root.is_file() else root
    for path in files:
        yield from read_file(path, base, max_bytes)


def _init_worker() -> None:
    from .extract import get_nlp
    from .extract.models import skip_spacy_cli

    skip_spacy_cli()

    get_nlp()                         # the pipeline is built once per worker process
    _settle_memory()


def _settle_memory() -> None:
    """After the models are loaded: they are permanent, so the cyclic garbage collector stops
    walking them (gc.freeze), and collects young objects less often (a document makes many)."""
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def results(docs: Iterable[Document], jobs: int = 1, cache=None, stats: RunStats | None = None,
            window: int | None = None, render: bool = False) -> Iterator[DocResult]:
    """DocResults in the order of `docs`: from the cache, in this process, or from `jobs` workers.
    At most `window` documents are in flight, so memory does not grow with the corpus."""
    from .records.cache import document_key

    stats = stats or RunStats()
    if jobs <= 1:
        settled = False
        for doc in docs:
            key = document_key(doc) if cache and cache.enabled else None
            cached = cache.get(key) if key else None
            if cached:
                stats.reused += 1
                yield DocResult(*cached)
                continue
            result = extract_document(doc)
            if not settled:
                _settle_memory()          # after the first document has loaded the pipeline
                settled = True
            if key and result.row["error"] is None:
                cache.put(key, result.row, result.mentions)
            yield result
        return
    window = window or jobs * 8
    pending: deque[tuple[str | None, Future | DocResult]] = deque()
    with _WorkerPool(jobs) as pool:
        def drain(keep: int) -> Iterator[DocResult]:
            while len(pending) > keep:
                key, item = pending.popleft()
                result = item.result() if isinstance(item, Future) else item
                if key and isinstance(item, Future) and result.row["error"] is None:
                    cache.put(key, result.row, result.mentions)
                yield result

        for doc in docs:
            key = document_key(doc) if cache and cache.enabled else None
            cached = cache.get(key) if key else None
            if cached:
                stats.reused += 1
                pending.append((key, DocResult(*cached)))
            elif doc.error:
                pending.append((None, extract_document(doc)))
            else:
                pending.append((key, pool.submit(extract_document, doc, render)))
            yield from drain(window)
        yield from drain(0)


class _WorkerPool:
    """Worker processes, started when the first document needs extracting (a rerun that finds
    everything in the cache loads no models). Where processes can be forked, this process loads
    the pipeline once and the workers inherit it, instead of each loading its own: the models take
    a sixth of a short run's CPU time, and on a machine with as many workers as cores that is the
    run's wall time too."""

    def __init__(self, jobs: int):
        self.jobs, self.pool = jobs, None

    def submit(self, fn, *args) -> Future:
        if self.pool is None:
            import multiprocessing as mp

            if "fork" in mp.get_all_start_methods():
                _init_worker()            # forked workers inherit the loaded, settled pipeline
                context, initializer = mp.get_context("fork"), None
            else:
                context, initializer = None, _init_worker
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=initializer, mp_context=context)
        return self.pool.submit(fn, *args)

    def __enter__(self) -> "_WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=exc[0] is not None)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run_to(root: Path, out_dir: Path, progress: bool = False, jobs: int = 1,
           formats: tuple[str, ...] = ("jsonl", "csv"), use_cache: bool = True, max_bytes: int | None = None,
           err=sys.stderr, part_rows: int | None = None) -> RunStats:
    """Extract every document under `root` into `out_dir`; errors are reported and the run goes on."""
    from .records.cache import ResultCache
    from .records.writers import OutputWriter

    started = time.perf_counter()
    stats = RunStats()
    writer = OutputWriter(out_dir, formats, **({"part_rows": part_rows} if part_rows else {}))
    cache = ResultCache(out_dir, use_cache)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" documents", file=err, leave=False)
    try:
        render = "jsonl" in formats and "csv" in formats
        for result in results(documents_of(root, max_bytes), jobs, cache, stats, render=render):
            if result.row["error"]:
                print(f"kcextract: {result.row['path']}: {result.row['error']}", file=err)
            writer.write(result.row, result.mentions, result.rendered)
            stats.add(result)
            if bar:
                bar.update(1)
                bar.set_postfix(figures=stats.mentions, refresh=False)
    except BaseException:
        writer.abort()
        raise
    finally:
        if bar:
            bar.close()
        cache.close()
    writer.commit()
    stats.seconds = time.perf_counter() - started
    return stats


@dataclass
class RunResult:
    """A run held in memory, for the Python API (`kcextract.run`)."""

    mentions: list[Mention] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    stats: RunStats = field(default_factory=RunStats)

    def summary(self) -> str:
        return self.stats.summary()


def run_corpus(root: Path, jobs: int = 1) -> RunResult:
    """Every document under `root`, extracted, in memory."""
    import pandas as pd

    result = RunResult()
    started = time.perf_counter()
    for r in results(documents_of(root), jobs, None, result.stats):
        result.mentions += r.mentions
        result.documents.append(r.row)
        result.stats.add(r)
    result.stats.seconds = time.perf_counter() - started
    result.documents = pd.DataFrame(result.documents, columns=DOCUMENT_COLUMNS)
    return result
