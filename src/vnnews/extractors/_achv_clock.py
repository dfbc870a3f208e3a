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
#: Characters before the number in which a weight word makes its 'g' grams ('Số vàng thu giữ nặng 24g ngày').
MASS_REACH = 40
#: A day of the month is at most 30 in the lunar calendar ('30 Tết'); more before 'Tết' would be a count.
LAST_LUNAR_DAY = 30
#: A lunar year has at most 12 months (13 in a leap year, written as the month repeated): '10.3 âm lịch' is a date.
LAST_LUNAR_MONTH = 12
#: A day of the month repeated every month ('ngày 21 hằng tháng') is at most 31.
LAST_DAY = 31
#: A calendar has 12 months ('28.1' after 'chiều nay' is a date only with a month up to it).
LAST_MONTH = 12
#: A day and a month joined by a dot or a slash ('10.3', '10/3'), read as one decimal number by the number finder.
_DAY_MONTH = regex.compile(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})")
_FLAGS = regex.IGNORECASE | regex.VERBOSE
#: A clock's minutes run to 59: '19 giờ 30 tối nay', '19 giờ 30 phút', '7h 30' are times, not 30 of anything.
LAST_MINUTE = 59
#: The hour opens its sentence (nothing or a full stop before it): 'N giờ M' there is the time the sentence happens
#: at ('19 giờ 30 hành khách được thông báo lên máy bay'); a span says so ('Trong 2 giờ 30 ...'). Not after ',;:'
#: ('Kết quả: 6 giờ 20 hộ được di dời', 'Mưa kéo dài 10 giờ, 3 giờ 45 ngôi nhà bị ngập' count, mend26f).
_CLAUSE_OPEN = regex.compile(r"(?:^|[.!?\n])[ \u00a0\"“(]*$")


@functools.cache
def _clock() -> regex.Pattern[str]:
    """An hour mark right after the number, then its minutes ('21g45') or its day or part of day ('20g ngày').

    No comma between and no relative day ('hôm qua'): 'thu giữ 20g, ngày 12/3' and '10g hôm qua' are grams.
    """
    hours = "|".join(regex.escape(e.term) for e in vocabulary("clock_mark").values() if e.value == "hour")
    cue = "|".join(alternation(k) for k in ("day_cue", "part_of_day"))
    return regex.compile(
        rf"""[ \u00a0]?(?:
              (?:{hours})(?![\w/])
            | {alternation("clock_mark")} (?: [0-5]\d(?!\w) | [ \u00a0]+(?:{cue})(?!\w) )
        )""",
        _FLAGS,
    )


@functools.cache
def _hour_before() -> regex.Pattern[str]:
    """An hour and its mark right before the number ('19 giờ ', '7h '): the number is the hour's minutes."""
    hours = "|".join(regex.escape(e.term) for e in vocabulary("clock_mark").values())
    return regex.compile(rf"(?<![\w.,/])(?P<h>[01]?\d|2[0-4])[ \u00a0]?(?:{hours})[ \u00a0]+$", _FLAGS)


@functools.cache
def _hour_cue(kind: str) -> regex.Pattern[str]:
    """A span word ('sau ', 'kéo dài ') or an anchor ('lúc ', 'vào ') closing the text right before the hour."""
    return regex.compile(rf"(?<!\w){alternation(kind)}[ \u00a0]+$", _FLAGS)


@functools.cache
def _minute_end() -> regex.Pattern[str]:
    """What may follow a clock's minutes with no anchor before the hour: 'phút', a part of the day, a stop."""
    cue = "|".join(alternation(k) for k in ("clock_minute", "part_of_day", "day_cue"))
    return regex.compile(rf"[ \u00a0]*(?:[,.;:!?)\-]|$)|[ \u00a0]*(?:{cue})(?!\w)", _FLAGS)


def _minutes(text: str, num: NumberMatch, end: int) -> bool:
    """The number is the minutes of an hour right before it: '19 giờ 30 tối nay', 'lúc 7 giờ 30 học sinh vào lớp';
    not after a span's hour ('Sau 3 giờ 40 chiến sĩ', 'Trong 24 giờ 15 ca'), nor before a noun with no anchor or
    clause opening before the hour ('19 giờ 30 hành khách được thông báo' opens its sentence: a time)."""
    hour = _hour_before().search(text, max(0, num.start - 12), num.start)
    if hour is None or int(hour["h"]) == LAST_HOUR:
        return False  # 'Trong 24 giờ 15 ca mắc mới': a day's count
    before = text[max(0, hour.start() - MASS_REACH) : hour.start()]
    if _hour_cue("clock_span").search(before):
        return False
    opens = _CLAUSE_OPEN.search(before) is not None  # '19 giờ 30 hành khách được ...': a sentence opens on it
    return bool(opens or _minute_end().match(text, num.end, end) or _hour_cue("clock_anchor").search(before))


@functools.cache
def _mass() -> regex.Pattern[str]:
    """A weight or seizure word in the words before the number: its 'g' is grams ('nặng 24g ngày 10/3')."""
    return regex.compile(rf"(?<!\w){alternation('mass_cue')}(?!\w)[^.;:!?]{{0,{MASS_REACH}}}$", _FLAGS)


@functools.cache
def _calendar() -> regex.Pattern[str]:
    """A calendar or feast word right after the number: the number is its day ('15 âm lịch', '29 Tết')."""
    return regex.compile(rf"[ \u00a0]+\(?{alternation('calendar')}(?!\w)", _FLAGS)


@functools.cache
def _monthly() -> regex.Pattern[str]:
    """A word right after a bare day that repeats it each month ('21 hằng tháng', '15 hàng tháng')."""
    return regex.compile(rf"[ \u00a0]+{alternation('monthly')}(?!\w)", _FLAGS)


def clock_or_lunar_day(text: str, num: NumberMatch, end: int) -> bool:
    """The number is an hour of the clock or a lunar or monthly day ('12 h hàng ngày', '20g30', '10.3 âm lịch').

    >>> clock_or_lunar_day("vào 20g ngày 25/02/2017", NumberMatch(4, 6, 20, False, False), 23)
    True
    >>> clock_or_lunar_day("thu giữ 500g vàng", NumberMatch(8, 11, 500, False, False), 17)
    False
    >>> clock_or_lunar_day("vàng thu giữ nặng 24g ngày 10/3", NumberMatch(18, 20, 24, False, False), 31)
    False
    >>> clock_or_lunar_day("và 21 hằng tháng", NumberMatch(3, 5, 21, False, False), 16)
    True
    >>> clock_or_lunar_day("(10.3 âm lịch)", NumberMatch(1, 5, 10.3, False, False), 14)
    True
    >>> clock_or_lunar_day("đến 19 giờ 30 tối nay", NumberMatch(11, 13, 30, False, False), 21)
    True
    >>> clock_or_lunar_day("Sau 3 giờ 40 chiến sĩ", NumberMatch(10, 12, 40, False, False), 21)
    False
    """
    written = text[num.start : num.end]
    day_month = _DAY_MONTH.fullmatch(written)
    if day_month:  # 'Sáng nay 29.4 (10.3 âm lịch)': a lunar day and month, not 10.3 of anything
        day, month = int(day_month.group("d")), int(day_month.group("m"))
        lunar = 0 < day <= LAST_LUNAR_DAY and 0 < month <= LAST_LUNAR_MONTH
        return lunar and _calendar().match(text, num.end, end) is not None
    if not written.isdigit():
        return False
    minutes = int(written) <= LAST_MINUTE and _minutes(text, num, end)  # '19 giờ 30'
    if minutes or (int(written) <= LAST_HOUR and _clock().match(text, num.end, end)):
        return _mass().search(text, max(0, num.start - 2 * MASS_REACH), num.start) is None
    if int(written) <= LAST_DAY and _monthly().match(text, num.end, end):
        return True  # 'vào các ngày 1, 11 và 21 hằng tháng': the 21st of each month
    return int(written) <= LAST_LUNAR_DAY and _calendar().match(text, num.end, end) is not None
