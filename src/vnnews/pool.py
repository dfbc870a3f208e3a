"""Many articles at once: a process pool, results in the given order, failures isolated.

One bad article never stops a batch: it becomes a :class:`Result` with an error ``kind`` (the
:attr:`VnnewsError.kind` of what went wrong, ``internal_error`` for a bug, ``worker_crash`` when
the worker process died) and a one-line message. Results come back in the order of the file list
whatever the number of workers, so output is deterministic and a killed run can be resumed.

A worker takes a few articles at a time (:data:`CHUNK`) and sends each record back as its JSON
text with its fact counts: every task costs the parent a round trip through the pool's queues and
futures, and a pickled record costs three times its JSON to read. The parent reads the JSON back into
the same record only when ``Result.article`` is asked for; the CLI writes the text as it came and
counts the facts from the counts sent (the parent shares the cores with the workers).
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

from pydantic import ValidationError

from .errors import VnnewsError, one_line
from .extractors._achv_tags import load_tagger
from .models import Article
from .options import DEFAULT_OPTIONS, Options
from .pipeline import extract, extract_file
from .tokenize import load_model

#: Tasks handed to the pool ahead of the one being written, per worker (bounds memory).
IN_FLIGHT_PER_WORKER = 4
#: Most articles in one task (fewer in small batches, so that every worker gets some).
CHUNK = 8
_WARM_UP_TEXT = "Phó Chủ tịch UBND tỉnh Nguyễn Văn An trao 25 Bằng khen cho 10 tập thể, đạt 95,5%."


class Result:
    """One article's outcome: its record, or the reason it has none.

    A record a pool worker sent back is kept as its JSON text and read into an :class:`Article` when
    ``article`` is first asked for: a writer of JSON Lines (:meth:`record_json`) and the summary's
    counts (:meth:`fact_counts`) never need it read, so the parent process, which shares the cores
    with the workers, does not parse every record.

    >>> Result("a.txt", kind="empty_input_error", message="empty")
    Result(path='a.txt', article=None, kind='empty_input_error', message='empty')
    """

    __slots__ = ("_article", "_counts", "_json", "_options", "kind", "message", "path")
    __match_args__ = ("path", "article", "kind", "message")

    def __init__(
        self, path: str, article: Article | None = None, kind: str | None = None, message: str | None = None
    ) -> None:
        self.path, self.kind, self.message = path, kind, message
        self._article = article
        self._json: str | None = None
        self._counts: dict[str, int] | None = None
        self._options = DEFAULT_OPTIONS

    @classmethod
    def sent(cls, path: str, record_json: str, counts: dict[str, int], options: Options) -> Result:
        """A record a worker sent as JSON text, with its fact counts; read on first use."""
        r = cls(path)
        r._json, r._counts, r._options = record_json, counts, options
        return r

    @property
    def article(self) -> Article | None:
        """The record (read from the worker's JSON text the first time; redone here in the rare case it differs)."""
        if self._article is None and self._json is not None:
            try:
                self._article = Article.model_validate_json(self._json)
            except ValidationError:  # pragma: no cover - a value JSON writes otherwise (inf): extract it here
                redone = process_one(self.path, self._options)
                self._article, self.kind, self.message = redone.article, redone.kind, redone.message
            self._json = None
        return self._article

    @property
    def ok(self) -> bool:
        """True when the article was extracted."""
        return self._json is not None or self.article is not None

    def record_json(self, indent: int | None = None) -> str | None:
        """The record as JSON text (as ``article.model_dump_json(indent=indent)``), None when there is none."""
        if indent is None and self._json is not None:
            return self._json
        article = self.article
        return None if article is None else article.model_dump_json(indent=indent)

    def fact_counts(self) -> dict[str, int] | None:
        """How many facts of each kind the record holds (None without a record)."""
        if self._counts is not None and self._json is not None:
            return dict(self._counts)
        return None if self.article is None else counts_of(self.article)

    def __repr__(self) -> str:
        shown = f"<JSON, {len(self._json)} chars>" if self._json is not None else repr(self._article)  # no parse
        return f"Result(path={self.path!r}, article={shown}, kind={self.kind!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Result):
            return NotImplemented
        mine, theirs = (self.path, self.article, self.kind), (other.path, other.article, other.kind)
        return mine == theirs and self.message == other.message

    __hash__ = None  # type: ignore[assignment]

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


def counts_of(article: Article) -> dict[str, int]:
    """How many facts of each kind a record holds (for the summary line)."""
    return {"people": len(article.people), "achievements": len(article.achievements), "awards": len(article.awards)}


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


#: A result as a worker sends it: path, record as JSON text (or the record itself if it has none), kind, message,
#: and the record's fact counts.
_Packed = tuple[str, str | Article | None, str | None, str | None, dict[str, int] | None]


def _pack(result: Result) -> _Packed:
    """A worker's result made cheap to send: the record as its JSON text, with its fact counts."""
    article = result.article
    if article is None:
        return result.path, None, result.kind, result.message, None
    try:
        return result.path, article.model_dump_json(), None, None, counts_of(article)
    except ValueError:  # pragma: no cover - a record JSON cannot hold: sent as it is
        return result.path, article, None, None, None


def _unpack(packed: _Packed, options: Options) -> Result:
    """The worker's result again: the record kept as its JSON text, read when first asked for (:class:`Result`)."""
    path, record, kind, message, counts = packed
    if isinstance(record, str) and counts is not None:
        return Result.sent(path, record, counts, options)
    return Result(path, record if isinstance(record, Article) else None, kind, message)


def process_chunk(paths: Sequence[str], options: Options = DEFAULT_OPTIONS) -> list[_Packed]:
    """A worker's task: each article of ``paths``, packed to send back."""
    return [_pack(process_one(path, options)) for path in paths]


def chunk_size(files: int, workers: int) -> int:
    """Articles per task: CHUNK, or fewer so that each worker gets about IN_FLIGHT_PER_WORKER tasks.

    >>> chunk_size(2000, 2), chunk_size(11, 2), chunk_size(3, 2)
    (8, 2, 1)
    """
    return max(1, min(CHUNK, -(-files // (workers * IN_FLIGHT_PER_WORKER))))


def _submit(pool: ProcessPoolExecutor, paths: Sequence[str], options: Options) -> Future[list[_Packed]]:
    """Submit one task; a pool already broken by a dead worker gives a failed future, handled like the rest."""
    try:
        return pool.submit(process_chunk, paths, options)
    except BrokenProcessPool as e:
        broken: Future[list[_Packed]] = Future()
        broken.set_exception(e)
        return broken


def _pooled(files: Sequence[str], options: Options, workers: int) -> Iterator[Result]:
    """Results in file order from a process pool with bounded in-flight work (the deque is the reorder buffer)."""
    pool = _new_pool(workers)
    pending: deque[tuple[Sequence[str], Future[list[_Packed]]]] = deque()
    size = chunk_size(len(files), workers)
    todo = (files[i : i + size] for i in range(0, len(files), size))
    window = workers * IN_FLIGHT_PER_WORKER
    finished = False
    try:
        while True:
            while len(pending) < window and (paths := next(todo, None)) is not None:
                pending.append((paths, _submit(pool, paths, options)))
            if not pending:
                finished = True
                return
            paths, fut = pending.popleft()
            try:
                packed = fut.result()
            except BrokenProcessPool:
                pass
            except Exception as e:  # noqa: BLE001 (reported per article)
                yield from (failed(path, e) for path in paths)
                continue
            else:
                yield from (_unpack(p, options) for p in packed)
                continue
            # A worker died (segfault, killed for memory): redo the unfinished articles one by one.
            _stop(pool, kill=False)
            for ps, f in [(paths, fut), *pending]:
                if f.done() and not f.cancelled() and f.exception() is None:
                    yield from (_unpack(p, options) for p in f.result())
                else:
                    yield from (_isolated(p, options) for p in ps)
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
