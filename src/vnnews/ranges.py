"""A range's first number read as the writer meant it: '5 - 6 triệu' is five million, '130-150.000' 130 thousand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import regex

from .entries import NumberWord
from .numbers import as_number, number_words, parse_digits, parse_number

_DIGIT_RUN = regex.compile(r"[\d.,]+")
#: A first number written bare, and a second written in thousands groups ('150.000', '1.500.000').
_BARE, _GROUPED = regex.compile(r"\d{1,3}"), regex.compile(r"\d{1,3}(?:\.\d{3})+")


def range_start(first: str, second: str, dirs: tuple[Path, ...] = ()) -> int | float | None:
    """The value of a range's first number: bare digits take the scale word of the second ('5 - 6 triệu'), or
    the thousands it leaves unwritten ('130-150.000 đồng' is 130,000 to 150,000: the first number scaled by
    the least power of 1,000 that brings it within a tenth of the second).

    >>> range_start("5", "6 triệu"), range_start("5", "60"), range_start("36,240", "36,320 triệu")
    (5000000, 5, 36240000)
    >>> range_start("130", "150.000"), range_start("2", "3.000"), range_start("1", "100.000"), range_start("5", "7.500")
    (130000, 2000, 1, 5000)
    """
    value, second_value = parse_number(first, dirs), parse_number(second, dirs)
    lead = _DIGIT_RUN.match(second.strip())
    lead_value = parse_digits(lead.group().rstrip(".,")) if lead else None
    if value is None or second_value is None or parse_digits(first) is None or not lead_value or value >= lead_value:
        return value
    factor = Decimal(str(second_value)) / lead_value
    if factor >= 1000 and not factor % 1000:
        return as_number(Decimal(str(value)) * factor)
    if factor == 1 and lead and _BARE.fullmatch(first.strip()) and _GROUPED.fullmatch(lead.group().rstrip(".,")):
        scaled = _unwritten_thousands(Decimal(str(value)), Decimal(str(second_value)))
        return as_number(scaled) if scaled is not None else value
    return value  # no scale word after the second number


def spelled_range_start(first: str, second: str, dirs: tuple[Path, ...] = ()) -> int | float | None:
    """The value of a range's first number in words: it takes the scale word(s) closing the second ('hai đến năm
    nghìn', 'ba đến năm trăm', 'mười đến mười lăm nghìn'), the longest run of them that leaves the second's head
    above it ('ba đến năm trăm nghìn' is 300 thousand, 'hai trăm đến năm trăm nghìn' 200 thousand); written with a
    scale of its own it may need none ('tám trăm đến chín trăm'). None when it cannot be scaled ('hai đến hai triệu
    rưỡi'): never an unscaled start before a scaled end.

    >>> spelled_range_start("hai", "năm nghìn"), spelled_range_start("hai", "năm")
    (2000, 2)
    >>> spelled_range_start("ba", "năm trăm nghìn"), spelled_range_start("hai trăm", "năm trăm nghìn")
    (300000, 200000)
    >>> spelled_range_start("mười", "mười lăm nghìn"), spelled_range_start("hai mươi", "ba mươi nghìn")
    (10000, 20000)
    >>> spelled_range_start("tám trăm", "chín trăm"), spelled_range_start("hai nghìn", "năm nghìn")
    (800, 2000)
    >>> spelled_range_start("bảy", "năm nghìn"), spelled_range_start("hai", "hai triệu rưỡi")
    (None, None)
    """
    low, high = parse_number(first, dirs), parse_number(second, dirs)
    if low is None or high is None:
        return None
    words, kinds = second.split(), number_words(dirs)
    scales = 0
    while scales < len(words) - 1 and _kind(kinds, words[-1 - scales]) in ("scale", "hundred"):
        scales += 1
    for k in range(scales, 0, -1):
        head = parse_number(" ".join(words[:-k]), dirs)
        if head and low < head:
            return as_number(Decimal(str(low)) * Decimal(str(high)) / Decimal(str(head)))
    if any(_kind(kinds, w) in _SCALED for w in first.split()) or not any(_kind(kinds, w) in _SCALED for w in words):
        return low  # 'tám trăm đến chín trăm', 'hai đến ba người'
    return None


#: Number words that make a second number larger than its head's digits: the first must be scaled with them.
_SCALED = frozenset({"scale", "hundred", "half"})


def _kind(kinds: dict[str, NumberWord], word: str) -> str | None:
    entry = kinds.get(word.lower())
    return entry.kind if entry else None


def _unwritten_thousands(low: Decimal, high: Decimal) -> Decimal | None:
    """``low`` times the least power of 1,000 that lands it in (high / 10, high], if one does."""
    scaled = low * 1000
    while scaled <= high:
        if scaled * 10 > high:
            return scaled
        scaled *= 1000
    return None
