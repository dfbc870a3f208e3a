"""Numbers that name or place, no result: a race's distance, a distance that locates, an address, a rate's base.

'ở cự ly 42 km, nữ VĐV ... về đích đầu tiên', 'tổ chức nội dung bán Marathon 21km và 10km', 'các nội dung truyền thống
5km nam, 3km nữ' (a race named by its distance), 'nhà cách đó 20m', 'cách bờ biển Nghệ An khoảng 12 hải lý' (where
something is), 'hẻm 12 ngách 17 ngõ 180' (an address), '1 bảng đổi được 1,1325 USD' (a rate's base), 'Sáng sớm 8/9 hàng
loạt cây xăng' (a date), 'xuất sắc trên 10 lĩnh vực: học tập; ...' (a scope) and 'Hồ Xuân Cường (33 tu' (an age cut by
the excerpt's end). One finished run stays ('hoàn thành cự ly 21 km', 'chạy được 42 km'), and so does a road built
('nâng cấp 20 km đường'); races are read in :mod:`._achv_race`. Used by :mod:`._achv_sense`; the words come from
``achievement_sense.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._achv_clock import LAST_DAY, LAST_MONTH
from ._achv_race import race_event, race_laps, race_named

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

#: Most words (and bracketed asides) between 'cách' and the distance it gives ('cách sân bay quốc tế Gia Bình khoảng').
PLACE_WORDS = 12
_PLACE_GAP = regex.compile(
    rf"(?:[ \u00a0]+(?:[\p{{L}}\p{{M}}][\p{{L}}\p{{M}}.\-]*|\([^()\d]{{1,60}}\))){{0,{PLACE_WORDS}}}[ \u00a0]+"
)
#: A day and a month between a number and its unit ('8|/9 |hàng loạt').
_MONTH = regex.compile(r"/[ \u00a0]*(\d{1,2})[ \u00a0]+")
#: A day and a month joined by a point, read as one decimal number ('chiều nay |28.1| một vụ cháy').
_DOTTED = regex.compile(r"(\d{1,2})\.(\d{1,2})")
#: A bracket opening right before the number ('Hồ Xuân Cường (|33 tu').
_BRACKET_END = regex.compile(r"\([ \u00a0]*$")
_DIGIT_NEXT = regex.compile(r"[ \u00a0]+\d")
#: What closes a bare 'mặt' (side) counted as a field: the clause's end ('trên 4 mặt: học tập'; not '20 mặt bằng').
_FIELD_CLOSE = regex.compile(r"[ \u00a0]*(?:[,.;:!?)\-–—]|$)")


def placed(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the number names or places something rather than counting a result (the rule's kind), or None."""
    if at.unit.kind == "measure" and s.at_start["race_unit"].fullmatch(at.unit.text) and race_named(at, s):
        return "class"  # 'ở cự ly 42 km, nữ VĐV ...', 'nội dung bán Marathon 21km và 10km', '5km nam, 3km nữ'
    if race_event(at, s):
        return "class"  # '800m nữ với thành tích', '3.000m vượt chướng ngại vật', '4 nội dung bao gồm 5 km, 10 km'
    if race_laps(at, s):
        return "class"  # 'nội dung truyền thống nữ 4 vòng đôi và nam 5 vòng đôi': a boat race's events
    if at.unit.kind == "measure" and s.at_start["place_unit"].match(at.unit.text) and _located(at, v, s):
        return "place"  # 'nhà cách đó 20m', 'cách đảo Phú Quý (Bình Thuận) 96 hải lý'
    lane = at.unit.kind == "noun" and s.at_start["address"].fullmatch(at.unit.text)
    if lane and s.at_end["address_lead"].search(at.before) and not _lanes_counted(at.before, s):
        return "address"  # 'hẻm 12 ngách 17 ngõ 180 Kim Hoa': each number names the lane before it
    if at.num.value == 1 and _rate_base(at, s):
        return "ratio"  # '1 bảng đổi được 1,1325 USD': the base of a rate, the verb read into the unit
    if _dated(at, s):
        return "date"  # 'Sáng sớm 8/9 hàng loạt cây xăng ...'
    if at.unit.kind == "noun" and _field_scope(at, s):
        return "window"  # 'có thành tích xuất sắc trên 10 lĩnh vực: học tập; ...': 'trên' is 'in', a scope
    if _cut_age(at, s):
        return "age"  # 'Hồ Xuân Cường (33 tu' closing an excerpt
    return None


def _located(at: Around, v: Vocab, s: Sense) -> bool:
    """A length after 'cách' and a few words naming a place: how far it is from there ('cách bờ biển Nghệ An khoảng 12
    hải lý', 'cách đó 20m'); not 'cách' in a word ('bằng cách', 'giãn cách', 'cách làm'), nor a deed in between ('tìm
    cách nâng cấp 20 km đường')."""
    for m in s.terms_in(at, "place_from"):
        gap = _PLACE_GAP.fullmatch(at.before, m.end())
        if gap is None or s.at_end["place_not_before"].search(at.before[: m.start()]):
            continue
        if s.at_start["place_not_after"].match(at.before, m.end()) or v.action.search(at.before, m.end()):
            continue
        if not _gap_stopped(at.before, m.end(), s):
            return True
    return False


def _gap_stopped(text: str, pos: int, s: Sense) -> bool:
    """A predicate between 'cách' and the number: the place's clause has ended and the number is its own ('Các thôn
    cách xa trung tâm xã đã có 10 km đường', 'Cách đó không xa là tuyến kè dài 2 km', 'Khu vực cách bờ sông bị sạt
    lở 200 m'); a place's own words ('đường cao tốc') and the hedges ('khoảng', 'chưa đầy') do not stop it."""
    for stop in s.anywhere["place_gap_stop"].finditer(text, pos):
        if stop.group().islower() and not s.anywhere["place_gap_word"].match(text, stop.start()):
            return True
    return False


def _lanes_counted(before: str, s: Sense) -> bool:
    """The lane's word before the number is the unit of a number with no lane's word before it: lanes counted
    ('cải tạo 12 ngõ | 20 ngách'), not an address ('hẻm 12 ngách | 17')."""
    lead = s.anywhere["address_lead"].pattern
    counted = regex.search(rf"(?:({lead})[ \u00a0]+)?\d[\d.,]*[ \u00a0]+{lead}[ \u00a0]+$", before, regex.IGNORECASE)
    return counted is not None and counted.group(1) is None


def _rate_base(at: Around, s: Sense) -> bool:
    """A swap word read into the unit of a '1' and an amount after it: '1 bảng đổi được 1,1325 USD'."""
    joined = at.unit.text + at.after
    for m in s.anywhere["swap"].finditer(joined, 1):
        if m.start() > len(at.unit.text):
            return False
        if _DIGIT_NEXT.match(joined, m.end()):
            return True
    return False


def _dated(at: Around, s: Sense) -> bool:
    """A day and a month right after a part of the day: a date, no fraction or decimal ('Sáng sớm 8/9 hàng loạt',
    'chiều nay 28.1 một vụ cháy')."""
    text = at.earlier[0]
    dotted = _DOTTED.fullmatch(at.written) if at.unit.kind == "noun" else None
    if dotted and (s.at_end["day_part"].search(at.before) or s.at_end["today_part"].search(at.before)):
        return 1 <= int(dotted[1]) <= LAST_DAY and 1 <= int(dotted[2]) <= LAST_MONTH  # 'chiều nay 28.1 một vụ'
    month = _MONTH.fullmatch(text, at.num.end, at.unit.start) if text else None
    if month is None or not s.at_end["day_part"].search(at.before):
        return False
    return 1 <= at.num.value <= LAST_DAY and at.num.value == int(at.num.value) and 1 <= int(month[1]) <= LAST_MONTH


def _field_scope(at: Around, s: Sense) -> bool:
    """'trên' (in, across) before a count of fields after a word of merit: a scope ('xuất sắc trên 10 lĩnh vực')."""
    face = s.at_close["field_face"].match(at.unit.text) and _FIELD_CLOSE.match(at.after)  # '3 mặt:', not 'mặt bằng'
    if not face and not s.at_close["field_noun"].match(at.unit.text):  # the whole unit: not 'mặt hàng'
        return False
    over = s.at_end["field_over"].search(at.before)
    if over is None:
        return False
    return s.at_end["merit"].search(at.before[: over.start()]) is not None  # not 'hoạt động trên 3 lĩnh vực: ...'


def _cut_age(at: Around, s: Sense) -> bool:
    """A bracketed number whose unit is the start of an age word and closes the excerpt: '(33 tu'."""
    text = at.earlier[0]
    if not text or text[at.unit.end :].strip() or not _BRACKET_END.search(at.before):
        return False
    return s.at_start["age_cut"].fullmatch(at.unit.text) is not None
