"""Stage 3, tokenize: underthesea's word segmentation, re-aligned to offsets.

underthesea returns bare strings (syllables joined by single spaces) and may rewrite characters,
so tokens are found again in the normalised text by a cursor scan. Called lazily, sentence by
sentence, only where an extractor needs word boundaries.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ._underthesea import word_tokenize_module
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
        if not fixed_words:
            return list(ws.word_tokenize(piece, use_token_normalize=False, fixed_words=[]))
        ws.regex_tokenize.patterns = _fixed_pattern(fixed_words)
        return list(ws.word_tokenize(piece, use_token_normalize=False))


@functools.cache
def _fixed_pattern(fixed_words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern underthesea's regex tokenizer compiles for ``fixed_words`` (built by its own code, once)."""
    regex_tokenize = word_tokenize_module().regex_tokenize
    with UNDERTHESEA_LOCK:
        regex_tokenize.tokenize("", fixed_words=list(fixed_words))
        pattern: re.Pattern[str] = regex_tokenize.patterns
        return pattern


def load_model() -> None:
    """Load underthesea's word segmentation model now (before forking workers, or threads), not on first use."""
    ws = word_tokenize_module()
    with UNDERTHESEA_LOCK:
        ws.word_tokenize("Việt Nam", use_token_normalize=False)
