"""Words that close an amount's unit before what was done to the things counted ('sáng kiến | áp dụng trong công
tác') or how far it was done ('20 xã | cơ bản hoàn thành'), whatever the head (split from _achv_pos by size)."""

from __future__ import annotations

import regex

from ._achv_vocab import Vocab
from ._achv_words import SPACES

#: Where a list's items part in a unit: a comma or 'và' ('cán bộ, đoàn viên', 'đơn vị và cá nhân').
LIST_SEP = regex.compile(r",[ \u00a0]*|(?<![\p{L}\p{M}])và[ \u00a0]+")


def applied_end(text: str, start: int, end: int, v: Vocab) -> int:
    """The unit's end before a verb of what was done to the things counted closing it, with a preposition after it
    ('hơn 5.000 đề tài, sáng kiến | áp dụng trong công tác': applied in), whatever the head; the verb with no
    preposition after it names the things ('30 sáng kiến áp dụng.'). Else ``end``.

    >>> from ._achv_vocab import vocab
    >>> t = "5 sáng kiến áp dụng trong công tác"
    >>> t[2:applied_end(t, 2, 19, vocab())], t[2:applied_end(t[:19] + ".", 2, 19, vocab())]
    ('sáng kiến', 'sáng kiến áp dụng')
    """
    verb = v.applied_end.search(text, start, end)
    after = SPACES.match(text, end)
    if verb is None or verb.start() <= start or after is None or not v.stop.match(text, after.end()):
        return end
    return verb.start()


def done_adverb(text: str, start: int, end: int, v: Vocab) -> int:
    """The unit's end before 'cơ bản' between a place or household (a list's last) and a verb of completion ('20 xã
    | cơ bản hoàn thành', 'thôn, bản | cơ bản đáp ứng'); elsewhere it is an adjective ('8 tiêu chí cơ bản')."""
    items = list(LIST_SEP.finditer(text, start, end))
    done = v.done_adverb.match(text, items[-1].end() if items else start)
    return done.start("adv") if done and done.start("adv") < end else end
