"""Numbers that give the make-up of a document or the frame of a statistic, no result.

'thực hiện tốt 4 nhóm nhiệm vụ: (1) ...' (a policy's parts announced before their list), 'đứng thứ 2 trong 63 tỉnh,
thành phố', 'dẫn đầu bảng xếp hạng PCI trong số 63 tỉnh' (the set a rank is counted in), 'đại diện cho 6 vùng địa lý',
'tổng hợp theo 8 vùng sinh thái' (a survey's scope). What was done stays: 'đã hoàn thành 4 nhóm nhiệm vụ:', 'huyện
có 8 xã đạt chuẩn trong 63 xã', 'triển khai tại 63 tỉnh, thành phố', 'tiến hành trên phạm vi 63 tỉnh' (its reach).
Used by :mod:`._achv_rows`; the words come from ``achievement_sense.yaml`` (kinds scheme_part, scheme_done,
heading_tail, achieved, rank_base, rank_most, rank_word, frame_place, scope_lead, survey_word).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._achv_words import CLAUSE_BREAK, DIGIT

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: Most words of the scope's items listed between its lead and the number ('đại diện cho | toàn quốc, khu vực thành
#: thị, nông thôn, | 6 vùng địa lý').
SCOPE_WORDS = 10
#: A colon right after the unit, or after a word announcing the list ('4 nhóm nhiệm vụ|:', '5 giải pháp| gồm:').
_COLON = regex.compile(r"[ \u00a0]*:")


def structured(at: Around, s: Sense) -> str | None:
    """Why the number is a document's make-up or a statistic's frame, or None."""
    if at.unit.kind != "noun":
        return None
    if _heading(at, s):
        return "listicle"  # 'thực hiện tốt 4 nhóm nhiệm vụ: (1) Đổi mới ...'
    if _ranked_in(at, s) or _scope(at, s):
        return "frame"  # 'đứng thứ 2 trong 63 tỉnh, thành phố', 'đại diện cho 6 vùng địa lý'
    return None


def _heading(at: Around, s: Sense) -> bool:
    """A policy's parts ('nhiệm vụ', 'nhóm giải pháp', 'khâu đột phá') counted right before a colon that opens their
    list, no result verb nor 'đã' before ('đã hoàn thành 4 nhóm nhiệm vụ:', 'đã triển khai 7 giải pháp:' tell what
    was done)."""
    if not s.at_start["scheme_part"].match(at.unit.text):
        return False
    after = at.after
    tail = s.at_start["heading_tail"].match(after.lstrip(" \u00a0"))
    if tail is not None:
        after = after.lstrip(" \u00a0")[tail.end() :]
    if _COLON.match(after) is None:
        return False
    return s.anywhere["scheme_done"].search(at.clause) is None and s.anywhere["achieved"].search(at.clause) is None


def _ranked_in(at: Around, s: Sense) -> bool:
    """Places ('tỉnh, thành phố', 'địa phương', 'quốc gia') right after 'trong (số)', a rank or a superlative earlier
    in the clause ('đứng thứ 2', 'dẫn đầu bảng xếp hạng PCI', 'cao nhất'): the set ranked, no count."""
    if not s.at_start["frame_place"].match(at.unit.text):
        return False
    base = s.at_end["rank_base"].search(at.before)
    if base is None or s.anywhere["rank_field"].search(at.unit.text + at.next_clause):
        return False
    head = CLAUSE_BREAK.split(at.before[: base.start()])[-1]
    return bool(s.anywhere["rank_most"].search(head) or s.anywhere["rank_word"].search(head))


def _scope(at: Around, s: Sense) -> bool:
    """Places or regions after a survey's scope ('đại diện cho', 'tổng hợp theo'): the frame the
    figures are drawn over, other items of the scope listed between ('đại diện cho toàn quốc, khu vực thành thị, nông
    thôn, 6 vùng địa lý'), no number between, a survey or a statistic told before ('Khảo sát', 'số liệu'); teams
    sent stay ('8 đội văn nghệ ... đại diện cho 8 huyện, thị xã, thành phố': the places taking part)."""
    if not s.at_start["frame_place"].match(at.unit.text) or not s.may(at, "scope_lead"):
        return False
    leads = list(s.anywhere["scope_lead"].finditer(at.before))
    if not leads:
        return False
    gap = at.before[leads[-1].end() :]  # the scope's other items listed before ('toàn quốc, khu vực thành thị, ')
    if len(gap.split()) > SCOPE_WORDS or DIGIT.search(gap):
        return False
    return s.anywhere["survey_word"].search(at.before, 0, leads[-1].start()) is not None
