"""Cue tables: each row is a cue, the label it gives, why, and an example that tests it.

A table is data the tests walk through (`tests/test_cue_tables.py` runs every example
through the whole pipeline and expects the row's label), so a new case is a new row.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

I = regex.IGNORECASE

# A comma between clauses, not the one inside a number ("2,4 tỷ đồng")
COMMA = r"(?<!\d),|,(?!\d)"
# where a clause ends inside a sentence
CLAUSE_BREAK = regex.compile(rf"{COMMA}|[;:(]|\.\s")


# words that announce the parts of a whole: "Trong đó, ...", "Cơ cấu nguồn vốn gồm:"
BREAKDOWN = regex.compile(r"(?<!\p{L})(?:trong đó|cơ cấu|bao gồm|gồm|cụ thể)(?!\p{L})", I)
_SENTENCE_END = regex.compile(r"[.!?]\s|\n")


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (after the last full stop or line break before it)."""
    m = last_match(_SENTENCE_END, text, max(0, pos - 400), pos)
    return m.end() if m else max(0, pos - 400)


def words(alternatives: str, flags: int = I) -> regex.Pattern:
    """A pattern of whole words: `alternatives` not glued to other letters."""
    return regex.compile(rf"(?<!\p{{L}})(?:{alternatives})(?!\p{{L}})", flags)


@dataclass(frozen=True)
class Cue:
    label: str          # the attribute value the cue gives
    pattern: str        # whole words (regex), matched case-insensitively unless `case` is set
    why: str            # the guideline's reason
    example: str        # a sentence where the cue decides: its first figure of the right type gets `label`
    case: bool = False  # match case-sensitively ("cần", not "Cần Thơ")


def compile_table(table: list[Cue]) -> list[tuple[Cue, regex.Pattern]]:
    return [(c, words(c.pattern, 0 if c.case else I)) for c in table]


def alternation(table: list[Cue], label: str | None = None) -> regex.Pattern:
    """One pattern for all the rows of `table` (with `label`), for finding the nearest cue."""
    parts = [f"(?-i:{c.pattern})" if c.case else f"(?:{c.pattern})" for c in table
             if label is None or c.label == label]
    return words("|".join(parts))


def last_match(pattern: regex.Pattern, text: str, lo: int, hi: int) -> regex.Match | None:
    """The match of `pattern` in text[lo:hi] that ends last (searched backwards)."""
    backwards = _REVERSED.get(pattern)
    if backwards is None:
        backwards = _REVERSED[pattern] = regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)
    return backwards.search(text, lo, hi)


_REVERSED: dict[regex.Pattern, regex.Pattern] = {}


_BULLET = regex.compile(r"[ \t]*[-+•*][ \t]*")


def list_intro(text: str, sent_start: int) -> tuple[int, int] | None:
    """(start, colon) of the sentence announcing the list whose item starts at `sent_start`: the
    text before a colon that ends the line above the items (items start with a bullet), or that
    stands right before this one on its line."""
    line_start = text.rfind("\n", 0, sent_start) + 1
    if text[line_start:sent_start].strip() and not _BULLET.fullmatch(text, line_start, sent_start):
        colon = text.rfind(":", line_start, sent_start)
        if colon < 0 or text[colon + 1:sent_start].strip():
            return None
        return max(line_start, colon - 300), colon
    bulleted = bool(_BULLET.match(text, line_start))
    pos = line_start
    while pos > 0:                     # back over the items above, to the line that announces them
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        if _BULLET.match(line) and not bulleted:
            return None                # a paragraph after a bulleted list is not one of its items
        if not _BULLET.match(line):
            stripped = line.rstrip()
            if stripped.endswith(":"):
                colon = prev + len(stripped) - 1
                return max(prev, colon - 300), colon
            return None
        pos = prev
    return None
