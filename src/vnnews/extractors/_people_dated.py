"""A day and month that name a body inside its name ("Công ty 19-5", "Tổng Công ty 3/2", "xuất nhập khẩu 2-9")."""

from __future__ import annotations

import regex

from ._people_line import Line

#: A day and month written as one token ("3/2", "30/4").
DAY_MONTH = regex.compile(r"(\d{1,2})/(\d{1,2})")


def dated_name(line: Line, k: int) -> int:
    """Words of a day and month that name a body at ``k`` ("xuất nhập khẩu 2-9 Đắk Lắk", "Công ty 19-5"), else 0; one
    written as a single token only right after the body's bare head ("Tổng Công ty 3/2", never "tỉnh 3/2")."""
    words = line.words
    if (m := DAY_MONTH.fullmatch(words[k])) and after_head(line, k):
        return 1 if 1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12 else 0
    if k + 2 >= line.n or words[k + 1] != "-" or not (words[k].isdigit() and words[k + 2].isdigit()):
        return 0
    return 3 if 1 <= int(words[k]) <= 31 and 1 <= int(words[k + 2]) <= 12 else 0  # "15-20 người" is no date


def after_head(line: Line, k: int) -> bool:
    """Word ``k`` comes right after an organisation's bare head ("Công ty", "Tổng Công ty", "Trường")."""
    return any(line.match(line.lex.org_heads, i) == k - i for i in range(max(0, k - 3), k))
