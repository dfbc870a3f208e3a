"""A partitioned output folder: parts of JSON Lines, an errors file per part, a manifest, and the merge.

::

    OUT/manifest.json               the plan: every part and the articles it holds, in sorted order
    OUT/part-00000.jsonl            the records of part 0, one line each, in the manifest's order
    OUT/part-00000.errors.jsonl     its failures, {path, kind, message} (empty when none failed)

Each file is written whole under a temporary name and then renamed, errors file first: a part file
that exists is complete and so is its errors file, which is what a rerun trusts to skip it.
``OUT`` is a local folder or an fsspec URL every worker can write to. Needs ``vnnews[dask]`` (fsspec).
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from .batch import dump
from .errors import ArgumentError
from .options import Options
from .pool import Result, counts_of
from .report import Summary

MANIFEST = "manifest.json"
FORMAT = "vnnews-parts/1"


class ManifestError(ArgumentError):
    """An output folder that belongs to another run (other articles or options), or misses parts."""


@dataclass(frozen=True)
class Part:
    """One partition: its number and the articles (as listed) it holds, in order."""

    index: int
    articles: tuple[str, ...]

    @property
    def name(self) -> str:
        """File name of its records."""
        return f"part-{self.index:05d}.jsonl"

    @property
    def errors_name(self) -> str:
        """File name of its failures."""
        return f"part-{self.index:05d}.errors.jsonl"


@dataclass
class PartStats:
    """What one finished part holds, sent back from the worker that wrote it."""

    articles: int = 0
    failed: int = 0
    facts: dict[str, int] = field(default_factory=lambda: {"people": 0, "achievements": 0, "awards": 0})

    def add_to(self, summary: Summary) -> None:
        """Count this part in a run's summary."""
        summary.articles += self.articles
        summary.failed += self.failed
        for k, v in self.facts.items():
            summary.facts[k] = summary.facts.get(k, 0) + v


def plan(articles: Sequence[str], size: int) -> list[Part]:
    """Cut the sorted article list into parts of ``size`` articles (the last may be shorter).

    >>> [(p.name, p.articles) for p in plan(["a", "b", "c"], 2)]
    [('part-00000.jsonl', ('a', 'b')), ('part-00001.jsonl', ('c',))]
    """
    if size < 1:
        raise ValueError(f"partition size must be at least 1, not {size}")
    return [Part(i, tuple(articles[start : start + size])) for i, start in enumerate(range(0, len(articles), size))]


def folder_url(out: str | Path) -> str:
    """``out`` as every process can open it: local folders made absolute, URLs as given.

    >>> folder_url("s3://bucket/run/"), folder_url("/data/run")
    ('s3://bucket/run', '/data/run')
    """
    text = str(out)
    return text.rstrip("/") if "://" in text else os.path.abspath(text)


def _name(path: str) -> str:
    """The last component of an fsspec path.

    >>> _name("/out/part-00000.jsonl"), _name("bucket/out/")
    ('part-00000.jsonl', 'out')
    """
    return path.rstrip("/").rsplit("/", 1)[-1]


def _join(root: str, name: str) -> str:
    return f"{root.rstrip('/')}/{name}"


def write_atomic(out: str, name: str, text: str) -> None:
    """Write ``OUT/name`` whole: to a temporary name first, flushed to disk, then renamed over it."""
    fs, root = url_to_fs(out)
    final, tmp = _join(root, name), _join(root, f".{name}.{uuid.uuid4().hex[:12]}.tmp")
    with fs.open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        if isinstance(fs, LocalFileSystem):  # make it durable before the rename publishes it
            f.flush()
            os.fsync(f.fileno())
    fs.mv(tmp, final)


def _manifest(parts: Sequence[Part], options: Options) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "options": options.model_dump(mode="json"),
        "parts": [{"part": p.name, "errors": p.errors_name, "articles": list(p.articles)} for p in parts],
    }


def prepare(out: str, parts: Sequence[Part], options: Options) -> None:
    """Create ``OUT`` with its manifest, or check that the manifest already there is this run's."""
    fs, root = url_to_fs(out)
    fs.makedirs(root, exist_ok=True)
    wanted = _manifest(parts, options)
    try:
        with fs.open(_join(root, MANIFEST), "r", encoding="utf-8") as f:
            found = json.load(f)
    except FileNotFoundError:
        write_atomic(out, MANIFEST, json.dumps(wanted, ensure_ascii=False, indent=1) + "\n")
        return
    except ValueError as e:
        raise ManifestError(f"{out}/{MANIFEST}: not a vnnews manifest ({e})") from e
    if found != wanted:
        what = "options" if found.get("parts") == wanted["parts"] else "articles or partition size"
        raise ManifestError(f"{out} holds a run with other {what}; rerun with the same ones, or use a new folder")


def read_manifest(out: str) -> list[Part]:
    """The parts ``OUT/manifest.json`` lists, in order."""
    fs, root = url_to_fs(out)
    try:
        with fs.open(_join(root, MANIFEST), "r", encoding="utf-8") as f:
            data = json.load(f)
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {FORMAT!r}")
        return [Part(i, tuple(p["articles"])) for i, p in enumerate(data["parts"])]
    except FileNotFoundError as e:
        raise ManifestError(f"{out}: no {MANIFEST}; not the output folder of a partitioned run") from e
    except (ValueError, KeyError, TypeError) as e:
        raise ManifestError(f"{out}/{MANIFEST}: not a vnnews manifest ({e})") from e


def finished(out: str, parts: Sequence[Part]) -> set[int]:
    """Indexes of the parts already written (their part file exists, so both files are complete)."""
    fs, root = url_to_fs(out)
    names = {_name(path) for path in fs.ls(root, detail=False)}
    return {p.index for p in parts if p.name in names}


def remove_temporaries(out: str) -> int:
    """Remove the temporary files that writers killed before their rename left in ``OUT``; how many."""
    fs, root = url_to_fs(out)
    stale = [p for p in fs.ls(root, detail=False) if re.fullmatch(r"\..+\.[0-9a-f]{12}\.tmp", _name(p))]
    for path in stale:
        fs.rm(path)
    return len(stale)


def write_part(out: str, part: Part, results: Sequence[Result]) -> PartStats:
    """Write one part's records and failures (errors file first, each atomically) and count them."""
    if [r.path for r in results] != list(part.articles):
        raise ValueError(f"{part.name}: results do not match the part's articles")
    stats = PartStats(articles=len(results))
    lines, errors = [], []
    for r in results:
        if r.article is None:
            stats.failed += 1
            errors.append(json.dumps(r.error_record(), ensure_ascii=False) + "\n")
            continue
        lines.append(dump(r.article) + "\n")
        for k, v in counts_of(r.article).items():
            stats.facts[k] += v
    write_atomic(out, part.errors_name, "".join(errors))
    write_atomic(out, part.name, "".join(lines))
    return stats


def _lines(out: str, name: str) -> Iterator[str]:
    fs, root = url_to_fs(out)
    with fs.open(_join(root, name), "r", encoding="utf-8") as f:
        yield from f


def count_failures(out: str) -> int:
    """Failures recorded in the errors files of the parts written so far."""
    parts = read_manifest(out)
    return sum(sum(1 for _ in _lines(out, parts[i].errors_name)) for i in sorted(finished(out, parts)))


@dataclass
class MergeStats:
    """What a merge wrote."""

    parts: int = 0
    records: int = 0
    failures: int = 0


def _check_part(part: Part, records: list[str], errors: list[str]) -> None:
    """Every article of the part is in exactly one of its two files, in order: none lost, none doubled."""
    try:
        done = [json.loads(line)["source"]["path"] for line in records]
        failed = [json.loads(line)["path"] for line in errors]
    except (ValueError, KeyError, TypeError) as e:
        raise ManifestError(f"{part.name}: a line that is not a record or failure ({e})") from e
    whole = all(line.endswith("\n") for line in records + errors)
    if not whole or sorted(done + failed) != sorted(part.articles) or done != sorted(done) or failed != sorted(failed):
        raise ManifestError(f"{part.name}: its records and failures do not match the manifest's articles")


def merge(out: str | Path, output: Path, errors: Path | None = None) -> MergeStats:
    """One JSON Lines file of every record in sorted order (as a process-pool run writes), failures beside it.

    Failures go to ``errors`` (default ``<output>.errors.jsonl``), written only if there are any.
    Each output is written under a temporary name and renamed when complete.
    """
    src = folder_url(out)
    parts = read_manifest(src)
    missing = [p.name for p in parts if p.index not in finished(src, parts)]
    if missing:
        raise ManifestError(f"{src}: {len(missing)} of {len(parts)} parts not written yet ({missing[0]}...); "
                            "run the same extraction again to finish them")
    errors = errors or output.with_name(output.name + ".errors.jsonl")
    stats = MergeStats(parts=len(parts))
    tmp_out, tmp_err = (p.with_name(f".{p.name}.{uuid.uuid4().hex[:12]}.tmp") for p in (output, errors))
    try:
        with tmp_out.open("w", encoding="utf-8") as rec_f, tmp_err.open("w", encoding="utf-8") as err_f:
            for part in parts:
                records, failures = list(_lines(src, part.name)), list(_lines(src, part.errors_name))
                _check_part(part, records, failures)
                rec_f.writelines(records)
                err_f.writelines(failures)
                stats.records += len(records)
                stats.failures += len(failures)
        os.replace(tmp_out, output)
        if stats.failures:
            os.replace(tmp_err, errors)
        else:
            errors.unlink(missing_ok=True)
    finally:
        tmp_out.unlink(missing_ok=True)
        tmp_err.unlink(missing_ok=True)
    return stats
