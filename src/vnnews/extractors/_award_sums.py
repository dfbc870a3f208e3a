"""A list of counted recipients with a gift after each one (split from _award_counts by size)."""

from __future__ import annotations

import functools

import regex

from ..lexicon import Termset, load


@functools.cache
def _gift_gap() -> regex.Pattern[str]:
    """A gift handed over with the award ('companion' words of award_words.yaml: 'với số tiền', 'kèm tiền thưởng')
    and its amount, then a list's joiner, a comma or 'và', and nothing else."""
    gifts = Termset([w.term for w in load("award_words") if w.role == "companion"]).pattern()
    return regex.compile(rf"^\s*(?:{gifts})\s[^;:]{{0,60}}?(?:,|\svà)\s*$", regex.IGNORECASE)


def gift_listed(between: str) -> bool:
    """The gap between two counts is the first one's gift and a list's joiner ('khen thưởng 1.677 lượt học sinh | với
    số tiền 167,7 triệu đồng, | 979 lượt giáo viên', unitR36): the next count is the list's next item.

    >>> gift_listed(" với số tiền 167,7 triệu đồng, "), gift_listed(" với số tiền 10 triệu đồng đã nhận, ")
    (True, True)
    >>> gift_listed(" và "), gift_listed(" được tặng bằng khen, ")
    (False, False)
    """
    return _gift_gap().match(between) is not None

