"""A hedge kept apart from its number by a stray copy of the unit's head (split from _achv_hedge by size).

Garbled copy writes the unit's head twice, the hedge before the first: 'có trên lượt 4.820 lượt hộ' is more than
4.820 households (unitR36)."""

from __future__ import annotations

import regex

from ._achv_vocab import Vocab
from ._achv_words import Tail

#: The last word closing the text, letters only: compiled once, compared with the unit's head (searched over the last
#: word only).
_LAST_WORD = Tail(regex.compile(r"(?<!\w)(?P<w>\p{L}+)[ \u00a0]+$"), 1)


def stray_head_hedge(tail: str, unit: str, v: Vocab) -> regex.Match[str] | None:
    """The hedge before a stray copy of the unit's head closing ``tail``, offsets in ``tail``.

    >>> from ._achv_vocab import vocab
    >>> stray_head_hedge("qua đó có trên lượt ", "lượt hộ", vocab()).group("q")
    'trên'
    >>> stray_head_hedge("qua đó có trên xe ", "lượt hộ", vocab()), stray_head_hedge("có lượt ", "lượt hộ", vocab())
    (None, None)
    """
    head = unit.split()[0] if unit.strip() else ""
    if not head.isalpha():
        return None
    last = _LAST_WORD.search(tail)
    stray = last is not None and last["w"].lower() == head.lower()
    return v.qualifier_before.search(tail, 0, last.start()) if last and stray else None
