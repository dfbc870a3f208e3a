"""A gift handed over with an award: between the award and its recipients, or after each group of a list (split from
_award_patterns by size). Built from ``award_words`` as loaded with the user's lexicon folders, like every award
pattern: a user's extra 'companion' words reach both."""

from __future__ import annotations

import regex

from ..entries import WordEntry
from ._award_bounds import role_pattern


def gift_patterns(words: tuple[WordEntry, ...]) -> dict[str, regex.Pattern[str]]:
    """The fields ``companion`` and ``gift_gap`` of AwardPatterns."""
    gifts = role_pattern(words, "companion")
    return {
        # a gift between award and recipients: 'kèm tiền thưởng |cho', '20 triệu đồng |cho'
        "companion": regex.compile(
            rf"^\s*(?:(?:{gifts})[^;:]{{0,60}}?|\d[\d.,]*\s+(?:{role_pattern(words, 'gift_money')}))"
            rf"(?=\s+(?:{role_pattern(words, 'link')})\s)",
            regex.IGNORECASE,
        ),
        # a gift and its amount after a group, then a list's joiner, a comma or 'và', and nothing else
        "gift_gap": regex.compile(rf"^\s*(?:{gifts})\s[^;:]{{0,60}}?(?:,|\svà)\s*$", regex.IGNORECASE),
    }


def gift_listed(between: str, gift_gap: regex.Pattern[str]) -> bool:
    """The gap between two counts is the first one's gift and a list's joiner ('khen thưởng 1.677 lượt học sinh | với
    số tiền 167,7 triệu đồng, | 979 lượt giáo viên', unitR36): the next count is the list's next item.

    >>> from ._award_patterns import patterns
    >>> gap = patterns().gift_gap
    >>> gift_listed(" với số tiền 167,7 triệu đồng, ", gap), gift_listed(" với số tiền 10 triệu đồng đã nhận, ", gap)
    (True, True)
    >>> gift_listed(" và ", gap), gift_listed(" được tặng bằng khen, ", gap)
    (False, False)
    """
    return gift_gap.match(between) is not None
