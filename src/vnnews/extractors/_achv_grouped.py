"""Digits grouped by commas in threes ('35,000', '556,239'): thousands the English way, or a Vietnamese decimal comma.

A Vietnamese text writes '2,5 tấn' for 2.5 t, but market reports and wire copy often group thousands with commas
('35,000 đồng/kg'). Where a decimal makes no sense the comma groups thousands: the home currency with no scale word
between (a đồng has no decimals: '35,000 đồng' is 35000) and a counter of whole things ('556,239 suất quà'). A foreign
currency keeps the decimal comma ('71,056 USD/thùng' is a world price of 71.056 dollars), unless the decimals would be
zeros nobody writes ('100,000 đô la Mỹ' is 100000). A measure ('2,500 tấn', '1,5 ha'), an index ('99,070
điểm') and a number with a scale word ('1,500 tỷ đồng', '34,460 – 34,910 triệu đồng') keep the decimal comma.
"""

from __future__ import annotations

import regex

from ._achv_unit import Unit
from ._achv_vocab import Vocab

#: Digits grouped by commas in threes, no decimal after them: '2,257', '100,000'.
_COMMA_GROUPED = regex.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
#: Characters searched back from a range's end for its last number (a grouped number is far shorter).
NUMBER_REACH = 40
#: The number that ends a range, written last before the unit: '95,000' in '85,000 - 95,000 đồng/kg'.
_LAST_NUMBER = regex.compile(r"[\d.,]+$")


def _first_word(unit: Unit) -> str:
    """The unit's first word, lowered, before a rate's '/': 'đ' of 'đ/kg', 'đồng' of 'đồng tiền mặt'."""
    return regex.split(r"[\s/]", unit.text, maxsplit=1)[0].casefold()


def grouped(written: str, value: float, unit: Unit, v: Vocab) -> float:
    """``value`` read from ``written`` before ``unit``, or the digits grouped the English way where no decimal fits.

    >>> from ._achv_vocab import vocab
    >>> usd, dong, gift = Unit(0, 3, "USD", "currency"), Unit(0, 4, "đồng", "currency"), Unit(0, 4, "suất", "noun")
    >>> read = [("71,056", usd), ("100,000", usd), ("35,000", dong), ("68,000", Unit(0, 4, "đ/kg", "currency"))]
    >>> [grouped(w, float(w.replace(",", ".")), u, vocab()) for w, u in [*read, ("556,239", gift)]]
    [71.056, 100000, 35000, 68000, 556239]
    >>> grouped("1,500 tỷ", 0.5, dong, vocab()), grouped("34,460", 34_460_000, dong, vocab())
    (0.5, 34460000)
    >>> grouped("99,070", 99.07, Unit(0, 4, "điểm", "noun"), vocab())
    99.07
    """
    if not _COMMA_GROUPED.fullmatch(written):
        return value  # a scale word in the number keeps the decimal comma: '1,500 tỷ đồng'
    # so does a range's scale word ('34,460 – 34,910 triệu đồng'): the value read is then no longer as written
    home = _first_word(unit) in v.home_currencies or written.endswith(",000")  # no decimal ends in zeros
    money = unit.kind == "currency" and home and value == float(written.replace(",", ".", 1).replace(",", ""))
    whole = unit.kind == "noun" and unit.text.split()[0].casefold() in v.whole_counters
    if not (money or whole):
        return value
    return int(written.replace(",", ""))


def grouped_max(text: str, end: int, value_max: float | None, unit: Unit, v: Vocab) -> float | None:
    """A range's upper end ``value_max``, written right before ``end``, read as :func:`grouped` reads the lower one.

    >>> from ._achv_vocab import vocab
    >>> grouped_max("85,000 - 95,000", 15, 95.0, Unit(0, 7, "đồng/kg", "currency"), vocab())
    95000
    """
    last = _LAST_NUMBER.search(text, max(0, end - NUMBER_REACH), end)
    if value_max is None or last is None:
        return value_max
    return grouped(last.group(), value_max, unit, v)
