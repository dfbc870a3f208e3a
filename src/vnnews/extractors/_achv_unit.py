"""Step 2 of reading a number: the unit right after it.

A percent sign, a measure or currency from ``units.yaml`` ('ha', 'tỷ đồng', '€'), or else the counted noun phrase:
head first, up to a stop word, the end of the clause, a capitalised name or the syllable cap, carried along a list of
nouns ('cán bộ, đoàn viên'). Where a stop word might close a word begun before it ('nước ngoài'), underthesea's word
boundaries decide (tokenized lazily). Any unit keeps the rate written after it: '/' and a word, a measure or a number
and a noun ('80 km/h', '1.200 m3/ngày đêm', 'người/km 2', '12 ca/100.000 dân'), and a currency 'một'/'mỗi' ('cho mỗi',
'trên mỗi') and a word ('806 đồng một lít', '70.000 NDT cho mỗi lần')."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Document
from ..segment import Sentence
from ._achv_cutoff import cut_off_letter, cut_off_symbol
from ._achv_items import drop_class, list_item, preposition_end, tail_ends
from ._achv_listed import closing
from ._achv_rates import (
    SYLLABLE,
    each_after,
    measured_rate,
    never_inside,
    rate_after_aside,
    rate_end,
    titled_end,
    word_end,
)
from ._achv_specs import dimension
from ._achv_tags import tags
from ._achv_unit_ends import (
    InsideWord,
    brand_end,
    class_numeral,
    drop_word_begun,
    glued_pieces,
    in_name,
)
from ._achv_unit_ends import credit_label as label
from ._achv_vocab import Vocab
from ._achv_words import ACRONYM, DIGIT_AFTER

#: A name of letters and a number after a hyphen, in capitals or mixed case: a disease's ('COVID-19', 'Covid-19');
#: it closes the unit as a name does (the tokens glue the word after it: 'Covid-19 giáp').
_CODE_NAME = regex.compile(r"\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{2,})-\d{1,2}")
#: A list's join inside a unit: a predicate closing it is the list's, no word with its last item.
_LISTED = regex.compile(r",|[ \u00a0](?:và|hoặc)[ \u00a0]")
#: Longest counted noun phrase kept, in syllables: enough for 'lượt cán bộ, hội viên nông dân'.
MAX_UNIT_SYLLABLES = 8
#: A word in capitals this long is a name written in capitals ('10 trận THIBAUT COURTOIS'), no acronym ('HĐND').
LONG_CAPS = 6

# A registration code: letters, three digits or more (no count's thousands), letters ('BV 95209 TS', 'KH-96234-TS');
# not an acronym before a year or a standard's number ('thí sinh THPT 2024', 'doanh nghiệp ISO 9001', 'HĐND 3 cấp').
_REGISTRATION = regex.compile(r"\p{Lu}+[ \u00a0-]+\d{3,}(?![.,]\d)[ \u00a0-]+\p{Lu}{1,3}(?![\p{L}\p{M}\d])")
_LIST_COMMA = regex.compile(r"\s*,(?=[ \u00a0]+)")
_NAME_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}")
_SYMBOL_RATE = regex.compile(r"/[ \u00a0]?[A-Za-z]{1,3}$")
_DIGIT_GLUED = regex.compile(r"\d")
# An aside right after a unit giving an amount in it: '180 bảng (hơn 5 triệu đồng)'.
_ASIDE_AMOUNT = regex.compile(r"[ \u00a0]*\([^()]{0,40}\d[^()]{0,40}\)")
# A word or two in quotes right after a one-syllable head: what it counts, named as a term ('300 nghìn lượt "thích"',
# '2 màn “đấu súng”', '2 đợt “giải cứu”'); lower case only, not a name ('1 dầm “T”', '4 nàng "búp bê Barbie"').
_QUOTED = regex.compile(r"""[ \u00a0]+["“][\p{Ll}\p{M}]+(?:[ \u00a0][\p{Ll}\p{M}]+){0,3}["”]""")
# A word closing with one capital letter, alone ('chữ Y' of the ``word`` entries): a shape.
_SHAPE_LETTER = regex.compile(r"(?<![\p{L}\p{M}\d])[A-Z]$")


@dataclass(frozen=True)
class Unit:
    """The unit read after a number, in normalised offsets."""

    start: int
    end: int
    text: str
    kind: str  # percent, currency, measure, noun
    capped: bool = False  # cut at MAX_UNIT_SYLLABLES, maybe inside a word
    titled: bool = False  # opens with a capitalised title people hold ('37 Anh hùng Lao động', '125 Mẹ')


def _noun_phrase(text: str, pos: int, end: int, v: Vocab, inside_word: InsideWord = never_inside) -> Unit | None:
    """The counted noun phrase after a number: head first, up to a stop word, clause or new item. A stop word that
    may close a word ('closer' entries) and does close one with the syllable before it ('nước ngoài', 'xe tăng',
    'việc làm', 'lý do') belongs to the phrase: ``inside_word`` asks the word tokens."""
    words: list[tuple[int, int]] = []
    syllables = 0
    while syllables < MAX_UNIT_SYLLABLES:
        if at := class_numeral(text, words, pos, end, v):  # took the class's numeral: 'xã khu vực I', 'trường cấp 3'
            pos, syllables = at, syllables + 1
            continue
        m = SYLLABLE.match(text, pos, end)
        if m is None:
            comma = _LIST_COMMA.match(text[pos:end])
            item = list_item(text, words, pos + comma.end(), end, v) if comma and words else None
            if item is None:
                break
            words.append((item[0], pos := item[1]))  # list items are not held to the syllable cap: the list bounds them
            continue
        w_start = m.start("w")
        joined = v.join.match(text, w_start, end)
        item = list_item(text, words, joined.end(), end, v) if joined and words else None
        if item is not None:
            words.append((w_start, pos := item[1]))
            continue  # 'quốc gia và vùng lãnh thổ', 'đơn vị và cá nhân'; not '5 tập thể và 10 cá nhân'
        word = m.group("w")
        titled = v.titled.match(text, w_start, end) if not words else None
        whole = titled or v.word.match(text, w_start, end)
        whole = whole or (v.org.match(text, w_start, end) if not words and word[0].isupper() else None)
        if whole:  # 'giấy chứng nhận' holds the stop 'nhận'; '1 Công ty TNHH' opens with a capital
            bare = preposition_end(text, whole, end, v)  # 'hàng trăm căn nhà | ở thôn Phú Thượng': 'ở' opens the place
            head_end = titled_end(text, titled, end, v, inside_word) if titled else _whole_end(whole, words, v)
            words.append((w_start, pos := bare or head_end))
            syllables += sum(not v.join.fullmatch(w) for w in whole.group().split())  # a name's 'và' is no syllable
            if bare or (whole.re is v.word and whole.group("people")):
                break  # an ethnic group's name closes the unit as a name does: '1.200 người dân tộc Mông | sinh sống'
            continue
        stop = v.stop.match(text, w_start, end)
        if (
            stop
            and not _part_of_word(text, w_start, m.end(), end, bool(words), stop.end(), v, inside_word)
            and not _names_event(text, words, w_start, stop.end(), v)
        ):
            drop_word_begun(text, words, w_start, inside_word)  # '3.950 ca | ghi nhận': the verb's first syllable
            break
        if word[0].isupper() and not _acronym(text, m):
            break  # a name or a new sentence part ('9 huyện Bắc Hà' keeps 'huyện', '2 đại biểu HĐND' its acronym)
        glued = glued_pieces(text, m.end(), end, first=not words) if word.islower() else None  # '3 mô-tơ'
        pos = rate_end(text, glued or m.end(), end, v, inside_word)  # 'mô hình/câu lạc bộ'
        words.append((w_start, pos))
        syllables += 1
        if _CODE_NAME.fullmatch(word) or _SYMBOL_RATE.search(text, m.end(), pos):
            break  # a code name or a rate of symbols ends it: 'chống Covid-19 | giáp', '0,90 cts/lb | dừng lại'
    _close(text, words, end, v, inside_word)
    if not words or cut_off_letter(text, words, v) or (len(words) == 1 and v.size.fullmatch(text, *words[0])):
        return None  # an adjective of size alone counts nothing: '2 khuôn: 1 lớn, 1 nhỏ', 'dài 2.010 rộng 750'
    s, e = words[0][0], _shape_end(text, words, end)  # '2 màn “đấu súng”', '5 cánh chữ Y | màu vàng'
    opens_titled = v.titled.match(text, s, words[0][1]) is not None  # '125 Mẹ', '1.200 HS-SV', '450 HSSV/trường'
    return Unit(s, e, text[s:e], "noun", capped=syllables >= MAX_UNIT_SYLLABLES, titled=opens_titled)


def _close(text: str, words: list[tuple[int, int]], end: int, v: Vocab, inside_word: InsideWord) -> None:
    """Drop the words closing the unit that go with what follows it."""
    tail_ends(text, words, end, v, inside_word)  # '| chống Pháp', '| đợt tiếp theo', 'xe tải | loại 13 tấn'
    if not brand_end(text, words, end, v) and _last_word_goes_on(text, words, end, v, inside_word):  # 'bao | hiệu Jet'
        _class_before_place(text, words, v)  # the word goes; '17 tỉnh, thành phố | khu vực phía Bắc' its class too
    elif words and DIGIT_AFTER.match(text, words[-1][1], end):  # a class word before a count it did not take: its
        drop_class(text, words, v, (len(words) - 1, len(words) - 2))  # place ('thôn, bản | khu vực 11 huyện')


def _whole_end(whole: regex.Match[str], words: list[tuple[int, int]], v: Vocab) -> int:
    """The end of a whole word opening at a syllable ('1.200 HS-SV' is :func:`titled_end`'s): 'dân tộc' heading the
    unit before ethnic groups' names counts the groups, and the names, which say which, are none of it ('3 dân tộc |
    Kinh, Khmer, Hoa'); after another head the names stay ('45 hộ dân tộc Mông')."""
    if whole.re is v.word and not words and whole.group("counted"):
        return whole.end("counted")
    return whole.end()


def _acronym(text: str, m: regex.Match[str]) -> bool:
    """The word of ``m`` is an acronym the unit holds ('HĐND'): capitals, short or with digits, and no word written in
    capitals before a colon ('13 cán bộ | ẢNH: CÔNG AN CUNG CẤP') nor the letters of a code before its digits ('tàu cá
    | BV 95209 TS')."""
    word = m.group("w")
    short = len(word) < LONG_CAPS or not word.isalpha()
    if _CODE_NAME.fullmatch(word):
        return True  # 'Covid-19' is 'COVID-19': '12 chốt phòng, chống Covid-19', '120 ca Covid-19'
    if not (word.isupper() and len(word) > 1 and short) or label(text, *m.span("w")):
        return False
    return not _REGISTRATION.match(text, m.start("w"))  # '6 ngư dân tàu cá | BV 95209 TS': a registration's letters


def _shape_end(text: str, words: list[tuple[int, int]], end: int) -> int:
    """The end of the unit: after a shape named by a capital letter ('5 cánh chữ Y | màu vàng', '3 cống hình chữ U'),
    which closes the noun as a name would; else :func:`_quoted_end`'s."""
    shaped = next((e for _, e in words if _SHAPE_LETTER.search(text, max(0, e - 2), e)), None)
    return shaped if shaped is not None else _quoted_end(text, words, end)


def _quoted_end(text: str, words: list[tuple[int, int]], end: int) -> int:
    """The end of a unit of one syllable with a quoted term after it, which names what it counts ('2 màn “đấu
    súng”', '300 nghìn lượt "thích"'), with the closing quote; else the end of its last word. Not a remark opening
    with an adverb, which the tagger reads ('3 người "rất cố gắng"': very hard-working people)."""
    last = words[-1][1]
    if len(words) == 1 and " " not in text[words[0][0] : last] and (quoted := _QUOTED.match(text, last, end)):
        said = (text[words[0][0] : last], *text[quoted.start() : quoted.end()].strip(' \u00a0"“”').split())
        return last if tags(said)[1:2] == ("R",) else quoted.end()
    return last


def _class_before_place(text: str, words: list[tuple[int, int]], v: Vocab) -> None:
    """Drop the unit's last word, which goes with the name after it, and a class word it leaves closing the unit
    ('17 tỉnh, thành phố | khu vực phía Bắc'): with no numeral the class is said by the place named after it, none of
    the things counted. The head stays."""
    words.pop()
    drop_class(text, words, v, (len(words) - 1, len(words) - 2))


def _last_word_goes_on(
    text: str, words: list[tuple[int, int]], end: int, v: Vocab, inside_word: InsideWord
) -> bool:
    """The unit's last word belongs with what follows: it names the next number ('2 vé tầng 2'), or opens the
    name after it ('14 cụ cao niên phường Lộc Vượng', '4 chiếc tàu lớp Hamilton', '2 lần vô địch AFF Cup')."""
    if len(words) < 2:
        return False
    if (digit := DIGIT_AFTER.match(text, words[-1][1], end)) and v.skip_before.search(
        text, words[0][0], digit.end() - 1
    ):
        return True  # '2 vé tầng 2': 'tầng' names the next number, it is not counted
    if not _NAME_AFTER.match(text, words[-1][1], end):
        return False
    if v.list_noun.fullmatch(text, *words[-1]) and not inside_word(words[-1][0]):
        return not _people_after_list(text, words, v)  # the place word goes with the name; not 'phiên bản Yaris'
    return bool(ACRONYM.fullmatch(text, *words[-1]))  # the capitals open a name: 'HCV SEA Games'


def _people_after_list(text: str, words: list[tuple[int, int]], v: Vocab) -> bool:
    """A list noun before a name that is no place word opening it: an item of the unit's list, which the name
    qualifies whole ('38 cán bộ, chiến sĩ | Công an TP'), or the noun a lone nominal head counts ('gần 1 triệu lượt
    khách | Trung Quốc')."""
    if _LIST_COMMA.match(text, words[-2][1]):
        return True
    return len(words) == 2 and bool(v.nominal.fullmatch(text, *words[0]))


def _names_event(text: str, words: list[tuple[int, int]], start: int, stop_end: int, v: Vocab) -> bool:
    """A predicate stop naming an event here: after a nominal head ('15 cuộc giải cứu'), an occasion head alone for
    occasion_stop ('3 vụ đâm chém'), or heading the unit ('2 âm mưu ám sát'); else it ends it ('4 người | háo hức')."""
    kind = v.predicates.get(" ".join(text[start:stop_end].lower().split()))
    if kind is None or not (words or kind == "noun_stop"):
        return False
    if kind == "open_predicate" and closing(text, stop_end):  # not after a list: its predicate, a word of none
        return not _LISTED.search(text, words[0][0], start)  # '11.467 hộ nghèo và cận nghèo | thụ hưởng.'
    if kind == "occasion_stop":
        return bool(v.occasion.fullmatch(text, words[0][0], words[-1][1]))  # not '7 ô tô | đâm nhau'
    return not words or bool(v.nominal.fullmatch(text, *words[-1]))


def _part_of_word(
    text: str, start: int, end: int, limit: int, after_words: bool, stop_end: int, v: Vocab, inside_word: InsideWord
) -> bool:
    """A stop syllable at [start, end) that is part of a longer word, as the word tokens say: a 'closer'
    closing one begun before it ('nước ngoài', 'việc làm'), an 'opener' opening one ('lao động', 'chia sẻ')."""
    if stop_end != end:
        return False
    if after_words and v.closer.fullmatch(text, start, end) and inside_word(start):
        return True
    nxt = SYLLABLE.match(text, end, limit) if v.opener.fullmatch(text, start, end) else None
    return nxt is not None and inside_word(nxt.start("w"))


def to_word_end(doc: Document, sent: Sentence, unit: Unit) -> Unit:
    """A unit cut at the syllable cap ends at the end of its last word ('công' -> 'công an')."""
    for tok in doc.tokens(sent):
        if tok.start < unit.end < tok.end:
            return Unit(unit.start, tok.end, doc.text[unit.start : tok.end], unit.kind)
    return unit


def inside_word(doc: Document, sent: Sentence) -> InsideWord:
    """An :data:`InsideWord` reading the sentence's word tokens (tokenized on first use only)."""

    def inside(pos: int) -> bool:
        return any(tok.start < pos < tok.end for tok in doc.tokens(sent))

    return inside


def _glued_symbol(term: str, v: Vocab) -> bool:
    """A currency ending in a symbol in units.yaml ('$', 'US$', '€', '¥'): glued to digits, it is theirs."""
    entry = v.units.get(term.lower())
    return entry is not None and entry.kind == "currency" and not term[-1].isalnum()


def _noun_under_a_sum(term: str, text: str, pos: int, end: int, v: Vocab) -> bool:
    """A currency word also a noun ('bảng'), after an amount under a sum: the noun, unless an aside converts it."""
    entry = v.units.get(term.lower())
    return entry is not None and entry.sum and not _converted(text, pos, end, v)


def _converted(text: str, pos: int, end: int, v: Vocab) -> bool:
    """An aside after the unit converts it to a currency ('180 bảng (hơn 5 triệu đồng)'): the unit is money too."""
    aside = _ASIDE_AMOUNT.match(text, pos, end)
    return aside is not None and any(
        v.unit_kinds.get(u.group("u").lower()) == "currency" for u in v.unit_after.finditer(text, pos, aside.end())
    )


def read_unit(
    text: str, pos: int, end: int, v: Vocab, inside_word: InsideWord = never_inside, *, sum_ok: bool = True
) -> Unit | None:
    """The unit right after a number ending at ``pos``, with the rate written after it (a noun meaning money,
    'tiền', is no unit here: it is read as a counted noun, which :func:`as_money` reads again once the amount is
    known). Without ``sum_ok`` (an amount under a thousand) a currency word that is also a noun is that noun
    ('4 bảng rổ')."""
    if size := dimension(text, pos, end, v):
        return Unit(*size, "measure")  # '3.495 dài | x 1.595 rộng x 1.480 mm': a length in mm
    m = v.unit_after.match(text, pos, end)
    # '16 đồng phạm', '3 đồng chí' are no money, nor is 'đồng' in the stop 'đồng thời' ('lần 2 đồng thời')
    if m and in_name(m.group("u"), text, m.end("u"), end, v):
        return None  # '1-4 Đồng Tháp', 'Đồng Nai': a capitalised unit word opening a name
    if m and _glued_symbol(m.group("u"), v) and _DIGIT_GLUED.match(text, m.end("u"), end):
        return None  # '2 $108,940,597': the symbol is the next number's currency
    if m and not sum_ok and _noun_under_a_sum(m.group("u"), text, m.end("u"), end, v):
        m = None  # '20 bảng cấm xả rác', 'chia 4 bảng': boards and groups, no pounds
    if m and not v.word.match(text, m.start("u"), end) and not v.stop.match(text, m.start("u"), end):
        term = m.group("u")
        kind = "percent" if term == "%" else v.unit_kinds.get(term.lower(), "measure")
        rate = rate_end(text, m.end("u"), end, v, inside_word)
        money = kind == "currency"  # '806 đồng một lít', '15kg một em một tháng' ('mỗi giờ'), '500 đồng 1kg'
        while kind != "percent" and rate >= m.end("u") and (each := each_after(text, rate, end, money, v.units)):
            per = word_end(text, each.end(), end, inside_word)
            once = rate > m.end("u") or each.group().split()[0].casefold() in ("một", "1")  # 'đồng | một lần' is once
            if not per or per <= each.start() or (once and text[each.end() : per].casefold() in v.times_heads):
                break  # 'đồng mỗi tháng | một lần': how often, none of the rate ('NDT cho mỗi lần' is one)
            if "/" in text[m.end("u") : rate] and not v.rate_period.match(text, each.end()):
                break  # achG30: after a rate per unit only a period goes on ('đồng/kg | mỗi địa phương', not 'mỗi vụ')
            rate = per
        name = "%" if kind == "percent" else v.unit_names.get(term.lower(), term)
        if kind != "percent" and rate == m.end("u") and (aside := rate_after_aside(text, rate, end, v, inside_word)):
            return Unit(m.start("u"), m.end("u"), name + aside, kind)  # '3.082 NDT (tương đương 449 USD)/tấn'
        if kind == "measure" and rate == m.end("u"):
            rate = measured_rate(text, rate, end, v, inside_word)  # '1 triệu tấn gạo/năm'
        if kind == "percent" or rate > m.end("u"):
            return Unit(m.start("u"), rate, name + text[m.end("u") : rate], kind)
        if (entry := v.units.get(term.lower())) and entry.noun:  # a measure also a noun: '5 mẫu phân bón' (samples)
            rest = _noun_phrase(text, m.end("u"), end, v, inside_word)
            if rest is not None:
                return Unit(m.start("u"), rest.end, text[m.start("u") : rest.end], kind, rest.capped)
        if cut_off_symbol(text, m.start("u"), m.end("u"), v):
            return None  # '4 mẫu thức ăn có 1 m' ending an excerpt: 'mẫu' cut off
        return Unit(m.start("u"), m.end("u"), name, kind)
    if pos < end and text[pos].isalnum():
        return None  # glued letters that are no unit: '8h', 'F0', '3D'
    if v.duration_after.match(text, pos, end):
        return None
    return _noun_phrase(text, pos, end, v, inside_word)
