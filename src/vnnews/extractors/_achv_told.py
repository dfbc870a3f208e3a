"""Amounts only forecast, asked, offered, meant, capped or set by a standard, and counts a table or a saying names.

'Đêm nay, nhiệt độ thấp nhất phổ biến 13-16 độ C', 'Độ ẩm từ 57-93%' (a forecast), 'lấy đâu ra 100.000đ/tháng'
(imagined), 'đã đề nghị trả 2,4 triệu USD' (offered), 'chỉ cần 50 USD bạn đã có thể sắm' (what the reader needs),
'định thuê người ... với giá 10.000 USD' (meant), 'hãy đảm bảo rằng pin đã được sạc ít nhất 80%', '(3 lần, 3 lạy)'
(told to do), 'Vùng hỗ trợ gần tại 734 – 738 điểm' (a chart's level), 'xe tải (loại 1,5 tấn)' (a type), 'có mức
trần là 12.957 đồng/lít' (a cap a rule sets), 'Bộ tiêu chuẩn gồm 25 tiêu chuẩn' (a standard's make-up), 'ở 2 vị
trí cuối tại bảng B' (places), 'bắt cá 2, 3 tay' (a saying), 'Các ngành 18 điểm' (an admission table). Each word
is read where it says so (right before the amount, in its clause, closing its noun), never anywhere in the
sentence alone. Used by :mod:`._achv_story`; the words come from ``achievement_sense.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._achv_criteria import criterion
from ._achv_fees import fee_or_request
from ._achv_names import of_all_kinds
from ._achv_own import trend
from ._achv_race import race_listed
from ._achv_words import CLAUSE_BREAK, CLAUSE_END, DIGIT, NEAR_WORDS

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: A dated span of hours, a reading's ('từ 19h ngày 1/7 đến 7h ngày 2/7'); forecasts say 'từ đêm nay'.
_DATED_SPAN = regex.compile(
    r"(?<!\w)từ[ \u00a0]+\d{1,2}[ \u00a0]*(?:h|giờ)(?:\d{2})?[ \u00a0]+(?:ngày[ \u00a0]+)?\d", regex.IGNORECASE
)
#: An amount between a cap and its 'là' (two digits or more: 'khu vực 1' is a place's number, no amount).
_AMOUNT = regex.compile(r"(?<![\p{L}\d])\d[\d.,]*\d")  # not a model's digits ('xăng RON92')
#: A forecast's wording on an amount: at most NEAR_WORDS words, then a number ('phổ biến 13-16oC, vùng núi 9-12oC').
_HINT_NEXT = regex.compile(rf"(?:[ \u00a0]+[\p{{L}}\p{{M}}]+){{0,{NEAR_WORDS}}}[ \u00a0]+(?:\d|$)")
#: Characters of the article before the sentence read for a forecast's marker ('Dự báo thời tiết ngày mai ...').
ARTICLE_REACH = 4000
#: Most syllables between a bulletin's line head and its range ('cao nhất | trong ngày phổ biến | 35-37 độ').
BULLETIN_WORDS = 4
#: Most words between a demand and its pay verb, the payer ('yêu cầu | bà Hồng | chuyển').
DEMAND_WORDS = 4
_BULLETIN_END = regex.compile(rf"(?:[ \u00a0]+[\p{{L}}\p{{M}}]+){{0,{BULLETIN_WORDS}}}[ \u00a0]+")
#: A word in the clause after a wave's range: a verb follows it, what waves did ('sóng cao 3-4 m đã đánh chìm').
_WORD = regex.compile(r"\w")
#: A parenthesis opening the sentence around amounts alone: a stage direction ('(3 lần, 3 lạy) – Con lạy ...').
_STAGE_OPEN = regex.compile(r"[ \u00a0]*\((?:[ \u00a0]*\d+[ \u00a0]+[\p{L}\p{M}]+[ \u00a0]*,)*[ \u00a0]*")
_STAGE_CLOSE = regex.compile(r"[ \u00a0]*[),]")
#: Punctuation that closes a clause (not 'rằng', which opens the clause an imperative governs).
_PUNCTUATION = regex.compile(r"[,;:(\[]")
#: Quotes and dashes a sentence may open with, before its first word ('“Để có ...').
_OPENING = regex.compile(r"[\"“'‘\-–—•*+]*")
#: A clause break after a purpose clause's opening word: the amount is in the main clause then.
_BREAK = regex.compile(r"[,;:.!?]")
#: A parenthesis right before the amount, maybe with its hedge ('Tầm ngắn (dưới 1.000 km)').
_PAREN_OPEN = regex.compile(r"\([ \u00a0]*(?:[\p{L}\p{M}]+[ \u00a0]+){0,2}$")
#: A sentence's break that ends a 'when' clause's reach (a comma does not: 'Khi ..., đạt ... trên 40%, ... sẽ').
_HARD_BREAK = regex.compile(r"[;:.!?]")
#: A comma right before the amount: the amount opens a clause, its subject ('Khi thấy ..., 3 người của nhà xe').
_SUBJECT_NEXT = regex.compile(r",[ \u00a0]*(?:[\p{L}\p{M}]+[ \u00a0]+)?$")
#: A comma closing the text: a 'when' clause after a main clause ('Đề án sẽ mở rộng ..., khi').
_COMMA_END = regex.compile(r",[ \u00a0]*$")
#: 'và' then a word: a second verb, which an aspect word before it may not govern ('đã lên án ... và liệt vào').
_SECOND_VERB = regex.compile(r"(?<!\w)và[ \u00a0]+[\p{L}\p{M}]", regex.IGNORECASE)
#: What ends the rest of the sentence a purpose clause's main clause is read in.
_SENTENCE_PART = regex.compile(r"[;.!?]")


def told_only(at: Around, s: Sense, clause: str) -> str | None:
    """The reason the amount is only told, set or named (the kind of the rule), or None."""
    if forecast(at, s):
        return "forecast"
    if _asked(at, s):
        return "modal"
    if meant := _meant_only(at, s):
        return meant
    if _capped(at, s):
        return "rule"
    if _standard_makeup(at, s, clause):
        return "rule"
    noun = at.unit.kind == "noun"
    if noun and s.at_close["table_place"].search(at.unit.text) and _table_next(at.after, s):
        return "window"  # 'níu chân nhau ở 2 vị trí cuối tại bảng B'; not '4 vị trí đầu cầu'
    if s.at_start["hand"].fullmatch(at.unit.text) and s.anywhere["hand_saying"].search(at.before):
        return "idiom"  # 'bắt cá 2, 3 tay'; not 'bị bỏng nặng 2 tay'
    if s.at_start["cutoff_unit"].fullmatch(at.unit.text) and _cutoff(at, s):
        return "requirement"  # 'Các ngành 18 điểm: ...'; not 'từ các ngành 1.500 tỷ đồng'
    if race_listed(at, s):
        return "class"  # 'tranh tài ở bốn cự ly 42,195 km, 21,1 km, 10 km và 5 km'; not 'hoàn thành cự ly 21 km'
    return criterion(at, s) or fee_or_request(at, s)  # a class's rule, criterion or advice; a fee schedule's row


def _meant_only(at: Around, s: Sense) -> str | None:
    """An amount only offered, meant, told to do or named as a level or a type: nobody did or measured it."""
    if _within_reach(at, s):
        return "hypothetical"
    if s.at_end["at_price"].search(at.before) and _intended(_PUNCTUATION.split(at.before)[-1], s):
        return "modal"  # 'định thuê người để bắn tao với giá 10.000 USD': a price only meant or offered, nobody paid
    if s.may(at, "imperative") and _imperative(_PUNCTUATION.split(at.before)[-1], s):
        return "advice"  # 'hãy đảm bảo rằng pin ... đã được sạc ít nhất 80%', 'nên đừng đặt 2 chuyến quá sát giờ'
    opened = "(" in at.before and _PAREN_OPEN.search(at.before)  # no parenthesis: no scan for one
    if opened and any(":" in at.before[m.end() :] for m in s.terms_in(at, "classify")):
        return "threshold"  # 'được phân thành 4 loại ...: Tầm ngắn (dưới 1.000 km); ...': a class's bounds, no amount
    if _future_condition(at, s):
        return "hypothetical"  # 'Khi các nhà máy này đi vào hoạt động, đạt tỷ lệ nội địa hóa trên 40%, ... sẽ rẻ hơn'
    sourced = [m.end() for m in s.terms_in(at, "plan_source") if not s.anywhere["turn"].search(at.before, m.end())]
    if sourced and not _carried_out(at, s, sourced[0]):
        return "plan"  # 'trong dự thảo nghị quyết ..., liệt vào danh sách đen 14 cá nhân': what a draft proposes
    if _aimed(at, s):
        return "plan"  # 'Để có 1 kg Saffron, người ta cần ...': a goal the sentence opens with, nothing done
    if _STAGE_OPEN.fullmatch(at.before) and _STAGE_CLOSE.match(at.after):
        return "instruction"  # '(3 lần, 3 lạy) – Con lạy chín phương trời': what to do, in a prayer or a script
    if s.cue_near(at, "chart_level"):
        return "forecast"  # 'Vùng hỗ trợ gần tại 734 – 738 điểm': a level a chart names, nothing traded
    verb = s.at_start["grade_verb"].match(at.unit.text + at.after) if s.at_end["type_word"].search(at.before) else None
    if verb and verb.end() >= len(at.unit.text):
        return "class"  # 'Heo loại 2 giữ giá 47.000 đồng/kg': a grade label, its verb (or its start) read as a noun
    # 'ma túy các loại 1,2 kg' stays
    if at.unit.kind != "measure" or "/" in at.unit.text:
        return None
    if s.at_end["type_word"].search(at.before) and not of_all_kinds(at.before, s.dirs):
        return "class"  # 'chiếc xe tải (loại 1,5 tấn)': a type; not 'bao cám (loại 40kg/bao)' (each one's weight)
    return None


def forecast(at: Around, s: Sense) -> bool:
    """A temperature or a rainfall a weather forecast gives, nothing measured yet.

    'Đêm nay, nhiệt độ thấp nhất phổ biến 13-16 độ C', 'Nhiệt độ cao nhất từ: 29 - 32oC'; 'Dự báo ... . Nhiệt độ
    phổ biến 13-16 độ C, vùng núi 9-12 độ C' (the wording on an amount, the marker earlier in the article); not a
    reading ('Trong 24 giờ qua, lượng mưa phổ biến 50-100 mm', 'nhiệt độ đo được 40,2 độ C'), nor after an agency's
    name ('Theo Trung tâm Dự báo KTTV').
    """
    if not _weather(at, s):
        return False
    readings = [m.end() for m in s.anywhere["measured"].finditer(at.before)]
    if _DATED_SPAN.search(at.before) or (readings and not _announced(at.before, s, readings[-1], len(at.before))):
        return False  # a reading's words, with no forecast's marker after them ('Ngày hôm qua ... Dự báo hôm nay ...')
    if _announced(at.before, s, 0, len(at.before)) or _bulletin_range(at, s) or trend(at, s):
        return True
    if not any(_HINT_NEXT.match(at.before, m.end()) for m in s.anywhere["forecast_hint"].finditer(at.before)):
        return False
    text, start = at.earlier  # a forecast's wording on an amount in the sentence, a marker earlier in the article
    return _announced(text, s, max(0, start - ARTICLE_REACH), start)


def _weather(at: Around, s: Sense) -> bool:
    """A temperature or a rainfall, a humidity right after its word ('Độ ẩm từ 57-93%'; not 'chiếm 57%'), or a wave's
    or a flood's height in its clause ('Sóng biển cao từ 2,0-3,0m', 'với biên độ lũ lên ở thượng lưu từ 1 đến 2 m')."""
    if s.at_start["weather_unit"].fullmatch(at.unit.text):
        return True
    if at.unit.kind == "measure" and s.at_start["sea_unit"].fullmatch(at.unit.text) and s.may(at, "sea_state"):
        return s.anywhere["sea_state"].search(at.clause) is not None
    return at.unit.kind == "percent" and s.cue_near(at, "humidity") is not None


def _bulletin_range(at: Around, s: Sense) -> bool:
    """A range a bulletin's line gives ('Nhiệt độ thấp nhất khoảng 25-28 độ C, cao nhất 32-35 độ C', 'Độ ẩm từ
    57-93%'): a reading gives one value a place had ('Vinh 37.0 độ'), a forecast a range; not 'Nhiệt độ phổ biến
    khoảng 28-32 độ C' (no line head) nor one value ('nhiệt độ cao nhất 41 độ C'). A wave's range closes its clause,
    as a line does ('Sóng biển cao từ 2,0-3,0m.'); one a verb follows is what waves did ('sóng biển cao 4-5 m đánh vào
    bờ')."""
    text = at.earlier[0]
    if not text or not DIGIT.search(text, at.num.end, at.unit.start):
        return False
    if not s.at_start["weather_unit"].fullmatch(at.unit.text) and _WORD.search(at.next_clause):
        return False
    return any(_BULLETIN_END.fullmatch(at.clause, m.end()) for m in s.anywhere["bulletin"].finditer(at.clause))


def _within_reach(at: Around, s: Sense) -> bool:
    """An amount the reader only needs to have ('chỉ cần 50 USD bạn đã có thể sắm ...'): an offer, nobody paid it;
    not 'Đoàn Việt Nam chỉ cần 6 phó đoàn' (what one side needs, told)."""
    if not s.at_end["only_need"].search(at.before):
        return False
    return bool(s.at_start["reader_can"].match(at.after.lstrip(" ,\u00a0")))


def _future_condition(at: Around, s: Sense) -> bool:
    """The amount is in a 'when/if' clause of a future: 'Nếu tính tỷ lệ thành công 75% kế hoạch, TP sẽ ra mắt ...',
    'Đề án sẽ mở rộng dần ..., khi phương tiện công cộng đáp ứng 50 - 55% nhu cầu'; not the main clause's subject
    ('Khi thấy chồng tôi bảo vậy, 3 người của nhà xe ... dọa sẽ thả')."""
    if not s.may(at, "when"):
        return False
    head = _OPENING.match(at.before)
    opens = s.at_start["when"].match(at.before, head.end() if head else 0)
    if opens and not _HARD_BREAK.search(at.before, opens.end()) and not _SUBJECT_NEXT.search(at.before):
        thens = list(s.anywhere["then"].finditer(at.before, opens.end()))
        if thens:  # the amount after its 'thì': a future only with 'sẽ' on it ('thì năm nay chỉ còn 50 hộ' is now)
            return bool(s.anywhere["future"].search(at.before, thens[-1].end()))
        real = s.anywhere["real_aspect"].search(at.before, opens.end())
        return not real and _goes_on(at, s, opens.end()) and _future_main(at, s)
    when = list(s.anywhere["when"].finditer(at.before))
    if not when or _BREAK.search(at.before, when[-1].end()) or not _COMMA_END.search(at.before, 0, when[-1].start()):
        return False
    if s.anywhere["real_aspect"].search(at.before, when[-1].end()):
        return False  # 'có thể vui, khi họ đang là đội bóng kiếm được ít điểm nhất (2 điểm)': 'as', a fact
    return bool(s.anywhere["future"].search(_PUNCTUATION.split(at.before[: when[-1].start()].rstrip(" ,"))[-1]))


def _goes_on(at: Around, s: Sense, start: int) -> bool:
    """The amount is in the 'when/if' clause: no comma before it, or the piece after the last comma goes on with a
    verb and no subject ('Khi các nhà máy ... hoạt động, đạt tỷ lệ ... trên 40%'); not the main clause ('Khi phong
    trào phát động, toàn huyện huy động 3 tỷ đồng, tới đây sẽ ...')."""
    comma = at.before.rfind(",", start)
    return comma < 0 or bool(s.at_start["when_goes_on"].match(at.before, comma + 1))


def _future_main(at: Around, s: Sense) -> bool:
    """The main clause after the amount's (after its 'thì', else the next clause) is a future told of no now:
    'Nếu đạt 80% kế hoạch, huyện sẽ ...'; not 'đoàn trao 50 suất quà ... và sẽ tiếp tục' (the same clause), nor
    'Nếu như năm 2020 huyện chỉ có 20 xã ... thì đến nay đã có 35 xã' (then against now, both facts)."""
    own = at.next_clause
    then = s.anywhere["then"].search(own)
    if then:
        main = own[then.end() :]
    else:
        brk = CLAUSE_BREAK.search(at.after)
        main = CLAUSE_BREAK.split(at.after[brk.end() :])[0] if brk else ""
    future = s.anywhere["future"].search(main)
    if future is None:
        return False
    return not any(s.anywhere[kind].search(main, 0, future.start()) for kind in ("achieved", "now"))


def _carried_out(at: Around, s: Sense, start: int) -> bool:
    """The amount's verb says it was done, 'đã', 'vừa' or 'đến nay' anywhere after the plan's source ('Theo đề án, đến
    nay toàn tỉnh đã cơ bản hoàn thành việc sắp xếp 120 thôn', '45 trường đã được công nhận'): a plan carried out;
    not 'đã đề nghị cấp 2.500 tỷ đồng' (proposed), 'vừa đầu tư vừa sắp xếp 120 thôn' ('both ... and'), nor 'đã lên
    án ... và liệt vào danh sách đen 14 cá nhân' (a second verb)."""
    if s.at_start["achieved"].match(at.after):
        return True
    paired = len(list(s.anywhere["paired"].finditer(at.before, start))) > 1
    for m in s.anywhere["achieved"].finditer(at.before, start):
        if paired and s.anywhere["paired"].fullmatch(m.group()):
            continue
        if s.anywhere["proposing"].search(at.before, m.end()) or s.at_start["proposing_next"].match(at.before, m.end()):
            continue
        if not _SECOND_VERB.search(at.before, m.end()):
            return True
    return False


def _aimed(at: Around, s: Sense) -> bool:
    """The amount is in a purpose clause opening the sentence ('Để có 1 kg Saffron, ...'): what is sought, not got;
    not when the rest of the sentence says it was done ('Để có được 35 xã ..., trong 10 năm qua, huyện đã huy động
    ...'), unless the purpose has a deadline ('Để có 1.000 ha lúa hữu cơ vào năm 2030, tỉnh đã ban hành ...') or the
    verb done only plans ('xã đã lên kế hoạch xây 3 trạm')."""
    head = _OPENING.match(at.before)
    aim = s.at_start["purpose_open"].match(at.before, head.end() if head else 0)
    if aim is None or _BREAK.search(at.before, aim.end()):
        return False
    brk = _PUNCTUATION.search(at.after)
    if brk is None:
        return True
    purpose, rest = at.before[aim.end() :] + at.after[: brk.start()], _SENTENCE_PART.split(at.after[brk.end() :])[0]
    if s.anywhere["aim_deadline"].search(purpose):
        return True
    done = s.anywhere["achieved"].search(rest)
    return done is None or bool(s.anywhere["planning"].search(rest, done.end()))


def _intended(clause: str, s: Sense) -> bool:
    """An intention or a request in the clause ('định thuê', 'xin được bồi thường'); not 'quyết định', 'khẳng định',
    'định kỳ', 'định giá', nor 'đã xin được' (got)."""
    for m in s.anywhere["intent"].finditer(clause):
        if s.at_end["not_intent"].search(clause, 0, m.start()) or s.at_start["not_intent_next"].match(clause, m.end()):
            continue  # 'quyết định', 'định kỳ'
        if not s.at_close["intent_got"].search(clause, 0, m.end()):
            return True
    return False


def _imperative(clause: str, s: Sense) -> bool:
    """An imperative in the clause, 'rằng' and all: what the reader is told to do ('hãy đảm bảo rằng pin ...', 'đừng');
    not 'hãy còn' ('still')."""
    told = s.anywhere["imperative"].finditer(clause)
    return any(not s.at_start["not_imperative"].match(clause, m.start()) and not _reminds(clause, m.start(), s)
               for m in told)


def _reminds(clause: str, at: int, s: Sense) -> bool:
    """A reminder of something done ('Đừng quên rằng năm qua tỉnh đã thu hút 2 triệu lượt khách'): a fact told;
    not 'đừng quên uống 1 hoặc 2 cốc nước' (advice)."""
    reminder = s.at_start["reminder"].match(clause, at)
    return reminder is not None and bool(s.anywhere["achieved"].search(clause, reminder.end()))


def _announced(text: str, s: Sense, lo: int, hi: int) -> bool:
    """A forecast's marker in ``text[lo:hi]``, not 'dự báo' in an agency's name ('Trung tâm Dự báo KTTV')."""
    return any(
        not s.at_end["forecast_agency"].search(text, lo, m.start())
        for m in s.anywhere["forecast"].finditer(text, lo, hi)
    )


def _asked(at: Around, s: Sense) -> bool:
    """An amount only asked, imagined or unaffordable, right before it: 'lấy đâu ra 100.000đ/tháng'.

    'đòi tới 100 triệu euro cho cầu thủ' (an asking price, 'cho' after it); not 'đòi tới 500 triệu đồng tiền
    chuộc' (a demand told), nor 'Vì không đủ tiền chữa bệnh nên gia đình đã bán 2 con bò' (another clause).
    """
    if s.cue_near(at, "asked"):
        return True
    if _demanded(at, s):
        return True
    if not s.at_start["price_for"].match(at.after):
        return False
    return s.cue_near(at, "asked_for") is not None


def _cutoff(at: Around, s: Sense) -> bool:
    """An admission cutoff: 'Các ngành 18 điểm', 'trường lấy tới 27 điểm cho ngành Y', 'hai ngành A, B chỉ lấy 15
    điểm'; not 'Hà Nội FC lấy tới 27'."""
    if s.at_end["cutoff"].search(at.before):
        return True
    take = s.at_end["cutoff_take"].search(at.before)
    if take is None:
        return False
    if len(take.group().split()) == 1:  # a bare 'lấy': admission told before it, or a field named right before it
        far = s.anywhere["cutoff_field_far"]
        told = any(far.search(text) for text in (at.before, at.next_clause))  # the clause ends 'before'
        return told or _field_named(at.before[: take.start()], s)
    field = s.anywhere["cutoff_field"]  # in its clause ('trường lấy tới 27 điểm cho ngành Y')
    return bool(field.search(at.clause) or field.search(at.next_clause))


_FIELD_NAMED: dict[object, regex.Pattern[str]] = {}
#: Names of fields, each opening with a capital, between commas or dashes ('Công nghệ thông tin, Công nghệ Kỹ thuật
#: Điện - Điện tử').
_NAMES = r"[ \u00a0]+\p{Lu}[\p{L}\p{M}]*(?:(?:[ \u00a0]*[,\-–])?[ \u00a0]+[\p{L}\p{M}]+)*?[ \u00a0]+"


def _field_named(head: str, s: Sense) -> bool:
    """A field of study named right before a bare 'lấy', after a count or a clause's start, nothing but names and
    commas between: 'hai ngành Công nghệ thông tin, Công nghệ Kỹ thuật Điện - Điện tử chỉ lấy', 'Năm nay, ngành Kế
    toán lấy'; not 'vận động viên ngành Công an lấy 48 điểm' (a team's), 'ngành, đội Công an tỉnh lấy 3 điểm'."""
    if (found := _FIELD_NAMED.get(s.dirs)) is None:
        k = {name: s.anywhere[name].pattern for name in ("cutoff_field_named", "cutoff_field_lead", "cutoff_field_adv")}
        found = _FIELD_NAMED[s.dirs] = regex.compile(  # case-sensitive: the names open with capitals
            rf"(?:^|[,:;.][ \u00a0]*|(?i:{k['cutoff_field_lead']})[ \u00a0]+)(?i:{k['cutoff_field_named']})"
            rf"{_NAMES}(?:(?i:{k['cutoff_field_adv']})[ \u00a0]+)?$"
        )
    return found.search(head) is not None


def _demanded(at: Around, s: Sense) -> bool:
    """A sum one asks another to hand over, the payer between: 'Bị cáo yêu cầu bà Hồng chuyển 5 tỷ đồng'.

    Not one handed over ('đã chuyển 5 tỷ đồng theo yêu cầu'; 'yêu cầu ... và đã chuyển'), nor a frame ('Thực hiện
    yêu cầu của tỉnh công ty chuyển 5 tỷ đồng').
    """
    pay = s.at_end["demand_pay"].search(at.clause)
    if pay is None:
        return False
    for m in s.anywhere["demand"].finditer(at.clause, 0, pay.start()):
        rest = at.clause[m.end() : pay.start()]
        if len(rest.split()) > DEMAND_WORDS or s.anywhere["achieved"].search(rest):
            continue
        if not s.at_end["request_frame"].search(at.clause, 0, m.start()):
            return True
    return False


def _capped(at: Around, s: Sense) -> bool:
    """A limit a rule sets, told with 'là' before the amount ('có mức trần là 12.957 đồng/lít', 'mức phí tối đa
    đối với khu vực 1 là 25.000 đồng') or right before it, opening the clause or after 'có' ('đã có mức giá sàn 410
    USD/tấn'); not 'lên mức trần mới 32.000 đồng' (traded) nor 'Sau khi áp dụng mức phí
    tối đa, bãi xe đã thu được 2 tỷ đồng'."""
    before = at.before
    for m in s.terms_in(at, "cap"):
        opening = not before[: m.start()].strip() or s.at_end["cap_has"].search(before, 0, m.start())
        if opening and not before[m.end() :].strip():
            return True  # 'đã có mức giá sàn 410 USD/tấn', 'Giá trần 14.050 đồng': a limit the thing has
        is_ = s.anywhere["cap_is"].search(before, m.end())
        if is_ and not _AMOUNT.search(before, m.end(), is_.start()):
            return True  # not 'còn dư bán giá trần 2.600 đồng/CP là 1,145 triệu đơn vị' (another amount between)
    return False


def _standard_makeup(at: Around, s: Sense, clause: str) -> bool:
    """Criteria or groups counted with a standard's name before them: its make-up ('Bộ tiêu chuẩn gồm 25 tiêu
    chuẩn, 111 tiêu chí'); not 'toàn bộ tiêu chí', other units, or criteria met ('xã đã đạt 19 tiêu chí')."""
    if not s.at_start["criterion"].fullmatch(at.unit.text) or s.anywhere["met"].search(clause):
        return False
    named = s.anywhere["standard"].finditer(at.before)
    return any(not s.at_end["not_standard"].search(at.before, 0, m.start()) for m in named)


def _table_next(after: str, s: Sense) -> bool:
    """The clause ends right after the place, or a table follows: 'ở 2 vị trí cuối tại bảng B', '3 vị trí dẫn đầu.'"""
    return bool(CLAUSE_END.match(after) or s.at_start["table_next"].match(after))
