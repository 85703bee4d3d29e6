"""The spaCy pipeline: one `nlp` object, built once, with underthesea inside.

`get_nlp()` returns a blank Vietnamese spaCy pipeline whose tokenizer segments
with underthesea (sentences everywhere, words and POS tags only in sentences that
hold a number) and whose `kcextract_figures` component puts every figure in
`doc.spans["figures"]`, with `span._.value`, `value_max`, `unit`, `qualifier` and
`per`. The component is registered by name, so another pipeline can add it:

    nlp.add_pipe("kcextract_figures")   # needs kcextract's tokenizer for POS tags

`doc.text` is always the text given, character for character: offsets of spans are
offsets into the user's (NFC) text.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

import numpy
import regex
import spacy
from spacy.attrs import SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from .context import DocContext, attach
from .context.discourse import national_lead
from .dateline import title_and_date
from .figures import find, needs_words
from .places import canonical, main_province
from .numbers import FRACTION, NUMBER_WORDS, number_spans, scan
from .segment import normalize, split_sentences, tag_words
from .sentence import Sentence, Word

from . import SPANS_KEY

for _name in ("value", "value_max", "unit", "qualifier", "per", "sentence", "sentence_range",
              "status", "relation", "funding", "province", "province_2025", "years", "indicator", "activity"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("source", "normalized", "title", "date", "province"):
    # source: the text given (doc.text rebuilds it from tokens each time); normalized: the same,
    # normalised, same length; title, date, province: the article's
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("numbered"):
    # (start, end, quantities, words) of each sentence holding a number, from the tokenizer
    Doc.set_extension("numbered", default=None)

# A sentence needs word segmentation only when it may hold a figure.
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
NEEDS_WORDS = regex.compile(rf"\d|(?<!\p{{L}})(?:{_NUMBER_WORD})(?!\p{{L}})", regex.IGNORECASE)
# Outside the number windows: numbers, runs of letters, single other characters. Digits
# never share a token with letters or slashes, so that every figure starts and ends
# on a token boundary ("17/28", "700.000đồng"); underthesea's words are split likewise.
_PLAIN_TOKEN = regex.compile(r"\d+(?:[.,]\d+)*|[^\W\d]+|\S")
_NUMERAL = regex.compile(r"\d+(?:[.,]\d+)*")
_GLUED_DIGIT = regex.compile(r"\d[^\d.,]|[^\d.,]\d")
NO_TAG = "X"   # words in sentences that were not tagged


_SYLLABLE = regex.compile(r"\S+")
WINDOW_BEFORE, WINDOW_AFTER = 2, 5   # syllables of context segmented around each number


def number_windows(sentence: str, quantities) -> list[tuple[int, int]]:
    """Merged (start, end) stretches around the numbers of a sentence: only these are
    word-segmented and tagged, which is where the rules look (the noun after a number,
    the word before it). The rest of the sentence is split on spaces and punctuation."""
    numbers = number_spans(sentence, [q for q in quantities if needs_words(sentence, q)])
    if not numbers:
        return []
    syllables = [(m.start(), m.end()) for m in _SYLLABLE.finditer(sentence)]
    starts = [a for a, _ in syllables]
    windows: list[tuple[int, int]] = []
    for n_start, n_end in numbers:
        first = max(0, bisect_right(starts, n_start) - 1 - WINDOW_BEFORE)
        last = min(len(syllables) - 1, bisect_right(starts, max(n_start, n_end - 1)) - 1 + WINDOW_AFTER)
        a, b = syllables[first][0], syllables[last][1]
        if windows and a <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
        else:
            windows.append((a, b))
    return windows


class SegmentingTokenizer:
    """Text -> Doc with underthesea words, POS tags (`token.tag_`) and sentence starts."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        norm = normalize(text)
        pieces: list[tuple[int, int, str]] = []     # (start, end, tag) of words
        sent_starts: set[int] = set()
        numbered = []                               # sentences that hold a number
        for s_start, s_end in split_sentences(norm):
            sentence = norm[s_start:s_end]
            words = []
            cursor = 0
            quantities = scan(sentence) if NEEDS_WORDS.search(sentence) else ()
            has_numbers = bool(quantities) or bool(FRACTION.search(sentence))
            for w_start, w_end in number_windows(sentence, quantities) if has_numbers else ():
                words += [(s_start + m.start(), s_start + m.end(), NO_TAG)
                          for m in _PLAIN_TOKEN.finditer(sentence, cursor, w_start)]
                # a number is a numeral whatever the tagger says ("phát triển 24.000 căn hộ": Np)
                words += [(s_start + w_start + w.start, s_start + w_start + w.end,
                           "M" if _NUMERAL.fullmatch(w.text) else w.tag)
                          for w in tag_words(sentence[w_start:w_end])]
                cursor = w_end
            words += [(s_start + m.start(), s_start + m.end(), NO_TAG)
                      for m in _PLAIN_TOKEN.finditer(sentence, cursor)]
            if words:
                sent_starts.add(words[0][0])
            first_piece = len(pieces)
            for start, end, tag in words:
                if tag is not NO_TAG and _GLUED_DIGIT.search(norm, start, end):
                    # a word glued to a number ("Nội 22.500" where the window began mid-name):
                    # the number is a numeral whatever the word's tag
                    pieces.extend((start + m.start(), start + m.end(), "M" if m[0][0].isdigit() else tag)
                                  for m in _PLAIN_TOKEN.finditer(norm[start:end]))
                else:
                    pieces.append((start, end, tag))
            if has_numbers:
                numbered.append((s_start, s_end, quantities, pieces[first_piece:]))
        doc = _doc_from_pieces(self.vocab, text, pieces, sent_starts)
        doc._.source, doc._.normalized = text, norm
        doc._.numbered = numbered
        return doc

    # spaCy calls these when saving and loading a pipeline; nothing to store.
    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, _bytes, **kwargs):
        return self

    def to_disk(self, _path, **kwargs):
        return None

    def from_disk(self, _path, **kwargs):
        return self


def _doc_from_pieces(vocab, text, pieces, sent_starts) -> Doc:
    """A Doc whose text equals `text`: gaps become spaces or whitespace tokens."""
    words, spaces, tags, starts = [], [], [], []
    add_word, add_space, add_tag, add_start = words.append, spaces.append, tags.append, starts.append

    def gap(a: int, b: int) -> None:
        between = text[a:b]
        if words and between[0] == " ":
            spaces[-1] = True
            between = between[1:]
        if between:
            add_word(between)
            add_space(False)
            add_tag("_SP")
            add_start(False)

    cursor = 0
    pieces.sort()
    for start, end, tag in pieces:
        if start < cursor or end <= start:
            continue            # overlapping alignment: keep the first reading
        if start > cursor:
            if start == cursor + 1 and words and text[cursor] == " ":
                spaces[-1] = True            # the common case: one space between words
            else:
                gap(cursor, start)
        add_word(text[start:end])
        add_space(False)
        add_tag(tag)
        add_start(start in sent_starts)
        cursor = end
    if cursor < len(text):
        gap(cursor, len(text))
    if not words:
        return Doc(vocab, words=[])
    starts[0] = True
    # tags and sentence starts set as one array: a third of the cost of passing them to Doc()
    doc = Doc(vocab, words=words, spaces=spaces)
    values = numpy.empty((len(words), 2), dtype="uint64")
    values[:, 0] = [_tag_hash(vocab, t) for t in tags]
    values[:, 1] = [1 if s else _NOT_START for s in starts]
    doc.from_array(_TAG_AND_START, values)
    return doc


_NOT_START = 2 ** 64 - 1          # -1 (not a sentence start) as spaCy's uint64 attribute value
_TAG_AND_START = [TAG, SENT_START]


def _tag_hash(vocab, tag: str, _cache: dict = {}) -> int:
    h = _cache.get(tag)
    if h is None:
        h = _cache[tag] = vocab.strings.add(tag)
    return h


def _sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return split_sentences(doc._.normalized or normalize(doc.text))


def sentence_at(norm: str, start: int, end: int, quantities, pieces) -> Sentence:
    """The rules' view of norm[start:end]: text, words (with POS tags), quantities."""
    text = norm[start:end]
    if pieces is None:
        words = tag_words(text)        # a Doc from another tokenizer: tag it here
    else:
        words = [Word(a - start, b - start, norm[a:b], tag) for a, b, tag in pieces]
    return Sentence(text, words, quantities)


def _split_at(doc: Doc, cuts: set[int]) -> Doc:
    """A copy of `doc` whose tokens are also split at the character offsets `cuts`."""
    text = doc._.source or doc.text
    pieces = []
    ordered = sorted(cuts)
    for t in doc:
        if t.is_space:
            continue
        a, b = t.idx, t.idx + len(t.text)
        inner = ordered[bisect_right(ordered, a):bisect_left(ordered, b)]
        bounds = [a, *inner, b]
        for x, y in zip(bounds, bounds[1:]):
            piece = text[x:y]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail > lead:
                pieces.append((x + lead, x + trail, t.tag_))
    starts = {s.start_char for s in doc.sents} if doc.has_annotation("SENT_START") else set()
    new = _doc_from_pieces(doc.vocab, text, pieces, starts)
    new._.source, new._.normalized, new._.numbered = doc._.source, doc._.normalized, doc._.numbered
    new._.title, new._.date, new._.province = doc._.title, doc._.date, doc._.province
    return new


@Language.component("kcextract_figures")
def figures_component(doc: Doc) -> Doc:
    found = []
    if doc._.numbered is None:   # a Doc from another tokenizer: find the numbered sentences here
        doc._.source = doc.text
        doc._.normalized = norm = normalize(doc._.source)
        doc._.numbered = [(a, b, scan(norm[a:b]), None) for a, b in _sentence_ranges(doc)]
    norm = doc._.normalized
    for s_start, s_end, quantities, pieces in doc._.numbered:
        for f in find(sentence_at(norm, s_start, s_end, quantities, pieces)):
            found.append((s_start + f.start, s_start + f.end, f, (s_start, s_end)))
    cuts = {c for start, end, *_ in found for c in (start, end)}
    if any(doc.char_span(start, end) is None for start, end, *_ in found):
        doc = _split_at(doc, cuts)     # a figure ends inside a word ("6 tỷ đồng|bằng")
    spans = []
    text = doc._.source or doc.text
    for start, end, f, (s_start, s_end) in found:
        span = doc.char_span(start, end, label=f.type)
        if span is None:
            continue
        ext = span._
        ext.value, ext.value_max, ext.unit = f.value, f.value_max, f.unit
        ext.qualifier, ext.per = f.qualifier, f.per
        ext.sentence = text[s_start:s_end]
        ext.sentence_range = (s_start, s_end)
        spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc


@Language.component("kcextract_context")
def context_component(doc: Doc) -> Doc:
    """Status, relation, funding, province, years, indicator and activity of each figure.

    The article's title, date and province come from `doc._.title/date/province` when
    the caller knows them (metadata), else from the text's own title and date lines."""
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
    source = doc._.source or doc.text
    norm = doc._.normalized or normalize(source)
    title, date = title_and_date(source)
    doc._.title = doc._.title or title
    doc._.date = doc._.date or date
    doc._.province = (canonical(doc._.province) if doc._.province
                      else main_province(norm, doc._.title, national_lead))
    if not spans:
        return doc
    ctx = DocContext.build(norm, doc._.province, doc._.date)
    for span in spans:
        s_start, s_end = span._.sentence_range or (span.sent.start_char, span.sent.end_char)
        attach(ctx, span, s_start, s_end)
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The one pipeline of the process (tokenizer, figures, context), built on first use."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = SegmentingTokenizer(nlp.vocab)
    nlp.add_pipe("kcextract_figures")
    nlp.add_pipe("kcextract_context")
    nlp.max_length = 2_000_000     # callers cut longer texts (extract.chunks); no parser to protect
    return nlp
