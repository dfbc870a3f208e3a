"""A quantity as news writes it around a number: hedge, sign, currency on either side, range, bound.

:func:`parse_quantity` reads one whole expression ('trên 1.800', 'từ 5 triệu đồng đến 8 triệu đồng',
'$15', 'USD 15', '35€', 'âm 3 độ C', '60 tạ/ha trở lên') with the vocabularies the achievements
extractor reads running text with: hedges and bounds from ``qualifiers.yaml``, currencies and
measures from ``units.yaml``, numbers from :mod:`vnnews.numbers`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from .entries import UnitEntry
from .lexicon import Termset, load
from .models import QualifierKind
from .numbers import SUFFIXES, Amount, parse_amount
from .ranges import range_start

_FLAGS = regex.IGNORECASE | regex.VERBOSE


@dataclass(frozen=True)
class Words:
    """The hedge and unit vocabularies, compiled once per lexicon folders."""

    kinds: dict[str, QualifierKind]  # lower-cased hedge or bound -> its kind
    attributes: frozenset[str]  # lower-cased hedges that are also adjectives: 'tối đa'
    hedge: regex.Pattern[str]  # a hedge right before the number: 'trên '
    bound: regex.Pattern[str]  # a bound after the amount: ' trở lên'
    unit: regex.Pattern[str]  # a unit right after the number: '%', ' ha', ' đồng', '€'
    currency_before: regex.Pattern[str]  # a currency right before the number: '$', 'USD '
    units: dict[str, UnitEntry]  # lower-cased term -> entry


#: Signs of comparison that hedge a number only touching it ('>40%'), as a breadcrumb's separators never do.
_GLUED = frozenset({">", "<"})
# rmI38: 'vuông'/'khối' of a square or cubic measure are no such when 'góc'/'lượng' follows ('cao 2 m vuông góc với',
# '800 m khối lượng'): the measure is 'm' alone.
_NOT_SQUARE = r"(?!(?<=vuông|khối)[ \u00a0]+(?:góc|lượng)(?!\w))"


@functools.cache
def words(dirs: tuple[Path, ...] = ()) -> Words:
    """Load ``qualifiers.yaml`` and ``units.yaml`` and compile what reads them."""
    quals = load("qualifiers", dirs)
    units = load("units", dirs)
    hedging = [q.term for q in quals if not q.after and not q.start]
    hedges = Termset([t for t in hedging if t[0].isalnum()]).pattern(boundary=False)
    # a sign ('≤', '~') may touch its number ('chiếm ≥40%'), never closing an arrow ('->', '=>'); '>' and '<' only
    # touching it ('chiếm >40%'): with a space they are a breadcrumb's separators ('Tin tức > 5 điểm đến')
    signs = Termset([t for t in hedging if not t[0].isalnum() and t not in _GLUED]).pattern(boundary=False)
    glued = Termset(sorted(_GLUED)).pattern(boundary=False)
    hedge_words = rf"(?<!\w)(?P<q>{hedges})\s+"
    hedge_signs = rf"(?<![-=<>])(?P<q>{signs})[ \u00a0]*|(?<![-=<>\w])(?P<q>{glued})"
    bounds = Termset([q.term for q in quals if q.after]).pattern(boundary=False)
    # '%' and the symbols have no word boundary; the words must not run into a following letter.
    symbols = Termset([u.term for u in units if not u.term[0].isalnum()]).pattern(boundary=False)
    # One-letter units match their case only: 'g', 'm', 'l' are units, '4G', '3M' are not grams or metres; so do
    # the ``cased`` ones ('Rs' is rupees, 'RS' a trim).
    # A noun meaning money ('tiền') is no unit written: the achievements extractor reads it as a counted noun first.
    cased = [u.term for u in units if u.term[0].isalnum() and (len(u.term) == 1 or u.cased)]
    words_written = [u.term for u in units if u.term[0].isalnum() and u.term not in cased and not u.money]
    named = Termset(words_written).pattern(boundary=False)
    letters = "|".join(regex.escape(t) for t in sorted(cased, key=len, reverse=True))
    scaled = "|".join(  # 'lakh RS': a cased unit in any case after its words
        rf"(?<=(?<!\w){Termset(list(u.any_case_after)).pattern(boundary=False)}[ \u00a0]+){regex.escape(u.term)}(?!\w)"
        for u in units if u.any_case_after
    )
    before = Termset([u.term for u in units if u.before]).pattern(boundary=False)
    return Words(
        kinds={q.term.lower(): q.kind for q in quals},
        attributes=frozenset(q.term.lower() for q in quals if q.attribute),
        hedge=regex.compile(rf"(?:{hedge_words}|{hedge_signs})$", _FLAGS),
        bound=regex.compile(rf"[ \u00a0]+(?P<q>{bounds})(?!\w)", _FLAGS),
        unit=regex.compile(
            rf"(?P<pre>[ \u00a0]?)(?P<u>{symbols}|{named}(?!\w){_NOT_SQUARE}|(?-i:{letters})(?!\w)"
            rf"{'|' if scaled else ''}{scaled})",
            _FLAGS,
        ),
        currency_before=regex.compile(rf"(?<![\w$€£])(?P<c>{before})[ \u00a0]?$", _FLAGS),
        units={u.term.lower(): u for u in units},
    )


def unit_name(term: str, w: Words) -> str:
    """The unit reported for a unit as written: its canonical name for a symbol ('$' -> 'USD').

    >>> unit_name("$", words()), unit_name("ha", words())
    ('USD', 'ha')
    """
    entry = w.units.get(term.lower())
    return entry.canonical if entry and entry.canonical else term


@dataclass(frozen=True)
class Quantity:
    """A hedged amount: value (and upper bound of a range), unit, hedge and its kind."""

    value: int | float
    unit: str | None = None
    value_max: int | float | None = None
    qualifier: str | None = None
    qualifier_kind: QualifierKind | None = None
    approximate: bool = False


_RANGE = regex.compile(r"(?<=\S)\s*(?:-|–|—)\s*(?=\S)|\s+(?:đến|tới)\s+", regex.IGNORECASE)
_FROM = regex.compile(r"từ\s+", regex.IGNORECASE)
_RATE = regex.compile(r"(?:/[\p{L}\p{M}\d]+(?:[ \u00a0]\d\b)?)+")
_LEAD = regex.compile(r"[^\s\d]+(?=\s*(?:[-\u2212]?\d|âm\s))", regex.IGNORECASE)


@dataclass(frozen=True)
class _Part:
    """One amount of a quantity: the number as written, its reading, and its unit if written."""

    written: str
    amount: Amount
    unit: str | None


def _amount(text: str, w: Words, dirs: tuple[Path, ...]) -> _Part | None:
    """One amount with its unit on either side: '$15', 'USD 15', '5 triệu đồng', '35€', '44.500 đồng/kg'."""
    body, unit = text.strip(), None
    for m in w.unit.finditer(body):
        tail = body[m.end() :].strip()
        glued_suffix = not m.group("pre") and m.group("u") in SUFFIXES  # '3M' is 3 million, not 3 metres
        inside = body[m.start() - 1].isalpha() if m.start() and not m.group("pre") else False  # 'trăm' ends in 'm'
        if m.start() > 0 and not glued_suffix and not inside and (tail == "" or _RATE.fullmatch(tail)):
            unit, body = unit_name(m.group("u"), w) + tail, body[: m.start()]
            break
    lead = _LEAD.match(body)
    if unit is None and lead and w.currency_before.search(lead.group()):
        unit, body = unit_name(lead.group(), w), body[lead.end() :]
    amount = parse_amount(body.strip(), dirs)
    return _Part(body.strip(), amount, unit) if amount else None


def _hedge(text: str, w: Words) -> tuple[str | None, str]:
    """The hedge before or the bound after a quantity, and the rest of it."""
    for cut in range(1, min(4, len(text.split())) + 1):
        head = " ".join(text.split()[:cut]) + " "
        if (m := w.hedge.search(head)) and m.start() == 0:
            return m.group("q"), text[len(head) :]
    for m in w.bound.finditer(text):
        if text[m.end() :].strip() == "":
            return m.group("q"), text[: m.start()]
    return None, text


def parse_quantity(text: str, dirs: tuple[Path, ...] = ()) -> Quantity | None:
    """A whole quantity expression read into a :class:`Quantity`, or None if it is not one.

    >>> parse_quantity("trên 1.800")
    Quantity(value=1800, unit=None, value_max=None, qualifier='trên', qualifier_kind='more', approximate=False)
    >>> q = parse_quantity("từ 5 triệu đồng đến 8 triệu đồng"); (q.value, q.value_max, q.unit)
    (5000000, 8000000, 'đồng')
    >>> [(q.value, q.unit) for q in map(parse_quantity, ("$15", "USD 15", "35€", "âm 3 độ C"))]
    [(15, 'USD'), (15, 'USD'), (35, 'EUR'), (-3, 'độ C')]
    """
    w = words(dirs)
    qualifier, rest = _hedge(" ".join(text.split()), w)
    opened = _FROM.match(rest)
    rest = rest[opened.end() :] if opened else rest
    parts = [p for p in _RANGE.split(rest) if p.strip()]
    if not 1 <= len(parts) <= 2:
        return None
    read = [_amount(p, w, dirs) for p in parts]
    if None in read:
        return None
    first, *more = [r for r in read if r is not None]
    value, value_max, unit = first.amount.value, None, first.unit
    if more:
        value = range_start(first.written, more[0].written, dirs) or value
        value_max, unit = more[0].amount.value, unit or more[0].unit
        if value_max <= value:
            return None  # '20-7' is a date, '6-3' a score: no range
    kind = w.kinds.get(qualifier.lower()) if qualifier else None
    return Quantity(value, unit, value_max, qualifier, kind, first.amount.approximate or value_max is not None)
