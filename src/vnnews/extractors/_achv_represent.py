"""What the things counted represent, listed after the unit: the unit ends before the verb of representing.

'hơn 1.700 đại biểu đại diện chính phủ, doanh nghiệp, tổ chức quốc tế' counts delegates: the unit read up to the
list's first comma would keep one of the bodies they stand for. When the unit holds a word of representing
(``achievement_phrases.yaml``'s represents entries: 'đại diện', 'đại diện cho') with words after it and the list
goes on after the unit (a comma or 'và' and a word), the unit ends before that word ('đại biểu'). With no list after
it the unit stays whole ('200 đại biểu đại diện các sở'), as does a unit ending in the word ('46.995 hộ đại diện').
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import regex

from ..lexicon import Termset, load
from ._achv_unit import Unit

# The list going on after the unit: a comma or 'và', then a word.
_LIST_ON = regex.compile(r"[ \u00a0]*(?:,|[ \u00a0](?i:và))[ \u00a0]+[\p{L}\p{M}]")


@functools.cache
def _represents(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """A word of representing inside a unit, after a word and with a word after it."""
    terms = Termset([e.term for e in load("achievement_phrases", dirs) if e.kind == "represents"]).pattern()
    return regex.compile(rf"(?<=\w)[ \u00a0]+(?i:{terms})[ \u00a0]+(?=\w)")


def represented(text: str, unit: Unit, end: int, dirs: tuple[Path, ...] = ()) -> Unit:
    """The unit cut before a word of representing when the represented are listed past its end.

    >>> t = "hơn 1.700 đại biểu đại diện chính phủ, doanh nghiệp"
    >>> represented(t, Unit(10, 37, t[10:37], "noun"), len(t)).text
    'đại biểu'
    >>> t = "200 đại biểu đại diện các sở tham dự"
    >>> represented(t, Unit(4, 28, t[4:28], "noun"), len(t)).text
    'đại biểu đại diện các sở'
    """
    if unit.kind != "noun" or not _LIST_ON.match(text, unit.end, end):
        return unit
    word = _represents(dirs).search(text, unit.start, unit.end)
    if word is None:
        return unit
    return dataclasses.replace(unit, end=word.start(), text=text[unit.start : word.start()])
