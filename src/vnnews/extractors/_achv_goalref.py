"""A goal word that only frames a result, and a quota told with 'là' (targetL40; rounds 28-38 verdicts).

Two readings, from ``achievement_sense.yaml`` (``goal_ref*``, ``goal_told``, ``goal_quota`` kinds):

- a result told after a goal stays a result: the goal words nearest the amount (``achievement_context.yaml``'s
  ``target``, run together: 'mục tiêu đề ra') right after a word that measures against them (``goal_ref``: 'So với
  mục tiêu đề ra, huyện đã hoàn thành 8/10 chỉ tiêu', 'vượt mục tiêu 3 xã', 'Thực hiện mục tiêu giảm nghèo, năm
  qua ...'), unless a purpose or a plan opens it (``goal_ref_for``: 'Để đạt mục tiêu ...', 'phấn đấu đạt mục tiêu
  ...'); or a comma after them and a report word (``goal_told``: 'Mục tiêu năm 2024 là 500 tỷ đồng, kết quả thu
  được 620 tỷ đồng', 'Với mục tiêu giảm nghèo bền vững, năm 2024 huyện giảm được 4,5% hộ nghèo');
- a quota told with 'là' (``goal_quota`` ... 'là' and at most three words right before the amount, no result
  word between: ``goal_list_over`` but ``goal_list_not_over``): 'Chỉ tiêu của huyện năm 2026 là 300 công dân
  nhập ngũ', 'chỉ tiêu tối thiểu ... đến năm 2015 là 24 xã'; 'Số chỉ tiêu đạt là 18', 'vượt chỉ tiêu được giao
  là 212.983.373 đồng' (``goal_ref`` before it) and 'Chỉ tiêu năm 2024 là 250 đoàn viên, đến nay đã kết nạp 270
  đoàn viên' (the 270) stay.
"""

from __future__ import annotations

import regex

from ._achv_goalheads import told
from ._achv_sense import Sense

#: A clause break after the goal words: a comma that is no decimal one ('3,4 triệu').
_COMMA = regex.compile(r",(?!\d)")
#: 'là' and at most three words closing the text before the amount: 'là', 'là trên', 'là tuyển'.
_IS = regex.compile(r"(?<![\p{L}\p{M}])là(?:[ \u00a0]+[\p{L}\p{M}]+){0,3}[ \u00a0]*$", regex.I)
#: Only spaces between two goal words run together ('mục tiêu đề ra').
_JOINED = regex.compile(r"[ \u00a0]*")


def _clause(text: str, start: int, pos: int) -> int:
    cut = max(text.rfind(";", start, pos), text.rfind(":", start, pos))
    return cut + 1 if cut >= 0 else start


def framed_result(text: str, start: int, pos: int, target: regex.Pattern[str], s: Sense) -> bool:
    """Whether the goal words nearest the amount at text[pos:] only frame a result told after them."""
    at = _clause(text, start, pos)
    goals = list(target.finditer(text, at, pos))
    if not goals:
        return False
    first = len(goals) - 1
    while first > 0 and _JOINED.fullmatch(text, goals[first - 1].end(), goals[first].start()):
        first -= 1
    if first == 0 and _measured(text, at, goals[first].start(), _COMMA.search(text, goals[-1].end(), pos), s):
        return True  # 'So với mục tiêu đề ra, ...', 'vượt mục tiêu 3 xã'; not 'sẽ tăng ... so với dự báo, lên'
    comma = _COMMA.search(text, goals[-1].end(), pos)
    return comma is not None and s.anywhere["goal_told"].search(text, comma.end(), pos) is not None


def _measured(text: str, at: int, goal: int, comma: regex.Match[str] | None, s: Sense) -> bool:
    """Goal words at text[goal:] measured against: 'so với', 'vượt' (``goal_ref``), or 'đạt', 'hoàn thành',
    'thực hiện' (``goal_ref_clause``) framing a clause a comma closes ('Đạt mục tiêu đề ra, năm 2024 ...'; 'yêu cầu
    ... hoàn thành kế hoạch đưa 130 thủ tục' is a task), no purpose or plan opening it (``goal_ref_for``)."""
    ref = s.at_end["goal_ref"].search(text, at, goal)
    if ref is None and comma is not None:
        ref = s.at_end["goal_ref_clause"].search(text, at, goal)
    return ref is not None and s.at_end["goal_ref_for"].search(text, at, ref.start()) is None


def quota_is(text: str, start: int, pos: int, unit_end: int, end: int, s: Sense) -> bool:
    """'Chỉ tiêu của huyện năm 2026 là 300 công dân nhập ngũ': a quota told with 'là' right before the amount."""
    at = _clause(text, start, pos)
    quotas = list(s.anywhere["goal_quota"].finditer(text, at, pos))
    if not quotas:
        return False
    if s.at_end["goal_ref"].search(text, at, quotas[-1].start()):
        return False  # 'vượt chỉ tiêu được giao là 212.983.373 đồng': exceeded by
    between = text[quotas[-1].end() : pos]
    if _COMMA.search(between) or not _IS.search(between):
        return False
    if s.at_start["goal_told"].match(text, unit_end, end):
        return False  # 'chỉ tiêu nợ Chính phủ/GDP năm 2015 là 50,3% đã vượt giới hạn': an indicator's value
    return not told(between, s)  # 'đạt chuẩn' is no result word here
