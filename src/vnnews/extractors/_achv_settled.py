"""Numbers that describe, rate, size a list or set a condition, so count nothing anybody did or reached.

'được công nhận 4 sao OCOP' (a rating), 'Lịch phát nước được chia làm 3 ca: sáng-chiều-tối' (a format), '5 tỉnh,
thành có nhiều KCN ... nhất gồm có: ...' (a list's size), 'vị trí thứ 14 trong 63 tỉnh, thành phố' (a ranking's
base), '1 trong 3 đô thị động lực' (a standing), 'từ Thái Bình-Ninh Bình 2,0-3,0m' (a forecast's second range),
'Chỉ cần có thêm một ngôi nhà nữa là hàng trăm học sinh ... sẽ' (a condition). The words are kinds of
``achievement_sense.yaml`` (ach26a section). Used by :mod:`._achv_sense`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._achv_formats import contest_format
from ._achv_words import DIGIT, count_joined, joined_count

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

#: A rating in a list right before another: '3 sao, |4 sao cấp tỉnh', '3 sao và |4 sao'.
_STAR_BEFORE = regex.compile(r"\d[ \u00a0]*sao[ \u00a0]*(?:,|và|hoặc|đến|-|–)[ \u00a0]*$", regex.IGNORECASE)
#: The words after the unit up to a colon, with no sentence break before it.
_COLON = regex.compile(r"([^;.!?\n:]*?)[ \u00a0]*:")
#: A rank's number right after its word and the words up to the base: 'thứ| 1 toàn tỉnh |trong'.
_RANK_GAP = regex.compile(r"[ \u00a0]+\d+(?P<gap>[^\d,;:.!?()/\n]*)")
#: A rank's number spelled out, then the words up to the base: 'thứ| ba |trong'.
_RANK_SPELLED = regex.compile(r"[ \u00a0]+(?P<rank>[\p{L}\p{M}]+)(?P<gap>[^\d,;:.!?()/\n]*)")
#: A count right before the products a rating follows: '2 |sản phẩm 4 sao'.
_STAR_HOLDER_COUNT = regex.compile(r"(?<![\w.,])\d[\d.,]*[ \u00a0]+$")
#: A count and its noun right before a rating: '3 sao, 5 sản phẩm |4 sao'.
_STAR_COUNTED = regex.compile(r"\d[ \u00a0]+\w+(?:[ \u00a0]+\w+){0,2}[ \u00a0]*$")
#: A rating told earlier in the sentence: '3 sao'.
_STAR_EARLIER = regex.compile(r"\d[ \u00a0]*sao(?!\w)", regex.IGNORECASE)
#: The comma after a request's 'xem xét' before what is asked ('xem xét|, |cho sửa đổi').
_CONTENT_COMMA = regex.compile(r"[ \u00a0]*,")
#: What joins two counts of a policy's parts: '6 nhiệm vụ|, |4 giải pháp', '3 đột phá| và |6 nhiệm vụ'.
_PAIR_JOINS = ",|và"
#: A join and another count right after a unit: '6 nhiệm vụ|, 4 |giải pháp'.
_PAIR_AFTER = regex.compile(joined_count(_PAIR_JOINS), regex.IGNORECASE)
#: A count, its noun and a join right before the number: '6 |nhiệm vụ|, |4 giải pháp'.
_PAIR_BEFORE = regex.compile(r"(?<![\d.,])" + count_joined(r"[^\d,;:.!?()]+?", _PAIR_JOINS), regex.IGNORECASE)
#: Most words between 'trình' and its 'xem xét' ('trình | Thủ tướng Chính phủ | xem xét').
SUBMIT_GAP = 5
#: Most words naming whose relatives they are ('của | bà | đang').
OWNER_WORDS = 4
#: Most scope words between a rank's number and 'trong' ('thứ 1 | toàn tỉnh | trong').
RANK_GAP_WORDS = 4


def settled(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the amount describes, rates, sizes a list or sets a condition (the kind of rule), or None."""
    if at.unit.kind == "noun" and _star(at, s):
        return "class"  # 'được công nhận 4 sao OCOP': a rating level
    if at.unit.kind == "noun" and s.at_end["split"].search(at.before) and _colon_after(at) == 0:
        return "rule"  # 'được chia làm 3 ca: sáng-chiều-tối': a format, its parts listed
    if at.unit.kind == "noun" and _list_size(at, s):
        return "top"  # '5 tỉnh, thành có nhiều KCN đang hoạt động nhất gồm có: ...'
    if s.at_end["bracket"].search(at.before) and s.anywhere["designation"].search(at.unit.text + at.next_clause):
        return "bracket"  # 'là 1 trong 3 đô thị động lực của tỉnh': a standing a plan gives
    if at.unit.kind == "noun" and s.at_start["kin"].fullmatch(at.unit.text) and _kin_state(at, v, s):
        return "kin"  # '2 người con của bà đang đi học': the family described
    if at.unit.kind == "noun" and _scheme_pair(at, s):
        return "idiom"  # '6 nhiệm vụ, 4 giải pháp': a policy's make-up, its parts counted by kind
    if at.unit.kind == "noun" and _rank_base(at, s):
        return "top"  # 'ở vị trí thứ 14 trong 63 tỉnh, thành phố': the ranking's base
    if _sea_range(at, v, s):
        return "forecast"  # 'sóng cao 3,0-4,0m, từ Thái Bình-Ninh Bình 2,0-3,0m'
    if _if_is(at, s):
        return "hypothetical"  # 'Chỉ cần có thêm một ngôi nhà nữa là hàng trăm học sinh ... sẽ'
    if _pending(at, s):
        return "plan"  # 'trình Thủ tướng Chính phủ xem xét, cho sửa đổi ...', 'tiếp tục nghiên cứu ... để cấp nước'
    if contest_format(at, s):
        return "rule"  # 'để chọn 4 đội nhất vào thi đấu lượt chung kết', 'được chia thành 4 bảng': a contest's format
    return None


def _star(at: Around, s: Sense) -> bool:
    """A star level after a verb of rating or another level: 'công nhận 4 sao OCOP', '3 sao, 4 sao cấp tỉnh'."""
    head = s.at_start["star"].match(at.unit.text)
    if head is None:
        return False
    rest = at.unit.text[head.end() :].strip()
    if rest and not s.at_start["star_tail"].fullmatch(rest):
        return False  # 'sao' heading another noun
    if s.at_end["star_verb"].search(at.before) or _STAR_BEFORE.search(at.before):
        return True
    held = s.at_end["star_holder"].search(at.before)  # '2 sản phẩm |4 sao': the products' class
    if held is not None and _STAR_HOLDER_COUNT.search(at.before, 0, held.start()):
        return True
    counted = _STAR_COUNTED.search(at.before)  # '3 sao, 5 sản phẩm 4 sao': the level of the 5
    return counted is not None and _STAR_EARLIER.search(at.before, 0, counted.start()) is not None


def _list_size(at: Around, s: Sense) -> bool:
    """The count of a list told after a colon, ranked by what its members have most ('... có nhiều KCN ... nhất
    gồm có: Đồng Nai, ...'); not '3 xã đạt điểm cao nhất' (no 'có nhiều', no list)."""
    colon = _colon_after(at)
    if colon is None:
        return False
    lead = s.at_start["most_lead"].match(at.after.lstrip())
    if lead is None:
        return False
    told = at.after[:colon].rstrip() + " "  # the tail patterns read a closing space
    opener = s.at_end["list_open"].search(told)
    return opener is not None and regex.search(r"(?<!\w)nhất(?!\w)", told[: opener.start()]) is not None


def _colon_after(at: Around) -> int | None:
    """Where a colon closes the clause after the unit (the sentence may end at it), counted from ``at.after``."""
    text, _ = at.earlier
    rest = text[at.unit.end : at.unit.end + len(at.after) + 2] if text else at.after
    found = _COLON.match(rest)
    return len(found.group(1)) if found else None


def _rank_base(at: Around, s: Sense) -> bool:
    """The total a rank is counted against, right after the rank's number ('thứ 14 trong 63 tỉnh', 'thứ 5 trên 63'):
    a few scope words may come between before 'trong' ('thứ 1 toàn tỉnh trong 63'), none before 'trên'; no break,
    'với' or time word between ('xếp thứ 2 toàn tỉnh, trên 200 hộ'), nor a field that took part ('trong 20 đội tham
    gia')."""
    base = s.at_end["rank_base"].search(at.before)
    if base is None or s.anywhere["rank_field"].search(at.unit.text + at.next_clause):
        return False
    head = at.before[: base.start()]
    if not s.at_start["rank_base_tight"].match(base.group()) and s.at_end["rank_most"].search(head):
        return True  # 'tỉnh có mức giảm sâu nhất trong 63 tỉnh, thành phố': the frame of a superlative
    ranks = list(s.anywhere["rank_word"].finditer(head))
    gap = _rank_gap(head, ranks[-1].end(), s) if ranks else None
    if gap is None:
        return False
    words = gap.group("gap").split()
    if s.at_start["rank_base_tight"].match(base.group()):
        return not words  # 'trên' only right after the number: 'thứ 5 trên 63'
    return len(words) <= RANK_GAP_WORDS and not s.anywhere["rank_gap_stop"].search(gap.group("gap"))


def _rank_gap(head: str, end: int, s: Sense) -> regex.Match[str] | None:
    """The rank's number after its word, in digits or spelled ('thứ| 14', 'vị trí thứ| ba'), and the words up to the
    base (the match's ``gap``), or None."""
    if (gap := _RANK_GAP.fullmatch(head, end)) is not None:
        return gap
    gap = _RANK_SPELLED.fullmatch(head, end)
    return gap if gap is not None and s.at_start["rank_spelled"].fullmatch(gap.group("rank")) else None


def _sea_range(at: Around, v: Vocab, s: Sense) -> bool:
    """A wave's range in a later clause of a sea bulletin ('sóng cao 3,0-4,0m, từ Thái Bình-Ninh Bình 2,0-3,0m'):
    no verb since the wave's words, a range closing its clause."""
    if at.unit.kind != "measure" or not s.at_start["sea_unit"].fullmatch(at.unit.text) or not s.may(at, "sea_state"):
        return False
    text = at.earlier[0]
    if not text or not DIGIT.search(text, at.num.end, at.unit.start) or regex.search(r"\w", at.next_clause):
        return False
    waves = list(s.anywhere["sea_state"].finditer(at.before))
    return bool(waves) and v.action.search(at.before, waves[-1].end()) is None


def _if_is(at: Around, s: Sense) -> bool:
    """A condition opening the sentence, 'là' right before the amount and 'sẽ' after it: what would follow."""
    opening = at.before.lstrip(" \u00a0\"“'‘-–")
    if not s.at_start["only_if"].match(opening):
        return False
    return s.at_end["if_is"].search(at.before) is not None and s.anywhere["future"].search(at.after) is not None


def _pending(at: Around, s: Sense) -> bool:
    """A request put up for a decision or a study going on, the amount the object of the verb ('tiếp tục nghiên cứu
    tuyến đường ống để cấp nước tưới cho 7.400 ha'; no ',' or ';' between, but a request's content after a comma:
    'xem xét, cho sửa đổi'), no 'đã'/'vừa' or second matter ('và') after it, not after 'sau khi': only proposed."""
    start, submitted = None, False
    for m in s.terms_in(at, "pending_verb"):
        lead = " ".join(at.before[: m.start()].split()[-SUBMIT_GAP - 1 :])
        if s.anywhere["submit"].search(lead) and not s.anywhere["pending_after"].search(lead):
            start, submitted = m.end(), True  # 'trình Thủ tướng Chính phủ xem xét'
    if start is None:
        study = list(s.terms_in(at, "pending_study"))
        start = study[-1].end() if study else None
    if start is None:
        return False
    rest = at.before[start:]
    comma = _CONTENT_COMMA.match(rest) if submitted else None
    if comma and s.at_start["pending_content"].match(rest, comma.end()):
        rest = rest[comma.end() :]  # 'xem xét, cho sửa đổi ...': what is asked for
    if regex.search(r"[,;:]", rest):
        return False  # 'đang nghiên cứu, năm qua 200 hộ áp dụng': another clause's amount
    return not any(s.anywhere[kind].search(at.before, start) for kind in ("achieved", "pending_end"))


def _kin_state(at: Around, v: Vocab, s: Sense) -> bool:
    """Relatives 'của' somebody, a state word a few words after ('2 người con của bà đang đi học'): described; not
    when an action verb before takes them ('Hội đã hỗ trợ 5 người con của liệt sĩ đang học') or 'được' follows the
    state word ('đang được hỗ trợ')."""
    if v.action.search(at.clause) or s.anywhere["kin_deed"].search(at.clause):
        return False
    owner = s.at_start["kin_of"].match(at.after.lstrip())
    if owner is None:
        return False
    rest = at.after.lstrip()[owner.end() :]
    words = rest.split()
    tails = (" ".join(words[i:]) + " " for i in range(1, min(len(words), OWNER_WORDS + 1)))
    states = (s.at_start["kin_state"].match(tail) for tail in tails)
    return any(m is not None and s.at_start["kin_passive"].match(m.string, m.end()) is None for m in states)


def _scheme_pair(at: Around, s: Sense) -> bool:
    """Counts of a policy's parts of two kinds side by side ('6 nhiệm vụ, 4 giải pháp', '3 đột phá và 6 nhiệm vụ'):
    the make-up of a programme, no deed; one kind alone stays ('thực hiện 6 nhiệm vụ trọng tâm')."""
    head = s.at_start["scheme_part"].match(at.unit.text)
    if head is None or s.anywhere["scheme_done"].search(at.before) or not s.anywhere["scheme_frame"].search(at.before):
        return False  # 'đã hoàn thành 6 nhiệm vụ, 4 giải pháp', 'Năm 2023, huyện triển khai ...': parts done, counted
    joined = _PAIR_AFTER.match(at.after)
    other = s.at_start["scheme_part"].match(at.after, joined.end()) if joined else None
    if other is None and (before := _PAIR_BEFORE.search(at.before)) is not None:
        other = s.at_start["scheme_part"].match(before.group("noun"))
    return other is not None and other.group().casefold() != head.group().casefold()
