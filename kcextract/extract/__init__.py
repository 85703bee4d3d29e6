"""Extraction stage: text -> spaCy Doc with figures -> Mention records."""
from __future__ import annotations

from ..records import Mention
from .pipeline import SPANS_KEY, get_nlp


def mentions_of(doc, doc_id: str = "") -> list[Mention]:
    """Mention records of a processed Doc, in text order."""
    out = []
    for span in doc.spans[SPANS_KEY]:
        out.append(Mention(
            doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text,
            type=span.label_, value=span._.value, value_max=span._.value_max, unit=span._.unit,
            qualifier=span._.qualifier, per=span._.per, sentence=span._.sentence,
        ))
    return out


def extract(text: str, doc_id: str = "") -> list[Mention]:
    """Every money amount, percentage and count in `text` (offsets into `text`)."""
    return mentions_of(get_nlp()(text), doc_id)


__all__ = ["extract", "mentions_of", "get_nlp"]
