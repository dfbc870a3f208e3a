"""Word tokens of the people extractor: abbreviations, glued place abbreviations, words with inner marks."""

from __future__ import annotations

import regex

#: An abbreviation of several parts joined by - & / . ("VH-TT&DL", "LĐ-TB&XH", "NN&PTNT"): one word.
JOINED_ABBREV = r"\p{Lu}[\p{Lu}\p{N}]*(?:[-&/.]\p{Lu}[\p{Lu}\p{N}]*)+(?![\p{L}\p{M}\p{N}])"
#: Place words abbreviated with a full stop and written glued to the place ("TP.Cần Thơ", "TX.Sông
#: Cầu", "H.Krông Pắk", "Q.1", "P.Bến Nghé"): the abbreviation is a word of its own, as when spaced.
PLACE_ABBREV = r"(?:TP|TX|TT|Q|H|P)(?=\.(?:\p{Lu}\p{Ll}|\d))"
#: One token: a joined abbreviation, a glued place abbreviation, a word (letters, digits, with inner
#: ' . / as in H'Mông, T.Ư, 20.9, HIV/AIDS), đ/c, or one mark. A '/' before a capitalised word is a
#: boundary between two names ('Cục Phòng chống AIDS/Bộ Y tế': the unit, then the body above it).
TOKEN = regex.compile(
    rf"[đĐ]/[cC](?!\w)|{JOINED_ABBREV}|{PLACE_ABBREV}"
    rf"|[\p{{L}}\p{{M}}\p{{N}}]+(?:(?:['.]|/(?!\p{{Lu}}\p{{Ll}}))[\p{{L}}\p{{M}}\p{{N}}]+)*|[^\s]"
)


def words(text: str) -> list[str]:
    """The word tokens of ``text``.

    >>> words("Bí thư T.Ư Đoàn, anh Nguyễn Mạnh Dũng")
    ['Bí', 'thư', 'T.Ư', 'Đoàn', ',', 'anh', 'Nguyễn', 'Mạnh', 'Dũng']
    >>> words("Sở VH-TT&DL, Sở NN&PTNT, VN-Index 6-2")
    ['Sở', 'VH-TT&DL', ',', 'Sở', 'NN&PTNT', ',', 'VN', '-', 'Index', '6', '-', '2']
    >>> words("UBND TP.Cần Thơ, UBND Q.1, TP.HCM, Cty TNHH P.A")
    ['UBND', 'TP', '.', 'Cần', 'Thơ', ',', 'UBND', 'Q', '.', '1', ',', 'TP.HCM', ',', 'Cty', 'TNHH', 'P.A']
    """
    return TOKEN.findall(text)
