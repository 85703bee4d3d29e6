"""Corpus files -> Documents: text in NFC, metadata, or a one-line error.

Reads, recursively, `.txt` (UTF-8 with or without BOM, UTF-16 with BOM), `.html`/`.htm`
(main text by trafilatura), `.json` (an object, or a list of objects, with `text`) and
`.jsonl` (one object a line). A file's doc_id is its path relative to the corpus
folder without extension, `/`-separated; a JSONL record's is its `id`, else
`<file doc_id>:<line number>`. A file that cannot be read becomes one Document
with `error` set, so that a batch goes on.
"""
from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path
from typing import Iterator

from .records import Document

SUFFIXES = {".txt", ".html", ".htm", ".json", ".jsonl"}
# A `.meta.json` beside a `.txt` carries its metadata (written by `kcextract crawl`).
META_SUFFIX = ".meta.json"


class ReadError(Exception):
    """A file that cannot be read as a document; the message says why, in one line."""


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def decode_text(data: bytes) -> str:
    """UTF-8 (BOM optional) or UTF-16 with BOM; anything else is an error."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ReadError(f"invalid UTF-16 at byte {e.start}") from None
    if b"\x00" in data:
        raise ReadError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError(f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") from None


def html_document(html: str, doc_id: str, path: str) -> Document:
    """The main text of a page, with its title, date and canonical URL (as the crawler reads it)."""
    from .collect.page import article

    page = article(html, "", {})
    text = page.body
    if not text:
        from bs4 import BeautifulSoup

        text = BeautifulSoup(html, "lxml").get_text("\n")
    return Document(doc_id, nfc(text), path, url=page.canonical, title=page.title or None, date=page.date)


def _record_document(obj, doc_id: str, path: str) -> Document:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ReadError("JSON record without a string 'text' field")
    known = {"id", "text", "url", "title", "date", "province"}
    return Document(doc_id, nfc(obj["text"]), path, url=obj.get("url"), title=obj.get("title"),
                    date=obj.get("date"), province=obj.get("province"),
                    meta={k: v for k, v in obj.items() if k not in known})


def doc_id_for(path: Path, root: Path) -> str:
    rel = path.relative_to(root) if path != root else Path(path.name)
    return rel.with_suffix("").as_posix()


MAX_FILE_BYTES = 100 * 2**20     # a file larger than this is refused, in one line


def read_file(path: Path, root: Path, max_bytes: int | None = None) -> Iterator[Document]:
    """The documents of one file; errors come back as Documents with `error` set. A file over
    `max_bytes` (default MAX_FILE_BYTES) is one error row."""
    doc_id = doc_id_for(path, root)
    shown = str(path)
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise ReadError(f"too large ({size:,} bytes; the limit is {limit:,})")
        data = path.read_bytes()
        sidecar = path.with_name(path.stem + META_SUFFIX)
        meta = json.loads(sidecar.read_text(encoding="utf-8")) if path.suffix.lower() == ".txt" and sidecar.exists() else None
    except (OSError, ReadError, json.JSONDecodeError, UnicodeDecodeError) as e:
        yield Document(doc_id, "", shown, error=_message(e))
        return
    yield from documents_from_bytes(data, path.suffix.lower(), doc_id, shown, meta)


def documents_from_bytes(data: bytes, suffix: str, doc_id: str, shown: str, meta: dict | None = None
                         ) -> Iterator[Document]:
    """The documents of a file's bytes (from disk, or from any file system fsspec reaches)."""
    try:
        if suffix == ".txt":
            doc = Document(doc_id, nfc(decode_text(data)), shown)
            if meta:
                for key in ("url", "title", "date", "province"):
                    setattr(doc, key, meta.get(key))
                doc.meta = {k: v for k, v in meta.items() if k not in ("url", "title", "date", "province")}
            yield doc
        elif suffix in (".html", ".htm"):
            yield html_document(decode_html(data), doc_id, shown)
        elif suffix == ".json":
            obj = json.loads(decode_text(data))
            if isinstance(obj, list):
                for i, item in enumerate(obj, 1):
                    yield _record_document(item, str(item.get("id") or f"{doc_id}:{i}") if isinstance(item, dict) else f"{doc_id}:{i}", shown)
            else:
                yield _record_document(obj, str(obj.get("id") or doc_id) if isinstance(obj, dict) else doc_id, shown)
        elif suffix == ".jsonl":
            for n, line in enumerate(decode_text(data).splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    rid = str(obj["id"]) if isinstance(obj, dict) and obj.get("id") is not None else f"{doc_id}:{n}"
                    yield _record_document(obj, rid, shown)
                except (json.JSONDecodeError, ReadError) as e:
                    yield Document(f"{doc_id}:{n}", "", shown, error=f"line {n}: {_message(e)}")
        else:
            raise ReadError(f"unsupported file type {suffix or '(none)'}")
    except (OSError, ReadError, json.JSONDecodeError, UnicodeDecodeError) as e:
        yield Document(doc_id, "", shown, error=_message(e))


def decode_html(data: bytes) -> str:
    """HTML bytes to text, honouring a declared charset (meta tag or BOM)."""
    from .collect.page import decode

    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("binary file (NUL bytes), not HTML")
    return decode(data)


def _message(e: Exception) -> str:
    if isinstance(e, json.JSONDecodeError):
        return f"invalid JSON ({e.msg} at line {e.lineno} column {e.colno})"
    if isinstance(e, OSError):
        return f"cannot read ({e.strerror or e})"
    return str(e)


def corpus_files(root: Path) -> list[Path]:
    """The readable files under `root` (or `root` itself), in a stable order."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.endswith(META_SUFFIX)
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))


def read_corpus(root: Path) -> Iterator[Document]:
    base = root.parent if root.is_file() else root
    for path in corpus_files(root):
        yield from read_file(path, base)
