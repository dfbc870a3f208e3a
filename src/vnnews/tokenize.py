"""Stage 3, tokenize: underthesea's word segmentation, re-aligned to offsets.

underthesea returns bare strings (syllables joined by single spaces) and may rewrite characters,
so tokens are found again in the normalised text by a cursor scan. Called lazily, sentence by
sentence, only where an extractor needs word boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass

from underthesea import word_tokenize

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
        with UNDERTHESEA_LOCK:  # its model loader and fixed_words pattern are unguarded globals
            words = word_tokenize(text[ps:pe], use_token_normalize=False, fixed_words=list(fixed_words))
        found = align(text, ps, pe, words)
        if found is None:  # fall back to whitespace syllables rather than lose the piece
            found = align(text, ps, pe, text[ps:pe].split())
        for s, e in found or []:
            tokens.append(Token(s, e, text[s:e]))
    return tokens


def load_model() -> None:
    """Load underthesea's word segmentation model now (before forking workers, or threads), not on first use."""
    with UNDERTHESEA_LOCK:
        word_tokenize("Việt Nam", use_token_normalize=False)
