"""The command line: a thin mirror of the library (``vnnews extract`` is :func:`vnnews.batch.run`;
``review``, ``export`` and ``people`` are in :mod:`vnnews.cli_tables`).

Flags are declared in groups (what a record holds -> :class:`Options`; how a run reads and writes
-> :class:`~vnnews.batch.RunSettings`) so that new commands reuse them, and :func:`split_flags` is
the one place flags become those two objects: a flag is named after the field it sets.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
from pydantic import ValidationError

from . import batch, cli_dask, cli_tables
from .errors import ArgumentError, LexiconError, one_line
from .models import Article
from .options import DEFAULT_MAX_BYTES, GOLD_SAFE_MIN_CONFIDENCE, Options

F = TypeVar("F", bound=Callable[..., Any])

USAGE_ERROR = 2


class _Floor(click.FloatRange):
    """A confidence floor 0-1, or 'none': scoring off (Options.min_confidence None)."""

    name = "FLOAT 0-1|none"

    def __init__(self) -> None:
        super().__init__(0, 1)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """'none' (any case) is None; anything else a float in [0, 1]."""
        if isinstance(value, str) and value.strip().casefold() == "none":
            return None
        return super().convert(value, param, ctx)


EXTRACT_EPILOG = """\b
Examples:
  vnnews extract article.txt              one indented JSON record on stdout
  vnnews extract page.html                a saved web page (.html, .htm, .html.gz)
  vnnews extract ARTICLES/ -o out.jsonl   JSON Lines, one record per article or page, sorted
  vnnews extract old.txt --encoding tcvn3 a legacy encoding, named (else guessed)
  vnnews extract ARTICLES/ -o out.jsonl --resume
                                          after Ctrl-C, a kill or new files
  vnnews extract - --id a1 < a.txt        - is stdin (and -o - is stdout)
  vnnews extract A/ B/ x.txt -o out.jsonl --no-sentence-text -q

\b
Exit status:
  0    every article extracted
  1    some articles failed: one line each in the errors file (default
       <output>.errors.jsonl; stderr lines without -o), a line is
       {"path", "kind", "message"}
  2    unusable arguments, nothing written: a missing input, -o naming an
       input or a folder that does not exist, a bad --lexicon-dir
       (LexiconError naming the file and entry)
  130  interrupted by Ctrl-C, 143 by SIGTERM: workers stopped, records so
       far kept; run again with --resume

\b
Error kinds (per article): empty_input_error, binary_input_error,
decoding_error, too_large_error, input_error (unreadable path),
internal_error (a bug: please report it), worker_crash.
"""


def _record_flags(f: F) -> F:
    """Flags that change what a record holds (fields of Options)."""
    for decorator in reversed([
        click.option("--lexicon-dir", "lexicon_dirs", multiple=True, type=click.Path(path_type=Path),
                     help="folder of extra vocabulary files, named as the packaged ones (positions.yaml...)"),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="refuse articles larger than this many bytes"),
        click.option("--keep-targets", is_flag=True, help="also report planned targets ('phấn đấu đạt 80%'), flagged"),
        click.option("--min-confidence", type=_Floor(), default=GOLD_SAFE_MIN_CONFIDENCE, show_default=True,
                     help=f"leave out achievements whose confidence is below this ({GOLD_SAFE_MIN_CONFIDENCE} keeps "
                          "every development gold fact, the default; 0 keeps all, scored; 'none' scores nothing "
                          "and keeps all; 0.9 and 0.95 trade facts for precision: README Quality)"),
        click.option("--sentence-text/--no-sentence-text", default=True, show_default=True,
                     help="--no-sentence-text: facts keep their sentence's start/end, not its text (~a third "
                          "smaller output)"),
        click.option("--encoding", default=None,
                     help="decode with this encoding (tcvn3, vni, viscii, vps, cp1258, utf-8...) instead of guessing"),
        click.option("--include-text", is_flag=True,
                     help="put the text the spans index in each record (always there for web pages)"),
    ]):
        f = decorator(f)
    return f


def _run_flags(f: F) -> F:
    """Flags that say how a run reads and writes (fields of RunSettings)."""
    for decorator in reversed([
        click.option("-o", "--output", type=click.Path(allow_dash=True, path_type=Path),
                     help="write records here (- is stdout) [default: stdout]; with --dask, the folder of parts"),
        click.option("--errors", type=click.Path(dir_okay=False, path_type=Path),
                     help="write failures here as JSONL {path, kind, message} [default: <output>.errors.jsonl, "
                          "or stderr lines without -o]"),
        click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
                     help="worker processes [default and cap: the CPU cores, at most one per file]"),
        click.option("--glob", multiple=True, default=batch.ARTICLE_GLOBS, show_default=True,
                     help="file names to take from folders (repeat for several) [default: text and web pages]"),
        click.option("--resume", is_flag=True, help="keep the complete records of -o whose input has not changed "
                                                    "(cutting a torn last line) and do the rest, in sorted order"),
        click.option("--pretty/--compact", default=None,
                     help="indented JSON, or JSON Lines [default: indented for one file or stdin on stdout]"),
        click.option("--id", "record_id", help="the record's id (one input: a file or stdin)"),
        click.option("--url", help="the record's source.url (one input: a file or stdin)"),
        click.option("-q", "--quiet", is_flag=True, help="no progress bar, no summary line"),
        click.option("--dask", is_flag=False, flag_value=batch.LOCAL_CLUSTER, default=None,
                     metavar="[SCHEDULER_ADDRESS]",
                     help="run on a Dask cluster (one started here without an address; the vnnews[dask] extra): "
                          "-o is a folder of parts, and a rerun skips the parts already written. Put it after "
                          "the inputs, or write --dask=ADDRESS"),
        click.option("--partition-size", type=click.IntRange(min=1), default=100, show_default=True,
                     help="with --dask: articles per part (one Dask task)"),
    ]):
        f = decorator(f)
    return f


def split_flags(flags: dict[str, Any]) -> tuple[Options, batch.RunSettings]:
    """The one place flags become Options and RunSettings (each flag named after its field; ``-o -`` = stdout)."""
    if flags.get("output") == Path("-"):
        flags = flags | {"output": None}
    unknown = set(flags) - set(Options.model_fields) - set(batch.RunSettings.model_fields)
    if unknown:  # a new flag must say which object it sets
        raise TypeError(f"flags that are no field of Options or RunSettings: {sorted(unknown)}")
    options = Options(**{k: v for k, v in flags.items() if k in Options.model_fields})
    settings = batch.RunSettings(**{k: v for k, v in flags.items() if k in batch.RunSettings.model_fields})
    return options, settings


def _fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    """One clear line on stderr and an exit code, never a traceback."""
    click.echo(f"vnnews: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "-V", "--version", package_name="vnnews")
def cli() -> None:
    """Turn Vietnamese provincial news articles into structured, validated records."""


@cli.command("extract", epilog=EXTRACT_EPILOG)
@click.argument("paths", nargs=-1, required=True)
@_run_flags
@_record_flags
def extract_cmd(paths: tuple[str, ...], **flags: Any) -> None:
    """Extract records from article files or saved web pages, folders of them (searched recursively), or - (stdin)."""
    try:
        options, settings = split_flags(flags)
        summary = (batch.run if settings.dask is None else cli_dask.dask_run())(paths, options, settings)
    except (ArgumentError, LexiconError) as e:
        _fail(one_line(str(e)))
    except ValidationError as e:
        _fail(one_line(str(e.errors()[0]["msg"])))
    sys.exit(summary.status)


@cli.command("schema")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="write the schema to this file (- is stdout) [default: stdout]")
def schema_cmd(output: Path | None) -> None:
    """Print the JSON Schema of one article record."""
    text = json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
    if output is None or output == Path("-"):
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as e:
        _fail(f"cannot write {output}: {e.strerror or e}")


for _command in cli_tables.COMMANDS:  # review, export, people: their own module
    cli.add_command(_command)
cli.add_command(cli_dask.merge_cmd)


def main() -> None:
    """Console-script entry point (a closed pipe, as in ``vnnews extract A/ | head``, ends quietly)."""
    try:
        cli(prog_name="vnnews")
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error while Python exits
        sys.exit(1)
