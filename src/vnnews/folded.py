"""A case-blind scan of plain words run case-sensitively on the lower-cased text: the same spans, found faster.

The regex module matches a case-blind letter by looking up every case of the text's character, at
every place a scan tries: the awards' first-word scan, the number cues and the relative dates' needle
spent a third of their time there. A :class:`Folded` holds such a pattern twice, as written
(IGNORECASE) and built from its terms lower-cased (case-sensitive), and :meth:`Folded.on` gives the
second with ``text.lower()`` when that text is *faithful* to it: each character lowers to exactly the
letter of the pattern it matches case-blind (``'Đ'`` to ``'đ'``, the Kelvin sign to ``'k'``; never
``'ſ'``, which matches ``'s'`` case-blind but lowers to itself), and to a character of the same word
class. Every match then has the same span in both, for a pattern whose other parts (``\\w``, ``\\d``,
spaces, lookarounds) read no case; its groups are read from the text as given, by span.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex
from regex import _regex

#: The flags the case-blind patterns are compiled with (their case equivalences are these flags').
_CASE_FLAGS = regex.IGNORECASE | regex.UNICODE
_WORD = regex.compile(r"\w")


@functools.cache
def _cases(char: str) -> frozenset[str]:
    """The characters a case-blind ``char`` matches, itself included ('k': k, K and the Kelvin sign)."""
    return frozenset({char, *map(chr, _regex.get_all_cases(_CASE_FLAGS, ord(char)))})  # type: ignore[attr-defined]


class Folded:
    """A case-blind pattern of terms, and the same pattern built from its terms lower-cased, case-sensitive.

    >>> from vnnews.lexicon import Termset
    >>> p = folded(lambda case: Termset([case(t) for t in ("Huân chương", "Cúp")]).pattern())
    >>> scan_with, text = p.on("Tặng CÚP và huân chương")
    >>> [m.span() for m in scan_with.finditer(text)], scan_with is p.lowered
    ([(5, 8), (12, 23)], True)
    >>> p.on("ſ Cúp")[0] is p.blind
    True
    """

    __slots__ = ("_faithful", "_verdicts", "alphabet", "blind", "lowered")

    def __init__(self, blind: regex.Pattern[str], lowered: regex.Pattern[str]) -> None:
        self.blind, self.lowered = blind, lowered
        #: the letters of the lowered pattern: a text's characters must lower to the one they match case-blind
        self.alphabet = frozenset(c for c in lowered.pattern if c.isalpha())
        self._faithful: dict[str, bool] = {}
        self._verdicts: tuple[tuple[str, bool], ...] = ()  # the last texts asked about, and the answers

    def on(self, text: str) -> tuple[regex.Pattern[str], str]:
        """The pattern to scan ``text`` with and the text to scan: lowered when that finds the same spans."""
        kept = next((k for k in _KEPT if k[0] is text), None) or _remember(text)
        low = kept[1]
        faithful = next((ok for seen, ok in self._verdicts if seen is text), None)
        if faithful is None:
            faithful = low is not None and all(map(self._faithful_char, kept[2]))
            self._verdicts = ((text, faithful), *self._verdicts[: KEEP - 1])
        return (self.lowered, low) if faithful and low is not None else (self.blind, text)

    def _faithful_char(self, char: str) -> bool:
        """Whether ``char`` lowered matches case-sensitively the letters of the pattern it matches case-blind."""
        known = self._faithful.get(char)
        if known is None:
            low = char.lower()
            same_class = low == char or bool(_WORD.match(char)) == bool(_WORD.match(low))
            known = self._faithful[char] = same_class and self.alphabet & _cases(char) == self.alphabet & {low}
        return known


def folded(build: Callable[[Callable[[str], str]], str], flags: int = 0) -> Folded:
    """The pattern ``build(case)`` writes with its terms passed through ``case``: as they are, compiled case-blind,
    and lower-cased, compiled case-sensitive. What ``build`` writes around the terms reads no case."""
    return Folded(regex.compile(build(str), regex.IGNORECASE | flags), regex.compile(build(str.lower), flags))


#: The parts of a pattern that are no literal letters: a property (\\p{Lu}), another escape (\\S, \\b), a group's
#: name or reference, inline flags, a repeat count; :func:`lower_literals` leaves them as written.
_NOT_LITERAL = regex.compile(r"\\[pPN]\{[^}]*\}|\\.|\(\?P(?:<[^>]*>|=[^)]*\))|\(\?[a-zA-Z-]*[:)]|\{[\d,]*\}")


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


def _remember(text: str) -> tuple[str, str | None, frozenset[str]]:
    """The text, its lowered copy when every character lowers to one (offsets stay) and its characters, kept."""
    global _KEPT
    low = text.lower()
    kept = (text, low, frozenset(text)) if len(low) == len(text) else (text, None, frozenset())
    _KEPT = (kept, *_KEPT[: KEEP - 1])
    return kept


#: Texts lowered and kept: an article's text and the pieces of it read in turn with it.
KEEP = 4
#: The last texts lowered, latest first (one tuple, replaced whole: a thread never sees a half-made one).
_KEPT: tuple[tuple[str, str | None, frozenset[str]], ...] = ()
