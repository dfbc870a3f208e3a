"""Hedges and amounts read around a number as its sentence means them.

- a range's upper end may carry its own hedge ('khoảng 1,5m đến hơn 2m'); 'khoảng' after 'trong' before a range
  is the range ('nằm trong khoảng 4,9-5,7%'), 'trên' after a verb of place before a count is 'on' ('chạy trên 31
  trang web'), 'tối đa' after a property noun is part of its name ('công suất tối đa 52 mã lực');
- a hedge before 'gấp' (times) hedges the number after it ('hơn gấp 2 lần': more than twice), and so does one
  before an ellipsis ('chừng… 20 cm') or a bound before 'cũng' and a verb ('ít nhất cũng phải tốn 4 - 5 triệu');
- an amount after 'hoặc'/'hay' right after a hedged one shares its hedge ('vào khoảng 82 USD/đêm hoặc 1.700
  USD/tháng'), and so does money or a measure converting it after a comma ('hơn 3,17 USD, tương đương 71.600 đồng');
- 'ốm đến 2,3 lần' is two or three times, unless a multiple word stands before ('tăng 2,3 lần' is 2.3 times);
- 'từ' opening a price with no end is at least ('có giá từ 16.990 USD'; 'trong thời gian tới' after it is no end),
  and so for each amount of its unit listed after it ('lần lượt từ 25.000 USD và 26.000 USD'). Comparatives that
  state a difference ('tiết kiệm hơn 12% so với') are read in ._achv_compare.
"""

from __future__ import annotations

from pathlib import Path

import regex

from ..lastwords import last_words_start
from ..models import QualifierKind
from ..numbers import find_numbers
from ._achv_brackets import restated_hedge
from ._achv_compare import changes, compared_or_placed, plan_after
from ._achv_on import placed_on
from ._achv_tags import dictionary
from ._achv_vocab import Vocab

#: Words before a number read for a price's 'từ' and what precedes it: fixed, not the longest context term's count.
START_WORDS = 5
#: Most characters between an amount and the 'hoặc' after it for the amount after 'hoặc' to share its hedge.
OR_REACH = 30
#: Characters at the end of the text before an amount that can hold its ' hoặc '/' hay ' (spaces included).
OR_TAIL = 24
_WITHIN = regex.compile(r"(?<!\w)trong[ \u00a0]+$", regex.IGNORECASE)
_OR = regex.compile(r"[ \u00a0]+(?:hoặc|hay)[ \u00a0]+$", regex.IGNORECASE)
#: Kinds of amount a conversion restates: money and measures.
_CONVERTED = frozenset({"currency", "measure"})
#: A conversion after a comma right after an amount: ', tương đương (với)'. Not one in brackets: readers sign
#: 'khoảng 99 triệu bảng (tương đương 125 triệu USD)' with no hedge on the conversion, none written in front of it.
_CONVERSION = regex.compile(r"[ \u00a0]*,[ \u00a0]*tương[ \u00a0]+đương(?:[ \u00a0]+với)?[ \u00a0]+$", regex.IGNORECASE)
_ORS = frozenset({"hoặc", "hay"})
_CLAUSE = regex.compile(r"[,;:()]")
_PAIR = regex.compile(r"(?P<a>[1-8]),(?P<b>[2-9])")
#: 'gấp' (times) right before the number: a hedge before it hedges the number ('hơn gấp 2 lần').
_TIMES = regex.compile(r"(?<!\w)gấp[ \u00a0]+$", regex.IGNORECASE)
#: 'lên', 'đến', 'lên đến', 'lên tới' right before the number: a bound before it bounds the number ('nâng mức cho
#: vay tối đa lên đến 100 triệu đồng' is at most).
_RAISED = regex.compile(r"(?<!\w)(?:lên(?:[ \u00a0]+(?:đến|tới))?|đến|tới)[ \u00a0]+$", regex.IGNORECASE)
#: The kinds of a hedge that bounds the amount across a 'lên đến': at most, at least.
_BOUNDS = frozenset({"most", "least"})
#: Superlatives of a change, a ranking before 'lên đến', no bound: 'Huyện Bắc Hà giảm nhiều nhất lên đến 5%'.
_RANKS = frozenset({"nhiều nhất"})
#: Hedges that are also prepositions ('on', 'under'): before a small count of a noun they place it.
PREPOSITIONS = frozenset({"trên", "dưới"})
#: Largest count 'trên'/'dưới' places rather than bounds: 'trên 2 tuyến đường Trần Phú, Lê Duẩn' (on two roads),
#: 'dưới 3 thời tổng thống Mỹ' (under three presidencies: an era head, vocab ``era_heads``).
MAX_PLACED = 5
#: Right after the unit, what makes a small 'trên'/'dưới' count a place: a list of names ('trên 3 xã Tân Phú, Tân
#: Lập', 'Trần Phú và Lê Duẩn'), or a colon or a 'là' opening a list ('thử thách trên 2 dạng địa hình là đường vòng
#: cung và thăng bằng'); else it is a hedge ('có trên 3 xã đạt chuẩn', 'trên 5 trường là trường chuẩn quốc gia',
#: 'trên 5 suất quà Tết', 'dưới 5 suất học bổng Vừ A Dính': one name is no list).
_PLACES_AFTER = regex.compile(
    r"""[ \u00a0]*(?:
        :                                                                      # a colon opening a list
        | là(?:[ \u00a0]+[\p{L}\p{M}]+){1,6}[ \u00a0]*(?:,|và(?!\w))          # 'là' opening a list of two
        | (?-i:\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*)*)          # a name
          [ \u00a0]*(?:,|và(?!\w))[ \u00a0]*(?-i:\p{Lu})                          # and a second one
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)


def no_hedge(
    before_hedge: str,
    hedge: str,
    is_range: bool,
    unit_kind: str,
    v: Vocab,
    value: float = 0,
    unit: str = "",
    after: str = "",
    total: float | None = None,
) -> bool:
    """A hedge word that is none here: 'khoảng' after 'trong' before a range is 'within' ('nằm trong khoảng
    4,9-5,7%'); 'trên' after a verb of place before a count is 'on' ('chạy trên 31 trang web'), and 'trên'/'dưới'
    before a count of 2 to MAX_PLACED things (not times) that names or a list follow (``after``, the text after
    the unit) 'on'/'under' ('trên 2 tuyến đường Trần Phú', 'dưới 3 thời tổng thống Mỹ'; 'có trên 3 xã đạt chuẩn'
    is more than three); 'tối đa' after a property noun names it ('công suất tối đa 52 mã lực': maximum power); a
    mark passed before a plan (``planned``: 'vượt mốc 1.000 tỷ đồng kế hoạch tỉnh giao') or a share (``total``:
    'vượt mốc 15/19') is none.

    >>> from ._achv_vocab import vocab
    >>> no_hedge("lãi suất nằm trong ", "khoảng", True, "percent", vocab())
    True
    >>> no_hedge("đang chạy ", "trên", False, "noun", vocab()), no_hedge("xe chạy ", "trên", False, "measure", vocab())
    (True, False)
    >>> v = vocab()
    >>> no_hedge("công suất ", "tối đa", False, "measure", v), no_hedge("được vay ", "tối đa", False, "percent", v)
    (True, False)
    >>> no_hedge("tải ", "trên", False, "noun", v, 2, "tuyến đường", " Trần Phú, Lê Duẩn")
    True
    >>> no_hedge("có ", "trên", False, "noun", v, 3, "xã", " đạt"), no_hedge("", "dưới", False, "noun", v, 3, "lần")
    (False, False)
    """
    word = hedge.casefold()
    if compared_or_placed(before_hedge, word, unit_kind, v, unit, after, value):
        return True  # 'sáng hơn 30%': a difference; 'khá nhiều mã trên 2 sàn': on
    if word in v.hedges.only_before and unit.split("/")[0].casefold() not in v.hedges.only_before[word]:
        return True  # 'chi vượt 11.500 tỷ', 'vượt 300 hải lý': exceeded by, crossed; 'vượt 100 mm' is more than
    if word in v.hedges.measured and (unit_kind == "percent" or total is not None):
        return True  # 'hoàn thành vượt mức 15/18 chỉ tiêu', 'vượt mức 10% dự toán': a target exceeded
    if word in v.hedges.planned and (total is not None or plan_after(v.hedges.planned[word], unit, after)):
        return True  # 'vượt mốc 1.000 tỷ đồng kế hoạch tỉnh giao': the plan's figure; 'vượt mốc 15/19 tiêu chí'
    if word == "khoảng" and is_range:
        return bool(_WITHIN.search(before_hedge))
    if word in v.attributes:
        return bool(v.property.search(before_hedge))
    few = value in range(2, MAX_PLACED + 1) and not is_range and unit_kind == "noun"
    if few and word == "dưới" and any(f"{unit.casefold()} ".startswith(f"{h} ") for h in v.era_heads):
        return True  # 'dưới 3 thời tổng thống Mỹ khác nhau': under three presidencies
    if few and word == "trên" and placed_on(before_hedge, unit, v):
        return True  # 'các đối tượng để trên 2 chiếc xe máy': on two motorbikes
    if word in PREPOSITIONS and few and _PLACES_AFTER.match(after):
        return unit.split()[0].casefold() not in v.times_heads  # 'trên 3 lần' is more than three times
    return word == "trên" and unit_kind == "noun" and bool(v.locative.search(before_hedge))


def far_hedge(tail: str, v: Vocab) -> regex.Match[str] | None:
    """A hedge not right before the number, offsets in ``tail``: before a 'gấp' ('hơn gấp 2 lần': more than twice),
    an ellipsis ('chừng… 20 cm') or, a bound, 'cũng' and a verb ('ít nhất cũng phải tốn 4 - 5 triệu đồng') or
    'lên đến' ('cho vay tối đa lên đến 100 triệu đồng': at most).

    >>> from ._achv_vocab import vocab
    >>> far_hedge("thanh khoản lên hơn gấp ", vocab()).group("q"), far_hedge("lên gấp ", vocab())
    ('hơn', None)
    >>> far_hedge("cách mép đường chừng… ", vocab()).group("q"), far_hedge("ít nhất cũng phải tốn ", vocab()).group("q")
    ('chừng', 'ít nhất')
    >>> far_hedge("khoảng cũng phải tốn ", vocab())
    >>> far_hedge("cho vay tối đa lên đến ", vocab()).group("q"), far_hedge("tăng hơn lên ", vocab())
    ('tối đa', None)
    """
    times = _TIMES.search(tail)
    if times:
        return v.qualifier_before.search(tail, 0, times.start())
    raised = _RAISED.search(tail)
    bound = v.qualifier_before.search(tail, 0, raised.start()) if raised else None
    word = bound["q"].casefold() if bound else ""
    if bound and v.qualifier_kinds.get(word) in _BOUNDS and word not in _RANKS:
        return bound  # 'tối đa lên đến 100 triệu đồng'
    return v.hedges.trailed.search(tail) or v.hedges.conceded.search(tail)


def shared_hedge(
    before: str, unit_kind: str, v: Vocab, dirs: tuple[Path, ...] = (), listed: tuple[str, str] = ("", "")
) -> tuple[str, str] | None:
    """The hedge of the amount right before a 'hoặc'/'hay' that ends ``before``, or before the ', tương đương'
    opening a conversion of money or a measure, with the text before that hedge (a negation there bounds both:
    'chưa từng chi hơn 3,17 USD, tương đương 71.600 đồng' is at most); or the 'từ' opening a list of prices of
    the unit (``listed``: the unit and the text after it, :func:`listed_start`).

    >>> from ._achv_vocab import vocab
    >>> shared_hedge("vào khoảng 82 USD/đêm hoặc ", "currency", vocab())
    ('khoảng', 'vào ')
    >>> v = vocab()
    >>> shared_hedge("hỗ trợ 5 tỷ đồng hoặc ", "currency", v), shared_hedge("5 người, tương đương ", "noun", v)
    (None, None)
    >>> shared_hedge("chi hơn 3,17 USD, tương đương ", "currency", vocab())
    ('hơn', 'chi ')
    """
    started = listed_start(before, listed[0], unit_kind, listed[1], v, dirs) or restated_hedge(before, unit_kind, v)
    if started:
        return started  # 'giá bán lần lượt từ 25.000 USD và 26.000 USD'
    join = _OR.search(before, max(0, len(before) - OR_TAIL))  # anchored at the end: its last characters only
    if join is None and unit_kind in _CONVERTED:
        join = _CONVERSION.search(before, max(0, len(before) - OR_TAIL))
    if join is None:
        return None
    head = before[: join.start()]
    prev = None
    for prev in find_numbers(head, max(0, len(head) - 3 * OR_REACH), len(head), dirs):  # noqa: B007 - the last one
        pass
    if prev is None or len(head) - prev.end > OR_REACH or _CLAUSE.search(head, prev.end):
        return None  # no amount right before, or a clause between
    if join.group().strip() not in _ORS and not _converts(head, prev.end, v):
        return None  # 'gần 6.400 giải nhì (300.000 đồng/giải)': a price of each, no conversion
    qual = v.qualifier_before.search(head[: prev.start])
    if qual is None or no_hedge(head[: qual.start("q")], qual["q"], False, unit_kind, v, after=head[prev.end :]):
        return None  # 'nhiều hơn 2 tỷ đồng so với năm ngoái, tương đương': a difference; 'tốc độ tối đa 27 hải lý'
    return qual.group("q"), head[: qual.start("q")]


def _converts(head: str, at: int, v: Vocab) -> bool:
    """Money or a measure right after the number ending at ``at``: an amount a conversion after it restates."""
    unit = v.unit_after.match(head, at)
    return unit is not None and v.unit_kinds.get(unit["u"].lower()) in _CONVERTED


def digit_pair(written: str) -> tuple[int, int] | None:
    """Two neighbouring digits around a comma ('2,3'): as a count of whole things, two or three, not 2.3.

    >>> digit_pair("2,3"), digit_pair("2,4"), digit_pair("2,35"), digit_pair("0,1")
    ((2, 3), None, None, None)
    """
    m = _PAIR.fullmatch(written)
    if m is None or int(m["b"]) != int(m["a"]) + 1:
        return None
    return int(m["a"]), int(m["b"])


def pair_range(
    written: str, value: float, before: str, unit: str, v: Vocab
) -> tuple[float, int | None, bool]:
    """(value, value_max, approximate) of a plain count: '2,3 lần' is two or three times.

    >>> from ._achv_vocab import vocab
    >>> pair_range("2,3", 2.3, "ốm đến ", "lần", vocab()), pair_range("2,3", 2.3, "tăng ", "lần", vocab())
    ((2, 3, True), (2.3, None, False))
    >>> pair_range("4,5", 4.5, "đạt ", "điểm", vocab())
    (4.5, None, False)
    """
    pair = digit_pair(written)
    if pair is None or unit.casefold() not in v.times_heads or v.multiple.search(before):
        return value, None, False
    return pair[0], pair[1], True


#: Unit kinds a start point ('từ') hedges: amounts of money, measures and percents; before a count it names a source.
_STARTED = frozenset({"currency", "measure", "percent"})
#: The amount's clause after it, asides in brackets skipped ('từ 32 triệu đồng (năm 2020) lên 58 triệu đồng').
_CLAUSE_AFTER = regex.compile(r"(?:\([^()]*\)|[^,;:.!?()])*")


def start_hedge(
    tail: str, after: str, unit_kind: str, plain: bool, v: Vocab, whole: str = ""
) -> regex.Match[str] | None:
    """'từ' opening a price or level with no end after it, offsets in ``tail``: 'giá từ 15.000 USD' is at least.

    A price, level or cost word stands a few words before ('có giá khởi điểm từ', 'chi phí chặt hạ từ'); without
    one 'từ' names where the amount came from ('thu lãi từ 2 ha cà phê'). Not before a range or a vague amount
    (``plain`` false), an end or a level later in its clause, past asides ('từ 32 triệu đồng (năm 2020) lên 58'),
    or a level reached later in the sentence ('từ 150 tỷ đồng đầu nhiệm kỳ, đến nay đạt'), after a change or an
    amount a few words before ('giảm xuống 4,3% từ 4,4%'), nor before a count ('chọn từ 214 đơn vị'). A 'từ' opening
    a clause after a comma reads the clause before it in ``whole`` (the sentence before the number) for its price
    word when that clause holds a price held ('phiên bản cao nhất không tăng giá so với đời cũ, từ 592 triệu đồng': a
    negated change; 'ổn định', 'giữ nguyên'); a moving price there ('Giá cà phê lao dốc, từ') is read as before.

    >>> from ._achv_vocab import vocab
    >>> v = vocab()
    >>> start_hedge("có giá từ ", "", "currency", True, v).group("q")
    'từ'
    >>> start_hedge("tăng giá từ ", "", "currency", True, v)
    >>> start_hedge("giá từ ", " (năm 2020) lên 9 triệu", "currency", True, v)
    >>> start_hedge("giá là 12,5 tỉ đồng từ ", "", "measure", True, v)
    >>> start_hedge("thu lãi từ ", " cà phê", "measure", True, v), start_hedge("giá từ ", " gửi", "noun", True, v)
    (None, None)
    >>> start_hedge("đời cũ, từ ", "", "currency", True, v, "Xe không tăng giá so với đời cũ, từ ").group("q")
    'từ'
    >>> start_hedge("đời cũ, từ ", "", "currency", True, v, "Xe tăng giá so với đời cũ, từ ")
    """
    if not plain or unit_kind not in _STARTED:
        return None
    w0 = last_words_start(tail, 0, len(tail), START_WORDS)  # a window of its own, not the longest term's
    m = v.hedges.start_before.search(tail, w0)
    if m is None:
        return None
    near = " ".join(tail[w0 : m.start("q")].split()) + " "  # the window's words before it: a price word, a change
    h = v.hedges
    words = _clause_held(near, whole[: len(whole) - len(tail) + m.start("q")], v)
    if not any(not h.not_level.match(words, lv.start()) for lv in h.start_level.finditer(words)):
        return None  # no price or level word ('giá trị thu được từ 2 ha' names a source)
    clause = _CLAUSE_AFTER.match(after)
    ends = h.coming.sub(lambda c: " " * len(c.group()), after)  # 'trong thời gian tới': next, no end
    if h.start_end.search(ends, 0, clause.end() if clause else 0) or h.start_far.search(after):
        return None
    return None if _changed(words, v) or _changed(near, v) or any(c.isdigit() for c in near) else m


#: The clause ending a text at its last comma: the words between the clause break before it and that comma.
_CLAUSE_BEFORE_COMMA = regex.compile(r"(?P<c>[^,;:.!?]*),[ \u00a0]*$")


def _clause_before(head: str) -> str:
    """The clause a comma closes at the end of ``head``, single-spaced: 'từ' opening the next one prices it.

    >>> _clause_before("Cụ thể, Toyota Vios không tăng giá so với đời cũ, ")
    'Toyota Vios không tăng giá so với đời cũ '
    """
    m = _CLAUSE_BEFORE_COMMA.search(head)
    return " ".join(m["c"].split()) + " " if m else ""


def _clause_held(near: str, head: str, v: Vocab) -> str:
    """The words a 'từ' reads for its price word: after a comma the clause before it in ``head`` when it holds a price
    held ('không tăng giá so với đời cũ, từ', 'ổn định, từ'), else ``near`` ('Giá cà phê lao dốc, từ': no start).

    >>> from ._achv_vocab import vocab
    >>> _clause_held("cũ, ", "Xe không tăng giá so với cũ, ", vocab()), _clause_held("dốc, ", "Giá lao dốc, ", vocab())
    ('Xe không tăng giá so với cũ ', 'dốc, ')
    """
    clause = _clause_before(head) if near.endswith(", ") and head else ""
    return clause if clause and _steady(clause, v) else near


def _steady(words: str, v: Vocab) -> bool:
    """A price held in ``words``: a steady word or a negated change ('không tăng giá'), and no change not negated."""
    return not _changed(words, v) and bool(v.hedges.steady.search(words) or changes(words, v))


def _changed(words: str, v: Vocab) -> bool:
    """A change word ('tăng', 'xuống') or an end in ``words`` no negation stands right before ('không tăng giá')."""
    h = v.hedges
    for c in changes(words, v):
        neg = h.negated.search(words, 0, c.start())
        if neg is None or h.not_negated.match(words, neg.start("neg")) or neg["rest"].strip():
            return True
    return False


#: A list's join ending the text before an amount: ', ', ' và ', ' hoặc '.
_LIST_JOIN = regex.compile(r"[ \u00a0]*(?:,|(?<!\w)(?:và|hoặc))[ \u00a0]*$", regex.IGNORECASE)
#: Most amounts listed before the one read for the 'từ' opening the list to reach it.
MAX_LISTED = 6
#: Words before a listed 'từ' read for its price word (as many as an amount's tail holds).
LISTED_TAIL_WORDS = 8


def listed_start(
    before: str, unit: str, unit_kind: str, after: str, v: Vocab, dirs: tuple[Path, ...] = ()
) -> tuple[str, str] | None:
    """'từ' (the hedge, with the text before it) after 'lần lượt' opening a price a list of amounts of the same
    unit (its head: 'đồng' of 'đồng mỗi hộ') continues up to the end of ``before``: 'giá bán lần lượt từ 25.000 USD và
    26.000 USD' starts each from its amount, at least; 'Mức hỗ trợ từ 2 triệu đồng và 3 triệu đồng' lists two.

    >>> from ._achv_vocab import vocab
    >>> v = vocab()
    >>> listed_start("Xe có giá bán lần lượt từ 25.000 USD và ", "USD", "currency", " tại Philippines", v)
    ('từ', 'Xe có giá bán lần lượt ')
    >>> listed_start("giá lần lượt từ 500 triệu đồng, 560 triệu đồng và ", "đồng", "currency", ".", v)[0]
    'từ'
    >>> listed_start("Hội thu từ 2 ha và ", "đồng", "currency", "", v)
    >>> listed_start("giá từ 5 USD và ", "kg", "measure", "", v)
    >>> listed_start("giá từ 25.000 USD đến 30.000 USD và ", "USD", "currency", "", v)
    >>> listed_start("Mức hỗ trợ từ 2 triệu đồng và ", "đồng", "currency", " tùy đối tượng.", v)
    >>> listed_start("hỗ trợ lần lượt từ 2 triệu đồng, 3 triệu đồng và ", "đồng mỗi hộ", "currency", ".", v)[0]
    'từ'
    >>> listed_start("hỗ trợ lần lượt từ 2 triệu đồng mỗi hộ và ", "đồng mỗi hộ", "currency", ".", v)[0]
    'từ'
    """
    if unit_kind not in _STARTED or not unit.split() or not v.hedges.respectively.search(before):
        return None  # no 'lần lượt' anywhere before: nothing to share (checked before a pattern is built)
    whole, unit = regex.escape(unit), regex.escape(unit.split()[0])  # 'đồng mỗi hộ' lists itself or its head 'đồng'
    same = regex.compile(rf"[ \u00a0]+(?:{whole}|{unit})[ \u00a0]*$", regex.IGNORECASE)
    head = before
    for _ in range(MAX_LISTED):
        join = _LIST_JOIN.search(head, max(0, len(head) - OR_TAIL))
        written = same.search(head, max(0, join.start() - len(whole) - OR_TAIL), join.start()) if join else None
        if written is None:
            return None  # no amount of the unit right before the join
        prev = None
        for prev in find_numbers(head, max(0, written.start() - OR_REACH), written.start(), dirs):  # noqa: B007
            pass
        if prev is None or prev.end != written.start():
            return None
        head = head[: prev.start]
        start = v.hedges.start_before.search(head, max(0, len(head) - OR_TAIL))
        if start is not None:
            tail = head[last_words_start(head, 0, len(head), LISTED_TAIL_WORDS) :]
            if not v.hedges.respectively.search(tail) or not start_hedge(tail, after, unit_kind, True, v):
                return None  # 'Mức hỗ trợ từ 2 triệu đồng và 3 triệu đồng': no 'lần lượt', two amounts
            return start["q"], head[: start.start("q")]
    return None


def negated_kind(head: str, kind: QualifierKind | None, v: Vocab) -> QualifierKind | None:
    """A 'more' hedge a negation stands a word or two before is at most: 'không ghi quá 1 bàn', 'chưa từng chi hơn'.

    A negation word inside a dictionary word is none ('không gian hơn 7000 m2', 'hàng không'), unless that word is
    itself a negation listed ('chưa từng', 'không hề').

    >>> from ._achv_vocab import vocab
    >>> negated_kind("MU không ghi ", "more", vocab()), negated_kind("đạt ", "more", vocab())
    ('most', 'more')
    >>> negated_kind("Trong không gian ", "more", vocab()), negated_kind("Ông chưa từng chi ", "more", vocab())
    ('more', 'most')
    >>> negated_kind("Hội viên không chỉ ", "more", vocab())
    'more'
    """
    m = v.hedges.negated.search(head) if kind == "more" else None
    if m is None or v.hedges.not_negated.match(head, m.start("neg")):
        return kind  # 'không chỉ hơn 500 người': not only
    neg, rest = m["neg"].casefold(), m["rest"].split()
    if " " not in neg and (
        (rest and f"{neg} {rest[0].casefold()}" in dictionary())
        or (m["prev"] and f"{m['prev'].casefold()} {neg}" in dictionary())
    ):
        return kind  # 'không gian', 'không khí', 'hàng không': a word, no negation
    return "most"
