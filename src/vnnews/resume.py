"""Resuming a JSON Lines output: keep what is complete and unchanged, redo the rest, stay sorted.

A run with an output file also writes ``<output>.inputs.json`` (one line: ``{"options": {...},
"inputs": {path: [size, mtime_ns]}}``): the options records depend on, and the size and
modification time of every input as they were when the run started. ``--resume`` refuses an output
written with other options, keeps each complete record whose input still has that size and time,
cuts a torn last line, and redoes the missing, failed and changed inputs. Records are written in sorted
path order: new results that sort before kept records are merged into a temporary copy that then
replaces the output (``<output>.tmp``), the rest are appended, so an interrupted resume loses no
finished work except, on SIGKILL or power loss, the merged part.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .errors import ArgumentError
from .options import Options

#: One kept record: (source.path, start offset, end offset) of its line in the output.
Kept = tuple[str, int, int]


def state_path(output: Path) -> Path:
    """Where a run keeps its inputs' sizes and times: beside the output."""
    return output.with_name(output.name + ".inputs.json")


def temp_path(output: Path) -> Path:
    """The merge copy that replaces the output when a resume must insert records."""
    return output.with_name(output.name + ".tmp")


def fingerprint(path: str) -> list[int] | None:
    """[size, mtime in ns] of an input, None if it cannot be stat'ed."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def record_options(options: Options) -> dict[str, Any]:
    """The options records depend on (not ``max_bytes``, which only decides which inputs fail)."""
    return options.model_dump(mode="json", exclude={"max_bytes"})


def read_state(output: Path) -> tuple[dict[str, Any] | None, dict[str, list[int]] | None]:
    """(record options, inputs' fingerprints) saved by the run that wrote ``output``; None for what is not there."""
    try:
        data = json.loads(state_path(output).read_text(encoding="utf-8"))
        inputs = {str(k): list(v) for k, v in data["inputs"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None, None
    options = data.get("options")
    return (options if isinstance(options, dict) else None), inputs


def write_state(output: Path, inputs: dict[str, list[int] | None], options: dict[str, Any]) -> None:
    """Save the options and the inputs' fingerprints atomically (a run killed while writing leaves the old file)."""
    path = state_path(output)
    tmp = path.with_name(path.name + ".tmp")
    text = json.dumps({"options": options, "inputs": inputs}, ensure_ascii=False)
    tmp.write_text(text + "\n", encoding="utf-8")
    os.replace(tmp, path)


def kept_records(output: Path) -> list[Kept]:
    """Every complete record in a JSONL output, cutting off a torn or corrupt tail.

    Lines are written whole and in order, so what a killed run leaves is a run of complete records
    and at most one partial line; everything from the first line that is not a complete record is
    removed (and will be done again).
    """
    kept: list[Kept] = []
    good = 0
    try:
        f = output.open("rb")
    except FileNotFoundError:
        return kept
    with f:
        for line in f:
            try:
                if not line.endswith(b"\n"):
                    raise ValueError("torn line")
                path = json.loads(line)["source"]["path"]
                if not isinstance(path, str):
                    raise TypeError("no source.path")
            except (ValueError, TypeError, KeyError):
                break
            kept.append((path, good, good + len(line)))
            good += len(line)
    if output.stat().st_size > good:
        os.truncate(output, good)
    return kept


def resume_output(output: Path) -> set[str]:
    """``source.path`` of every complete record already in ``output`` (repairing a torn tail)."""
    return {path for path, _, _ in kept_records(output)}


@dataclass
class Plan:
    """What a run does with its inputs: which records it keeps, which inputs it (re)does."""

    todo: list[str]
    kept: list[Kept] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    state: dict[str, list[int] | None] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    untracked: bool = False  # records kept without saved fingerprints (changes cannot be seen)

    @property
    def skipped(self) -> int:
        """Inputs already done."""
        return len(self.kept)

    def must_merge(self) -> bool:
        """True when a result must go before a kept record, or a changed record must go: the output is rewritten."""
        return bool(self.changed) or bool(self.kept and self.todo and min(self.todo) < self.kept[-1][0])


def plan(files: list[str], output: Path | None, resume: bool, options: Options) -> Plan:
    """Decide what to keep and what to do, from the output and its saved fingerprints.

    ArgumentError (before the output is touched) when it was written with other record options:
    kept and new records would not match.
    """
    now = {f: fingerprint(f) for f in files}
    opts = record_options(options)
    if not (resume and output is not None):
        return Plan(list(files), state=dict(now), options=opts)
    saved_options, saved = read_state(output)
    if saved_options is not None and saved_options != opts:
        differ = ", ".join(f"{k}={saved_options.get(k)!r}" for k in opts if saved_options.get(k) != opts[k])
        raise ArgumentError(f"{output} was written with other options ({differ}): run without resume to redo it")
    records = kept_records(output)
    changed = sorted({p for p, _, _ in records if p in now and saved is not None and saved.get(p) != now[p]})
    kept = sorted((r for r in records if r[0] not in changed), key=lambda r: r[0])
    done = {p for p, _, _ in kept}
    state: dict[str, list[int] | None] = {p: (saved or {}).get(p) for p in done if p not in now}
    state.update(now)
    todo = [f for f in files if f not in done]
    return Plan(todo, kept, changed, state, opts, bool(records) and saved is None)


class RecordWriter:
    """Writes record lines in path order into an output file, merging with kept records when it must."""

    def __init__(self, output: Path, kept: Iterable[Kept], *, merge: bool, append: bool) -> None:
        self.output = output
        self._pending: deque[Kept] = deque(kept) if merge else deque()
        self._old: BinaryIO | None = output.open("rb") if self._pending else None
        self._merging = self._old is not None
        target = temp_path(output) if self._merging else output
        self._out: BinaryIO = target.open("ab" if append and not self._merging else "wb")

    def write(self, path: str, line: bytes) -> None:
        """Write one record line (kept records that sort before it go first)."""
        self._copy_kept(before=path)
        self._whole(line)

    def _whole(self, data: bytes) -> None:
        """Write and flush ``data``; interrupted half-way (Ctrl-C, SIGTERM), cut it off again: lines stay whole."""
        at = self._out.tell()
        try:
            self._out.write(data)
            self._out.flush()
        except BaseException:
            self._out.seek(at)
            self._out.truncate()
            raise

    def _copy_kept(self, before: str | None) -> None:
        """Copy kept records sorting before ``before`` (all if None); once all are out, go on in place."""
        while self._pending and (before is None or self._pending[0][0] < before):
            _, start, end = self._pending[0]
            assert self._old is not None
            self._old.seek(start)
            self._whole(self._old.read(end - start))
            self._pending.popleft()
        if self._merging and not self._pending:
            self._finish_merge()
            self._out = self.output.open("ab")

    def _finish_merge(self) -> None:
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        if self._old is not None:
            self._old.close()
            self._old = None
        os.replace(temp_path(self.output), self.output)
        self._merging = False

    def close(self) -> None:
        """Write the kept records still pending and close (also after an interruption)."""
        if self._merging:
            self._copy_kept(before=None)
        self._out.close()
