"""The rules of :mod:`vnnews.dates`: one readable pattern and one builder each.

Every rule is ``(text, anchor) -> Iterator[DateHit]``; :func:`vnnews.dates.find_dates` runs them
all and keeps the leftmost-longest mention where two overlap (on a tie, the earlier rule here).
Patterns match the normalised text (``-`` for every dash) without regard to case.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from .dates import (
    Anchor,
    DateHit,
    When,
    day_value,
    month_end,
    span_value,
    with_time,
    year_for,
)
from .folded import Folded, case_key, folded, lower_literals
from .lastwords import LINE_SPACE, last_words_start
from .lexicon import Termset
from .rules_data import load_rules

Rule = Callable[[str, Anchor | None], Iterator[DateHit]]
_FLAGS = regex.IGNORECASE | regex.VERBOSE


class _Entry(BaseModel):
    """One line of ``data/rules/dates.yaml``."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal[
        "part_of_day", "day_cue", "relative", "day_word", "period_cue", "future_cue", "event_word",
        "clock_mark", "calendar", "mass_cue", "monthly", "clock_span", "clock_anchor", "clock_minute",
    ]
    term: str
    value: str | int | None = None
    unit: Literal["day", "week", "month", "year"] | None = None


@functools.cache
def vocabulary(kind: str) -> dict[str, _Entry]:
    """Entries of one kind, by case-folded term (:func:`vnnews.folded.case_key`, as the case-blind scan matched)."""
    return {case_key(e.term): e for e in load_rules("dates", _Entry) if e.kind == kind}


def alternation(kind: str) -> str:
    """The terms of one kind as a regex alternation, longest first, any run of spaces between words."""
    return Termset(vocabulary(kind)).pattern(boundary=False)


def _entry(kind: str, text: str | None) -> _Entry | None:
    return vocabulary(kind).get(" ".join(case_key(text).split())) if text else None


# Shared pieces (order matters: two-digit alternatives before one-digit ones).
_D = r"(?P<d>3[01]|[12]\d|0?[1-9])"
_M = r"(?P<m>1[0-2]|0?[1-9])"
_Y = r"(?P<y>(?:19|20)\d\d)"
_TIME = r"""(?P<hh>2[0-3]|[01]?\d)(?:\s*(?:giờ|h)\s*(?P<mm>[0-5]\d)?(?:\s*phút)?|:(?P<mm>[0-5]\d)(?::[0-5]\d)?)(?!\w)"""
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_MOD = r"(?:(?P<mod>đầu|giữa|cuối)\s+)?"
_NOT_LUNAR = r"(?!\s*\(?\s*(?:âm\s+lịch|AL\b))"
_MODIFIERS = {"đầu": "early", "giữa": "mid", "cuối": "late"}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "sáu": 6, "chín": 9}


def _ahead(text: str, m: regex.Match[str]) -> bool:
    """The text says the date lies ahead: 'ngày 15/1 tới', 'sẽ tổ chức vào ngày 15/1'."""
    after, before = _future_cues()
    if after.match(text[m.end() : m.end() + 12]):
        return True
    return bool(before.search(text[max(0, m.start() - 30) : m.start()]))


@functools.cache
def _future_cues() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The future cues written after a date and those written before it, each as one pattern (no cue: none matches)."""
    cues = vocabulary("future_cue")
    after = Termset([t for t, e in cues.items() if e.value == "after"]).pattern(boundary=False)
    before = Termset([t for t, e in cues.items() if e.value == "before"]).pattern()
    return regex.compile(rf"\s*{after}(?!\w)", regex.IGNORECASE), regex.compile(before, regex.IGNORECASE)


def _extra(m: regex.Match[str]) -> dict[str, object]:
    """Part of the day and modifier written around a date."""
    out: dict[str, object] = {}
    part = _entry("part_of_day", m.groupdict().get("part"))
    if part is not None:
        out["part_of_day"] = part.value
    mod = m.groupdict().get("mod")
    if mod:
        out["modifier"] = _MODIFIERS[case_key(mod)]
    return out


def _hit(m: regex.Match[str], kind: str, value: When | None, rule: str, start: int | None = None) -> DateHit:
    return DateHit(m.start() if start is None else start, m.end(), kind, value, rule)


def _compile(pattern: str) -> Callable[[], regex.Pattern[str]]:
    """A pattern compiled on first use (it needs the vocabulary), once; its spaces never cross a line break."""
    return functools.cache(lambda: regex.compile(pattern.format(**_pieces()).replace(r"\s", r"[^\S\n]"), _FLAGS))


def _compile_folded(pattern: str) -> Callable[[], Folded]:
    """:func:`_compile`'s pattern, and its letters lower-cased compiled case-sensitive, for a scan of a whole text
    that reads its matches' groups without case (digits, lowered words): :mod:`vnnews.folded`."""

    def both() -> Folded:
        written = pattern.format(**_pieces()).replace(r"\s", r"[^\S\n]")
        if "(?-i" in written:  # pragma: no cover - a case-sensitive part reads no lowered text alike
            raise ValueError("a pattern with a case-sensitive part cannot be folded")
        return Folded(written, lower_literals(written), _FLAGS)

    return functools.cache(both)


def _near(
    pattern: Folded, needle: Folded | regex.Pattern[str], text: str, words: int | None = None, after: int = 40
) -> Iterator[regex.Match[str]]:
    """Matches of ``pattern`` around the hits of a plain ``needle`` (the digits every match holds), left to right.

    Scanning the whole text with a pattern that opens with optional words is slow; the needle
    finds the few places worth trying. Only a match covering its needle is kept, so no window
    edge cuts one short. Both scan the lowered text where that finds the same spans (:mod:`vnnews.folded`).
    A pattern that opens at most ``words`` words before its needle is tried from there on
    (:func:`window_start`); one that reads at most ``after`` characters past it, up to there.
    """
    scan_with, scanned = pattern.on(text)
    needles, needle_text = needle.on(text) if isinstance(needle, Folded) else (needle, text)
    last = 0
    for n in needles.finditer(needle_text, concurrent=False):  # the GIL kept: no hand-off per match
        if n.start() < last:
            continue
        first = max(last, n.start() - _BEFORE)
        if words is not None:
            first = window_start(text, first, n.start(), words)
        for m in scan_with.finditer(scanned, first, min(len(text), n.end() + after), concurrent=False):
            if m.start() > n.start():
                break  # matches come left to right: none after this one covers the needle
            if m.end() >= n.end():
                yield m
                last = m.end()
                break


def window_start(text: str, floor: int, pos: int, words: int) -> int:
    """Where the word ``words`` words before ``pos`` begins, never before ``floor`` nor across a line break (no
    date rule reads across one): the words are split by :data:`~vnnews.lastwords.LINE_SPACE`.

    >>> window_start("x\\nhai ba", 0, 8, 2), window_start("x\\nhai ba", 0, 8, 5), window_start("x  hai ba", 0, 9, 2)
    (2, 2, 3)
    """
    return last_words_start(text, max(floor, text.rfind("\n", floor, pos) + 1), pos, words, LINE_SPACE)


_BEFORE = 80
#: The word every match of a rule holds, found by a plain scan of the lowered text (:func:`_near`'s needle).
NEEDLE_NGAY = functools.cache(lambda: folded(lambda case: case("ngày")))
NEEDLE_THANG = functools.cache(lambda: folded(lambda case: case("tháng")))
NEEDLE_NAM = functools.cache(lambda: folded(lambda case: case("năm")))
#: A day and month as :data:`_DAY_MONTH` ends with them, not '1.500' or '20.9.2024'; it opens with a digit: found fast.
_NEEDLE_DAY_MONTH = regex.compile(r"\d\d?[/.\-]\d\d?(?![\d]|[/.\-]\d)")
_NEEDLE_FULL = regex.compile(r"\d[/.\-]\d{1,2}[/.\-](?:19|20)\d\d")
_NEEDLE_WORDS = regex.compile(r"\d\s+tháng\s+\d", regex.IGNORECASE)
_NEEDLE_YEARS = regex.compile(r"(?:19|20)\d\d\s*(?:-|đến)", regex.IGNORECASE)


@functools.cache
def _pieces() -> dict[str, str]:
    return {
        "D": _D, "M": _M, "Y": _Y, "TIME": _TIME, "WEEKDAY": _WEEKDAY, "MOD": _MOD, "NOT_LUNAR": _NOT_LUNAR,
        "PART": f"(?P<part>{alternation('part_of_day')})", "DAYWORD": f"(?P<dw>{alternation('day_word')})",
        "CUE": f"(?:{alternation('day_cue')})", "PERIOD": f"(?:{alternation('period_cue')})",
        "RELATIVE": f"(?P<rel>{alternation('relative')})",
    }


# --- periods ---------------------------------------------------------------------------------------

_PERIOD_DATES = _compile_folded(r"""
    (?<![\d/.\-])(?P<d1>3[01]|[12]\d|0?[1-9])(?P<s1>[/.\-])(?P<m1>1[0-2]|0?[1-9])(?P=s1)(?P<y1>(?:19|20)\d\d)
    \s*-\s*                                             # 20/10/1930 - 20/10/2018
    {D}(?P<s>[/.\-]){M}(?P=s){Y}(?!\d)
""")


def period_dates(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'20/10/1930 - 20/10/2018': from one day to another."""
    for m in _near(_PERIOD_DATES(), _NEEDLE_FULL, text):
        try:
            first = dt.date(int(m["y1"]), int(m["m1"]), int(m["d1"]))
            last = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if first <= last:
            yield _hit(m, "period", span_value(first, last, "period"), "period.dates")


_DAY_RANGE = _compile_folded(r"""
    (?:từ\s+)?ngày\s+(?P<d1>3[01]|[12]\d|0?[1-9])\s*(?:-|đến)\s*(?:ngày\s+)?  # từ ngày 9 đến 11/1
    {D}(?P<s>[/.\-]){M}(?:(?P=s){Y})?(?![\d]|[/.\-]\d){NOT_LUNAR}
""")


def day_range(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'từ ngày 9 đến 11/1', 'ngày 9 - 11/1/2025': consecutive days of one month."""
    for m in _near(_DAY_RANGE(), NEEDLE_NGAY(), text, 1):  # 'từ' may open it, one word before its 'ngày'
        d1, d2, month = int(m["d1"]), int(m["d"]), int(m["m"])
        year = int(m["y"]) if m["y"] else year_for(month, d1, anchor, _ahead(text, m))
        if d1 >= d2:
            continue
        first, last = day_value(year, month, d1), day_value(year, month, d2)
        if first is None or last is None:
            continue
        yield _hit(m, "period", When(first.start, last.end, "period", year_inferred=not m["y"] and year is not None),
                   "period.days")


_PERIOD_YEARS = _compile_folded(r"""
    (?:(?P<cue>{PERIOD}|năm)(?:\s+[IVX]+)?\s*:?\s*(?:từ\s+(?:năm\s+)?)?   # nhiệm kỳ 2021 - 2026, giai đoạn I: ...
      | (?P<from>từ\s+năm\s+)                                           # từ năm 2015 đến năm 2020
      | (?P<open>\()\s*                                                 # (2014-2020)
    )
    (?P<y1>(?:19|20)\d\d)\s*(?:-|đến(?:\s+năm)?)\s*{Y}(?![\d/])
    (?(open)\s*\))
""")


def period_years(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'nhiệm kỳ 2021 - 2026', 'giai đoạn 2016 - 2020', '(2014-2020)': a period of whole years."""
    for m in _near(_PERIOD_YEARS(), _NEEDLE_YEARS, text):
        y1, y2 = int(m["y1"]), int(m["y"])
        if y1 > y2:
            continue
        start = m.start("y1") if m["open"] else m.start()
        end = m.end("y")
        value = span_value(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "period")
        yield DateHit(start, end, "period", value, "period.years")


_PERIOD_MONTHS = _compile_folded(r"""
    (?<![\d\w])(?P<n>[1-9]|1[01]|ba|sáu|chín)\s+tháng\s+(?:(?P<which>đầu|cuối)\s+)?năm(?:\s+{Y})?(?![\d\w])
""")


def period_months(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'6 tháng đầu năm 2024' (January to June), '6 tháng cuối năm' (July to December)."""
    for m in _near(_PERIOD_MONTHS(), NEEDLE_THANG(), text, 1):  # the count, one word before 'tháng'
        n = _NUMBER_WORDS.get(m["n"].lower()) or int(m["n"])
        year = int(m["y"]) if m["y"] else (anchor.last.year if anchor else None)
        value = None
        if year is not None:
            first_month, last_month = (13 - n, 12) if (m["which"] or "").lower() == "cuối" else (1, n)
            value = span_value(dt.date(year, first_month, 1), month_end(year, last_month), "period",
                               year_inferred=not m["y"])
        yield _hit(m, "period", value, "period.months")


# --- days ------------------------------------------------------------------------------------------

_FULL = _compile_folded(r"""
    (?<!\w)(?=[\w(])                                               # a word start
    (?:(?:{TIME})\s*,?\s*(?:ngày\s+)?)?                          # 14h ngày 9/1/2025, 08:30 09/01/2025
    (?:{PART}(?:\s+{DAYWORD})?\s*,?\s*(?P<open>\()?\s*)?         # Sáng nay (28/7/2023)
    (?:{WEEKDAY}\s*[,\-]?\s*(?:ngày\s+)?)?                       # Thứ Năm, 09/01/2025
    (?:{CUE}\s+)?                                                # ngày 15/3/2024
    (?<![\d/.\-]){D}(?P<s>[/.\-]){M}(?P=s){Y}(?!\d){NOT_LUNAR}
    (?(open)\s*\))
    (?:\s*[,\-]?\s*(?:lúc\s+)?(?:{TIME}))?                       # ... - 08:30
""")


def full_date(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """A day with its year: '15/3/2024', 'Thứ Năm, 09/01/2025 - 08:30', 'sáng 9/1/2025'."""
    for m in _near(_FULL(), _NEEDLE_FULL, text):
        value = with_time(day_value(int(m["y"]), int(m["m"]), int(m["d"]), **_extra(m)), m["hh"], m["mm"])
        if value is not None:
            yield _hit(m, "date", value, "date.full")


_ISO = _compile(r"""
    (?<![\d\-])(?P<y>(?:19|20)\d\d)-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])     # 2025-01-09
    (?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d)?)?(?![\d\-])
""")


def iso_date(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'2025-01-09', '2025-01-09T08:30'."""
    for m in _ISO().finditer(text):
        value = with_time(day_value(int(m["y"]), int(m["m"]), int(m["d"])), m["hh"], m["mm"])
        if value is not None:
            yield _hit(m, "date", value, "date.iso")


_WORDS = _compile_folded(r"""
    (?:{PART}\s+)?(?P<cue>(?:ngày|mùng|mồng)\s+(?:mùng\s+|mồng\s+)?)?   # sáng ngày 15
    (?<![\d\w]){D}\s+tháng\s+{M}                                       # 15 tháng 3
    (?:\s*,?\s*(?:năm\s+|[/\-]\s*){Y})?(?![\d\w]){NOT_LUNAR}           # năm 2024
""")


def words_date(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'ngày 15 tháng 3 năm 2024', 'mùng 2 tháng 9' (a cue or a year is needed: '3 tháng 5' alone is not a date)."""
    for m in _near(_WORDS(), _NEEDLE_WORDS, text):
        if not (m["cue"] or m["part"] or m["y"]):
            continue
        month, day = int(m["m"]), int(m["d"])
        year = int(m["y"]) if m["y"] else year_for(month, day, anchor, _ahead(text, m))
        value = day_value(year, month, day, year_inferred=not m["y"] and year is not None, **_extra(m))
        if value is not None:
            yield _hit(m, "date", value, "date.words")


_DAY_MONTH = _compile_folded(r"""
    (?<!\w)(?=[\w(])                                               # a word start
    (?: (?:(?:{TIME})\s*)?{PART}(?:\s+{DAYWORD})?\s*,?\s*(?P<open>\()?\s*(?:ngày\s+)?   # sáng 9/1, Sáng nay (28/7)
      | {WEEKDAY}\s*[,\-]?\s*(?P<open>\()?\s*(?:ngày\s+)?                              # thứ Hai (9/1)
      | (?:(?:{TIME})\s+)?{CUE}\s+                                                     # ngày 20.9, 14h ngày 9/1
      | (?P<open>\()\s*                                                                # (27-2)
    )
    (?<![\d/.\-]){D}(?P<s>[/.\-]){M}(?![\d]|[/.\-]\d){NOT_LUNAR}
    (?(open)\s*\))
""")


def day_month(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """A day without its year, after a word that makes it a date: 'sáng 9/1', 'ngày 20.9', '(27-2)'."""
    for m in _near(_DAY_MONTH(), _NEEDLE_DAY_MONTH, text):
        month, day = int(m["m"]), int(m["d"])
        year = year_for(month, day, anchor, _ahead(text, m))
        value = day_value(year, month, day, year_inferred=year is not None, **_extra(m))
        if value is None:
            continue
        yield _hit(m, "date", with_time(value, m["hh"], m["mm"]), "date.day_month")


#: The rules for periods and days, longest forms first (the coarser ones are in _date_rules_coarse).
DAY_RULES: tuple[Rule, ...] = (
    period_dates, day_range, full_date, iso_date, words_date, period_years, period_months, day_month
)
