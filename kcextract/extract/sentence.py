"""What the rules see of one sentence: its normalised text, words and POS tags.

The rule modules (money, percent, count) read a `Sentence` and return `Found`
figures with offsets relative to the sentence; the pipeline adds the sentence's
document offset. Keeping this small and plain lets every rule be tested on a
bare string: `Sentence.from_text("hỗ trợ 68 đề án")` tags it with underthesea.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property



@dataclass(frozen=True)
class Word:
    start: int   # offsets into Sentence.text
    end: int
    text: str
    tag: str     # underthesea POS tag (VLSP set: N, Nc, Nu, Np, M, V, A, E, CH, ...)


@dataclass
class Found:
    """A figure found by a rule: `sentence.text[start:end]`, relative offsets."""

    start: int
    end: int
    type: str                     # money | percent | count
    value: Decimal
    value_max: Decimal | None
    unit: str
    per: str | None = None
    qualifier: str = "exact"


@dataclass
class Sentence:
    text: str                              # normalised (same length as the original)
    words: list[Word] = field(default_factory=list)
    quantities: tuple | None = None        # numbers.scan(text), when already known

    def __post_init__(self):
        if self.quantities is None:
            from .numbers import scan

            self.quantities = scan(self.text)

    @classmethod
    def from_text(cls, text: str) -> "Sentence":
        from .segment import normalize, tag_words  # underthesea is loaded only when needed

        text = normalize(text)
        return cls(text, tag_words(text))

    @cached_property
    def _word_at(self) -> dict[int, int]:
        return {w.start: i for i, w in enumerate(self.words)}

    def word_from(self, pos: int) -> int | None:
        """Index of the first word starting at `pos` or later (after spaces)."""
        while pos < len(self.text) and self.text[pos] == " ":
            pos += 1
        i = self._word_at.get(pos)
        if i is not None:
            return i
        for i, w in enumerate(self.words):
            if w.start >= pos:
                return i
        return None

    def word_before(self, pos: int) -> Word | None:
        best = None
        for w in self.words:
            if w.end <= pos:
                best = w
            else:
                break
        return best

