"""Articles named by path, glob or fsspec URL: listed once and sorted, then read through fsspec.

A plain local path (file or folder) is listed exactly as a folder run lists it
(:func:`vnnews.inputs.collect_files`) and read by :func:`vnnews.pool.process_one`, so its records
and error records are those of the process pool. Anything else is an fsspec URL (``file://``,
``memory://``, ``s3://bucket/archive/**/*.txt``, ``zip://*.txt::archive.zip``) or an archive of
articles (``archive.zip``, ``archive.tar.gz``): its bytes go through the same reading steps as a
file's (:func:`vnnews.reader.decode_article`, then :func:`vnnews.pipeline.extract_decoded`: gzip, the
encoding option, saved web pages) and the record's ``source.path`` is the URL as listed.
Needs the optional ``vnnews[dask]`` extra (fsspec).
"""

from __future__ import annotations

import errno
import glob as globmod
import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

import fsspec
from fsspec.core import url_to_fs

from . import pipeline, reader
from .errors import ArgumentError, InputError, one_line
from .inputs import ARTICLE_GLOBS, _matches, check_paths_exist, collect_files
from .models import Source
from .options import DEFAULT_OPTIONS, Options
from .pool import Result, failed, process_one

#: Names of archives whose members are the articles, and the fsspec protocol that opens each.
ARCHIVES = {".zip": "zip", ".tar": "tar", ".tgz": "tar", ".tar.gz": "tar", ".tar.bz2": "tar", ".tar.xz": "tar"}
_REASONS = ((FileNotFoundError, errno.ENOENT), (IsADirectoryError, errno.EISDIR), (PermissionError, errno.EACCES))


def is_url(source: str) -> bool:
    """True for an fsspec URL or chain (read through fsspec), False for a plain local path.

    >>> is_url("s3://bucket/a.txt"), is_url("zip://a.txt::x.zip"), is_url("corpus/a.txt")
    (True, True, False)
    """
    return "://" in source or "::" in source


def archive_protocol(source: str) -> str | None:
    """The fsspec protocol that opens ``source`` as an archive of articles, if its name says it is one.

    >>> archive_protocol("s3://b/2024.tar.gz"), archive_protocol("a.ZIP"), archive_protocol("a.txt")
    ('tar', 'zip', None)
    """
    if "::" in source:  # already a chain: the user said how to open it
        return None
    name = source.lower()
    return next((proto for suffix, proto in ARCHIVES.items() if name.endswith(suffix)), None)


def member(source: str) -> str:
    """The article's own part of a listed URL: the archive member of a chain, else the URL itself.

    >>> member("zip://2024/a.txt::/data/archive.zip"), member("s3://b/x/a.txt")
    ('zip://2024/a.txt', 's3://b/x/a.txt')
    """
    return source.partition("::")[0]


def list_sources(sources: Iterable[str | Path], glob: str | Sequence[str] = ARTICLE_GLOBS) -> list[str]:
    """Every article under ``sources`` (paths, local globs, URLs, archives), sorted, each once.

    Folders and URL prefixes are searched recursively for names matching ``glob``. A path or URL
    that is not there, a local pattern that matches nothing, or a URL that cannot be listed (a
    protocol whose fsspec backend is not installed) raises ArgumentError, as a folder run does.
    """
    plain: list[str] = []
    found: set[str] = set()
    for source in map(str, sources):
        if is_url(source) or archive_protocol(source):
            found.update(_list_url(source, glob))
        elif globmod.has_magic(source):  # a pattern the shell did not expand
            matched = globmod.glob(source, recursive=True)
            if not matched:
                raise ArgumentError(f"no files match {source}")
            plain.extend(matched)
        else:
            plain.append(source)
    check_paths_exist(plain)
    found.update(collect_files(plain, glob))
    return sorted(found)


def _list_url(source: str, glob: str | Sequence[str]) -> list[str]:
    """The article URLs an fsspec URL, URL pattern or archive stands for."""
    proto = archive_protocol(source)
    url = f"{proto}://::{source}" if proto else source
    _, chained, chain = url.partition("::")
    try:
        fs, root = url_to_fs(url)
        if globmod.has_magic(root):
            found = fs.glob(root, detail=True)
            members = [name for name, info in found.items() if info.get("type") != "directory"]
        elif root in ("", fs.root_marker) or fs.isdir(root):
            members = [m for m in fs.find(root) if _matches(PurePosixPath(m).name, glob)]
        elif fs.exists(root):
            members = [root]
        else:
            raise ArgumentError(f"no such file or folder: {source}")
    except (OSError, ImportError, ValueError) as e:  # no such archive, no backend for s3://, a bad URL
        reason = _reason(e) if isinstance(e, OSError) else one_line(str(e))
        raise ArgumentError(f"{source}: cannot list: {reason}") from e
    return [fs.unstrip_protocol(m) + chained + chain for m in members]


def _reason(e: OSError) -> str:
    """What went wrong, in the words of the OS (fsspec backends often leave ``strerror`` empty)."""
    if e.strerror:
        return e.strerror
    code = next((c for cls, c in _REASONS if isinstance(e, cls)), None)
    return os.strerror(code) if code is not None else one_line(str(e)) or type(e).__name__


def read_url(url: str, options: Options = DEFAULT_OPTIONS) -> tuple[str, str]:
    """Read and decode one article URL with the checks of a file: (text, encoding), or an InputError."""
    try:
        with fsspec.open(url, "rb") as f:
            data = reader._read_limited(f, options.max_bytes, url)
    except InputError:
        raise
    except OSError as e:
        raise InputError(f"{url}: cannot read: {_reason(e)}") from e
    if member(url) != url and member(url).lower().endswith(".gz") and data.startswith(b"\x1f\x8b"):
        data = reader.gunzip(data, options.max_bytes, url)  # decode_article sees the archive's name, not the member's
    return reader.decode_article(data, url, options)


def _extract_url(url: str, options: Options) -> Result:
    text, encoding = read_url(url, options)
    # The record id comes from the path: the member's, not the archive's at the end of a chain.
    article = pipeline.extract_decoded(text, Source(path=member(url), encoding=encoding), options=options)
    if member(url) != url:
        article = article.model_copy(update={"source": article.source.model_copy(update={"path": url})})
    return Result(url, article)


def process_source(source: str, options: Options = DEFAULT_OPTIONS) -> Result:
    """Extract one listed article; never raises (except KeyboardInterrupt), like :func:`pool.process_one`."""
    if not is_url(source):
        return process_one(source, options)
    try:
        return _extract_url(source, options)
    except Exception as e:  # noqa: BLE001 (a bug or a storage backend's own error must cost one article)
        return failed(source, e)
