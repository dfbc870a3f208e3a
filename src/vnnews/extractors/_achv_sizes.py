"""Numbers that label a thing, no result: a fund's rate set per litre, an ownership type, a size, a fixed set.

'mức chi bình ổn giá với xăng khoáng là 600 đồng/lít (kỳ trước chi sử dụng 300 đồng/lít)' (a fuel's rate the
authorities set), 'doanh nghiệp 100% vốn nước ngoài' (a company's type), 'tầng 1 của ngôi nhà 3 tầng' in a fire (the
unit must close at 'tầng': '5 tầng bốc khói' is no storey), 'mua nước bình 20 lít', 'khổ nhỏ 1m' (a thing's size),
'ở cả 3 cấp', 'tăng cả 3 chỉ số' (a fixed set) and 'qua ngã ba ... khoảng 500 mét thì tông vào' (where it happened).
Retail prices and changes ('giá xăng E5 20.000 đồng/lít', 'xăng E5 tăng 300 đồng/lít'), capital reached ('đã giải
ngân được 100% vốn nhà nước'), averages ('trung bình 150 mm'), things built ('xây dựng 12 nhà văn hóa 2 tầng'),
criteria met ('Đạt cả 3 tiêu chí'), distances covered ('đi được 1.200 km thì hoàn thành') and towns counted ('cả 3
xã đều đạt chuẩn') stay. Used by :mod:`._achv_sense`; the words come from
``achievement_sense.yaml`` (kinds fund_*, owned*, size_*, fixed_*, place_then, place_pass, dim_*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._achv_words import CLAUSE_END

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

#: Most words between a building noun and its storeys read for the building's governing word ('của dãy nhà trọ').
BUILDING_WORDS = 4
#: A fuel's rate per litre or kg after money ('đồng/lít', 'đồng/kg').
_PER_FUEL = regex.compile(r"/[ \u00a0]*(?:lít|lit|l|kg)$", regex.IGNORECASE)
#: An area in brackets before a company's type ('(8.000m2, 100% vốn nước ngoài)').
_AREA_BEFORE = regex.compile(r"\([^()]*\d[ \u00a0]*(?:m2|m²|ha|km2)[ \u00a0]*,[ \u00a0]*$", regex.IGNORECASE)
#: Punctuation that ends the clause a place was passed in ('qua ngã ba (đoạn giao ...) khoảng'; brackets do not).
_CUT = regex.compile(r"[,;:.!?]")
#: Most words between a vessel or a mountain and the dimension word after it ('đỉnh | cao Bà Rá | cao 723m').
DIM_WORDS = 4
#: Most dimensions told in a row back to the vessel ('Tàu có chiều dài 30,8m, | rộng 7,8m, | cao 3,9m').
DIM_CHAIN = 4
#: A length told right before a comma ('30,8m, '): the one before it in a row of dimensions.
_LENGTH_TOLD = regex.compile(r"\d[\d.,]*[ \u00a0]*(?:m|mét)[ \u00a0]*,[ \u00a0]*$", regex.IGNORECASE)
#: Words before a voltage an equipment word may stand in ('các máy biến áp 220, | 110 kV').
VOLTAGE_WORDS = 5
#: Most words of the noun a price names before 'giá' ('các | căn hộ chung cư | có giá').
PRICED_WORDS = 4


def labelled(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the number labels a thing rather than counting a result (the rule's kind), or None."""
    if at.unit.kind == "currency" and _fund_rate(at, s):
        return "rule"  # 'mức chi bình ổn giá với xăng khoáng là 600 đồng/lít': a rate the authorities set
    if at.unit.kind == "percent" and at.num.value == 100 and _owned(at, s):
        return "class"  # 'doanh nghiệp 100% vốn nước ngoài': a company's type
    if at.unit.kind != "percent" and _sized(at, s):
        return "class"  # 'ngôi nhà 3 tầng' in a fire, 'nước bình 20 lít', 'khổ nhỏ 1m': what the thing is like
    if at.unit.kind == "measure" and _dimensioned(at, v, s):
        return "class"  # 'trên thuyền nan dài 6 m', 'đỉnh Bà Rá cao 723m': a vessel's or a mountain's size
    if at.unit.kind == "noun" and s.at_start["fixed_set"].fullmatch(at.unit.text) and _fixed(at, s):
        return "idiom"  # 'ở cả 3 cấp', 'tăng cả 3 chỉ số': the known levels or indicators, no count
    if at.unit.kind == "measure" and _placed_then(at, s):
        return "place"  # 'qua ngã ba chợ Bình Hiệp khoảng 500 mét thì tông vào': where it happened
    if at.unit.kind != "percent" and _voltage_class(at, s):
        return "class"  # 'tách các máy biến áp 220, 110 kV': the equipment's voltage class
    if at.unit.kind == "currency" and _priced_class(at, v, s):
        return "class"  # 'Những căn hộ giá khoảng 400-500 triệu đồng trước kia rất khó tìm': a class by its price
    return None


def _fund_rate(at: Around, s: Sense) -> bool:
    """A fuel's rate per litre or kg after the price fund's rate, no price or change word after the fund's word."""
    if "/" not in at.unit.text or not _PER_FUEL.search(at.unit.text) or not s.may(at, "fund_rate"):
        return False
    ends = [m.end() for m in s.anywhere["fund_rate"].finditer(at.before)]
    if not ends or not s.anywhere["fund_fuel"].search(at.paragraph):  # fuel told in the paragraph
        return False
    return not s.anywhere["fund_reset"].search(at.before, ends[-1])


def _owned(at: Around, s: Sense) -> bool:
    """'100%' between an owner noun and an owner's capital ('doanh nghiệp 100% vốn nước ngoài'), not after a verb."""
    if not s.at_start["owned"].match(at.after) or s.at_end["owned_not"].search(at.before):
        return False
    return bool(s.at_end["owned_by"].search(at.before) or _AREA_BEFORE.search(at.before))


def _fixed(at: Around, s: Sense) -> bool:
    """'cả' before the count of a fixed set ('ở cả 3 cấp'), not a set met ('Đạt cả 3 ...', 'Cả 3 cấp đều đạt')."""
    whole = s.at_end["fixed_all"].search(at.before)
    if whole is None or s.at_start["fixed_met_after"].match(at.after):
        return False
    return not s.at_end["fixed_met"].search(at.before[: whole.start()])


def _sized(at: Around, s: Sense) -> bool:
    """A size right after the thing it describes: storeys of a building a fire or a crime happened in ('tầng 1 của
    ngôi nhà 3 tầng'), a container's litres ('nước bình 20 lít'), a gauge ('khổ nhỏ 1m')."""
    if s.at_start["size_unit"].fullmatch(at.unit.text):
        holder = s.at_end["size_holder"].search(at.before)
        if holder and holder.group().strip()[:1].islower():  # not a place's name: 'Thái Bình 146 mm'
            return True
    if not s.at_start["storey"].fullmatch(at.unit.text):
        return False
    near = " ".join(at.before.split()[-BUILDING_WORDS:])
    building = s.anywhere["building"].search(near)
    if building is None or not s.anywhere["size_place"].search(near[: building.start()]):
        return False
    return bool(s.anywhere["incident"].search(at.before) or s.anywhere["incident"].search(at.after))


def _dimensioned(at: Around, v: Vocab, s: Sense) -> bool:
    """A length in metres after a dimension word (a hedge between allowed) with a vessel or a mountain in the last
    DIM_WORDS words before that word ('thuyền nan dài 6 m', 'đỉnh Bà Rá cao 723m', 'tàu cá dài khoảng 15 m'), or
    before the lengths told of it just before ('Tàu có chiều dài 30,8m, rộng 7,8m, cao 3,9m'); not after a word
    making the dimension word a verb ('kéo dài 6 m'). Built lengths ('tuyến kè dài 500 m') stay."""
    if not s.at_start["size_unit"].fullmatch(at.unit.text):
        return False
    hedge = v.qualifier_before.search(at.before)
    head = at.before[: hedge.start()] if hedge else at.before
    for _ in range(DIM_CHAIN):
        dim = s.at_end["dim_word"].search(head)
        if dim is None or s.at_end["dim_not"].search(head[: dim.start()]):
            return False
        head = head[: dim.start()]
        if s.anywhere["dim_holder"].search(" ".join(head.split()[-DIM_WORDS:])):
            return True
        told = _LENGTH_TOLD.search(head)
        if told is None:
            return False
        head = head[: told.start()]
    return False


def _placed_then(at: Around, s: Sense) -> bool:
    """A length closed by 'thì' after passing a place in its clause ('Khi vừa qua ngã ba ... khoảng 500 mét thì')."""
    if not s.at_start["place_unit"].fullmatch(at.unit.text) or not s.at_start["place_then"].match(at.after):
        return False
    passed = [m.end() for m in s.anywhere["place_pass"].finditer(at.before)]
    return bool(passed) and not _CUT.search(at.before, passed[-1])  # a bracket aside may sit between


def _voltage_class(at: Around, s: Sense) -> bool:
    """A voltage with an equipment word in the last VOLTAGE_WORDS words before it ('máy biến áp 220, 110 kV')."""
    if not s.at_start["voltage_unit"].match(at.unit.text):  # 'đường dây 500 kV | mạch 3': the unit ran on
        return False
    return s.anywhere["voltage_holder"].search(" ".join(at.before.split()[-VOLTAGE_WORDS:])) is not None


def _priced_class(at: Around, v: Vocab, s: Sense) -> bool:
    """'những'/'các', a noun of at most PRICED_WORDS words and 'giá' right before the amount (a hedge aside): a class
    named by its price ('Những căn hộ giá khoảng 400-500 triệu đồng'); not a value ('các nhu yếu phẩm trị giá 300
    nghìn đồng'), nor a verb among the words ('các hộ bán giá 50.000 đồng': a price paid), nor a price closing its
    clause, the predicate ('Các cầu thủ đều có giá ngấp nghé 100 triệu euro.'): the class's own predicate follows;
    nor a price's change right after it ('Các loại rau có giá 15.000 đồng/kg | tăng 3.000 đồng': priced_change)."""
    if CLAUSE_END.match(at.after) or s.at_start["priced_change"].match(at.after):  # the price is the predicate
        return False
    hedge = v.qualifier_before.search(at.before)
    words = (at.before[: hedge.start()] if hedge else at.before).split()
    if len(words) < 2 or words[-1].casefold() != "giá" or s.at_start["priced_not"].fullmatch(words[-2]):
        return False
    noun = words[:-2] if words[-2].casefold() == "có" else words[:-1]
    for size in range(1, PRICED_WORDS + 1):
        det = " ".join(noun[-size - 1 : -size])
        if len(noun) > size and s.at_start["priced_class"].fullmatch(det):
            named = " ".join(noun[-size:])
            return not v.action.search(named) and not s.anywhere["priced_deed"].search(named)
    return False
