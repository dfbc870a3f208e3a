"""Rule tables that are data but not user vocabularies: ``data/rules/<name>.yaml``, loaded once, validated.

The syllable inventory (:mod:`vnnews.syllables`) and the words around dates (:mod:`vnnews.dates`)
describe the language, not a newsroom's terms, so a ``--lexicon-dir`` folder does not extend them.
They share the vocabulary files' shape (``source``, ``description``, ``entries``) and a file that
does not validate raises :class:`~vnnews.errors.LexiconError` naming the file and the key.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from ._yaml_cache import load_yaml
from .errors import LexiconError, one_line

M = TypeVar("M", bound=BaseModel)


class _RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    description: str = ""
    entries: list[Any]


@functools.cache
def load_rules(name: str, model: type[M]) -> tuple[M, ...]:
    """Entries of ``data/rules/<name>.yaml``, each validated as ``model``.

    >>> from vnnews._date_rules import _Entry
    >>> load_rules("dates", _Entry)[0].kind
    'part_of_day'
    """
    where = f"vnnews/data/rules/{name}.yaml"
    try:
        text = resources.files("vnnews").joinpath("data").joinpath("rules").joinpath(f"{name}.yaml").read_text("utf-8")
        data = _RuleFile.model_validate(load_yaml(text))  # a safe loader, or its cached JSON copy
        return tuple(model.model_validate(e) for e in data.entries)
    except FileNotFoundError as e:
        raise LexiconError(f"no packaged rule table named {name!r}") from e
    except yaml.YAMLError as e:
        raise LexiconError(f"{where}: not valid YAML: {one_line(str(e))}") from e
    except ValidationError as e:
        first = e.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise LexiconError(one_line(f"{where}: at {key}: {first['msg']}")) from e
