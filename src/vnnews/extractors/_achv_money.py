"""A counted noun that is a sum of money: a noun meaning money ('5 triệu tiền thuốc'), or an amount written with a
scale word and no currency, shared out 'per' something ('500 ngàn một em một tháng' is đồng per pupil per month)."""

from __future__ import annotations

import regex

from ._achv_rates import SLASH  # a rate's '/' ('tiền kíp/ngày')
from ._achv_unit import Unit
from ._achv_vocab import Vocab

# A scale word closing an amount ('500 ngàn', '2 triệu'), no digits: the amount is written as a sum.
_SCALED = regex.compile(r"[\p{L}\p{M}]$")
# A unit opening with 'một'/'mỗi' before a lower-case word: what the sum is shared out per ('một em', 'mỗi tháng').
_PER = regex.compile(r"(?:một|mỗi)[ \u00a0]+\p{Ll}", regex.IGNORECASE)


def as_money(text: str, unit: Unit, v: Vocab) -> Unit:
    """A counted noun opening with a noun meaning money, no currency written, is a sum: in the currency named
    after that noun ('10 triệu tiền kíp' is 'kíp'), else in the home one, the noun phrase following it as what
    is measured follows a measure ('kg heroin'): '5 triệu tiền thuốc' is 'đồng tiền thuốc', '500 ngàn tiền
    bãi/ngày' 'đồng tiền bãi/ngày', '2 tỷ tiền' 'đồng tiền', '32.079 tỷ lãi' 'đồng lãi'."""
    head = v.money_noun.match(text, unit.start, unit.end) if unit.kind == "noun" else None
    if head is None:
        return unit
    if v.word.match(text, unit.start, unit.end):
        return unit  # a word that only opens with it: '3 tiền đạo', '2 tiền án'
    named = v.unit_after.match(text, head.end(), unit.end)
    if named and named.group("pre") and v.unit_kinds.get(named.group("u").lower()) == "currency" and _ends(named, unit):
        return Unit(unit.start, unit.end, v.unit_names.get(named.group("u").lower(), named.group("u")), "currency")
    name = v.unit_names.get(head.group().lower(), head.group())
    return Unit(unit.start, unit.end, f"{name} {unit.text}", "currency")


def _ends(named: regex.Match[str], unit: Unit) -> bool:
    """A currency named after a money noun ends the unit ('10 triệu tiền kíp', 'tiền kíp/ngày'); one that opens a
    longer word does not ('tiền bảng hiệu', 'tiền đô thị hóa', 'tiền đồng phục': what was paid for)."""
    return named.end() == unit.end or SLASH.match(named.string, named.end(), unit.end) is not None


def per_share(amount: str, unit: Unit, before: str, v: Vocab) -> Unit | None:
    """A sum written with a scale word and no currency before 'một'/'mỗi' and a word is money in the home currency,
    shared out per that word ('500 ngàn một em một tháng' is 'đồng một em một tháng', as '806 đồng một lít'), when
    the sentence ``before`` it speaks of money ('hỗ trợ', 'lương': ``money_talk``); else None, nothing named is
    counted ('Số ca mắc lên tới 2 nghìn một ngày'). A noun counted after the scale ('2 triệu người') is no sum.

    >>> from ._achv_vocab import vocab
    >>> def per(a: str, u: str, b: str = "được hỗ trợ ") -> str | None:
    ...     return getattr(per_share(a, Unit(0, 1, u, "noun"), b, vocab()), "text", None)
    >>> per("500 ngàn", "một em"), per("2 triệu", "người"), per("2 nghìn", "một ngày", "Số ca mắc lên tới ")
    ('đồng một em', 'người', None)
    >>> per("2 nghìn", "một ngày", "Đoàn đánh giá ") is None
    True
    """
    if unit.kind != "noun" or not _SCALED.search(amount) or not _PER.match(unit.text):
        return unit
    if not any(m.group("yes") for m in v.money_talk.finditer(before)):
        return None
    return Unit(unit.start, unit.end, f"{v.unit_names.get('đồng', 'đồng')} {unit.text}", "currency")
