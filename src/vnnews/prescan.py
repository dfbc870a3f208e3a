"""Try a slow pattern only where a cheap one says a match may start: the same matches, found faster.

A pattern that opens with lookbehinds and a long alternation of words is tried by the regex engine
at every character of the text, and most characters open no match: scanning sentences for numbers
this way cost a tenth of the pipeline. :func:`scan` runs a cheap pattern of the places a match can
start (digits, a sign, the first words) and tries the slow one only there. It gives exactly
``pattern.finditer(text, start, stop)`` when every match of ``pattern`` starts at the start of a
match of ``starts`` and none starts strictly inside one; each caller says why that holds, and a test
compares the two on every article at hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from .lexicon import Termset


def word_trie(words: Iterable[str]) -> str:
    r"""The words as one regex alternation with shared prefixes: the same strings as ``a|b|...``, tried faster.

    >>> word_trie(["ba", "bảy", "bốn", "hai"])
    '(?:b(?:a|ảy|ốn)|hai)'
    >>> regex.fullmatch(word_trie(["tư", "tư vấn"]), "tư vấn") is not None
    True
    """
    ends = False
    groups: dict[str, list[str]] = {}
    for w in set(words):
        if w:
            groups.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    parts = [regex.escape(c) + word_trie(rest) for c, rest in sorted(groups.items())]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and not ends else f"(?:{'|'.join(parts)})"
    return f"{body}?" if ends else body


def words_pattern(words: Iterable[str]) -> str:
    """Any of ``words`` as a regex: a :func:`word_trie` when no word holds a space, else the vocabulary's alternation.

    A term of several words matches across any run of spaces (:func:`~vnnews.lexicon.term_regex`),
    which a trie of characters does not say.
    """
    ws = [w.strip() for w in words if w.strip()]
    if any(c.isspace() for w in ws for c in w):
        return Termset(ws).pattern(boundary=False)
    return word_trie(ws) or r"(?!x)x"


def scan(
    pattern: regex.Pattern[str], starts: regex.Pattern[str], text: str, start: int, stop: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, start, stop)``, tried only where ``starts`` finds something.

    Same matches when every match of ``pattern`` starts where a match of ``starts`` does and no
    match of ``pattern`` starts strictly inside one (``starts`` matches never overlap).

    >>> p, s = regex.compile(r"(?<!\\w)\\d+(?: năm)?"), regex.compile(r"\\d+")
    >>> [m.group() for m in scan(p, s, "a1 2 năm, 34", 0, 12)] == [m.group() for m in p.finditer("a1 2 năm, 34")]
    True
    """
    match = pattern.match
    resume = start
    for cue in starts.finditer(text, start, stop):
        at = cue.start()
        if at < resume:
            continue
        m = match(text, at, stop)
        if m is not None:
            yield m
            resume = max(m.end(), at + 1)
