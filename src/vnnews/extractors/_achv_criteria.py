"""Amounts a rule, a criterion or a piece of advice states for a whole class of cases, not anything done.

'Levofloxacin (500mg); Meropenem (500mg/ 1g)' (the strengths a list of drugs names), 'từ 10% giá gói thầu trở
lên hoặc dưới 10% giá gói thầu nhưng trên 50 tỷ đồng' (bounds parallel to a rule's bracket), 'Bạn dùng 2 ngón
tay đặt ở khóe mắt' (what the reader is told to do), 'Với trẻ em, ... nồng độ chì trong máu trên 70 µg/dl' (a
criterion for a class of patients), '137 doanh nghiệp nhà nước (DNNN) sẽ được cổ phần hóa' (a plan, its
subject's acronym between). Each reads the grammar of the sentence, never one article's wording. Used by
:mod:`._achv_told`; the words come from ``achievement_sense.yaml``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ._achv_words import CLAUSE_BREAK, DIGIT_AFTER, HARD_BREAK

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: A parenthesis opening with an amount and its unit ('(500mg', '( 1g'): a strength, when the unit is a dose's.
_DOSE_PAREN = regex.compile(r"\([ \u00a0]*\d[\d.,]*[ \u00a0]*([\p{L}µ]+)")
#: The parenthesis right before the amount, maybe after strengths joined by '/' or '+' ('Meropenem (500mg/ ').
_DOSE_OPEN = regex.compile(r"[\w][ \u00a0]*\((?:[ \u00a0]*\d[\d.,]*[ \u00a0]*[\p{L}µ]+[ \u00a0]*[/+])*[ \u00a0]*$")
#: An opening bracket and a capitalised ingredient's name right before a strength ('(Cloramphenicol 250mg').
_INGREDIENT_OPEN = regex.compile(r"\([ \u00a0]*\p{Lu}[\p{L}\p{M}\-]+(?:[ \u00a0]+[\p{L}\p{M}\-]+)?[ \u00a0]*$")
#: Quotes and dashes a sentence may open with, before its first word ('“Chỉ cần ...').
_OPENING = regex.compile(r"[\"“'‘\-–—•*+ \u00a0]*")
#: An amount and its unit of one or two words right before 'cho' ('2 muỗng canh | cho 1 lít').
_AMOUNT_BEFORE = regex.compile(r"\d(?:[\d.,]*\d)?(?:[ \u00a0]*[\p{L}\p{M}]+){1,2}[ \u00a0]+$")
#: Most words between a claim's verb and its 'sẽ' ('cho rằng | nhu cầu cà phê | sẽ tăng').
CLAIM_GAP = 6
#: Words before a bound read for a verb of a result ('tăng | trên 20%', 'đạt | trên 95%').
REACHED_WORDS = 3
#: Most characters between a bracket's 'từ' and its bound ('từ 10% giá gói thầu | trở lên').
BRACKET_REACH = 60
#: The rest of a frame the sentence opens with, then a comma: the main clause opens after it ('30m2 | , bạn').
_FRAME_END = regex.compile(r"[^,;:.!?()]*,[ \u00a0]*")
#: A coined unit's one in quotes and '=' right before the amount: a convention's rate ('quy ước 1 "đô" = 40 nghìn
#: đồng'), no money anybody paid; '1 USD = 6,8 NDT' (a currency's code, unquoted) is a rate quoted, and stays.
_CONVENTION = regex.compile(r"(?<![\d.,])1[ \u00a0]*[\"“'‘][^\"”'’]{1,20}[\"”'’][ \u00a0]*=[ \u00a0]*$")
#: An opening parenthesis right before the amount, maybe after a word weighing it ('(chiếm 4 điểm)').
_PAREN_WEIGHT = "[(][ \u00a0]*(?:{}[ \u00a0]+)?$"
#: What may stand between a subjects' count and their names ('5 bài thi | , bao gồm | Toán', '3 môn | ( | Toán').
_SUBJECT_LEAD = r"[ \u00a0]*(?:[,:(][ \u00a0]*)?(?:{}[ \u00a0]+)?"
#: A list's joint between two subjects ('Toán, Ngữ văn', 'Vật Lý – Hóa học', 'sử + địa', 'hóa và sinh').
_SUBJECT_NEXT = r"[ \u00a0]*(?:[,+/–\-]|và(?!\w))[ \u00a0]*"
#: A row of a rate table after a comma: its label, then a dash ('gạo - 45%', 'các loại đậu - 9,7%').
_ROW_BREAK = regex.compile(r",(?!\d)")  # not the decimal comma of '13,5%'
_ROW = regex.compile(r"[ \u00a0]*[\p{L}\p{M}][\p{L}\p{M} \u00a0]*[ \u00a0][-–][ \u00a0]")
#: A quote right before 'bạn': a title or a slogan quoted ('cuộc thi “Bạn là ngôi sao”'), no reader addressed.
_QUOTED = regex.compile(r"[\"“'‘][ \u00a0]*$")
#: A number right before a class word: patients counted, each one's reading told ('có 15 trẻ bị sốt trên 39 độ C').
_COUNTED = regex.compile(r"\d[\d.,]*[ \u00a0]+$")
#: A name, a digit or a quote after a class word: a person named ('trẻ Nguyễn Văn A'), an age ('trẻ 5 tuổi').
_NAMED_NEXT = regex.compile(r"[ \u00a0]*(?:\p{Lu}|\d|[\"“'‘])")
#: What may stand between the counted noun and its 'sẽ': 'của' and its owner (up to OWNER_REACH characters, no
#: second verb: 'của nước này và sẽ ưu tiên' is another clause), parentheses ('của Maseco (MSC)'); {0} are the
#: words that end an owner, {1} the future.
OWNER_REACH = 40
_ASIDE = (
    r"(?:[ \u00a0]+của(?:(?![ \u00a0]{0})[^,.;:()]){{1," + str(OWNER_REACH) + r"}}?)?"  # 'của Việt Nam'
    r"(?:[ \u00a0]*\([^()]*\))*"  # '(DNNN)', '(Cao Bằng, Hà Giang)'
    r"[ \u00a0]*{1}"
)


def criterion(at: Around, s: Sense) -> str | None:
    """The kind of rule when the amount states a class's rule, criterion or advice, or a plan; else None."""
    if _strength(at, s):
        return "class"
    if _CONVENTION.search(at.before):
        return "ratio"  # 'quy ước 1 "đô" = 40 nghìn đồng': a betting ring's rate, nothing paid
    if _mark_weight(at, s):
        return "rule"  # 'Câu 3 (chiếm 4 điểm)': what a question weighs in an exam, nobody's mark
    if _exam_subjects(at, s):
        return "rule"  # 'kỳ thi ... vẫn là 3 môn Toán, Ngữ văn, Ngoại ngữ': an exam's subjects, its format
    if _rate_rows(at, s):
        return "tax_rate"  # 'Thuế nhập khẩu ... ở mức 130%, gạo - 45%, ..., các loại đậu - 9,7%': the table's rows
    if _class_measure(at, s):
        return "threshold"  # 'Đối với các cây có ... đường kính lớn khoảng 50cm, chi phí ...': a class's bound
    if _possible(at, s):
        return "modal"  # 'trẻ ăn 3-4 hạt có thể tử vong': what may follow from an amount, nothing that happened
    if _parallel_bound(at, s) or _bound_permits(at, s):
        return "threshold"
    if (cap := s.at_end["cap_hedge"].search(at.before)) and not _level_capped(at, s, cap.start()):
        return "rule"  # 'Gửi tác phẩm (không quá 500 chữ)', 'cách bờ không quá 1,5 km': a cap, nobody's amount
    if _measure_base(at, s):
        return "ratio"  # '2 muỗng canh cho 1 lít nước': the base of a ratio, in a recipe or a rate
    if _readers(at, s):
        return "advice"
    if _patients(at, s):
        return "requirement"
    if _reckoned(at, s):
        return "hypothetical"  # 'Theo nhẩm tính, nông dân trồng 3.000 gốc ớt tốn mất 5 triệu': a rough reckoning
    if (head := s.at_start["only_if"].match(at.before, _lead(at.before))) and s.anywhere["then"].search(
        at.before, head.end()
    ):
        return "hypothetical"  # 'Chỉ cần các bạn ôn tập kỹ, ... thì 7, 8 điểm trong tầm tay': what follows if
    if _claimed_future(at, s):
        return "forecast"  # 'bản báo cáo cho rằng nhu cầu cà phê sẽ tăng ..., vẫn ở mức 159 triệu bao'
    if _future_after(s.anywhere["owner_stop"].pattern, s.anywhere["future"].pattern).match(at.after):
        return "plan"  # '137 doanh nghiệp nhà nước (DNNN) sẽ được cổ phần hóa': the subject of a plan
    return None


def _lead(before: str) -> int:
    """Where the sentence's first word starts, past quotes and dashes ('“Chỉ cần ...')."""
    head = _OPENING.match(before)
    return head.end() if head else 0


@functools.cache
def _future_after(stop: str, future: str) -> regex.Pattern[str]:
    """The future after the counted noun, past its owner and asides: '137 doanh nghiệp nhà nước (DNNN) | sẽ'."""
    return regex.compile(_ASIDE.format(stop, future), regex.IGNORECASE)


def _claimed_future(at: Around, s: Sense) -> bool:
    """A forecast or an opinion of what will be, the amount after its 'sẽ' in the sentence: 'bản báo cáo cho rằng nhu
    cầu cà phê sẽ tăng ..., trong khi sản lượng ... vẫn ở mức 159 triệu bao', 'Mỹ ... được dự báo sẽ duy trì mức nhập
    khẩu ..., với ... Việt Nam (16%)'; not a now or a deed after the 'sẽ' ('hiện nay', 'đã'), a turn ('nhưng'), nor
    past a ';' or ':'."""
    for claim in s.terms_in(at, "claim"):
        future = s.anywhere["future"].search(at.before, claim.end())
        if future is None or len(at.before[claim.end() : future.start()].split()) > CLAIM_GAP:
            continue
        rest = at.before[future.end() :]
        if not HARD_BREAK.search(rest) and not any(s.anywhere[k].search(rest) for k in ("achieved", "now", "turn")):
            return True
    return False


def _strength(at: Around, s: Sense) -> bool:
    """A dose in parentheses after a drug's name, in a list of drugs and their strengths: 'Levofloxacin (500mg);
    Meropenem (500mg/ 1g); Ceftriaxon (1g)'; the list holds a drug's unit ('mg'), so 'heroin (5g) và ma túy đá
    (2g)' stays (grams seized)."""
    if s.at_start["drug_unit"].fullmatch(at.unit.text) and _INGREDIENT_OPEN.search(at.before):
        return True  # 'Viên nén Clorocid TW3 (Cloramphenicol 250mg)': the active ingredient's strength
    if not s.at_start["dose_unit"].fullmatch(at.unit.text) or not _DOSE_OPEN.search(at.before):
        return False
    units = [m.group(1) for text in (at.before, at.after) for m in _DOSE_PAREN.finditer(text)]
    doses = [u for u in units if s.at_start["dose_unit"].fullmatch(u)]
    return bool(doses) and any(s.at_start["drug_unit"].fullmatch(u) for u in (*doses, at.unit.text))


def _parallel_bound(at: Around, s: Sense) -> bool:
    """A bound of the same rule as a bracket earlier in the sentence: another bracket ('thân nhiệt ở miệng từ 37,5 độ
    C trở lên, ở nách từ 37,2 độ C'), a bound joined to it ('từ 10% giá gói thầu trở lên hoặc dưới 10% ... nhưng
    trên 50 tỷ đồng') or a cap set with it ('từ 800 CV trở lên được vay ... tối đa 95%'); not a count ('từ 15 tuổi
    trở lên, thu hút hơn 50.000 lượt người'), an amount told after it ('từ 90 tuổi trở lên được mừng thọ, ... tổng
    kinh phí trên 150 triệu đồng'), a result's ('tăng trên 20%'), nor past a ';' or a deed ('đã có hơn 300 em')."""
    if at.unit.kind == "noun" or not s.at_end["bound_hedge"].search(at.before):
        return False  # the bound hedges include 'từ'
    if s.anywhere["reached"].search(" ".join(at.before.split()[-REACHED_WORDS:])):
        return False  # 'có 30 xã đạt từ 15 tiêu chí trở lên, tăng trên 20%': a result after the bracket
    own = bool(s.at_end["from"].search(at.before) or s.at_end["bracket_cap"].search(at.before))
    for m in s.anywhere["bound"].finditer(at.before):
        rest = at.before[m.end() :]
        if HARD_BREAK.search(rest) or s.anywhere["achieved"].search(rest):
            continue  # '...; tỷ lệ ... đạt trên 95%', '..., đã có hơn 300 em nhận thưởng': another clause, a deed
        joined = "," not in rest and s.anywhere["bracket_join"].search(rest)
        opens = s.anywhere["from"].finditer(at.before, max(0, m.start() - BRACKET_REACH), m.start())
        if (own or joined) and any(DIGIT_AFTER.match(at.before, f.end()) for f in opens):
            return True
    return False


def _level_capped(at: Around, s: Sense, cap: int) -> bool:
    """A level measured under a cap, no cap set: an average or a level right before it ('trung bình không quá 15
    triệu đồng/m2', 'được kiểm soát ở mức không quá 1,5%'), or a rate the clause is about ('Tỷ lệ nợ quá hạn ...
    không quá 0,3% tổng dư nợ')."""
    if s.at_end["average"].search(at.before, 0, cap) or s.at_end["capped_level"].search(at.before, 0, cap):
        return True
    return at.unit.kind == "percent" and bool(s.anywhere["rate_subject"].search(at.clause))


def _measure_base(at: Around, s: Sense) -> bool:
    """One of a measure right after an amount and 'cho': the base of a ratio ('thêm muối (2 muỗng canh cho 1 lít
    nước)'); not after money ('2 triệu đồng cho 1 kg ghẹ': what a price was charged for, told), and counts have
    their own rule ('cho 1 gia đình')."""
    if at.num.value != 1 or at.unit.kind != "measure":
        return False
    base = s.at_end["per_base"].search(at.before)
    if base is None or s.at_end["per_money"].search(at.before):
        return False
    return bool(_AMOUNT_BEFORE.search(at.before, 0, base.start()))


def _bound_permits(at: Around, s: Sense) -> bool:
    """A bound on a measure a noun before it has, then a permission or a ban right after it (maybe after 'trở lên'):
    the measure defines who may ('Xe có tải trọng lớn hơn 5 tấn được phép lên', 'Xe chở trên 7 tấn bị cấm'); not a
    measure opening its clause, or with its noun after it: an amount the ban or the need hit ('Trên 5 ha lúa bị ngập
    buộc phải gieo cấy lại', 'Hơn 3 ha đất bị cấm xây dựng'); nor 'hơn 200 hộ được hỗ trợ' (no permission)."""
    hedge = s.at_end["bound_hedge"].search(at.before)
    if at.unit.kind != "measure" or hedge is None:
        return False  # a measure defines a class; 'hơn 30 người bị cấm xuất cảnh' counts people a ban hit
    if not at.before[len(at.before) - len(at.clause) : hedge.start()].split():
        return False  # 'Hơn 3 ha ...': the measure opens its clause, no noun before it it could define
    bound = s.at_start["bound"].match(at.next_clause)
    return s.at_start["permit"].match(at.next_clause, bound.end() if bound else 0) is not None


def _readers(at: Around, s: Sense) -> bool:
    """The reader ('bạn', you) as the subject of a modal or a how-to's verb, where the measure or the count is theirs:
    in its clause ('Khâu chuẩn bị này bạn nên làm từ 15 đến 20 lần'), opening the sentence ('Bạn dùng 2 ngón tay
    ..., lặp lại động tác này 20 lần'), or right after a frame the sentence opens with ('Trên nền diện tích 30m2,
    bạn có thể chọn ...'); not a clause of its own after a fact ('Hội có trên 1.200 hội viên, bạn có thể thấy ...'),
    money (a price the reader would pay is a price told), the reader as an object ('sẽ khiến bạn choáng ngợp'), the
    other side ('bạn đá không có máu ăn thua'), nor friends ('các bạn', 'người bạn', 'bạn Nguyễn Văn A')."""
    if at.unit.kind == "currency":
        return False
    lead = _lead(at.before)
    for at_reader in _addressed(at.before, s) if s.may(at, "reader") else ():
        if at_reader == lead or not CLAUSE_BREAK.search(at.before, at_reader):
            return True  # 'Bạn dùng ..., lặp lại ... 20 lần', 'Khâu chuẩn bị này bạn nên làm từ 15 đến 20 lần'
    framed: bool | None = None  # a frame opening the sentence: read only when a reader follows the amount
    for at_reader in _addressed(at.after, s):
        between = at.after[:at_reader]
        if not CLAUSE_BREAK.search(between):
            return True  # 'Với 5 loại rau luộc dưới đây bạn có thể ăn'
        if framed is None:
            framed = any(_opens(at.before, m.start(), lead, s) for m in s.terms_in(at, "reader_frame"))
        if framed and _FRAME_END.fullmatch(between):
            return True  # 'Trên nền diện tích 30m2, bạn có thể'
    return False


def _addressed(text: str, s: Sense) -> list[int]:
    """Where the reader ('bạn') stands in the text as the subject of a modal or a how-to's verb, not a friend."""
    return [
        m.start()
        for m in s.anywhere["reader"].finditer(text)
        if not (s.at_end["not_reader_before"].search(text, 0, m.start()) or _QUOTED.search(text, 0, m.start()))
        and s.at_start["reader_verb"].match(text, m.end())
    ]


def _opens(before: str, at: int, lead: int, s: Sense) -> bool:
    """A frame word opening the sentence, or capitalised after a heading glued to it ('Firm fat (Chất béo cứng) Với
    mỗi 10% ...'), with no clause break after it before the amount; a comma that joins amounts in a list is none
    ('Thay căn nhà bằng hàng trăm, thậm chí hàng nghìn chiếc máy bay')."""
    if at != lead and not before[at].isupper():
        return False
    breaks = CLAUSE_BREAK.finditer(before, at)
    return all(b.group() == "," and s.at_start["list_join"].match(before, b.end()) for b in breaks)


def _reckoned(at: Around, s: Sense) -> bool:
    """A rough reckoning before the sum ('Theo nhẩm tính, nông dân trồng 3.000 gốc ớt tốn ...', 'Vân nhẩm tính'); not
    a deed after it ('Theo nhẩm tính, Hội đã vận động được 2 tỷ đồng': done, only summed roughly), nor a contest of
    mental arithmetic ('Hội thi tính nhẩm thu hút 300 học sinh': no 'theo')."""
    return any(not s.anywhere["achieved"].search(at.before, m.end()) for m in s.terms_in(at, "reckoning"))


def _patients(at: Around, s: Sense) -> bool:
    """A body's measure in a sentence about a class of patients, with a sign of illness: a criterion ('Với trẻ em,
    ... nồng độ chất chì ở trong máu trên 70 µg/dl', 'không cho trẻ uống thuốc hạ sốt khi nhiệt độ dưới 38,5 độ
    C'); not a patient's reading ('đã', a name, a count: '15 trẻ bị sốt'), nor a hot day ('nắng 40 độ C', no sign of
    illness, nor 'sốt sắng')."""
    if not s.at_start["body_unit"].fullmatch(at.unit.text):
        return False
    sentence = at.before + " " + at.after
    if s.anywhere["patient_reading"].search(sentence) or not _signs(sentence, s):
        return False
    classes = s.anywhere["patient_class"].finditer(sentence)
    return any(not (_NAMED_NEXT.match(sentence, m.end()) or _COUNTED.search(sentence, 0, m.start())) for m in classes)


def _signs(sentence: str, s: Sense) -> bool:
    """A sign of illness, not a word it opens ('sốt sắng', eager; 'sốt ruột', anxious)."""
    return any(not s.at_start["not_sign"].match(sentence, m.start()) for m in s.anywhere["sign"].finditer(sentence))


def _mark_weight(at: Around, s: Sense) -> bool:
    """Marks in parentheses in a sentence a question or a part of an exam opens: its weight ('Câu 3 (chiếm 4 điểm)
    học sinh được chọn 1 trong 2 đề', 'Câu 1 là Tiếng Việt (chiếm 3 điểm)'); not a score ('Afghanistan (35,66
    điểm)'), no exam part opening the sentence, nor past a comma after the part's label (a contest's score: 'Phần 2
    của hội thi, đội xã Tân Lập đạt số điểm cao nhất (30 điểm)')."""
    if not s.at_start["mark_unit"].fullmatch(at.unit.text):
        return False
    if not (paren := _weighed(s.anywhere["mark_weight"].pattern).search(at.before)):
        return False
    part = s.at_start["exam_part"].match(at.before, _lead(at.before))
    if part is None or CLAUSE_BREAK.search(at.before, part.end(), paren.start()):
        return False
    return DIGIT_AFTER.match(at.before, part.end()) is not None


@functools.cache
def _weighed(weight: str) -> regex.Pattern[str]:
    """An opening parenthesis right before the amount, maybe after a word weighing it ('(chiếm ')."""
    return regex.compile(_PAREN_WEIGHT.format(weight), regex.IGNORECASE)


def _exam_subjects(at: Around, s: Sense) -> bool:
    """Subjects counted after a word of make-up, then named in a list: an exam's format, a rule nobody did ('thí sinh
    làm 5 bài thi, bao gồm Toán, Ngữ văn, ...', '(gồm 3 môn Vật Lý – Hóa học – Sinh học)', 'dự thi đầy đủ cả 3 môn
    sử, địa, GDCD'); not subjects a team entered ('tham gia 9 môn'), nor marks won in them ('đạt điểm 10 ở 3 môn')."""
    unit = s.at_start["subject_unit"].match(at.unit.text)
    frame = s.at_end["subject_frame"].search(at.before) if unit else None
    if unit is None or frame is None or not _format_frame(at.before, frame.start(), s):
        return False
    named = at.unit.text[unit.end() :].strip()
    if named and not s.at_start["subject_name"].fullmatch(named):
        return False
    names = s.anywhere["subject_name"].pattern
    listed = _subject_more(names) if named else _subject_list(s.anywhere["subject_lead"].pattern, names)
    return listed.match(at.after) is not None


def _format_frame(before: str, frame: int, s: Sense) -> bool:
    """The make-up word before a subjects' count frames an exam's format: no result or deed before it ('đạt điểm 10 đủ
    cả 3 môn', 'Đội tuyển tỉnh đạt 15 giải, gồm 3 môn', 'thí sinh đã làm 2 bài thi'), and a bare 'là' or 'gồm' only
    after an exam named ('kỳ thi ... vẫn là 3 môn Toán', not 'Kết quả là 3 môn Toán, Lý, Hóa đều có ...')."""
    if s.anywhere["subject_won"].search(before, _frame_clause(before, frame), frame):
        return False
    if s.at_end["subject_done"].search(before, 0, frame):
        return False
    bare = s.at_end["subject_bare"].search(before)
    return bare is None or s.anywhere["subject_exam"].search(before, 0, bare.start()) is not None


def _frame_clause(before: str, frame: int) -> int:
    """Where the clause of a subjects' frame starts, the clause before too when the frame opens its own ('Đội tuyển
    đạt 15 giải, gồm 3 môn'); not a clause before it with a subject of its own ('Để đạt kết quả cao, kỳ thi năm nay
    gồm 3 môn')."""
    starts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(before, 0, frame))]
    if before[starts[-1] : frame].strip() or len(starts) < 2:
        return starts[-1]
    return starts[-2]


@functools.cache
def _subject_list(lead: str, names: str) -> regex.Pattern[str]:
    """Subjects named right after their count, maybe after ',', ':', '(' or 'bao gồm': 'Toán, Ngữ văn', 'Lý – Hóa'."""
    return regex.compile(_SUBJECT_LEAD.format(lead) + names + _SUBJECT_NEXT + names, regex.IGNORECASE)


@functools.cache
def _subject_more(names: str) -> regex.Pattern[str]:
    """A second subject after the one the unit holds ('3 môn sử | , địa, GDCD', '2 môn sử | + địa')."""
    return regex.compile(_SUBJECT_NEXT + names, regex.IGNORECASE)


def _rate_rows(at: Around, s: Sense) -> bool:
    """A percentage in a row of a rate table a tax heads: the tax named in a clause before, every clause after it a
    row, label and dash ('Thuế nhập khẩu lúa mì ... ở mức 130%, gạo - 45%, ..., các loại đậu - 9,7%'); the tax's own
    clause is read by _achv_sense (tax_rate); not 'nợ xấu ..., bao gồm cả nợ ... – VAMC là 2,61%' (no tax)."""
    if at.unit.kind != "percent" or not s.may(at, "tax_rate"):
        return False
    pieces = _ROW_BREAK.split(at.before)
    if len(pieces) < 2 or not _ROW.match(pieces[-1]):
        return False
    for i, piece in enumerate(pieces[:-1]):
        if s.anywhere["tax_rate"].search(piece):
            return all(_ROW.match(row) and "%" in row for row in pieces[i + 1 : -1])
    return False


def _possible(at: Around, s: Sense) -> bool:
    """An amount whose own predicate is only a possibility, right after it: 'trẻ ăn 3-4 hạt có thể tử vong', 'khoảng
    10% còn lại có thể bị thủy đậu'; not things that are, counted ('Hiện có khoảng 20 chứng bệnh có thể lây ...'),
    nor a group drawn from ('Trong 5 cầu thủ có thể sẽ đá ...'), nor what a help made possible ('Nhờ dự án, hơn 500
    học sinh có thể tiếp tục đến trường')."""
    if not s.at_start["may_after"].match(at.after) or _helped(at, s):
        return False
    return s.cue_near(at, "exists") is None


def _helped(at: Around, s: Sense) -> bool:
    """A help before the amount that made its possibility real ('Nhờ dự án, hơn 500 học sinh có thể ...'): only one
    after the last contrast, and with no condition after the amount ('... đã giúp người dân chằng chống nhà cửa, tuy
    nhiên hơn 1.000 ngôi nhà có thể bị tốc mái nếu bão đổ bộ' is a forecast)."""
    turns = [m.end() for m in s.anywhere["turn"].finditer(at.before)]
    after_turn = turns[-1] if turns else 0
    if not any(m.start() >= after_turn for m in s.terms_in(at, "helped")):
        return False
    return s.anywhere["hypothetical"].search(at.next_clause) is None


def _class_measure(at: Around, s: Sense) -> bool:
    """A measure in a frame that opens the sentence over a class of things and what they have, before any break: it
    defines the class ('Đối với các cây có chiều cao từ 15 - 20m và đường kính lớn khoảng 50cm, chi phí chặt hạ
    ...'); not a frame over counted ones ('Đối với 3 cây cổ thụ có đường kính 2m'), nor past a comma (the main
    clause: 'Với các hộ nghèo, huyện đã hỗ trợ 500 m2 đất'), nor one no comma (with no deed between) or 'thì' closes
    right after the measure ('Với các giải pháp có hiệu quả huyện đã trồng mới 500 ha rừng')."""
    if at.unit.kind != "measure" or not s.may(at, "class_frame"):
        return False
    frame = s.at_start["class_frame"].match(at.before, _lead(at.before))
    if frame is None or CLAUSE_BREAK.search(at.before, frame.end()):
        return False
    own = at.next_clause
    closed = at.after.startswith(",", len(own)) and not s.anywhere["class_deed"].search(own)
    if not closed and s.at_start["then"].match(at.after) is None:
        return False
    return s.anywhere["class_has"].search(at.before, frame.end()) is not None
