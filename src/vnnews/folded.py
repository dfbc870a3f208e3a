"""A case-blind scan run case-sensitively on the lower-cased text: the same spans, found faster.

The regex module matches a case-blind letter by looking up every case of the text's character, at
every place a scan tries: the awards' first-word scan, the number cues and the date rules spent a
third of their time there. A :class:`Folded` holds such a pattern twice, as written (IGNORECASE) and
with its letters lower-cased (case-sensitive), and :meth:`Folded.on` gives the second with
``text.lower()`` when that text is *faithful*: each character lowers to one character, of the same
word class, and exactly to the letter of :data:`ALPHABET` it matches case-blind, if any (``'Đ'`` to
``'đ'``, the Kelvin sign to ``'k'``; never ``'ſ'``, which matches ``'s'`` case-blind but lowers to
itself). Every match then has the same span in both, for a pattern whose letters are all of the
alphabet and whose other parts (``\\w``, ``\\d``, spaces, lookarounds) read no case; its groups hold the
text lowered (read them without case, or by span).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

import regex
from regex import _regex

from .charkinds import CharKinds

#: The flags the case-blind patterns are compiled with (their case equivalences are these flags').
_CASE_FLAGS = regex.IGNORECASE | regex.UNICODE
_WORD = regex.compile(r"\w")
#: The words of terms (:func:`needed_words`): each first word, longest of its term's, with the other words of the
#: terms it opens.
Needed = tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
#: The letters a lowered pattern may hold: small Latin and Vietnamese letters that are the lower case of
#: their own capital ('s', 'đ', 'ư'; not 'ſ' or 'ı', whose capitals lower to 's' and 'i').
ALPHABET = frozenset(
    c
    for c in map(chr, (*range(0x250), *range(0x1E00, 0x1F00)))
    if c.isalpha() and c.lower() == c and len(c.upper()) == 1 and c.upper().lower() == c
)


@functools.cache
def _cases(char: str) -> frozenset[str]:
    """The characters a case-blind ``char`` matches, itself included ('k': k, K and the Kelvin sign)."""
    return frozenset({char, *map(chr, _regex.get_all_cases(_CASE_FLAGS, ord(char)))})  # type: ignore[attr-defined]


@functools.cache
def faithful(char: str) -> bool:
    """Whether ``char`` lowered matches case-sensitively the letters of :data:`ALPHABET` it matches case-blind.

    >>> [faithful(c) for c in ("Đ", "ư", "\u212a", "ſ", "İ", "5")]
    [True, True, True, False, False, True]
    """
    low = char.lower()
    if len(low) != 1 or (low != char and bool(_WORD.match(char)) != bool(_WORD.match(low))):
        return False
    return ALPHABET & _cases(char) == ALPHABET & {low}


def case_key(word: str) -> str:
    """``word`` case-folded for a lookup by what a case-blind scan matched: 'HAİ' matched 'hai', so it is 'hai'.

    >>> case_key("HAİ"), case_key("Cuối"), case_key("K")
    ('hai', 'cuối', 'k')
    """
    return "".join(map(_char_key, word))


@functools.cache
def _char_key(char: str) -> str:
    """One character case-folded; one that folds to several is the one letter of the alphabet it matches, if any."""
    low = char.casefold()
    if len(low) == 1:
        return low
    letters = ALPHABET & _cases(char)
    return next(iter(letters)) if len(letters) == 1 else low


class Folded:
    """A case-blind pattern, and the same pattern with its letters lower-cased, case-sensitive.

    >>> from vnnews.lexicon import Termset
    >>> p = folded(lambda case: Termset([case(t) for t in ("Huân chương", "Cúp")]).pattern())
    >>> scan_with, text = p.on("Tặng CÚP và huân chương")
    >>> [m.span() for m in scan_with.finditer(text)], scan_with is p.lowered
    ([(5, 8), (12, 23)], True)
    >>> p.on("ſ Cúp")[0] is p.blind
    True
    """

    __slots__ = ("_blind", "_lowered", "blind_source", "flags", "lowered_source")

    def __init__(self, blind: str, lowered: str, flags: int = 0) -> None:
        """Patterns compiled when first used (a scan of a faithful text compiles the lowered one only)."""
        self.blind_source, self.flags = blind, flags
        # None when the lowered pattern holds a letter outside the alphabet, or a property (\\p{Lu} reads case
        # case-blind): the case-blind scan always
        # or when a letter as written lowers to two characters ('İ': 'i' and a combining dot, which is no letter)
        single = all(len(c.lower()) == 1 for c in _literal_letters(blind) - {r"\p"})
        self.lowered_source = lowered if single and _literal_letters(lowered) <= ALPHABET else None
        self._blind: regex.Pattern[str] | None = None
        self._lowered: regex.Pattern[str] | None = None

    @property
    def blind(self) -> regex.Pattern[str]:
        """The pattern as written, case-blind."""
        if self._blind is None:
            self._blind = regex.compile(self.blind_source, self.flags | regex.IGNORECASE)
        return self._blind

    @property
    def lowered(self) -> regex.Pattern[str] | None:
        """The pattern lower-cased, case-sensitive (None: never used)."""
        if self._lowered is None and self.lowered_source is not None:
            self._lowered = regex.compile(self.lowered_source, self.flags & ~regex.IGNORECASE)
        return self._lowered

    def on(self, text: str) -> tuple[regex.Pattern[str], str]:
        """The pattern to scan ``text`` with and the text to scan: lowered when that finds the same spans."""
        low = lowered(text)
        lowered_pattern = self.lowered if low is not None else None
        if lowered_pattern is None or low is None:
            return self.blind, text
        return lowered_pattern, low


def folded(build: Callable[[Callable[[str], str]], str], flags: int = 0) -> Folded:
    """The pattern ``build(case)`` writes with its terms passed through ``case``: as they are, compiled case-blind,
    and lower-cased, compiled case-sensitive. What ``build`` writes around the terms reads no case."""
    return Folded(build(str), build(str.lower), flags)


#: The parts of a pattern that are no literal letters: a property (\\p{Lu}), another escape (\\S, \\b), a group's
#: name or reference, inline flags, a repeat count; :func:`lower_literals` leaves them as written.
_NOT_LITERAL = regex.compile(r"\\[pPN]\{[^}]*\}|\\.|\(\?P(?:<[^>]*>|=[^)]*\))|\(\?[a-zA-Z-]*[:)]|\{[\d,]*\}")


def _literal_letters(pattern: str) -> set[str]:
    r"""The letters a pattern matches as written (none in escapes, group names or flags); a property: '\p'.

    >>> sorted(_literal_letters(r"(?P<mod>đầu)[^\S\n]+A\b")), sorted(_literal_letters(r"\p{Lu}"))
    (['A', 'u', 'đ', 'ầ'], ['\\p'])
    """
    letters: set[str] = set()
    pos = 0
    for m in _NOT_LITERAL.finditer(pattern):
        letters.update(c for c in pattern[pos : m.start()] if c.isalpha())
        if m.group()[:2] in (r"\p", r"\P"):
            letters.add(r"\p")  # no letter of the alphabet: the pattern is never folded
        pos = m.end()
    letters.update(c for c in pattern[pos:] if c.isalpha())
    return letters


def lower_literals(pattern: str) -> str:
    r"""The pattern with its literal letters lower-cased (inside sets too), for a case-sensitive scan of lowered text.

    >>> lower_literals(r"(?P<mod>Đầu)\s+AL\b[^\S\n]\p{Lu}{2}(?i:X)(?P=mod)")
    '(?P<mod>đầu)\\s+al\\b[^\\S\\n]\\p{Lu}{2}(?i:x)(?P=mod)'
    """
    out: list[str] = []
    pos = 0
    for m in _NOT_LITERAL.finditer(pattern):
        out += (pattern[pos : m.start()].lower(), m.group())
        pos = m.end()
    out.append(pattern[pos:].lower())
    return "".join(out)


def lowered(text: str) -> str | None:
    """``text.lower()`` when the text is faithful (see the module docstring), else None: kept for the next asks."""
    for kept, low in _KEPT:
        if kept is text:
            return low
    return _remember(text)


def needed_words(terms: Iterable[str]) -> Needed | None:
    """The words of each term, lowered, longest first, the terms grouped by that word: wherever a term matches
    case-blind in a faithful text, its lowered copy holds all of that term's words; None when a word holds a cased
    letter outside the alphabet, whose case-blind matches a lowered text may not show.

    >>> needed_words(["nguyên liệu:", "Cách làm", "cách nấu"]), needed_words(["ſ x"])
    ((('nguyên', (('liệu:',),)), ('cách', (('làm',), ('nấu',)))), None)
    """
    out: dict[str, dict[tuple[str, ...], None]] = {}
    for term in terms:
        low = term.lower()
        if len(low) != len(term) or any(c not in ALPHABET and _cases(c) != {c} for c in low):
            return None
        first, *rest = sorted(low.split(), key=len, reverse=True) or [""]  # no words: held anywhere
        out.setdefault(first, {})[tuple(rest)] = None
    return tuple((first, tuple(rests)) for first, rests in out.items())


def may_hold(text: str, start: int, end: int, needed: Needed | None) -> bool:
    """Whether text[start:end] may hold a case-blind match of terms whose words are ``needed`` (:func:`needed_words`):
    False only when the text is faithful and its lowered copy there holds no term's words all."""
    low = lowered(text)
    return low is None or needed is None or holds_words(low[start:end], needed)


def holds_words(low: str, needed: Needed) -> bool:
    """Whether the lowered text ``low`` holds every word of some term of ``needed`` (plain loops: no generator is
    made per term, the test must cost less than the scan it spares; a first word missing skips its terms all)."""
    for first, rests in needed:
        if first in low:
            for words in rests:
                for word in words:
                    if word not in low:
                        break
                else:
                    return True
    return False


def _remember(text: str) -> str | None:
    """``text.lower()`` when the text is faithful (see the module docstring), else None; kept for the next asks."""
    global _KEPT
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) and not _UNFAITHFUL.marked_in(text) else None
    # A text is asked about once per pattern: lowering it again each time is quadratic on a huge one. A huge
    # text is kept alone (one copy per worker at most), the others with the pieces read in turn with them.
    _KEPT = ((text, low), *_KEPT[: KEEP - 1]) if len(text) <= KEEP_CHARS else ((text, low),)
    return low


#: The characters seen so far that are not :func:`faithful`.
_UNFAITHFUL = CharKinds(lambda char: not faithful(char))
#: Texts lowered and kept: an article's text and the pieces of it read in turn with it.
KEEP = 4
#: The longest text kept beside others (characters): four 20 MB texts and their copies would hold hundreds of MB
#: per worker; a longer one is kept alone.
KEEP_CHARS = 1 << 20
#: The last texts asked about, latest first, with their lowered copy (one tuple, replaced whole: a thread
#: never sees a half-made one).
_KEPT: tuple[tuple[str, str | None], ...] = ()
