"""Numbers that tell a norm or a stretch of time, no result: a regime's rate per head, sessions passed.

'Chế độ ăn bán trú Nhà nước hỗ trợ hiện nay là 500 ngàn một em một tháng' (what a regime gives each child, a norm),
'Lũy kế sau 5 phiên, khối ngoại bán ròng ...' (the sessions a total is summed over). What was given stays ('hỗ trợ
500 hộ nghèo, mỗi hộ 2 triệu đồng'), and so do sessions held ('tổ chức 12 phiên tòa'). Used by :mod:`._achv_sense`;
the words come from ``achievement_sense.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

def normed(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the number tells a norm or a period rather than a result (the rule's kind), or None."""
    if _period(at, s):
        return "period"  # 'Lũy kế sau 5 phiên', 'giảm gần 90 điểm sau 2 phiên': a stretch of sessions, no count
    if _regime_rate(at, s):
        return "rule"  # 'Chế độ ... hiện nay là 500 ngàn một em một tháng': what a regime gives each one
    return None


def _period(at: Around, s: Sense) -> bool:
    """Sessions after 'sau', 'trong' ('sau 5 phiên'): time passed, no count ('tổ chức 12 phiên tòa' counts)."""
    unit = at.unit.kind == "noun" and s.at_start["period_unit"].fullmatch(at.unit.text)
    return bool(unit and s.at_end["period_lead"].search(at.before))


def _regime_rate(at: Around, s: Sense) -> bool:
    """A rate per head in the unit or right after it ('15kg một em', '/người/tháng') in a sentence naming a regime
    before it ('Chế độ ăn bán trú'); not a head told after a comma ('chế độ cho 1.200 học sinh, mỗi em ...')."""
    if at.unit.kind not in ("currency", "measure", "noun") or not s.may(at, "regime"):
        return False
    if s.anywhere["regime"].search(at.before) is None:
        return False
    return bool(s.anywhere["regime_per"].search(at.unit.text) or s.at_start["regime_per"].match(at.after))
