"""Throughput of the full kcextract pipeline against Duckling's Vietnamese money parser.

    pip install -e '.[bench]'
    python benchmarks/throughput.py [corpus/] [--rounds 7]

Both tools read the same documents in the same process, alternating rounds; the
median round is reported as characters per second, with their ratio, kcextract's
start-up time (a fresh interpreter: import, build the pipeline, first document)
and the peak resident memory of this process. The target is a ratio of at least 2
and a start-up under 3 s.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract import extract  # noqa: E402
from kcextract.extract import get_nlp  # noqa: E402
from kcextract.read import read_corpus  # noqa: E402

STARTUP = "import kcextract; kcextract.extract('Kiên Giang triển khai 68 đề án, kinh phí 7.968,6 triệu đồng.')"


def duckling_parser():
    """A callable text -> money entities, or None when the `bench` extra is missing."""
    try:
        import duckling
    except ImportError:
        return None
    zones = duckling.load_time_zones("/usr/share/zoneinfo")
    context = duckling.Context(duckling.get_current_ref_time(zones, "Asia/Ho_Chi_Minh"),
                               duckling.default_locale_lang(duckling.parse_lang("VI")))
    dims = duckling.parse_dimensions(["amount-of-money"])
    return lambda text: duckling.parse(text, context, dims)


def timed(fn, texts) -> float:
    started = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - started


def startup_seconds() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", STARTUP], check=True, cwd=ROOT)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "corpus"))
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    texts = [d.text for d in read_corpus(Path(args.corpus)) if not d.error]
    chars = sum(map(len, texts))
    duck = duckling_parser()
    startup = startup_seconds()
    extract(texts[0])            # build the pipeline and load the models once
    if duck:
        duck(texts[0])
    nlp = get_nlp()

    def figures_only(text):
        with nlp.select_pipes(disable=["kcextract_context"]):
            return nlp(text)

    ours, theirs, figures = [], [], []
    for _ in range(args.rounds):
        ours.append(timed(extract, texts))
        figures.append(timed(figures_only, texts))
        if duck:
            theirs.append(timed(duck, texts))
    ours_cps = chars / statistics.median(ours)
    figures_cps = chars / statistics.median(figures)
    print(f"corpus: {len(texts)} documents, {chars:,} characters, {args.rounds} rounds (median)")
    print(f"kcextract (full pipeline): {ours_cps:12,.0f} chars/s")
    print(f"  without the context step: {figures_cps:11,.0f} chars/s")
    if duck:
        theirs_cps = chars / statistics.median(theirs)
        print(f"duckling amount-of-money:  {theirs_cps:12,.0f} chars/s")
        print(f"ratio kcextract/duckling:  {ours_cps / theirs_cps:12.2f}x  (target >= 2)")
        print(f"  without the context step: {figures_cps / theirs_cps:10.2f}x")
    else:
        print("duckling: not installed (pip install -e '.[bench]')")
    print(f"start-up (import + first document): {startup:.2f} s  (target < 3 s)")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
