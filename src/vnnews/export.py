"""Tables analysts can open: a batch output as SQLite, CSV (as Excel opens it) or Parquet.

Five tables (:data:`vnnews._export_tables.TABLES`): ``articles``, ``people``, ``titles``,
``achievements`` and ``awards`` (one row per award and per named recipient), every fact row with
its article id, span and sentence. SQLite adds foreign keys, indexes, a ``sentences`` table with
full-text search (``sentences_fts``, FTS5) and the people index (:mod:`vnnews._export_people`).

Appending is idempotent: an article already exported (same record id and source path) is skipped,
so exporting the same batch twice adds nothing the second time.
"""

from __future__ import annotations

import csv
import sqlite3
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from ._export_people import fold, rebuild_people_index
from ._export_tables import TABLE, TABLES, Record, Row, Table, rows_of
from ._jsonl import is_article, read_records, record_text
from .errors import ArgumentError, InputError, VnnewsError
from .options import DEFAULT_OPTIONS, Options

Format = Literal["sqlite", "csv", "parquet"]
FORMATS: tuple[Format, ...] = ("sqlite", "csv", "parquet")


@dataclass
class ExportSummary:
    """What one export did: articles added, skipped as already there, lines that were not records."""

    added: int = 0
    skipped: int = 0
    not_records: int = 0
    without_text: int = 0  # people and titles of these articles have no sentence (source text not found)
    rows: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        """One line for the end of a run."""
        rows = ", ".join(f"{t.name} {self.rows[t.name]}" for t in TABLES[1:])
        return (f"{self.added} articles added, {self.skipped} already there, {self.not_records} lines skipped "
                f"(not article records); rows added: {rows}")


class _Writer(Protocol):
    def known(self) -> tuple[set[tuple[Any, Any]], set[str], int]: ...  # (record id, path) pairs, ids, last batch
    def write(self, rows: Mapping[str, Sequence[Row]]) -> None: ...
    def close(self) -> None: ...


def _cell(value: Any) -> Any:
    """A value as stored: booleans as 1/0 (SQLite, CSV), everything else as is."""
    return int(value) if isinstance(value, bool) else value


class SqliteWriter:
    """One SQLite file: tables with keys, foreign keys and indexes, FTS5 over sentences, the people index."""

    def __init__(self, path: Path, append: bool) -> None:
        if path.exists() and not append:
            raise FileExistsError(f"{path} exists: append to it (--append), or choose a new file")
        self.conn = sqlite3.connect(path)
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.executescript(schema_sql())
        for t in TABLES:
            self._add_columns(path, t)

    def _add_columns(self, path: Path, t: Table) -> None:
        """Add the columns a table made by an earlier version lacks ('confidence'); refuse one not of vnnews."""
        there = [row[1] for row in self.conn.execute(f'PRAGMA table_info("{t.name}")')]
        if not set(there) <= set(t.names):
            raise ArgumentError(_columns_differ(path, t, there))
        with self.conn:
            for c, kind in t.columns:
                if c not in there:
                    self.conn.execute(f'ALTER TABLE "{t.name}" ADD COLUMN "{c}" {kind}')

    def known(self) -> tuple[set[tuple[Any, Any]], set[str], int]:
        pairs = {(r, p) for r, p in self.conn.execute("SELECT record_id, path FROM articles")}
        ids = {i for (i,) in self.conn.execute("SELECT id FROM articles")}
        (last,) = self.conn.execute("SELECT coalesce(max(batch), 0) FROM articles").fetchone()
        return pairs, ids, int(last)

    def write(self, rows: Mapping[str, Sequence[Row]]) -> None:
        with self.conn:
            for t in TABLES:
                marks, names = ", ".join("?" * len(t.columns)), ", ".join(f'"{c}"' for c in t.names)
                self.conn.executemany(f'INSERT INTO "{t.name}" ({names}) VALUES ({marks})',
                                      ([_cell(r.get(c)) for c in t.names] for r in rows[t.name]))
            self.conn.executemany("INSERT OR IGNORE INTO sentences VALUES (?, ?, ?, ?)", _sentences(rows))
            self.conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
            rebuild_people_index(self.conn)

    def close(self) -> None:
        self.conn.close()


def _sentences(rows: Mapping[str, Sequence[Row]]) -> Iterator[tuple[Any, ...]]:
    for t in TABLES[1:]:
        for r in rows[t.name]:
            if r.get("sentence") is not None:
                yield r["article_id"], r["sentence_start"], r["sentence_end"], r["sentence"]


def _ddl(t: Table) -> str:
    cols = [f'"{c}" {kind}' for c, kind in t.columns]
    cols.append(f"PRIMARY KEY ({', '.join(t.key)})")
    cols += [f"FOREIGN KEY ({', '.join(c)}) REFERENCES {parent} ({', '.join(pc)})" for c, parent, pc in t.parents]
    out = [f'CREATE TABLE IF NOT EXISTS "{t.name}" (\n  ' + ",\n  ".join(cols) + ");"]
    out += [f'CREATE INDEX IF NOT EXISTS "{t.name}_{"_".join(ix)}" ON "{t.name}" ({", ".join(ix)});'
            for ix in t.indexes]
    return "\n".join(out)


def schema_sql() -> str:
    """The SQLite schema: the five tables, sentences with their FTS5 index."""
    sentences = """
CREATE TABLE IF NOT EXISTS sentences (
  article_id TEXT NOT NULL REFERENCES articles (id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, PRIMARY KEY (article_id, start));
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
  text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');"""
    return "\n".join(_ddl(t) for t in TABLES) + sentences


def _claim_folder(folder: Path, ext: str, append: bool) -> None:
    """Create the folder; refuse one that already holds tables unless appending."""
    folder.mkdir(parents=True, exist_ok=True)
    there = [f"{t.name}.{ext}" for t in TABLES if (folder / f"{t.name}.{ext}").exists()]
    if there and not append:
        raise FileExistsError(f"{folder} already holds {', '.join(there)}: append to them (--append), or a new folder")


def _columns_differ(path: Path, t: Table, there: Sequence[str]) -> str:
    """Why an export cannot be appended to: its table has other columns than this version writes."""
    return (f"{path}: cannot append, table {t.name} has the columns {', '.join(there)}; this version writes "
            f"{', '.join(t.names)} (an export made by another vnnews version): export to a new file or folder")


def _csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return next(csv.reader(f), [])


class CsvWriter:
    """One CSV file per table in a folder, comma-separated with CRLF lines as Excel writes them."""

    def __init__(self, folder: Path, append: bool, bom: bool) -> None:
        _claim_folder(folder, "csv", append)
        self.folder, self.bom = folder, bom
        for t in TABLES:  # appended rows must fall under their header
            path = folder / f"{t.name}.csv"
            if path.exists() and (there := _csv_header(path)) != list(t.names):
                raise ArgumentError(_columns_differ(path, t, there))

    def known(self) -> tuple[set[tuple[Any, Any]], set[str], int]:
        path = self.folder / "articles.csv"
        if not path.exists():
            return set(), set(), 0
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        pairs = {(r["record_id"] or None, r["path"] or None) for r in rows}
        return pairs, {r["id"] for r in rows}, max((int(r["batch"]) for r in rows), default=0)

    def write(self, rows: Mapping[str, Sequence[Row]]) -> None:
        for t in TABLES:
            path = self.folder / f"{t.name}.csv"
            new = not path.exists()
            with path.open("a", encoding="utf-8-sig" if new and self.bom else "utf-8", newline="") as f:
                out = csv.writer(f)
                if new:
                    out.writerow(t.names)
                out.writerows([_cell(r.get(c)) for c in t.names] for r in rows[t.name])

    def close(self) -> None:
        pass


class ParquetWriter:
    """One Parquet file per table in a folder (needs pyarrow: ``pip install 'vnnews[parquet]'``)."""

    def __init__(self, folder: Path, append: bool) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError as e:
            raise VnnewsError("Parquet export needs pyarrow: pip install 'vnnews[parquet]'") from e
        _claim_folder(folder, "parquet", append)
        self.folder = folder
        import pyarrow.parquet as pq

        for t in TABLES:
            path = folder / f"{t.name}.parquet"
            if path.exists() and (there := pq.read_schema(path).names) != list(t.names):
                raise ArgumentError(_columns_differ(path, t, there))

    def known(self) -> tuple[set[tuple[Any, Any]], set[str], int]:
        import pyarrow.parquet as pq

        path = self.folder / "articles.parquet"
        if not path.exists():
            return set(), set(), 0
        rows = pq.read_table(path, columns=["id", "record_id", "path", "batch"]).to_pylist()
        return {(r["record_id"], r["path"]) for r in rows}, {r["id"] for r in rows}, max(r["batch"] for r in rows)

    def write(self, rows: Mapping[str, Sequence[Row]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"TEXT": pa.string(), "INTEGER": pa.int64(), "REAL": pa.float64(), "BOOLEAN": pa.bool_()}
        for t in TABLES:
            schema = pa.schema([(c, types[kind]) for c, kind in t.columns])
            table = pa.Table.from_pylist([{c: r.get(c) for c in t.names} for r in rows[t.name]], schema=schema)
            path = self.folder / f"{t.name}.parquet"
            if path.exists():
                table = pa.concat_tables([pq.read_table(path, schema=schema), table])
            pq.write_table(table, path)

    def close(self) -> None:
        pass


def _writer(to: Format, dest: Path, append: bool, bom: bool) -> _Writer:
    if to == "sqlite":
        return SqliteWriter(dest, append)
    if to == "csv":
        return CsvWriter(dest, append, bom)
    if to == "parquet":
        return ParquetWriter(dest, append)
    raise ValueError(f"unknown format {to!r}: choose one of {', '.join(FORMATS)}")


def _key(record: Record, n: int, ids: set[str]) -> str:
    """The article's id in the tables: the record id, made unique when two files share a stem."""
    base = str(record.get("id") or (record.get("source") or {}).get("path") or f"line-{n}")
    key, k = base, 1
    while key in ids:
        k += 1
        key = f"{base}#{k}"
    ids.add(key)
    return key


def export(jsonl: str | Path, to: Format, dest: str | Path, *, append: bool = False, bom: bool = False,
           sentences: bool = True, options: Options = DEFAULT_OPTIONS) -> ExportSummary:
    """Export the records of a JSON Lines batch output to ``dest`` (a SQLite file, or a folder).

    ``append`` adds to an existing export, skipping articles already in it; ``bom`` starts new CSV
    files with a UTF-8 BOM; ``sentences`` reads each source text again to give people and titles
    their sentence (achievements and awards carry theirs in the record).
    """
    jsonl = Path(jsonl)
    writer = _writer(to, Path(dest), append, bom)
    summary = ExportSummary()
    try:
        pairs, ids, batch = writer.known()
        rows: dict[str, list[Row]] = {t.name: [] for t in TABLES}
        for n, record, _problem in read_records(jsonl):
            if record is None or not is_article(record):
                summary.not_records += 1
                continue
            source = (record.get("source") or {}).get("path")
            if (record.get("id"), source) in pairs:
                summary.skipped += 1
                continue
            pairs.add((record.get("id"), source))
            text = _text(record, jsonl.parent, options) if sentences else None
            summary.without_text += text is None
            for name, new in rows_of(_key(record, n, ids), record, text, batch + 1).items():
                rows[name] += new
        summary.added = len(rows["articles"])
        summary.rows.update({name: len(r) for name, r in rows.items()})
        writer.write(rows)
    finally:
        writer.close()
    return summary


def _text(record: Record, base: Path, options: Options) -> str | None:
    try:
        return record_text(record, base, options)
    except InputError:
        return None


def people_index(db: str | Path, name: str | None = None) -> list[dict[str, Any]]:
    """The people index of a SQLite export: each person, every title seen, first and last article.

    ``name`` keeps the people whose name contains it (compared folded: case and tone-mark placement aside).
    """
    if not Path(db).is_file():
        raise InputError(f"{db}: no such database")
    conn = sqlite3.connect(f"file:{Path(db).resolve().as_posix()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in conn.execute("SELECT * FROM people_index ORDER BY person_uid, rowid")]
    except sqlite3.DatabaseError as e:
        raise InputError(f"{db}: not a vnnews export ({e})") from e
    finally:
        conn.close()
    return [r for r in rows if fold(name) in fold(r["name"])] if name else rows


__all__ = ["FORMATS", "TABLE", "TABLES", "ExportSummary", "export", "people_index", "schema_sql"]
