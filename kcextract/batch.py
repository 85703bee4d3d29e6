"""A run over a corpus: read every document, extract, write the outputs atomically."""
from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .extract import mentions_of, process
from .read import corpus_files, read_file
from .records import DOCUMENT_COLUMNS, Mention, write_outputs


@dataclass
class RunResult:
    mentions: list[Mention] = field(default_factory=list)
    documents: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=DOCUMENT_COLUMNS))
    seconds: float = 0.0

    @property
    def errors(self) -> int:
        return int(self.documents["error"].notna().sum())

    def summary(self) -> str:
        by_type = Counter(m.type for m in self.mentions)
        types = ", ".join(f"{by_type.get(t, 0)} {t}" for t in ("money", "percent", "count"))
        return (f"{len(self.documents)} documents, {len(self.mentions)} mentions ({types}), "
                f"{self.errors} errors, {self.seconds:.1f} s")


def run_corpus(root: Path, progress: bool = False, err=sys.stderr) -> RunResult:
    """Extract every document under `root`; unreadable files are reported and skipped."""
    started = time.perf_counter()
    files = corpus_files(root)
    base = root.parent if root.is_file() else root
    mentions: list[Mention] = []
    rows = []
    bar = None
    if progress and len(files) > 5:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", file=err, leave=False)
    for path in files:
        for doc in read_file(path, base):
            found = []
            if doc.error:
                print(f"kcextract: {path}: {doc.error}", file=err)
            else:
                processed = process(doc.text, doc.title, doc.date, doc.province)
                found = mentions_of(processed, doc.id)
                mentions.extend(found)
                doc.title, doc.date, doc.province = processed._.title, processed._.date, processed._.province
            rows.append({"doc_id": doc.id, "path": doc.path, "chars": len(doc.text),
                         "mentions": len(found), "error": doc.error, "title": doc.title,
                         "date": doc.date, "province": doc.province, "url": doc.url})
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    documents = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    return RunResult(mentions, documents, time.perf_counter() - started)


def run_to(root: Path, out_dir: Path, progress: bool = False) -> RunResult:
    result = run_corpus(root, progress=progress)
    write_outputs(out_dir, result.mentions, result.documents)
    return result
