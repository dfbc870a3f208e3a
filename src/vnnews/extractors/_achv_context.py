"""Step 1 of reading a number: what it is part of, and whether it is an amount at all.

A number inside a URL or a short quotation (a name, a slogan), a date, time, period, identifier,
ordinal, code or phone number or a body named by its number ('Bệnh viện 115') is no achievement (a
count an award owns, 'tặng Bằng khen cho 10 tập thể', is settled after extraction: :mod:`vnnews.ownership`).
Words come from ``achievement_context.yaml`` and ``achievement_phrases.yaml`` (see :mod:`._achv_vocab`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from ..lastwords import last_words_start
from ..lexicon import load
from ..numbers import NumberMatch, parse_digits
from ..segment import Sentence
from ._achv_clock import clock_or_lunar_day
from ._achv_colon import colon_names
from ._achv_names import may_end, names_nothing, quoted_name
from ._achv_restates import restates
from ._achv_vocab import Vocab
from ._achv_words import RANGE_CONNECTORS, SPACES, WORD
from ._people_line import is_foreign_word

#: Spelled-out amounts have at least this many words ('hai mươi', 'hàng trăm'); one word is a determiner ('hai bên').
MIN_SPELLED_WORDS = 2
#: Largest count read with a capitalised organisation noun as its unit ('3 Công ty ...').
MAX_ORG_COUNT = 99
#: A quotation with at most this many words is a name or slogan; numbers in it are not results.
SLOGAN_MAX_WORDS = 15
YEARS = range(1900, 2101)
#: Characters before a number searched for the first part of a price split by a stray space ('1.274, | 9').
SPLIT_REACH = 24

_URL = regex.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|html?)(?:/\S*)?", regex.IGNORECASE
)
_QUOTE = regex.compile(r""""[^"\n]*(?:"|$)|(?<!\w)'[^'\n]*'(?!\w)""", regex.MULTILINE)
# Joined to what is before it: a date or time ('9/1'), a code ('F-35', '#3'), a plate ('43H - 5946'),
# a milestone ('Km 710+700', spaced 'Km 8 + 60'), a dimension ('148,9 x 68 x 8 mm'). Searched from the end
# (REVERSE): it is asked only whether a match closes the text, and fails at once wherever none ends (2.5x faster).
_JOINED_BEFORE = regex.compile(
    r"(?:\d\s*[/:.\-x×]\s*|\w-|[#№]|\d\p{Lu}{1,2}\d?\s*[-–]\s*|\d\+"
    r"|(?<!\w)[Kk]m[ \u00a0]*\d+[ \u00a0]*\+[ \u00a0]*)$",
    regex.REVERSE,
)
# A list of dates: the number after 'tháng 4, ' is the next month ('Tháng 4, 5 tình hình tăng trưởng tốt hơn').
_DATE_LIST_BEFORE = regex.compile(
    r"(?<!\w)(?:ngày|tháng|quý|năm)[ \u00a0]+\d{1,2}[ \u00a0]*(?:,|và|-)[ \u00a0]*$", regex.IGNORECASE
)
# A phone number's first group (a 0 then 2-4 digits), and its second, right before the number: '0823 125 xxx',
# '0912 345 678', '0988 868 465'.
_PHONE_BEFORE = regex.compile(r"(?<![\w.,])0\d{2,4}(?:[ \u00a0]\d{2,4})?[ \u00a0]$")
_EXPONENT_BEFORE = regex.compile(r"(?:/|\d[ \u00a0]?)[kcdm]?m[ \u00a0]+$")
_DIGIT_NEXT = regex.compile(r"\s*\d")
_PADDED_DIGIT = regex.compile(r"0[1-9]")
_SPACE_LOWER = regex.compile(r"[ \u00a0]\p{Ll}")
_LAST_TWO_WORDS = regex.compile(r"(?<!\w)(?P<w>[\p{L}\p{M}]+(?:[ \u00a0]+[\p{L}\p{M}]+)?)[ \u00a0]+$")
#: A range's connector between number words: 'hai đến năm', 'ba - bốn' (digits take ``Vocab.range_joins``).
SPELLED_RANGE = regex.compile(rf"[ \u00a0]*(?:{RANGE_CONNECTORS})[ \u00a0]+(?=\p{{Ll}})")
_NEXT_LOWER_WORD = regex.compile(r"[ \u00a0]+(?P<w>\p{Ll}[\p{L}\p{M}]*)")
_CAPITAL_INSIDE = regex.compile(r"\p{Ll}\p{Lu}")
_LAST_WORD = regex.compile(r"(?P<w>[\p{L}\p{M}\d]+)[ \u00a0]$")
_YEAR_AFTER_DASH = regex.compile(r"\s*-\s*(?P<y>\d{4})(?!\d)")
# A price split by a stray space, before its last part: after the decimal comma of a number grouped by
# thousands dots ('1.274, | 9 USD/oz') or inside its last group ('1.2 | 21,49 USD/oz'); not a list ('3, 4 và 5').
_SPLIT_BEFORE = regex.compile(
    r"""(?<![\d.,])(?:(?P<whole>\d{1,3}(?:\.\d{3})+),|(?P<group>\d{1,3}(?:\.\d{3})*\.\d{1,2}))[ \u00a0]$"""
)
_SPLIT_DECIMALS = regex.compile(r"\d{1,2}")
_SPLIT_GROUP_END = regex.compile(r"\d{1,2}(?:,\d{1,2})?")
# The rate a split price is quoted at ('USD/oz', 'USD/thùng'): lists and section numbers carry none.
_RATE_AFTER = regex.compile(r"[ \u00a0]?/[ \u00a0]?[\p{L}\p{M}]")


@dataclass(frozen=True)
class Before:
    """The sentence before a number, whole, and its tail: the last words, all that a rule anchored at its end reads."""

    whole: str
    tail: str
    dirs: tuple[Path, ...] = ()  # the lexicon folders the rules read (for the patterns of ._achv_names)

    @property
    def tail_at(self) -> int:
        """Offset of the tail in ``whole``."""
        return len(self.whole) - len(self.tail)


@functools.cache
def _rule_words(dirs: tuple[Path, ...]) -> int:
    """The most words a rule read right before a number matches: its longest context or hedge term, at least 2."""
    entries = (*load("achievement_context", dirs), *load("qualifiers", dirs))
    return max(2, *(len(e.term.split()) for e in entries))


def before_number(text: str, sent: Sentence, num: NumberMatch, dirs: tuple[Path, ...]) -> Before:
    """What comes before ``num`` in its sentence (the tail spares the end-anchored rules a scan of it all)."""
    tail_start = last_words_start(text, sent.start, num.start, _rule_words(dirs))
    return Before(text[sent.start : num.start], text[tail_start : num.start], dirs)


def protected(text: str, start: int, end: int, dirs: tuple[Path, ...] = ()) -> list[tuple[int, int]]:
    """Spans of URLs and quoted names in text[start:end]: no results inside.

    A short quotation is a name or slogan; a longer one is a name when a noun naming it stands right before
    it ('Gói thầu "Mua sắm ... cho 72 trường mầm non của 10 huyện"'), else it is speech and is read. A project's
    noun and a colon before a capital name what follows, unquoted, to the sentence's end ('Đề án: Điều tra ...').
    """
    chunk = text[start:end]
    hints = ("http", "www", ".vn", ".com", ".net", ".org", ".htm")
    out = [(m.start(), m.end()) for m in _URL.finditer(text, start, end)] if any(h in chunk for h in hints) else []
    for m in _QUOTE.finditer(text, start, end):
        if len(WORD.findall(m.group())) <= SLOGAN_MAX_WORDS or quoted_name(text, start, m, dirs):
            out.append((m.start(), m.end()))
    return out + (colon_names(text, start, end, dirs) if ":" in chunk else [])


def _percent_after(text: str, num: NumberMatch, end: int, v: Vocab) -> bool:
    """The number is a percentage ('5,1%', '30 phần trăm')."""
    m = v.unit_after.match(text, num.end, end)
    return bool(m and (m.group("u") == "%" or v.unit_kinds.get(m.group("u").lower()) == "percent"))


def is_date_like(text: str, sent: Sentence, num: NumberMatch, before: Before, v: Vocab) -> bool:
    """Dates, times, periods, identifiers, ordinals: numbers that are no amount."""
    if _JOINED_BEFORE.search(before.tail) or _DATE_LIST_BEFORE.search(before.whole[-24:]):
        return True
    if _PHONE_BEFORE.search(before.tail):
        return True  # the next group of a phone number: '(0823 125 xxx)'
    if clock_or_lunar_day(text, num, sent.end):
        return True  # '20g ngày 25/02', '21g45', '12 h hàng ngày', '30 Tết', '15 âm lịch'
    if text[num.start : num.end] in ("2", "3") and _EXPONENT_BEFORE.search(before.tail):
        return True  # a superscript set on the line: '15 triệu đồng/m 2', '500 m 3'
    if _skipped_before(text, before.tail, num, sent.end, v):
        return True  # 'ngày 9', 'lần thứ 5'; but a share is never a date: 'giảm hằng năm 5,1%'
    if names_nothing(text, num, before.tail, before.whole, sent.end, v, before.dirs):
        return True  # 'gạo 5%', '-50kg', 'BKS 47M: 5054', 'MPN/100ml', 'chọn 1 trong 2 đề', 'quay ngoắt 180 độ'
    if restates(text, num, before.whole, before.tail, sent.end, v, before.dirs):
        return True  # 'trong cùng 1 bài hát', 'Lyon và Marseille là 2 CLB', 'lừa dối hàng tỷ người'
    start = num.start - len(before.tail)  # the 'named' words close the tail before any spaces ('\s+$')
    closes = may_end(text, start, start + len(before.tail.rstrip()), v.named_ends)
    named = v.named.search(before.tail) if closes else None
    if named and not _sentence_start(before.whole, before.tail_at + named.start("n")):
        return True  # 'Ban Chỉ đạo 389', 'Bệnh viện 115': a body named by its number
    written = text[num.start : num.end]
    if not num.spelled and _code_digits(written, text[num.end : sent.end]):
        return True  # phone numbers and codes: '0912...', '097'
    if num.spelled:
        first = written.split()[0]
        at_start = not before.whole.strip() or before.whole.rstrip().endswith((".", ":", ";"))
        if first[0].isupper() and not at_start:
            return True  # 'Năm Căn', 'Ba Vì' are names
        if len(WORD.findall(written)) < MIN_SPELLED_WORDS and not (
            (at_start and _lone_count(text, num, sent.end, v))
            or _verb_count(text, before.tail, num, sent.end, v)
            or spelled_join(text, num, sent.end) is not None
        ):
            return True  # 'một' is an article, 'hai bên' a determiner
        if _DIGIT_NEXT.match(text[num.end : sent.end]):
            return True  # 'Năm 2023'
    return False


def _code_digits(written: str, after: str) -> bool:
    """Digits opening with a zero are a phone number or code ('0912...', '097', 'Model 01'), except decimals
    ('0,5') and a count padded to two digits before a small-letter noun, as official reports write
    counts ('03 máy biến áp', '02 cán bộ'; not '07L', '06 GTGT').

    >>> [_code_digits(w, " máy") for w in ("0912345678", "097", "03", "00", "0,5", "30")]
    [True, True, False, True, False, False]
    >>> _code_digits("07", "L-25R"), _code_digits("06", " GTGT")
    (True, True)
    """
    if len(written) < 2 or not written.startswith("0") or written.startswith(("0,", "0.")):
        return False
    return not (_PADDED_DIGIT.fullmatch(written) and _SPACE_LOWER.match(after))


def _skipped_before(text: str, before: str, num: NumberMatch, end: int, v: Vocab) -> bool:
    """A date, ordinal or identifier word right before the number ('ngày 9', 'số 12', 'Dự án 8').

    Not when that word is a plain noun ('trong số 8 dự án'), the number a share ('hằng năm 5,1%')
    or a count after a time phrase ('mỗi ngày 500 lượt khách').
    """
    start = num.start - len(before)  # ``before`` is the tail: its words close it before any spaces ('\s+$')
    if not may_end(text, start, start + len(before.rstrip()), v.before_ends):
        return False
    if not v.skip_before.search(before) or v.among.search(before):
        return False
    if v.incident.search(before) and _people_follow(text, num.end, end, v):
        return False  # 'vụ 7 bệnh nhân tử vong' is the case of seven patients, not a crop season
    return not _percent_after(text, num, end, v) and not _per_period(text, num, v)


def _people_follow(text: str, pos: int, end: int, v: Vocab) -> bool:
    """A person or case noun opens what follows the number ('18 người', '7 bệnh nhân')."""
    m = SPACES.match(text[pos:end])
    start = pos + (m.end() if m else 0)
    return bool(m) and v.people.match(text, start, end) is not None


def _verb_count(text: str, before: str, num: NumberMatch, end: int, v: Vocab) -> bool:
    """One number word right after an action verb counts what follows: 'đầu tư hai máy vắt sữa bò'.

    'một' stays an article ('xây dựng một trang trại'); the next word must be a small-letter noun,
    not a stop word ('tổ chức hai lần' still counts, 'tổ chức ba, bốn' does not) nor a known pair
    ('xảy ra hai bên dốc', 'đầu tư hai nước'); 'nhà cấp bốn' is a level.
    """
    if not isinstance(num.value, int) or num.value < 2 or v.grade.search(before):
        return False  # 'nhà cấp bốn' is a level
    prev = _LAST_TWO_WORDS.search(before)
    if prev is None or not any(v.action.fullmatch(prev["w"], k) for k in _word_starts(prev["w"])):
        return False
    nxt = _NEXT_LOWER_WORD.match(text[num.end : end])
    return nxt is not None and not v.stop.fullmatch(nxt["w"]) and not v.pair.match(text, nxt.start("w") + num.end)


def spelled_join(text: str, num: NumberMatch, end: int) -> int | None:
    """Where the number word after a spelled range's connector starts ('hai đến năm nghìn'), or None.

    >>> t = "giảm từ hai đến năm nghìn đồng"
    >>> spelled_join(t, NumberMatch(8, 11, 2, False, True), len(t))
    16
    >>> t = "hai đến 5 giờ"
    >>> spelled_join(t, NumberMatch(0, 3, 2, False, True), len(t)) is None
    True
    """
    if not num.spelled or num.value < 2:
        return None  # 'một đến hai lần' is mostly advice ('nên ... ít nhất một đến hai lần')
    m = SPELLED_RANGE.match(text, num.end, end)
    return m.end() if m else None


def _word_starts(phrase: str) -> list[int]:
    """Offsets where each word of ``phrase`` starts, so a verb of one or two words can end it.

    >>> _word_starts("đầu tư")
    [0, 4]
    """
    return [m.start() for m in WORD.finditer(phrase)]


def _per_period(text: str, num: NumberMatch, v: Vocab) -> bool:
    """A count after a time word that is no date: 'mỗi ngày 500 lượt khách', 'trong ngày 2 nhân sự cấp cao'.

    Only digits followed by a small-letter word: 'trong ngày 5.6', 'trong ngày 30 Tết' stay dates;
    'mỗi ngày 2 lần' is a rate, not a count.
    """
    before = text[max(0, num.start - 40) : num.start]
    after = text[num.end : num.end + 2]
    written = text[num.start : num.end]
    if not (written.isdigit() and _SPACE_LOWER.match(after)) or v.frequency.match(text, num.end):
        return False
    return bool(v.per_period.search(before))


def _lone_count(text: str, num: NumberMatch, end: int, v: Vocab) -> bool:
    """One number word opening a clause counts units or places: 'Hai đơn vị là ...' (a breakdown).

    'một' (an article), determiners ('Hai bên nhất trí') and people referred to ('Hai người chia
    tay') are not counts.
    """
    if not isinstance(num.value, int) or num.value < 2:
        return False
    m = SPACES.match(text[num.end : end])
    start = num.end + (m.end() if m else 0)
    return bool(m) and v.lone.match(text, start, end) is not None


def small_count(num: NumberMatch) -> bool:
    """A whole number small enough to count organisations named one by one ('tại 1 Công ty TNHH').

    >>> small_count(NumberMatch(0, 1, 1, False, False)), small_count(NumberMatch(0, 4, 15.5, False, False))
    (True, False)
    """
    return isinstance(num.value, int) and 0 < num.value <= MAX_ORG_COUNT


def after_name(before: Before) -> bool:
    """A count right after a capitalised word names a thing: 'iPhone 8', 'Type 45', 'Quận 9'.

    Amounts after a place in a list ('U Minh 900 triệu đồng') carry a currency or measure and are
    not checked; a sentence-initial capital ('Có 516 xe') is fine.
    """
    prev = _LAST_WORD.search(before.tail)
    if not prev or not any(c.isupper() for c in prev["w"]):
        return False
    return not _clause_start(before.whole, before.tail_at + prev.start()) or _brand(prev["w"])


def _brand(word: str) -> bool:
    """A word no Vietnamese sentence opens with but a product's name: foreign spelling or a capital inside.

    'iPhone 8 concept', 'Note 7 FE', 'Honda 67 độ' name models even opening a sentence; 'Có 516 xe' counts.

    >>> [_brand(w) for w in ("iPhone", "Note", "Honda", "Có", "Sau", "UBND")]
    [True, True, True, False, False, False]
    """
    return bool(_CAPITAL_INSIDE.search(word)) or is_foreign_word(word)


def _clause_start(before: str, pos: int) -> bool:
    """True when ``before[pos:]`` opens the sentence or a clause (after '.', ':', ';', '(' or a dash).

    Not after a comma: Vietnamese capitalises no word there but a name ('Không lâu sau, Nokia 6 ...').

    >>> _clause_start("Mẫu ZRE172L-GEFGKH ", 12), _clause_start("Giá - Nokia ", 6)
    (False, True)
    """
    head = before[:pos].rstrip()
    if head.endswith("-") and head[:-1] and not head[-2].isspace():
        return False  # a hyphen inside a code ('ZRE172L-GEFGKH 5 chỗ ngồi'), not a dash opening a clause
    return not head or head.endswith((".", ":", ";", "(", "-", '"', "'"))


def _sentence_start(before: str, pos: int) -> bool:
    """True when ``before[pos:]`` opens the sentence or a quotation, where any word has a capital.

    >>> _sentence_start("Đoàn ", 0), _sentence_start("Chính phủ, Ban ", 11)
    (True, False)
    """
    head = before[:pos].rstrip()
    return not head or head.endswith((".", ":", ";", "!", "?", "(", "-", '"', "'", "…"))


def bare_year(text: str, num: NumberMatch) -> bool:
    """A plain four-digit number in the years' range ('2017'), not an amount ('2.017')."""
    written = text[num.start : num.end]
    return written.isdigit() and len(written) == 4 and int(written) in YEARS


def year_period(text: str, num: NumberMatch, end: int) -> int | None:
    """End of a period of years starting at ``num`` ('2021 – 2026', '2014-2020'), else None."""
    if not isinstance(num.value, int) or num.value not in YEARS or num.spelled:
        return None
    m = _YEAR_AFTER_DASH.match(text[num.end : end])
    return num.end + m.end() if m and int(m["y"]) in YEARS else None


def opens_clause(before: Before, v: Vocab) -> bool:
    """The amount opens its clause or follows a causative ('khiến', 'làm'): what it counts is the subject of the
    verb after it, no noun the verb qualifies ('khiến 2 người | trọng thương', ', 3 người | tự giải cứu'); a hedge
    before the amount is passed over ('khiến hơn 20 người ...')."""
    qual = v.qualifier_before.search(before.tail)
    opening = before.whole[: before.tail_at + qual.start("q")] if qual else before.whole
    return bool(v.subject_before.search(opening))


def split_price(text: str, sent: Sentence, num: NumberMatch, v: Vocab) -> NumberMatch:
    """A price split by a stray space read whole ('1.274, 9 USD/oz' is 1274.9, '1.2 21,49 USD/oz' 1221.49),
    where a currency follows; else the number as found.

    >>> from ._achv_vocab import vocab
    >>> text = "mốc 1.274, 9 USD/oz"
    >>> split_price(text, Sentence(0, 0, 0, len(text)), NumberMatch(11, 12, 9, False, False), vocab()).value
    1274.9
    """
    m = _SPLIT_BEFORE.search(text, max(sent.start, num.start - SPLIT_REACH), num.start)
    unit = v.unit_after.match(text, num.end, sent.end) if m else None
    if m is None or unit is None or v.unit_kinds.get(unit.group("u").lower()) != "currency":
        return num
    if not _RATE_AFTER.match(text, unit.end(), sent.end):
        return num  # a price quoted per unit ('USD/oz'); not a list ('Giá vé 1.500, 50 USD') nor 'Khoản 1.2 20 USD'
    written = text[num.start : num.end]
    if m.group("whole") and _SPLIT_DECIMALS.fullmatch(written):
        joined = f"{m.group('whole')},{written}"
    elif (
        m.group("group")
        and (end := _SPLIT_GROUP_END.fullmatch(written))
        and ("," in written or "." in m.group("group")[:-3])
        and len(m.group("group").rsplit(".", 1)[1] + written.split(",")[0]) == 3
    ):
        joined = m.group("group") + end.group()
    else:
        return num
    value = parse_digits(joined)
    return num if value is None else NumberMatch(m.start(), num.end, float(value), False, False)
