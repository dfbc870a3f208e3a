"""Where a unit read by :mod:`._achv_unit` really ends, or whether it is one at all.

A verb of two syllables whose first one the noun phrase took ('3.950 ca ghi | nhận', '30 ca phát | hiện tại'):
the word tokens give the syllables back. A brand marker before a name ('2.300 bao | hiệu Jet') goes with the
name (a word cut off where the text stops: :mod:`._achv_cutoff`). No bare one-letter symbol after a vague amount
closing its line is a unit ('Hàng trăm m'). A place noun before one name, right after another place
named so ('xã Dào San và 5 xã Vàng Ma Chải'), names that place and counts none. A syllable that closes a word with
the one before it is never given back ('cơ sở | tại', 'khẩu hiệu Mừng'): readers keep the word. A verb wanting its
object ('chống') never closes a unit; a class word keeps the numeral after it ('xã khu vực I').
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from ..document import Document
from ..folded import case_key
from ..numbers import number_words
from ..segment import Sentence
from ._achv_levels import listed_levels
from ._achv_tags import dictionary, in_dictionary, span_in_dictionary
from ._achv_vocab import Vocab
from ._achv_words import PLAIN_SYLLABLE, SPACES

if TYPE_CHECKING:
    from ._achv_unit import Unit

#: Tells whether the syllable starting at an offset ends a word begun by the syllable before it.
InsideWord = Callable[[int], bool]

_NAME_START = regex.compile(r"[ \u00a0]+\p{Lu}")
# A name or a brand's code of digits after a brand marker ('bao thuốc lá | hiệu 555').
_BRAND_NAME = regex.compile(r"[ \u00a0]+(?:\p{Lu}|\d)")
# Nothing more on the line: the unit closes a heading or a caption ('Hàng trăm m').
_LINE_END = regex.compile(r"[ \u00a0\t]*(?:\n|$)")
# A place name: capitalised syllables, two or more ('Vàng Ma Chải'), then what follows them.
_NAME = regex.compile(r"(?:[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]*){2,}(?![\p{L}\p{M}\d])")
# A place named right before the count, joined to it: 'xã Dào San | và 5 xã'.
_JOINED_COUNT = regex.compile(r"[ \u00a0]*(?:,|và|cùng|;)[ \u00a0]*[^\s]+[ \u00a0]+", regex.I)
# A second name listed after the first: the count is of the places named ('3 xã Tả Van, Lao Chải, San Sả Hồ').
_MORE_NAMES = regex.compile(
    r"[ \u00a0]*(?:,|và|cùng|;|-|–)[ \u00a0]*(?:(?:xã|thôn|bản|phường)[ \u00a0]+)?\p{Lu}", regex.I
)
# A roman numeral, a whole word: 'I' to 'X' ('khu vực III', 'hạng I', 'đô thị loại V').
_ROMAN_NUMERAL = r"(?:X|IX|IV|V?I{1,3}|V)"
_ROMAN = regex.compile(rf"[ \u00a0]+{_ROMAN_NUMERAL}(?![\p{{L}}\p{{M}}\d])")
# A number of one or two digits closing the phrase ('khu vực 1,', 'cấp 3.'), or before a word ('cấp 3 | trên').
_SMALL_CLOSING = regex.compile(r"[ \u00a0]+\d{1,2}(?=[ \u00a0]*(?:[,.;:)](?!\d)|\n|$))")
_SMALL_THEN_WORD = regex.compile(r"[ \u00a0]+\d{1,2}(?=[ \u00a0]+[\p{L}\p{M}])")
# The clause after a list item up to its first punctuation.
_CLAUSE = regex.compile(r"[ \u00a0]*\K[^,.;:!?\n]*")
_SPEECH_REACH = 30  # characters after a list item where a verb of saying still makes it its speaker
# A class's numeral closing a unit: 'bậc 3', 'khu vực II'.
_NUMERAL_END = regex.compile(rf"(?<=[ \u00a0])(?:\d{{1,2}}|{_ROMAN_NUMERAL})$")
# A list going on right after a unit ('màu | và đen trắng'), the list up to the clause's end, a number or an aside,
# and what parts its items.
_LIST_OPEN = regex.compile(r"[ \u00a0]*(?:,|[ \u00a0]và[ \u00a0])")
_LIST_CUT = regex.compile(r"[.;:!?()\n\d]")
_SEMI_OPEN = regex.compile(r"[ \u00a0]*;")
_SEMI_CUT = regex.compile(r"[.:!?()\n\d]")
_LIST_SEP = regex.compile(r"[ \u00a0]*,[ \u00a0]*|[ \u00a0]+và[ \u00a0]+")
# The last item, joined by 'và': a comma after it ends the list ('toán và văn | , kết quả tốt').
_LIST_LAST = regex.compile(r"[ \u00a0]+và[ \u00a0]+[^,]*")


def drop_word_begun(text: str, words: list[tuple[int, int]], stop_at: int, inside_word: InsideWord) -> None:
    """Give back the syllables of a word the stop at ``stop_at`` closes ('ca ghi | nhận' -> 'ca'): a verb of
    two syllables is the predicate, its first syllable no part of the unit, when the dictionary has the word.
    The head always stays."""
    stop = PLAIN_SYLLABLE.match(text, stop_at)
    if stop is None or not any(span_in_dictionary(text, w[0], stop.end()) for w in words[1:]):
        return  # no word the stop could close: the word tokens (a CRF pass over the sentence) need not be asked
    at, k = stop_at, 0
    while k < len(words) - 1 and inside_word(at) and PLAIN_SYLLABLE.fullmatch(text, *words[-1 - k]):
        k, at = k + 1, words[-1 - k][0]
        if span_in_dictionary(text, words[-1 - k][0], words[-k][1]):
            return  # the syllable closes a word begun before it: 'cơ sở | tại', 'chi hội | đồng thời'
        if stop and span_in_dictionary(text, at, stop.end()):
            del words[-k:]  # a word underthesea knows ('ghi nhận'), not the tokens' slip ('con tôm | nghi bị')
            return


def brand_end(text: str, words: list[tuple[int, int]], limit: int, v: Vocab) -> bool:
    """Drop a brand marker closing the unit before a name ('bao hiệu | Jet' -> 'bao'), whatever the tokens say:
    the marker opens the name. The head always stays. True when one was dropped."""
    if not words or not _BRAND_NAME.match(text, words[-1][1], limit):
        return False
    for k in range(1, len(words)):
        if not v.brand.fullmatch(text, words[k][0], words[-1][1]):
            continue
        if k == len(words) - 1 and span_in_dictionary(text, words[k - 1][0], words[k][1]):
            return False  # 'khẩu hiệu': a one-syllable marker closing a word begun before it is no marker; a marker
            # of two is one ('thuốc lá | nhãn hiệu 555', though 'lá nhãn' is a word)
        del words[k:]
        return True
    return False


def bare_symbol_at_line_end(text: str, start: int, end: int) -> bool:
    """A one-letter symbol closing its line after a vague amount ('Hàng trăm m'): nothing is measured."""
    return end - start == 1 and text[start].isalpha() and bool(_LINE_END.match(text, end))


def names_one_place(text: str, start: int, end: int, sent: Sentence, v: Vocab) -> bool:
    """A place noun as the whole unit before one name of two or more capitalised syllables, in a list of places
    named so ('ở xã Dào San và 5 xã Vàng Ma Chải'): the noun and name are one place. Not before a list of names
    ('3 xã Tả Van, Lao Chải'), a province ('13 xã Hà Tĩnh') or alone ('5 xã Vùng Biên': a kind of commune)."""
    if not v.place.fullmatch(text, start, end) or not (name := _NAME.match(text, end, sent.end)):
        return False
    if v.provinces.fullmatch(" ".join(name.group().split())) or _MORE_NAMES.match(text, name.end(), sent.end):
        return False
    places = (_NAME.match(text, m.end(), start) for m in v.place.finditer(text, sent.start, start))
    return any(_JOINED_COUNT.fullmatch(text, p.end(), start) for p in places if p)


def past_brand(doc: Document, sent: Sentence, end: int, v: Vocab) -> int:
    """Where a unit cut before a brand marker ended before the cut, at the end of the word token it ends inside
    ('thùng mì tôm | hiệu Hảo Hảo': 'tôm hiệu'), so a predicate is looked for in the text as written; else ``end``."""
    if not brand_next(doc.text, end, sent.end, v):
        return end
    return next((t.end for t in doc.tokens(sent) if t.start < end < t.end), end)


def brand_next(text: str, pos: int, limit: int, v: Vocab) -> bool:
    """A brand marker and a name right after ``pos`` ('chiếc xe | hiệu Toyota'): no syllable of it joins the unit."""
    m = SPACES.match(text, pos, limit)
    marker = v.brand.match(text, m.end(), limit) if m else None
    return marker is not None and bool(_NAME_START.match(text, marker.end(), limit))


def lone_before_stop(text: str, head: str, start: int, end: int, limit: int, v: Vocab) -> bool:
    """A list item of one syllable repeating the noun an item of the list opened with, a stop word after it ('hộ
    nghèo, cận nghèo, hộ | có hoàn cảnh', 'lượt hộ nghèo, hộ cận nghèo, hộ | có hoàn cảnh'): the noun opens a new
    phrase, whose words the stop cut off; not a last item before the predicate ('15 thôn, bản | đạt chuẩn')."""
    gap = SPACES.match(text, end, limit)
    if gap is None or not v.stop.match(text, gap.end(), limit) or " " in text[start:end].strip():
        return False
    firsts = {item.split()[0].lower() for item in _LIST_SEP.split(head) if item.split()}  # 'lượt hộ nghèo, hộ ...'
    return text[start:end].strip().lower() in firsts


def stray_item(text: str, head: str, start: int, item_end: int, limit: int, v: Vocab, *, levelled: bool) -> bool:
    """The list noun at [start, item_end) after a comma opens something else, no item of the unit's list; after a
    school level only a person continues it ('giáo viên mầm non, | huyện cũng bố trí' is the next clause)."""
    if levelled and not v.level_people.fullmatch(text, start, item_end):
        return True
    lone = lone_before_stop(text, head, start, item_end, limit, v)
    return lone or other_person(text, head, start, item_end, limit, v) or _counted_again(text, head, start, item_end, v)


# The words of a clause after a list item up to a number ('khách nội địa | ước đạt 518.500').
_TO_AMOUNT = regex.compile(r"(?P<words>(?:[ \u00a0]+[\p{L}\p{M}]+){1,6})[ \u00a0]+\d")
#: Words between a list item and the verb before the amount that still make the item the verb's subject.
_SUBJECT_WORDS = 3


def _counted_again(text: str, head: str, start: int, item_end: int, v: Vocab) -> bool:
    """A list item repeating a noun of the unit before it, then a verb of its own and an amount: the subject of the
    next count, no item ('12.500 lượt khách và | khách nội địa ước đạt 518.500 lượt khách')."""
    if text[start:item_end].casefold() not in head.casefold().split():
        return False
    m = _TO_AMOUNT.match(text, item_end)
    words = m.group("words").split() if m else []
    return any(
        v.stop.fullmatch(" ".join(words[-n:])) and len(words) - n <= _SUBJECT_WORDS for n in range(1, len(words) + 1)
    )


def other_person(text: str, head: str, start: int, item_end: int, limit: int, v: Vocab) -> bool:
    """A list item opening with a word people are addressed by ('thầy', 'cô'), after a head that does not open so,
    then a name or a verb of saying: a person of the next clause ('35 học sinh, | cô giáo chủ nhiệm cho biết', '|
    thầy Nguyễn Văn A'), or opening a longer word ('cô nàng'); never a pair of such words ('chị em', 'thầy cô') nor
    with neither ('cô giáo tham gia')."""
    first = v.pronoun.match(text, start)
    if first is None or v.pronoun.match(head):
        return False
    gap = SPACES.match(text, first.end(), limit)
    if gap is not None and v.pronoun.match(text, gap.end(), limit):
        return False  # 'chị em phụ nữ', 'thầy cô giáo', 'anh chị em'
    nxt = PLAIN_SYLLABLE.match(text, gap.end(), limit) if gap and item_end == first.end() else None
    if nxt and span_in_dictionary(text, first.start(), nxt.end()):
        return True  # '12.000 ứng viên, | cô nàng sinh năm 1996': a word opening the next clause ('cô nàng', 'anh ấy')
    rest = _CLAUSE.match(text, item_end, limit)
    after = rest.group() if rest else ""
    return after[:1].isupper() or bool(v.speech.search(after, 0, _SPEECH_REACH))


def object_verb_end(text: str, words: list[tuple[int, int]], v: Vocab, inside_word: InsideWord) -> None:
    """Drop a verb wanting its object that closes the unit ('cuộc kháng chiến | chống Pháp'): the name or stop
    after it cut it off from its object, so it is the predicate's; not one closing a word ('đội phòng chống').
    The head stays."""
    if len(words) > 1 and v.governs.fullmatch(text, *words[-1]) and not inside_word(words[-1][0]):
        words.pop()


def tail_end(text: str, words: list[tuple[int, int]], end: int, v: Vocab, inside_word: InsideWord) -> None:
    """Give back the unit's tail that is none of it: a verb wanting its object, an order noun with its ordinal."""
    object_verb_end(text, words, v, inside_word)
    order_end(text, words, end, v)


_NEXT_SYLLABLE = regex.compile(r"[ \u00a0]+[\p{L}\p{M}]+")


def order_end(text: str, words: list[tuple[int, int]], end: int, v: Vocab) -> None:
    """Drop an order noun after the head with its ordinal after it ('300 căn hộ | đợt tiếp theo', '50 căn nhà |
    giai đoạn đầu', '3 công trình | giai đoạn 1'): it says which batch the things are of, and is none of them. The
    head stays ('2 đợt tiếp theo'), and so does a syllable closing a word begun before it ('học sinh học kỳ 1').

    >>> from ._achv_vocab import vocab
    >>> def unit(t: str) -> str:
    ...     words = [(m.start(), m.end()) for m in regex.finditer(r"\\S+", t)][1:-1]
    ...     order_end(t, words, len(t), vocab())
    ...     return t[words[0][0] : words[-1][1]]
    >>> unit("300 căn hộ đợt tiếp theo tại"), unit("3 cử tri lần tiếp xúc này")
    ('căn hộ', 'cử tri lần tiếp xúc')
    """
    for k in range(1, len(words)):
        m = v.order_next.match(text, words[k][0], end)
        if m is None or span_in_dictionary(text, words[k - 1][0], words[k][1]):
            continue
        nxt = _NEXT_SYLLABLE.match(text, m.end(), end)  # the ordinal opening a longer word is none: 'lần | tiếp xúc'
        ordinal = m.end() - len(m.group().split()[-1])
        if nxt is None or _numbered(m, nxt) or not span_in_dictionary(text, ordinal, nxt.end()):
            del words[k:]
        return


def _numbered(order: regex.Match[str], nxt: regex.Match[str]) -> bool:
    """The order noun's ordinal is 'thứ' with a number word after it ('đợt thứ hai', 'lần thứ ba'): an ordinal, though
    the dictionary reads 'thứ hai' as Monday."""
    return order.group().split()[-1].casefold() == "thứ" and case_key(nxt.group().strip()) in number_words()


def class_numeral(text: str, words: list[tuple[int, int]], pos: int, end: int, v: Vocab) -> int | None:
    """The numeral after a class word closing the unit so far, which says the class ('xã khu vực I', 'bệnh viện
    hạng II', 'trường cấp 3 | trên'), taken into ``words``; its end, else None. A number with a noun of its own after
    it counts ('2 nhóm | 3 người')."""
    if not words or not any(v.class_word.fullmatch(text, s, words[-1][1]) for s, _ in words[-2:]):
        return None
    m = _ROMAN.match(text, pos, end) or _SMALL_CLOSING.match(text, pos, end)
    if m is None and (small := _SMALL_THEN_WORD.match(text, pos, end)):
        gap = SPACES.match(text, small.end(), end)
        m = small if gap and v.stop.match(text, gap.end(), end) else None  # 'cấp 3 | trên', not 'nhóm | 3 người'
    if m is None:
        return None
    close = listed_levels(text, m, end, v)  # 'mức độ 3, 4': the levels listed
    words.append((m.end() - len(m.group().lstrip(" \u00a0")), close))
    return close


def class_bound(text: str, unit: Unit, bound_end: int, v: Vocab) -> Unit:
    """A bound after a class's numeral ('lao động bậc 3 | trở lên') is the class's: the unit takes it; else ``unit``."""
    if not ends_in_class_numeral(text, unit.start, unit.end, v):
        return unit
    return dataclasses.replace(unit, end=bound_end, text=text[unit.start : bound_end])


def ends_in_class_numeral(text: str, start: int, end: int, v: Vocab) -> bool:
    """The unit text[start:end] closes with a class word's numeral ('lao động bậc 3'): a bound after it ('trở lên')
    is the class's ('bậc 3 trở lên'), no threshold on the count."""
    numeral = _NUMERAL_END.search(text, start, end)
    if numeral is None:
        return False
    before = text[start : numeral.start()].rstrip(" \u00a0")
    return any(m.end() == len(before) for m in v.class_word.finditer(before))


#: Lower-case syllables hyphen-glued to a unit word: a loanword written in pieces ('3 mô-tơ', '5 tàu xi-măng').
_HYPHEN_PIECES = regex.compile(r"(?:-\p{Ll}[\p{Ll}\p{M}]*)+(?![\p{L}\p{M}\d-])")
#: A lower-case word going on after the pieces: after a later word the hyphen then joins two nouns.
_PHRASE_GOES_ON = regex.compile(r"[ \u00a0]+\p{Ll}")
_COLON = regex.compile(r"[ \u00a0]*:")
_WORD_REACH = 12  # characters before a hyphen read for the word it glues to ('cà' of 'cà-phê')


def glued_pieces(text: str, pos: int, end: int, *, first: bool) -> int | None:
    """Where hyphen-glued syllables after a unit word ending at ``pos`` end: the first word's ('3 mô-tơ'), or a later
    word's where the phrase ends with them ('5 tàu xi-măng,'); '10 tổng công ty-công ty cổ phần' joins two nouns.

    >>> t = "10 tổng công ty-công ty cổ phần"
    >>> glued_pieces("5 tàu xi-măng, một", 8, 18, first=False), glued_pieces(t, 15, len(t), first=False)
    (13, None)
    """
    glued = _HYPHEN_PIECES.match(text, pos, end)
    if glued is None or (not first and _PHRASE_GOES_ON.match(text, glued.end(), end) and not _hyphened(text, glued)):
        return None
    return glued.end()


def _hyphened(text: str, glued: regex.Match[str]) -> bool:
    """The word before the hyphen-glued pieces and them make one dictionary word ('cà-phê' is 'cà phê'): one word
    spelt with hyphens, whatever follows ('150 doanh nghiệp ngành cà-phê trong và ngoài nước')."""
    word = text[max(0, glued.start() - _WORD_REACH) : glued.end()].split()[-1]
    return in_dictionary(word.split("-"))


def credit_label(text: str, start: int, end: int) -> bool:
    """A Vietnamese word in capitals, with its tone marks, before a colon: a label ('ẢNH: CÔNG AN CUNG CẤP', a photo
    credit), no acronym of the unit's."""
    word = text[start:end]
    return not word.isascii() and word.casefold() in dictionary() and bool(_COLON.match(text, end))


def in_name(term: str, text: str, pos: int, end: int, v: Vocab) -> bool:
    """A unit's word written with a capital units.yaml does not give it, a capitalised word after it: a name
    ('1-4 Đồng Tháp', 'đồng Yên Bái'), not 'USD' nor 'đô la Mỹ'.

    >>> from ._achv_vocab import vocab
    >>> in_name("Đồng", "1-4 Đồng Tháp", 8, 13, vocab()), in_name("đồng", "4 đồng Tháp", 6, 11, vocab())
    (True, False)
    >>> in_name("USD", "5 USD Mỹ", 5, 8, vocab()), in_name("đô la Mỹ", "5 đô la Mỹ Obama", 10, 16, vocab())
    (False, False)
    """
    entry = v.units.get(term.lower())
    spelt = (entry.term if entry else term).split()
    capital = any(w[:1].isupper() and not s[:1].isupper() for w, s in zip(term.split(), spelt, strict=False))
    return capital and bool(_NAME_START.match(text, pos, end))


def kinds_named(text: str, unit: Unit, value: float, end: int, v: Vocab) -> Unit:
    """A head of kinds whose kinds are listed right after it, as many as counted ('2 thể loại | màu và đen trắng',
    '3 môn | toán, văn và tiếng Anh'): the items name the kinds, the head alone is the unit. Not where the items
    are fewer or more than the count ('100 loại hàng hóa, nông sản': what is sorted) or one opens with a stop or a
    quantifier ('2 loại ma túy | và nhiều tang vật khác'); the item joined by 'và' is the last ('2 môn toán và văn |
    , kết quả tốt'). A list the unit read whole is listed the same ('2 nội dung | bóng đá nam và nữ'); items holding
    commas are parted by semicolons ('Cả 3 khu vực | nông nghiệp; công nghiệp, xây dựng; dịch vụ')."""
    head = v.kinds.match(text, unit.start, unit.end) if unit.kind == "noun" else None
    if head is None or head.end() == unit.end:
        return unit
    if _SEMI_OPEN.match(text, unit.end, end):  # items holding commas, parted by semicolons: 'nông nghiệp; công
        listed = text[head.end() : unit.end] + _SEMI_CUT.split(text[unit.end : end], maxsplit=1)[0]  # nghiệp, xây
        listed = listed.replace(",", " ").replace(";", ",")  # dựng; dịch vụ'
    elif _LIST_OPEN.match(text, unit.end, end):
        listed = text[head.end() : unit.end] + _LIST_CUT.split(text[unit.end : end], maxsplit=1)[0]
    elif _LIST_SEP.search(text, head.end(), unit.end):
        listed = text[head.end() : unit.end]  # the list read into the unit: '2 nội dung | bóng đá nam và nữ'
    else:
        return unit
    listed = listed[: last.end()] if (last := _LIST_LAST.search(listed)) else listed
    items = [i.strip() for i in _LIST_SEP.split(listed)]
    if len(items) != value or any(not i or v.stop.match(i) or v.kinds_not.match(i) for i in items[1:]):
        return unit
    return dataclasses.replace(unit, end=head.end(), text=text[unit.start : head.end()])
