"""Numbers that name a class, sit in a name or count nothing new, read before a number is taken as an amount.

A grade ('gạo 5%', 'cotton 100%'), a size or class ('vàng thỏi 1 kg', 'xe tải loại 1,5 tấn', the weight
class '-50kg'), a kind of thing ('công ty TNHH 2 thành viên', 'bóng đá 11 người'), a plate ('BKS 47M: 5054'),
a denominator ('4MPN/100ml'), a total after the same noun ('75 xã/108 xã phường'), the set one is picked from
('được chọn 1 trong 2 đề'), the base of a ratio ('cứ nhận được 10 email'), a table's cell, a group known by its
name ('14 vị vua Trần'), a figure of speech ('quay ngoắt 180 độ', 'trái tim hàng triệu người'), a longer
quotation a noun names ('Gói thầu "Mua sắm ... cho 72 trường mầm non"'), a rank ('từ thứ 52/141 xuống 59/128',
'xếp 9/68 quốc gia'), a score's set ('4/6; 6/4; 1/6'), one in a thousand or more ('1/1000 thu nhập'), an engine
type ('động cơ 4 van', and the spec sheets' types, codes and tests of :mod:`._achv_specs`) and a spot named by its
distance ('chấm 11 mét') count nothing. Words come from
``achievement_context.yaml`` (kinds read only here)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from ..folded import lowered, needed_words
from ..lexicon import Termset, load
from ..numbers import NumberMatch, parse_digits
from ._achv_cells import after_slash, table_row
from ._achv_events import names_event
from ._achv_labels import closes_org_name, listed_id
from ._achv_specs import names_spec
from ._achv_vocab import Vocab, last_words

#: Characters before a longer quotation searched for the noun naming it ('Gói thầu ').
NAME_REACH = 40
_RATE_AFTER = regex.compile(r"[ \u00a0]?/[ \u00a0]?[\p{L}\p{M}]")
_PLATE_DIGITS = regex.compile(r"\d{4,5}")
_SIGNS = ("-", "−", "–")
#: The angles a verb of turning makes a figure of speech ('quay ngoắt 180 độ'), and the word after them.
TURNS = frozenset({180, 360})
_DEGREES = regex.compile(r"[ \u00a0]*độ(?!\w)")
#: Smallest vague amount ('hàng triệu') a hyperbole word makes a figure of speech.
HYPERBOLE_MIN = 1_000_000
#: The peoples of Viet Nam: '54 dân tộc anh em' is the nation, a set phrase; another count counts peoples.
NATION_PEOPLES = 54
#: Most players a side a game's format counts ('bóng đá 11 người'; 'Giải bóng đá 300 người hâm mộ' is a crowd).
FORMAT_MAX = 11
#: Most lowercase words between a plate word and the capitals ('Tàu vận tải HP - 4356').
PLATE_GAP = 2
#: Most small-letter words between a place preposition and the names it governs ('tại các xã Tân Lập và Hòa Bình').
FRAME_GAP = 2
_FRAME_TAIL = rf"(?:[ \u00a0]+(?-i:\p{{Ll}})[\p{{L}}\p{{M}}]*){{0,{FRAME_GAP}}}[ \u00a0]+$"
#: Most words between a member word and 'một trong' ('vinh dự được chọn 1 trong 10 thanh niên tiêu biểu').
MEMBER_GAP = 3
#: The kinds whose terms a rule reads closing the tail (before its spaces only): a tail ending with none of their
#: last words spares those rules.
_TAILED = frozenset(
    {"class_count", "class_format", "class_percent", "class_measure", "one_of", "every", "every_then", "turn"}
    | {"hyperbole", "rank_move", "class_parts"}
)
#: A '/' and the total after the number: it is X of Y, or a score, a rank, a rate.
_OVER = regex.compile(r"/(?P<total>\d{1,3}(?:\.\d{3})+|\d+)")
# Bare X/Y, each with a ';' or ',', right before the number: a list of sets ('Thất bại 4/6; 6/4; 1/6 buộc') or of
# shares ('lần lượt đạt 15/19, 17/19, 19/19 tiêu chí'); a set's score is told by a first number above the second.
_SCORES_BEFORE = regex.compile(r"(?:(?<![\w/.,])\d{1,2}/\d{1,2}[ \u00a0]*[;,][ \u00a0]*)+$")
_PAIR = regex.compile(r"(?P<x>\d+)/(?P<y>\d+)")
#: Characters before the number searched for a list of scores.
SCORES_REACH = 60
#: The smallest total that makes '1/N' one in N, a rate or a share ('1/1.400 người mắc', '1/1000 thu nhập'); a set
#: enumerated is smaller ('Có 1/150 thôn chưa có đường' counts one of 150 hamlets).
RATE_MIN = 1000


@dataclass(frozen=True)
class Names:
    """achievement_context.yaml's kinds only this module reads."""

    class_percent: regex.Pattern[str]  # 'gạo ' right before a percentage: its grade ('gạo 5%')
    class_measure: regex.Pattern[str]  # 'thỏi ' right before a measure with no rate: its size ('vàng thỏi 1 kg')
    not_class: regex.Pattern[str]  # 'các ' right before that noun: 'ma túy các loại 1,2 kg' is of all kinds, it counts
    class_format: regex.Pattern[str]  # 'bóng đá ' right before a count of a format head: 'bóng đá 11 người'
    format_head: regex.Pattern[str]  # ' người' right after that count: the players a side, a format
    class_count: regex.Pattern[str]  # 'TNHH ' right before a count: a kind of thing ('TNHH 2 thành viên')
    signed_class: regex.Pattern[str]  # 'kg' after a signed number: a weight class ('-50kg')
    quoted_name: regex.Pattern[str]  # 'Gói thầu ', 'khẩu hiệu: ' right before a quotation: the quotation names it
    compared_next: regex.Pattern[str]  # ' so với' right after a class percentage: a share compared, no grade
    priced: regex.Pattern[str]  # 'giá ' right before the class noun: 'Giá gạo 5% so với ...' is the grade's price
    spoken: regex.Pattern[str]  # 'nói về ' right before a label and its colon: the quotation is speech, no name
    options: regex.Pattern[str]  # ' phương án' right after the set's size: 'bình chọn 1 trong 2 phương án' picks one
    chooser: regex.Pattern[str]  # 'bình chọn': a member word that before a set of options picks one, no honour
    place_prep: regex.Pattern[str]  # 'tại' right before 'một trong': a place picked from the set, whatever came before
    plate: regex.Pattern[str]  # 'BKS 47M: ', 'Tàu HP - ' right before 4 or 5 digits: a plate or a registration
    one_of: regex.Pattern[str]  # 'một trong ' right before the number: one picked from a set
    member: regex.Pattern[str]  # 'là' closing those words: 'là 1 trong 4 quốc gia' is a membership, it counts
    turn: regex.Pattern[str]  # 'quay ngoắt ' right before '180 độ': a change of mind
    hyperbole: regex.Pattern[str]  # 'trái tim ' right before 'hàng triệu': a figure of speech
    named_group: regex.Pattern[str]  # ' vị vua Trần' right after the number: a group known by its name
    every: regex.Pattern[str]  # 'cứ ', 'cứ nhận được ' right before the number: the base of a ratio
    not_every: regex.Pattern[str]  # 'căn ' right before that 'cứ': 'căn cứ theo 50 tiêu chí' is no ratio
    idiom: regex.Pattern[str]  # ' dòng máu' right after the number: a fixed phrase ('mang trong mình 3 dòng máu')
    nation: regex.Pattern[str]  # ' dân tộc anh em' right after 54 only: the nation's peoples, a set phrase
    class_parts: regex.Pattern[str]  # 'động cơ ' right before a count of a part_head: a type ('động cơ 4 van')
    part_head: regex.Pattern[str]  # ' van' right after that count: a part whose count names the type
    rank_verb: regex.Pattern[str]  # 'xếp ' (and a rank word: 'xếp thứ ', 'xếp tứ ') right before X/Y: a place
    not_rank: regex.Pattern[str]  # 'sắp ' right before that verb: 'sắp xếp 30/40 hồ sơ' arranges, it counts
    rank_move: regex.Pattern[str]  # 'thứ 52/141 xuống ' right before the number: the rank a move ends on
    same: regex.Pattern[str]  # 'trong cùng ' right before '1': the same one ('trong cùng 1 bài hát')
    apposed: regex.Pattern[str]  # 'là ' right before a count after a list of names: the count restates them
    apposed_frame: regex.Pattern[str]  # 'tại ', 'tại các xã ' right before those names: places, not what is counted
    apposed_opens: regex.Pattern[str]  # 'Tại' opening their clause: a frame of place ('Ở Ủy ban huyện X và Y,')
    apposed_verb: regex.Pattern[str]  # 'đã' after a count past a comma: the count is a subject, not an apposition
    pair_owner: regex.Pattern[str]  # 'của ' right before '2' and a bare pair_noun: the two the story is about
    pair_noun: regex.Pattern[str]  # ' người', ' bé' right after that '2'
    pair_not_owner: regex.Pattern[str]  # 'thi thể ' right before that 'của': people counted, not the pair told
    far: regex.Pattern[str]  # 'xa nhau ' right before a vague amount: how far apart, a figure of speech
    audience: regex.Pattern[str]  # 'trước ' right before a vague million and an audience_noun: an audience told big
    audience_noun: regex.Pattern[str]  # ' khán giả' right after that amount
    bare_people: regex.Pattern[str]  # ' đứa' right after a count, bare: a pronoun for the ones told
    ends: tuple[str, ...] | None  # the last words, lowered, of the terms a rule reads at the tail's end (None: unsure)
    heads: tuple[str, ...] | None  # a space and the first word, lowered, of the named_group and idiom terms


@functools.cache
def names(dirs: tuple[Path, ...] = ()) -> Names:
    """The patterns of those kinds, compiled once per lexicon folders."""
    ctx = load("achievement_context", dirs)
    kinds: set[str] = {e.kind for e in ctx}
    terms = {k: Termset([e.term for e in ctx if e.kind == k]).pattern(boundary=False) for k in kinds}

    def at_end(kind: str, tail: str = r"[ \u00a0]+$") -> regex.Pattern[str]:
        return regex.compile(rf"(?<!\w){terms[kind]}{tail}", regex.IGNORECASE)

    def after(kind: str) -> regex.Pattern[str]:
        return regex.compile(rf"[ \u00a0]+{terms[kind]}(?!\w)", regex.IGNORECASE)

    tailed = [e.term for e in ctx if e.kind in _TAILED]
    heading = [e.term for e in ctx if e.kind in ("named_group", "idiom", "nation_idiom")]
    firsts = {t.split()[0].lower(): None for t in heading if t.split()}
    return Names(
        ends=last_words(tailed),
        heads=None if needed_words(heading) is None else tuple(f"{sp}{w}" for w in firsts for sp in " \u00a0"),
        class_percent=at_end("class_percent"),
        class_measure=at_end("class_measure"),
        not_class=at_end("not_class"),
        class_format=at_end("class_format"),
        format_head=regex.compile(rf"[ \u00a0]+{terms['format_head']}(?!\w)", regex.IGNORECASE),
        class_count=at_end("class_count"),
        signed_class=regex.compile(terms["signed_class"], regex.IGNORECASE),
        quoted_name=regex.compile(
            rf"(?<!\w)(?:{terms['quoted_name']}|{terms['quoted_label']}[ \u00a0]*:?)[ \u00a0]*$", regex.IGNORECASE
        ),
        compared_next=regex.compile(rf"[ \u00a0]*{terms['compared']}(?!\w)", regex.IGNORECASE),
        plate=regex.compile(
            rf"(?:\d\p{{Lu}}{{1,2}}\d?[ \u00a0]*:"
            rf"|(?<!\w)(?i:{terms['plate_word']})(?:[ \u00a0]+[\p{{Ll}}\p{{M}}]+){{0,{PLATE_GAP}}}"
            rf"[ \u00a0]+\p{{Lu}}{{2,3}}[ \u00a0]*[-–])[ \u00a0]*$"
        ),
        one_of=at_end("one_of"),
        member=at_end("member", rf"(?:[ \u00a0]+[\p{{L}}\p{{M}}]+){{0,{MEMBER_GAP}}}$"),
        priced=at_end("priced"),
        spoken=at_end("spoken"),
        chooser=regex.compile(terms["chooser"], regex.IGNORECASE), place_prep=at_end("place_prep", "$"),
        options=regex.compile(rf"[ \u00a0]+{terms['options']}(?!\w)", regex.IGNORECASE),
        turn=at_end("turn"), hyperbole=at_end("hyperbole"),
        every=at_end("every", rf"(?:[ \u00a0]+{terms['every_then']})?[ \u00a0]+$"),
        not_every=at_end("not_every"),
        idiom=regex.compile(rf"[ \u00a0]+{terms['idiom']}(?!\w)", regex.IGNORECASE),
        nation=regex.compile(rf"[ \u00a0]+{terms['nation_idiom']}(?!\w)", regex.IGNORECASE),
        named_group=regex.compile(rf"[ \u00a0]+{terms['named_group']}[ \u00a0]+(?-i:\p{{Lu}})", regex.IGNORECASE),
        class_parts=at_end("class_parts"),
        part_head=regex.compile(rf"[ \u00a0]*{terms['part_head']}(?!\w)", regex.IGNORECASE),
        rank_verb=at_end("rank_verb", rf"(?:[ \u00a0]+(?:{terms['rank']}|{terms['rank_slip']}))?[ \u00a0]+$"),
        not_rank=at_end("not_rank"),
        same=at_end("same"), apposed=at_end("apposed"), pair_owner=at_end("pair_owner"),
        apposed_frame=at_end("apposed_frame", _FRAME_TAIL),
        apposed_opens=regex.compile(rf"[ \u00a0]*{terms['apposed_frame']}(?!\w)", regex.IGNORECASE),
        pair_not_owner=at_end("pair_not_owner"), audience=at_end("audience"), audience_noun=after("audience_noun"),
        apposed_verb=regex.compile(rf"(?<!\w){terms['apposed_verb']}(?!\w)", regex.IGNORECASE),
        pair_noun=after("pair_noun"), far=at_end("far"), bare_people=after("bare_people"),
        rank_move=regex.compile(
            rf"(?<!\w){terms['rank']}[ \u00a0]+\d[\d.,/]*[ \u00a0]+{terms['rank_move']}[ \u00a0]+$", regex.IGNORECASE
        ),
    )


def names_nothing(
    text: str, num: NumberMatch, tail: str, whole: str, end: int, v: Vocab, dirs: tuple[Path, ...] = ()
) -> bool:
    """The number names a class, a plate, a denominator or a set, is a table's cell, a figure of speech or closes a
    body's name: no amount.

    ``whole`` is the sentence before the number, ``tail`` its last words (what rules anchored at its end read).
    """
    written, n = text[num.start : num.end], names(dirs)
    near = closing(tail)  # what the rules anchored at the tail's end read, its last character a gate
    mark, start = near[-1:], num.start - len(tail)
    worded = may_end(text, start, start + len(near), n.ends)
    return (
        # a table's cell: '16 4 3 9 35 48 15 9 HT' (a digit last, or a character whose digit-ness ASCII can't tell)
        ((not near or not mark.isascii() or mark.isdecimal()) and table_row(whole))
        or names_class(text, num, tail, end, v, dirs, worded=worded)
        or (mark in ":-–" and plate(tail, written, dirs))
        or (mark == "/" and after_slash(text, num, tail, end, v))
        or (worded and picked_from(tail, whole, dirs, text[num.end : end]))
        or (worded and ratio_base(tail, dirs))
        or (worded and bool(n.rank_move.search(tail)))  # 'từ thứ 52/141 xuống 59/128', 'từ hạng 60 lên 55'
        or (text.startswith("/", num.end) and no_count_of(text, num, tail, end, dirs))
        or figure(text, num, tail, end, dirs)
        or names_event(text, num, tail, end, dirs, whole)  # 'nội dung Thuyền đôi Nữ 500m', 'chương trình giảm 1.000 hộ'
        or closes_org_name(text, num, whole, end, dirs)  # 'Viện Nghiên cứu nuôi trồng thủy sản 2 thu 4 mẫu'
        or (mark in (",", "à") and listed_id(whole, num.value, dirs))  # after a comma or "và": "Điều 34, 35, 36"
        or names_spec(text, num, whole, end, v, dirs)  # 'động cơ 4 kỳ', 'động cơ 2 NR-FE', 'từ 0 lên 200 km/h'
    )


def no_count_of(text: str, num: NumberMatch, tail: str, end: int, dirs: tuple[Path, ...] = ()) -> bool:
    """X/Y that counts no X of Y: the next set of a score ('Thất bại 4/6; 6/4; 1/6 buộc'), one in a thousand or
    more ('1/1.400 người mắc hội chứng', 'chưa bằng 1/1000 thu nhập': a rate or a share), a place after
    a verb of ranking ('Mỹ xếp 9/68 quốc gia', misspelt 'xếp tứ 9/68'). '1/7 đơn vị', '1/150 thôn', '9/9 huyện', a
    list of shares ('15/19, 17/19, 19/19 tiêu chí') and 'xếp loại 120/125 đảng viên' (graded) count.

    >>> t = "Thất bại 4/6; 6/4; 1/6 buộc"
    >>> no_count_of(t, NumberMatch(19, 20, 1, False, False), t[:19], len(t))
    True
    >>> t = "có 1/7 đơn vị"
    >>> no_count_of(t, NumberMatch(3, 4, 1, False, False), t[:3], len(t))
    False
    """
    over = _OVER.match(text, num.end, end)
    if over is None:
        return False
    total = parse_digits(over["total"])
    if num.value == 1 and total is not None and total >= RATE_MIN:
        return True
    if total is not None and _scores(text, num.start, num.value > total):
        return True
    n = names(dirs)
    rank = n.rank_verb.search(tail)
    return rank is not None and not n.not_rank.search(tail, 0, rank.start())


def _scores(text: str, start: int, above: bool) -> bool:
    """Bare X/Y in a list right before ``start`` and one of them, or the number's own (``above``), with a first
    number above the second: a part is never more than its whole, so the list is of a match's sets.

    >>> _scores("thắng 6/3, 4/6, ", 16, False), _scores("lần lượt đạt 15/19, 17/19, ", 27, False)
    (True, False)
    """
    run = _SCORES_BEFORE.search(text, max(0, start - SCORES_REACH), start)
    return run is not None and (above or any(int(p["x"]) > int(p["y"]) for p in _PAIR.finditer(run.group())))


def closing(text: str) -> str:
    """``text`` without the spaces closing it and a last line break: where a pattern ending in spaces and '$' stops.

    >>> closing("gạo  \\n"), closing("3 / ")
    ('gạo', '3 /')
    """
    near = text.rstrip(" \u00a0")
    return near[:-1].rstrip(" \u00a0") if near.endswith("\n") else near  # '$' matches before a last line break too


def may_end(text: str, start: int, end: int, ends: tuple[str, ...] | None) -> bool:
    """Whether text[start:end] may close with a term whose last words, lowered, are ``ends`` (:func:`last_words`):
    False only when the text is faithful (:mod:`vnnews.folded`) and, lowered, ends with none of them."""
    low = lowered(text)
    return ends is None or low is None or low.endswith(ends, start, end)


def _may_open(text: str, pos: int, end: int, heads: tuple[str, ...] | None) -> bool:
    """Whether text[pos:end] may open with a space and a term of ``heads``: False only when the text is faithful
    and, lowered, opens with one space and none of their first words."""
    low = lowered(text)
    if heads is None or low is None or text.startswith(("  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0"), pos, end):
        return True  # more spaces than one: the patterns read them all
    return low.startswith(heads, pos, end)


def quoted_name(text: str, start: int, quote: regex.Match[str], dirs: tuple[Path, ...] = ()) -> bool:
    """A closed quotation opening with a capital or a digit right after a noun naming it ('Gói thầu "Mua sắm ..."',
    'Chương trình "1 triệu sáng kiến - nỗ lực vượt khó, ..."').

    >>> import regex
    >>> text = 'liên quan đến Gói thầu "Mua sắm đồ dùng cho 72 trường mầm non"'
    >>> quoted_name(text, 0, regex.search(r'"[^"]*"', text))
    True
    """
    body = quote.group()
    if len(body) < 3 or not body.endswith('"') or not (body[1].isupper() or body[1].isdigit()):
        return False  # an unclosed quote, or a closing mark read as an opening one ('" cũng không nhanh')
    n, lo = names(dirs), max(start, quote.start() - NAME_REACH)
    named = n.quoted_name.search(text, lo, quote.start())
    return named is not None and not (":" in named.group() and n.spoken.search(text, lo, named.start()))


def plate(tail: str, written: str, dirs: tuple[Path, ...] = ()) -> bool:
    """Digits of a plate or a registration: 'BKS 47M: 5054', 'Tàu HP - 4356' (capitals and a dash after a vehicle
    word only: 'Chi hội CCB - 1500 suất quà' is a body and its count).

    >>> plate("xe máy BKS 47M: ", "5054"), plate("Tàu HP - ", "4356"), plate("Chi hội CCB - ", "1500")
    (True, True, False)
    """
    return bool(names(dirs).plate.search(tail)) and bool(_PLATE_DIGITS.fullmatch(written))


def names_class(
    text: str, num: NumberMatch, tail: str, end: int, v: Vocab, dirs: tuple[Path, ...] = (), *, worded: bool = True
) -> bool:
    """A percentage, measure or count that names a class, no amount: a grade ('gạo 5%'), a size with no rate
    ('vàng thỏi 1 kg'; not 'loại 50 kg/bao'), a weight class written signed ('-50kg', '+78kg'), a kind of
    company ('công ty TNHH 2 thành viên'), a game's format ('bóng đá 11 người'; 'bóng đá 12 đội' counts teams).
    Not a share compared ('gạo 15% so với cùng kỳ'), nor a weight of all kinds ('ma túy các loại 1,2 kg').
    ``worded`` False says no class term closes the tail: only a signed weight class may be read then."""
    n = names(dirs)
    signed = text.startswith(_SIGNS, num.start) or tail.endswith("+")
    if not worded and not signed:
        return False
    if worded:
        formats = num.value <= FORMAT_MAX and n.class_format.search(tail) and n.format_head.match(text, num.end, end)
        if n.class_count.search(tail) or formats:
            return True
    unit = v.unit_after.match(text, num.end, end)
    if unit is None:  # 'động cơ 4 van' is a type; 'động cơ 1,1 lít', 'động cơ 50 phân khối' are measured
        return worded and bool(n.class_parts.search(tail)) and bool(n.part_head.match(text, num.end, end))
    written = unit.group("u")
    kind = "percent" if written == "%" else v.unit_kinds.get(written.lower())
    if kind == "percent":
        graded = n.class_percent.search(tail) if worded else None
        if graded is None:
            return False
        return not n.compared_next.match(text, unit.end(), end) or bool(n.priced.search(tail, 0, graded.start()))
    if kind != "measure" or _RATE_AFTER.match(text, unit.end(), end):
        return False
    sized = worded and n.class_measure.search(tail) and not of_all_kinds(tail, dirs)
    return bool(sized or (signed and n.signed_class.fullmatch(written)))


def of_all_kinds(before: str, dirs: tuple[Path, ...] = ()) -> bool:
    """'các loại', 'mọi loại' right before the number: of all kinds, so the measure after it is an amount seized or
    sold ('ma túy các loại 1,2 kg'), no class.

    >>> of_all_kinds("Thu giữ ma túy các loại "), of_all_kinds("xe tải (loại ")
    (True, False)
    """
    n = names(dirs)
    sized = n.class_measure.search(before)
    return sized is not None and bool(n.not_class.search(before, 0, sized.start()))


def picked_from(tail: str, whole: str, dirs: tuple[Path, ...] = (), after: str = "") -> bool:
    """'một trong' right before the number, after a verb or a preposition: the number sizes the set one is picked
    from ('học sinh được chọn 1 trong 2 đề', 'kiểm tra tại 1 trong 14 cơ quan'), no count. After a member word
    ('là 1 trong 4 quốc gia') or opening a clause (', 1 trong 4 nạn nhân tử vong') it counts. ``tail`` ends
    ``whole``, the sentence before the number.

    >>> [picked_from(s, s) for s in ("được chọn 1 trong ", "Việt Nam là 1 trong ", "cho biết, 1 trong ")]
    [True, False, False]
    """
    n = names(dirs)
    one = n.one_of.search(tail)
    if one is None:
        return False
    head = whole[: len(whole) - len(tail) + one.start()].rstrip()
    if not head or not head[-1].isalnum():
        return False
    if n.place_prep.search(head):
        return True  # 'Đoàn đã có kiểm tra tại 1 trong 14 cơ quan': one of the places, however far a member word
    member = n.member.search(head)
    return member is None or (bool(n.chooser.match(member.group())) and bool(n.options.match(after)))


def ratio_base(tail: str, dirs: tuple[Path, ...] = ()) -> bool:
    """'cứ' right before the number or before a word of spacing ('mỗi', 'cách', 'nhận được'): the base of a ratio
    or a spacing, no count ('cứ nhận được 10 email, người sử dụng sẽ gặp 1,6 email', 'cứ cách 20 mét lại có một
    camera'); not 'căn cứ', 'bất cứ', 'vẫn cứ', nor 'cứ' before a verb ('cứ trao 50 suất quà', 'cứ thế nuôi').

    >>> ratio_base("Như vậy cứ nhận được "), ratio_base("căn cứ theo "), ratio_base("hội cũng cứ trao ")
    (True, False, False)
    """
    n = names(dirs)
    every = n.every.search(tail)
    return every is not None and not n.not_every.search(tail, 0, every.start())


def figure(text: str, num: NumberMatch, tail: str, end: int, dirs: tuple[Path, ...] = ()) -> bool:
    """A figure of speech: a turn of '180 độ' after a verb of turning ('nay đã quay ngoắt 180 độ sang chửi mắng'),
    a vague million after a feeling ('chinh phục trái tim hàng triệu người hâm mộ'); a group known by the name
    after it ('14 vị vua Trần'); a fixed phrase ('5 lần 7 lượt', '3 dòng máu').

    >>> t = "quay ngoắt 180 độ"
    >>> figure(t, NumberMatch(11, 14, 180, False, False), t[:11], len(t))
    True
    """
    n = names(dirs)
    named = _may_open(text, num.end, end, n.heads)
    if named and (n.named_group.match(text, num.end, end) or n.idiom.match(text, num.end, end)):
        return True  # 'tưởng nhớ 14 vị vua Trần': the kings of a dynasty, a group known by its name
    if named and num.value == NATION_PEOPLES and n.nation.match(text, num.end, end):
        return True  # '500 nghệ nhân đại diện 54 dân tộc anh em'; not 'Tỉnh có 7 dân tộc anh em cùng sinh sống'
    if num.value in TURNS and _DEGREES.match(text, num.end, end):
        return bool(n.turn.search(tail))
    return num.approximate and num.value >= HYPERBOLE_MIN and bool(n.hyperbole.search(tail))
