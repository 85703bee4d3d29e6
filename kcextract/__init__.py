"""kcextract: figures and their context from Vietnamese khuyến công reports.

    >>> from kcextract import extract
    >>> [(m.text, m.type, m.value) for m in extract("Tổng kinh phí 7.968,6 triệu đồng cho 68 đề án.")]
    [('7.968,6 triệu đồng', 'money', Decimal('7968600000.0')), ('68 đề án', 'count', Decimal('68'))]
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .extract import extract
from .records import Document, Mention, mentions_frame

__version__ = "0.1.0"


def run(path: str | Path) -> pd.DataFrame:
    """The mentions of every document under `path` as a DataFrame (one row per mention)."""
    from .batch import run_corpus

    return mentions_frame(run_corpus(Path(path)).mentions)


__all__ = ["extract", "run", "Mention", "Document", "mentions_frame"]
