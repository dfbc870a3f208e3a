"""Stage 3, tokenize: underthesea's word segmentation, re-aligned to offsets.

underthesea returns bare strings (syllables joined by single spaces) and may rewrite characters,
so tokens are found again in the normalised text by a cursor scan. Called lazily, sentence by
sentence, only where an extractor needs word boundaries.
"""

from __future__ import annotations

import functools
import operator
import os
import re
from dataclasses import dataclass
from typing import Any

from . import _ws_features
from ._underthesea import KNOWN_VERSIONS, version, word_tokenize_module
from .alternation import ordered_trie
from .segment import UNDERTHESEA_LOCK, align, pieces


@dataclass(frozen=True)
class Token:
    """One word (one or more syllables) with its offsets in the normalised text."""

    start: int
    end: int
    text: str


def tokenize(
    text: str, start: int, end: int, fixed_words: tuple[str, ...] = (), limit: int = 2000
) -> list[Token]:
    """Word tokens of text[start:end], each with exact offsets into ``text``.

    >>> [t.text for t in tokenize("Phó Bí thư Tỉnh ủy Hoàng Giang", 0, 30, ("Phó Bí thư", "Tỉnh ủy"))]
    ['Phó Bí thư', 'Tỉnh ủy', 'Hoàng Giang']

    underthesea keeps the last ``fixed_words`` pattern in a global (a call without any reuses it), so
    the pipeline always passes the same lexicon list and results do not depend on call order.
    """
    tokens: list[Token] = []
    for ps, pe in pieces(text, start, end, limit):
        words = _word_tokenize(text[ps:pe], fixed_words)
        found = align(text, ps, pe, words)
        if found is None:  # fall back to whitespace syllables rather than lose the piece
            found = align(text, ps, pe, text[ps:pe].split())
        for s, e in found or []:
            tokens.append(Token(s, e, text[s:e]))
    return tokens


def _word_tokenize(piece: str, fixed_words: tuple[str, ...]) -> list[str]:
    """``word_tokenize(piece, fixed_words=...)`` without rebuilding the fixed words' pattern on every call.

    underthesea compiles ``fixed_words`` into the global pattern of its regex tokenizer on each call (a
    third of its time on a sentence here); setting that global to the same pattern, built once, and
    calling without ``fixed_words`` gives the same words and leaves the same global behind.
    """
    ws = word_tokenize_module()
    with UNDERTHESEA_LOCK:  # its model loader and fixed_words pattern are unguarded globals
        if not version().startswith(KNOWN_VERSIONS):  # the shortcut reads 9.5's internals: another version's own call
            return list(ws.word_tokenize(piece, use_token_normalize=False, fixed_words=list(fixed_words)))
        if not fixed_words:
            return list(ws.word_tokenize(piece, use_token_normalize=False, fixed_words=[]))
        pattern = ws.regex_tokenize.patterns = _fixed_pattern(fixed_words)
        if ws.word_tokenize_model is None:
            return list(ws.word_tokenize(piece, use_token_normalize=False))  # loads the model
        return _segmented(pattern, ws.regex_tokenize.normalize_characters_in_text(piece), ws.word_tokenize_model)


def _segmented(pattern: re.Pattern[str], text: str, model: Any) -> list[str]:
    """underthesea's ``word_tokenize`` (9.5) on its model, its tokens read as whole matches.

    Each alternative of its pattern is one named group and ends it, so the first group it finds set in a
    match (a dict of some twenty groups built per token) is the whole match. The features go to its tagger
    built by :mod:`vnnews._ws_features` (the same strings, half the time).
    """
    tokens = list(map(_WHOLE, pattern.finditer(text)))
    output: list[str] = []
    for tag, token in zip(_ws_features.tags(model, text, tokens, _model_featurizer()), tokens, strict=False):
        if tag == "I-W" and output:
            output[-1] = output[-1] + " " + token
        else:
            output.append(token)
    return output


def _model_featurizer() -> _ws_features.Featurize | None:
    """The features of underthesea's word segmentation model built in Python (:mod:`vnnews._ws_features`)."""
    return _ws_features.for_model(os.path.join(os.path.dirname(word_tokenize_module().__file__ or ""), *_MODEL))


#: Where underthesea 9.5's word_tokenize keeps its model, under the module's folder.
_MODEL = ("models", "ws_crf_vlsp2013_20230727")
#: The whole text of a match, mapped over matches.
_WHOLE = operator.methodcaller("group")


@functools.cache
def _fixed_pattern(fixed_words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern underthesea's regex tokenizer compiles for ``fixed_words`` (once), the fixed words' alternation
    written as a tree (:func:`fixed_trie`): the same matches, found faster.

    It opens with ``(?=\\S)``: no alternative of underthesea's starts with a space (each opens with a word character,
    a digit or a mark; its last is ``[^\\w\\s]``), so a search fails at a space at once instead of trying some thirty
    alternatives there (a third of the scan's time), and finds the same tokens.
    """
    regex_tokenize = word_tokenize_module().regex_tokenize
    if fixed_words and all(_PLAIN.fullmatch(w) for w in fixed_words):  # as underthesea joins its patterns
        merged = [f"(?P<fixed_words>\\b(?:{fixed_trie(fixed_words)}))", *regex_tokenize.regex_patterns]
        return re.compile(r"(?=\S)(" + "|".join(merged) + ")", re.VERBOSE | re.UNICODE)
    with UNDERTHESEA_LOCK:  # pragma: no cover - words with regex syntax: underthesea's own pattern
        regex_tokenize.tokenize("", fixed_words=list(fixed_words))
        pattern: re.Pattern[str] = regex_tokenize.patterns
        return pattern


#: Fixed words :func:`fixed_trie` writes: letters, digits and single spaces between words.
_PLAIN = re.compile(r"\w+(?: \w+)*")


def fixed_trie(words: tuple[str, ...]) -> str:
    r"""``w1\b|w2\b|...`` for plain words, one space between their words, as a tree that keeps the first match
    (:func:`vnnews.alternation.ordered_trie`): underthesea tries a plain alternation's words one by one at every token.

    >>> fixed_trie(("Bí thư Tỉnh ủy", "Phó Bí thư", "Bí thư"))
    'Bí\\ thư(?:\\ Tỉnh\\ ủy\\b|\\b)|Phó\\ Bí\\ thư\\b'
    """
    return ordered_trie(words, " ", r"\b")


def load_model() -> None:
    """Load underthesea's word segmentation model and its features' dictionary now (before forking), not when used."""
    ws = word_tokenize_module()
    with UNDERTHESEA_LOCK:
        ws.word_tokenize("Việt Nam", use_token_normalize=False)
        _model_featurizer()
