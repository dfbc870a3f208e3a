"""A word cut off where a text stops (an excerpt's end, or bytes lost), read by :mod:`._achv_unit`.

A letter or a syllable that only opens a word, left at the end of a cut-off text ('tương đương 37 t', 'bầu 16 đạ',
'trên 4 tỷ đồ'), is no unit, and a longer unit gives it back ('2 dự án trồ', '01 thành phố tr'); a one-letter
symbol there measures nothing ('trong 4 mẫu thức ăn có 1 m': 'mẫu' cut off). A fact in a cut-off sentence is
optional (GUIDELINES, Excerpts).
"""

from __future__ import annotations

import functools

import regex

from ._achv_tags import dictionary, span_in_dictionary
from ._achv_vocab import Vocab
from ._achv_words import SPACES

_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# Nothing more in the text but spaces, or a replacement character where a cut-off excerpt lost its bytes.
_CUT_OFF = regex.compile(r"\s*(?:\ufffd|$)")
# A one-digit number and spaces closing the text read, after the word before it ('có 1 ').
_LONE_DIGIT = regex.compile(r"(?<!\S)(?P<w>\w+)[ \u00a0]+\d[ \u00a0]*$")
# Lower-case consonants only: no syllable, a word's first letters ('tr', 'ngh').
_CONSONANTS = regex.compile(r"[bcdđghklmnpqrstvx]+")


def cut_off_symbol(text: str, start: int, end: int, v: Vocab) -> bool:
    """A one-letter symbol after a one-digit number counted by a verb ('có', ``cut_count``) where the text stops
    ('trong 4 mẫu thức ăn có 1 m' ending an excerpt): a word cut off ('mẫu'), no measure; not after a longer amount
    ('Cầu dài 120 m'), nor after any other word ('kè dài 5 m', 'nước dâng cao 1 m', 'mở rộng lên 7 m': measures)."""
    if end - start != 1 or not text[start].isalpha() or not _CUT_OFF.match(text, end):
        return False
    m = _LONE_DIGIT.search(text, 0, start)
    return m is not None and bool(v.cut_count.fullmatch(m.group("w")))


def cut_off_letter(text: str, words: list[tuple[int, int]], v: Vocab) -> bool:
    """A unit of one lower-case letter, or of one syllable no dictionary holds or that only opens a unit of measure or
    a currency, where the text stops or lost bytes: a word cut off ('tương đương 37 t', 'bầu 16 đạ', 'trên 4 tỷ đồ'
    ending an excerpt), no unit, so no fact. A longer unit gives such a syllable back ('2 dự án trồ', '6 người b')."""
    if not words or not _CUT_OFF.match(text, words[-1][1]):
        return False
    if len(words) > 1:
        if _cut_syllable(text, *words[-1]) and _begins_syllable(text[slice(*words[-1])]) and not span_in_dictionary(
            text, words[-2][0], words[-1][1]
        ):
            words.pop()
        return False
    s, e = words[0]
    if e - s == 1:
        return text[s] in _ASCII_LOWER  # not 'ý' ('12 ý': ideas)
    if _CONSONANTS.fullmatch(text, s, e) and span_in_dictionary(text, s, e):
        return False  # alone, an abbreviation the dictionary lists: 'hỗ trợ 5 tr' (triệu), 'thu giữ 1 đt'
    return _cut_syllable(text, s, e) or _opens_unit(text[s:e], v)


def _cut_syllable(text: str, s: int, e: int) -> bool:
    """The word text[s:e] is one lower-case letter, or one lower-case syllable no dictionary holds ('b', 'trồ'), or
    lower-case consonants with no vowel, which no syllable is ('tr' of '01 thành phố tr': the dictionary lists 'tr',
    an abbreviation)."""
    if e - s == 1:
        return text[s] in _ASCII_LOWER
    if _CONSONANTS.fullmatch(text, s, e):
        return True
    return text[s].islower() and not SPACES.search(text, s, e) and not span_in_dictionary(text, s, e)


@functools.cache
def _syllable_openings() -> frozenset[str]:
    """The strict beginnings of the syllables of the dictionary's words ('trồ' of 'trồng')."""
    return frozenset(s[:n] for w in getattr(dictionary(), "words", ()) for s in w.split() for n in range(1, len(s)))


def _begins_syllable(word: str) -> bool:
    """A lower-case piece that opens a longer syllable of the dictionary ('trồ' of 'trồng', 'b'), not a word of
    another script ('laptop'): the stronger evidence of a word cut off at the text's end (mendB28)."""
    folded = word.casefold()
    return folded in _syllable_openings()


def _opens_unit(word: str, v: Vocab) -> bool:
    """A lower-case syllable that a currency or a unit of measure starts with, and is not one ('đồ' of 'đồng')."""
    folded = word.casefold()
    return word.islower() and folded not in v.units and any(u.startswith(folded) for u in v.units)
