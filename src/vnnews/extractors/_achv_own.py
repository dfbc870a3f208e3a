"""Cues that reach only the amount in their own clause, a few words after them: a scale's or a tariff's own figure.

A rule kind (``rule`` in ``achievement_sense.yaml``) makes every later amount of the sentence supposed; a scale named
by way of reason does not ('Căn cứ khung xử phạt, Đoàn kiểm tra đã xử phạt 12 cơ sở'). An ``own_rule`` term takes
only the amount that belongs to it: 'mức lương cơ sở tăng từ 1.210.000 đồng lên 1.300.000 đồng/tháng', 'vượt xa đa số
tuyệt đối (289 ghế)', 'khung xử phạt vi phạm từ 3 đến 10 triệu đồng', each within its ``reach`` in words, with no
clause break, turn or deed (``own_rule_stop``: 'đã', 'xử phạt', 'nhưng') between. A forecast's wording that reaches
the sentence (``forecast_trend``: 'tăng dần lên', 'trời chuyển rét') yields to a reading's time after it
(``reading_time``: 'chiều qua', 'sáng nay', 'lên tới', a date), or after the amount in its clause ('... 20 mm
trong ngày hôm qua').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: A clause break: a comma before a space (not a decimal comma, '2,4GB') or a semicolon.
_BREAK = regex.compile(r",(?=[ \u00a0])|;")
#: A comma the reach crosses: the next item of a list of named offers ('HD70 (70.000 đồng), HD90 (90.000 đồng)').
_NAMED_ITEM = regex.compile(r",[ \u00a0]+(?:và[ \u00a0]+)?[\p{L}\p{N}]+[ \u00a0]*\(", regex.IGNORECASE)
#: A number in the stretch: an amount of the cue's chain ('từ 3 đến 10 triệu đồng'), from which the next gap counts.
_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")
#: A date: a reading's day ('ngày 15/6', 'sáng 12/1').
_DATE = regex.compile(r"(?<!\d)\d{1,2}/\d{1,2}(?!\d)")


def own_rule(at: Around, s: Sense) -> bool:
    """An ``own_rule`` term whose own clause holds the amount, a few words after it (see the module)."""
    for m in s.terms_in(at, "own_rule"):
        reach = s.reach.get(" ".join(m.group().lower().split()), s.widest)
        if not s.at_start["factual"].match(at.before, m.start()) and _own_amount(at.before[m.end() :], reach, s):
            return True
    return False


def _own_amount(between: str, reach: int, s: Sense) -> bool:
    """The amount after ``between`` is the cue's own: no break but a named list's next item, no stop, and each gap (cue
    to the first amount, amount to amount, the last to this one) at most ``reach`` words, asides (``own_rule_pass``)
    left out."""
    if any(not _NAMED_ITEM.match(between, b.start()) for b in _BREAK.finditer(between)):
        return False
    between = s.anywhere["own_rule_pass"].sub(" ", between)  # an aside read past: 'đã bao gồm thuế VAT', 'đối với'
    if s.anywhere["own_rule_stop"].search(between):
        return False
    start = 0
    for num in _NUMBER.finditer(between):
        if len(between[start : num.start()].split()) > reach:
            return False
        start = num.end()
    return len(between[start:].split()) <= reach


def trend(at: Around, s: Sense) -> bool:
    """A forecast's wording before the amount with no reading's time, date or semicolon after it: 'sau đó, nhiệt độ tăng
    dần lên 37-39 độ C'; not 'Nhiệt độ tăng dần lên, chiều qua tại Lào Cai lên tới 39,5 độ C' (a reading)."""
    for m in s.terms_in(at, "forecast_trend"):
        after = at.before[m.end() :]
        read = s.anywhere["reading_time"].search(after) or s.anywhere["reading_time"].search(at.next_clause)
        if ";" not in after and not _DATE.search(after) and not read:
            return True
    return False
