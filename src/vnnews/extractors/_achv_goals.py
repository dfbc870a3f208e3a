"""Whether an amount is a target: a plan word near it, a plan named earlier in the sentence, a list of goals.

Three readings, each from the data (``achievement_context.yaml``'s ``target``, ``plan`` and ``future`` kinds,
``achievement_sense.yaml``'s ``goal_open``, ``goal_heading`` and ``goal_over``):

- a ``target`` word among the last TARGET_WINDOW words of the number's clause ('phấn đấu đạt 80%');
- a ``plan`` named anywhere earlier in the sentence ('Theo kế hoạch, ...'), or ' sẽ' right after the unit
  ('Hơn 2.000 hộ dân sẽ di dời');
- a ``goal_open`` phrase earlier in the sentence that sets what follows ahead, across ':' and ';' ('với mục
  tiêu: Giảm tỷ lệ hộ nghèo trên 4%/năm; các huyện nghèo giảm 6%/năm', 'Đại hội đặt ra 8 chỉ tiêu ..., gồm:
  100% tỉnh ...; hỗ trợ 1 triệu trẻ em nghèo', 'yêu cầu đến hết năm 2025 ..., xét xử 22 vụ án; ... 6 vụ'),
  unless a ``goal_over`` word between it and the number turns the sentence to what was done ('đã', 'đến nay',
  'kết quả', 'thực tế'). Only phrases whose words say the future or a requirement open such a list: a heading
  that names indicators alone ('tập trung thực hiện các chỉ tiêu sau: kết nạp 320 hội viên mới, bằng 106% kế
  hoạch') lists results as often as goals and opens none.
"""

from __future__ import annotations

from ..folded import may_hold
from ._achv_sense import Sense
from ._achv_vocab import Vocab
from ._achv_words import words_before

#: Words before a number searched for a target word.
TARGET_WINDOW = 20


def goal_listed(text: str, start: int, pos: int, s: Sense) -> bool:
    """Whether a goal phrase in text[start:pos] (the sentence before the number) sets the number ahead.

    A ``goal_open`` phrase opens goals where it stands ('với mục tiêu:', 'yêu cầu đến hết năm'); a
    ``goal_heading`` only as the heading of a list, a ':' after it ('Đại hội đặt ra 8 chỉ tiêu ..., gồm:'), not
    as a clause naming whose goals were met ('hoàn thành các chỉ tiêu Đại hội đề ra; kết nạp 500 hội viên').
    The last phrase counts; a ``goal_over`` word in its clause or after it ('đã', 'kết quả', 'thực tế') makes the
    sentence a report ('Kết quả đạt được so với mục tiêu: 18/20 chỉ tiêu đạt', 'đã hoàn thành 8/8 chỉ tiêu Đại hội
    đề ra: kết nạp 1.050 đảng viên mới').
    """
    last = -1  # where the goals are read for a report word from: the clause the phrase stands in
    for kind in ("goal_open", "goal_heading"):
        if not may_hold(text, start, pos, s.needed[kind]):
            continue
        for m in s.anywhere[kind].finditer(text, start, pos):
            if kind == "goal_open" or text.find(":", m.end(), pos) >= 0:  # a heading: with its ':'
                last = max(last, text.rfind(";", start, m.start()) + 1 or start)  # its clause: 'Kết quả ... so với'
    return last >= 0 and s.anywhere["goal_over"].search(text, last, pos) is None


def is_target(text: str, start: int, pos: int, unit_end: int, end: int, v: Vocab, s: Sense) -> bool:
    """Whether the amount at text[pos:unit_end], in the sentence text[start:end], states a target, not a result."""
    if v.target.search(words_before(text, start, pos, TARGET_WINDOW)):
        return True
    if may_hold(text, start, pos, v.plan_needs) and v.plan.search(text, start, pos):
        return True  # 'Theo kế hoạch, ...'
    if v.future.match(text, unit_end, end):
        return True  # 'Hơn 2.000 hộ dân sẽ di dời'
    return goal_listed(text, start, pos, s)
