"""How fast the page's API answers one article after start-up.

    python benchmarks/serve_latency.py

Starts `kcextract serve` on 127.0.0.1 (models loaded at start-up), then posts a 5,000-character
article (corpus articles cut to that length) to /api/check and /api/extract, ten times each, and
prints the median and the slowest answer. Target: under 1 s.
"""
from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "kcextract.cli", "serve", "--port", str(port)], cwd=ROOT,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        started = time.perf_counter()
        while True:
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                if time.perf_counter() - started > 60:
                    raise SystemExit("the server did not start")
                time.sleep(0.1)
        print(f"start-up (models loaded): {time.perf_counter() - started:.2f} s")
        texts = [p.read_text(encoding="utf-8")[:5000] for p in sorted((ROOT / "corpus").glob("*.txt"))
                 if len(p.read_text(encoding="utf-8")) >= 5000][:10]
        for route in ("/api/check", "/api/extract"):
            times = []
            for text in texts:
                t = time.perf_counter()
                r = httpx.post(base + route, json={"text": text}, timeout=30)
                r.raise_for_status()
                times.append(time.perf_counter() - t)
            print(f"{route}: {len(texts)} articles of 5,000 characters: median {statistics.median(times):.3f} s, "
                  f"slowest {max(times):.3f} s (target < 1 s)")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
