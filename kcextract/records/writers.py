"""Streaming writers for a run's outputs: rows go to temporary files as documents finish, and
`commit()` renames them all into place at the end, so a failed run leaves the previous outputs
whole and no half-written file.

Formats: `jsonl` (mentions.jsonl), `csv` (mentions.csv, documents.csv), `parquet`
(mentions.parquet, documents.parquet, written with pyarrow in row groups: values as exact
decimals, years as two integer columns). A Parquet output of more than `part_rows` rows (a large
run, on a cluster say) is a folder of parts instead of one file: `mentions.parquet/part-00000.parquet`,
... (pandas and pyarrow read the folder as one table; DuckDB reads `mentions.parquet/*.parquet`).
"""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

from . import DOCUMENT_COLUMNS, MENTION_COLUMNS, Mention, TempFile, mention_dict, mention_json, number_text

FORMATS = ("jsonl", "csv", "parquet")
ROW_GROUP = 20_000
PART_ROWS = 1_000_000      # rows of one Parquet file; more make a folder of parts
# exact decimals: money in đồng (up to 10^27), percentages and rates with up to 6 decimals
VALUE_TYPE = (38, 6)


def csv_mention_row(m: Mention) -> list:
    row = mention_dict(m)
    row["value"], row["value_max"] = number_text(m.value), number_text(m.value_max)
    row["years"] = f"{m.years[0]}-{m.years[1]}" if m.years else None
    return list(row.values())


def render_mentions(mentions: list[Mention]) -> tuple[str, str]:
    """The mentions as JSON lines and as CSV rows, exactly as OutputWriter writes them."""
    import io

    rows = io.StringIO()
    csv.writer(rows).writerows(csv_mention_row(m) for m in mentions)
    return "".join(mention_json(m) + "\n" for m in mentions), rows.getvalue()


class OutputWriter:
    """Writes mentions and document rows in the requested formats into `out_dir`."""

    def __init__(self, out_dir: Path, formats: tuple[str, ...] = ("jsonl", "csv"), part_rows: int = PART_ROWS):
        unknown = [f for f in formats if f not in FORMATS]
        if unknown:
            raise ValueError(f"unknown format {unknown[0]!r} (known: {', '.join(FORMATS)})")
        self.out_dir = out_dir
        self.formats = formats
        self.part_rows = part_rows
        self.files: list[TempFile | ParquetParts] = []
        self._pending_mentions: list[Mention] = []
        self._pending_docs: list[dict] = []
        try:
            if "jsonl" in formats:
                self.jsonl = self._open("mentions.jsonl")
            if "csv" in formats:
                self.mentions_csv_file = self._open("mentions.csv").file
                self.mentions_csv = csv.writer(self.mentions_csv_file)
                self.mentions_csv.writerow(MENTION_COLUMNS)
                self.documents_csv = csv.writer(self._open("documents.csv").file)
                self.documents_csv.writerow(DOCUMENT_COLUMNS)
            if "parquet" in formats:
                out_dir.mkdir(parents=True, exist_ok=True)
                self.mentions_pq = ParquetParts(out_dir / "mentions.parquet", mention_schema(), part_rows)
                self.documents_pq = ParquetParts(out_dir / "documents.parquet", document_schema(), part_rows)
                self.files += [self.mentions_pq, self.documents_pq]
        except BaseException:
            self.abort()
            raise

    def _open(self, name: str, binary: bool = False) -> TempFile:
        t = TempFile(self.out_dir / name, binary)
        self.files.append(t)
        return t

    def write(self, document: dict, mentions: list[Mention], rendered: tuple[str, str] | None = None) -> None:
        """`rendered`: the mentions' JSON lines and CSV rows, written already (render_mentions)."""
        if "jsonl" in self.formats:
            if rendered:
                self.jsonl.file.write(rendered[0])
            else:
                self.jsonl.file.writelines(mention_json(m) + "\n" for m in mentions)
        if "csv" in self.formats:
            if rendered:
                self.mentions_csv_file.write(rendered[1])
            else:
                self.mentions_csv.writerows(csv_mention_row(m) for m in mentions)
            self.documents_csv.writerow([_cell(document.get(c)) for c in DOCUMENT_COLUMNS])
        if "parquet" in self.formats:
            self._pending_mentions += mentions
            self._pending_docs.append(document)
            group = min(ROW_GROUP, self.part_rows)
            if len(self._pending_mentions) >= group or len(self._pending_docs) >= group:
                self._flush()

    def _flush(self) -> None:
        if self._pending_mentions:
            self.mentions_pq.write_table(mentions_table(self._pending_mentions))
        if self._pending_docs:
            self.documents_pq.write_table(documents_table(self._pending_docs))
        self._pending_mentions, self._pending_docs = [], []

    def commit(self) -> None:
        try:
            if "parquet" in self.formats:
                self._flush()
            for f in self.files:
                f.close() if isinstance(f, ParquetParts) else f.file.flush()
        except BaseException:
            self.abort()
            raise
        for f in self.files:
            f.commit()

    def abort(self) -> None:
        for f in self.files:
            f.abort()


class ParquetParts:
    """One Parquet output written in parts into a temporary folder beside it; commit() puts the
    single part in place as NAME.parquet, or the folder as NAME.parquet/ when there are several.
    The previous output is replaced only then, whole."""

    def __init__(self, path: Path, schema, part_rows: int = PART_ROWS):
        self.path, self.schema, self.part_rows = path, schema, max(1, part_rows)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
        self.parts: list[Path] = []
        self.writer = None
        self.rows = 0                # in the part being written

    def write_table(self, table) -> None:
        if self.writer is None or self.rows >= self.part_rows:
            self._next_part()
        self.writer.write_table(table)
        self.rows += table.num_rows

    def _next_part(self) -> None:
        import pyarrow.parquet as pq

        if self.writer is not None:
            self.writer.close()
        part = self.folder / f"part-{len(self.parts):05d}.parquet"
        self.parts.append(part)
        self.writer = pq.ParquetWriter(part, self.schema)
        self.rows = 0

    def close(self) -> None:
        if self.writer is None:
            self._next_part()        # no rows: still a file with the schema
        self.writer.close()

    def commit(self) -> None:
        umask = os.umask(0)
        os.umask(umask)
        old = None
        if self.path.exists() or self.path.is_symlink():
            old = self.path.with_name(f".{self.path.name}.old-{os.getpid()}")
            os.replace(self.path, old)
        if len(self.parts) == 1:
            os.replace(self.parts[0], self.path)
            self.folder.rmdir()
        else:
            os.chmod(self.folder, 0o777 & ~umask)          # mkdtemp makes 0700
            os.replace(self.folder, self.path)
        if old is not None:
            shutil.rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()

    def abort(self) -> None:
        if self.writer is not None:
            try:
                self.writer.close()   # before its file goes, or pyarrow complains when it is collected
            except Exception:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)


def _cell(value):
    return "" if value is None else value


def mention_schema():
    import pyarrow as pa

    dec = pa.decimal128(*VALUE_TYPE)
    fields = []
    for name in MENTION_COLUMNS:
        if name in ("value", "value_max"):
            fields.append(pa.field(name, dec))
        elif name in ("start", "end"):
            fields.append(pa.field(name, pa.int64()))
        elif name == "years":
            fields += [pa.field("year_first", pa.int16()), pa.field("year_last", pa.int16())]
        else:
            fields.append(pa.field(name, pa.string()))
    return pa.schema(fields)


def document_schema():
    import pyarrow as pa

    types = {"chars": pa.int64(), "mentions": pa.int64()}
    return pa.schema([pa.field(c, types.get(c, pa.string())) for c in DOCUMENT_COLUMNS])


def _decimal(value) -> Decimal | None:
    if value is None:
        return None
    return Decimal(value).quantize(Decimal(1).scaleb(-VALUE_TYPE[1]))


def mentions_table(mentions: list[Mention]):
    import pyarrow as pa

    schema = mention_schema()
    columns = {f.name: [] for f in schema}
    for m in mentions:
        row = mention_dict(m)
        for name in MENTION_COLUMNS:
            if name in ("value", "value_max"):
                columns[name].append(_decimal(row[name]))
            elif name == "years":
                columns["year_first"].append(m.years[0] if m.years else None)
                columns["year_last"].append(m.years[1] if m.years else None)
            elif name in ("start", "end"):
                columns[name].append(row[name])
            else:
                columns[name].append(None if row[name] is None else str(row[name]))
    return pa.table(columns, schema=schema)


def documents_table(rows: list[dict]):
    import pyarrow as pa

    schema = document_schema()
    return pa.table({c: [r.get(c) for r in rows] for c in DOCUMENT_COLUMNS}, schema=schema)
