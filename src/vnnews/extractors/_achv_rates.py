"""Where a unit's rate ends, and a titled head's (split from _achv_unit: _achv_items reads list items with them).

A rate is '/' and a word, a measure or a round number and a noun ('80 km/h', '12 ca/100.000 dân'), or a currency's
'một'/'mỗi' and a word; an aside between ('NDT (tương đương 449 USD)/tấn') leaves it the unit's. A titled head
written in capitals keeps the compound of capitals it opens and its rate ('1.200 HS-SV', '42 HS/lớp').
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from ..entries import UnitEntry
from ..numbers import parse_digits
from ._achv_unit_ends import InsideWord
from ._achv_vocab import Vocab
from ._achv_words import round_base

# A syllable; a loanword or model name in plain Latin letters joined by '-' ('xi-lanh', 'play-off',
# 'MH-65C'); not Vietnamese syllables around a dash ('tổng công ty-công ty'). A '/' after it opens a rate. Digits
# written below or above the line are the word's ('cmH₂O', 'CO₂', 'm³'), never cut off it. A capital glued to a word
# of small letters opens the next item of a list printed without spaces ('18 phiếuBang Ohio'): 'kWh', 'iPhone' stay.
# Digits glued after a Vietnamese word (one letter out of ASCII) begin something else ('29.000 phiếu17:25'):
# 'm2', 'CO2', 'H5N1' keep theirs.
SYLLABLE = regex.compile(
    r"""[ \u00a0]+(?P<w>\p{Ll}[\p{Ll}\p{M}]+(?=\p{Lu})
    |(?=[\p{Ll}\p{M}]*[^\x00-\x7f])\p{Ll}[\p{Ll}\p{M}]+(?=\d)
    |[\p{L}\p{M}][\p{L}\p{M}\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]*
    (?:(?<=(?<![\p{L}\p{M}])[A-Za-z\d]+)-[A-Za-z\d]+(?![\p{L}\p{M}\d]))*)""",
    regex.VERBOSE,
)
SLASH = regex.compile(r"[ \u00a0]?/[ \u00a0]?")
_LETTERS = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\d]*")
# A round number and what it counts after a '/': a rate's base ('12 ca/100.000 dân'); any other is a second count.
_ROUND_THEN_WORD = regex.compile(r"10*(?:\.000)*[ \u00a0]+(?=[\p{L}\p{M}])")
# An aside closed right after a unit, before a rate: ' (tương đương 449 USD)/tấn', ')/ngày'.
_ASIDE = regex.compile(r"[ \u00a0]*(?:\([^()]{1,80}\)|\))(?=[ \u00a0]?/)")
# The same, a whole aside, before 'cho mỗi'/'trên mỗi': '70.000 NDT (khoảng 250 triệu đồng) cho mỗi lần'.
_ASIDE_EACH = regex.compile(r"[ \u00a0]*\([^()]{1,80}\)(?=[ \u00a0]+(?:cho|trên)[ \u00a0]+mỗi[ \u00a0])", regex.I)
# Capitals joined to an abbreviation by '-': one compound of the bodies or people counted ('HS-SV', 'CNVC-LĐ').
_CAPS_PIECES = regex.compile(r"(?:-\p{Lu}[\p{Lu}\p{M}]{0,6}(?![\p{L}\p{M}\d]))+")
# 'một'/'mỗi' and a word after a currency: its rate ('806 đồng một lít', 'cho mỗi lần').
EACH = regex.compile(r"[ \u00a0]+(?:(?:cho|trên)[ \u00a0]+mỗi|một|mỗi)[ \u00a0]+(?=\p{Ll})", regex.IGNORECASE)
# r30a: a '1' and a word after a currency: its rate too ('500-1.000 đồng 1kg', '50.000 đồng 1 kg').
_ONE_EACH = regex.compile(r"[ \u00a0]+1[ \u00a0]?(?=\p{Ll})")
# achI38: 'cho 1' or 'trên 1' and a measure after a sum: the base of a rate ('hỗ trợ 150 triệu đồng cho 1 km tuyến kênh
# mương' is 150 million per km, no 1 km built); 'cho 1 hộ' may be one household given it, no rate.
_FOR_ONE = regex.compile(r"[ \u00a0]+(?:cho|trên)[ \u00a0]+1[ \u00a0]?(?=\p{Ll})", regex.IGNORECASE)
_WORD_AT = regex.compile(r"[\p{L}\p{M}\d]+")
# rmI38: a list of works the sum was spent on goes on after the measure ('chi 5 tỷ đồng cho 1 km đường | và 2 cầu', '...
# 1 km đường, 2 cầu'): the 1 km was built, no rate, unless another rate follows ('và 1 tấn xi măng cho 1 m3').
_LISTED_NEXT = regex.compile(r"[^.;:!?\n]*?(?:,|[ \u00a0]và)[ \u00a0]+\d", regex.IGNORECASE)
_RATE_LATER = regex.compile(
    r"[^.;:!?\n]*?(?:(?:cho|trên)[ \u00a0]+(?:mỗi|1[ \u00a0]?\p{Ll})|mỗi[ \u00a0]+\p{Ll}|/)", regex.IGNORECASE
)
# u34: a word or two in small letters right before a '/': what a measure measures, with its rate after it ('1 triệu
# tấn gạo/năm', '6 lít xăng/100 km', '12 tấn cá/ha').
_MEASURED = regex.compile(r"(?:[ \u00a0]+\p{Ll}[\p{Ll}\p{M}]*){1,2}(?=[ \u00a0]?/[ \u00a0]?[\p{L}\p{M}\d])")
_LAST_WORD = regex.compile(r"[\p{L}\p{M}\d]+$")
_LETTER_AT = regex.compile(r"[\p{L}\p{M}\d]")
# The base of such a rate: a number in digits, grouped by dots or not, and a measure or noun ('/100 km', '/1.000
# dân'); read as the base only when round (round_base).
_BASE = regex.compile(r"(?P<n>[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)[ \u00a0]*(?=[\p{L}\p{M}])")


def each_after(
    text: str, pos: int, end: int, currency: bool, units: Mapping[str, UnitEntry]
) -> regex.Match[str] | None:
    """'một'/'mỗi' and a word at ``pos`` (:data:`EACH`), or after a currency a digit '1' and a word, or 'cho 1' and
    a measure (:data:`_FOR_ONE`, looked up in ``units``); not one goods are weighed or poured in (units.yaml's
    ``goods``: 'bị hét giá 2 triệu đồng cho 1 kg ghẹ' is 1 kg bought), as land, lengths and volumes built are ('cho 1
    km', 'trên 1 ha', 'cho 1 m2')."""
    m = EACH.match(text, pos, end)
    if m is None and currency:
        m = _ONE_EACH.match(text, pos, end)
        if m is None and (one := _FOR_ONE.match(text, pos, end)):
            word = _WORD_AT.match(text, one.end(), end)
            base = word.group().casefold() if word else ""
            unit = units.get(base)
            m = one if unit and unit.kind == "measure" and not unit.goods and _no_list(text, one.end()) else None
    return m


def _no_list(text: str, pos: int) -> bool:
    """No list of works counted after 'cho 1 km' (:data:`_LISTED_NEXT`), or a list with its own rate in it."""
    listed = _LISTED_NEXT.match(text, pos)
    return listed is None or _RATE_LATER.match(text, listed.end()) is not None


def never_inside(pos: int) -> bool:
    """Default for :data:`InsideWord` when no word boundaries are at hand: every syllable opens a word."""
    return False


def titled_end(text: str, titled: regex.Match[str], end: int, v: Vocab, inside: InsideWord = never_inside) -> int:
    """Where a titled head ('125 Mẹ', '300 VĐV') ends: after the compound of capitals it opens ('HS-SV', 'CB-GV-NV',
    'CNVC-LĐ') and the rate written after it ('42 HS/lớp', '12 DN/1.000 dân')."""
    compound = _CAPS_PIECES.match(text, titled.end(), end) if titled.group().isupper() else None
    return rate_end(text, compound.end() if compound else titled.end(), end, v, inside)


def rate_end(text: str, pos: int, end: int, v: Vocab, inside_word: InsideWord = never_inside) -> int:
    """End of the rate a unit ending at ``pos`` carries ('/kg', '/ngày đêm', '/km 2', '/100.000 dân', '/xe/lượt').

    >>> from ._achv_vocab import vocab
    >>> text = "80 km/h, 12 ca/100.000 dân, 5 tấn/ha."
    >>> [text[3:rate_end(text, 5, 37, vocab())], text[12:rate_end(text, 14, 37, vocab())]]
    ['km/h', 'ca/100.000 dân']
    """
    while slash := SLASH.match(text, pos, end):
        d = slash.end()
        if v.whole.match(text, d, end):
            break  # '5,8%/tổng dư nợ': the '/' reads 'of' (a share of the whole), no rate
        if (m := v.unit_after.match(text, d, end)) and not m.group("pre"):
            pos = m.end()  # a measure: '/km 2', '/m2', '/ha'
            continue
        if number := _ROUND_THEN_WORD.match(text, d, end):
            d = number.end()  # a number and what it counts: '/100.000 dân'
        word = word_end(text, d, end, inside_word)
        if word is None:
            break
        pos = word
    return pos


def measured_rate(text: str, pos: int, end: int, v: Vocab, inside_word: InsideWord = never_inside) -> int:
    """End of what a measure ending at ``pos`` measures with the rate after it, when the rate is per period or per
    measure ('tấn | gạo/năm', 'lít | xăng/100 km', 'tấn | cá/ha'), else ``pos``: the rate is the amount's, so the
    measure alone would read a yearly output as a stock.

    >>> from ._achv_vocab import vocab
    >>> text = "1 triệu tấn gạo/năm, 6 lít xăng/100 km, 5 tấn hàng hóa."
    >>> [text[8:measured_rate(text, 11, len(text), vocab())], text[23:measured_rate(text, 26, len(text), vocab())]]
    ['tấn gạo/năm', 'lít xăng/100 km']
    >>> measured_rate(text, 45, len(text), vocab())
    45
    """
    m = _MEASURED.match(text, pos, end)
    if m is None or v.stop.match(text, pos + 1, end) or v.stop.search(text, pos + 1, m.end()):
        return pos
    slash = SLASH.match(text, m.end(), end)
    if slash is None:
        return pos
    base = _round_base(text, slash.end(), end)
    at = base.end() if base else slash.end()
    if not (v.rate_period.match(text, at, end) or v.unit_after.match(text, at, end)):
        return pos
    if base and _same_measure(text, pos, at, end):
        return pos  # a total in the same measure, no rate: '60 km đường/100 km đường' is 60 of 100 km
    return rate_end(text, m.end(), end, v, inside_word)


def _round_base(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """A round base at ``pos``: 1, 10, 100 ... ('/100 km', '/1.000 dân'); '/12 km', '/1.500 dân' are none."""
    base = _BASE.match(text, pos, end)
    value = parse_digits(base["n"]) if base else None
    return base if value is not None and round_base(value) else None


def _same_measure(text: str, pos: int, at: int, end: int) -> bool:
    """The measure ending at ``pos`` is written again at ``at`` ('ha rừng/1.000 | ha kế hoạch')."""
    m = _LAST_WORD.search(text, 0, pos)
    return m is not None and text[at : at + len(m[0])].lower() == m[0].lower() and not _LETTER_AT.match(
        text, at + len(m[0]), end
    )


def word_end(text: str, pos: int, end: int, inside_word: InsideWord) -> int | None:
    """End of the word starting at ``pos`` ('ngày đêm', 'cổ phiếu': the word tokens say where it ends)."""
    m = _LETTERS.match(text, pos, end)
    if m is None:
        return None
    e = m.end()
    while (nxt := SYLLABLE.match(text, e, end)) and inside_word(nxt.start("w")):
        e = nxt.end()
    return e


def rate_after_aside(text: str, pos: int, end: int, v: Vocab, inside_word: InsideWord) -> str:
    """The rate written after an aside that follows the unit, or after the aside's end ('NDT (tương đương 449
    USD)/tấn', '27 tỉ đồng)/ngày'), else ''. The unit's span stays before the aside: the amount in it is read too.

    >>> from ._achv_vocab import vocab
    >>> text, v = "3.082 NDT (tương đương 449 USD)/tấn", vocab()
    >>> [rate_after_aside(text, at, len(text), v, never_inside) for at in (9, 30)]
    ['/tấn', '/tấn']
    >>> text = "70.000 NDT (khoảng 250 triệu đồng) cho mỗi lần dự"
    >>> rate_after_aside(text, 10, len(text), v, never_inside)
    ' cho mỗi lần'
    """
    if (each := _ASIDE_EACH.match(text, pos, end)) and (per := EACH.match(text, each.end(), end)):
        rate = word_end(text, per.end(), end, inside_word)
        return text[each.end() : rate] if rate else ""
    aside = _ASIDE.match(text, pos, end)
    if aside is None:
        return ""
    rate = rate_end(text, aside.end(), end, v, inside_word)
    return SLASH.sub("/", text[aside.end() : rate], count=1) if rate > aside.end() else ""
