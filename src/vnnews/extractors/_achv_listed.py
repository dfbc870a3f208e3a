"""Where a unit headed by a whole noun ends before a predicate, by word classes (split from _achv_pos by size).

A list noun of people or forces ('ngư dân', 'cán bộ': the ``actor`` entries of achievement_phrases.yaml; never an
organisation or a place, mendB28) is a whole noun phrase: a verb right after it (adverbs aside) with words of its own
after it, in the unit or a capitalised name right after it, opens the clause's predicate, which the unit leaves out
with the adverbs before the verb ('65 ngư dân | khai thác xuyên Tết', 'hàng nghìn khách | xếp thành nhiều hàng dài');
a verb of the trade or activity that defines them stays (``activity``: '120 giáo viên dạy lớp ghép'), and a verb
closing the unit names the things ('cán bộ coi thi', one word the tagger split).
A list noun that is a nominal head too ('hộ', 'ban') or counts things ('bộ', 'tên': ``counter`` entries) keeps its
verbs ('hộ nuôi tôm', '2 tên cướp giật'). An adverb that only stands before a verb (``preverb`` entries: 'tạm', 'chủ
yếu') with a verb or an adjective after it opens the predicate ('6 ngư dân | tạm ổn định'), and so does a verb with a
word of its result after it (``resultative``: '8 cơ sở hội phụ nữ | tổ chức thành công Đại hội').
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..tokenize import Token
from ._achv_tags import dictionary
from ._achv_vocab import Vocab
from ._achv_words import SPACES

_SYLLABLE = regex.compile(r"[\p{L}\p{M}]+")

#: Tags of a capitalised word right after a unit closed by a verb that make it the verb's object: '11 đơn vị tổ chức
#: | Đại hội', '8 đồng chí tái cử | Chủ tịch' (the tagger reads some capitalised nouns as verbs).
NAME_TAGS = frozenset({"N", "Np", "Ny", "V"})
#: Tags of a word after a verb and its result that make it the verb's object ('tổ chức thành công | Đại hội').
OBJECT_TAGS = frozenset({"N", "Np", "Nc"})
#: Tags after an adverb before a verb that make it the predicate's: a verb or an adjective ('tạm | ổn định').
PREDICATE_TAGS = frozenset({"V", "A"})


def listed_cut(
    text: str, toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], start: int, end: int, v: Vocab
) -> int:
    """Where a unit (or its list's last item) opening at ``start`` with a list noun ends before a verb with words of
    its own after it, the adverbs before the verb left out; else ``end``. ``inside`` indexes the unit's tokens in
    ``toks``, ``word_tags`` their tags."""
    head = v.list_noun.match(text, start, end)
    nominal = v.nominal.match(text, start, end)
    if head is None or (nominal is not None and nominal.end() >= head.end()) or not v.actor.fullmatch(head.group()):
        return end  # 'hộ nuôi tôm', '12 hợp tác xã hoạt động hiệu quả': only after people and forces
    after = [i for i in inside if toks[i].start >= head.end()]
    k = next((k for k, i in enumerate(after) if word_tags[i] != "R"), len(after))
    if k == len(after) or word_tags[after[k]] != "V" or (after[0] > 0 and toks[after[0] - 1].end > head.end()):
        return end  # no verb right after the noun (the adverbs before it aside), or the noun ends inside a word
    verb = toks[after[k]]
    if v.nonaction.match(text, verb.start) or _one_word(text, head, verb.start) or v.activity.match(text, verb.start):
        return end  # '7 địa phương cấp tỉnh', '600 khách mời quốc tế': no verb; '120 giáo viên dạy lớp ghép'
    if k + 1 < len(after) and f"{verb.text} {toks[after[k + 1]].text}".casefold() in dictionary():
        k += 1  # a verb the tagger split, one dictionary word: 'cán bộ coi thi'
    last = k == len(after) - 1
    if last and (not _object_named(toks, word_tags, after[k] + 1) or text[start:end].startswith(v.person_heads)):
        return end  # 'cán bộ coi thi', '1 tỷ người dùng Facebook': the verb closing the unit names the things counted
    return toks[after[0] - 1].end


def _one_word(text: str, head: regex.Match[str], at: int) -> bool:
    """The head's last syllable and the syllable at ``at`` make one dictionary word ('khách mời')."""
    syllable = _SYLLABLE.match(text, at)
    return syllable is not None and f"{head.group().split()[-1]} {syllable.group()}".casefold() in dictionary()


def _object_named(toks: Sequence[Token], word_tags: Sequence[str], at: int) -> bool:
    """The token at ``at``, right after the unit, is a capitalised noun or name: the object of the verb before it."""
    return at < len(toks) and toks[at].text[:1].isupper() and word_tags[at] in NAME_TAGS


def preverb_cut(toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], end: int, v: Vocab) -> int:
    """Where a unit ends before an adverb that only stands before a verb ('tạm', 'chủ yếu') with a verb or an
    adjective after it, after the head ('6 ngư dân | tạm ổn định', '2 thuyền viên | tạm ổn định'); else ``end``."""
    for k, i in enumerate(inside[1:], 1):
        nxt = i + 1
        if nxt >= len(word_tags) or word_tags[nxt] not in PREDICATE_TAGS:
            continue
        if v.preverb_end.fullmatch(f" {toks[i].text}"):
            return toks[inside[k - 1]].end
    return end


def result_cut(
    text: str, toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], end: int, v: Vocab
) -> int:
    """Where a unit closed by a verb with a word of its result and then the verb's object right after it ends: before
    the verb, with the adverbs before it, whatever the head ('8 cơ sở hội phụ nữ | tổ chức thành công Đại hội'); a
    verb naming an event ('400.000 lượt máy bay cất hạ cánh thành công trên tàu') has no object. Else ``end``."""
    k = len(inside) - 1
    if k < 1 or word_tags[inside[k]] != "V" or not (gap := SPACES.match(text, end)):
        return end
    if not (result := v.resultative.match(text, gap.end())):
        return end
    after = next((i for i in range(inside[k] + 1, len(toks)) if toks[i].start >= result.end()), None)
    if after is None or word_tags[after] not in OBJECT_TAGS:
        return end
    while k > 1 and word_tags[inside[k - 1]] == "R":
        k -= 1
    return toks[inside[k - 1]].end


_CLOSING = regex.compile(r"[ \u00a0]*(?:[,.;:!?)\]…]|$)")


def closing(text: str, end: int) -> bool:
    """Nothing of the clause's after ``end``: a punctuation mark or the text's end ('3.500 người thụ hưởng.')."""
    return bool(_CLOSING.match(text, end))


_NEXT_WORD = regex.compile(r"[ \u00a0]+(?P<w>[\p{L}\p{M}]+)")


def lone_sibling(text: str, start: int, end: int, v: Vocab) -> bool:
    """A sibling at [start, end) that is a whole word ('nam', not 'nam giới') and no subject of the next clause, whose
    adverb follows it ('nam | chỉ có 5 người'): an item of the list."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return True
    whole = " ".join(text[start : nxt.end()].split()).casefold() not in dictionary()
    return whole and not v.aspect.fullmatch(nxt.group("w"))


def sibling_item(text: str, words: list[tuple[int, int]], start: int, end: int, v: Vocab) -> tuple[int, int] | None:
    """The sibling noun at ``start`` when the unit so far ends with one (lower case both): a sex after a sex, a field
    after a field ('nam, nữ', 'chăn nuôi, trồng trọt'); else None."""
    item = v.sibling.match(text, start, end) if text[start : start + 1].islower() else None
    if item and not lone_sibling(text, item.start(), item.end(), v):
        return None  # 'công nhân nữ, | nam giới chỉ chiếm', 'học viên nữ, | nam chỉ có 5 người'
    last = (m for m in v.sibling.finditer(text, words[0][0], words[-1][1]) if m.end() == words[-1][1])
    return (start, item.end()) if item and any(text[m.start()].islower() for m in last) else None


def abbreviation(text: str, start: int, end: int, v: Vocab) -> regex.Match[str] | None:
    """The titled abbreviation written in capitals opening [start, end) ('HTX', 'VĐV/nội dung', 'HS-SV')."""
    m = v.titled.match(text, start, end)
    return m if m is not None and m.group().isupper() else None
