"""Vietnamese numbers as written in news: '3.700', '1,5', '58,9 triệu', '6 tỷ 097 triệu', 'hai mươi mốt'.

Separators follow Vietnamese usage: a dot groups thousands (``3.700``) and a comma marks the decimal
(``1,5``); a dot followed by anything but three digits is read as a decimal point (``64.9%``), as
real articles write it, but four digits or more ending in ``000`` are a group mistyped and no number
(``13.7000 ha`` is 137.000 or 13.700 ha: nothing rather than 13.7). Scale words (``nghìn``,
``triệu``, ``tỷ``) multiply, in decreasing order they add up (``2 tỷ 460 triệu``). A minus sign
glued to the digits or the word ``âm`` before them keeps the sign (``-1,2``, ``âm 3``); a
``k``/``K`` or ``M`` glued after the digits is a thousand or a million as informal news writes money
(``50k``, ``2,5K``, ``3M``). Number words come from ``data/numbers.yaml``.
Values are computed with :class:`~decimal.Decimal` and returned as ``int`` when integral.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import regex

from .entries import NumberWord
from .folded import Folded, case_key, folded
from .lexicon import Termset, load
from .prescan import scan

#: Longest digit string accepted; anything longer is an identifier, not an amount.
MAX_DIGITS = 24


@dataclass(frozen=True)
class Amount:
    """A parsed number expression: its value and whether it is vague ('hàng trăm')."""

    value: int | float
    approximate: bool = False


@dataclass(frozen=True)
class NumberMatch:
    """A number expression found in a text, with offsets into that text."""

    start: int
    end: int
    value: int | float
    approximate: bool
    spelled: bool  # starts with a number word ('hai mươi'), not a digit
    suffix: str = ""  # 'k', 'K' or 'M' glued after the digits ('50k'): the value is already multiplied


# ---- digits -------------------------------------------------------------------------------------

_DIGIT_FORMS = regex.compile(
    r"""
      (?P<dots>\d{1,3}(?:\.\d{3})+)(?:,(?P<dec_a>\d+))?   # 3.700 / 248.920 / 1.234,5
    | (?P<int>\d+)(?:,\s?(?P<dec_b>\d+))?                 # 1500 / 1,5 / 2, 048 (stray space)
    | (?P<lead>\d+)\.(?P<dec_c>\d{1,2}|\d{4,}(?<!000))    # 64.9 (dot decimal: not 3 digits after; '13.7000'
                                                          # is a group mistyped, 137.000 or 13.700: none)
    | (?P<commas>\d{1,3}(?:,\d{3}){2,})                   # 1,234,567 (English grouping, 2+ groups)
    """,
    regex.VERBOSE,
)


def parse_digits(text: str) -> Decimal | None:
    """The value of a number written in digits, or None if malformed.

    >>> parse_digits("3.700"), parse_digits("58,9"), parse_digits("64.9"), parse_digits("1.2.3,4,5")
    (Decimal('3700'), Decimal('58.9'), Decimal('64.9'), None)
    >>> parse_digits("13.7000"), parse_digits("6.3000"), parse_digits("3.1416")
    (None, None, Decimal('3.1416'))
    """
    t = text.strip()
    m = _DIGIT_FORMS.fullmatch(t)
    if not m or sum(c.isdigit() for c in t) > MAX_DIGITS:
        return None
    try:
        if m["dots"]:
            return Decimal(m["dots"].replace(".", "") + ("." + m["dec_a"] if m["dec_a"] else ""))
        if m["int"]:
            return Decimal(m["int"] + ("." + m["dec_b"] if m["dec_b"] else ""))
        if m["lead"]:
            return Decimal(f"{m['lead']}.{m['dec_c']}")
        return Decimal(m["commas"].replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        return None


# ---- words --------------------------------------------------------------------------------------


@functools.cache
def number_words(dirs: tuple[Path, ...] = ()) -> dict[str, NumberWord]:
    """Number words by case-folded term (numbers.yaml plus user folders): the pattern ignores case ("ſáu")."""
    return {case_key(w.term): w for w in load("numbers", dirs) if w.kind not in ("not_sign", "compound")}


Item = Decimal | str  # a digit literal already parsed, or a lower-cased word


def _digit(words: dict[str, NumberWord], item: Item | None, late: bool = False) -> Decimal | None:
    """Value of a single digit word (1-9); ``late`` also allows 'mốt', 'tư', 'lăm' (after tens)."""
    if not isinstance(item, str) or item not in words:
        return None
    w = words[item]
    if w.kind == "digit" or (late and w.kind == "late_digit"):
        return w.value
    return None


def _below_thousand(words: dict[str, NumberWord], items: Sequence[Item], i: int) -> tuple[Decimal, int] | None:
    """Read a spelled number under 1000 from ``items[i:]`` ('một trăm linh năm'); (value, next index)."""

    def at(k: int) -> Item | None:
        return items[k] if k < len(items) else None

    def kind(k: int) -> str | None:
        x = at(k)
        return words[x].kind if isinstance(x, str) and x in words else None

    total = Decimal(0)
    j = i
    head = _digit(words, at(j))
    if (head is not None or kind(j) == "zero") and kind(j + 1) == "hundred":
        total, j = (head or Decimal(0)) * 100, j + 2
        if kind(j) == "half":
            return total + 50, j + 1
        if kind(j) == "link":
            d = _digit(words, at(j + 1))
            return (total + d, j + 2) if d is not None else (total, j)
        head = _digit(words, at(j))
    if kind(j) == "ten":
        d = _digit(words, at(j + 1), late=True)
        if d is not None and at(j + 1) not in ("mốt", "tư", "năm"):  # 'mười năm' is ten years, 15 is 'mười lăm'
            return total + 10 + d, j + 2
        return total + 10, j + 1
    if head is not None and kind(j + 1) == "tens":
        d = _digit(words, at(j + 2), late=True)
        if d is not None and at(j + 2) != "năm":  # 'hai mươi năm' is twenty years
            return total + head * 10 + d, j + 3
        return total + head * 10, j + 2
    if head is not None:
        return total + head, j + 1
    return (total, j) if j > i else None


#: The scale 'nghìn' that, opening an amount, holds a larger scale elided: '1 nghìn 177 tỷ' is 1,177 tỷ.
_THOUSAND = Decimal(1000)


def _read(items: Sequence[Item], dirs: tuple[Path, ...] = (), first: int = 0) -> tuple[Decimal, bool, int] | None:
    """Longest reading of ``items[first:]`` as one number: (value, vague, items used), or None.

    Terms are ``base [scale...] [rưỡi]`` with strictly decreasing scales; a bare base may only
    close the number (``6 tỷ 097 triệu``, ``một nghìn không trăm linh năm``); thousands of a larger scale
    open it (``1 nghìn 177 tỷ 741 triệu``).
    """
    words = number_words(dirs)

    def kind(k: int) -> str | None:
        x = items[k] if k < len(items) else None
        return words[x].kind if isinstance(x, str) and x in words else None

    total, used, vague, last_scale = Decimal(0), first, False, None
    i = first
    while i < len(items):
        j = i
        if i == first and kind(i) in ("vague", "few") and kind(i + 1) in ("scale", "hundred"):
            base, j, vague = Decimal(1), i + 1, True
        elif isinstance(items[i], Decimal):
            base, j = items[i], i + 1  # type: ignore[assignment]
        else:
            read = _below_thousand(words, items, i)
            lone = words[str(items[i])] if last_scale is not None and read and read[1] == i + 1 else None
            per = lone is not None and lone.per and kind(i + 1) not in ("scale", "hundred")  # 'hai triệu một nghìn'
            if read is None or (lone is not None and lone.ambiguous) or per:
                break  # 'hai nghìn năm': a lone 'năm' after a scale is years, 'một' per ('500 ngàn một em')
            base, j = read
        scale = Decimal(1)
        while kind(j) in ("scale", "hundred") and (isinstance(items[i], Decimal) or vague or kind(j) == "scale"):
            scale *= words[str(items[j])].value
            j += 1
        if kind(j) == "half" and scale > 1:
            base, j = base + Decimal("0.5"), j + 1
        if last_scale == _THOUSAND and total < _THOUSAND**2 and base % 1 == 0 and 1 <= base < _THOUSAND < scale:
            total, used, last_scale, i = (total + base) * scale, j, scale, j  # '1 nghìn 177 tỷ': 1,177 tỷ
            continue
        if last_scale is not None and (scale >= last_scale or (scale == 1 and base >= last_scale)):
            break  # scales must decrease: '2 tỷ 460 triệu', never 'mười mười'
        if last_scale is not None and base % 1:
            break  # '6 tỷ 0,5' is not a number
        total, used, last_scale = total + base * scale, j, scale
        if scale == 1:
            break  # a bare base closes the number
        i = j
    return (total, vague, used - first) if used > first else None


# ---- whole expressions --------------------------------------------------------------------------

_ITEM = regex.compile(r"\d+(?:[.,]\s?\d+)*|[^\W\d_]+", regex.UNICODE)


def _items(text: str) -> list[Item] | None:
    """Split a number expression into digit literals and lower-cased words; None if malformed."""
    out: list[Item] = []
    for m in _ITEM.finditer(text):
        tok = m.group()
        if tok[0].isdigit():
            d = parse_digits(tok)
            if d is None:
                return None
            out.append(d)
        else:
            out.append(case_key(tok))  # as the case-blind scan read it: 'HAİ' is 'hai'
    rest = _ITEM.sub("", text)
    return out if rest.strip() == "" else None


def as_number(d: Decimal) -> int | float:
    """``int`` when integral, else ``float``.

    >>> as_number(Decimal("1.5E+9")), as_number(Decimal("58.9"))
    (1500000000, 58.9)
    """
    return int(d) if d == d.to_integral_value() else float(d)


#: 'k'/'K' and 'M' glued after digits: thousand and million ('50k', '2,5K', '3M').
SUFFIXES = {"k": Decimal(1000), "K": Decimal(1000), "M": Decimal(1_000_000)}
#: A minus sign glued to the digits, or the word 'âm' (minus) before them.
_SIGN = regex.compile(r"^\s*(?:[-\u2212](?=\d)|âm\s+(?=\d))", regex.IGNORECASE)
_SUFFIX = regex.compile(r"(?<=\d)[kKM]\s*$")


def parse_amount(text: str, dirs: tuple[Path, ...] = ()) -> Amount | None:
    """The value of a whole number expression, and whether it is vague; None if not one number.

    >>> parse_amount("hàng trăm")
    Amount(value=100, approximate=True)
    >>> parse_amount("-1,2"), parse_amount("âm 3"), parse_amount("2,5K")
    (Amount(value=-1.2, approximate=False), Amount(value=-3, approximate=False), Amount(value=2500, approximate=False))
    """
    written = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    sign = _SIGN.match(written)
    suffix = _SUFFIX.search(written)
    body = written[sign.end() if sign else 0 : suffix.start() if suffix else len(written)]
    items = _items(body)
    if not items:
        return None
    read = _read(items, dirs)
    if read is None or read[2] != len(items):
        return None
    value = read[0] * (SUFFIXES[suffix.group().strip()] if suffix else 1)
    return Amount(as_number(-value if sign else value), read[1])


def parse_number(text: str, dirs: tuple[Path, ...] = ()) -> int | float | None:
    """The value of a written number, or None if it is not one.

    >>> parse_number("3.700"), parse_number("1,5"), parse_number("abc")
    (3700, 1.5, None)
    >>> parse_number("6 tỷ 097 triệu"), parse_number("1,2 nghìn tỷ"), parse_number("hai mươi mốt")
    (6097000000, 1200000000000, 21)
    >>> parse_number("một tỷ rưỡi"), parse_number("mười mười"), parse_number("1..2")
    (1500000000, None, None)
    >>> parse_number("hai nghìn năm trăm"), parse_number("hai nghìn năm")
    (2500, None)
    >>> parse_number("hai nghìn một trăm"), parse_number("500 ngàn một"), parse_number("hai trăm nghìn")
    (2100, None, 200000)
    >>> parse_number("hai triệu một nghìn"), parse_number("một tỷ một triệu"), parse_number("2 triệu một trăm nghìn")
    (2001000, 1001000000, 2100000)
    >>> parse_number("50k"), parse_number("3M"), parse_number("-5"), parse_number("5%")
    (50000, 3000000, -5, None)
    """
    amount = parse_amount(text, dirs)
    return amount.value if amount else None


#: A number word before 'phú' names a person, no amount: 'một tỷ phú' is a billionaire, 'triệu phú' a millionaire.
_NOT_A_PERSON = r"(?![ \u00a0]+phú(?![\p{L}\p{M}]))"


@functools.cache
def _finder(dirs: tuple[Path, ...] = ()) -> regex.Pattern[str]:
    """A run of digit literals and number words separated by single spaces, with its sign and suffix.

    A sign is a minus glued to the digits where no number, word or bracket stands right before it
    ('tăng -1,2%', '(-0,5%)'; not '20-7', '5 -6'), or 'âm' before digits; a suffix is 'k', 'K' or 'M'
    glued after the last digits and followed by no letter, digit, '-' or '/' ('50k'; not '5km',
    '63K-2115', '17M/C').
    """
    compounds = Termset(w.term for w in load("numbers", dirs) if w.kind == "compound").pattern()  # 'tỷ lệ'
    number_word = rf"{Termset(number_words(dirs)).pattern()}{_NOT_A_PERSON}"
    # a scale word opening a word is none ('một tỉ trọng khá lớn'), except after digits ('500 tỷ lệ phí')
    words = rf"(?:(?!{compounds}){number_word})"
    # 'âm' closing a word is no minus ('phát âm 59 tên': pronounce)
    compound = Termset(w.term.rsplit(None, 1)[0] for w in load("numbers", dirs) if w.kind == "not_sign").pattern()
    atom = rf"(?:(?<![\w.,])\d+(?:[.,]\d+)*(?:,\s\d{{3}}(?=\s+{words}))?(?!\d)|{words})"
    # digits after a word are the number's last part only when no unit is glued to them: '106 triệu 60kg bao'
    later = rf"(?:(?<![\w.,])(?>\d+(?:[.,]\d+)*)(?![\d\p{{L}}\p{{M}}%])|(?<=\d[ \u00a0]+){number_word}|{words})"
    minus = r"(?<![\w)\].,%/+\-\u2212])(?<!\d[ \u00a0])[-\u2212](?=\d)"
    sign = rf"(?P<sign>{minus}|(?<!\w)(?<!{compound}[ \u00a0]+)(?i:âm)[ \u00a0]+(?=\d))?"
    suffix = r"(?P<suffix>(?<=\d)(?-i:[kKM])(?![\p{L}\p{M}\d\-/]))?"
    return regex.compile(rf"{sign}(?P<body>{atom}(?:[ \u00a0]+{later})*){suffix}", regex.IGNORECASE)


def find_numbers(
    text: str, start: int = 0, end: int | None = None, dirs: tuple[Path, ...] = ()
) -> Iterator[NumberMatch]:
    """Every number expression in ``text[start:end]``, longest reading first, left to right.

    A number spelled in words only counts at the start of a run: in '5 năm' the 'năm' is the unit;
    an ambiguous word alone ('năm nay') is no number.

    >>> [(m.value, m.spelled) for m in find_numbers("trên 1.800 buổi, 2 tỷ 460 triệu đồng và hai mươi người")]
    [(1800, False), (2460000000, False), (20, True)]
    >>> [(m.value, m.start) for m in find_numbers("đầu tư hai máy, năm hai, vài ba người")]
    [(2, 7)]
    >>> [(m.value, m.suffix) for m in find_numbers("tăng -1,2%, giá 50k, âm 3 độ, ngày 20-7, phát âm 59 tên")]
    [(-1.2, ''), (50000, 'k'), (-3, ''), (20, ''), (7, ''), (59, '')]
    >>> [m.value for m in find_numbers("một tỷ phú, 10 triệu phú, 2 tỷ đồng, một tỉ trọng lớn")]
    [1, 10, 2000000000, 1]
    >>> [m.value for m in find_numbers("chừng 106 triệu 60kg bao, 6 tỷ 097 triệu")]
    [106000000, 60, 6097000000]
    """
    stop = len(text) if end is None else end
    starts, cues = _starts(dirs).on(text)  # the lowered text when it finds the same cues (vnnews.folded)
    for run in scan(_finder(dirs), starts, text, start, stop, cues):
        yield from _run_numbers(run, dirs)


@functools.cache
def _starts(dirs: tuple[Path, ...] = ()) -> Folded:
    """Where a run of :func:`_finder` can start: a digit run, a minus sign, a number word or 'âm' standing alone.

    Its sign opens with a minus before a digit or 'âm', its first atom with a digit not after a word
    character or a number word; none starts inside a digit run (see :func:`vnnews.prescan.scan`). Words
    are looked ahead at, so that a word holding a mark hides no start after the mark. A dash before no
    digit starts nothing (the dashes of 'Bà Rịa - Vũng Tàu' are not tried).
    """
    terms = [*number_words(dirs), "âm"]

    def build(case: Callable[[str], str]) -> str:
        words = Termset([case(t) for t in terms]).pattern(boundary=False)
        return rf"\d+|[-\u2212](?=\d)|(?<!\w)(?=(?:{words})(?!\w))"

    return folded(build)


def _run_numbers(run: regex.Match[str], dirs: tuple[Path, ...]) -> Iterator[NumberMatch]:
    """The numbers of one run: its sign goes to the first number, its suffix to the last (when they touch)."""
    offset = run.start("body")
    for m in _readings(run.group("body"), dirs):
        value, s, e, suffix = m.value, offset + m.start, offset + m.end, ""
        if run.group("sign") and s == offset:
            value, s = -value, run.start()
        if run.group("suffix") and e == run.end("body"):
            suffix = run.group("suffix")
            value, e = as_number(Decimal(str(value)) * SUFFIXES[suffix]), run.end()
        yield NumberMatch(s, e, value, m.approximate, m.spelled, suffix)


@functools.lru_cache(maxsize=1 << 13)
def _readings(body: str, dirs: tuple[Path, ...]) -> tuple[NumberMatch, ...]:
    """The numbers of a run's body, offsets from its start: kept, as the same bodies ('2024', 'hai') come again."""
    spans = [(m.start(), m.end()) for m in _ITEM.finditer(body)]
    items = _items(body)
    if items is None or len(items) != len(spans):
        return ()
    return tuple(_body_numbers(items, spans, dirs))


def _body_numbers(
    items: list[Item], spans: list[tuple[int, int]], dirs: tuple[Path, ...]
) -> Iterator[NumberMatch]:
    """Longest readings of a run's items, left to right (offsets are the item spans)."""
    i = opening = 0
    while i < len(items):
        read = _read(items, dirs, i)
        if read is None:
            i += 1
            # a late digit opening no number ('tư' in 'đầu tư hai máy') does not hide the next word;
            # a vague word does ('vài ba triệu' is no 3 million)
            word = number_words(dirs).get(str(items[i - 1]))
            late = isinstance(items[i - 1], str) and word is not None and word.kind == "late_digit"
            opening += opening == i - 1 and late
            continue
        value, vague, used = read
        word = number_words(dirs).get(str(items[i]))
        lone = used == 1 and isinstance(items[i], str) and word is not None and word.ambiguous
        few = word is not None and word.kind == "few"  # 'vài trăm triệu': a number with no value written
        if (i == opening or isinstance(items[i], Decimal)) and not lone and not few:
            s, e = spans[i][0], spans[i + used - 1][1]
            yield NumberMatch(s, e, as_number(value), vague, isinstance(items[i], str))
        i += used
