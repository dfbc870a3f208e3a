"""Amounts that say which things were counted, or how each is made, not how much anybody did or reached.

'có 1 đơn vị có tỷ lệ nợ quá hạn dưới 0,1%', '17 người hiến từ 5 - 9 lần', 'số xã có tỷ lệ nợ quá hạn nhỏ hơn
0,5% là 92 xã' (a bracket defining the group counted: the count is the fact), 'căn hộ ... vừa túi tiền, tức dưới
30 triệu đồng/m²' (a definition's threshold), 'Tham dự có 10 đội, mỗi đội gồm 2 người' (a contest's format),
'Số đại biểu được bầu: 3 người' (a seat quota), 'Nevada có 6 phiếu đại cử tri' (a state's allocation). Each reads
the grammar of the clause; the words are kinds of ``achievement_sense.yaml``. Used by :mod:`._achv_sense`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ._achv_words import DIGIT

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

_FLAGS = regex.IGNORECASE
#: Where a clause starts for a bracket: a ';', ':' or '(' or a comma that is no decimal comma ('0,25%, 2 đơn vị').
_CLAUSE = regex.compile(r"[;:(]|,(?!\d)", regex.REVERSE)  # searched from the end: the last break
#: Most words of what the counted units have before the bound ('có | tỷ lệ nợ quá hạn | dưới').
ATTRIBUTE_WORDS = 8
#: Most words naming the item between 'mỗi' and its 'gồm' ('mỗi đội thi | gồm').
ITEM_WORDS = 3
#: Most words between a quota's head and its verb ('Số đại biểu HĐND tỉnh | được bầu').
QUOTA_GAP = 4
#: Most words before an allocation's holder opening its clause ('Một số | bang nhỏ ... chỉ có').
HOLDER_LEAD = 2
_WORDS = r"(?:[ \u00a0]+[\p{L}\p{M}&]+)"
#: A multiple and an opening bracket right before a percent restating it: 'tăng đến gần 4 lần (|400%)'.
_TIMES_OPEN = regex.compile(r"\d[\d.,]*[ \u00a0]*lần[ \u00a0]*\([ \u00a0]*$", regex.IGNORECASE)


@dataclass(frozen=True)
class _Patterns:
    """The rules' patterns, built once per lexicon folders from the kinds' alternations."""

    group: regex.Pattern[str]  # a count of units, what they have, a bound: the clause up to the amount
    tally: regex.Pattern[str]  # 'số xã có tỷ lệ ... nhỏ hơn': the units' number told after
    define: regex.Pattern[str]  # 'tức' right before a bound
    each: regex.Pattern[str]  # 'mỗi đội gồm'
    quota: regex.Pattern[str]  # 'Số đại biểu được bầu:'
    allot: regex.Pattern[str]  # 'Nevada có', 'bang nhỏ ... chỉ có'


_BUILT: dict[object, _Patterns] = {}


def _patterns(s: Sense) -> _Patterns:
    """Compose the kinds' alternations into the clause patterns (once per lexicon folders)."""
    if (found := _BUILT.get(s.dirs)) is not None:
        return found
    k = {name: s.anywhere[name].pattern for name in (
        "group_lead", "group_noun", "group_have", "group_bound", "define", "each", "each_item", "each_has", "each_play",
        "quota_head", "quota_verb", "allot_holder",
    )}
    units = rf"{k['group_noun']}{_WORDS}?"  # one word may qualify the units ('hộ nghèo', 'sản phẩm OCOP')
    has = rf"[ \u00a0]+(?P<have>{k['group_have']})(?P<attr>{_WORDS}{{0,{ATTRIBUTE_WORDS}}}?)"
    bound = rf"[ \u00a0]+(?P<bound>{k['group_bound']})[ \u00a0]*$"
    lead = rf"(?:^|{k['group_lead']})[ \u00a0]*"
    built = _Patterns(
        group=regex.compile(rf"{lead}\d[\d.]*[ \u00a0]+{units}{has}{bound}", _FLAGS),
        tally=regex.compile(rf"{lead}số(?:[ \u00a0]+lượng)?[ \u00a0]+{units}{has}{bound}", _FLAGS),
        define=regex.compile(rf"{k['define']}[ \u00a0]*$", _FLAGS),  # no comma: 'Ngay lập tức, trên 200'
        each=regex.compile(rf"{k['each']}[ \u00a0]+(?P<item>{k['each_item']})(?:{_WORDS}{{0,{ITEM_WORDS - 1}}}?"
                           rf"[ \u00a0]+{k['each_has']}[ \u00a0]*:?"
                           rf"|(?P<play>[^,;:!?()]*?[ \u00a0]{k['each_play']}))?[ \u00a0]*$",
                           _FLAGS),  # 'mỗi đội gồm', 'mỗi đội gồm có 5 tay chèo thi', 'mỗi nội dung'
        quota=regex.compile(rf"{k['quota_head']}{_WORDS}{{0,{QUOTA_GAP}}}?[ \u00a0]+{k['quota_verb']}"
                            r"[ \u00a0]*:[ \u00a0]*$", _FLAGS),
        allot=regex.compile(rf"^[ \u00a0]*(?:[\p{{L}}\p{{M}}]+[ \u00a0]+){{0,{HOLDER_LEAD}}}?{k['allot_holder']}"
                            r".*?(?<!\w)(?:có|với|nắm(?:[ \u00a0]+giữ)?)[ \u00a0]*\(?[ \u00a0]*$",
                            _FLAGS),
    )
    _BUILT[s.dirs] = built
    return built


def bracket(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the amount tells which things were counted or how each is made (the kind of rule), or None."""
    p = _patterns(s)
    cut = _CLAUSE.search(at.before)
    clause = at.before[cut.end() :] if cut else at.before
    if _group_bound(at, v, s, p, clause):
        return "bracket"  # '8 đơn vị có tỷ lệ nợ quá hạn nhỏ hơn 0,2%': which units were counted
    if _named_standard(at, s):
        return "class"  # '6 xã đạt chuẩn 19 tiêu chí': the standard's name, the communes are counted
    if _defined(at, v, s, p):
        return "threshold"  # 'vừa túi tiền, tức dưới 30 triệu đồng/m²': a class defined
    if at.unit.kind == "noun" and s.may(at, "each") and _each(at, s, p, clause):
        return "rule"  # 'mỗi đội gồm 2 người': a contest's format
    if s.may(at, "quota_verb") and p.quota.search(at.before):
        return "rule"  # 'Số đại biểu được bầu: 3 người': seats to fill, nobody counted
    held = p.allot.search(clause) if s.at_start["allot_unit"].match(at.unit.text + at.after) else None
    if held and not s.anywhere["allot_gain"].search(clause):
        return "rule"  # 'Nevada có 6 phiếu đại cử tri': a state's allocation; not 'ông Trump có thêm 6 phiếu'
    return None


def _each(at: Around, s: Sense, p: _Patterns, clause: str) -> bool:
    """A per-item format ('mỗi đội gồm'); 'nhóm' only beside a contest's words ('Mỗi nhóm gồm 5 hộ': beneficiaries)."""
    found = p.each.search(clause)
    if found is not None and found.group("play") is not None and s.anywhere["achieved"].search(at.before):
        return False  # 'Đến nay, mỗi đội đã thi đấu 18 trận': matches played, no rule
    if found is None or not s.at_start["each_item_weak"].fullmatch(found.group("item")):
        return found is not None
    return bool(s.anywhere["each_contest"].search(at.before + at.unit.text + at.after))


def _deed(attr: str, v: Vocab, s: Sense) -> bool:
    """A verb of doing among the attribute's words other than one of having ('đạt'): an amount done, no bracket."""
    return any(not s.at_start["group_have"].fullmatch(m.group()) for m in v.action.finditer(attr))


def _group_bound(at: Around, v: Vocab, s: Sense, p: _Patterns, clause: str) -> bool:
    """A bound on what the units counted right before it have: the bound defines the group, the count is the fact."""
    if not s.at_end["group_bound"].search(clause):
        return False  # most amounts: no bound right before them
    found = p.group.search(clause) or p.tally.search(clause)
    if found is None:
        return False
    attr = found.group("attr")
    if found.group("have").casefold() == "có" and (not attr.strip() or at.unit.kind == "noun"):
        return False  # '3 xã có trên 500 hộ nghèo' may be their total
    if s.anywhere["group_total"].search(attr) or s.anywhere["group_moved"].search(attr):
        return False  # '... có tổng số trên', '... có mức thu nhập tăng trên'
    if s.anywhere["achieved"].search(attr) or _deed(attr, v, s):
        return False  # '45 hội viên có thu nhập cao (đã) hỗ trợ trên 120 triệu đồng': what they gave
    if s.at_start["group_after"].match(at.after):
        return False  # '5 xã đạt trên 100% kế hoạch': a result against the plan
    if found.group("have").casefold() == "đạt" and not attr.strip() and at.unit.kind == "percent":
        return False  # '9 huyện đạt trên 100%', '40 trường đạt trên 95% tốt nghiệp': a result, its goal unsaid
    if s.at_start["group_donate"].fullmatch(found.group("have")) and not s.at_start["group_donate_unit"].fullmatch(
        at.unit.text
    ):
        return False  # '1.200 người hiến trên 1.300 đơn vị máu': the gift; '17 người hiến từ 5 - 9 lần' a bracket
    if found.group("bound").casefold() == "từ":
        text, _ = at.earlier
        return bool(text) and bool(DIGIT.search(text, at.num.end, at.unit.end))  # 'từ 5 - 9 lần', a range only
    return True


def _defined(at: Around, v: Vocab, s: Sense, p: _Patterns) -> bool:
    """A bound right after 'tức' with no amount before it in the clause: it defines a class ('vừa túi tiền, tức
    dưới 30 triệu đồng/m²'); after an amount it restates it ('hơn 40 ngàn euro, tức hơn 1 tỉ đồng')."""
    hedge = s.at_end["bound_hedge"].search(at.before)
    if hedge is None or not (said := p.define.search(at.before, 0, hedge.start())):
        return False
    head = regex.split(r"[;:.!?]", at.before[: said.start()])[-1]
    if s.at_end["define_not_after"].search(head):
        return False  # 'Ngay lập tức trên 200 cán bộ': 'lập tức' is immediately
    if s.anywhere["group_moved"].search(head) or v.action.search(head):
        return False  # 'Doanh thu tăng mạnh, tức là trên 2.000 tỷ đồng': the change's result restated
    return not DIGIT.search(head)


def _named_standard(at: Around, s: Sense) -> bool:
    """'đạt chuẩn' right before a count of criteria names the whole standard; not '19/19 tiêu chí' (a share)."""
    act = s.at_end["full_standard_act"].search(at.before)
    if act and s.at_end["full_standard_done"].search(at.before, 0, act.start()):
        act = None  # 'Xã đã thực hiện 19 tiêu chí': criteria carried out, counted
    if not (act or s.at_end["full_standard"].search(at.before)):
        return False
    if not s.at_start["full_standard_unit"].match(at.unit.text):
        return False  # the unit's head: '19 tiêu chí nông thôn mới' too
    if not s.at_start["full_standard_count"].fullmatch(f"{at.num.value:g}"):
        return False  # '2 xã đạt chuẩn 15 tiêu chí': criteria counted, not the full standard
    text, _ = at.earlier
    return not text or not text[at.num.end : at.unit.start].strip()


def restated_hedge(before: str, unit_kind: str, v: Vocab) -> tuple[str, str] | None:
    """The hedge of a multiple that a percent in brackets restates, with the text before it: 'tăng đến gần 4 lần
    (400%)' is nearly 400%; None elsewhere.

    >>> from ._achv_vocab import vocab
    >>> restated_hedge("có những loại tăng đến gần 4 lần (", "percent", vocab())
    ('gần', 'có những loại tăng đến ')
    >>> restated_hedge("tăng 4 lần (", "percent", vocab()), restated_hedge("gần 4 lần (", "noun", vocab())
    (None, None)
    """
    times = _TIMES_OPEN.search(before) if unit_kind == "percent" else None
    qual = v.qualifier_before.search(before, 0, times.start()) if times else None
    return (qual["q"], before[: qual.start("q")]) if qual else None
