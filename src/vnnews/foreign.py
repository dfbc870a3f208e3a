"""Is this line in another language written in Latin letters? A minority language's line is no Vietnamese reader's.

vov4 and provincial broadcasters print news in Bahnar, Cơ Tu, Jrai or Ê Đê: Latin letters and Vietnamese tone marks,
but words no Vietnamese syllable makes ('Hop akŏm hlôi akŏm hơlen pơtôch jang', 'Xang k’noọ 5 c’moo bhrợ têng').
A Vietnamese reader cannot tell what such a line states (GUIDELINES: the facts a careful Vietnamese reader finds), so
:mod:`.segment` marks it furniture (nofactR40). A line is foreign when most of its accented words are no Vietnamese
syllable (:func:`.syllables.vietnamese_share`) and it holds letters only those languages write: a breve on o, e, i or u,
'ƀ', or a consonant glued to a word by an apostrophe ('k’noọ', 'bh’rợ'). Text with lookalike letters, lost bytes or
stray marks holds no such letters and stays; so does a Vietnamese line quoting a phrase or naming 'H’Mông', 'M’nông'.
"""

from __future__ import annotations

import unicodedata

import regex

from .syllables import vietnamese_share

#: Letters Vietnamese never writes: a breve on o, e, i, u (Bahnar 'akŏm', 'tơchơ̆t'), 'ƀ'; a consonant and an
#: apostrophe opening a word (Cơ Tu 'k’noọ', 'bh’rợ', 'c’moo').
_MARKS = regex.compile(
    r"[oeiu][\u031b\u0302]?[\u0323]?\u0306|ƀ|(?<![\p{L}\p{M}])[bcdghklmnprstvxzđ]{1,2}['’]\p{Ll}", regex.IGNORECASE
)
#: A line holding none of these can hold none of ``_MARKS`` (NFC or NFD: a breve on o/e/i/u is precomposed or
#: U+0306, and Vietnamese 'ă' is precomposed in NFC and matched by no mark in NFD): every line is tested, so this
#: set test runs before the syllable count and the NFD copy.
_MARK_CHARS = frozenset("ŏĕĭŭŎĔĬŬ\u0306ƀɃ'’")
#: Fewest accented words a line needs before it is judged (a short line says too little).
MIN_WORDS = 8
#: Most share of syllables among the accented words of a foreign line.
MAX_SHARE = 0.7
#: Fewest of the other languages' letters a foreign line holds.
MIN_MARKS = 3


def foreign_line(line: str) -> bool:
    """True when ``line`` reads as a minority language, not Vietnamese.

    >>> foreign_line("Hop akŏm hlôi akŏm hơlen pơtôch jang kiơ̆ Tơdrong tơchơ̆t jăl jang 2020 – 2025, sơkơ̆t hơdăh")
    True
    >>> foreign_line("Đồng bào H’Mông, M’nông ở xã Đắk Nia đã trồng 120 ha cà phê, thu nhập tăng gấp đôi.")
    False
    """
    if _MARK_CHARS.isdisjoint(line):
        return False
    syllables, words = vietnamese_share(line)
    if words < MIN_WORDS or syllables >= MAX_SHARE * words:
        return False
    return len(_MARKS.findall(unicodedata.normalize("NFD", line))) >= MIN_MARKS
