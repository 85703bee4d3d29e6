"""How often `kcextract check` catches an altered figure, and how often it cries wolf.

    python benchmarks/alterations.py [corpus/]

For every document: check it unaltered (any `inconsistent` finding there is a false
alarm); then, for every figure written in digits that takes part in a relation judged
`consistent`, make a copy of the article with that figure's leading digit changed (so its
value moves well outside the tolerance) and check the copy: the alteration is caught when
an `inconsistent` finding names the altered figure.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract.check.report import check_text  # noqa: E402
from kcextract.read import read_corpus  # noqa: E402

_LEADING = regex.compile(r"[1-9]")


def alter(text: str, start: int, end: int) -> str | None:
    """The text with the first significant digit of text[start:end] changed, or None."""
    m = _LEADING.search(text, start, end)
    if not m:
        return None
    d = int(m[0])
    new = str(d + 1) if d < 9 else "1"      # at least a tenth of the value, far outside any tolerance
    return text[:m.start()] + new + text[m.end():]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "corpus"))
    args = ap.parse_args()
    docs = [d for d in read_corpus(Path(args.corpus)) if not d.error]
    false_alarms, altered, caught = 0, 0, 0
    missed = []
    for doc in docs:
        base = check_text(doc.text, doc.id)
        if any(f.verdict == "inconsistent" for f in base.findings):
            false_alarms += 1
        targets = {(m.start, m.end) for f in base.findings if f.verdict == "consistent" for m in f.mentions}
        for start, end in sorted(targets):
            copy = alter(doc.text, start, end)
            if copy is None:
                continue
            altered += 1
            result = check_text(copy, doc.id)
            if any(f.verdict == "inconsistent" and any(m.start == start for m in f.mentions)
                   for f in result.findings):
                caught += 1
            else:
                missed.append(f"{doc.id}: {doc.text[start:end]!r}")
    print(f"documents: {len(docs)}; unaltered with a false 'inconsistent': {false_alarms} "
          f"({false_alarms / len(docs):.1%}, target <= 5%)")
    print(f"alterations: {altered}; flagged at the altered figure: {caught} "
          f"({caught / altered:.1%}, target >= 90%)" if altered else "alterations: none")
    for m in missed:
        print(f"  not flagged: {m}")


if __name__ == "__main__":
    main()
