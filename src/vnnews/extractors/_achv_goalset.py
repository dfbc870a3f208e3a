"""A goal set or a task given, and the amounts inside it: targets however far the amount stands from the goal word.

Two readings, from ``achievement_sense.yaml`` (targetT38; round-32/36 verdicts):

- a goal set (``goal_set``: 'đặt mục tiêu', 'đặt chỉ tiêu', 'giao chỉ tiêu') earlier in the sentence, the amount in
  the goal's own clause ('Năm 2024, Huyện đoàn đặt chỉ tiêu tuyển 300 đoàn viên');
- a task (``goal_task``: 'nhiệm vụ') earlier in the same clause, a level reached ('đạt') right before the amount and
  a deadline year right after it ('nhiệm vụ chính là đưa ... đạt 10 tỷ USD vào năm 2018'), the task not one done
  (``goal_task_done``: 'Hoàn thành nhiệm vụ ...').

- a quota (``goal_quota``: 'chỉ tiêu') a purpose or a plan opens (``goal_quota_for``: 'để', 'phấn đấu'), the amount
  in the quota's own clause ('tiền đề để năm 2023 tỉnh triển khai đạt và vượt chỉ tiêu giảm nghèo từ 4 – 4,5%';
  targetR40, a round-40 reject).

Results told after a goal in the same sentence stay results: nothing is read across a ';', ':' or '!?', nor a comma
(a later clause tells results as often as more goals: 'Được giao chỉ tiêu thu ngân sách 120 tỷ đồng, huyện thu đạt
135 tỷ đồng'), nor past a result word (``goal_set_over``: 'đã', 'được', 'kết quả', 'thực hiện được', 'nhưng'; 'đặt
chỉ tiêu cấp 1.000 thẻ BHYT và cấp được 1.120 thẻ').
"""

from __future__ import annotations

import regex

from ._achv_sense import Sense

_HARD = regex.compile(r"[;:!?]")
#: A clause break: a comma (not a decimal one, "3,4 triệu") or 'và' before no number ('đặt chỉ tiêu kết nạp 200
#: đảng viên và năm 2024 kết nạp 230 đảng viên'; 'mục tiêu trồng 500 ha rừng và 200 ha cây ăn quả' stays one goal).
_COMMA = regex.compile(r",(?!\d)|(?<![\p{L}\p{M}])và[ \u00a0]+(?!\d)")
#: A comma that is no decimal one.
_PLAIN_COMMA = regex.compile(r",(?!\d)")
_YEAR = regex.compile(r"[ \u00a0]+\d{4}(?!\d)")


def in_goal(text: str, start: int, pos: int, unit_end: int, end: int, s: Sense) -> bool:
    """Whether the amount at text[pos:unit_end], in the sentence text[start:end], is part of a goal set or a task."""
    cut = max((m.end() for m in _HARD.finditer(text, start, pos)), default=start)
    goals = list(s.anywhere["goal_set"].finditer(text, cut, pos))
    if goals and _goal_clause(text, goals[-1].end(), pos, s):
        return True
    if _quota_for(text, cut, pos, s):
        return True
    tasks = list(s.anywhere["goal_task"].finditer(text, cut, pos))
    return bool(tasks) and _task_level(text, tasks[-1], pos, unit_end, end, s)


def _quota_for(text: str, cut: int, pos: int, s: Sense) -> bool:
    """A quota a purpose or a plan opens, the amount in its own clause ('tiền đề để năm 2023 tỉnh triển khai đạt và
    vượt chỉ tiêu giảm nghèo từ 4 - 4,5%', 'Để đạt chỉ tiêu giảm nghèo 2% trong năm 2024, ...'); no comma between
    the purpose and the quota ('Để thực hiện nhiệm vụ, huyện đạt chỉ tiêu giảm nghèo 2,5%' tells a result)."""
    quotas = list(s.anywhere["goal_quota"].finditer(text, cut, pos))
    if not quotas:
        return False
    opening = max((m.end() for m in _PLAIN_COMMA.finditer(text, cut, quotas[-1].start())), default=cut)
    if not s.anywhere["goal_quota_for"].search(text, opening, quotas[-1].start()):
        return False
    return _goal_clause(text, quotas[-1].end(), pos, s)


def _goal_clause(text: str, at: int, pos: int, s: Sense) -> bool:
    """The amount in the goal's own clause (no comma or clause-joining 'và' between), no result word between.

    A later clause is never read as the goal's: results are told there as often as more goals ('Được giao chỉ tiêu
    thu ngân sách 120 tỷ đồng, huyện thu đạt 135 tỷ đồng'; 'đặt chỉ tiêu tăng trưởng 8%, tốc độ tăng trưởng đạt
    8,6%, thu nhập bình quân đạt 55 triệu đồng/người').
    """
    if s.anywhere["goal_set_over"].search(text, at, pos):
        return False
    return not _COMMA.search(text, at, pos)  # 'đặt chỉ tiêu tốc độ tăng trưởng kinh tế (GRDP) ước tăng 8,7%'


def _task_level(text: str, task: regex.Match[str], pos: int, unit_end: int, end: int, s: Sense) -> bool:
    """'nhiệm vụ ... đạt 10 tỷ USD vào năm 2018': a level reached by a deadline year, in the task's own clause, no
    result word between, the task not one done ('Hoàn thành nhiệm vụ, đơn vị đạt 120 tỷ đồng vào năm 2024')."""
    at = task.end()
    if s.anywhere["goal_set_over"].search(text, at, pos) or _COMMA.search(text, at, pos):
        return False
    if s.at_end["goal_task_done"].search(text, 0, task.start()):
        return False
    level = s.at_end["goal_task_level"].search(text, at, pos)
    deadline = s.at_start["aim_deadline"].match(text, unit_end, end)
    return bool(level and deadline and _YEAR.match(text, deadline.end(), end))
