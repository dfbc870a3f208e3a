"""Numbers that number a table's rows, name a slogan, or set a contest's per-unit rule: no result.

'STT Trường NV1 NV2 NV3 1 THPT Nguyễn Thượng Hiền 25,5 ... 2 THPT Gia Định 24,5' (a table's row numbers, the
table flattened on one line or a line each), '5 không, 3 sạch' (a slogan's parts), 'Hội thi ... Mỗi đơn vị cử 15
đội viên' (what each unit sends by a contest's rules), 'Học phí ... của 24 trường như sau:' (the rows a table
heading announces), 'cơ chế xã hỗ trợ 100% xi măng' (a support mechanism's share), 'cấp 2 số 1' (a name's
number). Counts stay: 'Toàn huyện có 5 trường THPT, trong đó 2 THPT đạt chuẩn', '1.200 hộ đạt tiêu chí 3 sạch'
(the households), 'mỗi xã có 15 đội viên' told outside a contest. Used by :mod:`._achv_frames`; the words come
from ``achievement_sense.yaml`` (kinds table_head, slogan_part, unit_rule_lead, unit_rule_verb, contest,
slogan_alone, list_intro, list_intro_of, mechanism, name_number).
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

import regex

from ._achv_bounds import bounded
from ._achv_structs import structured

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: Highest row number read as one ('STT ... 120 Trường ...'); a larger bare number before a name is a count.
ROW_MAX = 300
#: Characters before the number searched for the table's heading ('STT Trường ...').
HEAD_REACH = 1500
#: Most characters between the row before and this one (its cells: '1 THPT Nguyễn Thượng Hiền 25,5 25,75 26 ').
ROW_REACH = 400
#: Characters before the number searched for the contest a per-unit rule belongs to (the title, the lead).
CONTEST_REACH = 1500
#: Largest slogan number ('5 không, 3 sạch').
SLOGAN_MAX = 10
#: A capital opening the row's name right after the number ('2 THPT ...', '8 Trường Y Dược').
_NAME_NEXT = regex.compile(r"[ \u00a0]+\p{Lu}")
#: A bare number (not inside a word like 'NV1', not a decimal's part, not a range's end like '2024-2025').
_BARE = regex.compile(r"(?<![\w.,/–-])\d+(?![\w.,/–-]\d)(?!\w)")
_ABBR_JOIN = ("&", "-", "/")
#: A count told earlier in the sentence ('có 120 chi hội, ...').
_COUNTED = regex.compile(r"(?<![\w.,])\d[\d.,]*[ \u00a0]+\p{L}")
#: Between a list's link back and its count: a comma, spaces ('Theo đó|, |10 di tích gồm:').
_ANNOUNCE_GAP = regex.compile(r"[ \u00a0]*,?[ \u00a0]*")
#: What separates a slogan's parts: a comma, a dash, 'và'.
_SLOGAN_JOIN = r"[ \u00a0]*(?:[,;–-]|và(?!\w))[ \u00a0]*"


def rowed(at: Around, s: Sense) -> str | None:
    """Why the number is a table's row number, a slogan's part, a per-unit rule or a name's number, or None."""
    noun = at.unit.kind == "noun"
    if noun and _row_number(at, s):
        return "label"  # 'STT Trường ... 1 THPT Nguyễn Thượng Hiền 25,5 2 THPT Gia Định': the row's number
    if noun and _slogan(at, s):
        return "idiom"  # 'mô hình chi hội phụ nữ 5 không, 3 sạch'
    if _unit_rule(at, s):
        return "rule"  # 'Hội thi ... Mỗi đơn vị cử 15 đội viên và 1 chỉ huy đội'
    if noun and s.at_end["list_intro_of"].search(at.before) and s.at_start["list_intro"].match(at.after):
        return "listicle"  # 'Học phí ngành Y khoa năm học 2024-2025 của 24 trường như sau:'
    if noun and _announced(at, s):
        return "listicle"  # 'Theo đó, 10 di tích gồm:': the list's announcement, the count told before
    if at.unit.kind == "percent" and _mechanism(at, s):
        return "rule"  # 'có cơ chế xã hỗ trợ 100% xi măng': what a mechanism gives, nothing done
    if noun and s.anywhere["name_number"].fullmatch(at.unit.text) and at.after[:1] == " " and at.after[1:2].isdecimal():
        return "label"  # 'Bệnh viện dã chiến cấp 2 số 1': a name's numbers
    # a policy's parts before their list, the set a rank or a survey is drawn over; a bound, a need, a strength, a
    # grade, a format, an example
    return structured(at, s) or bounded(at, s)


def _row_number(at: Around, s: Sense) -> bool:
    """A small bare number before a capitalised name, the row before it (or after it) numbered one less (one more)
    under a 'STT' heading or opening the lines around: a table's row number, no count."""
    n = int(at.num.value)
    if not at.written.isdecimal() or not 1 <= n <= ROW_MAX or not at.unit.text[:1].isupper():
        return False
    text, pos = at.earlier[0], at.num.start
    window = text[max(0, pos - HEAD_REACH) : pos]
    heads = [h for h in s.anywhere["table_head"].finditer(window) if "TT" in h.group() and not _joined(window, h)]
    if heads and _NAME_NEXT.match(window, heads[-1].end()):
        rows = window[heads[-1].end() :]
        first = _BARE.search(rows + " ")
        if n == 1:
            return len(rows) <= ROW_REACH and first is None
        # the rows start at 1 right after the heading ('TT Huế Nguyễn Văn Phương ... năm 2024 có 1 Bệnh viện' no)
        return first is not None and _row_at(1).match(rows, first.start()) is not None and bool(
            _row_at(n - 1).search(rows[-ROW_REACH:])
        )
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip():
        return False
    return _numbered_run(text, line_start, n)


def _numbered_run(text: str, line_start: int, n: int) -> bool:
    """Lines numbered 1, 2, 3 ... around this one (at least three, from 1): a table's rows, not two counts told on
    lines that follow ('3 Trường được công nhận ...' then '4 Hợp tác xã ...')."""
    starts, lines = _lines(text)
    at = bisect.bisect_left(starts, line_start)  # this line (not blank: the number opens it)
    first, k = n, at
    while first > 1 and k > 0 and _row_at(first - 1).match(lines[k - 1]):
        first, k = first - 1, k - 1
    last = n
    for line in lines[at + 1 :]:
        if not _row_at(last + 1).match(line):
            break
        last += 1
    return first == 1 and last >= 3


@functools.lru_cache(maxsize=4)
def _lines(text: str) -> tuple[list[int], list[str]]:
    """The text's lines that are not blank, stripped, and where each starts: split once per article, not per number.

    >>> _lines("1 A\\n\\n 2 B \\n")
    ([0, 5], ['1 A', '2 B'])
    """
    starts, lines, pos = [], [], 0
    for line in text.split("\n"):
        if stripped := line.strip():
            starts.append(pos)
            lines.append(stripped)
        pos += len(line) + 1
    return starts, lines


def _joined(text: str, head: regex.Match[str]) -> bool:
    """'TT' inside a name's abbreviation ('Bộ TT&TT', 'Thông tư 01/2024/TT-BYT'): no table's heading."""
    return text[head.start() - 1 : head.start()] in _ABBR_JOIN or text[head.end() : head.end() + 1] in _ABBR_JOIN


@functools.cache
def _row_at(n: int) -> regex.Pattern[str]:
    """A bare ``n`` then a capitalised word: a row numbered ``n``."""
    return regex.compile(rf"(?:^|(?<=[ \u00a0]))(?<![\d.,]){n}[ \u00a0]+\p{{Lu}}")


def _slogan(at: Around, s: Sense) -> bool:
    """A slogan's part: 'N sạch', or 'N không'/'N có' next to another part ('5 không, 3 sạch')."""
    if at.num.value > SLOGAN_MAX or not s.at_start["slogan_part"].fullmatch(at.unit.text):
        return False
    if s.anywhere["slogan_alone"].fullmatch(at.unit.text):
        return True
    part = rf"\d+[ \u00a0]+{s.anywhere['slogan_part'].pattern}"
    return bool(
        regex.search(rf"{part}{_SLOGAN_JOIN}$", at.before, regex.IGNORECASE)
        or regex.match(rf"{_SLOGAN_JOIN}{part}(?!\w)", at.after, regex.IGNORECASE)
    )


def _unit_rule(at: Around, s: Sense) -> bool:
    """'Mỗi <unit> cử/gồm/có N' opening the clause in a contest's story: what each unit sends by its rules."""
    clause = at.clause
    lead = s.at_start["unit_rule_lead"].match(clause)
    if lead is None or not s.anywhere["unit_rule_verb"].search(clause, lead.end()):
        return False
    if s.at_start["unit_rule_not"].match(clause[lead.end() :].lstrip()) or s.anywhere["done"].search(clause):
        return False  # 'Mỗi năm huyện có 500 hộ thoát nghèo', 'Mỗi xã đã cử 5 hội viên': what happened
    if _COUNTED.search(at.before[: len(at.before) - len(clause)]):
        return False  # 'Hiện toàn huyện có 120 chi hội, mỗi chi hội có 20 hội viên': a report's counts
    text, pos = at.earlier[0], at.earlier[1]
    return bool(s.anywhere["contest"].search(text[max(0, pos - CONTEST_REACH) : pos] + at.before + at.after))


def _announced(at: Around, s: Sense) -> bool:
    """A sentence that only announces a list: a link back ('Theo đó,'), the count and its noun, 'gồm' and a colon
    ('Theo đó, 10 di tích gồm:'); a verb of the noun's own or a word before the count keeps it."""
    lead = s.at_start["list_announce"].match(at.before)
    if lead is None or _ANNOUNCE_GAP.fullmatch(at.before, lead.end()) is None:
        return False
    verb = s.at_start["list_announce_verb"].match(at.after.lstrip(" \u00a0"))
    return verb is not None and at.after.lstrip(" \u00a0")[verb.end() :].lstrip(" \u00a0")[:1] == ":"


def _mechanism(at: Around, s: Sense) -> bool:
    """A mechanism named earlier in the clause, nothing told done since ('có cơ chế xã hỗ trợ 100% xi măng')."""
    found = s.anywhere["mechanism"].search(at.clause)
    if found is None or s.anywhere["done"].search(at.clause, found.end()):
        return False
    return bool(s.at_end["mechanism_give"].search(at.before))  # the share it gives ('hỗ trợ 100%'), no result
