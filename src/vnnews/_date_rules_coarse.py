"""The coarser date rules of :mod:`vnnews.dates`: months, quarters, years and relative expressions."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

from ._date_rules import (
    _ROMAN,
    NEEDLE_NAM,
    NEEDLE_THANG,
    Rule,
    _ahead,
    _compile,
    _compile_folded,
    _entry,
    _extra,
    _hit,
    _near,
    vocabulary,
)
from .dates import Anchor, DateHit, month_end, month_value, shift, span_value, year_of_month
from .folded import Folded, case_key, folded
from .lexicon import Termset

_MONTH_YEAR = _compile_folded(r"""
    {MOD}tháng\s+{M}\s*(?:[/\-]\s*|,?\s*năm\s+){Y}(?![\d/])          # tháng 3/2024, cuối tháng 3 năm 2024
""")


def month_year(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'tháng 3/2024', 'tháng 3 năm 2024': the whole month."""
    for m in _near(_MONTH_YEAR(), NEEDLE_THANG(), text, 1):  # a modifier, one word before 'tháng'
        yield _hit(m, "month", month_value(int(m["y"]), int(m["m"]), **_extra(m)), "month.year")


_QUARTER = _compile(r"""
    {MOD}quý\s+(?P<q>(?-i:IV|III|II|I)|[1-4])(?:\s*(?:[/\-]\s*|,?\s*năm\s+){Y})?(?![\w/])   # quý I/2024
""")


def quarter(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'quý I/2024', 'quý 3 năm 2023', 'quý IV' (the year from the publication date, preferring the past)."""
    for m in _QUARTER().finditer(text):
        q = _ROMAN[m["q"].lower()]
        last_month = 3 * q
        year = int(m["y"]) if m["y"] else year_of_month(last_month - 2, anchor, _ahead(text, m))
        value = None
        if year is not None:
            value = span_value(dt.date(year, last_month - 2, 1), month_end(year, last_month), "quarter",
                               year_inferred=not m["y"], **_extra(m))
        yield _hit(m, "quarter", value, "quarter")


_MONTH = _compile_folded(r"""
    (?<!\d\s|mỗi\s|hằng\s|hàng\s)                                 # '3 tháng' is a duration, 'mỗi tháng 1 lần' a rate
    {MOD}tháng\s+{M}(?![\d/.\-]|\s+(?:lần|người|ngày)){NOT_LUNAR}  # tháng 3
""")


def month(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'tháng 3' without a year: the latest March not after the publication date."""
    for m in _near(_MONTH(), NEEDLE_THANG(), text, 1):  # a modifier, one word before 'tháng'
        mon = int(m["m"])
        year = year_of_month(mon, anchor, _ahead(text, m))
        yield _hit(m, "month", month_value(year, mon, year_inferred=year is not None, **_extra(m)), "month")


_YEAR = _compile_folded(r"""
    {MOD}năm\s+{Y}(?![\d/]|\s*-\s*\d)                              # năm 2023, cuối năm 2023
""")


def year(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'năm 2023': the whole year."""
    for m in _near(_YEAR(), NEEDLE_NAM(), text, 1):  # a modifier, one word before 'năm'
        y = int(m["y"])
        yield _hit(m, "year", span_value(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", **_extra(m)), "year")


_AGO = _compile(r"""
    (?<![\d\w])(?P<n>\d{{1,3}})\s+(?P<u>ngày|tuần|tháng|năm)\s+trước(?!\w)        # 2 năm trước
""")
_UNITS = {"ngày": "day", "tuần": "week", "tháng": "month", "năm": "year"}


def ago(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'3 ngày trước', '2 năm trước': that many days, weeks, months or years before publication."""
    for m in _AGO().finditer(text):
        yield _hit(m, "relative", shift(anchor, _UNITS[case_key(m["u"])], -int(m["n"])), "relative.ago")


_RELATIVE = _compile_folded(r"""
    (?<!\d\s|những\s|các\s|mấy\s|nhiều\s|một\s)(?<!\w)        # '10 năm qua', 'những năm qua' are spans of time
    (?: {PART}\s+{DAYWORD}                                   # chiều nay, tối qua
      | {RELATIVE}                                           # hôm qua, tuần trước, năm ngoái
    )(?!\w)
""")


@functools.cache
def _relative_needle() -> Folded:
    """The last words of the relative expressions ('nay', 'qua', 'trước'...): where one can end. Each opens with a
    letter, so ``\\b`` before it is the same as no letter before it, and found faster."""
    last = {t.split()[-1] for kind in ("relative", "day_word") for t in vocabulary(kind)}
    return folded(lambda case: rf"\b{Termset({case(w) for w in last}).pattern(boundary=False)}(?!\w)")


@functools.cache
def _relative_words() -> tuple[int, int]:
    """How many words a relative expression may have before its last one (a part of the day and a day word), and
    how far past its needle it may read: nothing when no needle word is one but the last of an expression (a match
    covering a needle ends with it; '(?!\\w)' after it reads a character the needle's own '(?!\\w)' read)."""
    size = {kind: max((len(t.split()) for t in vocabulary(kind)), default=1) for kind in _RELATIVE_KINDS}
    last = {t.split()[-1] for kind in ("relative", "day_word") for t in vocabulary(kind)}
    inner = {w for kind in ("relative", "day_word") for t in vocabulary(kind) for w in t.split()[:-1]}
    inner |= {w for t in vocabulary("part_of_day") for w in t.split()}
    return max(size["relative"], size["part_of_day"] + size["day_word"]) - 1, 40 if inner & last else 0


_RELATIVE_KINDS = ("relative", "part_of_day", "day_word")


def relative(text: str, anchor: Anchor | None) -> Iterator[DateHit]:
    """'chiều nay', 'hôm qua', 'tuần trước', 'năm nay': counted from the publication date."""
    for m in _near(_RELATIVE(), _relative_needle(), text, *_relative_words()):
        entry = _entry("day_word", m["dw"]) if m["dw"] else _entry("relative", m["rel"])
        if entry is None or entry.unit is None or not isinstance(entry.value, int):
            continue
        yield _hit(m, "relative", shift(anchor, entry.unit, entry.value, **_extra(m)), "relative")


#: The coarser rules, after those of _date_rules.
COARSE_RULES: tuple[Rule, ...] = (month_year, quarter, month, year, ago, relative)
