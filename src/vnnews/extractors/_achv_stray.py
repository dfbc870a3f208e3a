"""A hedge kept apart from its number by a stray copy of the unit's head (split from _achv_hedge by size).

Garbled copy writes the unit's head twice, the hedge before the first: 'có trên lượt 4.820 lượt hộ' is more than
4.820 households (unitR36)."""

from __future__ import annotations

import regex

from ._achv_vocab import Vocab


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
    stray = regex.search(rf"(?<!\w){regex.escape(head)}[ \u00a0]+$", tail, regex.IGNORECASE)
    return v.qualifier_before.search(tail, 0, stray.start()) if stray else None
