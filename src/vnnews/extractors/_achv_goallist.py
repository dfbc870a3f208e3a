"""A plan's list of indicators and the amounts in it: targets, however many items stand between (targetR38).

Two readings, from ``achievement_sense.yaml`` (``goal_list_*`` kinds; round-38 verdicts):

- a goal section's items ('Tỉnh đoàn xác định một số chỉ tiêu trọng tâm, như: 90% cán bộ ...; 100 ý tưởng ...'; the
  headings in ``_achv_goalheads``): each amount in them is a target until results start again (a result word or a
  year that is no deadline in any item up to the amount's);
- a plan's heading counting its indicators in brackets ('Về văn hóa - xã hội (10 chỉ tiêu)').

Results told under like words stay results (the target_guards rows): a list with no sort ('tập trung thực hiện các
chỉ tiêu sau:', 'Huyện đề ra chỉ tiêu:'), no plan verb right before ('Hội thực hiện tốt các chỉ tiêu'; 'tập trung
thực hiện' heads a period's results as often), a count with no sort ('Đại hội đề ra 12 chỉ tiêu:'); a result
word (``goal_list_over``) in the heading's clause ('Hội đã xác định ...') or in the amount's own item, up to its ';'
('...; năm qua, Hội tặng 25 nhà tình nghĩa'); a year in the item that is no deadline ('...; trong năm 2024 kết nạp
3.250 đoàn viên'; 'đến năm 2025' is one); a second ':'.
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from ._achv_goalheads import headings, told
from ._achv_sense import Sense, sense

_SP = r"[ \u00a0]+"
#: Where a heading's clause opens: the sentence's start or a ';' / '.' before it.
_CLAUSE = regex.compile(r"[;!?]|\.(?!\d)")
#: A year in an item (a deadline's ``aim_deadline`` words right before it make it none: 'đến năm 2025').
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A plain count in brackets closing the amount's unit: '(10 chỉ tiêu)'.
_OPEN_BRACKET = regex.compile(r"\([ \u00a0]*$")
_CLOSE_BRACKET = regex.compile(r"[ \u00a0]*\)")
#: What may open a heading before its topic word: an enumerator ('I.', '2.', 'a)') and spaces.
_ENUMERATOR = regex.compile(r"[ \u00a0]*(?:(?:[IVXLC]+|\d+|[a-zđ])[.)][ \u00a0]*)?", regex.I)
#: A number or a clause mark between a heading's topic and its bracket: a result told, no heading count.
_TOPIC_BREAK = regex.compile(r"[\d,;:]")


@functools.cache
def _deadline(dirs: tuple[Path, ...] = ()) -> regex.Pattern[str]:
    """A deadline's words closing the text before a year ('đến năm | 2025')."""
    return regex.compile(rf"{sense(dirs).anywhere['aim_deadline'].pattern}{_SP}$", regex.I)


@functools.cache
def _counted(dirs: tuple[Path, ...] = ()) -> regex.Pattern[str]:
    """A plain count of the list noun: '10 chỉ tiêu'."""
    return regex.compile(rf"\d+{_SP}{sense(dirs).anywhere['goal_list_noun'].pattern}", regex.I)


def in_goal_list(text: str, start: int, pos: int, unit_end: int, end: int, s: Sense) -> bool:
    """Whether the amount at text[pos:unit_end], in the sentence text[start:end], is an item of a plan's list of
    indicators or the count of a plan's heading."""
    return _listed(text, start, pos, unit_end, end, s) or _heading_count(text, start, pos, unit_end, end, s)


def _listed(text: str, start: int, pos: int, unit_end: int, end: int, s: Sense) -> bool:
    """An item of a list headed by 'xác định các chỉ tiêu trọng tâm:', no result word in its clause nor the item."""
    heads = [h for p in headings(s.dirs) for h in p.finditer(text, start, pos)]
    if not heads:
        return False
    head = max(heads, key=lambda h: h.end())
    opening = max((m.end() for m in _CLAUSE.finditer(text, start, head.start())), default=start)
    if s.anywhere["goal_list_over"].search(text, opening, head.start()) or ":" in text[head.end() : pos]:
        return False
    cut = text.find(";", unit_end, end)
    section = text[head.end() : cut if cut >= 0 else end]  # the items up to the amount's own, all read
    if told(section, s):
        return False  # results start again: '...; năm qua, Hội tặng 25 nhà tình nghĩa'
    deadline = _deadline(s.dirs)
    return all(deadline.search(section, 0, y.start()) for y in _YEAR.finditer(section))


def _heading_count(text: str, start: int, pos: int, unit_end: int, end: int, s: Sense) -> bool:
    """'Về văn hóa - xã hội (10 chỉ tiêu)': a plain count of the list noun in brackets after a heading's topic."""
    if not _counted(s.dirs).fullmatch(text, pos, unit_end):
        return False
    if not (_CLOSE_BRACKET.match(text, unit_end, end) and _OPEN_BRACKET.search(text, start, pos)):
        return False
    lead: regex.Match[str] | None = _ENUMERATOR.match(text, start, pos)
    topic = s.at_start["goal_list_topic"].match(text, lead.end() if lead is not None else start, pos)
    if topic is None:
        return False
    return not _TOPIC_BREAK.search(text[topic.end() : pos].rstrip()[:-1])  # 'Về kinh tế, ... (đạt 91,7%)'
