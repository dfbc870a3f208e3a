"""Numbers inside a name: a sport's event ('nội dung Thuyền đôi Nữ 500m', 'bơi (200m hỗn hợp cá nhân nam)') and a
programme named by its aim ('chương trình giảm 1.000 hộ nghèo được thực hiện tốt') count nothing done.

A distance is an event's when an event word opens its clause a few words before it (with a name or a sport word
after it: 'thực hiện nội dung nạo vét 500m kênh' is work), or a style word follows it; an aim is a programme's when a
programme noun and its verb stand right before the number and the phrase is the subject of a passive ('được') whose
verb is done to the programme ('được triển khai'; 'Chương trình hỗ trợ 300 hộ được vay vốn' counts the households):
'chương trình đã giúp 1.000 hộ thoát nghèo' tells what was done, it counts. Words come from
``achievement_context.yaml`` (kinds event_before, event_not, event_distance, event_after, event_sport, programme,
programme_not, programme_passive, programme_done).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from ..lexicon import Termset, load
from ..numbers import NumberMatch

#: Most words between an event word and the distance ('nội dung Thuyền đôi Nữ 500m').
EVENT_GAP = 5
#: Most words between a programme's verb and the number ('chương trình giảm 1.000', 'dự án hỗ trợ vay 50').
AIM_GAP = 2
#: Most words of the counted noun between the number and the passive ('1.000 hộ nghèo được').
NOUN_GAP = 4
#: Most words of the counted noun closing a named programme's clause ('1 tỷ | cây xanh.'; not 'người đã tham gia').
AIM_NOUN = 2
#: Most words after a body's capitalised first word between 'được' and its verb ('được UBND tỉnh phê duyệt').
AGENT_GAP = 2
_SP = r"[ \u00a0]+"
#: Punctuation that closes a clause between a programme's verb and its noun.
_CLAUSE_MARK = regex.compile(r"[,;:.!?()]")
_WORD = r"[\p{L}\p{M}]+"


@dataclass(frozen=True)
class Events:
    """The patterns of the kinds only this module reads."""

    event_before: regex.Pattern[str]  # 'nội dung Thuyền đôi Nữ ' closing the tail: the distance names the event
    event_not: regex.Pattern[str]  # 'ở ' right before that word: 'ở cự ly 2.478m' is how far a shot went, it counts
    distance: regex.Pattern[str]  # 'm', 'km' right after the number
    event_after: regex.Pattern[str]  # ' hỗn hợp', ' tự do' right after that distance: a style, an event's name
    programme: regex.Pattern[str]  # 'chương trình giảm ' closing the tail: the number may be the programme's aim
    programme_not: regex.Pattern[str]  # 'đã', 'giúp' among those words: what the programme did, it counts
    sport: regex.Pattern[str]  # 'thi đấu', 'bơi', 'huy chương': the clause is about a sport, 'nội dung' an event
    passive: regex.Pattern[str]  # ' hộ nghèo được thực hiện' after the number: the programme is the subject
    answered: regex.Pattern[str]  # 'hưởng ứng' before the programme's noun: the programme is named, its aim no deed
    closed: regex.Pattern[str]  # ' cây xanh.' after the number: the counted noun closes the clause


@functools.cache
def events(dirs: tuple[Path, ...] = ()) -> Events:
    """The patterns, compiled once per lexicon folders."""
    ctx = load("achievement_context", dirs)

    def terms(kind: str) -> str:
        return Termset([e.term for e in ctx if e.kind == kind]).pattern(boundary=False)

    flags = regex.IGNORECASE
    return Events(
        event_before=regex.compile(
            rf"(?<!\w){terms('event_before')}(?P<gap>(?:{_SP}{_WORD}){{0,{EVENT_GAP}}}){_SP}$", flags
        ),
        event_not=regex.compile(rf"(?<!\w){terms('event_not')}{_SP}$", flags),
        distance=regex.compile(rf"[ \u00a0]?{terms('event_distance')}(?!\w)", flags),
        event_after=regex.compile(rf"{_SP}{terms('event_after')}(?!\w)"),  # its case: 'gần 3m | Nam nghệ sĩ'
        programme=regex.compile(
            rf"(?<!\w){terms('programme')}(?P<aim>(?:{_SP}(?-i:\p{{Ll}}){_WORD}){{1,{AIM_GAP}}}){_SP}$", flags
        ),
        sport=regex.compile(rf"(?<!\w){terms('event_sport')}(?!\w)", flags),
        programme_not=regex.compile(rf"(?<!\w){terms('programme_not')}(?!\w)", flags),
        answered=regex.compile(rf"(?<!\w){terms('programme_answered')}(?!\w)", flags),
        closed=regex.compile(rf"(?:{_SP}(?-i:\p{{Ll}}){_WORD}){{1,{AIM_NOUN}}}[ \u00a0]*(?:[,.;:!?)…]|$)"),
        passive=regex.compile(
            rf"(?:{_SP}(?-i:\p{{Ll}}){_WORD}){{1,{NOUN_GAP}}}{_SP}{terms('programme_passive')}"
            rf"(?:{_SP}(?-i:\p{{Lu}}){_WORD}(?:{_SP}{_WORD}){{0,{AGENT_GAP}}})?"
            rf"{_SP}{terms('programme_done')}(?!\w)",
            flags,
        ),
    )


def names_event(
    text: str, num: NumberMatch, tail: str, end: int, dirs: tuple[Path, ...] = (), whole: str = ""
) -> bool:
    """The number is a distance naming a sport's event, or the aim naming a programme: no amount.

    >>> t = "các môn Canoe (nội dung Thuyền đôi Nữ 500m), bơi"
    >>> names_event(t, NumberMatch(38, 41, 500, False, False), t[:38], len(t))
    True
    >>> t = "Anh chạy được 500m thì dừng"
    >>> names_event(t, NumberMatch(14, 17, 500, False, False), t[:14], len(t))
    False
    """
    e = events(dirs)
    if dist := e.distance.match(text, num.end, end):
        if (event := e.event_before.search(tail)) and not e.event_not.search(tail, 0, event.start()):
            return _sporting(event["gap"], tail + text[num.end : end], e)
        return e.event_after.match(text, dist.end(), end) is not None
    aim = e.programme.search(tail)
    if aim is None or e.programme_not.search(aim["aim"]):
        return False
    if _answered(whole[: len(whole) - len(tail) + aim.start()], e) and e.closed.match(text, num.end, end):
        return True  # 'hưởng ứng ... chương trình trồng 1 tỷ cây xanh.': the programme named, nothing planted
    return e.passive.match(text, num.end, end) is not None


def _answered(before: str, e: Events) -> bool:
    """A verb answering or launching a programme in the clause before its noun ('hưởng ứng Tết trồng cây cũng như')."""
    ends = [m.end() for m in e.answered.finditer(before)]
    return bool(ends) and not _CLAUSE_MARK.search(before, ends[-1])


def _sporting(gap: str, clause: str, e: Events) -> bool:
    """An event word opens an event when nothing or a capitalised name follows it, or a sport word is in the clause:
    'nội dung Thuyền đôi Nữ 500m', 'thi đấu nội dung 100m nam'; 'thực hiện nội dung nạo vét 500m kênh' is work."""
    words = gap.split()
    return not words or words[0][0].isupper() or e.sport.search(clause) is not None
