"""Extraction stage: text -> spaCy Doc with figures -> Mention records."""
from __future__ import annotations

from ..records import Mention

SPANS_KEY = "figures"           # doc.spans[SPANS_KEY]: the figures (pipeline.py); spaCy loads on first use


def get_nlp():
    from .pipeline import get_nlp as _get_nlp

    return _get_nlp()


SENTENCE_WINDOW = 300          # characters of a figure's sentence kept on each side of it
CHUNK_CHARS = 200_000          # longer texts are processed piece by piece, cut between paragraphs


def mentions_of(doc, doc_id: str = "", shift: int = 0) -> list[Mention]:
    """Mention records of a processed Doc, in text order (`shift`: offset of the Doc in a longer text)."""
    out = []
    for span in doc.spans[SPANS_KEY]:
        ext = span._
        sentence = ext.sentence
        if sentence is not None and len(sentence) > 2 * SENTENCE_WINDOW and ext.sentence_range:
            # a "sentence" of a flattened table may run for pages: keep the figure's neighbourhood
            s_start = ext.sentence_range[0]
            lo = max(0, span.start_char - s_start - SENTENCE_WINDOW)
            sentence = sentence[lo:span.end_char - s_start + SENTENCE_WINDOW]
        out.append(Mention(
            doc_id=doc_id, start=span.start_char + shift, end=span.end_char + shift, text=span.text,
            type=span.label_, value=ext.value, value_max=ext.value_max, unit=ext.unit,
            qualifier=ext.qualifier, per=ext.per, status=ext.status, relation=ext.relation,
            funding=ext.funding, province=ext.province, province_2025=ext.province_2025,
            years=ext.years, indicator=ext.indicator, activity=ext.activity, sentence=sentence,
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
    return extract_with_meta(text, doc_id, title, date, province)[0]


def extract_with_meta(text: str, doc_id: str = "", title: str | None = None, date: str | None = None,
                      province: str | None = None) -> tuple[list[Mention], dict]:
    """The mentions and the article's title, date and province as the text gives them.

    A text longer than CHUNK_CHARS is processed in pieces cut between paragraphs (or, in one
    endless line, between words), each with the article's title, date and province."""
    found: list[Mention] = []
    meta = {"title": title, "date": date, "province": province}
    for start, end in chunks(text):
        doc = process(text[start:end], meta["title"], meta["date"], meta["province"])
        if start == 0:
            meta = {"title": doc._.title, "date": doc._.date, "province": doc._.province}
        found += mentions_of(doc, doc_id, shift=start)
    return found, meta


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of at most about `size` characters, cut after a newline or a space."""
    bounds, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, start + size)
            while cut > start and (text[cut - 1].isdigit() or text[cut + 1:cut + 2].isdigit()):
                cut = text.rfind(" ", start + size // 2, cut)          # not between a number and its unit
        cut = cut + 1 if cut >= 0 else start + size
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


__all__ = ["extract", "extract_with_meta", "process", "mentions_of", "get_nlp", "chunks"]

