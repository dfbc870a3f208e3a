"""A whole extraction run as one library call: :func:`run` (the CLI maps its flags to it and nothing else).

``run(paths, options, settings)`` checks its arguments before writing anything (a missing input,
an output that is one of the inputs, an output folder that does not exist, an unusable vocabulary
folder raise :class:`ArgumentError` or :class:`LexiconError`), then streams records in sorted path
order to the output (JSON Lines, or indented JSON), failures to the errors file, resumes a killed
run (:mod:`vnnews.resume`), shows a progress bar and a summary line, and returns a
:class:`Summary` whose ``status`` is the exit status: 0 all done, 1 some failed, 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM); both interruptions stop the workers cleanly first.
"""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ConfigDict, Field

from . import resume
from .errors import ArgumentError, LexiconError
from .html import looks_like_html
from .inputs import (
    ARTICLE_GLOBS,
    check_lexicon_dirs,
    check_paths_exist,
    check_target,
    collect_files,
    drop_own_files,
    gather,
)
from .models import Article, Source
from .options import DEFAULT_OPTIONS, Options
from .pipeline import extract, extract_html
from .pool import Result, default_workers, extract_files, failed, process_one, warm_up
from .reader import read_stdin
from .report import Summary, progress_bar
from .resume import resume_output

__all__ = [
    "ARTICLE_GLOBS",
    "Result",
    "RunSettings",
    "Summary",
    "collect_files",
    "default_workers",
    "dump",
    "extract_files",
    "extract_folder",
    "process_one",
    "resume_output",
    "run",
    "warm_up",
]

STDIN = "-"
#: ``RunSettings.dask`` for a Dask cluster started on this machine for the run (``--dask`` without an address).
LOCAL_CLUSTER = "local"
#: What runs the articles of a batch: ``extract_files`` (a process pool) or another executor with its signature.
Executor = Callable[..., Iterator[Result]]


class RunSettings(BaseModel):
    """How a run reads and writes (what a record holds is :class:`~vnnews.options.Options`'s job)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    output: Path | None = Field(None, description="records go here; None: stdout")
    errors: Path | None = Field(None, description="failures as JSONL; default <output>.errors.jsonl, or stderr")
    workers: int | None = Field(None, ge=1, description="processes; default and cap: the CPU cores")
    glob: str | tuple[str, ...] = Field(ARTICLE_GLOBS, description="file names taken from folders (one or several)")
    resume: bool = Field(False, description="keep complete, unchanged records of the output; do the rest")
    pretty: bool | None = Field(None, description="indented JSON; None: for one input on stdout only")
    progress: bool | None = Field(None, description="progress bar; None: when stderr is a terminal, stdout not")
    quiet: bool = Field(False, description="no progress bar, no summary line")
    record_id: str | None = Field(None, description="the record's id (one input only, e.g. stdin)")
    url: str | None = Field(None, description="the record's source.url (one input only)")
    dask: str | None = Field(None, description="run on this Dask scheduler (LOCAL_CLUSTER: one started for the run) "
                             "with vnnews.distributed.run; the output is then a folder of parts")
    partition_size: int = Field(100, ge=1, description="with dask: articles per part (one Dask task)")


def dump(article: Article, indent: int | None = None) -> str:
    """One record as JSON text (UTF-8 characters kept, not escaped)."""
    return article.model_dump_json(indent=indent)


def extract_folder(
    paths: Iterable[str | Path] | str | Path,
    *,
    options: Options | None = None,
    workers: int | None = None,
    glob: str | Sequence[str] = ARTICLE_GLOBS,
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


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that a run stops the same clean way."""


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While a run goes on in the main thread, SIGTERM stops it like Ctrl-C (a caller's own handler is kept)."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) not in (
        signal.SIG_DFL, None
    ):
        yield
        return

    def handler(_signum: int, _frame: Any) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@dataclass
class _Job:
    """A run whose arguments passed every check: its files, its plan, where things go."""

    plan: resume.Plan
    stdin: bool
    indent: int | None
    errors: Path | None
    single: bool
    notes: list[str] = field(default_factory=list)


def _prepare(paths: Sequence[str], opts: Options, cfg: RunSettings) -> _Job:
    """Check everything a run needs; raise ArgumentError/LexiconError before anything is written."""
    if not paths:
        raise ArgumentError("no input given")
    if cfg.dask is not None:
        raise ArgumentError("a Dask run is vnnews.distributed.run's, not batch.run's")
    stdin = list(paths) == [STDIN]
    if STDIN in paths and not stdin:
        raise ArgumentError("'-' (stdin) cannot be combined with other paths")
    single = len(paths) == 1 and (stdin or not Path(paths[0]).is_dir())
    pretty = cfg.pretty if cfg.pretty is not None else (cfg.output is None and single)
    if cfg.resume and (cfg.output is None or stdin):
        raise ArgumentError("resume needs an output file (the one to resume) and file or folder inputs")
    if cfg.resume and pretty:
        raise ArgumentError("resume reads JSON Lines: it cannot be combined with pretty output")
    if (cfg.record_id or cfg.url) and not single:
        raise ArgumentError("an id or url names one article: give one file, or - (stdin)")
    errors = cfg.errors or (cfg.output.with_name(cfg.output.name + ".errors.jsonl") if cfg.output else None)
    for target, what in ((cfg.output, "output"), (errors, "errors file")):
        if target is not None:
            check_target(target, what)
    if cfg.output and errors and cfg.output.resolve() == errors.resolve():
        raise ArgumentError(f"output and errors file are the same file: {cfg.output}")
    check_lexicon_dirs(opts.lexicon_dirs)
    job = _Job(resume.Plan([STDIN]), stdin, 2 if pretty else None, errors, single)
    files = [] if stdin else _files(paths, cfg, errors, job.notes)
    warm_up(opts)  # every vocabulary loads (LexiconError) before the output is touched
    if not stdin:
        job.plan = resume.plan(files, cfg.output, cfg.resume, opts)
    if job.plan.untracked and cfg.output:
        job.notes.append(f"note: no {resume.state_path(cfg.output)} (older run?): changed inputs are not redone")
    return job


def _files(paths: Sequence[str], cfg: RunSettings, errors: Path | None, notes: list[str]) -> list[str]:
    """The sorted files to do, the run's own outputs left out."""
    check_paths_exist(paths)
    files, empty = gather(paths, cfg.glob)
    globs = ", ".join(map(repr, (cfg.glob,) if isinstance(cfg.glob, str) else cfg.glob))
    notes += [f"warning: no files match {globs} in {folder}" for folder in empty]
    if not files:
        raise ArgumentError(f"nothing to extract: no files match {globs} in {', '.join(empty)}")
    out = cfg.output
    ours = [p for p in (out, errors) if p] + ([resume.state_path(out), resume.temp_path(out)] if out else [])
    files = drop_own_files(files, [p for p in paths if not Path(p).is_dir()], ours)
    if cfg.workers and cfg.workers > default_workers():
        notes.append(f"note: {cfg.workers} workers asked, {default_workers()} used (the CPU cores available)")
    return files


class _Sink:
    """Where results go: records to the output (or stdout), failures to the errors file (or stderr lines)."""

    def __init__(self, job: _Job, cfg: RunSettings, stdout: TextIO, echo: Callable[[str], None]) -> None:
        self.job, self.stdout, self.echo = job, stdout, echo
        self.records: resume.RecordWriter | None = None
        self._errors: TextIO | None = None
        if job.errors is not None:
            job.errors.unlink(missing_ok=True)  # failures are retried on resume, so they are listed afresh
        if cfg.output is not None:
            if not job.stdin:
                resume.write_state(cfg.output, job.plan.state, job.plan.options)
            self.records = resume.RecordWriter(
                cfg.output, job.plan.kept, merge=job.plan.must_merge(), append=cfg.resume
            )

    def put(self, result: Result) -> None:
        """Write one result where it belongs."""
        record = result.record_json(self.job.indent)  # a worker's JSON text as it came, unless indented
        if record is not None:
            text = record + "\n"
            if self.records is not None:
                self.records.write(result.path, text.encode("utf-8"))
            else:
                self.stdout.write(text)
                self.stdout.flush()
        elif self.job.errors is not None:
            if self._errors is None:
                self._errors = self.job.errors.open("a", encoding="utf-8")
            self._errors.write(json.dumps(result.error_record(), ensure_ascii=False) + "\n")
            self._errors.flush()
        else:
            self.echo(f"vnnews: {result.error_line()}")

    def close(self) -> None:
        """Close the files (a merging resume first copies the records it still keeps)."""
        for f in (self.records, self._errors):
            if f is not None:
                f.close()


def _stdin_result(opts: Options) -> Iterator[Result]:
    """The one article read from standard input, decoded like a file."""
    try:
        text, encoding = read_stdin(opts)
        source = Source(path="<stdin>", encoding=encoding)
        if looks_like_html(text):  # stdin is sniffed: a saved page or an article
            yield Result("<stdin>", extract_html(text.removeprefix("\ufeff"), source=source, options=opts))
        else:
            yield Result("<stdin>", extract(text, source=source, options=opts))
    except Exception as e:  # noqa: BLE001 (reported like a file's failure)
        yield failed("<stdin>", e)


def _relabel(result: Result, cfg: RunSettings) -> Result:
    """Give the one record the caller's id and url."""
    if not (cfg.record_id or cfg.url) or result.article is None:  # asked only when relabelling: reading parses
        return result
    source = result.article.source.model_copy(update={"url": cfg.url or result.article.source.url})
    update = {"source": source} | ({"id": cfg.record_id} if cfg.record_id else {})
    return Result(result.path, result.article.model_copy(update=update))


def run(
    paths: Sequence[str | Path] | str | Path,
    options: Options | None = None,
    settings: RunSettings | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    executor: Executor = extract_files,
) -> Summary:
    """Extract ``paths`` (files, folders, or ``["-"]`` for stdin) as ``settings`` say; the summary holds the status.

    Raises ArgumentError or LexiconError (exit status 2) before writing anything.
    """
    opts, cfg = options or DEFAULT_OPTIONS, settings or RunSettings()
    out, err = stdout or sys.stdout, stderr or sys.stderr
    items = [str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths]
    summary = Summary()
    with _sigterm_as_interrupt():
        try:
            job = _prepare(items, opts, cfg)
        except KeyboardInterrupt as e:
            summary.stopped = signal.SIGTERM if isinstance(e, Terminated) else signal.SIGINT
            print("vnnews: interrupted before starting", file=err, flush=True)
            return summary
        for note in job.notes:
            print(f"vnnews: {note}", file=err, flush=True)
        summary.skipped = job.plan.skipped
        _stream(job, opts, cfg, summary, executor, out, err)
    return summary


def _stream(
    job: _Job, opts: Options, cfg: RunSettings, summary: Summary, executor: Executor, out: TextIO, err: TextIO
) -> None:
    """Run the articles and write each result; an interruption stops the workers and keeps what is done."""
    todo = job.plan.todo
    results = _stdin_result(opts) if job.stdin else executor(todo, options=opts, workers=cfg.workers)
    bar = progress_bar(len(todo), out, err, progress=cfg.progress, quiet=cfg.quiet,
                       records_to_stdout=cfg.output is None)
    sink = _Sink(job, cfg, out, lambda line: bar.write(line, file=err))
    try:
        for result in results:
            if result.kind == "lexicon_error":
                raise LexiconError(result.message or "vocabulary error")
            sink.put(_relabel(result, cfg))
            summary.add(result)
            bar.update()
    except KeyboardInterrupt as e:
        summary.stopped = signal.SIGTERM if isinstance(e, Terminated) else signal.SIGINT
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # stops the workers
        bar.close()
        sink.close()
        summary.seconds = time.perf_counter() - summary.started
    if not (cfg.quiet or (job.single and cfg.output is None)):
        where = f"; failures in {job.errors}" if summary.failed and job.errors else ""
        print(f"vnnews: {summary.line()}{where}", file=err, flush=True)
    if summary.stopped:
        name = "SIGTERM" if summary.stopped == signal.SIGTERM else "Ctrl-C"
        hint = "; run again with --resume to finish" if cfg.output and not job.stdin else ""
        print(f"vnnews: interrupted ({name}){hint}", file=err, flush=True)
