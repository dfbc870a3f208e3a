"""Vocabularies as data: package YAML files, loaded once, validated, extendable without code.

Each file ``vnnews/data/<name>.yaml`` has the shape::

    source: where the list came from (a reader, a style guide, the dev articles...)
    description: what the entries are for
    entries:
      - a plain term
      - {term: "tỷ", value: 1000000000, kind: scale}   # or a mapping, as the file's entry model says

Which model a file's entries follow is declared once, in :data:`vnnews.entries.REGISTRY`;
:func:`load` takes only the name. A user extends a vocabulary by putting a file of the same
name, with the same shape, in a folder and passing it as ``Options(lexicon_dirs=(folder,))``
(CLI: ``--lexicon-dir folder``); its entries are added to the packaged ones. A folder that is
missing, holds a file with no registered name, or a file that does not validate raises
:class:`~vnnews.errors.LexiconError` naming the file and the entry (:func:`check_dir`).

A vocabulary compiled for matching is a :class:`Termset`: its terms once each, longest first,
as one regex alternation (:meth:`Termset.pattern`) or, in the people extractor, as word sequences.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any, Literal, overload

import regex
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from ._yaml_cache import load_yaml
from .alternation import ordered_trie
from .entries import (
    REGISTRY,
    Appointment,
    AwardEntry,
    ContextEntry,
    Cue,
    Entry,
    GrammarWord,
    Namer,
    NameStop,
    NumberWord,
    OrgHead,
    PeopleUnit,
    PhraseEntry,
    QualifierEntry,
    RecipientEntry,
    SenseEntry,
    SpecEntry,
    UnitEntry,
    WordEntry,
)
from .errors import LexiconError, one_line

Dirs = tuple[Path, ...]


class LexiconFile(BaseModel):
    """The shape every vocabulary file has (entries are checked against the file's model apart)."""

    model_config = ConfigDict(extra="forbid")
    source: str
    description: str = ""
    entries: list[Any]


def _at_key(where: str, error: ValidationError) -> LexiconError:
    """One line naming the file, the first bad key of its top level and what is wrong with it."""
    first = error.errors()[0]
    key = ".".join(str(p) for p in first["loc"]) or "(top level)"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return LexiconError(one_line(f"{where}: at {key}: {first['msg']}{more}"))


def _at_entry(where: str, index: int, entry: object, error: ValidationError) -> LexiconError:
    """One line naming the file, the bad entry (its number and what it says) and each thing wrong with it."""
    wrong = "; ".join(
        (f"{'.'.join(str(p) for p in e['loc'])}: " if e["loc"] else "") + e["msg"] for e in error.errors()
    )
    return LexiconError(one_line(f"{where}: at entries.{index} ({entry!r}): {wrong}"))


def _read(name: str, text: str, where: str) -> list[Entry]:
    """Parse and validate one vocabulary file against the model registered for ``name``."""
    where = f"lexicon {name!r} in {where}"
    try:
        data = LexiconFile.model_validate(load_yaml(text))  # a safe loader, or its cached JSON copy
    except yaml.YAMLError as e:
        raise LexiconError(one_line(f"{where}: not valid YAML: {e}")) from e
    except ValidationError as e:
        raise _at_key(where, e) from e
    model = REGISTRY[name]
    entries: list[Entry] = []
    for index, entry in enumerate(data.entries):
        try:
            entries.append(model.model_validate(entry))
        except ValidationError as e:
            raise _at_entry(where, index, entry, e) from e
    return entries


def _hint(name: str) -> str:
    """The registered name closest to ``name``, or the list of them."""
    close = difflib.get_close_matches(name, REGISTRY, n=1)
    return f"did you mean {close[0]}.yaml?" if close else f"vocabularies are {', '.join(sorted(REGISTRY))}"


@functools.cache
def check_dir(folder: Path) -> None:
    """Validate a user's vocabulary folder whole: it exists, each ``*.yaml`` in it is a known vocabulary and loads.

    Other files (a README) are left alone; a ``*.yml`` is refused so that a misnamed file is never skipped silently.

    >>> check_dir(Path("/no/such/vocab"))
    Traceback (most recent call last):
    ...
    vnnews.errors.LexiconError: lexicon folder /no/such/vocab does not exist
    """
    if not folder.is_dir():
        raise LexiconError(f"lexicon folder {folder} {'is not a folder' if folder.exists() else 'does not exist'}")
    for path in sorted(folder.iterdir()):
        if path.suffix not in {".yaml", ".yml"}:
            continue
        if path.suffix != ".yaml" or path.stem not in REGISTRY:
            raise LexiconError(f"lexicon file {path}: no vocabulary is named {path.name!r} ({_hint(path.stem)})")
        _read(path.stem, path.read_text(encoding="utf-8"), str(path))


@overload
def load(name: Literal["people_org_heads"], dirs: Dirs = ()) -> tuple[OrgHead, ...]: ...
@overload
def load(name: Literal["people_namers"], dirs: Dirs = ()) -> tuple[Namer, ...]: ...
@overload
def load(name: Literal["people_name_stops"], dirs: Dirs = ()) -> tuple[NameStop, ...]: ...
@overload
def load(name: Literal["people_cues"], dirs: Dirs = ()) -> tuple[Cue, ...]: ...
@overload
def load(name: Literal["people_appointments"], dirs: Dirs = ()) -> tuple[Appointment, ...]: ...
@overload
def load(name: Literal["people_units"], dirs: Dirs = ()) -> tuple[PeopleUnit, ...]: ...
@overload
def load(name: Literal["people_grammar_words"], dirs: Dirs = ()) -> tuple[GrammarWord, ...]: ...
@overload
def load(name: Literal["numbers"], dirs: Dirs = ()) -> tuple[NumberWord, ...]: ...
@overload
def load(name: Literal["qualifiers"], dirs: Dirs = ()) -> tuple[QualifierEntry, ...]: ...
@overload
def load(name: Literal["units"], dirs: Dirs = ()) -> tuple[UnitEntry, ...]: ...
@overload
def load(name: Literal["achievement_context"], dirs: Dirs = ()) -> tuple[ContextEntry, ...]: ...
@overload
def load(name: Literal["achievement_phrases"], dirs: Dirs = ()) -> tuple[PhraseEntry, ...]: ...
@overload
def load(name: Literal["achievement_sense"], dirs: Dirs = ()) -> tuple[SenseEntry, ...]: ...
@overload
def load(name: Literal["achievement_specs"], dirs: Dirs = ()) -> tuple[SpecEntry, ...]: ...
@overload
def load(name: Literal["awards"], dirs: Dirs = ()) -> tuple[AwardEntry, ...]: ...
@overload
def load(name: Literal["recipients"], dirs: Dirs = ()) -> tuple[RecipientEntry, ...]: ...
@overload
def load(name: Literal["award_words"], dirs: Dirs = ()) -> tuple[WordEntry, ...]: ...
@overload
def load(name: str, dirs: Dirs = ()) -> tuple[Entry, ...]: ...
def load(name: str, dirs: Dirs = ()) -> tuple[Entry, ...]:
    """Entries of vocabulary ``name``: the packaged file, then the same-named file of each folder in ``dirs``.

    The typed overloads mirror :data:`~vnnews.entries.REGISTRY` (a test keeps them equal).

    >>> "Giàng" in {e.term for e in load("surnames")}
    True
    >>> load("numbers")[0]
    NumberWord(term='một', value=Decimal('1'), kind='digit', ambiguous=False, per=True)
    """
    if name not in REGISTRY:
        raise LexiconError(f"no vocabulary is named {name!r} ({_hint(name)})")
    return _load(name, tuple(Path(d) for d in dirs))


@functools.cache
def _load(name: str, dirs: Dirs) -> tuple[Entry, ...]:
    for d in dirs:
        check_dir(d)
    packaged = resources.files("vnnews").joinpath("data").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    entries = _read(name, packaged, f"vnnews/data/{name}.yaml")
    for d in dirs:
        path = d / f"{name}.yaml"
        if path.is_file():
            entries += _read(name, path.read_text(encoding="utf-8"), str(path))
    return tuple(entries)


def terms(name: str, dirs: Dirs = ()) -> list[str]:
    """The terms of a vocabulary, in file order.

    >>> "Tỉnh ủy" in terms("organisations")
    True
    """
    return [e.term for e in load(name, dirs)]


def term_regex(term: str, word: Callable[[str], str] = regex.escape) -> str:
    r"""One term as a regex: each word escaped (or as ``word`` writes it), any run of spaces between words.

    >>> term_regex("Huân  chương Lao động")
    'Huân\\s+chương\\s+Lao\\s+động'
    """
    return r"\s+".join(word(w) for w in term.split())


class Termset:
    """A compiled vocabulary: its terms stripped, each once, longest first (then alphabetical).

    ``exact`` says whether the people extractor matches it case-sensitively on word tokens; a regex
    takes its case from its own flags. Compared by identity, so that it can key a lookup table.
    """

    __slots__ = ("exact", "terms")

    def __init__(self, terms: Iterable[str], *, exact: bool = False) -> None:
        self.terms: tuple[str, ...] = tuple(sorted({t.strip() for t in terms if t.strip()}, key=lambda t: (-len(t), t)))
        self.exact = exact

    def __repr__(self) -> str:
        return f"Termset({len(self.terms)} terms{', exact' if self.exact else ''})"

    def pattern(self, *, boundary: bool = True, word: Callable[[str], str] = regex.escape) -> str:
        """The terms as one regex alternation, longest first, not inside a word unless ``boundary`` is False.

        The one place a vocabulary becomes a regex; ``word`` writes a term's words (default: escaped).

        >>> Termset(["Bí thư", "Phó Bí thư", "Bí thư"]).pattern()
        '(?:(?<!\\\\w)(?:Phó\\\\s+Bí\\\\s+thư|Bí\\\\s+thư)(?!\\\\w))'
        >>> Termset([]).pattern(boundary=False)
        '(?:(?!x)x)'
        """
        # words written as themselves: the same alternation as a tree, shared prefixes once (vnnews.alternation)
        tree = word is regex.escape or all(word(w) == regex.escape(w) for t in self.terms for w in t.split())
        body = (ordered_trie(self.terms) if tree else "|".join(term_regex(t, word) for t in self.terms)) or r"(?!x)x"
        return rf"(?:(?<!\w)(?:{body})(?!\w))" if boundary else f"(?:{body})"


_PLAIN_WORDS = regex.compile(r"^[\w ]+$")


@functools.cache
def fixed_words(dirs: Dirs = ()) -> tuple[str, ...]:
    """Multi-syllable titles, organisations and award names, for underthesea's ``fixed_words``.

    Only plain words are passed: underthesea builds its pattern without escaping them.
    """
    found = {t for name in ("positions", "people_posted_abroad", "organisations", "awards") for t in terms(name, dirs)}
    return tuple(sorted((t for t in found if " " in t and _PLAIN_WORDS.match(t)), key=lambda t: (-len(t), t)))
