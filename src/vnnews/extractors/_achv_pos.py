"""Where a counted noun phrase really ends: the word classes of its sentence say so.

A unit read up to the first stop word can still run into the clause's predicate: '2 trực thăng
quân sự bay trên bầu trời', '1.150 người hoạt động trong lĩnh vực báo chí', '12 tài khoản ngân hàng
đứng tên người này'. underthesea's part-of-speech tags (its CRF tagger, run on the sentence's word
tokens around the unit) find the verb or adverb the noun phrase stops at: an adverb ends it anywhere
after the head; a verb ends it when what follows the unit is the verb's own complement (a
preposition, conjunction, pronoun, adverb, number, another verb or a name: 'bay trên', 'hoạt động
trong'): the unit ends before the first verb after its head ('11 tàu nhỏ | lai dắt tàu sân bay ra khỏi ...'). Nouns
whose complement is an action ('buổi tuyên truyền', 'vụ vi phạm', 'máy vắt sữa', 'đối tượng buôn
lậu': the ``nominal`` entries of ``achievement_phrases.yaml``) keep their verbs. The subject of a
clause ends before its predicate whatever follows it ('khiến 2 người | trọng thương'). Where a unit ends at the
words right after it (a word across its end, a pronoun) is :mod:`._achv_across`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..document import Document
from ..segment import Sentence
from ..tokenize import Token
from ._achv_across import _SYLLABLES
from ._achv_closers import LIST_SEP as _LIST_SEP
from ._achv_closers import applied_end, done_adverb
from ._achv_kept import kept_at, kept_nouns
from ._achv_listed import agent_framed, bare_occasion, head_cuts, retokenized
from ._achv_subject import subject_predicate
from ._achv_tags import OBJECT_TAGS, in_dictionary, tags
from ._achv_unit import MAX_UNIT_SYLLABLES
from ._achv_vocab import Vocab
from ._achv_words import DIGIT_AFTER

#: Tags after the unit that show a verb inside it heads its own phrase: preposition, conjunction,
#: pronoun, adverb, number, verb, proper name, determiner ('túi nilon | chứa các hạt').
COMPLEMENT_TAGS = frozenset({"E", "C", "P", "R", "M", "V", "Np", "L"})
#: Words either side of the unit tagged with it (the tagger reads two words either side of each word).
CONTEXT = 3
#: Syllables after a nominal head ('buổi', 'xe', 'đối tượng') from which its unit may hold a predicate.
NOMINAL_TAIL = 3
#: Tags of the word after a nominal head joined with its next syllable ('đội bóng') that end the unit there.
JOINED_ENDS = frozenset({"V", "Np"})

#: Characters past a unit's end that the search for an adverb inside it reads: more than any adverb is long, so a
#: match ending past the unit is found as a whole (and the unit kept), never cut at the search's end.
ADVERB_REACH = 100
#: Tags of the word before a verb in a capped unit that make the verb its predicate: a noun or its adjective.
NOUN_BEFORE_VERB = frozenset({"N", "Nc", "Np", "Nu", "A"})

# Words of the sentence going on right after a unit: a space and a letter ('... dịch vụ loại hình | vận tải').
_RUNS_ON = regex.compile(r"[ \u00a0]+\p{L}")


# A '/' closing a stretch: a cut there splits a pair of nouns ('thôn/khối phố').
_SLASH_CLOSING = regex.compile(r"/[ \u00a0]?$")

def holds_predicate(unit: str, v: Vocab) -> bool:
    """A unit long enough to hold a predicate: three words, or two after a person noun ('người trúng').

    >>> from ._achv_vocab import vocab
    >>> [holds_predicate(u, vocab()) for u in ("món ăn", "người trúng", "thanh niên mặc", "người")]
    [False, True, True, False]
    """
    if '"' in unit:
        return False  # a quoted term names what is counted: '2 màn "đấu súng"'
    words = unit.split()
    return len(words) >= 3 or (len(words) == 2 and words[0].casefold() in v.person_heads)


def by_agent(tail: str, v: Vocab) -> bool:
    """The amount right after a passive word ('bị'; a hedge may stand between), not the end of a word ('trang
    bị'): it counts who did the verb after its head ('bị 3 đối tượng | truy đuổi', 'bị hơn 10 người | vây đánh').

    >>> from ._achv_vocab import vocab
    >>> [by_agent(t, vocab()) for t in ("Nạn nhân bị ", "bị hơn ", "trang bị ", "bị thương ")]
    [True, True, False, False]
    """
    qual = v.qualifier_before.search(tail)
    passive = v.agent_before.search(tail[: qual.start("q")] if qual else tail)
    words = tail[: passive.end()].split() if passive else []
    return bool(words) and (len(words) < 2 or not in_dictionary(words[-2:]))


def predicate_start(
    doc: Document, sent: Sentence, start: int, end: int, v: Vocab, *, subject: bool = False, agent: bool = False
) -> int:
    """Where the counted noun phrase in text[start:end] ends: before a predicate it runs into, else ``end``.

    After a ``nominal`` head the verbs right after it are its complement ('buổi tuyên truyền', 'đối tượng sử
    dụng hung khí'); a verb after the noun or adjective that follows them is the predicate again ('2 xe cứu
    thương | chạy đằng sau'). A nominal head with fewer than NOMINAL_TAIL syllables after it is kept whole (no
    tokens needed). A cut never falls inside a noun kept whole ('quả đá phạt': ``word`` entries). The ``subject`` of
    what follows (the amount opens its clause, or follows a causative: 'khiến 2 người | trọng thương', ', 3 người |
    tự giải cứu') ends before the first verb after its head, whatever follows it; the ``agent`` of a passive ('bị 3
    đối tượng | truy đuổi') ends there whatever its head; so does a list's verb closing a clause ``framed`` by its
    agent ('do Bộ phối hợp 12 tỉnh, thành | tổ chức.'). Where a cut falls inside a noun kept whole, the words are read
    again with the noun one word, and a cut after it stands ('218 bản điều tra | thu thập được'); any other keeps the
    unit whole ('56 tàu cá đóng mới')."""
    end = subject_predicate(doc, sent, start, end, v) if subject else end  # 'khiến 300 xe | mắc kẹt trên'
    flags = {"subject": subject, "agent": agent}
    first = _predicate_start(doc, sent, start, end, v, **flags, joined=False)
    if isinstance(first, int):
        return _past_slash(doc.text, start, first, end)
    again = _predicate_start(doc, sent, start, end, v, **flags, joined=True)
    return _past_slash(doc.text, start, again, end) if isinstance(again, int) and again >= first.end() else end


def _past_slash(text: str, start: int, cut: int, end: int) -> int:
    """``end`` for a cut right after a '/': the word after it is the second noun of a pair, no predicate ('42 chi
    hội thôn/khối phố' was cut to 'chi hội thôn/'; achF36)."""
    return end if _SLASH_CLOSING.search(text, start, cut) else cut


def _predicate_start(
    doc: Document, sent: Sentence, start: int, end: int, v: Vocab, *, subject: bool, agent: bool, joined: bool
) -> int | regex.Match[str]:
    """:func:`predicate_start` with the nouns kept whole read as one word when ``joined``; the noun a cut falls
    inside."""
    agent, framed = agent and not v.occasion.match(doc.text, start, end), agent_framed(doc.text, sent.start, start, v)
    end = _before_any_head(doc, sent, start, end, v)  # '2 đối tượng | điều khiển 2 xe máy', '20 hộ | chủ yếu làm'
    nominal = None if agent else v.nominal.match(doc.text, start, end)
    if items := list(_LIST_SEP.finditer(doc.text, start, end)):
        if nominal and not _opens_word(doc.text, nominal, end):
            return end  # a list after a nominal head is its complements: 'vụ buôn bán, vận chuyển hàng cấm'
        start = items[-1].end()  # else its last noun ends before a predicate: 'đơn vị và cá nhân | gửi'
        nominal = None if agent else v.nominal.match(doc.text, start, end)  # 'cụm, khối thi đua'
    short = nominal is not None and _complement_only(doc.text[nominal.end() : end])
    if short and nominal and not _opens_word(doc.text, nominal, end):
        return end  # 'buổi tuyên truyền', 'vụ vi phạm': the verbs belong to the unit (no tokens needed)
    toks = retokenized(doc.text, doc.tokens(sent), (start, end), v, joined=joined)  # 'ASEAN | ký'
    inside = _inside(toks, start, end)
    if len(inside) < 2:
        return end
    if nominal and (next(t.end for t in toks if t.end > start) > nominal.end() or _joins_next(toks, nominal, end)):
        nominal = None  # the head is a longer word, no nominal one: 'máy bay | chở 450 tấn', 'xe máy | chạy thẳng'
    elif short:
        return end
    if toks[inside[-1]].end > end and doc.text[end : end + 1].isspace():
        inside = inside[:-1]  # the unit ends inside a word ('bên' of 'bên trong', 'giải' of 'giải Jackpot')
        if len(inside) < 2:
            return toks[inside[-1]].end
    lo, hi = max(0, inside[0] - CONTEXT), min(len(toks), inside[-1] + 1 + CONTEXT)
    word_tags = tags(tuple(t.text for t in toks[lo:hi]))
    word_tags = kept_nouns(toks[lo:hi], word_tags, v) if joined else word_tags  # 'giáo dục thường xuyên | dự thi'
    if len(word_tags) != hi - lo:
        return end
    local = [i - lo for i in inside]
    if nominal:
        local = _past_complement(local, word_tags)
        if len(local) < 2:
            return end  # all verbs of the head: 'văn bản tạm đình chỉ hoạt động'
    cut = _cut(toks[lo:hi], word_tags, local, whole=toks[inside[-1]].end <= end)
    if nominal and cut < end:
        cut = _nominal_cut(toks[lo:hi], word_tags, cut, end, nominal.end() if items else None)
    cut = min(cut, _capped_cut(doc.text, toks[lo:hi], word_tags, local, start, end))  # 'lượt khách | sử dụng ...'
    person = doc.text[start:end].casefold().startswith(v.person_heads)
    heads = head_cuts(doc.text, toks[lo:hi], word_tags, local, (start, end), v, framed=framed)  # '65 ngư dân |'
    cut = min(cut, _person_cut(toks[lo:hi], word_tags, local, end) if person else end, *heads)
    if subject or agent:
        cut = min(cut, _subject_cut(toks[lo:hi], word_tags, local, end, people=person, agent=agent))
    if kept := kept_at(doc.text, start, cut, end, v):
        return kept  # 'quả đá phạt': the tagger's verb 'phạt' is inside a noun
    verb_after = hi > inside[-1] + 1 and word_tags[inside[-1] + 1 - lo] == "V"  # '5 người chuyên | xuất hiện'
    preverb = v.preverb_end.search(doc.text, start, cut) if cut < end or verb_after else None
    return preverb.start() if preverb else bare_occasion(doc.text, start, cut, end, v)  # 'doanh nghiệp | tạm ngừng'


def _before_any_head(doc: Document, sent: Sentence, start: int, end: int, v: Vocab) -> int:
    """The ends before a predicate whatever the head: a verb taking another amount ('2 đối tượng | điều khiển 2 xe
    máy'), an adverb before a verb ('20 hộ | chủ yếu làm'), a verb of what was done ('5.000 đề tài | áp dụng')."""
    end = _verb_of_amount(doc, sent, start, end, v)
    end = _adverb_before_verb(doc, sent, start, done_adverb(doc.text, start, end, v), v)
    return applied_end(doc.text, start, end, v)  # 'hơn 5.000 đề tài, sáng kiến | áp dụng trong công tác'


def _inside(toks: Sequence[Token], start: int, end: int) -> list[int]:
    """The tokens starting in the unit; of two or more, with the amount's token when it holds the head ('6,3 độ |
    tấn công': the tokens glued the head to its number), so that the head's tag is read."""
    inside = [i for i, t in enumerate(toks) if start <= t.start < end]
    if len(inside) > 1 and inside[0] > 0 and toks[inside[0] - 1].end > start:
        inside.insert(0, inside[0] - 1)
    return inside


def _adverb_before_verb(doc: Document, sent: Sentence, start: int, end: int, v: Vocab) -> int:
    """The unit's end before an adverb of two syllables that a verb follows, even past the unit's end, whatever the
    head, a nominal one too ('20 hộ | chủ yếu làm nông nghiệp', '50 cơ sở | chủ yếu sản xuất'): the adverb and its
    verb are the predicate; not before a preposition ('5 nhiệm vụ chủ yếu trong năm'). Else ``end``."""
    adverb = v.adverb_inside.search(doc.text, start, min(len(doc.text), end + ADVERB_REACH))  # not to the text's end
    if adverb is None or adverb.end() > end:
        return end
    toks = doc.tokens(sent)
    after = next((i for i, t in enumerate(toks) if t.start >= adverb.end()), None)
    if after is None:
        return end
    lo = max(0, after - CONTEXT)
    word_tags = tags(tuple(t.text for t in toks[lo : after + CONTEXT]))
    return adverb.start() if len(word_tags) > after - lo and word_tags[after - lo] == "V" else end


def _verb_of_amount(doc: Document, sent: Sentence, start: int, end: int, v: Vocab) -> int:
    """A verb closing the unit right before another amount takes that amount as its object, so it is a predicate,
    with the adverbs before it ('2 đối tượng | điều khiển 2 xe máy', 'khoảng 20 đối tượng | điều động 8 xe máy
    cày'), even after a nominal head: the unit ends before it. One that makes a word with the syllable before it
    names the noun, and so does one syllable after a nominal head ('3 phòng thi | 3 môn'): ``end``."""
    if not DIGIT_AFTER.match(doc.text, end):
        return end
    toks = doc.tokens(sent)
    inside = [i for i, t in enumerate(toks) if start <= t.start < end]
    if len(inside) < 2 or toks[inside[-1]].end != end:
        return end
    lo, hi = max(0, inside[0] - CONTEXT), min(len(toks), inside[-1] + 1 + CONTEXT)
    word_tags = tags(tuple(t.text for t in toks[lo:hi]))
    last, verb = inside[-1] - lo, toks[inside[-1]]
    if len(word_tags) != hi - lo or word_tags[last] != "V" or last + 1 >= len(word_tags) or word_tags[last + 1] != "M":
        return end
    if in_dictionary([toks[inside[-2]].text.split()[-1], verb.text.split()[0]]):
        return end
    if " " not in verb.text and v.nominal.fullmatch(doc.text, start, toks[inside[-2]].end):
        return end
    if (occasion := v.occasion.match(doc.text, start, end)) and _complement_only(doc.text[occasion.end() : end]):
        return end  # 'buổi tuyên truyền | 2 chuyên đề', 'lớp tập huấn | 2 ngày': the verb names the occasion
    k = len(inside) - 1
    while k > 1 and word_tags[inside[k - 1] - lo] == "R":
        k -= 1
    cut = toks[inside[k - 1]].end
    return end if any(w.start() < cut < w.end() for w in v.word.finditer(doc.text, start, end)) else cut


def _complement_only(tail: str) -> bool:
    """The syllables after a nominal head can only be its complement: fewer than NOMINAL_TAIL, and two of them one
    dictionary word ('vụ | vi phạm', 'buổi | tuyên truyền'); two words are a noun and its predicate ('gói nilon |
    chứa', 'trận hòa | ghi'), which the word classes part.

    >>> [_complement_only(t) for t in (" cháy", " tuyên truyền", " nilon chứa", " hòa ghi", " a b c")]
    [True, True, False, False, False]
    """
    syllables = tail.split()
    return len(syllables) < 2 or (len(syllables) < NOMINAL_TAIL and in_dictionary(syllables))


def _joins_next(toks: Sequence[Token], nominal: regex.Match[str], end: int) -> bool:
    """A nominal head whose next syllable, a token of its own, makes one dictionary word with it (the tokens split
    'đội | bóng', the dictionary has 'đội bóng'): the head is that word, no nominal one, when a verb or a name follows
    it (the tagger reads the word and the next token alone: '2 đội bóng | bắt tay', '3 đội bóng | U20 Honduras');
    a noun or an adjective after it is its own ('20 phòng học bộ môn', '6 phòng học lớn': the guard stays). A next
    token of more syllables takes that syllable into its own word ('phòng | vệ sinh', not 'phòng vệ')."""
    nxt = [t for t in toks if nominal.start() < t.start < end][:2]
    if not nxt or " " in nxt[0].text or not _opens_word(nominal.string, nominal, end):
        return False
    pair = tags((f"{nominal.group()} {nxt[0].text}", nxt[1].text)) if len(nxt) > 1 else ()
    return len(pair) == 2 and pair[1] in JOINED_ENDS


def _opens_word(text: str, nominal: regex.Match[str], end: int) -> bool:
    """A ``nominal`` head that with the syllable after it makes a dictionary word ('máy bay', 'xe máy', 'bài hát'):
    the word tokens say which head the unit has."""
    nxt = _SYLLABLES.match(text, nominal.end() + 1, end)
    return nxt is not None and in_dictionary([nominal.group(), nxt.group()])


def _subject_cut(
    toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], end: int, *, people: bool, agent: bool = False
) -> int:
    """The subject of a clause ends before its predicate: the first verb after its head with no noun after it
    in the unit, with the adverbs before it ('khiến 2 người | trọng thương', '2 xe | hư hỏng nặng', ', 3 người |
    tự giải cứu'). A verb with its object is a relative clause ('hàng trăm hộ dân ký gửi cà phê', '18 bình
    chứa rượu'); one verb alone closing the unit names what is counted ('1 tàu chữa cháy', '1.000 cán bộ coi
    thi'), save after people ('khiến 3 người | thương vong'); a verb that makes one dictionary word with the
    noun before it is part of it ('đồ uống', 'câu hỏi'). A head the tagger reads as a verb heads no noun phrase.
    The ``agent`` of a passive ends before its verb, with its object or alone ('bị 2 người phụ nữ | bắt cóc')."""
    if word_tags[inside[0]] == "V":
        return end
    for k, i in enumerate(inside[1:], 1):
        if word_tags[i] != "V":
            continue
        relative = any(word_tags[j] in OBJECT_TAGS for j in inside[k + 1 :]) or (k == len(inside) - 1 and not people)
        if relative and not agent:
            return end
        if in_dictionary([toks[inside[k - 1]].text.split()[-1], toks[i].text]):
            return end
        while k > 1 and word_tags[inside[k - 1]] in ("R", "P"):
            k -= 1
        return toks[inside[k - 1]].end
    return end


def _person_cut(toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], end: int) -> int:
    """After a person head ('người', 'bệnh nhân') a verb with words after it is the predicate, with the adverbs
    before it ('3 người | tốt nghiệp đại học', '3 người | tự giải cứu tại ...'); a verb closing the unit names
    the people ('1 tỷ người dùng', '18 người tai biến')."""
    for k, i in enumerate(inside[1:-1], 1):
        if word_tags[i] == "V":
            while k > 1 and word_tags[inside[k - 1]] in ("R", "P"):
                k -= 1
            return toks[inside[k - 1]].end
    return end


def _capped_cut(
    text: str, toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], start: int, end: int
) -> int:
    """A unit read up to the syllable cap, no list, with words of its sentence running on after it, is a clause: it
    ends before the first verb after a noun in it that has words of its own phrase after it in the unit, with the
    adverbs before it ('gần 400.000 lượt khách | sử dụng dịch vụ loại hình', '2.496 thí sinh | dùng kết quả xét tốt
    nghiệp'). A nominal head with verbs of its own ('đoàn kiểm tra công tác chuẩn bị thi') keeps them with their object
    (they are not in ``inside``); a verb closing the unit names the noun ('cửa hàng vật tư nông nghiệp kinh doanh');
    a phrase ending at the cap is whole ('6 chiếc máy bay vận tải quân sự Y-8.')."""
    if len(_SYLLABLES.findall(text, start, end)) < MAX_UNIT_SYLLABLES or _LIST_SEP.search(text, start, end):
        return end
    if not _RUNS_ON.match(text, end) or inside[1] != inside[0] + 1:
        return end
    for k, i in enumerate(inside[1:-1], 1):
        if word_tags[i] == "V" and word_tags[inside[k - 1]] in NOUN_BEFORE_VERB:
            while k > 1 and word_tags[inside[k - 1]] == "R":
                k -= 1
            return toks[inside[k - 1]].end
    return end


def _nominal_cut(toks: Sequence[Token], word_tags: Sequence[str], cut: int, end: int, head_end: int | None) -> int:
    """A cut after a nominal head stands before a one-syllable verb ('xe cứu thương | chạy'), and before the
    pronoun opening its clause ('3 lần | tôi định mua'); a longer verb there names the noun's activity
    ('cơ sở sử dụng nguồn phóng xạ', 'tổ kiểm tra việc bốc xếp'), and an adverb or adjective a quality
    ('10 xe ế nhất tháng' keeps its superlative): no cut. In a list's last item (its head's end ``head_end``), after
    nouns only completing the head a longer verb is the predicate too ('quốc gia và vùng | lãnh thổ | đầu tư vào');
    not in a lone noun phrase, whose verb may name it ('lượt khách du lịch', 'loại mặt hàng nhập khẩu')."""
    at = next((i for i, t in enumerate(toks) if t.start >= cut), None)
    if at is None or word_tags[at] != "V":
        return end
    if " " in toks[at].text and (head_end is None or not _nouns_after_head(toks, word_tags, at, head_end)):
        return end
    if at >= 2 and word_tags[at - 1] == "P":
        return toks[at - 2].end
    return cut


def _nouns_after_head(toks: Sequence[Token], word_tags: Sequence[str], at: int, head_end: int) -> bool:
    """The tokens between a nominal head ending at ``head_end`` and token ``at`` are nouns, one at least."""
    between = [i for i in range(at) if toks[i].start >= head_end]
    return bool(between) and all(word_tags[i] in ("N", "Np") for i in between)


def _past_complement(inside: list[int], word_tags: Sequence[str]) -> list[int]:
    """A nominal head's tokens less the verbs right after it, its own complement ('đối tượng | sử dụng | ...'),
    with an adverb or adjective that modifies one ('văn bản | tạm đình chỉ | ...').

    >>> _past_complement([0, 1, 2, 3], ["N", "V", "N", "V"]), _past_complement([0, 1, 2], ["N", "A", "V"])
    ([0, 2, 3], [0])
    """
    k = 1
    while k < len(inside) and (
        word_tags[inside[k]] == "V"
        or (word_tags[inside[k]] in ("A", "R") and k + 1 < len(inside) and word_tags[inside[k + 1]] == "V")
    ):
        k += 1
    return [inside[0], *inside[k:]]


def _cut(toks: Sequence[Token], word_tags: Sequence[str], inside: list[int], *, whole: bool = True) -> int:
    """The offset the unit's tokens ``inside`` end at, by their tags and the tag after them.

    ``whole`` says the last token ends within the unit (a token running past it is a tokenizer's guess).
    """
    for i in inside[1:]:
        if word_tags[i] == "R":  # '5 thành viên | chỉ chia nhau'; a verb and object before: '5 bộ phim | vượt mốc'
            objected = (j for j in inside[2:] if j + 1 < i and _verb_and_object(toks, word_tags, j, word_tags[j + 1]))
            return toks[next(objected, i) - 1].end
    after = inside[-1] + 1
    next_tag = word_tags[after] if after < len(toks) else ""
    for i in inside[1:]:  # an adjective with its measure is the predicate: '4 cầu | dài 127,6m'
        if word_tags[i] == "A" and (word_tags[i + 1] if i < inside[-1] else next_tag) == "M":
            return toks[i - 1].end
        if word_tags[i] == "A" and i < inside[-1] and word_tags[i + 1] == "N" and " " in toks[i].text:
            return toks[i - 1].end  # an adjective with a noun after it is a predicate: '3 thuyền | đầy ắp cá'
    verb = next((i for i in inside[1:] if word_tags[i] == "V"), None)
    if verb is not None and next_tag in COMPLEMENT_TAGS:
        return toks[verb - 1].end  # '2 trực thăng quân sự | bay trên bầu trời'
    last = toks[inside[-1]]
    colon = after < len(toks) and toks[after].text == ":"  # not a word with the syllable before it: 'nhóm dự thi:'
    if colon and in_dictionary([toks[inside[-2]].text.split()[-1], last.text]):
        colon = False
    if whole and word_tags[inside[-1]] == "V" and " " not in last.text and colon:
        return toks[inside[-2]].end  # a verb before a colon says what follows: '3 hãng hàng không | viết: ...'
    if whole and word_tags[inside[-1]] == "V" and " " not in last.text and next_tag in OBJECT_TAGS:
        return toks[inside[-2]].end  # '40 thanh niên | mặc áo', '110 người | trúng giải Nhất'
    for i in inside[2:]:  # a one-syllable verb after a two-word head, with its object: '2 con bò | kéo gỗ'
        if _verb_and_object(toks, word_tags, i, word_tags[i + 1] if i < inside[-1] else next_tag):
            return toks[i - 1].end
    return toks[inside[-1]].end


def _verb_and_object(toks: Sequence[Token], word_tags: Sequence[str], i: int, next_tag: str) -> bool:
    """Token ``i`` is a one-syllable verb with its object after it ('kéo | gỗ', 'vượt | mốc')."""
    return word_tags[i] == "V" and " " not in toks[i].text and next_tag in OBJECT_TAGS
