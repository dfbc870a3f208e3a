"""Vague amounts used as figures of speech, and the two bodies a story is about (nofactC38).

A vague amount of a length closing its phrase is an impression of a distance or a height, no count of what happened:
'bị kéo lê hàng chục mét và tử vong', 'cột khói bốc lên cao hàng chục mét.', 'bế con vượt hàng chục km tới Trung
tâm Y tế', 'Có loại nổ trên cao hàng chục cây số,'; a vague multiplier ('cao gấp hàng chục lần') and questions in
one's head ('Hàng trăm câu hỏi ... trong đầu') are figures too. What was damaged or built stays, the measured
thing after the length ('hàng chục mét dải phân cách bị cày nát', 'hàng trăm km đường') or a work or damage verb
before it in the clause ('làm sạt lở hàng trăm mét.', 'nạo vét được hàng chục km.'), and so does a vague count of
what happened ('hàng trăm hộ dân bị ngập').

'2' and a body after its members with 'của' or after 'giữa', then punctuation or a stop word, refers back to the two
bodies told ('ghi nhận sự nỗ lực của cán bộ, chiến sỹ 2 đơn vị;', 'một số xã viên của 2 HTX,', 'Đội hình thi đấu của 2
CLB.'); bare 'của' or members alone are new facts ('thu hồi giấy phép của 2 đơn vị.', 'kỷ luật lãnh đạo 2 đơn vị.');
not those taking part ('với sự tham gia của 2 đơn vị'), nor a count with more after it ('của 2 đơn vị trúng thầu').

Words come from ``achievement_context.yaml`` (kinds vague_length, vague_close, vague_times, thought, thought_place,
pair_body, pair_members, pair_between, pair_body_not, deed_give, vague_built), and the times word from
``achievement_phrases.yaml`` (kind times: 'lần').

'N lần' after a counted noun and its deed, then 'được' and a give verb, is the merit that picks out the recipients,
no count of its own: 'Trong đó 44 cá nhân hiến máu tình nguyện 40 lần được trao kỷ niệm chương' (the award is the 44
individuals'); 'hiến máu 40 lần' alone, or 'Anh đã 2 lần được tặng Bằng khen' (no counted noun before), stay.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from ..lexicon import load
from ..numbers import NumberMatch
from ._achv_vocab_fields import kind_pattern

#: A time after 'trong đầu': 'trong đầu tháng 5' is early May, no head.
_TIME_AFTER = r"(?:tháng|năm|tuần|quý|mùa|vụ)(?!\w)"
#: The count of the bodies a story is about ('của 2 đơn vị').
PAIR = 2
_SP = r"[ \u00a0]"
#: Most words of a giver between 'được' and the give verb ('được UBND TP tặng').
GIVER_WORDS = 6
#: Characters before the times searched for the counted noun and its deed.
DEED_REACH = 120
#: A counted noun and its deed before the times, in the same clause ('44 cá nhân hiến máu tình nguyện ').
_COUNTED_DEED = regex.compile(r"(?<![\w.,])\d[\d.]*[ \u00a0]+[^\d,;:.!?()]+?[ \u00a0]+$")


@dataclass(frozen=True)
class Figures:
    """The patterns, compiled once per vocabulary folder."""

    length_closed: regex.Pattern[str]  # ' mét.', ' km tới', ' cây số,' right after a vague amount
    built: regex.Pattern[str]  # 'nạo vét được ', 'sạt lở ' in the clause before: what was built or damaged
    times: regex.Pattern[str]  # 'gấp ' right before a vague amount
    times_unit: regex.Pattern[str]  # ' lần' right after it
    thought: regex.Pattern[str]  # ' câu hỏi' right after a vague amount
    thought_place: regex.Pattern[str]  # 'trong đầu' later in the sentence
    members: regex.Pattern[str]  # 'của cán bộ, chiến sỹ ', 'xã viên của ', 'giữa ' right before '2'
    body_closed: regex.Pattern[str]  # ' đơn vị;', ' HTX,', ' đơn vị này' right after '2'
    body_not: regex.Pattern[str]  # 'tham gia của ' right before '2': those taking part count
    deed_given: regex.Pattern[str]  # ' lần được trao' right after a count: the merit of those given an award


@functools.cache
def figures(dirs: tuple[Path, ...] = ()) -> Figures:
    """The patterns of the figure words in ``dirs`` (and the packaged ones)."""
    entries = load("achievement_context", dirs)
    t = {k: kind_pattern(entries, k) for k in (
        "vague_length", "vague_close", "vague_times", "thought", "thought_place", "pair_body", "pair_members",
        "pair_body_not", "deed_give", "vague_built", "pair_between",
    )}
    times = kind_pattern(load("achievement_phrases", dirs), "times")  # 'lần' (Vocab.times_heads)
    m = t["pair_members"]
    close = rf"{_SP}*(?:[,.;:!?)…]|$|{_SP}+{t['vague_close']}(?!\w))"
    ic = regex.IGNORECASE
    return Figures(
        length_closed=regex.compile(rf"{_SP}+{t['vague_length']}(?!\w){close}", ic),
        built=regex.compile(rf"(?<!\w){t['vague_built']}(?!\w)[^,;:.!?]*$", ic),
        times=regex.compile(rf"(?<!\w){t['vague_times']}{_SP}+$", ic),
        times_unit=regex.compile(rf"{_SP}+{times}", ic),
        thought=regex.compile(rf"{_SP}+{t['thought']}(?!\w)", ic),
        thought_place=regex.compile(rf"(?<!\w){t['thought_place']}(?!\w)(?!{_SP}+{_TIME_AFTER})", ic),
        members=regex.compile(
            rf"(?:(?<!\w)của{_SP}+{m}|(?<!\w){m}{_SP}+của|(?<!\w){t['pair_between']}){_SP}+$", ic
        ),
        body_closed=regex.compile(rf"{_SP}+{t['pair_body']}{close}", ic),  # 'này' after it: a close word
        body_not=regex.compile(rf"(?<!\w){t['pair_body_not']}{_SP}+của{_SP}+$", ic),
        deed_given=regex.compile(
            rf"{_SP}+{times}{_SP}+được(?:{_SP}+[^\s\d,;:.]+){{0,{GIVER_WORDS}}}?{_SP}+{t['deed_give']}(?!\w)", ic
        ),
    )


def vague_figure(text: str, num: NumberMatch, tail: str, end: int, dirs: tuple[Path, ...] = ()) -> bool:
    """A vague amount that is a figure of speech: a length closing its phrase, a multiplier after 'gấp', questions
    in one's head.

    >>> t = "bị tàu kéo lê hàng chục mét và tử vong"
    >>> vague_figure(t, NumberMatch(14, 23, 10, True, True), t[:14], len(t))
    True
    """
    f = figures(dirs)
    if f.length_closed.match(text, num.end, end) and not f.built.search(tail):
        return True  # 'kéo lê hàng chục mét và tử vong'; not 'hàng chục mét dải phân cách', 'sạt lở hàng trăm mét.'
    if f.times.search(tail) and f.times_unit.match(text, num.end, end):
        return True  # 'cao gấp hàng chục lần so với chưa chuyển đổi'
    return bool(f.thought.match(text, num.end, end) and f.thought_place.search(text, num.end, end))


def pair_of_bodies(text: str, num: NumberMatch, tail: str, end: int, dirs: tuple[Path, ...] = ()) -> bool:
    """'2' and a body closing its phrase after the bodies' members or 'của': the two bodies told before."""
    if num.value != PAIR or num.approximate:
        return False
    f = figures(dirs)
    return bool(f.members.search(tail) and not f.body_not.search(tail) and f.body_closed.match(text, num.end, end))


def deed_times(text: str, num: NumberMatch, whole: str, end: int, dirs: tuple[Path, ...] = ()) -> bool:
    """'N lần được <give>' after a counted noun and its deed in the clause (``whole``: the sentence before the
    number): the merit picking out the recipients."""
    return bool(figures(dirs).deed_given.match(text, num.end, end) and _COUNTED_DEED.search(whole[-DEED_REACH:]))
