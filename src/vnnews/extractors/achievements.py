"""Numeric achievements: 'tổ chức trên 1.800 buổi tuyên truyền', '9/9 huyện', 'hơn 67 tỷ đồng'.

For every number in a content sentence (found by :func:`vnnews.numbers.find_numbers`) the rules
read, in order: what the number is part of (a date, a period, an identifier, a quotation, a URL:
then it is no result), the unit right after it (percent, measure, currency, else the counted
noun phrase up to the first stop word), the hedge right before it, and the clause around it
(a target, an award count). Words all come from the data files listed in ``_achv_vocab``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import regex

from ..document import Document
from ..models import Achievement
from ..normalize import strip_tones
from ..numbers import NumberMatch, find_numbers, parse_digits
from ..segment import Sentence
from ._achv_vocab import Vocab, vocab

#: Longest counted noun phrase kept, in syllables: enough for 'lượt cán bộ, hội viên nông dân'.
MAX_UNIT_SYLLABLES = 8
#: Words before/after a number searched for award words.
AWARD_WINDOW_BEFORE, AWARD_WINDOW_AFTER = 20, 25
#: Words before a number searched for a target word, and for the action verb.
TARGET_WINDOW, ACTION_WINDOW = 12, 5
#: Spelled-out amounts have at least this many words ('hai mươi', 'hàng trăm'); one word is a determiner ('hai bên').
MIN_SPELLED_WORDS = 2
#: Largest count read with a capitalised organisation noun as its unit ('3 Công ty ...').
MAX_ORG_COUNT = 99
#: A quotation with at most this many words is a name or slogan; numbers in it are not results.
SLOGAN_MAX_WORDS = 15

# A syllable, or syllables joined by '/' ('mô hình/câu lạc bộ'); a loanword or model name in plain Latin
# letters joined by '-' ('xi-lanh', 'play-off', 'MH-65C'); not Vietnamese syllables around a dash
# ('tổng công ty-công ty').
_SYLLABLE = regex.compile(
    r"""[ \u00a0]+(?P<w>[\p{L}\p{M}][\p{L}\p{M}\d]*
    (?:/[\p{L}\p{M}][\p{L}\p{M}\d]*|(?<=(?<![\p{L}\p{M}])[A-Za-z\d]+)-[A-Za-z\d]+(?![\p{L}\p{M}\d]))*)""",
    regex.VERBOSE,
)
_WORD = regex.compile(r"[\p{L}\p{M}\d]+")
_URL = regex.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|html?)(?:/\S*)?", regex.IGNORECASE
)
_QUOTE = regex.compile(r""""[^"\n]*(?:"|$)|(?<!\w)'[^'\n]*'(?!\w)""", regex.MULTILINE)
# What may follow a number and makes it part of a date, time, code or range ('9/1', '14:04', '20-7').
_JOINED_AFTER = regex.compile(r"\s*[/:.\-]\s*\d")
_JOINED_BEFORE = regex.compile(r"(?:\d\s*[/:.\-]\s*|\w-|[#№])$")
_EXPONENT_BEFORE = regex.compile(r"(?:/|\d[ \u00a0]?)[kcdm]?m[ \u00a0]+$")
_FRACTION = regex.compile(r"/(?P<total>\d{1,3}(?:\.\d{3})+|\d+)(?![/\d.,-]\d)")
_RANGE = regex.compile(r"\s*(?:-|đến|tới)\s*(?=\d)", regex.IGNORECASE)
_CLAUSE_BREAK = regex.compile(r"[;:]")
_ASCII_SLUG = regex.compile(r"^[\x00-\x7f]*$")
YEARS = range(1900, 2101)
# Small patterns used while reading around a number, compiled once.
_LIST_COMMA = regex.compile(r"\s*,(?=[ \u00a0]+)")
_SPACES = regex.compile(r"[ \u00a0]+")
_DIGIT_NEXT = regex.compile(r"\s*\d")
_PADDED_DIGIT = regex.compile(r"0[1-9]")
_SPACE_LOWER = regex.compile(r"[ \u00a0]\p{Ll}")
_LAST_TWO_WORDS = regex.compile(r"(?<!\w)(?P<w>[\p{L}\p{M}]+(?:[ \u00a0]+[\p{L}\p{M}]+)?)[ \u00a0]+$")
_NEXT_LOWER_WORD = regex.compile(r"[ \u00a0]+(?P<w>\p{Ll}[\p{L}\p{M}]*)")
_LAST_WORD = regex.compile(r"(?P<w>[\p{L}\p{M}\d]+)[ \u00a0]$")
_YEAR_AFTER_DASH = regex.compile(r"\s*-\s*(?P<y>\d{4})(?!\d)")
_SPACES_LOWER = regex.compile(r"[ \u00a0]+\p{Ll}")
_DATE_CHARS = regex.compile(r"[\d/:.\-]+")
_DIGIT_RUN = regex.compile(r"[\d.,]+")
_FINAL_Y = regex.compile(r"(?<=[^aăâeêioôơuưy])y$")


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    text: str
    kind: str  # percent, currency, measure, noun
    capped: bool = False  # cut at MAX_UNIT_SYLLABLES, maybe inside a word
    titled: bool = False  # opens with a capitalised title people hold ('37 Anh hùng Lao động', '125 Mẹ')


def _words_before(text: str, start: int, pos: int, n: int) -> str:
    """The last ``n`` words of text[start:pos], within the clause."""
    chunk = _CLAUSE_BREAK.split(text[start:pos])[-1]
    words = _WORD.findall(chunk)
    return " ".join(words[-n:])


def _words_after(text: str, pos: int, end: int, n: int) -> str:
    """The first ``n`` words of text[pos:end], within the clause."""
    chunk = _CLAUSE_BREAK.split(text[pos:end])[0]
    return " ".join(_WORD.findall(chunk)[:n])


def _protected(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of URLs and short quotations (names, slogans) in text[start:end]: no results inside."""
    chunk = text[start:end]
    hints = ("http", "www", ".vn", ".com", ".net", ".org", ".htm")
    out = [(m.start(), m.end()) for m in _URL.finditer(text, start, end)] if any(h in chunk for h in hints) else []
    for m in _QUOTE.finditer(text, start, end):
        if len(_WORD.findall(m.group())) <= SLOGAN_MAX_WORDS:
            out.append((m.start(), m.end()))
    return out


#: Tells whether the syllable starting at an offset ends a word begun by the syllable before it.
InsideWord = Callable[[int], bool]


def _never_inside(pos: int) -> bool:
    """Default for :data:`InsideWord` when no word boundaries are at hand: every syllable opens a word."""
    return False


def _noun_phrase(text: str, pos: int, end: int, v: Vocab, inside_word: InsideWord = _never_inside) -> _Unit | None:
    """The counted noun phrase after a number: head first, up to a stop word, clause or new item.

    A stop word that may close a word ('closer' entries) and does close one with the syllable before it
    ('nước ngoài', 'xe tăng', 'việc làm', 'lý do') belongs to the phrase: ``inside_word`` asks the word tokens.
    """
    words: list[tuple[int, int]] = []
    syllables = 0
    while syllables < MAX_UNIT_SYLLABLES:
        m = _SYLLABLE.match(text, pos, end)
        if m is None:
            comma = _LIST_COMMA.match(text[pos:end])
            item = _list_item(text, words, pos + comma.end(), end, v) if comma and words else None
            if item is None:
                break
            words.append(item)  # list items are not held to the syllable cap: the list vocabulary bounds them
            pos = item[1]
            continue
        w_start = m.start("w")
        joined = v.join.match(text, w_start, end)
        item = _list_item(text, words, joined.end(), end, v) if joined and words else None
        if item is not None:
            words.append((w_start, item[1]))
            pos = item[1]
            continue  # 'quốc gia và vùng lãnh thổ', 'đơn vị và cá nhân'; not '5 tập thể và 10 cá nhân'
        word = m.group("w")
        titled = v.titled.match(text, w_start, end) if not words else None
        whole = (
            titled
            or v.word.match(text, w_start, end)
            or (v.org.match(text, w_start, end) if not words and word[0].isupper() else None)
        )
        if whole:  # 'giấy chứng nhận' holds the stop 'nhận'; '1 Công ty TNHH' opens with a capital
            words.append((w_start, whole.end()))
            syllables += len(whole.group().split())
            pos = whole.end()
            continue
        stop = v.stop.match(text, w_start, end)
        closes = words and stop and stop.end() == m.end() and v.closer.fullmatch(text, w_start, m.end())
        if stop and not (closes and inside_word(w_start)):
            break
        if word[0].isupper() and not (word.isupper() and len(word) > 1):
            break  # a name or a new sentence part ('9 huyện Bắc Hà' keeps 'huyện')
        words.append((w_start, m.end()))
        syllables += 1
        pos = m.end()
    if not words:
        return None
    s, e = words[0][0], words[-1][1]
    opens_titled = bool(v.titled.fullmatch(text, s, words[0][1]))
    return _Unit(s, e, text[s:e], "noun", capped=syllables >= MAX_UNIT_SYLLABLES, titled=opens_titled)


def _to_word_end(doc: Document, sent: Sentence, unit: _Unit) -> _Unit:
    """A unit cut at the syllable cap ends at the end of its last word ('công' -> 'công an')."""
    for tok in doc.tokens(sent):
        if tok.start < unit.end < tok.end:
            return _Unit(unit.start, tok.end, doc.text[unit.start : tok.end], unit.kind)
    return unit


def _inside_word(doc: Document, sent: Sentence) -> InsideWord:
    """An :data:`InsideWord` reading the sentence's word tokens (tokenized on first use only)."""

    def inside(pos: int) -> bool:
        return any(tok.start < pos < tok.end for tok in doc.tokens(sent))

    return inside


def _list_item(text: str, words: list[tuple[int, int]], nxt: int, end: int, v: Vocab) -> tuple[int, int] | None:
    """The next list noun when a comma or 'và' at ``nxt`` joins nouns of one list ('cán bộ, đoàn viên')."""
    head = text[words[0][0] : words[-1][1]]
    if not any(m.end() == len(head) for m in v.list_noun.finditer(head)):
        return None
    m = _SPACES.match(text[nxt:end])
    start = nxt + (m.end() if m else 0)
    item = v.list_noun.match(text, start, end)
    if item is None or not text[start].islower() or v.stop.match(text, start, end):
        return None
    return start, item.end()


def _unit(text: str, pos: int, end: int, v: Vocab, inside_word: InsideWord = _never_inside) -> _Unit | None:
    """The unit right after a number ending at ``pos``."""
    m = v.unit_after.match(text, pos, end)
    # '16 đồng phạm', '3 đồng chí' are no money, nor is 'đồng' in the stop 'đồng thời' ('lần 2 đồng thời')
    if m and not v.word.match(text, m.start("u"), end) and not v.stop.match(text, m.start("u"), end):
        term = m.group("u")
        kind = "percent" if term == "%" else v.unit_kinds.get(term.lower(), "measure")
        if kind == "percent":
            return _Unit(m.start("u"), m.end("u"), "%", "percent")
        if term.lower() in v.noun_units:  # a measure word that is also a noun: '5 mẫu phân bón' (samples)
            rest = _noun_phrase(text, m.end("u"), end, v, inside_word)
            if rest is not None:
                return _Unit(m.start("u"), rest.end, text[m.start("u") : rest.end], kind, rest.capped)
        return _Unit(m.start("u"), m.end("u"), term, kind)
    if pos < end and text[pos].isalnum():
        return None  # glued letters that are no unit: '8h', 'F0', '3D'
    if v.duration_after.match(text, pos, end):
        return None
    return _noun_phrase(text, pos, end, v, inside_word)


def _is_award_count(text: str, sent: Sentence, num: NumberMatch, unit: _Unit, v: Vocab) -> bool:
    """'tặng Bằng khen cho 10 tập thể', '24 tập thể được nhận Bằng khen': the awards extractor's."""
    if not v.recipient.match(unit.text):
        return False
    before = _words_before(text, sent.start, num.start, AWARD_WINDOW_BEFORE)
    after = _words_after(text, unit.end, sent.end, AWARD_WINDOW_AFTER)
    return bool(v.award.search(before) or v.award.search(after))


def _percent_after(text: str, num: NumberMatch, end: int, v: Vocab) -> bool:
    """The number is a percentage ('5,1%', '30 phần trăm')."""
    m = v.unit_after.match(text, num.end, end)
    return bool(m and (m.group("u") == "%" or v.unit_kinds.get(m.group("u").lower()) == "percent"))


def _is_date_like(text: str, sent: Sentence, num: NumberMatch, v: Vocab) -> bool:
    """Dates, times, periods, identifiers, ordinals: numbers that are no amount."""
    before = text[sent.start : num.start]
    if _JOINED_BEFORE.search(before):
        return True
    if _EXPONENT_BEFORE.search(before) and text[num.start : num.end] in ("2", "3"):
        return True  # a superscript set on the line: '15 triệu đồng/m 2', '500 m 3'
    if _skipped_before(text, before, num, sent.end, v):
        return True  # 'ngày 9', 'lần thứ 5'; but a share is never a date: 'giảm hằng năm 5,1%'
    named = v.named.search(before)
    if named and not _sentence_start(before, named.start("n")):
        return True  # 'Ban Chỉ đạo 389', 'Bệnh viện 115': a body named by its number
    written = text[num.start : num.end]
    if not num.spelled and _code_digits(written, text[num.end : sent.end]):
        return True  # phone numbers and codes: '0912...', '097'
    if num.spelled:
        first = written.split()[0]
        at_start = not before.strip() or before.rstrip().endswith((".", ":", ";"))
        if first[0].isupper() and not at_start:
            return True  # 'Năm Căn', 'Ba Vì' are names
        if len(_WORD.findall(written)) < MIN_SPELLED_WORDS and not (
            (at_start and _lone_count(text, num, sent.end, v)) or _verb_count(text, before, num, sent.end, v)
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
    if not v.skip_before.search(before) or v.among.search(before):
        return False
    if v.incident.search(before) and _people_follow(text, num.end, end, v):
        return False  # 'vụ 7 bệnh nhân tử vong' is the case of seven patients, not a crop season
    return not _percent_after(text, num, end, v) and not _per_period(text, num, v)


def _people_follow(text: str, pos: int, end: int, v: Vocab) -> bool:
    """A person or case noun opens what follows the number ('18 người', '7 bệnh nhân')."""
    m = _SPACES.match(text[pos:end])
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


def _word_starts(phrase: str) -> list[int]:
    """Offsets where each word of ``phrase`` starts, so a verb of one or two words can end it.

    >>> _word_starts("đầu tư")
    [0, 4]
    """
    return [m.start() for m in _WORD.finditer(phrase)]


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
    m = _SPACES.match(text[num.end : end])
    start = num.end + (m.end() if m else 0)
    return bool(m) and v.lone.match(text, start, end) is not None


def _small_count(num: NumberMatch) -> bool:
    """A whole number small enough to count organisations named one by one ('tại 1 Công ty TNHH').

    >>> _small_count(NumberMatch(0, 1, 1, False, False)), _small_count(NumberMatch(0, 4, 15.5, False, False))
    (True, False)
    """
    return isinstance(num.value, int) and 0 < num.value <= MAX_ORG_COUNT


def _after_name(before: str) -> bool:
    """A count right after a capitalised word names a thing: 'iPhone 8', 'Type 45', 'Quận 9'.

    Amounts after a place in a list ('U Minh 900 triệu đồng') carry a currency or measure and are
    not checked; a sentence-initial capital ('Có 516 xe') is fine.
    """
    prev = _LAST_WORD.search(before)
    return bool(prev and any(c.isupper() for c in prev["w"]) and not _clause_start(before, prev.start()))


def _clause_start(before: str, pos: int) -> bool:
    """True when ``before[pos:]`` opens the sentence or a clause (after '.', ':', ';', '(' or a dash)."""
    head = before[:pos].rstrip()
    return not head or head.endswith((".", ":", ";", "(", "-", ",", '"', "'"))


def _sentence_start(before: str, pos: int) -> bool:
    """True when ``before[pos:]`` opens the sentence or a quotation, where any word has a capital.

    >>> _sentence_start("Đoàn ", 0), _sentence_start("Chính phủ, Ban ", 11)
    (True, False)
    """
    head = before[:pos].rstrip()
    return not head or head.endswith((".", ":", ";", "!", "?", "(", "-", '"', "'", "…"))


def _bare_year(text: str, num: NumberMatch) -> bool:
    """A plain four-digit number in the years' range ('2017'), not an amount ('2.017')."""
    written = text[num.start : num.end]
    return written.isdigit() and len(written) == 4 and int(written) in YEARS


def _year_period(text: str, num: NumberMatch, end: int) -> int | None:
    """End of a period of years starting at ``num`` ('2021 – 2026', '2014-2020'), else None."""
    if not isinstance(num.value, int) or num.value not in YEARS or num.spelled:
        return None
    m = _YEAR_AFTER_DASH.match(text[num.end : end])
    return num.end + m.end() if m and int(m["y"]) in YEARS else None


def _achievement(doc: Document, sent: Sentence, num: NumberMatch, v: Vocab) -> tuple[Achievement | None, int]:
    """The achievement a number states, if any, and where reading may resume."""
    text = doc.text
    period_end = _year_period(text, num, sent.end)
    if period_end is not None:
        return None, period_end
    if _is_date_like(text, sent, num, v):
        return None, num.end
    value, total, value_max, approximate = num.value, None, None, num.approximate
    pos = num.end
    frac = _FRACTION.match(text, pos, sent.end)
    rng = _RANGE.match(text, pos, sent.end)
    if frac:
        total_value = parse_digits(frac.group("total"))
        noun_follows = _SPACES_LOWER.match(text[frac.end() : sent.end])
        if total_value is None or total_value < value or not noun_follows:
            return None, frac.end()  # a date: 'sáng 9/1 tại', '24/11,'
        total, pos = int(total_value) if total_value % 1 == 0 else float(total_value), frac.end()
    elif rng:
        nxt = next(find_numbers(text, rng.end(), sent.end, doc.options.lexicon_dirs), None)
        if nxt is None or nxt.start != rng.end():
            return None, num.end
        if "-" in rng.group() and text[sent.start : num.start].rstrip().endswith("("):
            return None, nxt.end  # '(27-2)' is a date
        value = _range_scaled(text, num, nxt)
        if nxt.value <= value:
            return None, nxt.end  # a score or a code, not a range: '6-3', '20-7'
        value_max, approximate, pos = nxt.value, True, nxt.end
    elif _JOINED_AFTER.match(text, pos, sent.end):
        date = _DATE_CHARS.match(text[pos : sent.end])
        return None, pos + (date.end() if date else 0)
    unit = _unit(text, pos, sent.end, v, _inside_word(doc, sent))
    if unit is None:
        return None, pos
    if unit.kind == "noun" and _after_name(text[sent.start : num.start]):
        return None, unit.end
    if unit.kind == "noun" and unit.text[0].isupper() and not unit.titled and not _small_count(num):
        return None, unit.end  # '1 Công ty TNHH' counts; '114000161718 Ngân hàng' and '15,5 Trường' do not
    if _bare_year(text, num) and unit.kind == "noun":
        return None, pos  # '2017 nằm', 'năm 2016 với': amounts of 1.000 and more are written '2.017'
    if unit.capped:
        unit = _to_word_end(doc, sent, unit)
    if unit.kind == "noun" and _is_award_count(text, sent, num, unit, v):
        return None, unit.end
    before = text[sent.start : num.start]
    qual = v.qualifier_before.search(before)
    qualifier = qual.group("q") if qual else None
    start = sent.start + qual.start("q") if qual else num.start
    if num.approximate and qualifier is None:
        qualifier = _WORD.findall(text[num.start : num.end])[0]
    kind = v.qualifier_kinds.get(qualifier.lower()) if qualifier else None
    if num.approximate and qual is None:
        kind = "about"
    target = bool(v.target.search(_words_before(text, sent.start, num.start, TARGET_WINDOW)))
    if target and not doc.options.keep_targets:
        return None, unit.end
    ctx = _words_before(text, sent.start, start, ACTION_WINDOW)
    actions = list(v.action.finditer(ctx))
    span = doc.span(start, unit.end)
    ach = Achievement(
        **span,
        value=value,
        value_text=doc.span(num.start, num.end)["text"],
        unit=unit.text if unit.kind != "percent" else "%",
        qualifier=doc.span(start, start + len(qualifier))["text"] if qual and qualifier else qualifier,
        qualifier_kind=kind,
        total=total,
        value_max=value_max,
        approximate=approximate,
        target=target,
        action=actions[-1].group() if actions else None,
        sentence=doc.sentence_span(num.start),
        rule=_rule(unit, total, value_max),
    )
    return ach, unit.end


def _range_scaled(text: str, num: NumberMatch, nxt: NumberMatch) -> int | float:
    """A range's bare first number takes the scale word of its second: '5 - 6 triệu' is 5 to 6 million.

    >>> _range_scaled("5 - 6 triệu", NumberMatch(0, 1, 5, False, False), NumberMatch(4, 11, 6_000_000, False, False))
    5000000
    >>> _range_scaled("5 - 60", NumberMatch(0, 1, 5, False, False), NumberMatch(4, 6, 60, False, False))
    5
    """
    written = text[num.start : num.end]
    lead = _DIGIT_RUN.match(text[nxt.start : nxt.end])
    lead_value = parse_digits(lead.group()) if lead else None
    if num.spelled or parse_digits(written) != num.value or not lead_value or num.value >= lead_value:
        return num.value
    factor = Decimal(str(nxt.value)) / lead_value
    if factor < 1000 or factor % 1000:
        return num.value  # no scale word after the second number
    scaled = Decimal(str(num.value)) * factor
    return int(scaled) if scaled % 1 == 0 else float(scaled)


def _rule(unit: _Unit, total: object, value_max: object) -> str:
    """Rule id: which reading produced the fact."""
    if total is not None:
        return "achv.fraction"
    if value_max is not None:
        return "achv.range"
    return f"achv.{unit.kind}"


_BLOCK_RANK = {"paragraph": 0, "caption": 1, "title": 2}
#: Body sentences further apart than this restate a count only if one of them sums up (title, caption, lead).
REPEAT_DISTANCE = 3
#: Sentences opening the first body paragraph that sum up the article (its lead) like a title does.
LEAD_SENTENCES = 2
#: Words either side of two distant equal counts compared: one shared word ('sau 2 lần', '96 xã thực hiện') joins them.
REPEAT_CONTEXT_WORDS = 2
#: Words after a '%' that say what it is a share of ('100% số xã'): percentages merge only when these agree.
PERCENT_CONTEXT_WORDS = 2


def fold_unit(unit: str) -> tuple[str, ...]:
    """Unit words compared for repeats: case, tone marks and a final 'y' after a consonant folded (sỹ = sĩ).

    >>> fold_unit("Nghệ sỹ") == fold_unit("nghệ sĩ"), fold_unit("thủy") == fold_unit("thủi")
    (True, False)
    """
    words = []
    for w in _WORD.findall(unicodedata.normalize("NFC", unit).lower()):
        bare = strip_tones(w)
        words.append(_FINAL_Y.sub("i", bare))
    return tuple(words)


def _same_fact(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two folded units name one thing when one is the other or starts it ('quốc gia' / 'quốc gia và vùng lãnh thổ')."""
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def _fold_head(unit: tuple[str, ...], heads: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """A unit whose head is one of ``heads`` ('nạn nhân', 'ca') keyed by one word for them all.

    >>> _fold_head(("ca", "bong", "nang"), (("nan", "nhan"), ("ca",)))
    ('<people>', 'bong', 'nang')
    """
    for head in heads:
        if unit[: len(head)] == head:
            return ("<people>", *unit[len(head) :])
    return unit


def _repeat_key(text: str, ach: Achievement, unit_end: int, sent_end: int, v: Vocab) -> tuple[str, ...]:
    """What a repeat must share besides the value: the folded unit, for '%' also the words after it.

    Nouns that count people ('người', 'nạn nhân', 'trường hợp', 'ca') fold to one key, so a fact
    restated with another of them ('4 nạn nhân bị bỏng nặng' / '4 ca bỏng nặng') is one fact.
    """
    if ach.unit != "%":
        folded = fold_unit(ach.unit)
        times = next((fold_unit(t) for t in v.times_heads if folded[: len(fold_unit(t))] == fold_unit(t)), None)
        if times is not None:
            return times  # '2 lần phỏng vấn' / '2 lần trượt phỏng vấn': the count of times is the fact
        return _fold_head(folded, _people_heads(v)) if ach.value != 1 else folded  # 'one person' is too common
    return ("%", *fold_unit(_words_after(text, unit_end, sent_end, PERCENT_CONTEXT_WORDS)))


def _people_heads(v: Vocab) -> tuple[tuple[str, ...], ...]:
    """Folded person and case nouns, longest first (for :func:`_fold_head`)."""
    return tuple(sorted((fold_unit(t) for t in (*v.person_heads, *v.case_heads)), key=len, reverse=True))


def _case_worded(unit: str, v: Vocab) -> bool:
    """The unit counts people by a weak 'case' noun ('13 trường hợp'): another wording is kept first."""
    folded = fold_unit(unit)
    return any(folded[: len(h)] == h for h in (fold_unit(t) for t in v.case_heads))


def _merge_repeats(
    doc: Document, found: list[tuple[Sentence, Achievement, tuple[str, ...]]], v: Vocab
) -> list[Achievement]:
    """A fact restated in another sentence (headline, lead, caption, body) is one fact.

    Same value and same folded unit (one may extend the other; for a title or caption the same
    head word is enough: 'ít nhất 16 người chết' / '16 người thiệt mạng') in different sentences merge into
    the most complete mention: not the title, not a 'case' wording ('trường hợp', 'ca'), the longest
    unit ('8 dự án đầu tư' in a lead over '8 dự án' in the body), body before caption, then one with
    a hedge, then the first. Body sentences more than REPEAT_DISTANCE apart tell two events ('khống chế
    2 đối tượng' ... 'phát hiện 2 đối tượng') unless one sums up (title, caption, lead), they share a
    neighbouring word or the later one points back ('nơi đây', 'nói trên'). Equal amounts in one
    sentence ('U Minh 900 triệu đồng, Đầm Dơi 900 triệu đồng') stay apart; percentages also need
    the same words after the '%'.
    """

    def block(i: int) -> int:
        return _BLOCK_RANK.get(doc.block_of(found[i][0]).kind, 0)

    def rank(i: int) -> tuple[bool, bool, int, int, bool, int]:
        a = found[i][1]
        is_title = block(i) == _BLOCK_RANK["title"]
        return (is_title, _case_worded(a.unit, v), -len(fold_unit(a.unit)), block(i), a.qualifier is None, i)

    order = {id(s): n for n, s in enumerate(doc.sentences)}
    first_body = next((b.index for b in doc.blocks if b.kind == "paragraph"), None)
    lead = {id(s) for s in [s for s in doc.sentences if doc.block_of(s).index == first_body][:LEAD_SENTENCES]}

    def summary(i: int) -> bool:
        return block(i) > 0 or id(found[i][0]) in lead

    def same(i: int, j: int) -> bool:
        (si, ai, ki), (sj, aj, kj) = found[i], found[j]
        if ai.value != aj.value or si is sj:
            return False
        headline = block(i) > 0 or block(j) > 0 or (gap(i, j) <= 1 and ki[:1] != ("%",))  # or the next sentence
        return _same_fact(ki, kj) or (headline and ki[:1] == kj[:1])  # a headline may reword the tail

    def near(i: int, j: int) -> bool:
        if summary(i) or summary(j) or context(i) & context(j) or refers_back(max(i, j)):
            return True
        return gap(i, j) <= REPEAT_DISTANCE

    def gap(i: int, j: int) -> int:
        return abs(order[id(found[i][0])] - order[id(found[j][0])])

    def refers_back(i: int) -> bool:  # '40 hộ dân nơi đây', '2 đối tượng trên' point to an earlier mention
        s, a, _ = found[i]
        return bool(v.anaphor.match(doc.text, a.end, s.end) or v.anaphor_end.search(a.unit))

    def context(i: int) -> set[str]:
        s, a, _ = found[i]
        before = _words_before(doc.text, s.start, a.start, REPEAT_CONTEXT_WORDS).lower().split()
        after = _words_after(doc.text, a.end, s.end, REPEAT_CONTEXT_WORDS).lower().split()
        return {f"<{w}" for w in before} | {f">{w}" for w in after}

    groups: list[list[int]] = []
    for i, (s, _, _) in enumerate(found):
        for g in groups:
            if (
                all(found[j][0] is not s for j in g)
                and any(same(j, i) for j in g)
                and any(near(j, i) for j in g)
            ):
                g.append(i)
                break
        else:
            groups.append([i])
    keep = sorted(min(g, key=rank) for g in groups)
    return [found[i][1] for i in keep]


def extract(doc: Document) -> list[Achievement]:
    """Every stated quantity of something done, reached, given or counted."""
    v = vocab(doc.options.lexicon_dirs)
    text = doc.text
    found: list[tuple[Sentence, Achievement, tuple[str, ...]]] = []
    protected_by_block: dict[int, list[tuple[int, int]]] = {}
    for sent in doc.sentences:
        chunk = text[sent.start : sent.end]
        if _ASCII_SLUG.match(chunk) and len(_WORD.findall(chunk)) >= 5:
            continue  # an unaccented keyword line ('truc tuyen hoi nghi tong ket 10 nam ...')
        block = doc.block_of(sent)
        if block.index not in protected_by_block:
            protected_by_block[block.index] = _protected(text, block.start, block.end)
        protected = protected_by_block[block.index]
        resume = sent.start
        for num in find_numbers(text, sent.start, sent.end, doc.options.lexicon_dirs):
            if num.start < resume or any(s <= num.start < e for s, e in protected):
                continue
            ach, resume = _achievement(doc, sent, num, v)
            if ach is not None:
                found.append((sent, ach, _repeat_key(text, ach, resume, sent.end, v)))
    return _merge_repeats(doc, found, v)
