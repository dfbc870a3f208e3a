"""Word windows around a number, shared by the achievement steps (context, unit, reading, repeats)."""

from __future__ import annotations

import regex

WORD = regex.compile(r"[\p{L}\p{M}\d]+")
SPACES = regex.compile(r"[ \u00a0]+")
_CLAUSE_BREAK = regex.compile(r"[;:]")


def words_before(text: str, start: int, pos: int, n: int) -> str:
    """The last ``n`` words of text[start:pos], within the clause.

    >>> words_before("Năm qua; xã có 40 hộ", 0, 18, 2)
    'có 40'
    """
    chunk = _CLAUSE_BREAK.split(text[start:pos])[-1]
    words = WORD.findall(chunk)
    return " ".join(words[-n:])


def words_after(text: str, pos: int, end: int, n: int) -> str:
    """The first ``n`` words of text[pos:end], within the clause.

    >>> words_after("40 hộ dân nơi đây: ...", 2, 22, 3)
    'hộ dân nơi'
    """
    chunk = _CLAUSE_BREAK.split(text[pos:end])[0]
    return " ".join(WORD.findall(chunk)[:n])
