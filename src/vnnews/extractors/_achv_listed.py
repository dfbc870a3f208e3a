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
Whatever the list noun, the verbs closing a clause whose agent 'do' opens are the agent's predicate ('do Bộ phối hợp
12 tỉnh, thành | tổ chức.'), and so is a verb after an acronym that names the noun, before its named object ('5 nước
ASEAN | ký Tuyên bố Bangkok'; a token 'ASEAN ký' is parted in two). A cut falling inside a noun kept whole is read
again with the noun one word (:func:`retokenized`: '218 bản điều tra | thu thập được').
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..tokenize import Token
from ._achv_tags import OBJECT_TAGS, in_dictionary
from ._achv_vocab import Vocab
from ._achv_words import ACRONYM, PLAIN_SYLLABLE, SPACES

_WORD_REACH = 12  # characters before 'do' read for a syllable it closes a word with ('lý do')
#: A token of an acronym or a code name and lower-case syllables after it ('ASEAN ký', 'Covid-19 giáp').
_CAPS_THEN_LOWER = regex.compile(
    r"(?P<caps>\p{Lu}{2,}|\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{2,})-\d{1,2})[ \u00a0]+(?P<rest>\p{Ll}[\p{Ll}\p{M} \u00a0]*)$"
)

#: Tags of a capitalised word right after a unit closed by a verb that make it the verb's object: '11 đơn vị tổ chức
#: | Đại hội', '8 đồng chí tái cử | Chủ tịch' (the tagger reads some capitalised nouns as verbs).
NAME_TAGS = frozenset({"N", "Np", "Ny", "V"})
#: Tags after an adverb before a verb that make it the predicate's: a verb or an adjective ('tạm | ổn định').
PREDICATE_TAGS = frozenset({"V", "A"})


def head_cuts(
    text: str,
    toks: Sequence[Token],
    word_tags: Sequence[str],
    inside: list[int],
    span: tuple[int, int],
    v: Vocab,
    *,
    framed: bool,
) -> tuple[int, ...]:
    """The ends before a predicate found here for a unit (or its list's last item) at ``span``: after a list noun of
    people ('65 ngư dân | khai thác ...'), before an adverb of a verb after one ('6 ngư dân | tạm ổn định'), before a
    verb and its result ('| tổ chức thành công'), before the verbs closing a clause ``framed`` by its agent ('do ...
    12 tỉnh, thành | tổ chức.'), after an acronym before a verb and its named object ('5 nước ASEAN | ký Tuyên bố')."""
    start, end = span
    return (
        listed_cut(text, toks, word_tags, inside, start, end, v),
        preverb_cut(toks, word_tags, inside, end, v) if v.actor.match(text, start, end) else end,  # mendB28
        result_cut(text, toks, word_tags, inside, end, v),
        framed_cut(text, toks, word_tags, inside, start, end, v) if framed else end,
        named_cut(toks, word_tags, inside, end),
    )


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
    if k + 1 < len(after) and in_dictionary([verb.text, toks[after[k + 1]].text]):
        k += 1  # a verb the tagger split, one dictionary word: 'cán bộ coi thi'
    last = k == len(after) - 1
    if last and (not _object_named(toks, word_tags, after[k] + 1) or text[start:end].startswith(v.person_heads)):
        return end  # 'cán bộ coi thi', '1 tỷ người dùng Facebook': the verb closing the unit names the things counted
    return toks[after[0] - 1].end


def framed_cut(
    text: str, toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], start: int, end: int, v: Vocab
) -> int:
    """In a clause framed by its agent ('do', :func:`agent_framed`), a unit opening with a list noun whose last words
    are verbs closing the clause ends before them, with the adverbs among them: they are the agent's predicate
    ('do Bộ VHTTDL phối hợp 12 tỉnh, thành | tổ chức.', 'do 5 đơn vị, trường học | phối hợp tổ chức.'), whatever the
    list noun; else ``end``."""
    listed = v.list_noun.match(text, start, end) and not v.nominal.match(text, start, end)
    if not listed or not _clause_ends(toks, inside[-1] + 1):
        return end
    k = len(inside)
    while k > 1 and word_tags[inside[k - 1]] in ("V", "R"):
        k -= 1
    if k == len(inside) or word_tags[inside[-1]] != "V":
        return end
    return toks[inside[k - 1]].end


def named_cut(toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], end: int) -> int:
    """After an acronym naming the noun before it ('nước ASEAN', 'đại biểu HĐND'), a verb closing the unit before a
    capitalised object is the predicate ('5 nước ASEAN | ký Tuyên bố Bangkok'), whatever the head; else ``end``."""
    k = len(inside) - 1
    if k < 2 or word_tags[inside[k]] != "V" or not ACRONYM.fullmatch(toks[inside[k - 1]].text):
        return end
    return toks[inside[k - 1]].end if _object_named(toks, word_tags, inside[k] + 1) else end


def agent_framed(text: str, sent_start: int, at: int, v: Vocab) -> bool:
    """The clause before ``at`` opens an agent with 'do' (``agent_frame`` entries) and no punctuation after
    it: 'do Bộ VHTTDL phối hợp 12 tỉnh, thành ...'; not the word's last syllable ('lý do', 'tự do')."""
    frame = v.agent_frame.search(text, sent_start, at)
    if frame is None:
        return False
    before = text[max(sent_start, frame.start() - _WORD_REACH) : frame.start()].split()[-1:]
    return not before or not in_dictionary([before[0], frame["w"]])


def _clause_ends(toks: Sequence[Token], at: int) -> bool:
    """No word at token ``at``: the sentence or its clause ends there (a punctuation mark)."""
    return at >= len(toks) or not toks[at].text[:1].isalnum()


def retokenized(text: str, toks: list[Token], span: tuple[int, int], v: Vocab, *, joined: bool) -> list[Token]:
    """The word tokens as the unit's words are: a token joining an acronym or a code name and lower-case syllables
    after it parted in two ('ASEAN ký', 'Covid-19 giáp': the tokenizer's slips), so that the tagger reads the verb
    ('5 nước ASEAN | ký Tuyên bố'); when ``joined``, the tokens of a noun kept whole in the unit at ``span`` (``word``
    entries) joined into one ('bản | điều tra' -> 'bản điều tra'), so that no verb is read inside it ('218 bản điều
    tra | thu thập được')."""
    kept = [w.span() for w in v.word.finditer(text, *span)] if joined else []
    if not kept and not any(_CAPS_THEN_LOWER.match(t.text) for t in toks):
        return toks
    out: list[Token] = []
    for t in toks:
        m = _CAPS_THEN_LOWER.match(t.text)
        if m is not None:
            out += [Token(t.start, t.start + m.end("caps"), m.group("caps"))]
            out += [Token(t.start + m.start("rest"), t.end, m.group("rest"))]
            continue
        if out and any(s <= out[-1].start and t.end <= e and s < t.start for s, e in kept):
            first = out.pop()
            t = Token(first.start, t.end, text[first.start : t.end])
        out.append(t)
    return out


def _one_word(text: str, head: regex.Match[str], at: int) -> bool:
    """The head's last syllable and the syllable at ``at`` make one dictionary word ('khách mời')."""
    syllable = PLAIN_SYLLABLE.match(text, at)
    return syllable is not None and in_dictionary([head.group().split()[-1], syllable.group()])


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


_LAST_SYLLABLE = regex.compile(r"(?<=[ \u00a0])[\p{L}\p{M}]+[ \u00a0]*$")


def bare_occasion(text: str, start: int, cut: int, end: int, v: Vocab) -> int:
    """A cut (before ``end``) leaving an occasion noun after the head ('4 thi thể nạn nhân vụ | chìm tàu'): the noun
    names the event with the verb cut off, so it goes too; the unit ends before it."""
    last = _LAST_SYLLABLE.search(text, start, cut) if cut < end else None
    if last is None or last.start() <= start:
        return cut
    if not v.occasion.fullmatch(text, last.start(), last.start() + len(last.group().rstrip(" \u00a0"))):
        return cut
    return len(text[:last.start()].rstrip(" \u00a0"))


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
    whole = not in_dictionary(text[start : nxt.end()].split())
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
