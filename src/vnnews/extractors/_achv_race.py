"""A distance that names a race's event, no distance run: '800m nữ', '3.000m vượt chướng ngại vật', '4 nội dung gồm 5
km, 10 km và 21 km', 'chạy vui 1 km'; the race family read in one place.

:func:`race_listed` (ach22b, asked by :mod:`._achv_told`): a bare distance listed after events counted or made plural
('tranh tài ở bốn cự ly 42,195 km, 21,1 km'). :func:`race_named` (ach23c, asked by :mod:`._achv_place`): a distance
right after 'cự ly' or a race's name, or in a list after it, or a sex closing it ('5km nam, 3km nữ'), or a count of
runners before it ('3.500 người chạy 21 km'). :func:`race_event` (ach27race, asked by :mod:`._achv_place`): in a
sentence with a race's words (or an article whose last 2,000 characters before it hold them), a distance is an event
when a group or a style closes it ('10km nam tuyển', '5km và 2,5km nam phong trào', '800m nữ với thành tích', '3.000m
vượt chướng ngại vật'), possibly after more distances of the list, or when it stands in a list of distances right after
an event's head ('4 nội dung bao gồm 5 km, 10 km', 'các nội dung sở trường là 5.000m', 'chạy vui 1 km'). A distance run
or covered stays ('chạy 5 km mỗi ngày', 'vượt qua 150 km', 'hoàn thành quãng đường 21 km'). The words come from
``achievement_sense.yaml`` (race_*). A sport's event named inside a clause ('nội dung Thuyền đôi Nữ 500m') is still read
by :mod:`._achv_events`, on its own words (``achievement_context.yaml``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._achv_words import DIGIT_END, count_joined, joined_count

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: More distances of a list after the number ('5km | và 2,5km | nam phong trào').
_MORE = regex.compile(r"[ \u00a0]*(?:,|và|hoặc)[ \u00a0]*\d[\d.,]*[ \u00a0]*([\p{L}\p{M}]+)")
#: What may close a group: the clause's end, a joint or a preposition ('800m nữ với thành tích', '10km nam tuyển;').
_GROUP_CLOSE = regex.compile(r"[ \u00a0]*(?:[,.;:!?()\-–—]|(?:và|với|tại|ở|trong|hoặc)(?!\w)|$)")
#: What a list of events holds between its head and a distance: punctuation and joints.
_EVENT_MARKS = regex.compile(r"[ \u00a0,:()\-–—]+|(?:và|hoặc)(?!\w)")
_EVENT_DISTANCE = regex.compile(r"\d[\d.,]*[ \u00a0]*([\p{L}\p{M}]+)")
#: Characters of the article before the sentence read for a race's words ('+ Cự ly 42 km: 3 giờ' in a schedule).
RACE_REACH = 2000
#: What a list of races holds between its head ('cự ly', 'marathon') and a distance: other distances, joints,
#: punctuation (not ';': 'cự ly 42 km; 3.500 người chạy 21 km' is a run told after the list).
_NAMED_MARKS = regex.compile(r"[ \u00a0,:()\-–—]+")
#: A distance in a list of races: digits, then a word read as a race's unit ('5km', '21,1 km').
_NAMED_DISTANCE = regex.compile(r"\d[\d.,]*[ \u00a0]*([\p{L}\p{M}\-]+)")
#: What may follow a race's sex: the clause's end or another race ('5km nam, 3km nữ'; not '3 km nam sông Hồng').
_SEX_CLOSE = regex.compile(r"[ \u00a0]*(?:[,.;:!?)\-–—]|và(?!\w)|$)")
#: What may follow a distance in a list of races: punctuation, a bracket, a joint ('10 km và 5 km', '3.000m (nam)').
_LIST_NEXT = regex.compile(r"[ \u00a0]*(?:[,.;:()\-–—…]|và(?!\w)|$)")
#: A break in a list of races: a full stop, not the dot grouping digits ('chạy 3.000m (nam), 1.500m (nữ)').
_RACE_BREAK = regex.compile(r"[;!?]|\.(?!\d)")
#: A joint closing the text before a distance listed after another ('5 km và |10 km').
_JOINT_END = regex.compile(r"[ \u00a0]*(?:,|và)[ \u00a0]+$")
#: A count in digits right before a word ('4 cự ly').
_EVENTS_COUNT = regex.compile(r"(?<![\d.,])\d{1,2}[ \u00a0]+$")
#: A sport's word (a letter word, no number) right before a sex closing an event's name: 'cà kheo |nữ'.
_EVENT_WORD = regex.compile(r"(?<![\d.,][ \u00a0]*)[\p{L}\p{M}]{2,}[ \u00a0]+$")
#: Between a medal and its event's distance: a bracket and up to six lower-case words ('(chạy cà kheo nữ ').
_MEDAL_GAP = regex.compile(r"[ \u00a0]*\(?[ \u00a0]*(?:\p{Ll}[\p{L}\p{M}]*[ \u00a0]+){1,6}")
#: Laps counted right before, then a comma: '4 vòng, |8 dạo'.
_LAP_BEFORE = regex.compile(count_joined(r"[\p{L}\p{M}]+(?:[ \u00a0]+[\p{L}\p{M}]+)?", ","))
#: A comma and another count right after the laps: '4 vòng|, 8 |dạo'.
_LAP_AFTER = regex.compile(joined_count(","))


def race_event(at: Around, s: Sense) -> bool:
    """Whether the distance names a race's event (see the module's docstring)."""
    if at.unit.kind != "measure" or not s.at_start["race_unit"].fullmatch(at.unit.text) or not _racing(at, s):
        return False
    return _grouped(at, s) or _headed(at, s)


def _grouped(at: Around, s: Sense) -> bool:
    """A group ('nữ', 'nam tuyển', 'nữ phong trào') or a style ('vượt chướng ngại vật') after the distance or after
    more distances of its list; a group in lower case, closed ('3 km nam sông Hồng' is a place)."""
    pos = 0
    while (more := _MORE.match(at.after, pos)) and s.at_start["race_unit"].fullmatch(more[1]):
        pos = more.end()
    if s.at_start["race_style"].match(at.after, pos):
        return True
    seen = 0
    while (group := s.at_start["race_group"].match(at.after, pos)) and group.group().islower():
        pos, seen = group.end(), seen + 1
    return seen > 0 and _GROUP_CLOSE.match(at.after, pos) is not None


def _headed(at: Around, s: Sense) -> bool:
    """The distance in a list right after an event's head and its lead ('4 nội dung bao gồm 5 km, 10 km', 'các nội
    dung sở trường là 5.000m', 'chạy vui 1 km'); no break, no deed between, no finishing verb before the head."""
    for head in s.terms_in(at, "race_head"):
        rest = at.before[head.end() :]
        if _RACE_BREAK.search(rest) or s.anywhere["achieved"].search(rest):
            continue
        if s.at_end["race_done"].search(at.before[: head.start()]):
            continue  # 'hoàn thành cự ly 21 km': one run finished
        lead = s.at_start["race_lead"].match(at.before, head.end())
        if _only_distances(at.before, lead.end() if lead else head.end(), s):
            return True
    return False


def _only_distances(text: str, pos: int, s: Sense) -> bool:
    """Whether text[pos:] holds only distances, groups, punctuation and joints: a list of events up to the number."""
    return _only_list(text, pos, s, _EVENT_MARKS, _EVENT_DISTANCE, ("race_group",))


def race_named(at: Around, s: Sense) -> bool:
    """A distance right after 'cự ly' or an event's name, or in a list after it ('cự ly 5km và 10km', 'bán Marathon
    21km và 10km'), or with a sex closing it in a sport's sentence ('các nội dung truyền thống 5km nam, 3km nữ'); not
    when a verb of finishing stands right before 'cự ly' ('hoàn thành cự ly 21 km': a run finished; 'về đích ở cự ly'
    is not guarded, readers judged 'ở cự ly 42 km, ... về đích đầu tiên' a category), nor with no race's words near."""
    if _event_before(at, s):
        return True  # 'Huy chương Vàng (chạy cà kheo nữ 100m', 'bơi ếch nữ 50m': the event a medal was won in
    sex = s.at_start["race_sex"].match(at.after)
    closed = sex is not None and _SEX_CLOSE.match(at.after, sex.end()) is not None  # not 'làm mới 3 km nam sông Hồng'
    if sex and closed and sex.group().islower() and _sporting(at, s):
        return True
    if not _racing(at, s):
        return False  # 'tiêu diệt một phiến quân ... ở cự ly 2.478m': a shot's range, no race
    if (run := s.at_end["race_runners"].search(at.before)) and DIGIT_END.search(at.before, 0, run.start()):
        return True  # '3.500 người chạy 21 km': the race a count of runners ran, no distance measured
    heads = [*s.terms_in(at, "race_class"), *s.terms_in(at, "race_name")]
    for m in heads:
        if _only_races(at.before, m.end(), s) and not s.at_end["race_done"].search(at.before[: m.start()]):
            return True
    return False


def _event_before(at: Around, s: Sense) -> bool:
    """The distance closing an event's name (nofactR40): right after a lower-case sex that follows a sport's word ('chạy
    cà kheo nữ 100m', 'bơi tự do nam 50m'), or after a medal and a sport's words only ('Huy chương Bạc chạy 200m', 'HCĐ
    môn chạy cà kheo nữ 200m'); not a distance run ('Anh đã chạy 42 km', 'nhận huy chương sau khi chạy 21 km')."""
    sex = s.at_end["race_sex"].search(at.before)
    if sex and sex.group().strip().islower() and _EVENT_WORD.search(at.before, 0, sex.start()) and _racing(at, s):
        return True
    medals = list(s.terms_in(at, "race_medal"))
    if not medals:
        return False
    gap = at.before[medals[-1].end() :]
    return _MEDAL_GAP.fullmatch(gap) is not None and not s.anywhere["race_medal_stop"].search(gap)


def _racing(at: Around, s: Sense) -> bool:
    """A race's words in the sentence or in the article just before it ('Giờ xuất phát: | + Cự ly 42 km: 3 giờ')."""
    text, start = at.earlier
    for kind in ("race_field", "race_field_near"):  # 'tham gia', 'đăng ký' are everywhere: this sentence only
        if s.anywhere[kind].search(at.before) or s.anywhere[kind].search(at.after):
            return True
    return s.anywhere["race_field"].search(text, max(0, start - RACE_REACH), start) is not None


def _sporting(at: Around, s: Sense) -> bool:
    """A sport's words in the sentence before the number: a race ('cự ly', 'marathon'), an event or an athlete."""
    return any(next(s.terms_in(at, kind), None) for kind in ("race_class", "race_name", "race_event", "race_sport"))


def _only_races(text: str, pos: int, s: Sense) -> bool:
    """Whether text[pos:] holds only distances, races' names, sexes and joints: a list of races up to the number."""
    return _only_list(text, pos, s, _NAMED_MARKS, _NAMED_DISTANCE, ("race_name", "race_sex", "race_joint"))


def _only_list(
    text: str, pos: int, s: Sense, marks: regex.Pattern[str], distance: regex.Pattern[str], kinds: tuple[str, ...]
) -> bool:
    """Whether text[pos:] is a list walked by ``marks``, race distances (``distance`` then a race unit) and words of
    the sense ``kinds``: the one walker of the two race lists above."""
    end = len(text)
    while pos < end:
        step = marks.match(text, pos)
        if step is None and (d := distance.match(text, pos)) and s.at_start["race_unit"].fullmatch(d[1]):
            step = d
        for kind in kinds:
            step = step or s.at_start[kind].match(text, pos)
        if step is None or step.end() == pos:
            return False
        pos = step.end()
    return True


def race_listed(at: Around, s: Sense) -> bool:
    """A bare distance listed after events counted or made plural ('bốn cự ly', '4 cự ly:', 'các nội dung:'): it
    names a race, no distance run ('tranh tài ở bốn cự ly 42,195 km, 21,1 km, 10 km và 5 km'); 'nội dung' only with a
    sport word ('vận động viên'); not one event done ('hoàn thành cự ly 21 km'), nor a road ('các nội dung: cứng hóa
    12 km đường'), nor after a sentence break or an 'đã' ('các nội dung ..., đã làm 12 km')."""
    if at.unit.kind != "measure" or not s.at_start["race_unit"].fullmatch(at.unit.text):
        return False
    if not _LIST_NEXT.match(at.after) and not s.at_start["race_after"].match(at.after) and not _listed(at, s):
        return False  # 'cứng hóa 12 km đường': a road built
    sport = s.may(at, "race_sport") and s.anywhere["race_sport"].search(at.before)
    found = [*s.terms_in(at, "race_class"), *(s.terms_in(at, "race_event") if sport else ())]
    for m in found:
        head, rest = at.before[: m.start()], at.before[m.end() :]
        if _RACE_BREAK.search(rest) or s.anywhere["achieved"].search(rest):
            continue
        if _EVENTS_COUNT.search(head) or s.at_end["race_many"].search(head):
            return True
    return False


def _listed(at: Around, s: Sense) -> bool:
    """A distance after another and a joint: the list goes on ('hai cự ly 5 km và 10 km với hơn 2.000 người')."""
    joint = _JOINT_END.search(at.before)
    unit = s.at_close["race_unit"].search(at.before, 0, joint.start()) if joint else None
    return unit is not None and bool(DIGIT_END.search(at.before, 0, unit.start()))


def race_laps(at: Around, s: Sense) -> bool:
    """Laps that name a race's event: a lower-case sex right before them in a sport's sentence ('tranh tài nội dung
    truyền thống nữ 4 vòng đôi và nam 5 vòng đôi'); laps done stay ('xoay 49 vòng mỗi bên', 'chấm 2 vòng')."""
    if at.unit.kind != "noun" or not s.at_start["race_lap"].fullmatch(at.unit.text):
        return False
    lap = _LAP_BEFORE.search(at.before)  # 'nam thi đấu 4 vòng, |8 dạo': the same event's format goes on
    paired = lap is not None and s.at_start["race_lap"].fullmatch(lap.group("noun")) is not None
    head = at.before[: lap.start()] if lap is not None and paired else at.before
    sex = s.at_end["race_sex"].search(head)
    if sex is not None and not paired and s.at_close["race_played"].search(sex.group().rstrip()):
        more = _LAP_AFTER.match(at.after)  # 'đội bóng chuyền nam thi đấu 5 vòng, thắng 4 trận': rounds played
        if more is None or not s.at_start["race_lap"].match(at.after, more.end()):
            return False
    return sex is not None and sex.group().strip().islower() and _sporting(at, s)
