"""The features of underthesea's word segmentation model (9.5), built in Python a column at a time.

underthesea's ``CRFFeaturizer`` (Rust) parses its template again for every syllable and hands back one Python
string per feature (43 a syllable), which the tagger reads back: half the cost of segmenting a sentence. The same
strings built here a whole column at a time (each syllable's lower case, title test and dictionary lookup once, then
shared by the windows that read them) take half the time and go to the same tagger, so the tags are the same. Only
the strings the model knows go (:mod:`vnnews._crfsuite`), each made once when the model is read: three in five.

The values follow the Rust featurizer as measured, not its source: ``lower`` is ``str.lower``, ``is_in_dict``
the lower-cased text in the model's dictionary, ``isdigit`` true for a 32-bit integer ('-1' is one, '2147483648'
is not), and ``istitle`` true when no space-separated word of the text opens with a lower-case letter (',' and
'USD' are titles there, unlike Python's ``str.istitle``). Only texts whose every character is in :data:`SAFE`
(each checked against the Rust featurizer alone and in words) are featurized here; any other text, or a template
with a feature not known here, goes to underthesea's own featurizer.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._crfsuite import known_strings

#: The characters whose case and digit tests agree between Python and the Rust featurizer (checked one by one):
#: printable ASCII, Latin-1 and Latin Extended-A letters but 'ĸ' (a title to Rust: it has no upper case),
#: Vietnamese 'ơ', 'ư' and the Vietnamese block, some quotes and dashes. No other space than ' ', no Greek (a final
#: sigma lowers by context).
SAFE = re.compile(
    "[\x20-\x7e\u00c0-\u00ff\u0100-\u0137\u0139-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9"
    "\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*"
)
#: One feature of the template: 'T[-1,0].lower' -> ('T[-1,0].lower=', -1, 2, 'lower').
_SYNTAX = re.compile(r"T\[(?P<a>-?\d+)(?:,(?P<b>-?\d+))?\](?:\.(?P<function>lower|isdigit|istitle|is_in_dict))?")
#: A 32-bit integer as Rust's ``str::parse`` reads one: a sign, then ASCII digits.
_INT = re.compile(r"[+-]?[0-9]+")
_Spec = tuple[str, int, int, str | None]
Featurize = Callable[[Sequence[str]], list[list[str]]]


def _spec(template: Sequence[str]) -> tuple[_Spec, ...] | None:
    """The template parsed once, or None when it holds a feature this module does not build."""
    out: list[_Spec] = []
    for syntax in template:
        m = _SYNTAX.fullmatch(syntax)
        if m is None:
            return None
        a, b = int(m["a"]), int(m["b"] or m["a"])
        width = b - a + 1
        if not (1 <= width <= 3 and a >= -2 and b <= 2) or (m["function"] == "isdigit" and width != 1):
            return None
        out.append((f"{syntax}=", a, width, m["function"]))
    return tuple(out)


def _title(token: str) -> bool:
    """The Rust featurizer's ``istitle``: no space-separated word opens with a lower-case letter."""
    return not any(w[:1].islower() for w in token.split(" ")) if " " in token else not token[:1].islower()


def _digit(token: str) -> bool:
    """The Rust featurizer's ``isdigit``: the token reads as a 32-bit integer ('-1', '+01'; not '2147483648')."""
    return token[-1:].isdigit() and _INT.fullmatch(token) is not None and -(2**31) <= int(token) < 2**31


def _windows(tokens: Sequence[str], dictionary: frozenset[str] | set[str]) -> dict[tuple[int, str | None], list[str]]:
    """Every value a feature reads, per window width and function, at window start + 2 (BOS before, EOS past)."""
    n = len(tokens)
    lower = [t.lower() for t in tokens]
    title = [_title(t) for t in tokens]
    out: dict[tuple[int, str | None], list[str]] = {}
    for width in (1, 2, 3):
        starts = range(max(0, n - width + 1))
        if width == 1:  # one token a window: its own text, nothing joined
            text, low, titled = list(tokens), lower, list(map(str, title))
        else:
            text = [" ".join(tokens[k : k + width]) for k in starts]
            low = [" ".join(lower[k : k + width]) for k in starts]
            titled = [str(all(title[k : k + width])) for k in starts]
        bos, eos = ["BOS", "BOS"], ["EOS"] * (n + 2 - len(starts))
        out[width, None] = bos + text + eos
        out[width, "lower"] = bos + low + eos
        out[width, "istitle"] = bos + titled + eos
        out[width, "is_in_dict"] = bos + [str(w in dictionary) for w in low] + eos
    out[1, "isdigit"] = ["BOS", "BOS"] + [str(_digit(t)) for t in tokens] + ["EOS", "EOS"]
    return out


def featurizer(
    template: Sequence[str], dictionary: frozenset[str] | set[str], known: Mapping[str, Mapping[str, str]] | None = None
) -> Featurize | None:
    """A function giving each token's feature strings as underthesea's ``CRFFeaturizer`` does, or None.

    With ``known`` (the strings the model knows, by feature and value: :func:`vnnews._crfsuite.known_strings`) only
    those are given, in the same order: the others add nothing to its scores, so its tags are the same.
    """
    spec = _spec(template)
    if spec is None:
        return None
    if known is not None:
        return _known_only(spec, dictionary, known)

    def features(tokens: Sequence[str]) -> list[list[str]]:
        n = len(tokens)
        values = _windows(tokens, dictionary)
        columns = [[head + v for v in values[width, function][a + 2 : a + 2 + n]] for head, a, width, function in spec]
        return [list(row) for row in zip(*columns, strict=True)] if columns else [[] for _ in tokens]

    return features


def _known_only(
    spec: tuple[_Spec, ...], dictionary: frozenset[str] | set[str], known: Mapping[str, Mapping[str, str]]
) -> Featurize:
    """:func:`featurizer`'s function giving only the feature strings the model knows, each read from the model once (a
    value maps to its string: none is joined per token, and the tagger reads the same string objects again)."""
    empty: dict[str, str] = {}
    strings = tuple((known.get(head[:-1], empty).get, a, width, function) for head, a, width, function in spec)

    def features(tokens: Sequence[str]) -> list[list[str]]:
        n = len(tokens)
        values = _windows(tokens, dictionary)
        columns = [list(map(read, values[width, function][a + 2 : a + 2 + n])) for read, a, width, function in strings]
        return [list(filter(None, row)) for row in zip(*columns, strict=True)] if columns else [[] for _ in tokens]

    return features


#: The underthesea_core versions whose Rust featurizer the values here were measured against: any other version
#: (whose featurizer may have changed) keeps its own.
KNOWN_CORE_VERSIONS = ("3.3.",)
#: The CRFsuite file of the model in its folder (underthesea's ``FastCRFSequenceTagger.path_model``).
MODEL_FILE = "models.bin"


@functools.cache
def core_version() -> str:
    """The installed underthesea_core's version ('' when it is not installed as a distribution)."""
    try:
        return importlib.metadata.version("underthesea_core")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a source tree on sys.path
        return ""


@functools.cache
def for_model(path: str, every: bool = False) -> Featurize | None:
    """The featurizer for the word segmentation model saved in ``path`` (its template and dictionary), or None
    when underthesea_core is not a version the values were measured against; it gives only the strings the model
    knows (:func:`featurizer`), or with ``every`` all those underthesea's featurizer gives."""
    if not core_version().startswith(KNOWN_CORE_VERSIONS):
        return None
    joblib = importlib.import_module("joblib")  # underthesea's own reader of these files, imported with its model
    template: Any = joblib.load(os.path.join(path, "features.bin"))
    dictionary: Any = joblib.load(os.path.join(path, "dictionary.bin"))
    if not isinstance(template, list) or not isinstance(dictionary, (set, frozenset)):
        return None
    known = None if every else known_strings(os.path.join(path, MODEL_FILE))
    return featurizer([str(t) for t in template], dictionary, known)


def tags(model: Any, text: str, tokens: list[str], featurize: Featurize | None) -> list[str]:
    """The model's tags for ``tokens`` (matches in ``text``): its tagger on features built here where ``text`` is
    :data:`SAFE` and no token has a space at an end or two together (its words would split otherwise)."""
    if featurize is None or not SAFE.fullmatch(text) or any(" " in t and _odd_spaces(t) for t in tokens):
        return list(model.predict([[token] for token in tokens]))
    return list(model.estimator.tag(featurize(tokens)))


def _odd_spaces(token: str) -> bool:
    """A space at either end of ``token`` or two together."""
    return token.startswith(" ") or token.endswith(" ") or "  " in token
