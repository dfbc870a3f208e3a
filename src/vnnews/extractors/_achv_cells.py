"""Numbers that are a table's cell or sit after a word and a '/': a denominator or a total, no amount (read by
:mod:`._achv_names`)."""

from __future__ import annotations

import regex

from ..numbers import NumberMatch
from ._achv_vocab import Vocab

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
