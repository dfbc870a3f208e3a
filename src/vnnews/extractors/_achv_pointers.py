"""Numbers that point at what is already told or placed, no count of their own.

'1' as the article 'a' of a story's agent ('bất ngờ bị 1 phụ nữ to tiếng', 'clip do chính 1 cô giáo ... ghi lại'),
'1' as one member of a group told ('1 xe máy trong nhóm này va chạm'), a pair described by its sexes ('phát hiện 2
đối tượng 1 nam, 1 nữ'), a position counted in things apart ('cách giường của dì 2 giường', 'cách nhau 4 thế hệ')
and a card's or a share's face value ('thẻ cào mệnh giá 100 ngàn đồng'). Used by :mod:`._achv_sense`; the words
come from ``achievement_sense.yaml`` (kinds agent, one_of, sex, apart, apart_not, apart_unit, face_value,
face_total). Counts of their own stay: '1 xe ô tô cứu thương được trao', 'bầu 2 đại biểu', 'tổng mệnh giá
2.000 tỷ đồng', 'xây 2 căn nhà'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

#: Most words between 'cách' (apart) and a count of things apart ('cách giường của dì | 2 giường').
APART_WORDS = 6
#: Most words of the people noun after a pair's '2' before its sexes ('2 | đối tượng | gồm 1 nam').
PAIR_WORDS = 2
# The pair told right before its first sex: '2 đối tượng ', '2 đối tượng gồm ', 'hai người là '.
_PAIR = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d.,])(?:2|hai)(?:[ \u00a0]+\p{{Ll}}[\p{{L}}\p{{M}}]*){{1,{PAIR_WORDS}}}"
    r"[ \u00a0]*(?:[,:(][ \u00a0]*|[ \u00a0]+(?:gồm|là|trong đó có)[ \u00a0]+)?$",
    regex.IGNORECASE,
)
# The first sex told right before the second: '... 1 nam, ', '... 1 nam và '.
_FIRST_SEX = regex.compile(r"(?<![\p{L}\p{M}\d.,])1[ \u00a0]+(?:nam|nữ)[ \u00a0]*(?:,|và)[ \u00a0]*$", regex.IGNORECASE)


def pointed(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the number points at what is told or placed rather than counting (the rule's kind), or None."""
    if at.unit.kind == "currency":
        return "class" if _face_value(at, s) else None  # 'thẻ cào mệnh giá 100 ngàn đồng': the card's kind
    if at.unit.kind != "noun":
        return None
    if at.num.value == 1 and not at.num.approximate:
        if s.at_end["agent"].search(at.before):
            return "copula"  # 'bất ngờ bị 1 phụ nữ to tiếng': 'a woman'
        if s.at_start["one_of"].match(at.after):
            return "back"  # '1 xe máy trong nhóm này va chạm': one of the group told
        if s.at_start["sex"].fullmatch(at.unit.text) and _pair_before(at.before):
            return "back"  # '2 đối tượng gồm 1 nam và 1 nữ': the pair told, described
    if s.at_start["apart_unit"].fullmatch(at.unit.text) and _apart(at, s):
        return "place"  # 'cách giường của dì 2 giường': where, not how many
    return None


def _pair_before(before: str) -> bool:
    """A pair of people told right before the sexes ('2 đối tượng 1 nam', '2 đối tượng gồm 1 nam và 1 nữ')."""
    first = _FIRST_SEX.search(before)
    return bool(_PAIR.search(before[: first.start()] if first else before))


def _apart(at: Around, s: Sense) -> bool:
    """'cách' (apart) a few words before the number, not 'bằng cách' (by way of) nor a manner ('cách làm')."""
    words = at.before.split()[-APART_WORDS - 1 :]
    tail = " ".join(words)
    found = [m for m in s.anywhere["apart"].finditer(tail) if not _inside(tail, m)]
    return any(not s.at_end["apart_not"].search(tail[: m.end()] + " ") for m in found)


def _inside(text: str, m: regex.Match[str]) -> bool:
    """The match is part of a longer word ('cách' inside 'phong cách' stays a match; 'cáchx' does not)."""
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return before.isalnum() or after.isalnum()


def _face_value(at: Around, s: Sense) -> bool:
    """'mệnh giá' right before the money, not a total ('tổng mệnh giá 2.000 tỷ đồng' is the issue's size)."""
    return bool(s.at_end["face_value"].search(at.before)) and not s.at_end["face_total"].search(at.before)
