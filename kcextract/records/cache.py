"""The results of earlier runs, so that a rerun over a grown corpus extracts only what is new.

`OUT/.kcextract-cache/results.sqlite` maps a key (the SHA-256 of the extractor's version, the
document's id, metadata and text) to its document row and mentions, stored as exact JSON. The
extractor's version is the hash of kcextract's own code and data files, so any change to a rule
or a gazetteer makes every entry stale.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from . import Document, Mention, mention_json

CACHE_DIR = ".kcextract-cache"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of every code and data file of the installed kcextract package."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".csv", ".json", ".txt") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def document_key(doc: Document) -> str:
    h = hashlib.sha256()
    for part in (extractor_version(), doc.id, doc.path, doc.title or "", doc.date or "", doc.province or "",
                 doc.url or "", doc.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class ResultCache:
    def __init__(self, out_dir: Path, enabled: bool = True):
        self.enabled = enabled
        self.db = None
        if enabled:
            path = out_dir / CACHE_DIR / "results.sqlite"
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path)
            self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, row TEXT, mentions TEXT)")

    def get(self, key: str) -> tuple[dict, list[Mention]] | None:
        if not self.db:
            return None
        found = self.db.execute("SELECT row, mentions FROM results WHERE key = ?", (key,)).fetchone()
        if not found:
            return None
        rows = json.loads(found[1], parse_float=Decimal, parse_int=Decimal)
        mentions = []
        for r in rows:
            r["start"], r["end"] = int(r["start"]), int(r["end"])
            if r.get("years"):
                r["years"] = [int(y) for y in r["years"]]
            mentions.append(Mention(**r))
        return json.loads(found[0]), mentions

    def put(self, key: str, row: dict, mentions: list[Mention]) -> None:
        if self.db:
            self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                            (key, json.dumps(row, ensure_ascii=False),
                             "[" + ",".join(mention_json(m) for m in mentions) + "]"))

    def close(self) -> None:
        if self.db:
            self.db.commit()
            self.db.close()
