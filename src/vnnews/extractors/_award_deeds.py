"""Times that count a deed, not the awards given for it (nofactC38).

'Trong đó 44 cá nhân hiến máu tình nguyện 40 lần được trao kỷ niệm chương ...': the 40 times are the donors' merit,
the badge goes to the 44 individuals; '2 lần được Đảng và Nhà nước tặng thưởng Huân chương' with no recipients
counted before it still counts the awards in times, and so does '2 lần đoạt HCV' (won, no passive give).
Used by :mod:`._award_counts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ._award_patterns import AwardPatterns

#: A number and the words after it up to the times' number, no clause mark: '44 cá nhân hiến máu tình nguyện '.
_COUNTED = regex.compile(r"(?<![\w.,])\d[\d.]*[ \u00a0]+(?P<words>[^\d,;:.!?()]+?)[ \u00a0]+$")
#: 'N lần được': times then a passive.
_TIMES_PASSIVE = regex.compile(r"(?<![\w.,])\d+[ \u00a0]+lần[ \u00a0]+được(?!\w)", regex.IGNORECASE)
#: Most words of a recipient noun read at the start of the words after the count.
NOUN_WORDS = 3


def deed_times(text: str, lo: int, award_start: int, pat: AwardPatterns) -> bool:
    """'N lần được <give>' right before the award, after a counted recipient and its deed in the same clause: the
    times count the deed ('44 cá nhân hiến máu tình nguyện |40 lần được trao| kỷ niệm chương')."""
    found = list(_TIMES_PASSIVE.finditer(text, lo, award_start))
    times = found[-1] if found else None
    if times is None or not pat.times_won.search(text, times.start(), award_start):
        return False
    counted = _COUNTED.search(text, lo, times.start())
    if counted is None:
        return False
    words = counted.group("words").casefold().split()
    nouns = {" ".join(words[:k]) for k in range(1, min(NOUN_WORDS, len(words) - 1) + 1)}
    return any(pat.recipient_kinds.get(n) for n in nouns)  # a deed after the noun: a word more than the noun
