"""Vocabularies as data: package YAML files, loaded once, validated, extendable without code.

Each file ``vnnews/data/<name>.yaml`` has the shape::

    source: where the list came from (a reader, a style guide, the dev articles...)
    description: what the entries are for
    entries:
      - a plain term
      - {term: "tỷ", value: 1000000000}   # or a mapping, as the file's entry model says

A user extends a vocabulary by putting a file of the same name, with the same shape, in a folder
and passing it as ``Options(lexicon_dirs=(folder,))`` (CLI: ``--lexicon-dir folder``); its
entries are added to the packaged ones. A file that does not validate raises
:class:`~vnnews.errors.LexiconError` naming the file and the problem.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

import regex
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import LexiconError, one_line

T = TypeVar("T")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconFile(BaseModel, Generic[T]):
    """The shape every vocabulary file has."""

    model_config = ConfigDict(extra="forbid")
    source: str
    description: str = ""
    entries: list[T]


def _read(name: str, text: str, entry_type: Any, where: str) -> list[Any]:
    try:
        data = yaml.load(text, Loader=_Loader)  # a safe loader (libyaml when available)
        return list(LexiconFile[entry_type].model_validate(data).entries)
    except yaml.YAMLError as e:
        raise LexiconError(f"lexicon {name!r} in {where}: not valid YAML: {one_line(str(e))}") from e
    except ValidationError as e:
        first = e.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or "(top level)"
        more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise LexiconError(f"lexicon {name!r} in {where}: at {key}: {first['msg']}{more}") from e


@functools.cache
def load(name: str, entry_type: Any = str, dirs: tuple[Path, ...] = ()) -> tuple[Any, ...]:
    """Entries of vocabulary ``name``: the packaged file, then any same-named file in ``dirs``.

    >>> "Giàng" in load("surnames")
    True
    """
    try:
        packaged = resources.files("vnnews").joinpath("data").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise LexiconError(f"no packaged lexicon named {name!r}") from e
    entries = _read(name, packaged, entry_type, f"vnnews/data/{name}.yaml")
    for d in dirs:
        path = Path(d) / f"{name}.yaml"
        if path.is_file():
            entries += _read(name, path.read_text(encoding="utf-8"), entry_type, str(path))
    return tuple(entries)


def terms_pattern(terms: Iterable[str], *, boundary: bool = True) -> str:
    """A regex alternation of ``terms``, longest first, spaces matching any run of spaces.

    >>> terms_pattern(["Bí thư", "Phó Bí thư"])
    '(?:(?<!\\\\w)(?:Phó\\\\s+Bí\\\\s+thư|Bí\\\\s+thư)(?!\\\\w))'
    """
    unique = sorted({t.strip() for t in terms if t.strip()}, key=lambda t: (-len(t), t))
    alts = [r"\s+".join(regex.escape(w) for w in t.split()) for t in unique]
    body = "|".join(alts) if alts else r"(?!x)x"
    return rf"(?:(?<!\w)(?:{body})(?!\w))" if boundary else f"(?:{body})"


_PLAIN_WORDS = regex.compile(r"^[\w ]+$")


@functools.cache
def terms(name: str, dirs: tuple[Path, ...] = ()) -> tuple[str, ...]:
    """The plain terms of a vocabulary whose entries are strings or mappings with a ``term``.

    >>> "Tỉnh ủy" in terms("organisations")
    True
    """
    out = []
    for entry in load(name, Any, dirs):
        term = entry if isinstance(entry, str) else entry.get("term") if isinstance(entry, dict) else None
        if isinstance(term, str):
            out.append(term)
    return tuple(out)


@functools.cache
def fixed_words(dirs: tuple[Path, ...] = ()) -> tuple[str, ...]:
    """Multi-syllable titles, organisations and award names, for underthesea's ``fixed_words``.

    Only plain words are passed: underthesea builds its pattern without escaping them.
    """
    found = {t.strip() for name in ("positions", "organisations", "awards") for t in terms(name, dirs)}
    return tuple(sorted((t for t in found if " " in t and _PLAIN_WORDS.match(t)), key=lambda t: (-len(t), t)))
