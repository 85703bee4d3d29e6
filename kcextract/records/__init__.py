"""Mention and Document records, and the writers for a run's output.

Field names are those of ANNOTATION.md, so gold, output and scorer speak the same
words. Values stay `Decimal` up to the file: JSON numbers are written from the
Decimal's own digits, so `7.968,6 triệu đồng` is 7968600000 and never 7968599999.9.
Every file is written to a temporary name in the same folder, then renamed (writers.py streams
a run's outputs that way; cache.py keeps earlier results).
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable



@dataclass
class Mention:
    doc_id: str
    start: int
    end: int
    text: str
    type: str
    value: Decimal
    value_max: Decimal | None = None
    unit: str | None = None
    qualifier: str = "exact"
    per: str | None = None
    status: str | None = None
    relation: str | None = None
    funding: str | None = None
    province: str | None = None
    province_2025: str | None = None
    years: list[int] | None = None
    indicator: str | None = None
    activity: str | None = None
    sentence: str | None = None


MENTION_COLUMNS = [f.name for f in fields(Mention)]


@dataclass
class Document:
    id: str
    text: str
    path: str = ""
    url: str | None = None
    title: str | None = None
    date: str | None = None
    province: str | None = None
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


DOCUMENT_COLUMNS = ["doc_id", "path", "chars", "mentions", "error", "title", "date", "province", "url"]


def number_text(value: Decimal | int | None) -> str | None:
    """A Decimal as plain digits: 7968600000, 33.16 (no exponent, no trailing zeros)."""
    if value is None:
        return None
    d = Decimal(value)
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    text = format(d.normalize(), "f")
    return text


def _json_field(value: Any) -> str:
    if value is None:
        return "null"
    if type(value) is str:
        return _encode_string(value)       # what json.dumps(value, ensure_ascii=False) writes, without its set-up
    if isinstance(value, Decimal):
        return number_text(value)
    if type(value) is int:
        return str(value)
    return json.dumps(value, ensure_ascii=False)


_encode_string = json.encoder.encode_basestring


def mention_dict(m: Mention) -> dict[str, Any]:
    """The mention's fields as a dict (a shallow copy: dataclasses.asdict deep-copies every
    field, which made writing cost as much as extracting on a large run)."""
    return {c: getattr(m, c) for c in MENTION_COLUMNS}


_JSON_KEYS = [(c, json.dumps(c) + ": ") for c in MENTION_COLUMNS]


def mention_json(m: Mention) -> str:
    """One JSON line, numbers written exactly from their Decimal digits."""
    return "{" + ", ".join(key + _json_field(getattr(m, c)) for c, key in _JSON_KEYS) + "}"


def mentions_frame(mentions: Iterable[Mention]):
    """A DataFrame of mentions; `value` and `value_max` keep their Decimal objects."""
    import pandas as pd

    rows = [mention_dict(m) for m in mentions]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


class TempFile:
    """A temporary file beside `path`, renamed onto it by commit() or removed by abort()."""

    def __init__(self, path: Path, binary: bool = False):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)         # mkstemp makes 0600; outputs are ordinary files
        self.file = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.file.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.file.closed:
            self.file.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def atomic_write(path: Path, write) -> None:
    """Call `write(file)` on a temporary file beside `path`, then rename it into place."""
    temp = TempFile(path)
    try:
        write(temp.file)
        temp.commit()
    except BaseException:
        temp.abort()
        raise
