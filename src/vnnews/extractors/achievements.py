"""Numeric achievements: 'tổ chức trên 1.800 buổi tuyên truyền', '9/9 huyện', 'hơn 67 tỷ đồng'.

Every number in a content sentence (found by :func:`vnnews.numbers.find_numbers`, outside URLs
and short quotations) is read in four steps, each a module:

1. :mod:`._achv_context`: what the number is part of (a date, a period, an identifier, a name):
   then it is no result (whether an award counts it is :mod:`vnnews.ownership`'s to decide, later);
2. the amount (this module): a fraction ('9/9'), a range ('5 - 6 triệu', 'từ 5 triệu đồng đến 8
   triệu đồng'), or the number alone;
3. :mod:`._achv_unit`: the unit right after it (percent, measure, currency, else the counted noun
   phrase up to the first stop word), with its rate ('đồng/kg'), or a currency written before the
   number ('$15'); then, here, the hedge before it ('trên') and whether the clause states a target;
   :mod:`._achv_action`: the verb this number is the object of; :mod:`._achv_sense`: whether the
   grammar around it says it states no result (a condition, a rule, an article, a group told
   before...); a bound after it ('trở lên') makes it a bracket or threshold;
4. :mod:`._achv_repeats`: a fact restated in another sentence is kept once; a '1' alone in its
   sentence is an article more often than a count ('tạo nên 1 cơn sốt') and is dropped.

The result is a list of :class:`~.hits.AchievementHit` (offsets in the normalised text);
:mod:`vnnews.records` makes the records. Words all come from the data files listed in ``_achv_vocab``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from ..document import Document
from ..numbers import NumberMatch, find_numbers, parse_digits
from ..ranges import range_start, spelled_range_start
from ..segment import Sentence
from ._achv_across import spends, word_across
from ._achv_action import action
from ._achv_around import Around
from ._achv_bodies import clause_cut
from ._achv_clock import LAST_DAY, LAST_MONTH
from ._achv_compare import difference, subject_difference
from ._achv_context import (
    Before,
    after_name,
    bare_year,
    before_number,
    is_date_like,
    opens_clause,
    protected,
    small_count,
    spelled_join,
    split_price,
    year_period,
)
from ._achv_goals import is_target
from ._achv_grouped import grouped, grouped_max
from ._achv_hedge import far_hedge, negated_kind, no_hedge, pair_range, shared_hedge, start_hedge
from ._achv_milestone import exceeded_by
from ._achv_money import as_money, per_share
from ._achv_outof import PORTION_REACH, portion, total_after
from ._achv_pointers import POINTED
from ._achv_pos import by_agent, holds_predicate, predicate_start
from ._achv_repeats import merge_repeats
from ._achv_sense import no_result, reports_event, sense
from ._achv_stray import stray_head_hedge
from ._achv_unit import Unit, inside_word, read_unit, to_word_end
from ._achv_unit_ends import bare_symbol_at_line_end, class_bound, kinds_named, names_one_place, past_brand
from ._achv_vocab import Vocab, vocab
from ._achv_words import DIGIT_AFTER, WORD
from .hits import AchievementHit

#: Characters of the paragraph before a number searched for a recipe heading ('Nguyên liệu:').
RECIPE_REACH = 1500
#: Smallest amount a noun meaning money makes a sum of đồng ('200.000 tiền mặt'); below it the noun is counted.
MONEY_MIN = 1000
#: An amount written with a scale word from this up ('2,5 triệu') is a sum when a verb follows, no currency.
SCALED_MIN = 1_000_000
#: An unaccented keyword line ('truc tuyen hoi nghi tong ket 10 nam ...') has at least this many words.
SLUG_MIN_WORDS = 5

# 'X/Y noun', and 'X trên Y noun' (X out of Y: 'Hiện 9 trên 10 công ty', '4,9 trên 100.000 dân', '4 trên tổng số 61
# dịch vụ', '633 trong tổng số 650 ghế'), where 'trên' after a number is no hedge; when no fraction reads ('2015
# trên 2 tỷ đồng') it is one again
_FRACTION = regex.compile(
    r"(?:/|(?P<out_of>[ \u00a0]+(?:trên(?:[ \u00a0]+tổng(?:[ \u00a0]+số)?)?|trong[ \u00a0]+tổng[ \u00a0]+số)"
    r"[ \u00a0]+))"
    r"(?P<total>\d{1,3}(?:\.\d{3})+|\d+)(?![/\d.,-]\d)"
)
# 'gấp N lần X', 'vượt N lần X': N times X, the unit is 'lần' ('gấp 11,5 lần mức độ', 'vượt 1,3 lần giới hạn').
_MULTIPLE = regex.compile(r"(?<!\w)(?:gấp|vượt)(?:[ \u00a0]+(?:hơn|khoảng|gần|tới|đến))?[ \u00a0]+$", regex.IGNORECASE)
_TIMES = regex.compile(r"lần(?=[ \u00a0]|$)", regex.IGNORECASE)
# A unit listing nouns ('tỉnh, thành', 'trường THCS và tiểu học') is read by the list vocabulary, not trimmed.
#: A 'K' after one digit is a screen resolution ('4K'); 'k' after 'vàng' or a fineness a gold purity ('999,9 (24k)').
_NO_THOUSAND = regex.compile(r"(?:(?:vàng|kara)[ \u00a0]+|(?<!\d)(?:9{3},9|9{4})[ \u00a0]*\([ \u00a0]*)$", regex.I)
# What may follow a number and makes it part of a date, time, code or range ('9/1', '14:04', '20-7').
_JOINED_AFTER = regex.compile(r"\s*[/:.\-x×]\s*\d")  # also a dimension: '159 x 74 x 8 mm'
_SPACES_LOWER = regex.compile(r"[ \u00a0]+\p{Ll}")
_DATE_CHARS = regex.compile(r"[\d/:.\-]+")


def extract(doc: Document) -> list[AchievementHit]:
    """Every stated quantity of something done, reached, given or counted, each fact once."""
    v = vocab(doc.options.lexicon_dirs)
    text = doc.text
    found: list[AchievementHit] = []
    protected_by_block: dict[int, list[tuple[int, int]]] = {}
    for sent in doc.sentences:
        chunk = text[sent.start : sent.end]
        if chunk.isascii() and len(WORD.findall(chunk)) >= SLUG_MIN_WORDS:
            continue  # an unaccented keyword line ('truc tuyen hoi nghi tong ket 10 nam ...')
        if sent.block not in protected_by_block:
            block = doc.blocks[sent.block]
            protected_by_block[sent.block] = protected(text, block.start, block.end, doc.options.lexicon_dirs)
        guarded = protected_by_block[sent.block]
        resume = sent.start
        for num in find_numbers(text, sent.start, sent.end, doc.options.lexicon_dirs):
            if num.start < resume or any(s <= num.start < e for s, e in guarded):
                continue
            hit, resume = read_number(doc, sent, num, v)
            if hit is not None:
                found.append(hit)
    kept = [h for h in _drop_lone_ones(doc, found) if h.rule != POINTED]  # pointed ones count for the lone-one rule
    return merge_repeats(doc, kept, v)


def _drop_lone_ones(doc: Document, hits: list[AchievementHit]) -> list[AchievementHit]:
    """A count of 1 alone in its sentence is an article ('tạo nên 1 cơn sốt', '1 chuyên gia tài chính').

    It counts in a list ('thu giữ 1 xe bán tải, 2 điện thoại') and when a verb after it says what
    happened to it ('1 người tử vong'); measures, money and percentages of 1 ('1 ha', '1%') stay.
    """
    s = sense(doc.options.lexicon_dirs)
    per_sentence = Counter(h.sentence for h in hits)

    def lone_article(h: AchievementHit) -> bool:
        alone = h.value == 1 and h.rule == "achv.noun" and per_sentence[h.sentence] == 1
        return alone and not reports_event(doc.text, h.end, s)

    return [h for h in hits if not lone_article(h)]


def read_number(doc: Document, sent: Sentence, num: NumberMatch, v: Vocab) -> tuple[AchievementHit | None, int]:
    """The achievement a number states, if any, and where reading may resume."""
    num = split_price(doc.text, sent, num, v)  # '1.274, 9 USD/oz' is one price
    period_end = year_period(doc.text, num, sent.end)
    if period_end is not None:
        return None, period_end
    before = before_number(doc.text, sent, num, doc.options.lexicon_dirs)
    if is_date_like(doc.text, sent, num, before, v):
        return None, num.end
    amount, resume = _amount(doc, sent, num, v)
    if amount is None:
        return None, resume
    lead = "" if bare_year(doc.text, num) else _currency_before(doc.text, before, v)  # 'USD 2017 Fiat' is a year
    unit, resume = _counted_unit(doc, sent, num, before, amount.end, v, lead)
    if unit is None:
        return None, resume
    amount, unit = _unit_range(doc, sent, amount, unit, v)
    if unit.kind == "noun" and amount.total is None and amount.value_max is None:  # 'ốm đến 2,3 lần'
        value, top, vague = pair_range(doc.text[num.start : num.end], amount.value, before.tail, unit.text, v)
        amount = _Amount(value, None, top, vague or amount.approximate, amount.end)
    bound = v.bound_after.match(doc.text, unit.end, sent.end)
    if bound and (unit := class_bound(doc.text, unit, bound.end(), v)).end != bound.end():
        return None, bound.end()  # 'từ 100 triệu đồng trở lên': a bracket or a threshold, not a result
    if (why := _no_result(doc, sent, num, unit, v)) and not why.startswith(POINTED):
        return None, unit.end
    total, resume = total_after(doc, sent, unit, v, None if amount.total or amount.value_max else amount.value)
    amount = amount if total is None else _Amount(amount.value, total, None, amount.approximate, amount.end)
    if lead:
        before = Before(before.whole[: -len(lead)], before.tail[: -len(lead)] if len(lead) < len(before.tail) else "")
    hit = _hit(doc, sent, num, before, amount, unit, v, len(lead))
    return (replace(hit, rule=POINTED) if hit and why else hit), resume  # past a total ('trong số 6.300 ha')


@dataclass(frozen=True)
class _Amount:
    """The amount a number states: a value, maybe out of a total or up to a maximum; the unit starts at ``end``."""

    value: int | float
    total: int | float | None
    value_max: int | float | None
    approximate: bool
    end: int


def _amount(doc: Document, sent: Sentence, num: NumberMatch, v: Vocab) -> tuple[_Amount | None, int]:
    """Step 2: a fraction ('9/9 huyện'), a range ('từ 10 đến 15'), or the number alone; None for a date or score."""
    text = doc.text
    if (frac := _FRACTION.match(text, num.end, sent.end)) and not (frac.group("out_of") and bare_year(text, num)):
        total = parse_digits(frac.group("total"))
        if total is not None and total >= num.value and _SPACES_LOWER.match(text[frac.end() : sent.end]):
            whole = int(total) if total % 1 == 0 else float(total)
            before = text[max(sent.start, num.start - PORTION_REACH) : num.start]
            hedged = portion(before, num.value, whole, v)  # 'khoảng 1/3'
            return (None if hedged else _Amount(num.value, whole, None, num.approximate, frac.end())), frac.end()
        if not frac.group("out_of"):
            return None, frac.end()  # a date: 'sáng 9/1 tại', '24/11,'
    spelled_end = spelled_join(text, num, sent.end)  # 'từ hai đến năm nghìn đồng'
    rng = v.range_joins[0].match(text, num.end, sent.end) if spelled_end is None else None
    if (rng_end := spelled_end if rng is None else rng.end()) is not None:
        nxt = next(find_numbers(text, rng_end, sent.end, doc.options.lexicon_dirs), None)
        if nxt is None or nxt.start != rng_end or (spelled_end is not None and not nxt.spelled):
            return None, num.end
        if "-" in text[num.end : rng_end] and _dated(text[sent.start : num.start], num, nxt, v):
            return None, nxt.end  # '(27-2)', 'phiên giao dịch 11-12' are dates
        if (value := _range_scaled(text, num, nxt, doc.options.lexicon_dirs)) is None:
            return None, num.end  # 'hai trăm đến năm trăm triệu': no start as meant, the upper end read alone
        if nxt.value <= value:
            return None, nxt.end  # a score or a code, not a range: '6-3', '20-7'
        if value == 0:
            return None, nxt.end  # '0-100 km/h' is an acceleration, no amount of 0
        return _Amount(value, None, nxt.value, True, nxt.end), nxt.end
    if _JOINED_AFTER.match(text, num.end, sent.end):
        date = _DATE_CHARS.match(text[num.end : sent.end])
        return None, num.end + (date.end() if date else 0)
    return _Amount(num.value, None, None, num.approximate, num.end), num.end


def _dated(before: str, num: NumberMatch, nxt: NumberMatch, v: Vocab) -> bool:
    """A day and a month joined by a dash after '(' or a word that dates it ('phiên giao dịch 11-12'), no range."""
    dm = num.value <= LAST_DAY and nxt.value <= LAST_MONTH
    return before.rstrip().endswith("(") or (dm and v.dated.search(before) is not None)


def _no_result(doc: Document, sent: Sentence, num: NumberMatch, unit: Unit, v: Vocab) -> str | None:
    """Why the grammar around the amount lets it state no result (see :mod:`._achv_sense`), or None.

    The paragraph before the number is read too, its last RECIPE_REACH characters: a heading like
    'Nguyên liệu:' rules the list under it (a bound, so a paragraph of megabytes is not read again for
    every number in it).
    """
    text = doc.text
    paragraph = text[max(doc.blocks[sent.block].start, num.start - RECIPE_REACH) : num.start]
    written = text[num.start : num.end]
    earlier = (text, sent.start)  # the article before the sentence, not copied
    at = Around(text[sent.start : num.start], paragraph, num, unit, text[unit.end : sent.end], written, earlier)
    return no_result(at, v, sense(doc.options.lexicon_dirs), inside_word(doc, sent))


def _no_thousand(num: NumberMatch, before: Before) -> bool:
    """A 'k'/'K' that is no thousand: a gold purity ('vàng 24k') or a screen resolution ('4K')."""
    return bool(num.suffix) and (
        bool(_NO_THOUSAND.search(before.tail)) or (num.suffix == "K" and num.end - num.start == 2)
    )


def _currency_before(text: str, before: Before, v: Vocab) -> str:
    """A currency written right before the number, with its space ('$', 'USD '), else ''."""
    m = v.currency_before.search(before.tail)
    return m.group() if m else ""


def _lead_holds(text: str, lead: str, unit: Unit, v: Vocab) -> bool:
    """A currency before the number holds over the noun after it when a symbol ('$15 vé') or the noun means money
    ('USD 500 tiền phạt'); a code in letters gives way to a counted noun ('Khóa học HKD 20 buổi': a name)."""
    return not lead.strip().isalpha() or bool(v.money_noun.match(text, unit.start, unit.end))


def _counted_unit(
    doc: Document, sent: Sentence, num: NumberMatch, before: Before, pos: int, v: Vocab, lead: str = ""
) -> tuple[Unit | None, int]:
    """Step 3: the unit after the amount, or None when it shows the number names something."""
    text = doc.text
    if not lead and _no_thousand(num, before):
        return None, num.end  # 'vàng 24k' is a purity, '4K' a screen resolution
    unit = read_unit(text, pos, sent.end, v, inside_word(doc, sent), sum_ok=num.value >= MONEY_MIN)
    if lead and (unit is None or (unit.kind == "noun" and _lead_holds(text, lead, unit, v))):
        name = lead.strip()
        return Unit(pos, pos, v.unit_names.get(name.lower(), name), "currency"), pos  # '$15', 'USD 15'
    if num.suffix == "M" and (unit is None or unit.kind != "currency"):
        return None, pos  # '47M', '152M' are models and codes; millions are money: '$3M', '3M USD'
    if num.suffix and unit is None:  # '50k', '2,5K': thousands of đồng as news writes them; not '870k theo dõi'
        return (None if _SPACES_LOWER.match(text, pos, sent.end) else Unit(pos, pos, "đồng", "currency")), pos
    if unit is None:
        return None, pos
    if unit.kind == "noun" and after_name(before):
        return None, unit.end
    if unit.kind == "noun" and unit.text[0].isupper() and not unit.titled and not small_count(num):
        return None, unit.end  # '1 Công ty TNHH' counts; '114000161718 Ngân hàng' and '15,5 Trường' do not
    if num.value != 1 and unit.kind == "noun" and names_one_place(text, unit.start, unit.end, sent, v):
        return None, unit.end  # 'và 5 xã Vàng Ma Chải': one place named; not '3 xã Tả Van, Lao Chải'
    if num.approximate and num.spelled and bare_symbol_at_line_end(text, unit.start, unit.end):
        return None, unit.end  # 'Hàng trăm m' closing a heading: nothing measured
    if bare_year(text, num) and unit.kind == "noun":
        return None, pos  # '2017 nằm', 'năm 2016 với': amounts of 1.000 and more are written '2.017'
    if unit.capped:
        unit = to_word_end(doc, sent, unit)
    frequency = _MULTIPLE.search(before.tail) or v.aspect_before.search(before.tail)  # 'đã 4 lần | điều chỉnh'
    if unit.kind == "noun" and frequency and (times := _TIMES.match(unit.text)):
        unit = Unit(unit.start, unit.start + times.end(), times.group(), unit.kind)  # 'gấp 11,5 lần | mức ...'
    measured = len(unit.text.split()) == 2 and DIGIT_AFTER.match(text, unit.end)  # its last word may be a predicate
    cut = unit.end
    if unit.kind == "noun" and (holds_predicate(unit.text, v) or measured):
        agent = by_agent(before.tail, v)  # 'bị 3 đối tượng | truy đuổi'
        ends = past_brand(doc, sent, cut, v)  # 'thùng mì tôm | hiệu Hảo Hảo': the tokens see 'tôm hiệu'
        cut = min(cut, predicate_start(doc, sent, unit.start, ends, v, subject=opens_clause(before, v), agent=agent))
    cut = word_across(text, unit.start, cut, sent.end, v) if unit.kind == "noun" else cut  # 'lượt xe | phục vụ'
    unit = Unit(unit.start, cut, text[unit.start : cut], unit.kind, titled=unit.titled) if cut != unit.end else unit
    unit = kinds_named(text, unit, num.value, sent.end, v)  # '2 thể loại | màu và đen trắng': the kinds listed
    unit = clause_cut(text, unit, sent.end, v, doc.options.lexicon_dirs)  # '1.700 đại biểu | đại diện', '15 xã | tổ'
    if unit.kind == "noun" and num.value >= SCALED_MIN and spends(text, (num.start, num.end), unit.start, unit.end, v):
        return Unit(pos, pos, "đồng", "currency"), pos  # '2,5 triệu | đặt cọc': a sum in đồng
    unit = as_money(text, unit, v) if num.value >= MONEY_MIN else unit  # '5 triệu tiền thuốc'; not '2 tiền án'
    shared = per_share(text[num.start : num.end], unit, before.whole, v)  # 'hỗ trợ 500 ngàn | một em': per pupil
    return (shared, shared.end) if shared else (None, unit.end)  # '2 nghìn | một ngày' (cases): nothing named


def _hit(
    doc: Document,
    sent: Sentence,
    num: NumberMatch,
    before: Before,
    amount: _Amount,
    unit: Unit,
    v: Vocab,
    lead: int = 0,
) -> AchievementHit | None:
    """The hit, with the hedge before the number, the action verb, and whether it is a target (dropped unless kept).

    ``before`` ends where the amount starts: ``lead`` characters before the number when a currency
    is written there ('$15'). A vague amount ('hàng trăm') is approximate, with no hedge.
    """
    text = doc.text
    opening = num.start - lead
    ranged, after = amount.value_max is not None, text[unit.end : sent.end]
    qual = v.qualifier_before.search(before.tail) or far_hedge(before.tail, v)  # 'hơn gấp 2 lần', 'chừng… 20 cm'
    qual = (qual or stray_head_hedge(before.tail, unit.text, v)) if unit.kind == "noun" else qual  # 'trên lượt 4.820'
    plain = not ranged and not amount.approximate
    qual = qual or start_hedge(before.tail, after, unit.kind, plain, v, before.whole)  # 'giá từ 15.000 USD': at least
    if qual and difference(text, before, qual.start("q"), unit.end, unit.text, v):
        qual = None  # 'thấp hơn 0,01%/năm so với phiên trước': a difference, no hedge
    at = opening - len(before.tail) + qual.start("q") if qual else 0
    if qual and subject_difference(text, at, qual["q"].casefold(), amount.value, unit.text, after, v):
        qual = None  # 'Còn gạo Pakistan thấp hơn 2 USD/tấn' (after 382 USD/tấn): lower by that much
    head = before.whole[: before.tail_at + qual.start("q")] if qual else ""  # whole: 'giá bán lẻ | tối đa là'
    if qual and no_hedge(head, qual.group("q"), ranged, unit.kind, v, amount.value, unit.text, after, amount.total):
        qual = None  # 'nằm trong khoảng 4,9-5,7%/năm': within the range; 'chạy trên 31 trang web': on
    if qual and exceeded_by(head, qual["q"], text[num.start : unit.start], unit, v, sense(doc.options.lexicon_dirs)):
        qual = None  # 'hoàn thành vượt mức 12 chỉ tiêu', 'vượt mức 2 xã': exceeded by; 'vượt mức 1 triệu du khách'
    qualifier = qual.group("q") if qual else None
    start = opening - len(before.tail) + qual.start("q") if qual else opening
    listed = ("", "") if ranged else (unit.text, after)  # 'lần lượt từ 25.000 USD và 26.000 USD': shares its 'từ'
    shared = None if qualifier or lead else shared_hedge(before.whole, unit.kind, v, doc.options.lexicon_dirs, listed)
    qualifier, head = shared or (qualifier, head)  # 'khoảng 82 USD/đêm hoặc 1.700 USD/tháng'
    kind = negated_kind(head, v.qualifier_kinds.get(qualifier.lower()), v) if qualifier else None
    target = is_target(text, sent.start, num.start, unit.end, sent.end, v, sense(doc.options.lexicon_dirs))
    if target and not doc.options.keep_targets:
        return None
    return AchievementHit(
        start=start,
        end=unit.end,
        number=(num.start, num.end),
        value=grouped(text[num.start : num.end], amount.value, unit, v),  # '35,000 đồng/kg', '556,239 suất'
        unit=unit.text,
        qualifier=qualifier,
        qualifier_at=(start, start + len(qualifier)) if qual and qualifier else None,
        qualifier_kind=kind,
        total=amount.total,
        value_max=grouped_max(text, amount.end, amount.value_max, unit, v),
        approximate=amount.approximate,
        target=target,
        action=action(doc, sent, start, v),
        sentence=sent.index,
        rule=_rule(unit, amount.total, amount.value_max),
    )


def _range_scaled(text: str, num: NumberMatch, nxt: NumberMatch, dirs: tuple[Path, ...] = ()) -> int | float | None:
    """A range's bare first number takes the scale word of its second: '5 - 6 triệu' is 5 to 6 million.

    >>> _range_scaled("5 - 6 triệu", NumberMatch(0, 1, 5, False, False), NumberMatch(4, 11, 6_000_000, False, False))
    5000000
    """
    if num.spelled and nxt.spelled:  # 'hai đến năm nghìn': the first word takes the second's scale
        return spelled_range_start(text[num.start : num.end], text[nxt.start : nxt.end], dirs)
    if num.spelled or num.suffix or num.value < 0:
        return num.value
    scaled = range_start(text[num.start : num.end], text[nxt.start : nxt.end])
    return num.value if scaled is None else scaled


def _unit_range(doc: Document, sent: Sentence, amount: _Amount, unit: Unit, v: Vocab) -> tuple[_Amount, Unit]:
    """One range when the unit is written after both ends: 'từ 5 triệu đồng đến 8 triệu đồng', '4% - 5%'."""
    text = doc.text
    conn = v.range_joins[1].match(text, unit.end, sent.end)
    if conn is None or amount.total is not None or amount.value_max is not None:
        return amount, unit
    nxt = next(find_numbers(text, conn.end(), sent.end, doc.options.lexicon_dirs), None)
    if nxt is None or nxt.start != conn.end() or nxt.value <= amount.value:
        return amount, unit
    second = read_unit(text, nxt.end, sent.end, v, inside_word(doc, sent))
    if second is None or not second.text.casefold().startswith(unit.text.casefold()):
        return amount, unit  # the second end's unit may add a rate: 'từ 5 triệu đồng đến 8 triệu đồng/tháng'
    return _Amount(amount.value, None, nxt.value, True, second.end), Unit(
        unit.start, second.end, second.text, unit.kind
    )


def _rule(unit: Unit, total: object, value_max: object) -> str:
    """Rule id: which reading produced the fact."""
    return "achv.fraction" if total is not None else "achv.range" if value_max is not None else f"achv.{unit.kind}"
