"""Comparatives read as differences: a 'hơn' or 'thấp hơn' before an amount that states by how much, no hedge.

- an adjective before 'hơn' with 'so với' after the amount ('thấp hơn 0,01%/năm so với phiên trước'), before 'N lần'
  ('cao hơn 2 lần Singapore': twice as high), before a percent no level word heads ('sáng hơn 30%') or before money
  restated after ('có giá cao hơn 100 USD, tức là 349 USD');
- saving as a product's property ('tiết kiệm nhiên liệu hơn') only with 'so với' right after the amount: 'xe tiết
  kiệm nhiên liệu hơn 12% so với thế hệ trước' is 12% more economical; a bare 'tiết kiệm hơn 200 tỷ đồng so với dự
  toán' saved more than, a hedge;
- an adjective opening a clause with no subject of its own after a larger amount of the same unit, a measure, money
  or a percent (never a count), its clause ending after the amount: 'đạt 116 kW khi dùng ethanol và thấp hơn 1 kW
  khi dùng xăng' is 1 kW lower;
- 'trên' before a count of surfaces or of vehicles a fault is on: 'khá nhiều mã trên 2 sàn' (on), no hedge either.
"""

from __future__ import annotations

from pathlib import Path

import regex

from ..numbers import find_numbers
from ._achv_context import Before
from ._achv_on import rate_over
from ._achv_vocab import Vocab

#: The clause a level word must stand in before the adjective: what follows its last comma, semicolon or colon.
_LAST_CLAUSE = regex.compile(r"[^,;:]*$")
#: Kinds of amount a subjectless comparative states a difference of ('và thấp hơn 1 MW'): measures, never counts
#: ('có 12.000 con trâu, và nhiều hơn 8.000 con bò' is more than 8,000 oxen).
_ELIDED_KINDS = frozenset({"measure", "currency", "percent"})
#: Superlatives that, right after a verb of change, rank the change ('xuất khẩu sang Mỹ giảm nhiều nhất là 66%': the
#: biggest fall, exact), no 'at most' bound.
_RANKED = frozenset({"nhiều nhất", "nhiều nhất là"})
#: The set the change is ranked in, told before it ('Trong đó, xuất khẩu sang Mỹ giảm nhiều nhất là 66%'); without
#: one the superlative caps the change ('Học phí tăng nhiều nhất 15% mỗi năm': at most, mend26f).
_RANK_SET = regex.compile(
    r"(?<!\w)(?:trong[ \u00a0]+(?:các|số|đó)|so[ \u00a0]+với[ \u00a0]+các)(?!\w)", regex.IGNORECASE
)
#: Words of a cap set by rule: 'được điều chỉnh tăng nhiều nhất là 3%', 'chỉ tăng nhiều nhất', '... mỗi năm'.
_CAP_WORDS = ("được", "điều chỉnh", "chỉ")
_CAP_BEFORE = regex.compile(rf"(?<!\w)(?:{'|'.join(_CAP_WORDS)})(?!\w)", regex.IGNORECASE)
_CAP_AFTER = regex.compile(r"[^,;.]*?(?<!\w)mỗi[ \u00a0]+năm(?!\w)", regex.IGNORECASE)


def ranked_change(before_hedge: str, word: str, v: Vocab, after: str = "") -> bool:
    """A superlative hedge right after a verb of change, in a set told before ('Trong đó, sang Mỹ giảm nhiều nhất
    là 66%'): the biggest change, no bound; not a cap ('được điều chỉnh tăng nhiều nhất là 3%', '... mỗi năm').

    >>> from ._achv_vocab import vocab
    >>> v = vocab()
    >>> ranked_change("Trong đó, sang Mỹ giảm ", "nhiều nhất là", v), ranked_change("Học phí tăng ", "nhiều nhất", v)
    (True, False)
    """
    if word not in _RANKED or not _RANK_SET.search(before_hedge):
        return False
    if _CAP_BEFORE.search(before_hedge) or _CAP_AFTER.match(after):
        return False
    ends = [m.end() for m in v.hedges.changed.finditer(before_hedge)]
    return bool(ends) and not before_hedge[ends[-1] :].strip()


def comparative(before_hedge: str, word: str, unit_kind: str, after: str, v: Vocab) -> bool:
    """An adjective right before 'hơn' and an amount of a kind it differs (qualifiers.yaml ``differs``): compared
    ('so với' after it), a percent no level word heads ('sáng hơn 30%'; 'độ che phủ rừng đạt cao hơn 45%' is a
    threshold), or money restated after ('có giá cao hơn 100 USD, tức là 349 USD'): the amount is the difference.

    >>> from ._achv_vocab import vocab
    >>> v = vocab()
    >>> comparative("hình ảnh sáng ", "hơn", "percent", "", v), comparative("cầu dài ", "hơn", "measure", "", v)
    (True, False)
    >>> comparative("có giá cao ", "hơn", "currency", ", tức là 349 USD", v)
    True
    >>> comparative("giá nhỉnh ", "hơn", "currency", ", cạnh tranh", v), comparative("tăng ", "hơn", "percent", "", v)
    (False, False)
    >>> comparative("rừng đạt cao ", "hơn", "percent", "", v)
    False
    """
    h = v.hedges
    if unit_kind not in h.differs.get(word, ()) or not (adjective := v.comparative.search(before_hedge)):
        return False
    if compared_at(after, 0, v):
        return True  # 'cao hơn 5% so với cùng kỳ', 'giá cao hơn 2 triệu đồng so với thế giới'
    if unit_kind == "currency":
        return bool(h.restated.match(after))  # 'có giá cao hơn 100 USD, tức là 349 USD'
    return not _level_before(before_hedge, adjective.start(), v)  # 'tỷ lệ bao phủ ... đạt cao hơn 92%': a level


def _level_before(text: str, end: int, v: Vocab) -> bool:
    """A level word (qualifiers.yaml ``levels``: 'đạt', 'tỷ lệ') in the last clause of ``text`` before ``end``."""
    clause = _LAST_CLAUSE.search(text, 0, end)
    return bool(clause and v.hedges.level.search(clause.group()))


def compared_at(text: str, at: int, v: Vocab) -> bool:
    """'so với' after the amount (ending at ``at``) in its clause, no contrast opening a new one before it: 'ít hơn
    100 người nhưng so với năm trước' compares nothing with the 100.

    >>> from ._achv_vocab import vocab
    >>> compared_at(" bàn so với mùa trước", 0, vocab()), compared_at(" người nhưng so với năm trước", 0, vocab())
    (True, False)
    """
    m = v.compared.match(text, at)
    return m is not None and not v.hedges.contrast.search(text, at, m.end())


def difference(text: str, before: Before, at: int, unit_end: int, unit: str, v: Vocab) -> bool:
    """A 'hơn' (at ``at`` in ``before.tail``) after an adjective ('thấp hơn') with 'so với' after the amount, or
    before 'N lần' ('cao hơn 2 lần Singapore': twice as high): the amount is a difference or a multiple, no hedge."""
    head = before.whole[: before.tail_at + at]
    word = before.tail[at:].strip().casefold()
    adjective = word.startswith("hơn") and v.comparative.search(head)
    opened = (adjective or word in v.hedges.compared) and opened_compared(head, before.dirs)
    if opened and not _level_clause(head, v, before.dirs):
        return True  # 'So với đầu vụ, giá cà phê vẫn thấp hơn 1.500 đồng/kg': lower by 1.500
    if not adjective:
        return False
    return compared_at(text, unit_end, v) or unit.casefold() in v.times_heads


#: The word right before the comparative ('mức |cao |hơn'): a level_open word may stand before it.
_WORD_END = regex.compile(r"[\p{L}\p{M}]+[ \u00a0]+$")


def _level_clause(head: str, v: Vocab, dirs: tuple[Path, ...] = ()) -> bool:
    """After a 'So với ...,' opener, the comparative still bounds a level: a level word in its clause ('tỷ lệ bao
    phủ bảo hiểm y tế đạt cao hơn 92%', as :func:`comparative`), or a level or a count that exists right before it,
    maybe one word between (achievement_sense.yaml's level_open: 'hiện ở mức cao hơn 7.000 đồng/kg', 'năm nay có
    nhiều hơn 300 hộ'; review of achO32).

    >>> from ._achv_vocab import vocab
    >>> _level_clause("So với cùng kỳ, giá lúa tăng nhẹ, hiện ở mức cao ", vocab())
    True
    >>> _level_clause("So với cùng kỳ, giá cà phê vẫn thấp ", vocab())
    False
    """
    from ._achv_sense import sense  # the sense rules import this module's callers

    opens, word = sense(dirs).at_end["level_open"], _WORD_END.search(head)
    level = opens.search(head) or (word is not None and opens.search(head, 0, word.start()))
    return bool(level) or _level_before(head, len(head), v)


#: The clause that opens the sentence with what is compared ends at its comma; a sentence's end or a semicolon after
#: it leaves the comparative later on its own.
_OPENER_CLAUSE = regex.compile(r"[^,;:.!?]{1,80},[^;:.!?]*$")


def opened_compared(head: str, dirs: tuple[Path, ...] = ()) -> bool:
    """The sentence (``head``, up to the comparative) opens with what is compared, a clause of its own
    (achievement_sense.yaml's compared_open): 'So với thời điểm đầu vụ, giá cà phê vẫn thấp hơn'.

    >>> opened_compared("So với thời điểm đầu vụ, giá cà phê vẫn thấp ")
    True
    >>> opened_compared("Giá cà phê so với đầu vụ vẫn thấp "), opened_compared("So với năm trước. Giá vẫn thấp ")
    (False, False)
    """
    from ._achv_sense import sense  # the sense rules import this module's callers

    opener = sense(dirs).at_start["compared_open"].match(head)
    return opener is not None and bool(_OPENER_CLAUSE.match(head, opener.end()))


def compared_or_placed(
    before_hedge: str, word: str, unit_kind: str, v: Vocab, unit: str, after: str, value: float = 0
) -> bool:
    """A comparative that states a difference ('sáng hơn 30%', 'ghi nhiều hơn 3 bàn so với mùa trước', 'và thấp
    hơn 1 mã lực' after 116 mã lực, unless the amount is the subject of a predicate after it), or a 'trên' that
    places what is counted ('khá nhiều mã trên 2 sàn', 'lỗi hệ thống cửa sổ trời trên 47 chiếc'): no hedge.
    ``word`` is the hedge, lowered; ``after`` the text after the unit.

    >>> from functools import partial
    >>> from ._achv_vocab import vocab
    >>> v = vocab()
    >>> placed = partial(compared_or_placed, word="trên", unit_kind="noun", v=v, after="")
    >>> placed("vi phạm ", unit="tuyến phố"), placed("có ", unit="tuyến xe buýt"), placed("đã chặn ", unit="trang web")
    (True, False, False)
    >>> placed("lỗi túi khí ", unit="chiếc xe"), placed("lỗi ", unit="người"), placed("làm hư hỏng ", unit="ngôi nhà")
    (True, False, False)
    >>> compared_or_placed("ghi ", "nhiều hơn", "noun", v, "bàn", " so với mùa trước")
    True
    >>> compared_or_placed("xe tiết kiệm nhiên liệu ", "hơn", "percent", v, "%", " so với bản cũ")
    True
    >>> compared_or_placed("giúp tiết kiệm nhiên liệu ", "hơn", "percent", v, "%", " chi phí so với trước")
    False
    >>> compared_or_placed("Tỉnh tiết kiệm ", "hơn", "currency", v, "đồng", " so với dự toán")
    False
    """
    if word == "trên" and rate_over(before_hedge, unit, v):
        return True  # 'Tỷ lệ hộ nghèo trên 74 huyện nghèo là 38,62%': across the places, no hedge
    if comparative(before_hedge, word, unit_kind, after, v) or ranked_change(before_hedge, word, v, after):
        return True  # 'sáng hơn 30%', 'giá cao hơn 100 USD so với': a difference; 'giảm nhiều nhất là 66%': ranked
    h = v.hedges
    if word == "hơn" and h.verb_comparative.search(before_hedge) and h.compared_next.match(after):
        return _product(before_hedge, v)  # 'xe tiết kiệm nhiên liệu hơn 12% so với thế hệ trước': more economical
    if word in h.compared and compared_at(after, 0, v):
        return True  # 'ghi nhiều hơn 3 bàn so với mùa trước': three more, a difference
    if unit_kind in _ELIDED_KINDS and elided(before_hedge, word, value, unit, v) and not _subject(after, v):
        return True  # '116 MW ... và thấp hơn 1 MW': 1 MW lower
    if word in h.places and h.places[word].search(before_hedge):
        return True  # 'vòng quanh 3 km', 'khoanh vùng xung quanh 2 km': around a place, no hedge
    if unit_kind != "noun":
        return False
    if _headed(unit, h.surfaces.get(word, ())) and h.on_surface.search(before_hedge):
        return True  # 'khá nhiều mã trên 2 sàn', 'vi phạm trên 72 tuyến phố': on
    return _headed(unit, h.fault_sites.get(word, ())) and bool(h.faulted.search(before_hedge))


def elided(before_hedge: str, word: str, value: float, unit: str, v: Vocab) -> bool:
    """A comparative opening its clause with no subject of its own (after a comma or achievement_context.yaml's
    elided_open: 'và thấp hơn 1 mã lực') compares with a larger amount of the same unit before it in the sentence:
    the amount is the difference. A subject of its own ('tỷ lệ hộ ... thấp hơn 80%') or another unit before ('dài
    1,25 m, nặng hơn 140 kg') leaves the hedge, and so does a smaller amount ('có 20 hộ, ... nhiều hơn 30 hộ'), a
    verb ('và tiết kiệm hơn 30% nước' saves more than) or 'còn' ('đến nay còn ít hơn 300 hộ': still, fewer than).

    >>> from ._achv_vocab import vocab
    >>> v = vocab()
    >>> elided("công suất 116 mã lực khi dùng ethanol và ", "thấp hơn", 1, "mã lực", v)
    True
    >>> elided("xã có 120 hộ nghèo, ", "ít hơn", 20, "hộ", v), elided("có 20 hộ, ", "nhiều hơn", 30, "hộ", v)
    (True, False)
    >>> elided("dài 1,25 m, nặng ", "hơn", 140, "kg", v), elided("đạt 95%, tỷ lệ hộ thấp ", "hơn", 80, "%", v)
    (False, False)
    >>> elided("giảm 50% chi phí, và tiết kiệm ", "hơn", 30, "%", v)
    False
    >>> elided("có 500 hộ, đến nay còn ", "ít hơn", 300, "hộ", v)
    False
    """
    h = v.hedges
    lead = before_hedge
    if word != "hơn" and word not in h.compared:
        return False
    if word == "hơn":
        adjective = v.comparative.search(before_hedge)  # not a verb: 'và tiết kiệm hơn 30% nước' saves more than
        if adjective is None:
            return False
        lead = before_hedge[: adjective.start()]
    if not unit or not h.elided.search(lead):
        return False
    same = regex.compile(rf"[ \u00a0]*{regex.escape(unit)}(?![\p{{L}}\p{{M}}\d])", regex.IGNORECASE)  # the whole unit
    return any(prev.value > value and same.match(lead, prev.end) for prev in find_numbers(lead))


#: Characters before the comparative read for the amount a subject is compared with (the sentence before included:
#: 'giá gạo Việt Nam giữ mức 382 USD/tấn. Còn gạo Pakistan thấp hơn 2 USD/tấn').
COMPARED_REACH = 300
#: The largest share of that amount a difference is: a subject 'thấp hơn 8 USD/tấn' after 382 USD/tấn is 8 lower.
MAX_SHARE = 0.5
#: The subject's clause opens after a clause break or a 'và'/'còn' joining two subjects.
_SUBJECT_OPEN = regex.compile(
    r"^.*(?:[,;:(.]|(?<!\w)(?:và|còn)(?!\w))(?P<s>[^,;:(.]*)$", regex.IGNORECASE | regex.DOTALL
)
#: Comparatives of a quantity, never a thing's difference in price: 'ít hơn', 'nhiều hơn'.
_COUNTED = frozenset({"ít hơn", "nhiều hơn"})
#: The clause ends right after the amount: a stop, a comma or a second subject ('và gạo Ấn Độ thấp hơn 8 USD/tấn').
_SUBJECT_END = regex.compile(r"[ \u00a0]*(?:[,;.!?)]|$|(?:và|còn)(?!\w))", regex.IGNORECASE)


def subject_difference(text: str, at: int, word: str, value: float, unit: str, after: str, v: Vocab) -> bool:
    """A thing compared ('gạo Pakistan') as the subject of 'thấp hơn'/'cao hơn'/'rẻ hơn' (hedge at ``at`` in
    ``text``) before a per-unit price ('USD/tấn') much smaller than one of that unit a little before: the price is
    lower by that much, no hedge. An amount noun as the subject ('thu nhập thấp hơn 5 triệu đồng/tháng': a bound,
    achievement_context.yaml's start_level; 'tỷ lệ', 'đạt': levels) or a number in it keeps the hedge.

    >>> from ._achv_vocab import vocab
    >>> text = "Gạo Việt Nam giữ mức 382 USD/tấn. Còn gạo Pakistan thấp hơn 2 USD/tấn"
    >>> subject_difference(text, text.index("thấp"), "thấp hơn", 2, "USD/tấn", ".", vocab())
    True
    >>> text = "Thu nhập 7 triệu đồng/tháng, hộ có thu nhập thấp hơn 3 triệu đồng/tháng"
    >>> subject_difference(text, text.index("thấp"), "thấp hơn", 3, "triệu đồng/tháng", ".", vocab())
    False
    >>> text = "Gạo Việt Nam giữ mức 382 USD/tấn. Còn gạo Pakistan thấp hơn 300 USD/tấn"
    >>> subject_difference(text, text.index("thấp"), "thấp hơn", 300, "USD/tấn", ".", vocab())
    False
    """
    h = v.hedges
    if "/" not in unit or (word != "hơn" and word not in h.compared) or not _SUBJECT_END.match(after):
        return False
    if word in _COUNTED:
        return False  # 'nhiều hộ ở vùng cao ít hơn 1 triệu đồng/người/tháng': a bound
    lead = text[max(0, at - COMPARED_REACH) : at]
    if word == "hơn":
        adjective = v.comparative.search(lead)
        if adjective is None:
            return False
        lead = lead[: adjective.start()]
    subject = _SUBJECT_OPEN.search(lead)
    words = subject["s"] if subject else ""
    if not words.strip() or any(c.isdigit() for c in words) or v.hedges.group_subject.search(words):
        return False  # 'một số diện tích bị hạn thấp hơn 25 tạ/ha', 'nhiều hộ vẫn thấp hơn': a group's bound
    if word == "hơn" and adjective is not None and adjective.group().strip().casefold() in ("ít", "nhiều"):
        return False
    if h.level.search(words) or h.start_level.search(words):
        return False  # 'thu nhập thấp hơn 5 triệu đồng/tháng': an amount noun, a bound
    same = regex.compile(rf"[ \u00a0]*{regex.escape(unit)}(?![\p{{L}}\p{{M}}\d])", regex.IGNORECASE)
    return any(prev.value * MAX_SHARE >= value and same.match(lead, prev.end) for prev in find_numbers(lead))


#: Most words from the number to a plan that makes a mark passed its figure, the unit's included ('1.000 tỷ đồng kế
#: hoạch', '500 tỷ đồng theo kế hoạch'); 'vượt mốc 3 triệu lượt khách trong kế hoạch 5 năm' is more than.
PLAN_REACH = 2


def plan_after(plan: regex.Pattern[str], unit: str, after: str) -> bool:
    """A plan within PLAN_REACH words after the number, the unit's words counted: the mark passed is its figure.

    >>> from ._achv_vocab import vocab
    >>> plan = vocab().hedges.planned["vượt mốc"]
    >>> plan_after(plan, "đồng", " kế hoạch tỉnh giao."), plan_after(plan, "lượt khách", " trong kế hoạch 5 năm.")
    (True, False)
    >>> plan_after(plan, "USD", " và vượt kế hoạch năm."), plan_after(plan, "đồng", " theo kế hoạch.")
    (False, True)
    """
    m = plan.match(after)
    return m is not None and len(m["gap"].split()) + len(unit.split()) <= PLAN_REACH


def _product(before_hedge: str, v: Vocab) -> bool:
    """A vehicle or a machine (achievement_context.yaml's saving_subject) in the clause before a saving: its saving is
    a property ('Xe tiết kiệm nhiên liệu hơn 12%'); an office's or a plant's is an amount saved ('Các cơ quan đã
    tiết kiệm xăng hơn 20%', 'Nhà máy tiết kiệm nhiên liệu hơn 5%': not_saving_subject).

    >>> from ._achv_vocab import vocab
    >>> _product("Mẫu xe mới tiết kiệm xăng ", vocab()), _product("Nhà máy tiết kiệm xăng ", vocab())
    (True, False)
    >>> _product("Xe đạt 5 sao, các cơ quan tiết kiệm xăng ", vocab())
    False
    """
    clause = _LAST_CLAUSE.search(before_hedge)
    found = v.hedges.saving_subject.finditer(clause.group() if clause else before_hedge)
    return any(m["s"] for m in found)


def _subject(after: str, v: Vocab) -> bool:
    """The amount is the subject of a predicate after it (``after``, the text after its unit): an aspect or a passive
    word after it ('nhiều hơn 200 ha đã được cơ giới hóa'), or anything but a clause's end or a clause of time or
    condition (achievement_context.yaml's elided_end: 'khi dùng xăng') after any amount ('nhiều hơn 250 hộ tham
    gia', 'ít hơn 100 tỷ đồng giải ngân', 'nhiều hơn 2 tỷ đồng từ xã hội hóa').

    >>> from ._achv_vocab import vocab
    >>> _subject(" tham gia.", vocab()), _subject(", 1 Nm khi dùng xăng.", vocab())
    (True, False)
    >>> _subject(" đã được cơ giới hóa", vocab()), _subject(" khi dùng xăng", vocab())
    (True, False)
    >>> _subject(" giải ngân.", vocab()), _subject(" từ xã hội hóa.", vocab())
    (True, True)
    """
    h = v.hedges
    return bool(h.elided_subject.match(after)) or not h.elided_end.match(after)


def _headed(unit: str, heads: tuple[str, ...]) -> bool:
    """The unit opens with one of ``heads`` ('chiếc' of 'chiếc Audi Q5')."""
    return any(f"{unit.casefold()} ".startswith(f"{head} ") for head in heads)


#: 'gấp', 'nhân' are changes only before a number ('nhân 2', 'gấp 3 lần'); 'nhân dân', 'gấp rút' are none.
_TIMES_WORDS = frozenset({"gấp", "nhân"})
_NUMBER_NEXT = regex.compile(r"[ \u00a0]+(?:\d|đôi(?!\w))", regex.IGNORECASE)


def changes(words: str, v: Vocab) -> list[regex.Match[str]]:
    """The change words in ``words`` ('tăng', 'xuống'), 'gấp'/'nhân' only before a number ('Ủy ban nhân dân' is none).

    >>> from ._achv_vocab import vocab
    >>> [m.group() for m in changes("Ủy ban nhân dân tỉnh tăng gấp 2 lần, nhân 3", vocab())]
    ['tăng', 'gấp', 'nhân']
    """
    found = v.hedges.changed.finditer(words)
    return [c for c in found if c.group().casefold() not in _TIMES_WORDS or _NUMBER_NEXT.match(words, c.end())]
