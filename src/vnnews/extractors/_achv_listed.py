"""Where a unit headed by a whole noun ends before a predicate, by word classes (split from _achv_pos by size).

A list noun ('cán bộ', 'ngư dân', 'khu dân cư': the ``list`` entries of achievement_phrases.yaml) is a whole noun
phrase: a verb right after it (adverbs aside) with words of its own after it, in the unit or a capitalised name right
after it, opens the clause's predicate or a clause on the things counted, which the unit leaves out with the adverbs
before the verb ('65 ngư dân | khai thác xuyên Tết', '770 thôn, khu dân cư | tổ chức bữa cơm', '11 đơn vị | tổ chức
Đại hội', 'hàng nghìn khách | xếp thành nhiều hàng dài'); a verb closing the unit names the things ('cán bộ coi thi').
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

_SYLLABLE = regex.compile(r"[\p{L}\p{M}]+")
_SPACES = regex.compile(r"[ \u00a0]+")
_WORD_REACH = 12  # characters before 'do' read for a syllable it closes a word with ('lý do')
#: An acronym naming the noun before it ('nước ASEAN', 'đại biểu HĐND'), no verb of it.
_ACRONYM = regex.compile(r"\p{Lu}{2,}")
#: A token of an acronym and lower-case syllables after it ('ASEAN ký').
_CAPS_THEN_LOWER = regex.compile(r"(?P<caps>\p{Lu}{2,})[ \u00a0]+(?P<rest>\p{Ll}[\p{Ll}\p{M} \u00a0]*)$")

#: Tags of a capitalised word right after a unit closed by a verb that make it the verb's object: '11 đơn vị tổ chức
#: | Đại hội', '8 đồng chí tái cử | Chủ tịch' (the tagger reads some capitalised nouns as verbs).
NAME_TAGS = frozenset({"N", "Np", "Ny", "V"})
#: Tags of a word after a verb and its result that make it the verb's object ('tổ chức thành công | Đại hội').
OBJECT_TAGS = frozenset({"N", "Np", "Nc"})
#: Tags after an adverb before a verb that make it the predicate's: a verb or an adjective ('tạm | ổn định').
PREDICATE_TAGS = frozenset({"V", "A"})


def head_cuts(
    text: str,
    toks: Sequence[Token],
    word_tags: Sequence[str],
    inside: list[int],
    start: int,
    end: int,
    v: Vocab,
    *,
    framed: bool,
) -> tuple[int, int, int]:
    """The ends before a predicate found here: after a list noun ('65 ngư dân | khai thác ...'),
    before an adverb of a verb ('6 ngư dân | tạm ổn định'), before a verb and its result ('| tổ chức thành công')."""
    return (
        listed_cut(text, toks, word_tags, inside, (start, end), v, framed=framed),
        preverb_cut(text, toks, word_tags, inside, start, end, v),
        result_cut(text, toks, word_tags, inside, end, v),
    )


def listed_cut(
    text: str,
    toks: Sequence[Token],
    word_tags: Sequence[str],
    inside: list[int],
    span: tuple[int, int],
    v: Vocab,
    *,
    framed: bool = False,
) -> int:
    """Where a unit (or its list's last item) at ``span`` opening with a list noun ends before a verb with words of
    its own after it, the adverbs before the verb left out; else its end. ``inside`` indexes the unit's tokens in
    ``toks``, ``word_tags`` their tags. In a clause ``framed`` by its agent ('do') a verb closing the unit at the
    clause's end is the agent's predicate ('do Bộ phối hợp 12 tỉnh, thành | tổ chức.')."""
    start, end = span
    head = v.list_noun.match(text, start, end)
    nominal = v.nominal.match(text, start, end)
    if head is None or (nominal is not None and nominal.end() >= head.end()) or v.counter.fullmatch(head.group()):
        return end  # 'hộ nuôi tôm', '2 bộ sử dụng ma túy': the verb names the things
    after = [i for i in inside if toks[i].start >= head.end()]
    named = next((k for k, i in enumerate(after) if not _ACRONYM.fullmatch(toks[i].text)), len(after))
    k = next((k for k in range(named, len(after)) if word_tags[after[k]] != "R"), len(after))  # 'nước ASEAN | ký'
    if k == len(after) or word_tags[after[k]] != "V" or (after[0] > 0 and toks[after[0] - 1].end > head.end()):
        return end  # no verb right after the noun (the adverbs before it aside), or the noun ends inside a word
    verb = toks[after[k]]
    if v.nonaction.match(text, verb.start) or _one_word(text, head, verb.start):
        return end  # '7 địa phương cấp tỉnh', '600 khách mời quốc tế': no verb
    last = k == len(after) - 1 and not (framed and _clause_ends(toks, after[k] + 1))
    if last and (not _object_named(toks, word_tags, after[k] + 1) or text[start:end].startswith(v.person_heads)):
        return end  # 'cán bộ coi thi', '1 tỷ người dùng Facebook': the verb closing the unit names the things counted
    return toks[after[named] - 1].end


def agent_framed(text: str, sent_start: int, at: int, v: Vocab) -> bool:
    """The clause before ``at`` opens an agent with 'do' or 'bởi' (``agent_frame`` entries) and no punctuation after
    it: 'do Bộ VHTTDL phối hợp 12 tỉnh, thành ...'; not the word's last syllable ('lý do', 'tự do')."""
    frame = v.agent_frame.search(text, sent_start, at)
    if frame is None:
        return False
    before = text[max(sent_start, frame.start() - _WORD_REACH) : frame.start()].split()[-1:]
    return not before or f"{before[0]} {frame.group('w')}".casefold() not in dictionary()


def _clause_ends(toks: Sequence[Token], at: int) -> bool:
    """No word at token ``at``: the sentence or its clause ends there (a punctuation mark)."""
    return at >= len(toks) or not toks[at].text[:1].isalnum()


def retokenized(text: str, toks: list[Token], span: tuple[int, int], v: Vocab, *, joined: bool) -> list[Token]:
    """The word tokens as the unit's words are: a token joining an acronym and lower-case syllables after it parted
    in two ('ASEAN ký': the tokenizer's slip), so that the tagger reads the verb ('5 nước ASEAN | ký Tuyên bố'); when
    ``joined``, the tokens of a noun kept whole in the unit at ``span`` (``word`` entries) joined into one ('bản |
    điều tra' -> 'bản điều tra'), so that no verb is read inside it ('218 bản điều tra | thu thập được')."""
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
    syllable = _SYLLABLE.match(text, at)
    return syllable is not None and f"{head.group().split()[-1]} {syllable.group()}".casefold() in dictionary()


def _object_named(toks: Sequence[Token], word_tags: Sequence[str], at: int) -> bool:
    """The token at ``at``, right after the unit, is a capitalised noun or name: the object of the verb before it."""
    return at < len(toks) and toks[at].text[:1].isupper() and word_tags[at] in NAME_TAGS


def preverb_cut(
    text: str, toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], start: int, end: int, v: Vocab
) -> int:
    """Where a unit ends before an adverb that only stands before a verb ('tạm', 'chủ yếu') with a verb or an
    adjective after it, after the head ('6 ngư dân | tạm ổn định', '2 thuyền viên | tạm ổn định'); else ``end``. A
    counter's verbs name the things ('315 doanh nghiệp tạm ngưng hoạt động'): ``end``."""
    if (head := v.list_noun.match(text, start, end)) and v.counter.fullmatch(head.group()):
        return end
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
    if k < 1 or word_tags[inside[k]] != "V" or not (gap := _SPACES.match(text, end)):
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
