"""`kcextract run` as a researcher runs it, against Duckling over the same texts, and on huge input.

    pip install -e '.[bench]'
    python benchmarks/scale.py [--copies 8] [--sizes 1000,10000]

1. A corpus of `copies` copies of every corpus article (over a million characters). The whole
   `kcextract run` process is timed (start-up, reading, extraction, writing jsonl,csv; --no-cache),
   with --jobs 1 and with --jobs = the cores, against a process that loads Duckling's Vietnamese
   amount-of-money parser and parses the same texts: the ratio of the wall times (target >= 2),
   and --jobs N against --jobs 1 (target >= 1.6).
2. Growth: unique synthetic corpora of each size in --sizes (every document a corpus article with
   a line of its own, so nothing repeats): wall time and peak memory of --jobs 1 and --jobs N;
   time should grow linearly and memory stay flat (target: 10x the documents, < 20 % more memory).
3. Huge input: one 4.3-million-character text file and one 780 KB file that is a single line of
   20 000 amounts (a flattened table); each is run alone: wall time, peak memory, figures found.
4. `kcextract --help`: wall time (target < 0.5 s).
"""
from __future__ import annotations

import argparse
import os
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


# runs a command and reports the peak memory of its largest process (workers included)
WRAPPER = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)")


def timed(cmd: list[str]) -> tuple[float, str, int]:
    """Wall seconds, stdout, and the peak RSS (MiB) of the command's largest process."""
    started = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    if r.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed: {r.stderr[-500:]}")
    return wall, r.stdout.strip(), int(r.stderr.strip().splitlines()[-1]) // 1024


def unique_corpus(folder: Path, size: int) -> int:
    """`size` documents built from the corpus articles, each with a line of its own."""
    folder.mkdir(parents=True)
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    chars = 0
    for i in range(size):
        text = articles[i % len(articles)] + f"\nMã lưu trữ {i:07d}, bản {i // len(articles)}.\n"
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc-{i:07d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def kc(*args) -> list[str]:
    return [sys.executable, "-m", "kcextract.cli", *map(str, args)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--sizes", default="1000,10000", help="document counts of the growth corpora")
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

        print("\ngrowth (unique documents):")
        print(f"{'documents':>10} {'characters':>12} {'--jobs 1':>18} {'--jobs ' + str(cores):>18}")
        for size in [int(x) for x in args.sizes.split(",") if x]:
            folder = work / f"grow-{size}"
            n_chars = unique_corpus(folder, size)
            cells = []
            for jobs in (1, cores):
                wall, _, peak = timed(kc("run", folder, "-o", work / f"out-{size}-{jobs}", "--jobs", jobs,
                                         "--no-cache", "-q"))
                cells.append(f"{wall:7.1f} s {peak:5d} MiB")
            print(f"{size:>10,} {n_chars:>12,} {cells[0]:>18} {cells[1]:>18}")
            shutil.rmtree(folder, ignore_errors=True)

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
