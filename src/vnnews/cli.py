"""The command line: a thin mirror of the library (``vnnews extract``, ``vnnews schema``; ``review``,
``export`` and ``people`` are in :mod:`vnnews.cli_tables`).

Exit codes: 0 every article extracted, 1 some failed (each one is in the errors file), 2 unusable
arguments. Failures go to ``--errors FILE``, by default ``<output>.errors.jsonl`` next to ``-o``,
or one line each on stderr when records go to stdout.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import click
from tqdm import tqdm

from . import batch, cli_tables
from .errors import LexiconError, VnnewsError
from .models import Article, Source
from .options import DEFAULT_MAX_BYTES, Options
from .pipeline import extract
from .reader import read_stdin


def args_to_options(lexicon_dirs: tuple[Path, ...] = (), max_bytes: int = DEFAULT_MAX_BYTES) -> Options:
    """The one place command-line flags become :class:`Options`."""
    return Options(lexicon_dirs=lexicon_dirs, max_bytes=max_bytes)


@dataclass(frozen=True)
class BatchRun:
    """How one folder run writes its output: the CLI's own settings, beside the library's Options."""

    output: Path | None = None
    workers: int | None = None
    pattern: str = "*.txt"
    resume: bool = False
    errors_path: Path | None = None
    quiet: bool = False


def _fail(message: str, code: int = 1) -> None:
    """One clear line on stderr and an exit code, never a traceback."""
    click.echo(f"vnnews: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnnews")
def cli() -> None:
    """Turn Vietnamese provincial news articles into structured, validated records."""


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="write JSONL here (one record per line), not stdout")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
              help="worker processes [default: number of CPU cores]")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="file names to take from folders")
@click.option("--resume", is_flag=True,
              help="keep the records already in -o (repairing a torn last line) and do only the rest")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="write failures here as JSONL {path, kind, message} [default: <output>.errors.jsonl, "
                   "or stderr without -o]")
@click.option("-q", "--quiet", is_flag=True, help="no progress bar, no summary line")
@click.option("--lexicon-dir", "lexicon_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="folder of extra vocabulary files (same names as the packaged ones)")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="refuse articles larger than this")
def extract_cmd(
    paths: tuple[str, ...],
    output: Path | None,
    workers: int | None,
    pattern: str,
    resume: bool,
    errors_path: Path | None,
    quiet: bool,
    lexicon_dirs: tuple[Path, ...],
    max_bytes: int,
) -> None:
    """Extract records from article files, folders of articles, or - (stdin)."""
    options = args_to_options(lexicon_dirs, max_bytes)
    if "-" in paths and len(paths) > 1:
        raise click.UsageError("'-' (stdin) cannot be combined with other paths")
    if resume and output is None:
        raise click.UsageError("--resume needs -o/--output (the file to resume)")
    if paths == ("-",):
        _extract_stdin(options, output)
        return
    if output is None and len(paths) == 1 and not Path(paths[0]).is_dir():
        _extract_single(paths[0], options)
        return
    _extract_batch(paths, options, BatchRun(output, workers, pattern, resume, errors_path, quiet))


def _write_one(article: Article, output: Path | None) -> None:
    if output is None:
        click.echo(batch.dump(article, indent=2))
    else:
        output.write_text(batch.dump(article) + "\n", encoding="utf-8")


def _extract_stdin(options: Options, output: Path | None) -> None:
    try:
        text, encoding = read_stdin(options)
        article = extract(text, source=Source(path="<stdin>", encoding=encoding), options=options)
    except VnnewsError as e:
        _fail(str(e))
        return
    _write_one(article, output)


def _extract_single(path: str, options: Options) -> None:
    result = batch.process_one(path, options)
    if result.article is None:
        _fail(f"{result.message} [{result.kind}]")
        return
    _write_one(result.article, None)


def _extract_batch(paths: tuple[str, ...], options: Options, run: BatchRun) -> None:
    output, workers, pattern, resume, errors_path, quiet = (
        run.output, run.workers, run.pattern, run.resume, run.errors_path, run.quiet
    )
    if errors_path is None and output is not None:
        errors_path = output.with_name(output.name + ".errors.jsonl")
    ours = {p.resolve() for p in (output, errors_path) if p is not None}
    files = [f for f in batch.collect_files(paths, pattern) if Path(f).resolve() not in ours]
    done = batch.resume_output(output) if resume and output is not None else set()
    todo = [f for f in files if f not in done]
    try:
        if len(todo) > 1 and (workers or batch.default_workers()) > 1:
            batch.warm_up(options)  # a broken vocabulary folder fails here, once, not per article
    except LexiconError as e:
        _fail(str(e), code=2)
    if errors_path is not None:
        errors_path.unlink(missing_ok=True)  # failures are retried on resume, so they are listed afresh
    summary = batch.Summary(skipped=len(files) - len(todo))
    out: TextIO = output.open("a" if resume else "w", encoding="utf-8") if output else sys.stdout
    errors_file: list[TextIO] = []

    def on_error(result: batch.Result) -> None:
        if errors_path is None:
            click.echo(f"vnnews: {result.path}: {result.kind}: {result.message}", err=True)
            return
        if not errors_file:
            errors_file.append(errors_path.open("a", encoding="utf-8"))
        errors_file[0].write(json.dumps(result.error_record(), ensure_ascii=False) + "\n")
        errors_file[0].flush()

    tqdm.monitor_interval = 0  # no monitor thread: workers are forked while the bar runs
    bar = tqdm(total=len(todo), unit="article", file=sys.stderr, disable=quiet or not sys.stderr.isatty(),
               dynamic_ncols=True, mininterval=0.5)
    def on_result(_result: batch.Result) -> None:
        bar.update()

    try:
        batch.write_results(batch.extract_files(todo, options=options, workers=workers), out, on_error,
                            on_result, summary)
    except KeyboardInterrupt:
        bar.close()
        click.echo("vnnews: interrupted; run again with --resume to finish", err=True)
        sys.exit(130)
    finally:
        bar.close()
        if output is not None:
            out.close()
        for f in errors_file:
            f.close()
    if not quiet:
        where = f"; failures in {errors_path}" if summary.failed and errors_path else ""
        click.echo(f"vnnews: {summary.line()}{where}", err=True)
    sys.exit(1 if summary.failed else 0)


@cli.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of one article record."""
    click.echo(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))


for _command in cli_tables.COMMANDS:  # review, export, people: their own module
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="vnnews")
