"""Many articles at once: files in sorted order, a process pool, results in order, failures isolated.

One bad article never stops a batch: it becomes a :class:`Result` with an error ``kind`` (the
:attr:`VnnewsError.kind` of what went wrong, ``internal_error`` for a bug, ``worker_crash`` when
the worker process died) and a one-line message. Results come back in the order of the sorted
file list whatever the number of workers, so JSONL output is deterministic and a killed run can be
resumed from what its output already holds (:func:`resume_output`).
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .errors import VnnewsError, one_line
from .models import Article
from .options import DEFAULT_OPTIONS, Options
from .pipeline import extract, extract_file

#: Articles handed to the pool ahead of the one being written, per worker (bounds memory).
IN_FLIGHT_PER_WORKER = 4
_WARM_UP_TEXT = "Phó Chủ tịch UBND tỉnh Nguyễn Văn An trao 25 Bằng khen cho 10 tập thể, đạt 95,5%."


@dataclass(frozen=True)
class Result:
    """One article's outcome: its record, or the reason it has none."""

    path: str
    article: Article | None = None
    kind: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        """True when the article was extracted."""
        return self.article is not None

    def error_record(self) -> dict[str, str]:
        """The ``{path, kind, message}`` entry written to the errors file.

        >>> Result("a.txt", kind="empty_input_error", message="a.txt: empty").error_record()
        {'path': 'a.txt', 'kind': 'empty_input_error', 'message': 'a.txt: empty'}
        """
        return {"path": self.path, "kind": self.kind or "internal_error", "message": self.message or ""}


def _internal_error(path: str, e: Exception) -> Result:
    """An unexpected exception, reported against its article only."""
    return Result(path, kind="internal_error", message=one_line(f"{type(e).__name__}: {e}"))


def process_one(path: str, options: Options = DEFAULT_OPTIONS) -> Result:
    """Extract one article file; never raises (except KeyboardInterrupt): failures become error results."""
    try:
        return Result(path, extract_file(path, options=options))
    except VnnewsError as e:
        return Result(path, kind=e.kind, message=one_line(str(e)))
    except Exception as e:  # noqa: BLE001 (a bug must cost one article, not the batch)
        return _internal_error(path, e)


def warm_up(options: Options = DEFAULT_OPTIONS) -> None:
    """Load models and vocabularies once (before forking workers, so they share them); LexiconError if broken."""
    extract(_WARM_UP_TEXT, options=options)


def default_workers() -> int:
    """The CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def collect_files(paths: Iterable[str | Path], glob: str = "*.txt") -> list[str]:
    """Article files under ``paths`` (folders searched recursively for ``glob``), sorted, each once.

    A path that is not a folder is kept as given even if it does not exist, so that reading it
    reports the problem. Symbolic links to folders are followed once (loops are not re-entered);
    a broken or looping link to a file is kept, to be reported.
    """
    found: set[str] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found.update(_walk(p, glob, set()))
        else:
            found.add(str(p))
    return sorted(found)


def _walk(folder: Path, glob: str, seen: set[tuple[int, int]]) -> Iterator[str]:
    """Files matching ``glob`` under ``folder``, not entering any folder twice."""
    try:
        st = folder.stat()
        if (st.st_dev, st.st_ino) in seen:
            return
        seen.add((st.st_dev, st.st_ino))
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir():
                yield from _walk(Path(entry.path), glob, seen)
            elif fnmatch.fnmatch(entry.name, glob) and (entry.is_file() or entry.is_symlink()):
                yield entry.path
        except OSError:  # a link we cannot even stat: report it as an article
            if fnmatch.fnmatch(entry.name, glob):
                yield entry.path


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the batch cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    """Fork where available: workers inherit the warmed-up models instead of loading them again."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else methods[0])


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_context(), initializer=_ignore_sigint)


def _isolated(path: str, options: Options) -> Result:
    """Run one article alone in a fresh worker, to tell the article that kills workers from its neighbours."""
    with _new_pool(1) as pool:
        try:
            return pool.submit(process_one, path, options).result()
        except BrokenProcessPool:
            return Result(path, kind="worker_crash", message="the worker process died on this article")
        except Exception as e:  # noqa: BLE001 (reported per article)
            return _internal_error(path, e)


def _submit(pool: ProcessPoolExecutor, path: str, options: Options) -> Future[Result]:
    """Submit one article; a pool already broken by a dead worker gives a failed future, handled like the rest."""
    try:
        return pool.submit(process_one, path, options)
    except BrokenProcessPool as e:
        failed: Future[Result] = Future()
        failed.set_exception(e)
        return failed


def _pooled(files: Sequence[str], options: Options, workers: int) -> Iterator[Result]:
    """Results in file order from a process pool with bounded in-flight work (the deque is the reorder buffer)."""
    pool = _new_pool(workers)
    pending: deque[tuple[str, Future[Result]]] = deque()
    todo = iter(files)
    window = workers * IN_FLIGHT_PER_WORKER
    try:
        while True:
            while len(pending) < window and (path := next(todo, None)) is not None:
                pending.append((path, _submit(pool, path, options)))
            if not pending:
                return
            path, fut = pending.popleft()
            try:
                yield fut.result()
                continue
            except BrokenProcessPool:
                pass
            except Exception as e:  # noqa: BLE001 (reported per article)
                yield _internal_error(path, e)
                continue
            # A worker died (segfault, killed for memory): redo the unfinished articles one by one.
            pool.shutdown(wait=False, cancel_futures=True)
            for p, f in [(path, fut), *pending]:
                finished = f.done() and not f.cancelled() and f.exception() is None
                yield f.result() if finished else _isolated(p, options)
            pending.clear()
            pool = _new_pool(workers)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def extract_files(
    files: Sequence[str], *, options: Options | None = None, workers: int | None = None
) -> Iterator[Result]:
    """Extract every file, in the given order, with ``workers`` processes (default: all cores)."""
    opts = options or DEFAULT_OPTIONS
    n = min(workers or default_workers(), max(1, len(files)))
    if n == 1:
        for path in files:
            yield process_one(path, opts)
        return
    warm_up(opts)
    yield from _pooled(files, opts, n)


def extract_folder(
    paths: Iterable[str | Path] | str | Path,
    *,
    options: Options | None = None,
    workers: int | None = None,
    glob: str = "*.txt",
) -> Iterator[Result]:
    """Extract every article under ``paths`` (folders and files), yielding results sorted by path.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "b.txt").write_text("Ông Nguyễn Văn An dự.", encoding="utf-8")
    >>> _ = (d / "a.txt").write_text("  ", encoding="utf-8")
    >>> [(pathlib.Path(r.path).name, r.ok, r.kind) for r in extract_folder(d, workers=1)]
    [('a.txt', False, 'empty_input_error'), ('b.txt', True, None)]
    """
    items = [paths] if isinstance(paths, (str, Path)) else paths
    return extract_files(collect_files(items, glob), options=options, workers=workers)


def resume_output(output: Path) -> set[str]:
    """``source.path`` of every record already in a JSONL output, cutting off a torn or corrupt tail.

    Lines are written whole and in order, so what a killed run leaves is a run of complete records
    and at most one partial line; everything from the first line that is not a complete record is
    removed (and will be done again).
    """
    done: set[str] = set()
    good = 0
    try:
        f = output.open("rb")
    except FileNotFoundError:
        return done
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
            done.add(path)
            good += len(line)
    if output.stat().st_size > good:
        os.truncate(output, good)
    return done


def fact_counts(article: Article) -> dict[str, int]:
    """How many facts of each kind a record holds (for the summary line)."""
    return {"people": len(article.people), "achievements": len(article.achievements), "awards": len(article.awards)}


@dataclass
class Summary:
    """Counts of a batch run, for the closing line on stderr."""

    articles: int = 0
    failed: int = 0
    skipped: int = 0
    facts: dict[str, int] = field(default_factory=lambda: {"people": 0, "achievements": 0, "awards": 0})
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0

    def add(self, result: Result) -> None:
        """Count one result."""
        self.articles += 1
        if result.article is None:
            self.failed += 1
            return
        for k, v in fact_counts(result.article).items():
            self.facts[k] += v

    def line(self) -> str:
        """One human-readable line: articles, facts, failures, time.

        >>> s = Summary(articles=3, failed=1, seconds=2.0)
        >>> s.line()
        '3 articles: 2 ok, 1 failed; 0 facts (people 0, achievements 0, awards 0); 2.0 s, 1.5 articles/s'
        """
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        kinds = ", ".join(f"{k} {v}" for k, v in self.facts.items())
        skipped = f" ({self.skipped} already done)" if self.skipped else ""
        return (
            f"{self.articles} articles{skipped}: {self.articles - self.failed} ok, {self.failed} failed; "
            f"{sum(self.facts.values())} facts ({kinds}); {self.seconds:.1f} s, {rate:.1f} articles/s"
        )


def dump(article: Article, indent: int | None = None) -> str:
    """One record as JSON text (UTF-8 characters kept, not escaped)."""
    return article.model_dump_json(indent=indent)


def write_results(
    results: Iterable[Result],
    out: TextIO,
    on_error: Callable[[Result], None],
    on_result: Callable[[Result], None] | None = None,
    summary: Summary | None = None,
) -> Summary:
    """Write records as JSONL, one flushed line each, send failures to ``on_error``; return the counts."""
    summary = summary or Summary()
    try:
        for result in results:
            summary.add(result)
            if result.article is not None:
                out.write(dump(result.article) + "\n")
                out.flush()
            else:
                on_error(result)
            if on_result is not None:
                on_result(result)
    finally:
        summary.seconds = time.perf_counter() - summary.started
        with contextlib.suppress(Exception):  # the results iterator may be a generator left open
            close = getattr(results, "close", None)
            if close is not None:
                close()
    return summary
