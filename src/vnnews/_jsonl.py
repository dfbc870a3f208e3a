"""Reading a batch output back: its records as plain data, and the text each record was made from.

Records stay dicts so that outputs of other vnnews versions (with or without ``dates``, ``text``,
``published``) read alike; error lines (``{path, kind, message}``) come back as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .errors import InputError
from .options import DEFAULT_OPTIONS, Options
from .reader import read_article

Record = Mapping[str, Any]


def read_records(jsonl: str | Path) -> Iterator[tuple[int, Record | None, str | None]]:
    """(line number, record or None, problem) for each non-blank line of a JSON Lines file."""
    with Path(jsonl).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as e:
                yield n, None, f"line {n}: not JSON ({e.msg})"
                continue
            yield (n, value, None) if isinstance(value, dict) else (n, None, f"line {n}: not a record")


def is_article(record: Record) -> bool:
    """True for an article record, False for an errors-file line or anything else.

    >>> is_article({"people": []}), is_article({"path": "a.txt", "kind": "empty_input_error", "message": ""})
    (True, False)
    """
    return "people" in record and "kind" not in record


def record_text(record: Record, base: Path | None = None, options: Options = DEFAULT_OPTIONS) -> str:
    """The text a record was made from: its own ``text`` field, else its source file read again.

    A relative source path is tried as given, then beside ``base`` (the JSONL file's folder).
    The leading BOM, which spans do not count, is removed.
    """
    if isinstance(record.get("text"), str):
        return str(record["text"]).removeprefix("\ufeff")
    path = (record.get("source") or {}).get("path")
    if not path or path == "<stdin>":
        raise InputError(f"record {record.get('id')!r} has no text and no source file to read it from")
    candidates = [Path(path)] + ([base / path] if base is not None and not Path(path).is_absolute() else [])
    for candidate in candidates:
        if candidate.is_file():
            return read_article(candidate, options)[0].removeprefix("\ufeff")
    raise InputError(f"{path}: source file not found (record {record.get('id')!r})")
