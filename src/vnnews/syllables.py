"""Is this word a Vietnamese syllable? The test that tells Vietnamese text from mojibake.

A written syllable is an onset (possibly none) and a rhyme from ``data/rules/syllables.yaml``, with at
most one tone mark; rhymes ending in a stop (c, ch, p, t) take only the sắc or nặng tone. Tone
placement (``hoá``/``hóa``) and case do not matter.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from .rules_data import load_rules

#: The five tone marks (sắc, huyền, hỏi, ngã, nặng) as combining characters.
TONE_MARKS = frozenset("\u0301\u0300\u0309\u0303\u0323")
_STOP_TONES = frozenset("\u0301\u0323")
_STOPS = ("c", "ch", "p", "t")
_WORD = regex.compile(r"[\p{L}\p{M}]+")


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["onset", "rhyme"]
    terms: list[str]


@functools.cache
def _pattern() -> regex.Pattern[str]:
    """``onset? rhyme`` over toneless lower-case letters, alternatives longest first."""
    entries = load_rules("syllables", _Entry)
    onsets = sorted({t for e in entries if e.kind == "onset" for t in e.terms}, key=len, reverse=True)
    rhymes = sorted({t for e in entries if e.kind == "rhyme" for t in e.terms}, key=len, reverse=True)
    alt = "|".join
    return regex.compile(f"(?:{alt(onsets)})?(?P<rhyme>{alt(rhymes)})")


def is_syllable(word: str) -> bool:
    """True when ``word`` is one well-formed Vietnamese syllable.

    >>> [is_syllable(w) for w in ("Nghiêng", "Quỳnh", "hoá", "Uỷ", "QUỐC", "được", "Hoäi", "ñoàng", "Ćwik", "ác")]
    [True, True, True, True, True, True, False, False, False, True]
    >>> is_syllable("ac"), is_syllable("hàt")   # a stop coda needs sắc or nặng
    (False, False)
    """
    parts = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in parts if c in TONE_MARKS]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
    m = _pattern().fullmatch(base)
    if m is None:
        return False
    return not m.group("rhyme").endswith(_STOPS) or (bool(tones) and tones[0] in _STOP_TONES)


def vietnamese_share(text: str) -> tuple[int, int]:
    """(syllables, words) among the words of ``text`` that hold a letter outside ASCII.

    ASCII-only words say nothing about the encoding (every candidate decodes them alike).

    >>> vietnamese_share("Hội nghị tổng kết, Hoäi nghò, year 2024")   # 'nghò' is a syllable, 'Hoäi' not
    (5, 6)
    """
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    return sum(1 for w in words if is_syllable(w)), len(words)
