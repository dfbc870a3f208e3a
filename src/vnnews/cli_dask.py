"""The command line of the Dask run: ``vnnews extract ... -o OUT --dask [ADDRESS]`` and ``vnnews merge``.

Kept apart from cli.py so that the default install never imports Dask: the modules of the
optional extra ``vnnews[dask]`` are imported only when one of these commands runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from .errors import ArgumentError
from .report import Summary

_EXTRA = "this needs the optional extra: pip install 'vnnews[dask]'"


def fail(message: str, code: int = 2) -> NoReturn:
    """One clear line on stderr and an exit code, never a traceback."""
    click.echo(f"vnnews: error: {message}", err=True)
    sys.exit(code)


def dask_run() -> Callable[..., Summary]:
    """:func:`vnnews.distributed.run`, or ArgumentError when the extra is not installed."""
    # Dask's own INFO lines (from this process and the workers it spawns) would drown the bar.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    try:
        from .distributed import run
    except ImportError as e:
        raise ArgumentError(f"--dask: {_EXTRA} ({e})") from e
    return run


@click.command("merge")
@click.argument("folder")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="the one JSON Lines file to write, records sorted by path")
@click.option("--errors", type=click.Path(dir_okay=False, path_type=Path),
              help="write failures here [default: <output>.errors.jsonl, only if there are any]")
@click.option("-q", "--quiet", is_flag=True, help="no summary line")
def merge_cmd(folder: str, output: Path, errors: Path | None, quiet: bool) -> None:
    """Merge the parts folder of an `extract --dask` run into one sorted JSON Lines file.

    The result is the file a process-pool run (`vnnews extract ... -o OUTPUT`) writes. Exit 1 when
    some articles failed (listed in the errors file), 2 when the folder is incomplete or not a parts folder.
    """
    try:
        from .parts import merge
    except ImportError:
        fail(f"merge: {_EXTRA}")
    try:
        stats = merge(folder, output, errors)
    except ArgumentError as e:
        fail(str(e))
    if not quiet:
        failures = errors or output.with_name(output.name + ".errors.jsonl")
        where = f"; {stats.failures} failures in {failures}" if stats.failures else ""
        click.echo(f"vnnews: merged {stats.parts} parts: {stats.records} records into {output}{where}", err=True)
    sys.exit(1 if stats.failures else 0)
