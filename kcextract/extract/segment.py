"""underthesea segmentation with offsets that point back into the user's text.

underthesea returns strings, not offsets, and may rewrite characters; here every
sentence and word is aligned back to the text it came from. The text handed to
underthesea is `normalize(text)`, which has the same length as the input so that
offsets never need a map.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from . import models
from .sentence import Word

# Same-length normalisation: spaces, dashes, and old-style tone placement
# (hoà -> hòa, thuỷ -> thủy) so that cue words and underthesea's models see one form.
_SPACES = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")
_SYLLABLE = regex.compile(r"\p{L}{2,6}")


@lru_cache(maxsize=1)
def _token_map() -> dict[str, str]:
    return {k: v for k, v in models.token_map().items() if len(k) == len(v) and k != v}


def normalize(text: str) -> str:
    """The text with NBSP, dashes and tone placement normalised; same length."""
    text = _DASHES.sub("-", _SPACES.sub(" ", text))
    tmap = _token_map()
    return _SYLLABLE.sub(lambda m: tmap.get(m[0], m[0]), text)


# Paragraph breaks: underthesea's sentence splitter runs titles into the next line.
_LINE = regex.compile(r"[^\n\r]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence: lines first, then underthesea within a line."""
    sent_tokenize = models.sent_tokenize()
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if not line[0].strip():
            continue
        cursor = line.start()
        if len(line[0]) > MAX_LINE:
            # a flattened table or a page without punctuation: cut at sentence marks, then spaces
            spans += _hard_cut(text, line.start(), line.end())
            continue
        pieces = sent_tokenize(line[0]) if len(line[0]) > 40 else [line[0].strip()]
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            at = text.find(piece, cursor, line.end())
            if at < 0:          # underthesea changed the text: keep the rest whole
                rest = text[cursor:line.end()]
                lead = len(rest) - len(rest.lstrip())
                if rest.strip():
                    spans.append((cursor + lead, cursor + len(rest.rstrip())))
                cursor = line.end()
                break
            spans.append((at, at + len(piece)))
            cursor = at + len(piece)
    return spans


MAX_LINE = 20_000        # underthesea's sentence splitter is not given longer lines
MAX_SENTENCE = 2_000


def _hard_cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            break
        stop = min(end, start + MAX_SENTENCE)
        if stop < end:
            mark = max(text.rfind(". ", start, stop), text.rfind("; ", start, stop))
            space = text.rfind(" ", start + MAX_SENTENCE // 2, stop)
            while space > start and (text[space - 1].isdigit() or text[space + 1:space + 2].isdigit()):
                space = text.rfind(" ", start + MAX_SENTENCE // 2, space)   # never between a number and its unit
            stop = mark + 1 if mark > start + MAX_SENTENCE // 4 else (space if space > start else stop)
        piece_end = stop
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        spans.append((start, piece_end))
        start = stop
    return spans


def _align(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Character spans of underthesea's tokens (syllables joined by spaces) in `text`."""
    spans = []
    cursor = 0
    n = len(text)
    for token in tokens:
        start = None
        for syllable in token.split(" "):
            if not syllable:
                continue
            while cursor < n and text[cursor].isspace():
                cursor += 1
            if not text.startswith(syllable, cursor):
                found = text.find(syllable, cursor, cursor + len(syllable) + 8)
                if found >= 0:
                    cursor = found
            if start is None:
                start = cursor
            cursor = min(n, cursor + len(syllable))
        if start is not None:
            spans.append((start, cursor))
    return spans


def tag_words(text: str) -> list[Word]:
    """Words of one sentence with offsets and POS tags (underthesea, VLSP tag set)."""
    tokens = models.word_tokenize()(text, use_token_normalize=False)
    if not tokens:
        return []
    tags = models.pos_tagger().predict([[t] for t in tokens])
    words = []
    for (start, end), tag in zip(_align(text, tokens), tags):
        words.append(Word(start, end, text[start:end], tag[2:] if tag[:2] in ("B-", "I-") else tag))
    return words
