"""A contest's format: the teams or players a round is to send on (nofactR40).

'thi đấu vòng loại để chọn 4 đội nhất vào thi đấu lượt chung kết', 'mỗi bảng chọn 2 đội vào bán kết', '4 đội nhì mỗi
bảng thi đấu lượt chung kết hạng B': how the contest is run, nothing done or counted. The groups a draw makes stay
counted ('11 đội chia làm 2 bảng đấu', facts_round5). A selection told as done stays ('Ban giám khảo đã chọn được
10 tác phẩm vào vòng chung kết', '8 đội đã giành quyền vào vòng chung kết'). The words are kinds of
``achievement_sense.yaml`` (format_*). Used by :mod:`._achv_settled`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: Most words between the unit and the round it sends the count on to ('4 đội | có thành tích cao nhất | vào').
ADVANCE_WORDS = 8


def contest_format(at: Around, s: Sense) -> bool:
    """Whether the count is a contest's format: a pick for a later round or a quota per group."""
    if at.unit.kind != "noun":
        return False
    if s.at_end["format_pick"].search(at.before):
        return _advances(at.after, s)  # 'để chọn 4 đội nhất vào ...', 'mỗi bảng chọn 2 đội vào bán kết'
    if s.at_start["format_each"].match(at.after):
        return _advances(at.after, s)  # '4 đội nhì mỗi bảng thi đấu lượt chung kết'
    return False


def _advances(after: str, s: Sense) -> bool:
    """A later round right after the unit, within ADVANCE_WORDS words and no clause break ('vào vòng chung kết')."""
    found = s.anywhere["format_round"].search(after)
    if found is None:
        return False
    gap = after[: found.start()]
    return len(gap.split()) <= ADVANCE_WORDS and not any(c in gap for c in ".;:!?\n")
