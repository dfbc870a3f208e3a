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

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: A parenthesis opening with an amount and its unit ('(500mg', '( 1g'): a strength, when the unit is a dose's.
_DOSE_PAREN = regex.compile(r"\([ \u00a0]*\d[\d.,]*[ \u00a0]*([\p{L}µ]+)")
#: The parenthesis right before the amount, maybe after strengths joined by '/' or '+' ('Meropenem (500mg/ ').
_DOSE_OPEN = regex.compile(r"[\w][ \u00a0]*\((?:[ \u00a0]*\d[\d.,]*[ \u00a0]*[\p{L}µ]+[ \u00a0]*[/+])*[ \u00a0]*$")
#: Quotes and dashes a sentence may open with, before its first word ('“Chỉ cần ...').
_OPENING = regex.compile(r"[\"“'‘\-–—•*+ \u00a0]*")
#: An amount and its unit of one or two words right before 'cho' ('2 muỗng canh | cho 1 lít').
_AMOUNT_BEFORE = regex.compile(r"\d(?:[\d.,]*\d)?(?:[ \u00a0]*[\p{L}\p{M}]+){1,2}[ \u00a0]+$")
#: Most words between the unit and a permission or a ban ('hơn 5 tấn | được phép').
PERMIT_GAP = 3
#: Most words between a claim's verb and its 'sẽ' ('cho rằng | nhu cầu cà phê | sẽ tăng').
CLAIM_GAP = 6
_BREAKS = regex.compile(r"[;:!?]")
#: Words before a bound read for a verb of a result ('tăng | trên 20%', 'đạt | trên 95%').
REACHED_WORDS = 3
#: Most characters between a bracket's 'từ' and its bound ('từ 10% giá gói thầu | trở lên').
BRACKET_REACH = 60
#: 'từ' and a number: the opening of a bracket a rule sets ('từ 800 CV trở lên'); not 'từ ít nghiêm trọng trở lên'.
_FROM_NUMBER = regex.compile(r"(?<!\w)từ[ \u00a0]+\d", regex.IGNORECASE)
#: A quote right before 'bạn': a title or a slogan quoted ('cuộc thi “Bạn là ngôi sao”'), no reader addressed.
_QUOTED = regex.compile(r"[\"“'‘][ \u00a0]*$")
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
    if _parallel_bound(at, s) or _bound_permits(at, s):
        return "threshold"
    if (cap := s.at_end["cap_hedge"].search(at.before)) and not s.at_end["average"].search(at.before, 0, cap.start()):
        return "rule"  # 'Gửi tác phẩm (không quá 500 chữ)', 'cách bờ không quá 1,5 km': a cap, nobody's amount
    if _measure_base(at, s):
        return "ratio"  # '2 muỗng canh cho 1 lít nước': the base of a ratio, in a recipe or a rate
    if _readers(at, s):
        return "advice"
    if _patients(at, s):
        return "requirement"
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
        if not _BREAKS.search(rest) and not any(s.anywhere[k].search(rest) for k in ("achieved", "now", "turn")):
            return True
    return False


def _strength(at: Around, s: Sense) -> bool:
    """A dose in parentheses after a drug's name, in a list of drugs and their strengths: 'Levofloxacin (500mg);
    Meropenem (500mg/ 1g); Ceftriaxon (1g)'; the list holds a drug's unit ('mg'), so 'heroin (5g) và ma túy đá
    (2g)' stays (grams seized)."""
    if not s.at_start["dose_unit"].fullmatch(at.unit.text) or not _DOSE_OPEN.search(at.before):
        return False
    units = [m.group(1) for text in (at.before, at.after) for m in _DOSE_PAREN.finditer(text)]
    doses = [u for u in units if s.at_start["dose_unit"].fullmatch(u)]
    return bool(doses) and any(s.at_start["drug_unit"].fullmatch(u) for u in (*doses, at.unit.text))


def _parallel_bound(at: Around, s: Sense) -> bool:
    """A bound on the amount ('dưới', 'trên', 'từ', 'tối đa') after a bracket a rule sets earlier in the sentence
    ('từ 10% giá gói thầu trở lên hoặc dưới 10% ...', 'thân nhiệt ở miệng từ 37,5 độ C trở lên, ở nách từ 37,2
    độ C'): a bound of the same rule; not an amount with no bound ('thua từ 2 bàn trở lên ở 4 trận' counts), a
    result's ('tăng trên 20%', 'đạt trên 95%'), nor past a ';' or a deed ('đã có hơn 300 em nhận thưởng')."""
    if not (s.at_end["bound_hedge"].search(at.before) or s.at_end["from"].search(at.before)):
        return False
    if s.anywhere["reached"].search(" ".join(at.before.split()[-REACHED_WORDS:])):
        return False  # 'có 30 xã đạt từ 15 tiêu chí trở lên, tăng trên 20%': a result after the bracket
    for m in s.anywhere["bound"].finditer(at.before):
        rest = at.before[m.end() :]
        if _BREAKS.search(rest) or s.anywhere["achieved"].search(rest):
            continue  # '...; tỷ lệ ... đạt trên 95%', '..., đã có hơn 300 em nhận thưởng': another clause, a deed
        if _FROM_NUMBER.search(at.before, max(0, m.start() - BRACKET_REACH), m.start()):
            return True
    return False


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
    """A bound on the amount, then a permission or a ban a few words after it: the amount defines who may ('Xe có tải
    trọng lớn hơn 5 tấn được phép lên, xuống dốc cầu'); not 'hơn 200 hộ được hỗ trợ' (no permission)."""
    if at.unit.kind != "measure" or not s.at_end["bound_hedge"].search(at.before):
        return False  # a measure defines a class; 'hơn 30 người bị cấm xuất cảnh' counts people a ban hit
    permit = s.anywhere["permit"].search(at.next_clause)
    return permit is not None and len(at.next_clause[: permit.start()].split()) <= PERMIT_GAP


def _readers(at: Around, s: Sense) -> bool:
    """The reader ('bạn', you) as the subject of a modal or a how-to's verb in the sentence of a measure or a count:
    advice ('Bạn cần phải có 2 khuôn: 1 lớn, 1 nhỏ', 'Trên nền diện tích 30m2, bạn có thể chọn ...', 'Bạn dùng 2
    ngón tay'); not money (a price the reader would pay is a price told: 'Bạn có thể thưởng thức ... với giá
    30.000 đồng'), the reader as an object ('sẽ khiến bạn choáng ngợp'), the other side ('bạn đá không có máu ăn
    thua'), nor friends ('các bạn', 'người bạn', 'bạn Nguyễn Văn A')."""
    if at.unit.kind == "currency":
        return False
    for text in (at.before, at.after):
        for m in s.anywhere["reader"].finditer(text):
            if s.at_end["not_reader_before"].search(text, 0, m.start()) or _QUOTED.search(text, 0, m.start()):
                continue
            if s.at_start["reader_verb"].match(text, m.end()):
                return True
    return False


def _patients(at: Around, s: Sense) -> bool:
    """A body's measure in a sentence about a class of patients, with a sign of illness: a criterion ('Với trẻ em,
    ... nồng độ chất chì ở trong máu trên 70 µg/dl', 'không cho trẻ uống thuốc hạ sốt khi nhiệt độ dưới 38,5 độ
    C'); not a patient's reading ('đã', a name), nor a hot day ('nắng 40 độ C', no sign of illness)."""
    if not s.at_start["body_unit"].fullmatch(at.unit.text):
        return False
    sentence = at.before + " " + at.after
    if s.anywhere["patient_reading"].search(sentence) or not s.anywhere["sign"].search(sentence):
        return False
    return any(not _NAMED_NEXT.match(sentence, m.end()) for m in s.anywhere["patient_class"].finditer(sentence))
