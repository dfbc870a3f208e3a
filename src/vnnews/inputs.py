"""What a batch run reads and where it may write, checked before anything is written.

Article files are collected in sorted order (folders searched recursively for a glob); a path
named by the caller that does not exist, an output that is one of the inputs, an output folder
that does not exist and an unusable vocabulary folder are all refused up front, with one line.
"""

from __future__ import annotations

import fnmatch
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .errors import ArgumentError
from .lexicon import check_dir

#: The files a folder run takes by default: text articles and saved web pages.
ARTICLE_GLOBS: tuple[str, ...] = ("*.txt", "*.html", "*.htm", "*.html.gz", "*.htm.gz")


def _matches(name: str, globs: str | Sequence[str]) -> bool:
    """True when a file name matches the pattern, or one of the patterns.

    >>> _matches("a.html.gz", ARTICLE_GLOBS), _matches("a.jpg", ARTICLE_GLOBS), _matches("a.txt", "*.txt")
    (True, False, True)
    """
    return any(fnmatch.fnmatch(name, g) for g in ((globs,) if isinstance(globs, str) else globs))


def collect_files(paths: Iterable[str | Path], glob: str | Sequence[str] = ARTICLE_GLOBS) -> list[str]:
    """Article files under ``paths`` (folders searched recursively for ``glob``), sorted, each once.

    A path that is not a folder is kept as given even if it does not exist, so that reading it
    reports the problem (:func:`gather` refuses missing paths first). Symbolic links to folders
    are followed once (loops are not re-entered); a broken or looping link to a file is kept.
    """
    return gather(paths, glob)[0]


def gather(paths: Iterable[str | Path], glob: str | Sequence[str] = ARTICLE_GLOBS) -> tuple[list[str], list[str]]:
    """(sorted article files, folders in which ``glob`` matched nothing)."""
    found: set[str] = set()
    empty: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            inside = set(_walk(p, glob, set()))
            found |= inside
            if not inside:
                empty.append(str(p))
        else:
            found.add(str(p))
    return sorted(found), empty


def _walk(folder: Path, glob: str | Sequence[str], seen: set[tuple[int, int]]) -> Iterator[str]:
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
            elif _matches(entry.name, glob) and (entry.is_file() or entry.is_symlink()):
                yield entry.path
        except OSError:  # a link we cannot even stat: report it as an article
            if _matches(entry.name, glob):
                yield entry.path


def check_paths_exist(paths: Sequence[str | Path]) -> None:
    """ArgumentError naming every path the caller gave that is not there (a typo is not a failed article).

    >>> check_paths_exist(["/no/such/a.txt"])
    Traceback (most recent call last):
    ...
    vnnews.errors.ArgumentError: no such file or folder: /no/such/a.txt
    """
    missing = [str(p) for p in paths if not os.path.lexists(p)]
    if missing:
        raise ArgumentError(f"no such file or folder: {', '.join(missing)}")


def check_target(path: Path, what: str) -> None:
    """ArgumentError unless ``path`` can be created as a file: its folder exists and it is no folder itself."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ArgumentError(f"{what} {path} is a folder, not a file")
    if not parent.is_dir():
        raise ArgumentError(f"{what} {path}: folder {parent} does not exist (create it first)")


def _looks_like_ours(path: Path) -> bool:
    """True for an empty file or one whose first line is a vnnews record, error record or state (safe to replace)."""
    try:
        with path.open("rb") as f:
            first = f.readline(1 << 20)
    except OSError:
        return False
    if not first.strip():
        return True
    try:
        data = json.loads(first)
    except ValueError:
        return False
    return isinstance(data, dict) and bool({"schema_version", "kind", "inputs"} & set(data))


def drop_own_files(files: list[str], named: Sequence[str | Path], ours: Sequence[Path]) -> list[str]:
    """``files`` without the run's own output files; ArgumentError if one of them is really an input.

    An output found again inside an input folder (``-o ARTICLES/out.jsonl`` on a second run) is
    skipped; an output that the caller named as an input, or that holds anything but vnnews output,
    would overwrite an article and is refused.
    """
    own = {p.resolve(): p for p in ours}
    explicit = {Path(p).resolve() for p in named}
    kept = []
    for f in files:
        target = own.get(Path(f).resolve())
        if target is None:
            kept.append(f)
        elif Path(f).resolve() in explicit or not _looks_like_ours(Path(f)):
            found = "" if Path(f) == target else f" (as {f})"
            raise ArgumentError(f"{target} is one of the inputs{found}: refusing to overwrite it")
    return kept


def check_lexicon_dirs(dirs: Iterable[Path]) -> None:
    """LexiconError for a vocabulary folder that is missing, holds a file no vocabulary is named after, or a
    file that does not validate (:func:`vnnews.lexicon.check_dir`).

    >>> check_lexicon_dirs([Path("/no/such/vocab")])
    Traceback (most recent call last):
    ...
    vnnews.errors.LexiconError: lexicon folder /no/such/vocab does not exist
    """
    for d in dirs:
        check_dir(Path(d))
