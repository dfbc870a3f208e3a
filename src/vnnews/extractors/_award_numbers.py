"""Awards: the numbers that count, read right before a recipient noun or an award name.

- a count as written, digits or words: '24 |tập thể', 'hai mươi |cá nhân' (not a date '1/8 Cúp', a code '31-35', a
  range's end 'từ ba đến 4 HCV', the pool 'trong số hơn 23.000 cán bộ', a name 'Hai Bà Trưng');
- a share of a total before an award: '139/399 |giải nhất', '3 trong tổng số 6 |HCV': the first number counts, and
  the total is the award's too (no achievement);
- 'X/Y' before a recipient noun: '16/18 |xã';
- two counted nouns of one group joined by a slash: '15 dự án/|28 HS đoạt giải' (both won the prize).
"""

from __future__ import annotations

import regex

from ..numbers import parse_number
from ._award_names import AwardName
from ._award_patterns import AwardPatterns

#: At most this many words are read as one spelled-out number ('hai mươi lăm').
MAX_NUMBER_WORDS = 4
#: Award kinds whose name after 'X/Y' is no count's: '1/8 Cúp Quốc gia' is a round of a cup.
NO_SHARE_KINDS = ("cup",)

_WORD = regex.compile(r"(?<!\w)(?:\d[\d.,]*\d|\d|[^\W\d_]+)(?!\w)")  # whole words only: nothing from '11A3'
_NOUN_SLASH = regex.compile(r"[^\W\d_]/$")  # 'dự án/|28 HS': a slash right after a word
#: The counted noun before a slash and a second count: '|15 dự án|/28 HS'.
_PARTNER = regex.compile(
    r"(?<![\w.,/])(?P<num>\d{1,3}(?:\.\d{3})*)\s+(?P<noun>(?-i:\p{Ll})\w*(?:\s+[^\W\d_]+){0,3}?)/$"
)


def _after_noun(text: str, start: int) -> bool:
    """A slash right after a word before ``start``: '15 dự án/|28 HS', not '1/|8' or 'A-|35'."""
    return bool(_NOUN_SLASH.search(text, max(0, start - 2), start))


def share_before(text: str, lo: int, pos: int, pat: AwardPatterns, h: AwardName) -> tuple[int, int, int] | None:
    """``(start, value, end)`` of a share of a total right before award ``h``: '139/399 |giải nhất', '3 trong tổng số
    6 |HCV' count 139 and 3; ``end`` is the total's end, so that the total is the award's as well."""
    if h.entry.kind in NO_SHARE_KINDS:
        return None
    m = pat.fraction.search(text, lo, pos) or pat.parts.share.search(text, lo, pos)
    if m is None or not 0 < int(m["x"]) <= int(m["y"]):
        return None
    return m.start("x"), int(m["x"]), m.end("y")


def slash_partner(text: str, lo: int, start: int) -> tuple[int, int, str, int] | None:
    """``(start, value, noun, end of number)`` of the counted noun a slash joins to the count at ``start``: '|15 dự
    án|/28 HS đoạt giải' (the entries and the pupils who won it)."""
    if not _after_noun(text, start):
        return None
    m = _PARTNER.search(text, max(lo, start - 60), start)
    value = parse_number(m["num"]) if m else None
    if m is None or not isinstance(value, int) or value <= 0:
        return None
    return m.start("num"), value, m["noun"], m.end("num")


def number_before(text: str, lo: int, pos: int, pat: AwardPatterns) -> tuple[int, int, int] | None:
    """``(start, value, end)`` of a count written right before ``pos`` ('24 |tập thể', 'hai mươi |cá nhân')."""
    words = list(_WORD.finditer(text, max(lo, pos - 60), pos))
    run: list[regex.Match[str]] = []
    edge = pos
    for w in reversed(words):  # whole words joined by spaces only, ending at pos: not '11A|3 trường'
        if not text[w.end() : edge].isspace():
            break
        run.insert(0, w)
        edge = w.start()
    while run and text[run[0].start() - 1 : run[0].start()] in ("/", "-") and not _after_noun(text, run[0].start()):
        run.pop(0)  # '1/|8 Cúp', '31-|35': a date, a code; not '15 dự án/|28 HS': a second counted noun
    if run and run[-1].group().casefold() in pat.modifier:  # '15 nguyên |lãnh đạo', '369 lượt |tập thể'
        run.pop()
    run = run[-MAX_NUMBER_WORDS:]
    for k in range(len(run), 0, -1):
        first = run[-k]
        if first.group().casefold() in pat.ordinal:  # 'hàng trăm' is vague, not a count
            continue
        value = parse_number(text[first.start() : run[-1].end()])
        if value is None or (isinstance(value, float) and not value.is_integer()) or value <= 0:
            continue
        before = run[-k - 1].group().casefold() if k < len(run) else ""
        pool = pat.pool.search(text, max(lo, first.start() - 30), first.start())
        if pool and any(ch.isdigit() for ch in text[max(lo, pool.start() - 40) : pool.start()]):
            return None  # '17.774 cá nhân trong số hơn 23.000 cán bộ': the pool, not the recipients
        if (
            before in pat.ordinal
            and not pool
            and not pat.parts.total.search(text, max(lo, first.start() - 20), first.start())
        ):
            return None  # 'năm 2018', 'lần thứ Hai', 'hàng trăm'; not 'Trong số 853', 'tổng số 71'
        if before in pat.range_words and k + 1 < len(run) and parse_number(run[-k - 2].group()) is not None:
            return None  # 'từ ba đến 4 HCV': a range, no count
        if first.group()[0].isupper() and not first.group()[0].isdigit() and _mid_sentence(text, lo, first.start()):
            return None  # 'Hai Bà Trưng', 'Ba Vì': a name
        return first.start(), int(value), run[-1].end()
    return None


def _mid_sentence(text: str, lo: int, pos: int) -> bool:
    """Something other than an opening is written before ``pos`` in its sentence: a capital there starts a name."""
    head = text[lo:pos].rstrip()
    return bool(head) and not head.endswith((".", ":", ";", "!", "?", "\n", '"', "(", "-", "–"))


def fraction_before(text: str, lo: int, pos: int, pat: AwardPatterns) -> tuple[int, int, int] | None:
    """``(start, value, end)`` of 'X/Y' before a recipient noun: '16/18 |xã' counts 16; 'ngày 16/6 |xã' is a date."""
    if not text[pos : pos + 1].islower():
        return None
    m = pat.fraction.search(text, lo, pos)
    if m is None or not 0 < int(m["x"]) <= int(m["y"]):
        return None
    return m.start("x"), int(m["x"]), m.end("x")
