"""underthesea's part-of-speech tagger and word dictionary, as the achievement rules read them.

The tagger's CRF model tags a few words around a unit ('tàu | khu trục'); its features are computed here in linear time
(underthesea's own loop is quadratic). The dictionary is the set of words its features read, looked up in either
tone-mark spelling.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Container, Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, cast

import regex

from ..segment import UNDERTHESEA_LOCK

#: Tags of a word that makes the verb before it a verb with its object: noun, classifier, name ('mặc | áo', 'trúng |
#: giải' after a unit; 'tổ chức thành công | Đại hội' after a verb and its result).
OBJECT_TAGS = frozenset({"N", "Nc", "Np"})

@functools.lru_cache(maxsize=4096)
def tags(words: tuple[str, ...]) -> tuple[str, ...]:
    """underthesea's part-of-speech tag of each word, or no tags when its tagger is not there."""
    with UNDERTHESEA_LOCK:
        tagger = _tagger()
        if tagger is None:  # pragma: no cover - an underthesea without its CRF tagger: no trimming
            return ()
        return tuple(tagger.model.tag(_features(words, _template(tuple(tagger.transformer.template)))))


def load_tagger() -> None:
    """Load the tagger's model now (a batch does it before forking, so workers share it), not on first use."""
    with UNDERTHESEA_LOCK:
        _tagger()


@functools.cache
def dictionary() -> Container[str]:
    """underthesea's dictionary of words ('phục vụ', 'xúc xích': 72,000, lower case), or none without it; a word
    it spells with old tone marks is found in the modern spelling the text is normalised to ('thuỷ đậu').

    It is the set the POS tagger's features read, loaded with the tagger: reading it costs no load of its own.

    >>> "thủy đậu" in dictionary(), "hòa giải" in dictionary(), "phục vụ" in dictionary()
    (True, True, True)
    """
    try:
        from underthesea.pipeline.pos_tag.tagged_feature import lower_words
    except ImportError:  # pragma: no cover - no underthesea: no word is known
        return frozenset()
    return _Spellings(cast(AbstractSet[str], lower_words))


def in_dictionary(syllables: Iterable[str]) -> bool:
    """The syllables, joined by one space and case-folded, make one word of :func:`dictionary` ('Cơ sở', 'cà' and
    'phê' of 'cà-phê').

    >>> in_dictionary(["Cơ", "sở"]), in_dictionary("cà-phê".split("-")), in_dictionary(["sở", "cơ"])
    (True, True, False)
    """
    return " ".join(syllables).casefold() in dictionary()


def span_in_dictionary(text: str, start: int, end: int) -> bool:
    """The syllables in text[start:end] make one word underthesea knows ('cơ sở', 'ghi nhận')."""
    return in_dictionary(text[start:end].split())


class _Spellings:
    """A set of words found in either tone-mark spelling: 'thủy' is looked up as 'thuỷ' too."""

    __slots__ = ("words",)

    def __init__(self, words: AbstractSet[str]) -> None:
        self.words = words

    def __contains__(self, word: object) -> bool:
        if word in self.words:
            return True
        return isinstance(word, str) and _MODERN_PAIR.search(word) is not None and old_tones(word) in self.words


#: The tone-marked vowel pairs of a syllable ending in 'oa', 'oe', 'uy', modern spelling -> old ('òa' -> 'oà').
_OLD_PAIRS = {
    unicodedata.normalize("NFC", first + tone) + second: first + unicodedata.normalize("NFC", second + tone)
    for tone in "\u0300\u0301\u0303\u0309\u0323"
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
}
_MODERN_PAIR = regex.compile(rf"(?<![qQ])(?:{'|'.join(_OLD_PAIRS)})(?![\p{{L}}\p{{M}}])")


def old_tones(text: str) -> str:
    """``text`` with its tone marks in the old places ('thủy đậu' -> 'thuỷ đậu'), as some dictionaries spell it.

    >>> old_tones("thủy đậu hòa giải quý hoàng")
    'thuỷ đậu hoà giải quý hoàng'
    """
    return _MODERN_PAIR.sub(lambda m: _OLD_PAIRS[m.group()], text)


def _tagger() -> Any:
    """underthesea's CRF part-of-speech tagger (its model loads on the first call), or None without it."""
    try:
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
    except ImportError:  # pragma: no cover
        return None
    return CRFPOSTagPredictor.Instance()


_SYNTAX = regex.compile(r"T\[(?P<a>-?\d+)(?:,(?P<b>-?\d+))?\](?:\[(?P<column>.*)\])?(?:\.(?P<function>.*))?")
#: One feature of the tagger's template: its name, first and last word (relative), column, function.
_Feature = tuple[str, int, int | None, int, str | None]
#: underthesea's ``apply_function(name, word)``: a word's value of a named function ('lower', 'istitle').
_Function = Callable[[str, str], object]


@functools.cache
def _template(template: tuple[str, ...]) -> tuple[_Feature, ...]:
    """The tagger's feature template, parsed once (underthesea parses it again for every word)."""
    out: list[_Feature] = []
    for syntax in template:
        m = _SYNTAX.fullmatch(syntax)
        if m is None:  # pragma: no cover - underthesea's template changed: read it as underthesea does
            raise ValueError(f"unknown feature template {syntax!r}")
        b = m.group("b")
        out.append((syntax, int(m.group("a")), int(b) if b else None, int(m.group("column") or 0), m.group("function")))
    return tuple(out)


def _features(words: tuple[str, ...], template: tuple[_Feature, ...]) -> list[list[str]]:
    """The features underthesea's POS tagger computes for each word, in linear time (its own loop is quadratic).

    Column 0 is the word, column 1 the placeholder tag 'X' underthesea gives every word before tagging. Built a
    feature at a time, each word's function value computed once, not once per feature that reads it.
    """
    from underthesea.pipeline.pos_tag.tagged_feature import apply_function

    if not template:
        return [[] for _ in words]
    per_word: dict[str | None, Sequence[str]] = {None: words}  # each word's value of a function ('lower')
    columns = [_column(words, feature, per_word, apply_function) for feature in template]
    return [list(row) for row in zip(*columns, strict=True)]


def _column(
    words: tuple[str, ...], feature: _Feature, per_word: dict[str | None, Sequence[str]], apply_function: _Function
) -> list[str]:
    """One feature of every word ('T[-1].lower=...'): BOS before the sentence, EOS past it, else its value."""
    syntax, a, b, column, function = feature
    n = len(words)
    last = a if b is None else b
    bos = min(n, max(0, -a))  # words before it read BOS (tested first), those from ``eos`` on EOS
    eos = max(bos, min(n, n - max(a, last)))
    cells: Sequence[str]
    if column == 0 and last == a:
        if function is not None and function not in per_word:
            per_word[function] = [f"{apply_function(function, word)}" for word in words]
        cells = per_word[function][bos + a : eos + a]
    else:
        if column == 0:
            cells = [" ".join(words[i + a : i + last + 1]) for i in range(bos, eos)]
        else:
            cells = [" ".join(("X",) * len(range(a, last + 1)))] * (eos - bos)
        if function is not None:
            cells = [f"{apply_function(function, cell)}" for cell in cells]
    head = f"{syntax}="
    return [f"{head}BOS"] * bos + [head + cell for cell in cells] + [f"{head}EOS"] * (n - eos)
