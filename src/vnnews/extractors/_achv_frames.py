"""Numbers told inside a rule, a definition, a statistic's frame or a reference, no result.

'Luật quy định 7 hình thức giám sát' (what a law prescribes), 'nghèo đa chiều được đo bằng 10 chỉ số' (how something is
measured), 'chấm điểm, bỏ phiếu kín theo 4 tiêu chí' (the criteria a judgement is made by), 'Tính theo 63 tỉnh, thành
phố cũ, ...' (the set a statistic is counted over), 'chậm hơn 1 tháng so với 3 gói thầu còn lại' (the rest a thing is
compared with), 'không có tình trạng học 3 ca' (a kind of situation denied), 'tăng trưởng hai con số' (double digits),
'2 PGS.TS Đỗ Thị ...' (a list's number before a person) and 'Khách hàng mua lô đất diện tích 200m2 ... sẽ được giảm giá'
(an offer's condition). What was done stays: 'xã đã tổ chức 10 hình thức tuyên truyền', 'xã đạt 19 tiêu chí', 'truy bắt
5 đối tượng còn lại', 'so với 15,4 triệu USD tháng 1 năm ngoái'. Used by :mod:`._achv_sense`; the words come from
``achievement_sense.yaml`` (kinds rule_*, define_*, by_criteria, criteria_unit, judging, stat_frame, compared_*,
negated_state, digits_*, buyer, offer_gain), ``degrees.yaml`` and ``surnames.yaml``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from ..lexicon import Termset, load
from ._achv_rows import rowed
from ._achv_words import DIGIT

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

#: Most words between 'quy định' and the number it prescribes ('quy định rõ các | 7 hình thức').
PRESCRIBED_WORDS = 3
#: Most words of the noun phrase between 'đo bằng' and the number ('bằng mức độ thiếu hụt tiếp cận | 5 dịch vụ').
DEFINED_WORDS = 6
#: Most words between a denied situation and its number ('không có tình trạng | học | 3 ca').
NEGATED_WORDS = 4
#: The values 'N con số' reads as a rate's size: double and triple digits.
DIGIT_COUNTS = frozenset({2, 3})
#: What closes a statistic's frame after its unit, a word or two of it aside: a comma or 'thì' ('Tính theo 63 tỉnh,
#: thành phố cũ, | Tp.HCM', 'Nếu tính theo 34 tỉnh, thành | mới, có').
_FRAME_CLOSE = regex.compile(r"(?:[ \u00a0]+[\p{L}\p{M}]+){0,2}[ \u00a0]*(?:,|thì(?!\w))", regex.IGNORECASE)
#: A capitalised word after a degree, a name's first: '2 PGS|.TS Đỗ Thị ...'; not '2 PGS, 5 TS', '2 PGS.TS và 3 TS'.
_NAME_NEXT = regex.compile(r"[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])")
#: A degree's abbreviation: two capitals or more ('TS', 'ThS', 'BSCKII'), not a word of a spelled title ('Giáo sư').
_ABBREVIATION = regex.compile(r"(?=(?:.*\p{Lu}){2})[\p{L}\d]+")


def framed(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the number is part of a rule, a definition, a frame or a reference rather than a result, or None."""
    if _prescribed(at, s):
        return "rule"  # 'Luật quy định 7 hình thức giám sát', 'Luật cũng quy định 10 hình thức'
    if _defined(at, s):
        return "define"  # 'được đo bằng 10 chỉ số', 'đo lường bằng mức độ thiếu hụt tiếp cận 5 dịch vụ'
    if at.unit.kind == "noun" and _by_criteria(at, s):
        return "rule"  # 'bỏ phiếu kín theo 4 tiêu chí': how it is judged
    if at.unit.kind == "noun" and _stat_frame(at, s):
        return "frame"  # 'Tính theo 63 tỉnh, thành phố cũ, Tp.HCM tăng 7,82%'
    if at.unit.kind == "noun" and _compared_rest(at, s):
        return "back"  # 'chậm hơn 1 tháng so với 3 gói thầu còn lại'
    if _negated_state(at, v, s):
        return "negation"  # 'không có tình trạng học 3 ca'
    if at.unit.kind == "noun" and _digits(at, s):
        return "figure"  # 'tăng trưởng kinh tế đạt hai con số'
    if at.unit.kind == "noun" and not s.at_end["members_lead"].search(at.before) and _degree_label(at, s.dirs):
        return "label"  # '2 PGS.TS Đỗ Thị Ngμ Thanh': a list's number before a person
    if _offered(at, s):
        return "hypothetical"  # 'Khách hàng mua lô đất diện tích 200m2 ... sẽ được giảm giá'
    return rowed(at, s)  # a table's row number, a slogan's part, a contest's per-unit rule


def _prescribed(at: Around, s: Sense) -> bool:
    """A legal text opening the clause, then 'quy định' a few words before the number, no deed or number between."""
    clause = at.clause
    source = s.at_start["rule_source"].match(clause)
    if source is None or not source.group().strip()[:1].isupper():  # 'Luật', not 'luật' in 'pháp luật ...'
        return False
    verbs = list(s.anywhere["rule_verb"].finditer(clause, source.end()))
    if not verbs:
        return False
    rest = clause[verbs[-1].end() :]
    return len(rest.split()) <= PRESCRIBED_WORDS and not DIGIT.search(rest) and not s.anywhere["achieved"].search(rest)


def _defined(at: Around, s: Sense) -> bool:
    """'đo bằng' and at most DEFINED_WORDS words of the phrase it governs before the number, none opening another, the
    unit a defining noun (define_unit: 'chỉ số', 'tiêu chí', 'dịch vụ'); not 'đo bằng máy chuyên dụng 1.200 trường
    hợp' (the cases checked)."""
    if not s.may(at, "define_by") or not s.at_start["define_unit"].match(at.unit.text):
        return False
    for m in s.terms_in(at, "define_by"):
        rest = at.before[m.end() :]
        if (
            len(rest.split()) <= DEFINED_WORDS
            and not DIGIT.search(rest)
            and not s.anywhere["define_gap_stop"].search(rest)
        ):
            return True
    return False


def _by_criteria(at: Around, s: Sense) -> bool:
    """Criteria right after 'theo', a verb of judging before it ('bỏ phiếu kín theo 4 tiêu chí'): a judgement's rule."""
    if not s.at_start["criteria_unit"].fullmatch(at.unit.text):
        return False
    by = s.at_end["by_criteria"].search(at.before)
    if by is None or s.at_end["criteria_met"].search(at.before[: by.start()]):  # 'đã hoàn thành theo 19 tiêu chí'
        return False
    return s.anywhere["judging"].search(at.before, 0, by.start()) is not None


def _stat_frame(at: Around, s: Sense) -> bool:
    """A clause of only 'Tính theo' before the number and a comma or 'thì' after its unit: a statistic's frame."""
    return bool(s.at_start["stat_frame"].fullmatch(at.clause.strip())) and bool(_FRAME_CLOSE.match(at.after))


def _compared_rest(at: Around, s: Sense) -> bool:
    """'so với' right before the number and 'còn lại' right after its unit: the rest a thing is compared with; not
    when a predicate of the rest follows (compared_rest_pred: '4 tuyến đường còn lại | mới thi công 50%'), nor when
    the rest is listed ('cũng như', or 'như' right after a name)."""
    rest = s.at_start["compared_rest"].match(at.after)
    if rest is None or s.at_start["compared_rest_pred"].match(at.after, rest.end()):
        return False
    to = s.at_end["compared_to"].search(at.before)
    if to is None or s.at_end["compared_list"].search(at.before):  # 'cũng như 5 đối tượng còn lại': listed
        return False
    ahead = at.before[: to.start()].split()
    return not (to.group().strip().casefold() == "như" and ahead and ahead[-1][:1].isupper())  # 'Nguyễn Văn B như'


def _negated_state(at: Around, v: Vocab, s: Sense) -> bool:
    """A situation denied at most NEGATED_WORDS words before the number, no number, conjunction (negated_stop: 'khi',
    'do', 'nhờ') or deed between: 'không có tình trạng học 3 ca'; not 'không còn tình trạng thiếu giáo viên khi đã
    tuyển dụng 120 giáo viên mới' (the deed that ended it)."""
    if not s.may(at, "negated_state"):
        return False
    found = list(s.anywhere["negated_state"].finditer(at.before))
    if not found:
        return False
    gap = at.before[found[-1].end() :]
    return (
        len(gap.split()) <= NEGATED_WORDS
        and not DIGIT.search(gap)
        and not s.anywhere["negated_stop"].search(gap)
        and not v.action.search(gap)
    )


def _digits(at: Around, s: Sense) -> bool:
    """'hai con số' with a rate earlier in its clause: double digits, the size of a rate."""
    if at.num.value not in DIGIT_COUNTS or not s.at_start["digits_unit"].fullmatch(at.unit.text):
        return False
    return s.anywhere["digits_rate"].search(at.clause) is not None


@functools.cache
def _degrees(dirs: tuple[Path, ...]) -> tuple[regex.Pattern[str], frozenset[str]]:
    """Each degree's abbreviations ('PGS', 'TS', 'ThS': the parts of 'PGS.TS', two capitals or more) as one pattern,
    and the family names a person's name opens with (``surnames.yaml``)."""
    parts = {p for e in load("degrees", dirs) for p in regex.split(r"[.\s]+", e.term) if _ABBREVIATION.fullmatch(p)}
    surnames = frozenset(e.term.casefold() for e in load("surnames", dirs))
    return regex.compile(Termset(sorted(parts)).pattern(boundary=False)), surnames


@functools.lru_cache(maxsize=8)
def _degree_chain(degree: str) -> regex.Pattern[str]:
    """One more degree after a degree ('PGS.|TS'), compiled once per degree list."""
    return regex.compile(rf"\.?[ \u00a0]?(?:{degree})\.?(?![\p{{L}}\p{{M}}])")


def _degree_label(at: Around, dirs: tuple[Path, ...]) -> bool:
    """A degree as the unit, more degrees after it, then a name opening with a family name: the number lists a person
    ('2 PGS.TS Đỗ Thị ...', '4 TS. Lê Minh Hà'); not 'có 2 PGS, 15 TS', 'mỗi phòng chỉ có 1 TS. Tại điểm thi' (TS a
    candidate, then a sentence)."""
    degree, surnames = _degrees(dirs)
    if not degree.fullmatch(at.unit.text.rstrip(".")):
        return False
    pos, chain = 0, _degree_chain(degree.pattern)
    while more := chain.match(at.after, pos):
        pos = more.end()
    pos += 1 if at.after[pos : pos + 1] == "." else 0
    name = _NAME_NEXT.match(at.after, pos)
    return name is not None and name.group().strip().casefold() in surnames


def _offered(at: Around, s: Sense) -> bool:
    """A buyer opening the sentence and a gain promised after a measure ('200m2'): an offer's condition, nothing sold;
    a count stays ('Người mua 120 căn hộ tại dự án sẽ được cấp sổ hồng': the flats sold)."""
    if at.unit.kind != "measure" or not s.at_start["buyer"].match(at.before):
        return False
    if s.anywhere["achieved"].search(at.before):
        return False
    return s.anywhere["offer_gain"].search(at.after) is not None
