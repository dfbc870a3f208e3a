"""Dates in Vietnamese news: every mention, resolved against the publication date, preferring the past.

dateparser has no ``sáng``/``chiều``/``tối`` and Duckling pushes year-less dates into the
future; a news report mostly tells what already happened, so ``sáng 9/1`` in an article
published on 10 January 2025 is the morning of 9 January 2025, and on 5 January it is 9 January
2024 (unless the text says the date lies ahead: ``ngày 15/1 tới``). A value is a range
(``start``..``end``, inclusive days) with its granularity, so a month, a quarter or a term of
office (``nhiệm kỳ 2021 - 2026``) is one value. Without a year and without a publication date
the day keeps its place as ISO 8601 ``--MM-DD``; relative dates (``hôm qua``) then have no value.

:func:`find_dates` works on the *normalised* text (one dash, straight quotes); the rules are in
:mod:`vnnews._date_rules` and :mod:`vnnews._date_rules_coarse`, the words they use in ``data/rules/dates.yaml``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from typing import Literal

import regex

Granularity = Literal["day", "week", "month", "quarter", "year", "period"]
PartOfDay = Literal["morning", "noon", "afternoon", "evening", "night"]
Modifier = Literal["early", "mid", "late"]


@dataclass(frozen=True)
class When:
    """A resolved date: inclusive ISO 8601 days ``start``..``end`` (``--MM-DD`` when the year is unknown)."""

    start: str
    end: str
    granularity: Granularity
    part_of_day: PartOfDay | None = None
    time: str | None = None  # "08:30"
    year_inferred: bool = False  # the year comes from the publication date, not from the text
    modifier: Modifier | None = None  # 'đầu/giữa/cuối tháng 3': early, mid or late in the range


@dataclass(frozen=True)
class DateHit:
    """One date mention: a span of the normalised text, its value (None when unresolvable), the rule."""

    start: int
    end: int
    kind: str
    value: When | None
    rule: str


@dataclass(frozen=True)
class Anchor:
    """The publication date, as a range of days (a day, or a month for ``date 2022-11``)."""

    first: dt.date
    last: dt.date

    @property
    def exact(self) -> bool:
        """True when the publication day is known (needed for 'hôm qua', 'tuần trước')."""
        return self.first == self.last

    @classmethod
    def from_iso(cls, iso: str | None) -> Anchor | None:
        """An anchor from ISO 8601 text: a date-time, a date, a month or a year.

        >>> Anchor.from_iso("2025-01-10T08:30:00+07:00"), Anchor.from_iso("2022-11").last
        (Anchor(first=datetime.date(2025, 1, 10), last=datetime.date(2025, 1, 10)), datetime.date(2022, 11, 30))
        """
        if not iso:
            return None
        m = regex.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso.strip())
        if m is None:
            return None
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        try:
            if d is not None and mo is not None:
                day = dt.date(y, int(mo), int(d))
                return cls(day, day)
            if mo is not None:
                return cls(dt.date(y, int(mo), 1), month_end(y, int(mo)))
            return cls(dt.date(y, 1, 1), dt.date(y, 12, 31))
        except ValueError:
            return None


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month.

    >>> month_end(2024, 2), month_end(2023, 2)
    (datetime.date(2024, 2, 29), datetime.date(2023, 2, 28))
    """
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def iso_day(year: int | None, month: int, day: int) -> str:
    """ISO 8601 text of a day, ``--MM-DD`` when the year is unknown.

    >>> iso_day(2025, 1, 9), iso_day(None, 1, 9)
    ('2025-01-09', '--01-09')
    """
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def day_value(year: int | None, month: int, day: int, **extra: object) -> When | None:
    """A one-day value, or None for an impossible day (31/2)."""
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29/2 without a year is fine
    except ValueError:
        return None
    iso = iso_day(year, month, day)
    return When(iso, iso, "day", **extra)  # type: ignore[arg-type]


def span_value(first: dt.date, last: dt.date, granularity: Granularity, **extra: object) -> When:
    """A value from ``first`` to ``last`` (inclusive)."""
    return When(first.isoformat(), last.isoformat(), granularity, **extra)  # type: ignore[arg-type]


def month_value(year: int | None, month: int, **extra: object) -> When:
    """The whole of one month (``--MM-01``..``--MM-31``-style when the year is unknown)."""
    if year is None:
        last = calendar.monthrange(2000, month)[1]
        return When(iso_day(None, month, 1), iso_day(None, month, last), "month", **extra)  # type: ignore[arg-type]
    return span_value(dt.date(year, month, 1), month_end(year, month), "month", **extra)


def year_for(month: int, day: int, anchor: Anchor | None, ahead: bool) -> int | None:
    """The year of a year-less day: the latest one not after the publication date (the earliest not
    before it when the text says the date lies ahead).

    >>> a = Anchor(dt.date(2025, 1, 10), dt.date(2025, 1, 10))
    >>> year_for(1, 9, a, False), year_for(1, 15, a, False), year_for(1, 15, a, True), year_for(12, 30, a, True)
    (2025, 2024, 2025, 2025)
    """
    if anchor is None:
        return None
    year = anchor.last.year
    day = min(day, calendar.monthrange(year, month)[1])
    if ahead:
        return year if dt.date(year, month, day) >= anchor.first else year + 1
    return year if dt.date(year, month, day) <= anchor.last else year - 1


def year_of_month(month: int, anchor: Anchor | None, ahead: bool) -> int | None:
    """The year of a year-less month: its first day not after the publication date (or ahead of it)."""
    if anchor is None:
        return None
    year = anchor.last.year
    if ahead:
        return year if month_end(year, month) >= anchor.first else year + 1
    return year if dt.date(year, month, 1) <= anchor.last else year - 1


def shift(anchor: Anchor | None, unit: str, amount: int, **extra: object) -> When | None:
    """The day, week, month or year ``amount`` units from the publication date.

    >>> a = Anchor(dt.date(2025, 1, 10), dt.date(2025, 1, 10))
    >>> shift(a, "day", -1).start, shift(a, "month", -1).end, shift(a, "year", -1).start
    ('2025-01-09', '2024-12-31', '2024-01-01')
    >>> week = shift(a, "week", -1)
    >>> week.start, week.end, week.granularity, week.year_inferred
    ('2024-12-30', '2025-01-05', 'week', True)
    """
    if anchor is None or (unit in ("day", "week") and not anchor.exact):
        return None
    extra = {"year_inferred": True, **extra}
    base = anchor.first
    if unit == "day":
        day = base + dt.timedelta(days=amount)
        return span_value(day, day, "day", **extra)
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=amount)
        return span_value(monday, monday + dt.timedelta(days=6), "week", **extra)
    if unit == "month":
        index = base.year * 12 + base.month - 1 + amount
        return month_value(index // 12, index % 12 + 1, **extra)
    year = base.year + amount
    return span_value(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", **extra)


def with_time(value: When | None, hour: str | None, minute: str | None) -> When | None:
    """The value with a clock time ("08:30") when one was written."""
    if value is None or hour is None:
        return value
    return replace(value, time=f"{int(hour):02d}:{int(minute or 0):02d}")


def find_dates(text: str, anchor: Anchor | None = None) -> list[DateHit]:
    """Every date mention in normalised ``text``, in order, overlaps settled leftmost-longest.

    >>> text = "Sáng 9/1, hội nghị nhiệm kỳ 2021 - 2026 họp."
    >>> hits = find_dates(text, Anchor.from_iso("2025-01-10"))
    >>> [(text[h.start:h.end], h.value.start if h.value else None) for h in hits]
    [('Sáng 9/1', '2025-01-09'), ('nhiệm kỳ 2021 - 2026', '2021-01-01')]
    """
    from ._date_rules import DAY_RULES  # the rules use the helpers above
    from ._date_rules_coarse import COARSE_RULES

    found = [hit for rule in (*DAY_RULES, *COARSE_RULES) for hit in rule(text, anchor)]
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))  # stable: on a tie the earlier rule wins
    kept: list[DateHit] = []
    for hit in found:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept
