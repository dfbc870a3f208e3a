"""A clock time or a lunar day written after its number is no amount: '20g ngày 25/02/2017', '30 Tết'.

The hour marks and calendar words are the date rules' (``data/rules/dates.yaml``: clock_mark, calendar,
with their day_cue and part_of_day words), so the achievements read a time as the dates do.
"""

from __future__ import annotations

import functools

import regex

from .._date_rules import alternation, vocabulary
from ..numbers import NumberMatch

#: A clock's hours run to 24 ('24g đêm 30/4'); a larger number before 'g' is grams.
LAST_HOUR = 24
#: A day of the month is at most 30 in the lunar calendar ('30 Tết'); more before 'Tết' would be a count.
LAST_LUNAR_DAY = 30
_FLAGS = regex.IGNORECASE | regex.VERBOSE


@functools.cache
def _clock() -> regex.Pattern[str]:
    """An hour mark right after the number, then its minutes ('21g45') or its day or part of day ('20g ngày')."""
    hours = "|".join(regex.escape(e.term) for e in vocabulary("clock_mark").values() if e.value == "hour")
    cue = "|".join(alternation(k) for k in ("day_cue", "part_of_day", "relative"))
    return regex.compile(
        rf"""[ \u00a0]?(?:
              (?:{hours})(?![\w/])
            | {alternation("clock_mark")} (?: [0-5]\d(?!\w) | [ \u00a0]*,?[ \u00a0]+(?:{cue})(?!\w) )
        )""",
        _FLAGS,
    )


@functools.cache
def _calendar() -> regex.Pattern[str]:
    """A calendar or feast word right after the number: the number is its day ('15 âm lịch', '29 Tết')."""
    return regex.compile(rf"[ \u00a0]+\(?{alternation('calendar')}(?!\w)", _FLAGS)


def clock_or_lunar_day(text: str, num: NumberMatch, end: int) -> bool:
    """The number is an hour of the clock or a lunar day ('12 h hàng ngày', '20g30', 'chiều 30 Tết').

    >>> clock_or_lunar_day("vào 20g ngày 25/02/2017", NumberMatch(4, 6, 20, False, False), 23)
    True
    >>> clock_or_lunar_day("thu giữ 500g vàng", NumberMatch(8, 11, 500, False, False), 17)
    False
    """
    written = text[num.start : num.end]
    if not written.isdigit():
        return False
    if int(written) <= LAST_HOUR and _clock().match(text, num.end, end):
        return True
    return int(written) <= LAST_LUNAR_DAY and _calendar().match(text, num.end, end) is not None
