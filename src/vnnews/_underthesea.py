"""The parts of underthesea vnnews uses, imported without the rest of the package and only when first needed.

``import underthesea`` runs a package ``__init__`` that imports every pipeline underthesea has
(chunking, NER and POS tagging each load a 74,000-word dictionary; classification pulls in
requests, word segmentation joblib and numpy): most of vnnews's cold start, for a sentence
splitter and a word segmenter. When underthesea is not imported yet and is a version whose layout
was read here, :func:`_install` puts the package in ``sys.modules`` without running that
``__init__``; its submodules import as usual, and the first name read from the package itself
(``underthesea.pos_tag``, ``from underthesea import word_tokenize``, ``__version__``) runs the
whole ``__init__`` then, so code that imports underthesea sees the same package as ever. Word
segmentation (joblib and numpy, and its model) is imported on the first word tokenized: many
articles need none.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import importlib.util
import sys
import threading
from types import ModuleType
from typing import Any

PACKAGE = "underthesea"
#: The underthesea versions whose package layout (and import order, below) this module follows, and whose
#: sentence splitter's loop vnnews._sentences follows: a new version is checked for both.
KNOWN_VERSIONS = ("9.5.",)

_LOCK = threading.RLock()


@functools.cache
def version() -> str:
    """The installed underthesea's version ('' when it is not installed as a distribution)."""
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a source tree on sys.path
        return ""


def _install() -> None:
    """Register underthesea's package module, its ``__init__`` run on the first name read from it."""
    if PACKAGE in sys.modules or not version().startswith(KNOWN_VERSIONS):
        return
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:  # pragma: no cover
        return
    module = importlib.util.module_from_spec(spec)
    loader = spec.loader
    ran: list[bool] = []

    def __getattr__(name: str) -> Any:  # the module's own attribute hook (PEP 562)
        with _LOCK:
            if not ran:
                ran.append(True)
                loader.exec_module(module)
        try:
            return module.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}") from None

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[PACKAGE] = module


@functools.cache
def word_tokenize_module() -> ModuleType:
    """``underthesea.pipeline.word_tokenize``, imported on first use (it brings joblib and numpy)."""
    with _LOCK:
        # underthesea's text_normalize and word_tokenize import each other: text_normalize goes
        # first, as in underthesea's own __init__ (the other order fails on the partial module).
        importlib.import_module(f"{PACKAGE}.pipeline.text_normalize")
        return importlib.import_module(f"{PACKAGE}.pipeline.word_tokenize")


@functools.cache
def sent_tokenize_module() -> ModuleType:
    """``underthesea.pipeline.sent_tokenize`` (a small module: an abbreviation list and the splitter)."""
    with _LOCK:
        return importlib.import_module(f"{PACKAGE}.pipeline.sent_tokenize")


_install()
