"""Numbers that are a table's cell or sit after a word and a '/': a denominator or a total, no amount (read by
:mod:`._achv_names`); a rate's base written out ('trên 100.000 dân', read by :mod:`._achv_unit` too)."""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from ..lexicon import Termset, load
from ..numbers import NumberMatch
from ._achv_vocab import Vocab

# A round base from ten up: '10', '100', '1.000', '100.000', '1000', '1 triệu', 'một triệu'.
# A digit closing a number, then one or two words (a rate_per: 'trên', 'trên mỗi') right before the base.
_PER_GAP = regex.compile(r"\d(?P<gap>[ \u00a0]+[\p{L}\p{M}]+(?:[ \u00a0]+[\p{L}\p{M}]+)?[ \u00a0]+)$")
_ROUND = r"(?:10+(?:\.000)*|1(?:\.000)+|(?:1|một)[ \u00a0]+(?:triệu|nghìn|ngàn|vạn))"

# A word and a '/' right before the number: a denominator follows ('MPN/100ml') or a total ('75 xã/108 xã').
_SLASH_WORD = regex.compile(r"(?P<w>[\p{L}\p{M}]+)[ \u00a0]*/[ \u00a0]*$")
_NEXT_WORD = regex.compile(r"[ \u00a0]+(?P<w>[\p{L}\p{M}]+)")
# Three bare numbers in a row right before the number: it is a cell of a table row ('16 4 3 9 35 48 15 | 9 HT').
_TABLE_ROW = regex.compile(r"(?:(?<![\w.,])\d+[ \u00a0]+){3}$")
#: Characters before the number searched for a table row.
TABLE_REACH = 40


def table_row(whole: str) -> bool:
    """Three bare numbers in a row close ``whole``: the number is a cell of a table row."""
    return bool(_TABLE_ROW.search(whole, max(0, len(whole) - TABLE_REACH)))


def after_slash(text: str, num: NumberMatch, tail: str, end: int, v: Vocab) -> bool:
    """A number right after a word and a '/' is no amount: a measure there is a denominator ('coliform 4MPN/100ml',
    '500mg/ 1g'), the noun before the '/' again after it a total ('75 xã/108 xã phường' is 75 of 108 communes).

    A different noun after it is a rate of two counts and is read: '9 vụ/17 đối tượng', '254 mã tăng/217 mã giảm'.
    """
    slash = _SLASH_WORD.search(tail)
    if slash is None:
        return False
    unit = v.unit_after.match(text, num.end, end)
    if unit is not None and v.unit_kinds.get(unit.group("u").lower()) == "measure":
        return True
    nxt = _NEXT_WORD.match(text, num.end, end)
    return nxt is not None and nxt["w"].casefold() == slash["w"].casefold()


_RATE_KINDS = ("rate_per", "rate_people")


@functools.cache
def _rates(dirs: tuple[Path, ...] = ()) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A rate's base after a unit ('trên 100.000 dân') and after a bare number (also '/100.000 dân'), compiled once."""
    ctx = load("achievement_context", dirs)
    per, people = (Termset([e.term for e in ctx if e.kind == k]).pattern(boundary=False) for k in _RATE_KINDS)
    base = rf"{_ROUND}[ \u00a0]+{people}(?![\p{{L}}\p{{M}}\d])"
    return (
        regex.compile(rf"[ \u00a0]+{per}[ \u00a0]+{base}", regex.IGNORECASE),
        regex.compile(rf"(?:[ \u00a0]*/[ \u00a0]*|[ \u00a0]+{per}[ \u00a0]+){base}", regex.IGNORECASE),
    )


def rate_written(text: str, pos: int, end: int, dirs: tuple[Path, ...] = ()) -> int | None:
    """End of a rate's base written out right after a unit ending at ``pos`` ('0,3 vụ sát nhân| trên 100.000 người',
    '46 ca| mỗi 100.000 trẻ đẻ sống'), else None: the unit carries it as it does '/100.000 dân'.

    >>> t = "0,3 vụ sát nhân trên 100.000 người."
    >>> t[4:rate_written(t, 15, len(t))], rate_written("5 phường có trên 100.000 người", 8, 30)
    ('vụ sát nhân trên 100.000 người', None)
    """
    m = _rates(dirs)[0].match(text, pos, end)
    return m.end() if m else None


def rate_bare(text: str, pos: int, end: int, dirs: tuple[Path, ...] = ()) -> bool:
    """A bare number right before a rate's base ('4,9 trên 100.000 dân', '4,9/100.000 dân'): it counts nothing
    written, no amount; '9 trên 10 công ty' (no people counted) and '9 người trên 10' are read on."""
    return bool(_rates(dirs)[1].match(text, pos, end))


def rate_base(text: str, num: NumberMatch, tail: str, end: int, dirs: tuple[Path, ...] = ()) -> bool:
    """The number is the base of a bare number's rate ('4,9 trên |100.000 dân'): no count, and 'trên' no 'more'.

    >>> t = "là 4,9 trên 100.000 dân"
    >>> rate_base(t, NumberMatch(12, 19, 100000, False, False), t[:12], len(t))
    True
    >>> t = "có trên 100.000 người tham gia"
    >>> rate_base(t, NumberMatch(8, 15, 100000, False, False), t[:8], len(t))
    False
    """
    before = _PER_GAP.search(tail)
    if before is None:
        return False
    m = _rates(dirs)[1].match(text, num.start - len(tail) + before.start("gap"), end)
    return m is not None and m.end() >= num.end
