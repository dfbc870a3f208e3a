"""The command line: a thin mirror of the library (``vnnews extract``, ``vnnews schema``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import VnnewsError
from .models import Article
from .options import Options
from .pipeline import extract, extract_file


def _dump(article: Article, indent: int | None = None) -> str:
    return json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def _article_files(paths: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(q for q in p.rglob("*.txt") if q.is_file()) if p.is_dir() else [p]
    return out


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnnews")
def cli() -> None:
    """Turn Vietnamese provincial news articles into structured, validated records."""


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="write here, not stdout")
@click.option("--lexicon-dir", "lexicon_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="folder of extra vocabulary files (same names as the packaged ones)")
def extract_cmd(paths: tuple[str, ...], output: Path | None, lexicon_dirs: tuple[Path, ...]) -> None:
    """Extract records from article files, folders of .txt articles, or - (stdin)."""
    options = Options(lexicon_dirs=lexicon_dirs)
    single = len(paths) == 1 and (paths[0] == "-" or not Path(paths[0]).is_dir())
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    failed = 0
    try:
        if paths == ("-",):
            text = sys.stdin.read()
            out.write(_dump(extract(text, source="<stdin>", options=options), indent=2) + "\n")
            return
        for path in _article_files(paths):
            try:
                article = extract_file(path, options=options)
            except VnnewsError as e:
                failed += 1
                click.echo(f"vnnews: {e}", err=True)
                continue
            out.write(_dump(article, indent=2 if single and not output else None) + "\n")
    except VnnewsError as e:
        raise click.ClickException(str(e)) from e
    finally:
        if output:
            out.close()
    if failed:
        sys.exit(1)


@cli.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of one article record."""
    click.echo(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="vnnews")
