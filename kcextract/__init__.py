"""kcextract: figures and their context from Vietnamese khuyến công reports.

    >>> from kcextract import extract
    >>> [(m.text, m.type, m.value) for m in extract("Tổng kinh phí 7.968,6 triệu đồng cho 68 đề án.")]
    [('7.968,6 triệu đồng', 'money', Decimal('7968600000.0')), ('68 đề án', 'count', Decimal('68'))]

Imports are lazy: `kcextract --help` does not load spaCy, underthesea or pandas.
"""
from __future__ import annotations

from pathlib import Path

from .extract import extract        # the function; the subpackage loads spaCy only when first used
from .records import Document, Mention, mentions_frame

__version__ = "0.2.0"


def run(path: str | Path, jobs: int = 1):
    """The mentions of every document under `path` as a pandas DataFrame (one row per mention)."""
    from .batch import run_corpus

    return mentions_frame(run_corpus(Path(path), jobs).mentions)


__all__ = ["extract", "run", "Mention", "Document", "mentions_frame"]
