"""Whether an amount is a target: a plan word near it, a plan named earlier in the sentence, a proposal.

Three readings, each from the data (``achievement_context.yaml``'s ``target``, ``plan`` and ``future`` kinds,
``achievement_sense.yaml``'s ``goal_word`` and ``goal_over``):

- a ``target`` word among the last TARGET_WINDOW words of the number's clause ('phấn đấu đạt 80%');
- a ``plan`` named anywhere earlier in the sentence ('Theo kế hoạch, ...'), or ' sẽ' right after the unit
  ('Hơn 2.000 hộ dân sẽ di dời');
- a ``goal_word`` in the same window, an amount only proposed or still to be done ('Đề xuất chi khoảng 31,4 nghìn
  tỷ đồng'), unless a ``goal_over`` word after it turns the sentence to what was done ('đề xuất chi 25 tỷ đồng,
  đến nay đã giải ngân 18 tỷ đồng').

Goal sections ('với mục tiêu:', 'yêu cầu đến hết năm 2025 ...', 'Đại hội đặt ra 8 chỉ tiêu cơ bản trong nhiệm kỳ
2022 - 2027, gồm:') are read by ``_achv_goallist``/``_achv_goalheads`` (targetK40) item by item, results told after
them kept. 'phấn đấu hàng năm', 'Tôi sẽ' are no reading here: provincial reports list results after them in the
same sentence as often (review of targets34).
"""

from __future__ import annotations

import unicodedata

from ..folded import may_hold
from ._achv_goallist import in_goal_list
from ._achv_goalref import framed_result, quota_is
from ._achv_goalset import in_goal
from ._achv_sense import Sense
from ._achv_vocab import Vocab
from ._achv_words import words_before

#: Words before a number searched for a target word.
TARGET_WINDOW = 20


def proposed(window: str, s: Sense) -> bool:
    """Whether the words before a number name it proposed or still to do, no report word after ('đề xuất chi')."""
    ends = [m.end() for m in s.anywhere["goal_word"].finditer(window)]
    return bool(ends) and s.anywhere["goal_over"].search(window, ends[-1]) is None


def is_target(text: str, start: int, pos: int, unit_end: int, end: int, v: Vocab, s: Sense) -> bool:
    """Whether the amount at text[pos:unit_end], in the sentence text[start:end], states a target, not a result."""
    window = words_before(text, start, pos, TARGET_WINDOW)
    if v.target.search(window) and not framed_result(text, start, pos, v.target, s):
        return True  # 'phấn đấu đạt 80%'; not 'So với mục tiêu đề ra, huyện đã hoàn thành 8/10 chỉ tiêu'
    if quota_is(text, start, pos, unit_end, end, s):
        return True  # 'Chỉ tiêu của huyện năm 2026 là 300 công dân nhập ngũ'
    if may_hold(text, start, pos, v.plan_needs) and v.plan.search(text, start, pos):
        return True  # 'Theo kế hoạch, ...'
    if _future(text, unit_end, end, v):
        return True  # 'Hơn 2.000 hộ dân sẽ di dời'
    if proposed(window, s) or in_goal(text, start, pos, unit_end, end, s):
        return True
    return in_goal_list(text, start, pos, unit_end, end, s)  # 'xác định các chỉ tiêu trọng tâm: 90% ...'


def _future(text: str, unit_end: int, end: int, v: Vocab) -> bool:
    """A future word right after the unit ('Gần 40 quốc gia dự kiến sẽ tham gia'); after a share, 'dự kiến' is the
    plan it is measured against, a result ('vượt 15% dự kiến', 'đạt 105% dự kiến kế hoạch'; review of achF36)."""
    m = v.future.match(text, unit_end, end)
    if m is None:
        return False
    return text[unit_end - 1] != "%" or unicodedata.normalize("NFC", m.group()).strip().casefold() == "sẽ"
