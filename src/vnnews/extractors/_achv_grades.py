"""Grades and specs that are no counts (achO32): the amount names a class, a size or a base, nothing done or counted.

'thương lái phân ra nhiều loại: 70 con, 80 con, 90 con và 100 con/kg' (size grades listed before the rate that makes
them grades), 'Công ty TNHH Tỷ Hùng (100% vốn Đài Loan)' (a firm's type of ownership), '489,4 ca mắc/100000 dân' (the
base of a rate), 'tăng 10.000-15.000 đồng/bao (25kg)' (the size of the bag a price is per), 'tôm thẻ (loại 103 con)'
(a size grade after 'loại', achG36), 'Tỷ lệ mắc lao trên 100.000 dân' (a rate's base after 'trên', achJ38), '94
QL20' (a house number on a road, achJ38). The words are kinds of ``achievement_sense.yaml`` (achO32, achG36, achJ38
sections): grade_rate, capital_word, capital_type, capital_not, container_unit, class_grade_unit, grade_hedge,
population_base, population_base_rated, base_rate_subject, road_code. Used by :mod:`._achv_schemes`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ._achv_words import SPACES, joined_count, round_base

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

_FLAGS = regex.IGNORECASE
#: Size grades listed after the amount, each a number and the same noun, up to the last number, whose rate follows
#: ('70 con| , 80 con, 90 con và 100| con/kg').
_JOIN = joined_count(",|và|hoặc|-", spaced=False)
#: The first joint alone: most amounts have none after them, and then no pattern of their noun is built.
_JOIN_START = regex.compile(_JOIN, _FLAGS)
#: A word right before '/' and the amount: the amount is the base of a rate told before ('489,4 ca mắc/100000 dân');
#: a digit before '/' is a share ('đạt 920/1.137 km'), not matched; the base is round, _BASE_MIN or more.
_RATE_BASE = regex.compile(r"\d[\d.,]*[ \u00a0]*[\p{L}\p{M}][\p{L}\p{M} \u00a0]{0,25}/[ \u00a0]*$")
#: The least base of a rate read so: '11.484 vụ/17.663 đối tượng' (not round) and '/10 dân' are two facts.
_BASE_MIN = 100
#: 'trên' right before the amount: 'per' before a round population base ('trên 100.000 dân').
_PER_END = regex.compile(r"(?<![\p{L}\p{M}])trên[ \u00a0]+$", _FLAGS)
#: The least population base read so: 'trên 100 dân' is too small to be a rate's base.
_POPULATION_MIN = 1000
#: A decimal amount: a rate told before its base ('0,3 vụ sát nhân trên 100.000 người').
_DECIMAL = regex.compile(r"\d,\d")
#: How much of the clause before 'trên' a rate's subject or amount is looked for in; a clause breaks at a comma
#: only before a space (a decimal comma stays inside: '0,3 vụ').
_RATE_REACH = 60
_RATE_CLAUSE = regex.compile(r"[;:(\[]|,(?=[ \u00a0])")
#: A code in capitals glued to a number ('QL20', 'ĐT741', 'QL1A'): the code is looked up in road_code.
_GLUED_CODE = regex.compile(r"(?P<code>\p{Lu}+)\d+[A-Z]?")
#: A price per a container right before the measure, maybe in brackets ('đồng/bao (25kg', 'đồng/bao 50kg').
_PER_CONTAINER = regex.compile(
    r"\d[ \u00a0]*[\p{L}\p{M}.]+[ \u00a0]*/[ \u00a0]*(?P<c>[\p{L}\p{M}]+)[ \u00a0]*\(?[ \u00a0]*$"
)


def graded(at: Around, s: Sense) -> str | None:
    """Why the amount is a grade, a firm's type, a rate's base or a container's size (the rule's kind), or None."""
    if _listed_grade(at, s):
        return "class"  # '70 con, 80 con, 90 con và 100 con/kg': size grades
    if _class_grade(at, s):
        return "class"  # 'tôm thẻ chân trắng (loại 103 con)', 'cá ngừ loại 30 kg/con': a size grade
    if at.unit.kind == "percent" and _capital_type(at, s):
        return "class"  # '(100% vốn Đài Loan)', 'doanh nghiệp 100% vốn nước ngoài': a firm's ownership type
    if at.unit.kind == "noun" and round_base(at.num.value, _BASE_MIN) and _RATE_BASE.search(at.before):
        return "ratio"  # '489,4 ca mắc/100000 dân': the base of the rate
    if at.unit.kind == "noun" and _population_base(at, s):
        return "ratio"  # 'Số người nhiễm HIV được phát hiện trên 100.000 dân: 4,1': the base of the rate
    road = _GLUED_CODE.fullmatch(at.unit.text.strip()) if at.unit.kind == "noun" else None
    if road and s.anywhere["road_code"].fullmatch(road["code"]):
        return "name"  # '94 QL20': a house number on a road, an address
    container = _PER_CONTAINER.search(at.before) if at.unit.kind == "measure" else None
    if container and s.anywhere["container_unit"].fullmatch(container["c"]):
        return "class"  # 'đồng/bao (25kg)', 'đồng/bao 50kg': the bag a price is per
    return None


def _population_base(at: Around, s: Sense) -> bool:
    """A round population base after 'trên' meaning 'per': the bare 'dân' always ('Tỷ lệ mắc lao trên 100.000 dân'),
    'người' after a rate's subject or a decimal amount close before ('0,3 vụ sát nhân trên 100.000 người'); 'trên
    100.000 người tham gia' stays a count."""
    if not round_base(at.num.value, _POPULATION_MIN) or not _PER_END.search(at.before):
        return False
    unit = at.unit.text.strip()
    if s.anywhere["population_base"].fullmatch(unit):
        return True
    if not s.anywhere["population_base_rated"].fullmatch(unit):
        return False
    near = _RATE_CLAUSE.split(at.before)[-1][-_RATE_REACH:]
    return bool(_DECIMAL.search(near) or s.anywhere["base_rate_subject"].search(near))


def _class_grade(at: Around, s: Sense) -> bool:
    """A count or a weight per item right after 'loại', maybe hedged: a grade ('(loại 103 con)', 'loại hơn 30kg/con').
    """
    if not s.anywhere["class_grade_unit"].fullmatch(regex.sub(r"\s", "", at.unit.text)):
        return False
    hedge = s.at_end["grade_hedge"].search(at.before)  # read past to the class word: 'loại hơn 30kg/con'
    before = at.before[: hedge.start()] if hedge else at.before  # the hedge closes the text: nothing after it
    return bool(s.at_end["type_word"].search(before))


def _listed_grade(at: Around, s: Sense) -> bool:
    """The amount's noun repeated with numbers after it, the last one with a grade rate ('con/kg').

    >>> from types import SimpleNamespace
    >>> from ._achv_sense import sense
    >>> unit = SimpleNamespace(text="con", kind="noun")
    >>> _listed_grade(SimpleNamespace(unit=unit, after=", 80 con, 90 con và 100 con/kg, giá"), sense())
    True
    >>> _listed_grade(SimpleNamespace(unit=unit, after=" lợn, 80 con bò"), sense())
    False
    """
    unit = at.unit.text
    if not unit or " " in unit.strip() or not _JOIN_START.match(at.after):
        return False
    listing, rating = _grade_patterns(unit)
    listed = listing.match(at.after)
    if listed is None:
        return False
    rate = rating.match(at.after, listed.end())
    return rate is not None and bool(s.anywhere["grade_rate"].fullmatch(regex.sub(r"\s", "", rate.group())))


@functools.lru_cache(maxsize=256)
def _grade_patterns(unit: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The noun repeated with numbers after it ('80 con, 90 con và 100'), and its rate ('con/kg'): built once a noun."""
    listing = regex.compile(rf"(?:{_JOIN}[ \u00a0]*{regex.escape(unit)}(?![\p{{L}}/]))*{_JOIN}", _FLAGS)
    return listing, regex.compile(r"[ \u00a0]*" + regex.escape(unit) + r"[ \u00a0]*/[ \u00a0]*\w+", _FLAGS)


def _capital_type(at: Around, s: Sense) -> bool:
    """A percent of capital right after a firm's noun or an opening bracket after its name: the firm's type
    ('Công ty TNHH Tỷ Hùng (100% vốn Đài Loan', 'doanh nghiệp 100% vốn nước ngoài'); 'thoái 100% vốn', 'nắm giữ 100%
    vốn' stay (deeds)."""
    space = SPACES.match(at.after)  # the capital word after a space ('100% vốn'), as a word of its own
    capital = s.at_start["capital_word"].match(at.after, space.end()) if space else None
    if not capital or s.at_start["capital_not"].match(at.after, capital.end()):
        return False  # '100% vốn điều lệ', '100% vốn góp': the deed's object
    before = at.before.rstrip(" \u00a0")
    return before.endswith("(") or bool(s.at_end["capital_type"].search(at.before))
