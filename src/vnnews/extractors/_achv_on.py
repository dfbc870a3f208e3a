"""'trên' that places a small count rather than bounds it: 'các đối tượng để trên 2 chiếc xe máy' (on two motorbikes).

A verb of placing, carrying or hiding right before 'trên', or the last verb a few words back before a vehicle or a
surface head ('giấu ma túy trên 2 chiếc ô tô'), makes it 'on'; 'để' (also 'in order to') only right before it, 'đặt'
(also 'to set up') only right before it and a surface; a placing verb inside another word ('chất lượng', 'đặt mua')
is none. Words come from ``achievement_context.yaml`` (kinds placing, placing_near, placing_surface, placing_not,
surface); the count's size (2 to MAX_PLACED) is the caller's: 'trên 2.000 chiếc xe máy được đăng ký' is more than.
"""

from __future__ import annotations

import regex

from ._achv_vocab import Vocab

#: Characters before 'trên' searched for a placing verb when a surface head follows the count.
PLACING_REACH = 30
_LAST_WORDS = regex.compile(r"[^,;:.!?()]*$")


def placed_on(before_hedge: str, unit: str, v: Vocab) -> bool:
    """Whether 'trên' before a small count of ``unit`` is the preposition 'on' after ``before_hedge``.

    >>> from ._achv_vocab import vocab
    >>> placed_on("các đối tượng để ", "chiếc xe máy", vocab()), placed_on("giấu ma túy ", "chiếc ô tô", vocab())
    (True, True)
    >>> placed_on("Toàn huyện có ", "chiếc xe máy", vocab()), placed_on("thu giữ ", "xe máy", vocab())
    (False, False)
    >>> placed_on("vay vốn để đóng mới ", "chiếc tàu", vocab()), placed_on("Tỉnh đã đặt ", "điểm", vocab())
    (False, False)
    """
    clause = _LAST_WORDS.search(before_hedge[-PLACING_REACH:])
    near = clause.group() if clause else ""
    others = [m.span() for m in v.placing_not.finditer(near)]
    head = f"{unit.casefold()} "
    surface = any(head.startswith(f"{h} ") for h in v.surface_heads)
    last = [m for m in v.placing.finditer(near) if not any(s <= m.start() < e for s, e in others)]
    if last and not near[last[-1].end() :].strip():
        return True  # 'chở trên', 'giấu trên'
    if v.placing_near.search(near) or (surface and v.placing_surface.search(near) and not others):
        return True  # 'để trên', 'đặt trên 2 chiếc xe'
    return bool(last) and surface and v.stop.search(near, last[-1].end()) is None  # 'giấu ma túy trên 2 chiếc ô tô'


def rate_over(before_hedge: str, unit: str, v: Vocab) -> bool:
    """Whether 'trên' before a count of places (``locale`` nouns) after a rate told in its clause is 'across': the
    rate is over the places counted, no hedge ('Tỷ lệ hộ nghèo trên 74 huyện nghèo là 38,62%').

    >>> from ._achv_vocab import vocab
    >>> rate_over("Tỷ lệ hộ nghèo ", "huyện nghèo", vocab()), rate_over("Toàn tỉnh có ", "xã", vocab())
    (True, False)
    >>> rate_over("Tỷ lệ hộ nghèo giảm, ", "huyện", vocab()), rate_over("Tỷ lệ tham gia ", "hội viên", vocab())
    (False, False)
    """
    return v.locale.match(unit) is not None and bool(v.rate_over.search(before_hedge))
