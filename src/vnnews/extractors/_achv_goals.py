"""Goals being set: the amounts after them in their sentence are planned, no results (achG30, narrowed after review).

A goal is set before a colon ('với mục tiêu: Giảm tỷ lệ hộ nghèo bình quân trên 4%/năm; ...', 'Huyện đặt mục tiêu cụ
thể: trồng mới 500 ha rừng'), opens its sentence before a colon ('Mục tiêu đến năm 2030: 100% xã ...'), or names the
indicators a body will focus on ('Hội tập trung thực hiện các chỉ tiêu trọng tâm: 40.000 lượt thanh niên ...'); the
words are ``achievement_context.yaml``'s goal_set, goal_open and goal_focus. A goal met or reported is no plan: a
goal_block word earlier in the sentence ('Kết quả thực hiện mục tiêu:', 'Đến nay đã hoàn thành mục tiêu:'), a count
of goals ('12/12 mục tiêu:') or a past year ('Năm 2023, ...') keeps the amounts; so does a goal_stop word between the
goal and the amount's clause end ('Mục tiêu: giảm 4% hộ nghèo mỗi năm; kết quả năm 2023 đã có 1.200 hộ thoát nghèo').
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from ..lexicon import Termset, load

_COLON = r"[ \u00a0]*:"
#: 'đến năm 2030' after an opening goal: its deadline ('Mục tiêu đến năm 2030: ...').
_DEADLINE = r"(?:[ \u00a0]+(?:đến|tới)[ \u00a0]+năm[ \u00a0]+\d{4})?"
#: A sentence's opening: bullets, dashes, numbering before its first word ('- Mục tiêu: ...', '1. Mục tiêu: ...').
_OPENING = r"[\s\-–—•*+\d.)]*"
#: A count of goals met ('12/12 mục tiêu') or a year told as past ('Năm 2023, ...'; not 'đến năm 2025').
_PAST = regex.compile(
    r"(?<![\p{L}\p{M}\d])\d+/\d+(?![\d/])"
    r"|(?<!(?:đến|tới|trước|vào)[ \u00a0]+)(?<![\p{L}\p{M}])năm[ \u00a0]+(?:19|20)\d\d",
    regex.IGNORECASE,
)
#: Where the amount's clause ends: a ',' or ';' before a space, a sentence's mark.
_CLAUSE_END = regex.compile(r"[,;](?=\s)|[.!?](?=\s|$)")


@dataclass(frozen=True)
class _Goals:
    goal: regex.Pattern[str]  # goal_set before a colon, goal_focus anywhere
    opening: regex.Pattern[str]  # goal_open opening the sentence, before a colon
    block: regex.Pattern[str]  # a result's word before the goal
    stop: regex.Pattern[str]  # a result's word after it


@functools.cache
def _goals(dirs: tuple[Path, ...]) -> _Goals:
    entries = load("achievement_context", dirs)

    def terms(kind: str) -> str:
        return Termset([e.term for e in entries if e.kind == kind]).pattern()

    return _Goals(
        goal=regex.compile(rf"(?:{terms('goal_set')}){_COLON}|{terms('goal_focus')}", regex.IGNORECASE),
        opening=regex.compile(rf"{_OPENING}(?:{terms('goal_open')}){_DEADLINE}{_COLON}", regex.IGNORECASE),
        block=regex.compile(terms("goal_block"), regex.IGNORECASE),
        stop=regex.compile(terms("goal_stop"), regex.IGNORECASE),
    )


def goal_planned(text: str, start: int, at: int, dirs: tuple[Path, ...] = ()) -> bool:
    """Whether a goal being set in the sentence from ``start`` plans the amount at ``at``.

    >>> goal_planned("Huyện đặt mục tiêu: trồng 300 ha rừng.", 0, 26)
    True
    >>> goal_planned("Kết quả thực hiện mục tiêu: 100% xã đạt chuẩn.", 0, 28)
    False
    >>> text = "Mục tiêu: giảm 4% hộ nghèo; kết quả đã có 1.200 hộ thoát nghèo."
    >>> goal_planned(text, 0, 15), goal_planned(text, 0, 42)
    (True, False)
    """
    g = _goals(dirs)
    found = g.opening.match(text, start, at) or g.goal.search(text, start, at)
    if found is None:
        return False
    before = text[start : found.start()]
    if g.block.search(before) or _PAST.search(before):
        return False  # 'Kết quả thực hiện mục tiêu:', '12/12 mục tiêu:', 'Năm 2023, ... đã tập trung thực hiện ...'
    close = _CLAUSE_END.search(text, at)
    end = close.start() if close else len(text)
    return g.stop.search(text, found.end(), end) is None  # '...; kết quả năm 2023 đã có 1.200 hộ thoát nghèo'
