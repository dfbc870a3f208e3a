"""Awards, step 2 (continued): a count whose award was named before it in the sentence, with no link word between.

1. the count's clause ends in a passive verb of giving, the award named earlier the one given ("Hội đồng xét trao
   'Giải thưởng Lý Tự Trọng năm 2025' vừa công bố danh sách |100 cán bộ| Đoàn tiêu biểu toàn quốc |được vinh
   danh|.");
2. the recipients written first without a number right before the award's verb, then counted after a breakdown word
   ('Trong số các địa phương có |học sinh được tặng| Bằng khen, Hà Nội ... |gồm| 106 học sinh'): the same recipients.

Words come from ``award_words.yaml`` (roles give, receive, breakdown) through :class:`AwardPatterns`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ._award_bounds import CLAUSE_REST
from ._award_names import AwardName
from ._award_patterns import AwardPatterns

if TYPE_CHECKING:
    from ._award_counts import Count

#: How far before an award its uncounted recipients and their verb are looked for.
_NOUN_WINDOW = 60
_END = r"\s*[.;!?]?\s*$"
#: The rest of a clause ending in 'được' and a verb (``verb``; :func:`_passive_end` tells whether it gives).
_PASSIVE_REST = regex.compile(rf"{CLAUSE_REST}(?<!\w)được\s+(?P<verb>\w[\w ]*?){_END}", regex.IGNORECASE)


def named_before(text: str, c: Count, names: list[AwardName], end: int, pat: AwardPatterns) -> AwardName | None:
    """The award named before count ``c`` that ``c`` receives, if either rule holds."""
    start, stop, noun = c.start, c.end, c.noun
    before = [h for h in names if h.end <= start]
    if not before or not noun:
        return None
    h = before[-1]
    if _passive_end(text, stop, end, pat):  # not the firm's: 'công ty được tặng Bằng khen ..., 20 công nhân được ...'
        return None if _received(text, h, pat) else h
    return h if _counted_again(text, start, noun, h, pat) else None


def _received(text: str, h: AwardName, pat: AwardPatterns) -> bool:
    """The award named before was received by its own subject ('công ty |được tặng| Bằng khen'), not given to the
    count after it (mendE34)."""
    lead = text[max(0, h.start - _NOUN_WINDOW) : h.start]
    return _passive_give(pat).search(lead) is not None or pat.receive_tail.search(lead) is not None


def _passive_end(text: str, stop: int, end: int, pat: AwardPatterns) -> bool:
    """The rest of the count's clause ends in 'được' and a give verb: '100 cán bộ Đoàn ... |được vinh danh|.'."""
    rest = _PASSIVE_REST.match(text[stop:end])
    return rest is not None and pat.give.fullmatch(rest.group("verb")) is not None


@functools.cache
def _passive_give(pat: AwardPatterns) -> regex.Pattern[str]:
    """'được' and a give verb closing the text ('công ty |được tặng|'): built once per set of patterns."""
    return regex.compile(rf"(?<!\w)được\s+(?:{pat.give.pattern})\s*$", regex.IGNORECASE)


def _counted_again(text: str, start: int, noun: str, h: AwardName, pat: AwardPatterns) -> bool:
    """The noun written bare before the award's verb, counted after a breakdown word: 'có học sinh được tặng Bằng
    khen, ... gồm 106 học sinh'."""
    opened = regex.search(r"(?P<word>\w+(?:\s+\w+)?)\s*$", text[max(0, start - 12) : start])
    words = (opened.group("word"), opened.group().split()[-1]) if opened else ()
    if not any(pat.breakdown.fullmatch(w) for w in words):
        return False
    lead = text[max(0, h.start - _NOUN_WINDOW) : h.start]
    bare = rf"(?<!\d\s*)(?<!\w){regex.escape(noun)}\s+(?:(?:{pat.verb.pattern})\s*){{1,3}}$"
    return regex.search(bare, lead, regex.IGNORECASE) is not None
