"""``vnnews review``, ``vnnews export`` and ``vnnews people``: thin mirrors of vnnews.review and vnnews.export.

Exit codes: 0 done, 1 something could not be done (one line on stderr says what), 2 unusable arguments.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from . import export as _export
from . import review as _review
from .errors import VnnewsError


def _fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on stderr and an exit code, never a traceback."""
    click.echo(f"vnnews: error: {message}", err=True)
    sys.exit(code)


def _is_batch(source: Path) -> bool:
    return source.suffix.lower() in (".jsonl", ".ndjson")


@click.command("review")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="the page (for one article), or a folder for the pages and index.html (for a .jsonl batch)")
@click.option("-q", "--quiet", is_flag=True, help="no summary line")
def review_cmd(source: Path, output: Path, quiet: bool) -> None:
    """Review pages: ARTICLE.txt|.html -> one page, or OUT.jsonl -> a page per record and an index."""
    try:
        if _is_batch(source):
            if output.exists() and not output.is_dir():
                raise click.UsageError(f"{output} is a file: a batch needs a folder for its pages")
            entries = _review.review_batch(source, output)
            failed = [e for e in entries if e.error]
            if not quiet:
                click.echo(f"vnnews: {len(entries) - len(failed)} pages, {len(failed)} without a page; "
                           f"index: {output / 'index.html'}", err=True)
            sys.exit(1 if failed else 0)
        if output.is_dir():
            raise click.UsageError(f"{output} is a folder: one article's page is a file (-o review.html)")
        output.write_text(_review.review_file(source), encoding="utf-8")
    except (VnnewsError, OSError) as e:
        _fail(str(e))


@click.command("export")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "to", type=click.Choice(_export.FORMATS), required=True, help="table format")
@click.argument("dest", type=click.Path(path_type=Path))
@click.option("--append", is_flag=True, help="add to an existing export; articles already in it are skipped")
@click.option("--bom", is_flag=True, help="start CSV files with a UTF-8 BOM (Excel then reads them as UTF-8)")
@click.option("--no-sentences", is_flag=True,
              help="do not read the source texts again (people and titles then have no sentence)")
@click.option("-q", "--quiet", is_flag=True, help="no summary line")
def export_cmd(source: Path, to: _export.Format, dest: Path, append: bool, bom: bool, no_sentences: bool,
               quiet: bool) -> None:
    """Export a JSONL batch output as tables: --to sqlite FILE | csv DIR | parquet DIR."""
    try:
        summary = _export.export(source, to, dest, append=append, bom=bom, sentences=not no_sentences)
    except FileExistsError as e:
        _fail(str(e), code=2)
    except (VnnewsError, OSError) as e:
        _fail(str(e))
    if not quiet:
        click.echo(f"vnnews: {summary.line()}", err=True)


@click.command("people")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", default=None, help="only people whose name contains this (case and tone marks aside)")
def people_cmd(db: Path, name: str | None) -> None:
    """The people index of a SQLite export, tab-separated: person, name, title, articles, first and last."""
    try:
        rows = _export.people_index(db, name)
    except VnnewsError as e:
        _fail(str(e))
    columns = ["person_uid", "name", "title", "articles", "first_article", "last_article", "first_published",
               "last_published"]
    click.echo("\t".join(columns))
    for row in rows:
        click.echo("\t".join("" if row[c] is None else str(row[c]) for c in columns))


COMMANDS = (review_cmd, export_cmd, people_cmd)
