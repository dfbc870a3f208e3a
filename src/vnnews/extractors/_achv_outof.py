"""A total told after an amount and its unit: 'hơn 3.000 ha trong số 6.300 ha mía' (or '3.000 ha/6.300 ha') is
3.000 ha out of 6.300 ha.

The total is the amount's ``total`` (as in '9/9 huyện'), no fact of its own; it must count the same thing: its unit
is the amount's, maybe with more words after it ('4 dự án trong số 8 dự án luật'). A different unit is a second
fact and stays one ('3 bàn thắng trên tổng số 4 lần ra sân', '8 đề cử trên tổng số 9 hạng mục', '11.484 vụ/17.663
đối tượng'). Used by
:mod:`.achievements` (its step 3).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from ..document import Document
from ..lexicon import load
from ..numbers import find_numbers
from ..segment import Sentence
from ._achv_unit import Unit, inside_word, read_unit
from ._achv_vocab import Vocab
from ._achv_vocab_fields import kind_pattern

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: Most words of a predicate between the unit and its total ('12 xã | đạt chuẩn nông thôn mới nâng cao | trong tổng
#: số', '15 sản phẩm | đạt 4 sao | trong tổng số').
PREDICATE_WORDS = 8


@functools.cache
def _out_of(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """'trong (tổng) số', 'trên tổng (số)' (kind out_of of ``achievement_context.yaml``) after the unit and maybe a
    predicate (words or bare counts, no break), or a '/' right after it ('3.000 ha/6.300 ha', '75 xã/108 xã,
    phường'), then the digits (built once per lexicon folders)."""
    words = kind_pattern(load("achievement_context", dirs), "out_of", boundary=False)
    return regex.compile(
        rf"(?:(?:[ \u00a0]+(?:[\p{{L}}\p{{M}}]+|\d+)){{0,{PREDICATE_WORDS}}}?[ \u00a0]+{words}[ \u00a0]+"
        r"|[ \u00a0]*/[ \u00a0]*)(?=\d)",
        regex.IGNORECASE,
    )


def total_after(doc: Document, sent: Sentence, unit: Unit, v: Vocab, value: float | None) -> tuple[float | None, int]:
    """The total after the unit of an amount of ``value`` (None: the amount has a total or a range already), and
    where reading resumes: past the total's unit, or at the unit's end when there is none."""
    text = doc.text
    found = _out_of(doc.options.lexicon_dirs).match(text, unit.end, sent.end) if value is not None else None
    if found is None or value is None:
        return None, unit.end
    total = next(find_numbers(text, found.end(), sent.end, doc.options.lexicon_dirs), None)
    if total is None or total.start != found.end() or total.value < value or total.approximate:
        return None, unit.end
    second = read_unit(text, total.end, sent.end, v, inside_word(doc, sent))
    if second is None or second.kind != unit.kind or not _opens_with(second.text, unit.text):
        return None, unit.end
    return total.value, second.end


def _opens_with(phrase: str, head: str) -> bool:
    """``phrase`` opens with the words of ``head`` ('ha mía' with 'ha'; not 'hai' with 'ha').

    >>> _opens_with("ha mía", "ha"), _opens_with("hai", "ha"), _opens_with("xã", "xã")
    (True, False, True)
    """
    words, first = phrase.casefold().split(), head.casefold().split()
    return words[: len(first)] == first


#: Largest denominator of a fraction read as a portion when a hedge stands before it ('khoảng 1/3', 'hơn 3/4').
PORTION_MAX = 4
#: Characters before such a fraction searched for its hedge ('ước đạt khoảng 1/3').
PORTION_REACH = 30


def portion(before: str, value: float, total: float, v: Vocab) -> bool:
    """A hedged small fraction is a portion of a whole, no count out of a total: 'ước đạt khoảng 1/3 thu ngân sách cả
    nước' (about a third of the revenue), 'gần 2/3 diện tích'; '9/9 huyện', 'khoảng 15/20 xã' count.

    >>> from ._achv_vocab import vocab
    >>> portion("ước đạt khoảng ", 1, 3, vocab()), portion("đạt ", 1, 3, vocab()), portion("gần ", 15, 20, vocab())
    (True, False, False)
    """
    return 0 < value < total <= PORTION_MAX and v.qualifier_before.search(before) is not None


def own_deed(at: Around, s: Sense) -> bool:
    """After 'hầu hết'/'phần lớn', the whole says what was done to it: '320 hội viên |mới| là thanh niên', '1.200 hộ
    |được hỗ trợ| đều là hộ nghèo' (a count told), not '24 quận, huyện đều có ...', '120 hộ dân đã nhận hỗ trợ'."""
    passive = s.at_start["own_passive"].match(at.after) and s.anywhere["most_tail"].search(at.next_clause)
    return bool(s.at_start["own_deed"].match(at.after) or passive)
