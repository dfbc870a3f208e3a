"""One line as the people grammar reads it: its words, their shapes, the terms starting at each, and
the hits the grammar reads out of it (a candidate name, a title), as word ranges.

A :class:`Line` is built once per content line: its word tokens (with offsets into the normalised
text) and a form of address glued to a name split off ("EmNguyễn"). Every rule reads the line
through it: ``line.match(lex.positions, i)``, ``line.text(i, j)``, ``line.words[i]``. The terms
starting at a word are found in one walk of the lexicon's trie the first time a rule asks for that
word (rules ask about a quarter of the words), then kept.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..lexicon import Termset
from ..normalize import strip_tones
from ..syllables import is_syllable
from ._people_lex import Found, PeopleLexicon
from ._people_words import TOKEN

#: The match type of the regex module, whose methods map over a line's matches.
_MATCH = regex.Match
#: Word shapes are asked of the same words again and again: this many answers are kept.
WORD_CACHE = 1 << 14
#: A syllable written with a capital and the rest small: Hoàng, A, H'Hen (never UBND).
#: A highland syllable may open with two capital consonants, the second glued to its rhyme ("Ia BLứ", "Ia KDăm").
TITLE_CASE = regex.compile(r"^(?:\p{Lu}(?:'\p{Lu}?)?|[BCDĐGHKLMNPRSTVX][BDĐGHKLMNPRSTV](?=\p{Ll}))[\p{Ll}\p{M}]*$")
#: An abbreviation: two or more capitals, maybe digits, dots or joins (UBND, T.Ư, HĐND, VH-TT&DL).
ABBREV = regex.compile(
    r"^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{N}.&/-]*$"
    r"|^(?=(?:[^\p{Lu}]*\p{Lu}){3})\p{Lu}[\p{L}\p{N}]*\p{Lu}$"  # "HoREA": small letters inside, 3 capitals, one last
)
#: A word in camel case, small letters after each capital ("VietJet", "MobiFone", "McCain").
CAMEL = regex.compile(r"^(?:\p{Lu}\p{Ll}+){2,}$")
#: Letters Vietnamese spelling lacks: a syllable with one is a foreign name (Jong, Wang).
FOREIGN = regex.compile(r"[fjwzFJWZ]")
#: A capitalised word glued to the next one ("EmNguyễn"): a form of address that lost its space.
GLUED = regex.compile(r"^(?P<address>\p{Lu}\p{Ll}+)(?P<name>\p{Lu}\p{Ll}+)$")
#: A post glued to the word before it by a lost space ("tỉnhPhó Bí thư", "VangPhó Chủ tịch"): a small letter, then
#: a capitalised syllable that opens a post with the words after it.
POST_GLUED = regex.compile(r"^(?P<before>\p{L}*\p{Ll})(?P<post>\p{Lu}\p{Ll}+)$")
#: Most words of a post looked at after a glued one.
MAX_POST_WORDS = 6
#: A small letter right before a capital: without one in a line, no word of it is glued.
CASE_INSIDE = regex.compile(r"\p{Ll}\p{Lu}")

_V = "aăâeêioôơuưy"
#: A Vietnamese syllable once tone marks are stripped: onset, vowels, coda (Nguyễn, Quỳnh, Giàng).
SYLLABLE = regex.compile(
    rf"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_V}]{{1,3}}(?:ng|nh|ch|[cmnpt])?$"
)


@functools.lru_cache(maxsize=WORD_CACHE)
def is_vietnamese_syllable(text: str) -> bool:
    """True for a syllable Vietnamese spelling allows; False for Donald, Tusk, Draghi.

    >>> [is_vietnamese_syllable(w) for w in ("Nguyễn", "Quỳnh", "Giàng", "A", "Donald", "Tusk")]
    [True, True, True, True, False, False]
    """
    return bool(SYLLABLE.match(strip_tones(text.casefold())))


@functools.lru_cache(maxsize=WORD_CACHE)
def is_typo(word: str) -> bool:
    """A word with Vietnamese marks that spells no syllable ("Trưởng Ban chỉ đạo Trung ương đãc chủ trì"): a typo, never
    a name's small syllable (a foreign one, "al-Obeidi", is written without marks).

    >>> is_typo("đãc"), is_typo("hóa"), is_typo("al")
    (True, False, False)
    """
    return not word.isascii() and not is_syllable(word)


@functools.lru_cache(maxsize=WORD_CACHE)
def is_title_case(text: str) -> bool:
    """A syllable that can be part of a name: capital first, small after, no foreign letter.

    >>> is_title_case("Hoàng"), is_title_case("UBND"), is_title_case("H'Hen"), is_title_case("Jong")
    (True, False, True, False)
    >>> is_title_case("BLứ"), is_title_case("TNHH"), is_title_case("ThS")
    (True, False, False)
    """
    return bool(TITLE_CASE.match(text)) and not FOREIGN.search(text)


def is_abbrev(text: str) -> bool:
    """An upper-case abbreviation such as UBND or T.Ư.

    >>> is_abbrev("T.Ư"), is_abbrev("A"), is_abbrev("Hội"), is_abbrev("LĐ-TB&XH"), is_abbrev("HoREA")
    (True, False, False, True, True)
    >>> is_abbrev("McCain"), is_abbrev("VinaCapital")
    (False, False)
    """
    return bool(ABBREV.match(text))


@functools.lru_cache(maxsize=WORD_CACHE)
def is_name_word(text: str) -> bool:
    """A word a name may go on with: capitalised or foreign ("Al", "Thani", "Susie", "Wiles")."""
    return is_title_case(text) or is_foreign_word(text)


@functools.lru_cache(maxsize=WORD_CACHE)
def is_foreign_word(text: str) -> bool:
    """A capitalised word spelled outside Vietnamese (Festival, Hyosung, Corporation).

    >>> is_foreign_word("Festival"), is_foreign_word("Hyosung"), is_foreign_word("Hoàng"), is_foreign_word("UBND")
    (True, True, False, False)
    >>> is_foreign_word("VietJet"), is_foreign_word("McCain"), is_foreign_word("HoREA")
    (True, True, False)
    """
    if CAMEL.match(text):  # "VietJet", "MobiFone": a brand (or "McCain"), never a Vietnamese syllable
        return True
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha() and len(text) > 1):
        return False
    return bool(FOREIGN.search(text)) or not is_vietnamese_syllable(text)

#: What a lone "&" is read as in names ("Sở Tài nguyên & Môi trường").
AMPERSAND = "và"


class Line:
    """The words of one line of the normalised text, with the lexicon's terms found at each.

    >>> from ._people_lex import lexicon
    >>> line = Line("ông TS. Lê  Văn, Phó Bí thư", lexicon())
    >>> line.words, line.text(1, 5)
    (['ông', 'TS', '.', 'Lê', 'Văn', ',', 'Phó', 'Bí', 'thư'], 'TS. Lê Văn')
    >>> line.match(line.lex.degrees, 1), line.match(line.lex.positions, 6), line.match(line.lex.positions, 7)
    (2, 3, 2)
    >>> Line("EmNguyễn Văn A", lexicon()).words
    ['Em', 'Nguyễn', 'Văn', 'A']
    """

    __slots__ = ("_found", "ends", "folds", "lex", "n", "starts", "words")

    def __init__(self, text: str, lex: PeopleLexicon, start: int = 0, end: int | None = None) -> None:
        stop = len(text) if end is None else end
        found = list(TOKEN.finditer(text, start, stop, concurrent=False))  # the GIL kept: no hand-off per word
        self.lex = lex
        # map over the match methods: a line of hundreds of words is built in C, not in a Python loop
        self.starts: list[int] = list(map(_MATCH.start, found))
        self.ends: list[int] = list(map(_MATCH.end, found))
        self.words: list[str] = list(map(_MATCH.group, found))
        if CASE_INSIDE.search(text, start, stop, concurrent=False):  # only then may a word be two glued together
            self._unglue()
        self.folds = list(map(str.casefold, self.words))
        if "&" in self.words:  # "Phòng Giáo dục & Đào tạo": an ampersand is read as the "và" it stands for
            self.folds = [AMPERSAND if w == "&" else w for w in self.folds]
        self.n = len(self.words)
        self._found: list[Found | None] = [None] * self.n  # the terms at each word, found when first asked

    def _unglue(self) -> None:
        """Split a form of address glued to a family name by a lost space ("EmNguyễn" -> "Em", "Nguyễn"), and a post
        glued to the word before it ("tỉnhPhó Bí thư" -> "tỉnh", "Phó", a headline run into the next one)."""
        lex = self.lex
        for i in range(len(self.words) - 1, -1, -1):
            rest = self.words[i][1:]  # letters with no capital after the first (a capital to regex is one to str
            if rest.islower() and rest.isalpha():  # of any letter str knows): nothing glued, half the words
                continue
            m = GLUED.match(self.words[i], concurrent=False)
            if m and lex.is_surname(m["name"]) and lex.one_word(lex.honorifics, m["address"]):
                self._split(i, len(m["address"]))
            elif (m := POST_GLUED.match(self.words[i], concurrent=False)) and self._opens_post(m["post"], i + 1):
                self._split(i, len(m["before"]))

    def _split(self, i: int, cut: int) -> None:
        """Word ``i`` as two words, the first ``cut`` letters long."""
        at = self.starts[i] + cut
        self.starts.insert(i + 1, at)
        self.ends.insert(i, at)
        word = self.words[i]
        self.words[i : i + 1] = [word[:cut], word[cut:]]

    def _opens_post(self, word: str, j: int) -> bool:
        """``word`` and the words from ``j`` open a post of two words or more ("Phó" + "Bí thư ...")."""
        texts = [word, *self.words[j : j + MAX_POST_WORDS]]
        found = self.lex.terms_at(texts, [w.casefold() for w in texts], 0)
        return found.get(self.lex.positions, 0) > 1

    def match(self, terms: Termset, i: int) -> int:
        """Number of words of the longest term of ``terms`` starting at word ``i`` (0 if none)."""
        if not 0 <= i < self.n:
            return 0
        found = self._found[i]  # _terms_at inlined (keep the two in step): asked some 400 times a line
        if found is None:
            found = self._found[i] = self.lex.terms_at(self.words, self.folds, i)
        return found.get(terms, 0)

    def term_at(self, terms: frozenset[tuple[str, ...]], i: int) -> int:
        """Number of words of the longest of ``terms`` (case-folded word tuples of a GrammarWords kind) at word ``i``
        (0 if none)."""
        return max((len(w) for w in terms if tuple(self.folds[i : i + len(w)]) == w), default=0)

    def term_before(self, terms: frozenset[tuple[str, ...]], k: int) -> int:
        """Number of words of the longest of ``terms`` (case-folded word tuples) ending right before word ``k`` (0 if
        none)."""
        return max((len(w) for w in terms if len(w) <= k and tuple(self.folds[k - len(w) : k]) == w), default=0)

    def opens(self, termsets: frozenset[Termset], i: int) -> bool:
        """A term of one of ``termsets`` starts at word ``i``."""
        return not termsets.isdisjoint(self._terms_at(i))

    def _terms_at(self, i: int) -> Found:
        """The terms starting at word ``i``, found in the lexicon's trie the first time they are asked for."""
        found = self._found[i]
        if found is None:
            found = self._found[i] = self.lex.terms_at(self.words, self.folds, i)
        return found

    def text(self, i: int, j: int) -> str:
        """The words [i, j), with a space only where the text had one ("TS." stays "TS.")."""
        spaced = (" " if k > i and self.ends[k - 1] < self.starts[k] else "" for k in range(i, j))
        return "".join(space + word for space, word in zip(spaced, self.words[i:j], strict=True))

    def manages(self, i: int, j: int) -> bool:
        """A manager's post ("Giám đốc", "Tổng giám đốc") among words [i, j): a firm's name may follow it."""
        return "giám" in self.folds[i:j]

    def glued(self, j: int) -> bool:
        """Word ``j`` follows word ``j - 1`` with no space between ("Jong-un", "EmNguyễn")."""
        return self.ends[j - 1] == self.starts[j]


@dataclass(frozen=True, eq=False)
class NameHit:
    """A candidate name: words [start, end), with what was written before it and the rule that read it."""

    start: int
    end: int
    honorific: str | None = None
    rank: str | None = None
    degree: str | None = None
    confirmed: bool = False
    short: bool = False
    rule: str = "people.name"


@dataclass(frozen=True, eq=False)
class TitleHit:
    """A title: words [start, end); the post is [pos_start, pos_end)."""

    start: int
    end: int
    pos_start: int
    pos_end: int
    former: bool = False
    name: NameHit | None = None  # the name written right after it (title before name)
    role: bool = False  # opened by a role head ("Lãnh đạo"), never a person's title
