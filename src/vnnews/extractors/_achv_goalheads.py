"""The headings that open a goal section, for :mod:`._achv_goallist` (targetK40; rounds 28-34 verdicts).

A goal section opens at one of three headings and covers the items after it, up to the sentence's end; each item
(up to its ';') is read by ``_achv_goallist``'s guards (no result word in the heading's clause nor the item, no year
in the item but a deadline), so results told after a goal stay results:

- a plan's list of indicators: a plan verb, 'chỉ tiêu', its sort, an optional term ('trong nhiệm kỳ 2022 - 2027',
  'giai đoạn 2025-2030', 'đến năm 2030') and an opener right before ':' ('Đại hội đặt ra 8 chỉ tiêu cơ bản trong
  nhiệm kỳ 2022 - 2027, gồm:'). A count before 'chỉ tiêu' needs the sort ('Đại hội đề ra 12 chỉ tiêu:' stays);
- goals named before ':' (``goal_aim_lead`` 'với', 'nêu rõ', 'đặt ra', or the sentence's start; 'mục tiêu', its
  sort, an opener): 'với mục tiêu: Giảm tỷ lệ hộ nghèo bình quân trên 4%/năm; ...';
- a demand with its deadline (``goal_demand``, no comma between, then ``goal_demand_by`` and a date or year):
  'yêu cầu đến hết năm 2025 ..., kết thúc điều tra, truy tố, xét xử 22 vụ án; ...'. 'Trước yêu cầu đặt ra, đến hết
  năm 2024 huyện đã giải ngân ...' has a comma before the deadline and a result word: it stays.
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from ._achv_sense import Sense, sense

_SP = r"[ \u00a0]+"
_YEAR = r"(?:19|20)\d\d(?!\d)"
#: A term: '2022 - 2027', '2024–2029'.
_SPAN = rf"{_YEAR}[ \u00a0]*[-‐‑–—][ \u00a0]*{_YEAR}"
#: A date or a month closing a deadline: '31/12/2025', 'tháng 12/2025', 'năm 2025', '30-6-2026'.
_WHEN = rf"(?:(?:ngày|tháng|năm){_SP})?(?:\d{{1,2}}[/.-])?(?:\d{{1,2}}[/.-])?{_YEAR}"
#: Most words between a demand and its deadline ('yêu cầu các sở, ngành hoàn thành trước ngày ...' has a comma: no).
_DEMAND_GAP = 8
#: Whose goals: 'Mục tiêu của chương trình là:' (targetL40).
_OF = rf"(?:{_SP}của(?:{_SP}[^\s,;:.!?]+){{1,4}})?"


def _kinds(dirs: tuple[Path, ...], *kinds: str) -> list[str]:
    s = sense(dirs)
    return [s.anywhere[k].pattern for k in kinds]


@functools.cache
def headings(dirs: tuple[Path, ...] = ()) -> tuple[regex.Pattern[str], ...]:
    """The three headings' patterns, each ending where the section's items begin."""
    lead, det, noun, sort, opens, scope, deadline = _kinds(
        dirs, "goal_list_lead", "goal_list_det", "goal_list_noun", "goal_list_sort", "goal_list_opens",
        "goal_list_scope", "aim_deadline")
    term = rf"(?:,?{_SP}(?:(?:cho|trong){_SP})?{scope}{_SP}{_SPAN}|{_SP}{deadline}{_SP}{_YEAR})"
    listed = regex.compile(
        rf"{lead}{_SP}(?:(?:{det}|\d+){_SP})?{noun}{_SP}{sort}{term}?(?:,?{_SP}{opens})?[ \u00a0]*:", regex.I)
    aim_lead, aim, aim_sort = _kinds(dirs, "goal_aim_lead", "goal_aim", "goal_list_sort")
    aimed = regex.compile(
        rf"(?:(?<=^|[.!?\n][ \u00a0]*){aim}|{aim_lead}{_SP}(?:(?:{det}){_SP})?{aim})(?:{_SP}{aim_sort})?{_OF}"
        rf"(?:{term})?(?:,?{_SP}(?:{opens}|là))?[ \u00a0]*:", regex.I)
    demand, by = _kinds(dirs, "goal_demand", "goal_demand_by")
    demanded = regex.compile(
        rf"{demand}(?:,?{_SP}[^\s,;:.!?]+){{0,{_DEMAND_GAP}}}{_SP}{by}{_SP}{_WHEN}", regex.I)
    return listed, aimed, demanded



def told(section: str, s: Sense) -> bool:
    """Whether a result word stands in a goal section's items up to the amount's, once the demanded or the
    standard ones are set aside ('phải hoàn thành', 'đạt chuẩn': ``goal_list_not_over``)."""
    kept = [(m.start(), m.end()) for m in s.anywhere["goal_list_not_over"].finditer(section)]
    return any(
        not any(a <= m.start() < b for a, b in kept) for m in s.anywhere["goal_list_over"].finditer(section)
    )
