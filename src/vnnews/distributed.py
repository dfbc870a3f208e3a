"""The folder run on a Dask cluster: the same records and failures as the process pool, written as parts.

Articles (paths, globs, fsspec URLs, archives: :mod:`vnnews.sources`) are listed once, sorted and
cut into parts (:mod:`vnnews.parts`); each part is one Dask task that extracts its articles and
writes ``OUT/part-NNNNN.jsonl`` and its errors file atomically. A rerun skips the parts already
written. A worker that dies mid-part (killed, out of memory, a crash in native code) has its part
retried by the scheduler (``distributed.scheduler.allowed-failures`` times); a part that keeps
killing workers is redone one article at a time, and the article that still kills its worker
becomes a ``worker_crash`` failure, as in the process pool. ``vnnews.parts.merge`` then gives the one
sorted file a process-pool run writes. Needs the optional extra ``vnnews[dask]``.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin, as_completed
from distributed.worker import Worker

from . import batch
from .batch import LOCAL_CLUSTER, RunSettings
from .errors import ArgumentError
from .inputs import ARTICLE_GLOBS, check_lexicon_dirs
from .options import DEFAULT_OPTIONS, Options
from .parts import (
    Part,
    PartStats,
    count_failures,
    finished,
    folder_url,
    plan,
    prepare,
    remove_temporaries,
    write_part,
)
from .pool import Result, default_workers, warm_up
from .report import Summary, progress_bar
from .sources import list_sources, process_source

#: Articles per part: a task of about a second, and what a worker death costs to redo.
DEFAULT_PARTITION_SIZE = 100
#: Times the scheduler reruns a part task that raised (a storage hiccup while writing it).
RETRIES = 2
CRASH_MESSAGE = "the worker process died on this article"


@dataclass
class DaskSummary(Summary):
    """A run's counts, plus its parts, the failures its folder holds and where the dashboard was."""

    out: str = ""
    parts: int = 0
    parts_skipped: int = 0
    failures: int = 0  # in the folder's errors files, earlier runs' parts included (set by run())
    dashboard: str | None = None

    @property
    def status(self) -> int:
        """Exit status: 0 all done, 1 the folder holds failures, 128 + signal when interrupted."""
        return 128 + self.stopped if self.stopped else 1 if self.failed or self.failures else 0

    def line(self) -> str:
        """The folder run's line, then its parts.

        >>> DaskSummary(articles=2, seconds=1.0, out="o", parts=3, parts_skipped=2).line()[-37:]
        '3 parts in o (2 were already written)'
        """
        earlier = f" ({self.parts_skipped} were already written)" if self.parts_skipped else ""
        return f"{super().line()}; {self.parts} parts in {self.out}{earlier}"


@dataclass
class Job:
    """A listed and planned run: its parts folder, all its parts, and those still to write."""

    root: str
    todo: list[Part]
    summary: DaskSummary
    done: set[int] = field(default_factory=set)


#: Called once per finished part, with the part and what it holds (a progress bar's hook).
OnPart = Callable[[Part, PartStats], None]


class WarmUp(WorkerPlugin):
    """Loads underthesea and the vocabularies once per worker process, before its first part."""

    name = "vnnews-warm-up"

    def __init__(self, options: Options = DEFAULT_OPTIONS) -> None:
        self.options = options

    def setup(self, worker: Worker) -> None:
        """Run on every worker, those that join or restart later included."""
        warm_up(self.options, model=True)


def run_part(part: Part, out: str, options: Options) -> PartStats:
    """The task of one part: extract its articles in order and write its two files."""
    return write_part(out, part, [process_source(s, options) for s in part.articles])


def _crashed(source: str) -> Result:
    return Result(source, kind="worker_crash", message=CRASH_MESSAGE)


def _alone(client: Client, source: str, options: Options) -> Result:
    """One article as a task of its own; a worker_crash failure if it still kills its workers."""
    try:
        result: Result = client.submit(process_source, source, options, pure=False).result()
    except KilledWorker:
        return _crashed(source)
    return result


def _isolate(client: Client, part: Part, out: str, options: Options) -> PartStats:
    """Redo a part that keeps killing workers one article at a time, so each death is the article's own.

    The scheduler blames every task of a worker that dies, so a part that shared a worker with a
    killer can come here too; its articles then simply succeed. One task at a time costs little:
    this happens only to the rare part whose workers died ``allowed-failures`` + 1 times.
    """
    return write_part(out, part, [_alone(client, source, options) for source in part.articles])


def _inside(source: str, root: str) -> bool:
    """True for a file of the output folder itself (a part, when the output is inside a source folder).

    >>> _inside("/data/out/part-00000.jsonl", "/data/out"), _inside("/data/outside.txt", "/data/out")
    (True, False)
    """
    where = source if "://" in source else os.path.abspath(source)
    return where.startswith(root.rstrip("/") + "/")


@contextlib.contextmanager
def _connected(client: Client | None, workers: int | None) -> Iterator[Client]:
    """The caller's client as it is, or a LocalCluster of one single-threaded process per core, closed after."""
    if client is not None:
        yield client
        return
    n = min(workers or default_workers(), default_workers())
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with cluster, Client(cluster) as own:  # type: ignore[no-untyped-call]
        yield own


def dashboard(client: Client) -> str | None:
    """The link to the scheduler's dashboard, when it runs one (it needs bokeh)."""
    services = client.scheduler_info().get("services", {})
    return str(client.dashboard_link) if "dashboard" in services else None


def _run(client: Client, todo: Sequence[Part], out: str, options: Options, on_part: OnPart | None,
         summary: DaskSummary) -> None:
    """Submit every part, then count each as it finishes; a part whose workers keep dying is isolated."""
    client.register_plugin(WarmUp(options))
    summary.dashboard = dashboard(client)
    run = uuid.uuid4().hex[:8]
    pending: dict[Future[PartStats], Part] = {}
    for part in todo:
        fut = client.submit(run_part, part, out, options, key=f"vnnews-{run}-{part.name}", retries=RETRIES, pure=False)
        pending[fut] = part
    for fut in as_completed(list(pending)):  # type: ignore[no-untyped-call]
        part = pending.pop(fut)
        try:
            stats: PartStats = fut.result()
        except KilledWorker:
            stats = _isolate(client, part, out, options)
        fut.release()  # forget it: a worker dying later must not make the scheduler redo a finished part
        stats.add_to(summary)
        if on_part is not None:
            on_part(part, stats)


def plan_run(
    sources: Iterable[str | Path] | str | Path,
    out: str | Path,
    options: Options = DEFAULT_OPTIONS,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    glob: str | Sequence[str] = ARTICLE_GLOBS,
) -> Job:
    """List and cut the articles, write or check the manifest, find the parts already written."""
    started = time.perf_counter()
    root = folder_url(out)
    listed = list_sources([sources] if isinstance(sources, (str, Path)) else sources, glob)
    articles = [s for s in listed if not _inside(s, root)]
    if not articles:
        globs = ", ".join(map(repr, (glob,) if isinstance(glob, str) else glob))
        raise ArgumentError(f"nothing to extract: no files match {globs}")
    parts = plan(articles, partition_size)
    prepare(root, parts, options)
    done = finished(root, parts)
    todo = [p for p in parts if p.index not in done]
    summary = DaskSummary(skipped=sum(len(p.articles) for p in parts if p.index in done), started=started,
                          out=str(out), parts=len(parts), parts_skipped=len(done))
    return Job(root, todo, summary, done)


def execute(job: Job, options: Options = DEFAULT_OPTIONS, *, client: Client | None = None,
            workers: int | None = None, on_part: OnPart | None = None) -> DaskSummary:
    """Write the parts a job still has to do (on ``client``, or a LocalCluster of ``workers`` processes)."""
    if job.todo:
        with _connected(client, workers) as c:
            _run(c, job.todo, job.root, options, on_part, job.summary)
    remove_temporaries(job.root)  # every part is written: what is left was a killed writer's
    job.summary.seconds = time.perf_counter() - job.summary.started
    return job.summary


def extract(
    sources: Iterable[str | Path] | str | Path,
    out: str | Path,
    *,
    client: Client | None = None,
    options: Options | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    glob: str | Sequence[str] = ARTICLE_GLOBS,
    workers: int | None = None,
    on_part: OnPart | None = None,
) -> DaskSummary:
    """Extract every article under ``sources`` on a Dask cluster into the parts folder ``out``.

    ``client`` is a connected :class:`distributed.Client`; without one, a LocalCluster of
    ``workers`` processes (default: one per core) runs for this call. Running again with the same
    arguments skips the parts already written and does the rest; the summary counts this run's
    articles, and ``skipped`` those of the parts found written. ArgumentError (ManifestError
    among them) before anything runs: a source that is not there, a folder of another run.
    """
    opts = options or DEFAULT_OPTIONS
    job = plan_run(sources, out, opts, partition_size=partition_size, glob=glob)
    return execute(job, opts, client=client, workers=workers, on_part=on_part)


def as_url(path: str | Path) -> str:
    """A folder or URL given as a Path, with the '//' that pathlib folds out of a URL put back.

    >>> as_url(Path("s3://bucket/run")), as_url(Path("file:///data/run")), as_url(Path("out/run"))
    ('s3://bucket/run', 'file:///data/run', 'out/run')
    """
    text = str(path)
    scheme = re.match(r"([A-Za-z][\w+.-]*):/(?!/)", text)
    if scheme is None:
        return text
    name, rest = scheme.group(1), text[scheme.end():]
    return f"{name}:///{rest}" if name in ("file", "local") else f"{name}://{rest}"


def _check(paths: Sequence[str], cfg: RunSettings) -> str:
    """The parts folder of a Dask run; ArgumentError for what a Dask run cannot do."""
    if not paths:
        raise ArgumentError("no input given")
    if batch.STDIN in paths:
        raise ArgumentError("a Dask run reads files and URLs, not stdin ('-')")
    if cfg.output is None:
        raise ArgumentError("a Dask run needs an output folder (-o): its parts are written there")
    if cfg.errors is not None:
        raise ArgumentError("a Dask run writes an errors file per part; give --errors to vnnews merge")
    if cfg.pretty or cfg.record_id or cfg.url:
        raise ArgumentError("a Dask run writes JSON Lines parts of many articles: no pretty output, id or url")
    return as_url(cfg.output)


def _client(address: str | None) -> Client | None:
    """A client of the scheduler at ``address`` (None for a LocalCluster); ArgumentError if it cannot be reached."""
    if address in (None, LOCAL_CLUSTER):
        return None
    try:
        return Client(address)  # type: ignore[no-untyped-call]
    except OSError as e:
        raise ArgumentError(f"cannot reach the Dask scheduler at {address}: {e}") from e


def _execute_with_bar(job: Job, opts: Options, cfg: RunSettings, client: Client | None, err: TextIO) -> None:
    """Execute a planned job with a progress bar; Ctrl-C or SIGTERM stop it, keeping the parts written."""
    bar = progress_bar(sum(len(p.articles) for p in job.todo), err, err, progress=cfg.progress, quiet=cfg.quiet,
                       records_to_stdout=False)

    def on_part(part: Part, _stats: PartStats) -> None:
        bar.update(len(part.articles))

    with batch._sigterm_as_interrupt():
        try:
            execute(job, opts, client=client, workers=cfg.workers, on_part=on_part)
        except KeyboardInterrupt as e:
            job.summary.stopped = signal.SIGTERM if isinstance(e, batch.Terminated) else signal.SIGINT
        finally:
            job.summary.seconds = time.perf_counter() - job.summary.started
            bar.close()


def run(
    paths: Sequence[str | Path] | str | Path,
    options: Options | None = None,
    settings: RunSettings | None = None,
    *,
    stderr: TextIO | None = None,
    client: Client | None = None,
) -> DaskSummary:
    """``vnnews extract ... -o OUT --dask [ADDRESS]`` as a library call, like :func:`vnnews.batch.run`.

    Checks the arguments (ArgumentError, LexiconError) before anything is written, shows a
    progress bar and a summary line on ``stderr``; the summary holds the exit status.
    """
    opts, cfg = options or DEFAULT_OPTIONS, settings or RunSettings(dask=LOCAL_CLUSTER)
    err = stderr or sys.stderr
    items = [str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths]
    out = _check(items, cfg)
    check_lexicon_dirs(opts.lexicon_dirs)
    warm_up(opts)  # every vocabulary loads here (LexiconError) before the parts folder is touched
    own = _client(cfg.dask) if client is None else None  # an unreachable scheduler fails before any writing
    try:
        job = plan_run(items, out, opts, partition_size=cfg.partition_size, glob=cfg.glob)
        _execute_with_bar(job, opts, cfg, client or own, err)
    finally:
        if own is not None:
            own.close()  # type: ignore[no-untyped-call]
    summary = job.summary
    summary.failures = count_failures(job.root)
    if not cfg.quiet:
        where = f"; {summary.failures} failures in {out}/part-*.errors.jsonl" if summary.failures else ""
        board = f"; dashboard {summary.dashboard}" if summary.dashboard and cfg.dask != LOCAL_CLUSTER else ""
        print(f"vnnews: {summary.line()}{where}{board}; one file: vnnews merge {out} -o all.jsonl", file=err)
    if summary.stopped:
        print("vnnews: interrupted; run the same command again to finish the parts not written", file=err)
    return summary
