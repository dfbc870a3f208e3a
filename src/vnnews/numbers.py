"""Vietnamese numbers as written in news: '3.700', '1,5', '58,9 triệu', 'hai mươi mốt'.

(Stub: digits only; the full parser is being written.)
"""

from __future__ import annotations

import regex

_DIGITS = regex.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+(?:,\d+)?$")


def parse_number(text: str) -> int | float | None:
    """The value of a written number, or None if it is not one.

    >>> parse_number("3.700"), parse_number("1,5"), parse_number("abc")
    (3700, 1.5, None)
    """
    t = text.strip()
    if not _DIGITS.match(t):
        return None
    if "," in t:
        return float(t.replace(",", "."))
    return int(t.replace(".", ""))
