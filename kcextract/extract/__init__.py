"""Extraction stage: text -> spaCy Doc with figures -> Mention records."""
from __future__ import annotations

from ..records import Mention
from .pipeline import SPANS_KEY, get_nlp


def mentions_of(doc, doc_id: str = "") -> list[Mention]:
    """Mention records of a processed Doc, in text order."""
    out = []
    for span in doc.spans[SPANS_KEY]:
        ext = span._
        out.append(Mention(
            doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text,
            type=span.label_, value=ext.value, value_max=ext.value_max, unit=ext.unit,
            qualifier=ext.qualifier, per=ext.per, status=ext.status, relation=ext.relation,
            funding=ext.funding, province=ext.province, province_2025=ext.province_2025,
            years=ext.years, indicator=ext.indicator, activity=ext.activity, sentence=ext.sentence,
        ))
    return out


def process(text: str, title: str | None = None, date: str | None = None, province: str | None = None):
    """The spaCy Doc of `text`, with what the caller knows of the article (metadata)."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.title, doc._.date, doc._.province = title, date, province
    return nlp(doc)


def extract(text: str, doc_id: str = "", title: str | None = None, date: str | None = None,
            province: str | None = None) -> list[Mention]:
    """Every money amount, percentage and count in `text` (offsets into `text`), with context."""
    return mentions_of(process(text, title, date, province), doc_id)


__all__ = ["extract", "process", "mentions_of", "get_nlp"]
