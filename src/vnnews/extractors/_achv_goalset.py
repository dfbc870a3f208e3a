"""A goal set or a task given, and the amounts inside it: targets however far the amount stands from the goal word.

Two readings, from ``achievement_sense.yaml`` (targetT38; round-32/36 verdicts):

- a goal set (``goal_set``: 'đặt mục tiêu', 'đặt chỉ tiêu', 'giao chỉ tiêu') earlier in the sentence, the amount in
  the goal's own clause or in a later clause that names a measure and its level ('đặt mục tiêu đón 15 triệu lượt
  khách, ..., doanh thu đạt 32.400 tỷ đồng'; 'đặt chỉ tiêu GRDP ước tăng 8,7%, GRDP bình quân đầu người ước đạt 84,8
  triệu đồng/người');
- a task (``goal_task``: 'nhiệm vụ') earlier in the sentence, a level reached ('đạt') right before the amount and a
  deadline year right after it ('nhiệm vụ chính là đưa ... đạt 10 tỷ USD vào năm 2018').

Results told after a goal in the same sentence stay results: nothing is read across a ';', ':' or '!?', nor past a
result word (``goal_set_over``: 'đã', 'đến nay', 'kết quả', 'thực hiện được', 'nhưng'), nor past a comma that opens
a clause with a time, a new named subject or a number ('Phấn đấu ..., năm 2024 Hội hỗ trợ 15 hộ';
'được giao chỉ tiêu 210 công dân, bàn giao 212 tân binh, đạt 101%': no measure named before 'đạt').
"""

from __future__ import annotations

import regex

from ._achv_sense import Sense

_HARD = regex.compile(r"[;:!?]")
_COMMA = regex.compile(r",(?!\d)")  # not a decimal comma ("3,4 triệu")
#: A clause's first word: a capitalised word that is no acronym names a new subject ('Ban tổ chức', 'Hội').
_NAMED = regex.compile(r"[ \u00a0]*\p{Lu}\p{Ll}")
_DIGIT_FIRST = regex.compile(r"[ \u00a0]*\d")
_DIGIT = regex.compile(r"\d")
#: The level verb, then at most two words (a hedge) and the space before the amount: 'ước đạt | khoảng |'.
_LEVEL_GAP = regex.compile(r"(?:[ \u00a0]+[\p{L}\p{M}]+){0,2}[ \u00a0]+")
_YEAR = regex.compile(r"[ \u00a0]+\d{4}(?!\d)")


def in_goal(text: str, start: int, pos: int, unit_end: int, end: int, s: Sense) -> bool:
    """Whether the amount at text[pos:unit_end], in the sentence text[start:end], is part of a goal set or a task."""
    cut = max((m.end() for m in _HARD.finditer(text, start, pos)), default=start)
    goals = list(s.anywhere["goal_set"].finditer(text, cut, pos))
    if goals and _goal_clause(text, goals[-1].end(), pos, s):
        return True
    tasks = list(s.anywhere["goal_task"].finditer(text, cut, pos))
    return bool(tasks) and _task_level(text, tasks[-1].end(), pos, unit_end, end, s)


def _goal_clause(text: str, at: int, pos: int, s: Sense) -> bool:
    """The amount in the goal's clause, or in a later clause naming a measure and its level, no result between."""
    if s.anywhere["goal_set_over"].search(text, at, pos):
        return False
    commas = [m.end() for m in _COMMA.finditer(text, at, pos)]
    if not commas:
        return True  # 'đặt chỉ tiêu tốc độ tăng trưởng kinh tế (GRDP) ước tăng 8,7%'
    if any(_turns(text, c, s) for c in commas):
        return False  # 'Phấn đấu ..., năm 2024 Hội hỗ trợ 15 hộ', 'Hội thi đặt mục tiêu ..., Ban tổ chức trao 2 giải'
    return _measure_level(text, commas[-1], pos, s)


def _turns(text: str, at: int, s: Sense) -> bool:
    """A clause opening with a time, a new named subject or a number: what follows is told, not set."""
    return bool(
        s.at_start["goal_set_turn"].match(text, at) or _NAMED.match(text, at) or _DIGIT_FIRST.match(text, at)
    )


def _measure_level(text: str, at: int, pos: int, s: Sense) -> bool:
    """The clause text[at:pos] names a measure, then its level: 'doanh thu đạt |', 'GRDP ... ước đạt |'."""
    for m in s.anywhere["goal_set_level"].finditer(text, at, pos):
        if _LEVEL_GAP.fullmatch(text, m.end(), pos):
            subject = text[at : m.start()]
            return bool(subject.strip()) and not _DIGIT.search(subject)
    return False


def _task_level(text: str, at: int, pos: int, unit_end: int, end: int, s: Sense) -> bool:
    """'nhiệm vụ ... đạt 10 tỷ USD vào năm 2018': a level reached by a deadline year, no result word between."""
    if s.anywhere["goal_set_over"].search(text, at, pos):
        return False
    level = s.at_end["goal_task_level"].search(text, at, pos)
    deadline = s.at_start["aim_deadline"].match(text, unit_end, end)
    return bool(level and deadline and _YEAR.match(text, deadline.end(), end))
