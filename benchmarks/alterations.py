"""How often `kcextract check` catches an altered figure, and how often it cries wolf, per relation kind.

    python benchmarks/alterations.py [--corpus corpus/] [--passages benchmarks/passages.jsonl]

Texts: every corpus article (the `test` split of shared/articles included) and the short passages
of `passages.jsonl`, written for this benchmark in other provinces' words (two or more per
relation kind, some with distractors that must not be flagged: another year's figure beside this
year's, a partial `trong đó có` list, the same figure repeated, a growth rate beside a share).

For every text: check it unaltered (an `inconsistent` finding there is a false alarm, unless it
is one of the discrepancies the articles really contain, listed below and checked by hand); then,
for every figure written in digits that takes part in a relation a reader can verify (judged
`consistent`, and not a list that names only some parts), make a copy with that figure's first
significant digit raised by one and check the copy: the alteration is caught when an
`inconsistent` finding names the altered figure. Detection is reported per relation kind (a
figure in two relations counts for both).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract.check.relations import KINDS  # noqa: E402
from kcextract.check.report import check_text  # noqa: E402
from kcextract.read import read_corpus  # noqa: E402

_LEADING = regex.compile(r"[1-9]")
# Discrepancies the articles really contain (checked by hand): flagging them is right.
TRUE_DISCREPANCIES = {
    "baomoi-21474170": "7.061 / 9.920 tỷ đồng = 71,18 %, written 'chiếm 71,4% tổng nợ đóng'",
}


def alter(text: str, start: int, end: int) -> str | None:
    """The text with the first significant digit of text[start:end] raised by one (9 -> 1)."""
    m = _LEADING.search(text, start, end)
    if not m:
        return None
    d = int(m[0])
    return text[:m.start()] + (str(d + 1) if d < 9 else "1") + text[m.end():]


def verifiable(finding) -> bool:
    return finding.verdict == "consistent" and "some of it" not in finding.arithmetic \
        and "some parts" not in finding.arithmetic


def run(texts: list[tuple[str, str, str]]) -> dict:
    stats = {"texts": Counter(), "false_alarms": [], "altered": Counter(), "caught": Counter(), "missed": []}
    for group, doc_id, text in texts:
        stats["texts"][group] += 1
        base = check_text(text, doc_id)
        if any(f.verdict == "inconsistent" for f in base.findings) and doc_id not in TRUE_DISCREPANCIES:
            stats["false_alarms"].append((group, doc_id, [f.arithmetic for f in base.findings
                                                          if f.verdict == "inconsistent"]))
        kinds_of: dict[tuple[int, int], set[str]] = {}
        for f in base.findings:
            if verifiable(f):
                for m in f.mentions:
                    kinds_of.setdefault((m.start, m.end), set()).add(f.kind)
        for (start, end), kinds in sorted(kinds_of.items()):
            copy = alter(text, start, end)
            if copy is None:
                continue
            result = check_text(copy, doc_id)
            caught = any(f.verdict == "inconsistent" and any(m.start == start for m in f.mentions)
                         for f in result.findings)
            for kind in kinds | {"all"}:
                stats["altered"][(group, kind)] += 1
                stats["caught"][(group, kind)] += caught
            if not caught:
                stats["missed"].append((group, doc_id, text[start:end], sorted(kinds)))
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    ap.add_argument("--passages", default=str(ROOT / "benchmarks" / "passages.jsonl"))
    args = ap.parse_args()
    texts = [("corpus", d.id, d.text) for d in read_corpus(Path(args.corpus)) if not d.error]
    texts += [("passages", p["id"], p["text"]) for p in map(json.loads, Path(args.passages).read_text(
        encoding="utf-8").splitlines()) if p]
    stats = run(texts)
    n = sum(stats["texts"].values())
    fa = len(stats["false_alarms"])
    print(f"texts: {stats['texts']['corpus']} corpus articles, {stats['texts']['passages']} passages")
    print(f"unaltered texts with a false 'inconsistent': {fa} of {n} ({fa / n:.1%}, target <= 2%)")
    for doc_id, why in TRUE_DISCREPANCIES.items():
        print(f"  a real discrepancy, flagged as it should be: {doc_id}: {why}")
    for group, doc_id, found in stats["false_alarms"]:
        print(f"  false alarm: {doc_id}: {found}")
    print(f"\n{'relation':10} {'corpus':>16} {'passages':>16} {'all':>16}   (target >= 90% each, >= 95% overall)")
    for kind in [*KINDS, "all"]:
        cells = []
        for group in ("corpus", "passages", None):
            altered = sum(v for (g, k), v in stats["altered"].items() if k == kind and (group is None or g == group))
            caught = sum(v for (g, k), v in stats["caught"].items() if k == kind and (group is None or g == group))
            cells.append(f"{caught:>4}/{altered:<4} {caught / altered:6.1%}" if altered else f"{'-':>16}")
        if any(c.strip() != "-" for c in cells):
            print(f"{kind:10} {cells[0]:>16} {cells[1]:>16} {cells[2]:>16}")
    for group, doc_id, figure, kinds in stats["missed"]:
        print(f"  not flagged: {doc_id}: {figure!r} ({', '.join(kinds)})")


if __name__ == "__main__":
    main()
