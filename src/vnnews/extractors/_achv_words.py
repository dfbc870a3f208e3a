"""Word windows around a number, shared by the achievement steps (context, unit, reading, repeats)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal
from itertools import islice

import regex

from ..lastwords import WHITESPACE, last_words_start

WORD = regex.compile(r"[\p{L}\p{M}\d]+")
SPACES = regex.compile(r"[ \u00a0]+")
#: One syllable: a run of letters and their marks, no digits.
PLAIN_SYLLABLE = regex.compile(r"[\p{L}\p{M}]+")
#: An acronym: two capitals or more ('HĐND', 'ASEAN').
ACRONYM = regex.compile(r"\p{Lu}{2,}")
DIGIT_AFTER = regex.compile(r"[ \u00a0]+\d")  # a number right after: a measure, a count
DIGIT_END = regex.compile(r"\d[ \u00a0]*$")  # a number closing the text: what follows is what it counts
DIGIT = regex.compile(r"\d")  # any digit: another amount in the stretch searched
#: What ends a cue's reach over an amount: a colon, a semicolon, a sentence's end mark ('đề nghị ...; ... lên').
HARD_BREAK = regex.compile(r"[;:!?]")
#: The range connectors that are words ('đến', 'tới'): the ones 'cho' may open or a hedge on the upper end may follow.
RANGE_WORDS = "đến|tới"
#: A range's connectors between its two ends ('1 - 2', '3–4', 'hai đến năm', 'từ 5 tới 7'), as a regex alternation:
#: read by ``Vocab.range_joins`` (before digits) and ``_achv_context.SPELLED_RANGE`` (before number words).
RANGE_CONNECTORS = f"-|–|—|{RANGE_WORDS}"
#: Most words (a hedge: 'khoảng', 'hơn') between a cue and the amount it governs ('cần tới | hơn |', 'vào khoảng').
NEAR_WORDS = 2
#: Up to NEAR_WORDS words and the space before the amount: fullmatch it from a cue's end to the amount's start.
NEAR_END = regex.compile(rf"(?:[ \u00a0]+[\p{{L}}\p{{M}}]+){{0,{NEAR_WORDS}}}[ \u00a0]+")
_WORD_BACK = regex.compile(WORD.pattern, regex.REVERSE)  # the same runs, last first
_CLAUSE_BREAK = regex.compile(r"[;:]")
#: Where a clause ends for the sense rules: punctuation, or 'rằng' opening a reported one ('xác nhận rằng ... 3.540m').
CLAUSE_BREAK = regex.compile(r"[,;:(\[]|(?<!\w)rằng(?!\w)", regex.IGNORECASE)
#: The clause's end right after an amount (match it on the text after): spaces, then punctuation, a closing bracket,
#: a line's end or the text's end; nothing more is told in the clause.
CLAUSE_END = regex.compile(r"[ \u00a0]*(?:[,.;:!?)\]…\n]|$)")


def joined_count(joins: str, *, spaced: bool = True) -> str:
    r"""A join (``joins``, a regex alternation) and another count right after an amount's noun ('6 nhiệm vụ|, 4 |giải
    pháp'), the space after the count too when ``spaced``: one pattern for the lists of counts (_achv_settled,
    _achv_race, _achv_grades).

    >>> bool(regex.match(joined_count(",|và"), " và 4 giải pháp")), bool(regex.match(joined_count(","), ", 8"))
    (True, False)
    """
    return rf"[ \u00a0]*(?:{joins})[ \u00a0]*\d+" + (r"[ \u00a0]+" if spaced else "")


def count_joined(noun: str, joins: str) -> str:
    """A count, its noun (group ``noun``, matched by the regex ``noun``) and a join closing the text before another
    count ('6 |nhiệm vụ|, |4 giải pháp'): :func:`joined_count` seen from the second count."""
    return rf"\d+[ \u00a0]+(?P<noun>{noun})[ \u00a0]*(?:{joins})[ \u00a0]*$"


def round_base(value: float | Decimal, minimum: int = 1) -> bool:
    """A power of ten, ``minimum`` or more: the base of a rate ('/100000 dân', 'đồng/1 kg').

    >>> round_base(100000, 100), round_base(17663, 100), round_base(10, 100), round_base(Decimal(10))
    (True, False, False, True)
    """
    return value >= minimum and math.log10(value).is_integer()


def words_before(text: str, start: int, pos: int, n: int) -> str:
    """The last ``n`` words of text[start:pos], within the clause.

    >>> words_before("Năm qua; xã có 40 hộ", 0, 18, 2)
    'có 40'
    """
    cut = max(text.rfind(";", start, pos), text.rfind(":", start, pos))  # the clause: after its last ';' or ':'
    if n <= 0:  # words[-0:] is every word
        return " ".join(WORD.findall(text, cut + 1 if cut >= 0 else start, pos)[-n:])
    last = [m.group() for m in islice(_WORD_BACK.finditer(text, cut + 1 if cut >= 0 else start, pos), n)]
    return " ".join(reversed(last))  # read from the end: a long sentence is not split into words whole


def words_after(text: str, pos: int, end: int, n: int) -> str:
    """The first ``n`` words of text[pos:end], within the clause.

    >>> words_after("40 hộ dân nơi đây: ...", 2, 22, 3)
    'hộ dân nơi'
    """
    chunk = _CLAUSE_BREAK.split(text[pos:end])[0]
    return " ".join(WORD.findall(chunk)[:n])


class Tail:
    """A pattern anchored at the end of the text ('không được hưởng |30%'), searched only over the last ``words``
    runs of non-spaces: a match is at most that many words and the spaces after them, so it is the same match,
    found without trying the rest of a long sentence."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: regex.Pattern[str], words: int) -> None:
        self.pattern, self.words = pattern, words

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """``pattern.search(text, pos, endpos)``: the same match, tried from the start of the last words only."""
        global _LAST_STARTS
        end = len(text) if endpos is None else endpos
        kept = _LAST_STARTS  # one tuple, replaced whole: a thread never reads half of another's
        if kept[0] is not text or kept[1] != pos or kept[2] != end:
            kept = _LAST_STARTS = (text, pos, end, {})
        tail = kept[3].get(self.words)
        if tail is None:
            tail = kept[3][self.words] = last_words_start(text, pos, end, self.words, WHITESPACE)
        return self.pattern.search(text, tail, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """``pattern.fullmatch``, as it is."""
        return self.pattern.fullmatch(text, pos, endpos)


#: The text the tails were last searched in, its bounds, and where its last n words start by n: the sense rules
#: search some ten tails of one sentence in turn, most over as many words as another did (half the word counts).
_LAST_STARTS: tuple[str | None, int, int, dict[int, int]] = (None, 0, 0, {})


class Tails(dict[str, Tail]):
    """Each kind's end-anchored pattern as a :class:`Tail`, made on first use from ``patterns``."""

    def __init__(self, patterns: Mapping[str, regex.Pattern[str]], words: Mapping[str, int]) -> None:
        super().__init__()
        self._patterns, self._words = patterns, words

    def __missing__(self, kind: str) -> Tail:
        found = self[kind] = Tail(self._patterns[kind], self._words[kind])
        return found
