"""Numbers that tell a norm, a projection or a stretch of time, no result: a regime's rate per head, sessions passed.

'Chế độ ăn bán trú Nhà nước hỗ trợ hiện nay là 500 ngàn một em một tháng' (what a regime gives each child, a norm),
'Lũy kế sau 5 phiên, khối ngoại bán ròng ...' (the sessions a total is summed over), 'Từ nay đến tháng 4-2016, ...
thiệt hại trên 150 tỉ đồng' (a projection). What was given stays ('hỗ trợ 500 hộ nghèo, mỗi hộ 2 triệu đồng'), and so
do sessions held ('tổ chức 12 phiên tòa', 'Kỳ họp diễn ra trong 2 phiên'). :mod:`._achv_sense` asks :func:`normed`
last; the words come from ``achievement_sense.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

#: A clause's end a projection opening the sentence does not reach past ('Từ nay đến cuối năm, ...; 9 tháng qua').
_PROJECTION_STOP = regex.compile(r";")


def normed(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the number tells a norm, a period or a projection rather than a result (the rule's kind), or None."""
    if _period(at, s):
        return "period"  # 'Lũy kế sau 5 phiên', 'giảm gần 90 điểm sau 2 phiên': a stretch of sessions, no count
    if _regime_rate(at, s):
        return "rule"  # 'Chế độ ... hiện nay là 500 ngàn một em một tháng': what a regime gives each one
    if _projected(at, s):
        return "hypothetical"  # 'Từ nay đến tháng 4-2016, ... thiệt hại trên 150 tỉ đồng': a projection
    return None


def _projected(at: Around, s: Sense) -> bool:
    """A projection opening the sentence ('Từ nay đến tháng 4-2016, ...') up to a ';' or a deed told ('đã', 'được')."""
    opens = s.at_start["projection"].match(at.before)
    if opens is None:
        return False
    reach = at.before[opens.end() :]
    return not _PROJECTION_STOP.search(reach) and not s.anywhere["projection_end"].search(reach)


def _period(at: Around, s: Sense) -> bool:
    """Sessions after 'sau', 'trong' ('sau 5 phiên'): time passed, no count ('tổ chức 12 phiên tòa' counts); bare
    'phiên' only in a market's sentence ('khối ngoại', 'VN-Index'; 'Kỳ họp diễn ra trong 2 phiên' counts)."""
    if at.unit.kind != "noun" or not s.at_end["period_lead"].search(at.before):
        return False
    if s.at_start["period_unit"].fullmatch(at.unit.text):
        return True
    bare = s.at_start["period_bare"].fullmatch(at.unit.text)
    return bool(bare) and any(s.anywhere["period_market"].search(t) for t in (at.before, at.after))


def _regime_rate(at: Around, s: Sense) -> bool:
    """A rate per head in the unit or right after it ('15kg một em', '/người/tháng') in a sentence naming a regime
    before it ('Chế độ ăn bán trú'); not a head told after a comma ('chế độ cho 1.200 học sinh, mỗi em ...') nor
    before the amount ('mỗi người 500.000 đồng một tháng': what each was paid); a month is no head. The amount's last
    word opens the head when it reads 'một' ('500 ngàn một | em': 'một em', each child)."""
    if at.unit.kind not in ("currency", "measure", "noun") or not s.may(at, "regime"):
        return False
    if s.at_end["regime_per"].search(at.before):
        return False
    if s.anywhere["regime"].search(at.before) is None:
        return False
    unit = f"{at.written.split()[-1]} {at.unit.text}" if " " in at.written.strip() else at.unit.text
    return bool(s.anywhere["regime_per"].search(unit) or s.at_start["regime_per"].match(at.after))
