"""The noun kept whole ('word' entries) that a predicate cut falls inside or right before (split from _achv_pos by
size)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..tokenize import Token
from ._achv_vocab import Vocab


def kept_at(text: str, start: int, cut: int, end: int, v: Vocab) -> regex.Match[str] | None:
    """The noun kept whole in text[start:end] that a cut at ``cut`` falls inside ('quả đá phạt': the tagger's verb
    'phạt'), or that opens right after it, past the head: the tagger's verb opening it ('3.501 thí sinh | giáo dục
    thường xuyên', unitR36) is no predicate, for a noun opens none."""
    for w in v.word.finditer(text, start, end):
        if w.start() < cut < w.end() or (start < cut < w.start() and not text[cut : w.start()].strip()):
            return w
    return None


def kept_nouns(toks: Sequence[Token], word_tags: tuple[str, ...], v: Vocab) -> tuple[str, ...]:
    """The tags with each token that is a whole noun kept whole (joined by ``retokenized``) read as a noun: the
    tagger's verb opening it ('giáo dục thường xuyên') is none, and a predicate after it is cut there ('300 học viên
    giáo dục thường xuyên | dự thi', review of unitR36)."""
    if len(word_tags) != len(toks):
        return word_tags
    return tuple("N" if v.word.fullmatch(t.text) else tag for t, tag in zip(toks, word_tags, strict=True))
