"""Many articles at once: a process pool, results in the given order, failures isolated.

One bad article never stops a batch: it becomes a :class:`Result` with an error ``kind`` (the
:attr:`VnnewsError.kind` of what went wrong, ``internal_error`` for a bug, ``worker_crash`` when
the worker process died) and a one-line message. Results come back in the order of the file list
whatever the number of workers, so output is deterministic and a killed run can be resumed.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from .errors import VnnewsError, one_line
from .extractors._achv_pos import load_tagger
from .models import Article
from .options import DEFAULT_OPTIONS, Options
from .pipeline import extract, extract_file
from .tokenize import load_model

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

        >>> Result("a.txt", kind="empty_input_error", message="empty").error_record()
        {'path': 'a.txt', 'kind': 'empty_input_error', 'message': 'empty'}
        """
        return {"path": self.path, "kind": self.kind or "internal_error", "message": self.message or ""}

    def error_line(self) -> str:
        """The failure as one line for a terminal: path, reason, then the kind in brackets.

        >>> Result("a.txt", kind="empty_input_error", message="empty article (no text)").error_line()
        'a.txt: empty article (no text) [empty_input_error]'
        """
        rec = self.error_record()
        return f"{rec['path']}: {rec['message']} [{rec['kind']}]"


def failed(path: str, error: Exception) -> Result:
    """The result of an article that raised ``error`` (the path is not repeated inside the message).

    >>> failed("a.txt", ValueError("a.txt: bad\\nthing")).message
    'ValueError: bad thing'
    """
    message = one_line(str(error)).removeprefix(f"{path}: ")
    if isinstance(error, VnnewsError):
        return Result(path, kind=error.kind, message=message)
    return Result(path, kind="internal_error", message=f"{type(error).__name__}: {message}")


def process_one(path: str, options: Options = DEFAULT_OPTIONS) -> Result:
    """Extract one article file; never raises (except KeyboardInterrupt): failures become error results."""
    try:
        return Result(path, extract_file(path, options=options))
    except Exception as e:  # noqa: BLE001 (a bug must cost one article, not the batch)
        return failed(path, e)


def warm_up(options: Options = DEFAULT_OPTIONS, *, model: bool = False) -> None:
    """Load vocabularies (LexiconError if broken) and, with ``model``, underthesea's models: once, before forking."""
    extract(_WARM_UP_TEXT, options=options)
    if model:
        load_model()
        load_tagger()


def default_workers() -> int:
    """The CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(requested: int | None, files: int) -> int:
    """Workers actually started: never more than the files or the cores (more only queue up and slow down).

    >>> worker_count(None, 1), worker_count(64, 3) <= 3, worker_count(1, 100)
    (1, True, 1)
    """
    return max(1, min(requested or default_workers(), default_workers(), files))


def _worker_init() -> None:
    """Workers leave Ctrl-C and SIGTERM to the parent, which stops them after a clean shutdown."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    """Fork where available: workers inherit the warmed-up models instead of loading them again."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else methods[0])


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_context(), initializer=_worker_init)


def _stop(pool: ProcessPoolExecutor, *, kill: bool) -> None:
    """Shut the pool down; with ``kill`` (an interrupted run) end its workers now and reap them (no zombies).

    A finished run waits for the pool's manager thread: left running, it races interpreter exit and
    CPython prints ``OSError: [Errno 9] Bad file descriptor`` from ``concurrent.futures`` now and then.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public accessor before 3.14
    pool.shutdown(wait=not kill, cancel_futures=True)
    if not kill:
        return
    for p in processes:
        with contextlib.suppress(OSError, ValueError):
            p.kill()
    for p in processes:
        with contextlib.suppress(OSError, ValueError, AssertionError):
            p.join(5)


def _isolated(path: str, options: Options) -> Result:
    """Run one article alone in a fresh worker, to tell the article that kills workers from its neighbours."""
    with _new_pool(1) as pool:
        try:
            return pool.submit(process_one, path, options).result()
        except BrokenProcessPool:
            return Result(path, kind="worker_crash", message="the worker process died on this article")
        except Exception as e:  # noqa: BLE001 (reported per article)
            return failed(path, e)


def _submit(pool: ProcessPoolExecutor, path: str, options: Options) -> Future[Result]:
    """Submit one article; a pool already broken by a dead worker gives a failed future, handled like the rest."""
    try:
        return pool.submit(process_one, path, options)
    except BrokenProcessPool as e:
        broken: Future[Result] = Future()
        broken.set_exception(e)
        return broken


def _pooled(files: Sequence[str], options: Options, workers: int) -> Iterator[Result]:
    """Results in file order from a process pool with bounded in-flight work (the deque is the reorder buffer)."""
    pool = _new_pool(workers)
    pending: deque[tuple[str, Future[Result]]] = deque()
    todo = iter(files)
    window = workers * IN_FLIGHT_PER_WORKER
    finished = False
    try:
        while True:
            while len(pending) < window and (path := next(todo, None)) is not None:
                pending.append((path, _submit(pool, path, options)))
            if not pending:
                finished = True
                return
            path, fut = pending.popleft()
            try:
                yield fut.result()
                continue
            except BrokenProcessPool:
                pass
            except Exception as e:  # noqa: BLE001 (reported per article)
                yield failed(path, e)
                continue
            # A worker died (segfault, killed for memory): redo the unfinished articles one by one.
            _stop(pool, kill=False)
            for p, f in [(path, fut), *pending]:
                done = f.done() and not f.cancelled() and f.exception() is None
                yield f.result() if done else _isolated(p, options)
            pending.clear()
            pool = _new_pool(workers)
    finally:
        _stop(pool, kill=not finished)


def extract_files(
    files: Sequence[str], *, options: Options | None = None, workers: int | None = None
) -> Iterator[Result]:
    """Extract every file, in the given order, with ``workers`` processes (default and cap: the CPU cores)."""
    opts = options or DEFAULT_OPTIONS
    n = worker_count(workers, len(files))
    if n == 1:
        for path in files:
            yield process_one(path, opts)
        return
    warm_up(opts, model=True)
    yield from _pooled(files, opts, n)
