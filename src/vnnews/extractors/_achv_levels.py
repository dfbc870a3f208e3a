"""Levels listed after a class word's numeral: 'dịch vụ công trực tuyến mức độ 3, 4', 'trường cấp 2 và 3' name one
class of two levels, the unit keeps them whole (achG30 review: 'mức độ 3, 4' was cut to 'mức độ 3').

A next level is a higher number of one or two digits after ',' or 'và' that closes the phrase as the first does (a
mark, a line's end, or a stop word after it): 'cấp 2, 3 trạm y tế' counts three health stations and stays cut.
"""

from __future__ import annotations

import regex

from ._achv_vocab import Vocab
from ._achv_words import SPACES

_NEXT = regex.compile(r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?i:và)[ \u00a0]+)(?P<n>\d{1,2})(?![\d\p{L}\p{M}])")
_CLOSES = regex.compile(r"[ \u00a0]*(?:[,.;:)](?!\d)|\n|$)")


def listed_levels(text: str, level: regex.Match[str], end: int, v: Vocab) -> int:
    """Where the levels listed after the class numeral ``level`` end ('mức độ 3, 4'); ``level.end()`` if none.

    >>> from ._achv_vocab import vocab
    >>> text = "mức độ 3, 4."
    >>> first = regex.compile(r" \\d+").match(text, 6)
    >>> text[: listed_levels(text, first, len(text), vocab())]
    'mức độ 3, 4'
    """
    pos, last = level.end(), level.group().strip()
    if not last.isdigit():
        return pos  # the later ones are the digits of _NEXT
    while (nxt := _NEXT.match(text, pos, end)) and int(nxt["n"]) > int(last):
        gap = SPACES.match(text, nxt.end(), end)
        if not (_CLOSES.match(text, nxt.end(), end) or (gap and v.stop.match(text, gap.end(), end))):
            break  # 'cấp 2, 3 trạm y tế': a count of its own
        pos, last = nxt.end(), nxt["n"]
    return pos
