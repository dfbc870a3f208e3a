"""'vượt mức' before a count: a milestone passed ('lần đầu tiên vượt mức 1 triệu du khách': more than a million),
or a target exceeded, told by how much ('hoàn thành vượt mức 12 chỉ tiêu', '12 xã đạt chuẩn, vượt mức 2 xã')."""

from __future__ import annotations

import regex

from ._achv_sense import Sense
from ._achv_unit import Unit
from ._achv_vocab import Vocab

_COUNTED = r"\d[\d.,]*(?:[ \u00a0]+[\p{{L}}\p{{M}}]+)?[ \u00a0]+{}(?![\p{{L}}\p{{M}}])"


def exceeded_by(head: str, hedge: str, number: str, unit: Unit, v: Vocab, s: Sense) -> bool:
    """A measured hedge ('vượt mức') before a count that is no milestone: the count is what a target was exceeded
    by. A milestone is written with a scale word ('1 triệu', achievement_sense.yaml's milestone_scale), not after
    'hoàn thành' (milestone_not_after), not of targets ('chỉ tiêu', milestone_not_unit), and not after a first count
    of the same things in the sentence ('Kết nạp 120 hội viên, vượt mức 20 hội viên')."""
    if hedge.casefold() not in v.hedges.measured or unit.kind != "noun":
        return False
    return (
        not s.anywhere["milestone_scale"].search(number)
        or bool(s.at_end["milestone_not_after"].search(head.rstrip() + " "))
        or bool(s.at_start["milestone_not_unit"].match(unit.text))
        or bool(regex.search(_COUNTED.format(regex.escape(unit.text)), head, regex.IGNORECASE))
    )
