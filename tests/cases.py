"""The case tables in tests/cases/*.yaml, one shape and one loader.

Each file maps a bucket to its rows, ``{bucket: [{id, text, expect, ...}]}``; what ``expect`` holds is
the table's own (its header says). Buckets, as in scrapinghub/price-parser:

- ``dev``: forms from the articles the rules were written on;
- ``new``: written forms and features added on purpose;
- ``bugs_caught``: forms a blind set or the corpus showed missing (each once a failure);
- ``negative``: texts that must give nothing (or null);
- ``xfail``: known failures, run with ``xfail(strict=True)`` so that a fix that makes one pass is
  noticed (then move the row to its bucket).

Any other bucket name is allowed; ids are unique within a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

CASES = Path(__file__).resolve().parent / "cases"
XFAIL = "xfail"

Case = dict[str, Any]


def load(name: str, folder: Path = CASES) -> dict[str, list[Case]]:
    """The buckets of ``tests/cases/<name>.yaml``, checked for the one shape."""
    path = folder / f"{name}.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(table, dict) or not all(isinstance(rows, list) for rows in table.values()):
        raise ValueError(f"{path}: expected {{bucket: [rows]}}")
    seen: set[str] = set()
    for bucket, rows in table.items():
        for row in rows:
            missing = {"id", "text", "expect"} - set(row)
            if missing:
                raise ValueError(f"{path}: a row of {bucket!r} ({row.get('id')}) lacks {sorted(missing)}")
            if row["id"] in seen:
                raise ValueError(f"{path}: id {row['id']!r} twice")
            seen.add(row["id"])
    return table


def rows(name: str, folder: Path = CASES) -> list[Case]:
    """Every row of a table, bucket by bucket."""
    return [row for bucket in load(name, folder).values() for row in bucket]


def params(name: str, folder: Path = CASES) -> list[Any]:
    """One ``pytest.param(case)`` per row, id ``bucket:id``; rows of the xfail bucket must fail (strict)."""
    return [
        pytest.param(row, id=f"{bucket}:{row['id']}", marks=[pytest.mark.xfail(strict=True)] if bucket == XFAIL else [])
        for bucket, bucket_rows in load(name, folder).items()
        for row in bucket_rows
    ]
