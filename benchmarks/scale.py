"""`kcextract run` as a researcher runs it, against Duckling over the same texts, and on huge input.

    pip install -e '.[bench]'
    python benchmarks/scale.py [--copies 8]

1. A corpus of `copies` renamed copies of every corpus article (each copy a separate file, so the
   cache cannot help; the run uses --no-cache anyway). The whole `kcextract run` process is timed
   (start-up, reading, extraction, writing jsonl,csv), with --jobs 1 and with --jobs = the cores,
   against a process that loads Duckling's Vietnamese amount-of-money parser and parses the same
   texts: the ratio of the two wall times is the figure of merit (target >= 2).
2. Huge input: one 4.3-million-character text file and one 780 KB file that is a single line of
   20 000 amounts (a flattened table); each is run alone: wall time, peak memory, figures found.
3. `kcextract --help`: wall time (target < 0.5 s).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUCKLING = """
import sys, duckling
from pathlib import Path
zones = duckling.load_time_zones("/usr/share/zoneinfo")
context = duckling.Context(duckling.get_current_ref_time(zones, "Asia/Ho_Chi_Minh"),
                           duckling.default_locale_lang(duckling.parse_lang("VI")))
dims = duckling.parse_dimensions(["amount-of-money"])
n = 0
for p in sorted(Path(sys.argv[1]).rglob("*.txt")):
    n += len(duckling.parse(p.read_text(encoding="utf-8"), context, dims))
print(n)
"""


def timed(cmd: list[str]) -> tuple[float, str, int]:
    """Wall seconds, stdout, and the peak RSS (MiB) of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    if r.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed: {r.stderr[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, r.stdout.strip(), max(peak, before) // 1024


def kc(*args) -> list[str]:
    return [sys.executable, "-m", "kcextract.cli", *map(str, args)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=8)
    args = ap.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    work = Path(tempfile.mkdtemp(prefix="kcextract-scale-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        articles = sorted((ROOT / "corpus").glob("*.txt"))
        chars = 0
        for k in range(args.copies):
            for p in articles:
                text = p.read_text(encoding="utf-8")
                (corpus / f"{p.stem}-{k}.txt").write_text(text, encoding="utf-8")
                chars += len(text)
        n = args.copies * len(articles)
        print(f"corpus: {n} documents, {chars:,} characters")
        one, summary, peak1 = timed(kc("run", corpus, "-o", work / "out1", "--jobs", 1, "--no-cache", "-q"))
        print(f"kcextract run --jobs 1: {one:6.1f} s  ({chars / one:9,.0f} chars/s, peak {peak1} MiB)  {summary}")
        many, _, _ = timed(kc("run", corpus, "-o", work / "outn", "--jobs", cores, "--no-cache", "-q"))
        print(f"kcextract run --jobs {cores}: {many:6.1f} s  ({chars / many:9,.0f} chars/s)")
        same = all((work / "out1" / f).read_bytes() == (work / "outn" / f).read_bytes()
                   for f in ("mentions.jsonl", "mentions.csv", "documents.csv"))
        print(f"  outputs identical to --jobs 1: {same}")
        try:
            duck, found, _ = timed([sys.executable, "-c", DUCKLING, str(corpus)])
            print(f"duckling amount-of-money:  {duck:6.1f} s  ({chars / duck:9,.0f} chars/s, {found} amounts)")
            print(f"ratio duckling/kcextract wall time: --jobs 1 {duck / one:.2f}x, --jobs {cores} "
                  f"{duck / many:.2f}x  (target >= 2)")
        except SystemExit as e:
            print(f"duckling not measured ({str(e)[:80]}): pip install -e '.[bench]'")

        big = work / "big"
        big.mkdir()
        paragraph = "Năm 2023, huyện hỗ trợ 24 cơ sở với tổng kinh phí 1.250 triệu đồng, đạt 96,5% kế hoạch.\n"
        (big / "huge.txt").write_text(paragraph * (4_300_000 // len(paragraph)), encoding="utf-8")
        wall, summary, peak = timed(kc("run", big / "huge.txt", "-o", work / "outh", "--jobs", 1, "--no-cache", "-q"))
        print(f"4.3-million-character file: {wall:6.1f} s, peak {peak} MiB  {summary}")
        line = " ".join(f"mục {i} giá {i % 900 + 100}.500 đồng" for i in range(20_000))
        (big / "line.txt").write_text(line[:780_000], encoding="utf-8")
        wall, summary, peak = timed(kc("run", big / "line.txt", "-o", work / "outl", "--jobs", 1, "--no-cache", "-q"))
        print(f"{len(line[:780_000]):,}-character single line: {wall:6.1f} s, peak {peak} MiB  {summary}")
        helps = sorted(timed(kc("--help"))[0] for _ in range(5))
        print(f"kcextract --help: {helps[2]:.2f} s (median of 5; target < 0.5 s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
