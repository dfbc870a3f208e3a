"""Put back the toned capitals a TCVN3 (ABC) file could not hold.

TCVN3 writes ``Ủy``, ``NỘI`` and ``Ở`` with the codes of ``ủy``, ``nội`` and ``ở`` (the ABC fonts
switched to a capitals-only font to draw them), so a decoded file has small toned letters where
the writer saw capitals. Case matters downstream (names and titles are found by their capitals),
so a small toned letter becomes a capital when the text around it says so, in this order:

1. inside a word whose other letters are capitals (``NộI`` -> ``NỘI``, ``ủY`` -> ``ỦY``); and every
   word of a line written in capitals (``HỘI NGHỊ Ở HÀ NỘI``: no word with a small letter of its own,
   most of them surely in capitals);
2. at the start of a word that starts a line or a sentence (after ``. ! ? …``, quotes, brackets);
3. at the start of a word that starts a capitalised name or title in the vocabularies
   (``Ủy ban nhân dân``, ``Ấn Độ``; a two-word one such as ``Ủy viên`` only before a capitalised
   word: ``Ủy viên Ban Thường vụ``), unless it follows a capitalised word (``Tỉnh ủy ban hành``);
4. at the start of a word after a family name and a capitalised word (``Nguyễn Thị Ánh``).

Elsewhere it stays small (``Tỉnh ủy``, ``ở``, ``ấy``). The text keeps its length, so offsets hold.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from .lexicon import terms

_TONED_SMALL = "".join(
    sorted({unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in "\u0301\u0300\u0309\u0303\u0323"})
)
_WORD = regex.compile(r"\w+")
_AMBIGUOUS = regex.compile(f"[{_TONED_SMALL}]")
_SENTENCE_START = regex.compile(r"(?:^|[\n.!?…])[\s\"'“‘(\[«-]*$")
_TITLE_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
_LINE = regex.compile(r"[^\n]+")
_NEXT_CAPITAL = regex.compile(r"\s+\p{Lu}")
#: Vocabularies whose capitalised entries say where a name or title starts.
_VOCABULARIES = ("positions", "people_posted_abroad", "organisations", "people_org_heads", "people_places")


@functools.cache
def _surnames() -> frozenset[str]:
    """Family names, after which a capitalised word and a toned small letter make a person's name."""
    return frozenset(terms("surnames"))


@functools.cache
def _capital_starts() -> regex.Pattern[str]:
    """Vocabulary terms that start with a toned capital, matched without case (``ủy ban`` -> ``Ủy ban``)."""
    found = {
        t.strip()
        for name in _VOCABULARIES
        for t in terms(name)
        if t.strip()[:1].isupper() and t.strip()[:1].lower() in _TONED_SMALL
    }
    alts = sorted((regex.escape(t).replace(r"\ ", r"\s+") for t in found), key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(alts)})(?!\w)" if alts else r"(?!x)x", regex.IGNORECASE)


def recase(text: str) -> str:
    r"""Capitalise the small toned letters that stand for capitals (see the module docstring).

    >>> recase("Dự có ủy viên, ủy viên BTV: Tỉnh ủy, ủy ban MTTQ. ở đây. Nguyễn Thị ánh, NộI dung")
    'Dự có ủy viên, Ủy viên BTV: Tỉnh ủy, Ủy ban MTTQ. Ở đây. Nguyễn Thị Ánh, NỘI dung'
    >>> recase("HộI NGHị ở Hà NộI\n(ĐN)- Sở Y tế")
    'HỘI NGHỊ Ở HÀ NỘI\n(ĐN)- Sở Y tế'
    """
    chars = list(text)
    for line in _LINE.finditer(text):
        words = list(_WORD.finditer(text, line.start(), line.end()))
        shout = _in_capitals(words)
        for i, m in enumerate(words):
            word = m.group()
            if not _AMBIGUOUS.search(word):
                continue
            fixed = word.upper() if shout else _recase_word(text, words, i)
            if fixed != word:
                chars[m.start() : m.end()] = fixed
    return "".join(chars)


def _caps(word: str) -> int:
    """2 when ``word`` is surely in capitals, 1 when it may be (``Hà``, ``ở``), 0 when it is not.

    >>> _caps("NGHị"), _caps("ủY"), _caps("Hà"), _caps("ở"), _caps("Dự"), _caps("có")
    (2, 2, 1, 1, 1, 0)
    """
    others = [(i, c) for i, c in enumerate(word) if c.isalpha() and c not in _TONED_SMALL]
    if any(c.islower() for _, c in others):
        return 0
    return 2 if len(others) >= 2 or any(i > 0 for i, _ in others) else 1


def _recase_word(text: str, words: list[regex.Match[str]], i: int) -> str:
    """One word (of a line not in capitals) with its small toned letters decided."""
    m = words[i]
    word = m.group()
    if _caps(word) == 2:
        return word.upper()  # rule 1
    if word[0] not in _TONED_SMALL:
        return word
    if _SENTENCE_START.search(text, 0, m.start()) or _starts_known_name(text, words, i) or _after_name(text, words, i):
        return word[0].upper() + word[1:]
    return word


def _in_capitals(words: list[regex.Match[str]]) -> bool:
    """Rule 1 for a whole line: no word has a small letter of its own and most are surely in capitals."""
    ranks = [_caps(w.group()) for w in words]
    return len(ranks) >= 2 and min(ranks) >= 1 and 2 * sum(r == 2 for r in ranks) >= len(ranks)


def _joined(text: str, words: list[regex.Match[str]], i: int) -> bool:
    """Word ``i`` follows word ``i - 1`` with only spaces between them."""
    return i > 0 and not text[words[i - 1].end() : words[i].start()].strip()


def _starts_known_name(text: str, words: list[regex.Match[str]], i: int) -> bool:
    """Rule 3: a vocabulary name or title starts here, and no capitalised word runs into it."""
    if _joined(text, words, i) and words[i - 1].group()[:1].isupper():
        return False
    m = _capital_starts().match(text, words[i].start())
    if m is None:
        return False
    return len(m.group().split()) >= 3 or bool(_NEXT_CAPITAL.match(text, m.end()))


def _after_name(text: str, words: list[regex.Match[str]], i: int) -> bool:
    """Rule 4: two capitalised words just before, as in a person's name."""
    return (
        i >= 2
        and _joined(text, words, i)
        and _joined(text, words, i - 1)
        and bool(_TITLE_WORD.fullmatch(words[i - 1].group()))
        and words[i - 2].group() in _surnames()
    )
