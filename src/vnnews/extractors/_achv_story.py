"""Counts that belong to the story already told or to what is usual, not to a new result.

A few people told before and counted again as a clause's subject ('3 phụ nữ' ... 'Đến lúc này, 3 người phụ
nữ mới lộ nguyên hình'), two sides acting on each other ('2 tay vợt kéo nhau'), a group's teams ('3 đối thủ
... ở bảng E'), a custom ('Mâm cỗ mặn thường có 4 bát, 6 đĩa'), a ratio told in general ('Trung bình 1 tiếp
viên ...'), a condition ('phải đóng ... mới được tham gia'), a plan's 'if' ('nếu được xây dựng') or its
deadline ('đến năm 2020'); and what :mod:`._achv_told` reads (forecasts, asking prices, caps). Used by
:mod:`._achv_sense`; the words come from ``achievement_sense.yaml``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ._achv_told import told_only

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

_RATIO = regex.compile(r"[ \u00a0]+(?:(?:mỗi|khoảng|chừng)[ \u00a0]+)?(?:\d|$)")
_THEN = regex.compile(r"(?<!\w)thì(?:[ \u00a0]+có)?[ \u00a0]+$", regex.IGNORECASE)
#: Most words between 'cứ' and a ratio's base with a verb ('Cứ nuôi 10 con lợn thì ...', 'Cứ bán được 1 kg cá, ...').
RATIO_WORDS = 2
_RATIO_VERB = regex.compile(rf"(?:[ \u00a0]+[\p{{L}}\p{{M}}]+){{1,{RATIO_WORDS}}}[ \u00a0]+(?:\d|$)")
#: A second amount in a later clause: what each base gives ('Cứ bán được 1 kg cá, người dân lãi 20.000 đồng').
_SECOND_AMOUNT = regex.compile(r"^[^.;!?]*?,[^.;!?]*?\d")
#: Largest count of people read as a group told before when a story resumes with it ('Sau đó, 2 tay vợt kéo nhau').
RESUMED_MAX = 12
#: Characters of the article before a sentence read for a group counted earlier ('3 phụ nữ' ... '3 người phụ nữ mới').
EARLIER_REACH = 4000
#: Words after the counted noun a reciprocal 'nhau' may stand in ('2 ông lần đầu gặp nhau').
RECIPROCAL_WORDS = 4
#: A clause opened by punctuation or a conjunction: a count right after it is the clause's subject.
_SUBJECT_OPENS = regex.compile(
    r"(?:^|[,;:.!?(“\"…\-–—]|(?<!\w)(?:nhưng|và|rồi|thì)(?!\w))[ \u00a0]*$", regex.IGNORECASE
)
#: Most words between an obligation ('phải') and the amount it governs ('các dự án vẫn phải dành 20% quỹ đất').
OBLIGED_GAP = 6
#: Most words between the teams counted and the group they are in ('3 đối thủ | của U20 Việt Nam | ở bảng E').
RIVAL_GROUP_WORDS = 4
#: Most words between 'những người' and the bound that defines them ('những người ăn nhiều hơn 3 khẩu phần cá').
GROUP_GAP = 3
#: A number right after a word ('Thường 1kg'): the word and the number open the sentence together.
_NUMBER_NEXT = regex.compile(r"[ \u00a0]+(?:\d|$)")
#: Words before a height or weight that may hold its measure word ('cao | khoảng 1,5m', 'nặng 20kg').
BODY_WORDS = 2
#: A '1' standing alone: a space or the end after it, not a decimal ('Trung bình 1,5 triệu đồng' is a value).
_ONE_ALONE = regex.compile(r"[ \u00a0]|$")
#: A year right after a deadline word ('đến năm 2020'), not a count of years ('đến năm 3 tuổi' has no four digits).
_YEAR_NEXT = regex.compile(r"[ \u00a0]+(?:19|20)\d\d(?!\d)")


def resumed(at: Around, s: Sense) -> bool:
    """A few people told before, counted again as a clause's subject: the story resumes with them.

    'Đến lúc này, 3 người phụ nữ mới lộ nguyên hình' after '3 phụ nữ' earlier; 'Sau đó, 2 tay vợt kéo
    nhau ...' (two sides, each other). Not 'nhưng 2 nữ sinh vẫn tiếp tục lao tới' when no count of them
    came before (the first count of the attackers), nor 'hàng trăm người dân liền lao ra' (a crowd counted).
    """
    if at.num.approximate or at.num.value > RESUMED_MAX or not s.at_start["told"].match(at.unit.text):
        return False
    if not _SUBJECT_OPENS.search(at.before):
        return False
    clause = at.next_clause
    if at.num.value == 2 and s.anywhere["reciprocal"].search(" ".join(clause.split()[:RECIPROCAL_WORDS])):
        return True
    return bool(s.at_start["resumed"].match(at.after)) and _counted_before(at, s)


def group_makeup(at: Around, s: Sense) -> bool:
    """Teams counted with the group they were drawn in: the group's make-up, no result.

    'trong số 3 đối thủ của U20 Việt Nam ở bảng E', 'thua kém cầu thủ của cả 4 đội cùng bảng'; not '5 lần nằm
    cùng bảng với Thái Lan' (times, no team noun) nor '11 đội chia làm 2 bảng đấu' (no group after the teams).
    """
    if not s.at_start["rival"].fullmatch(at.unit.text) or not s.at_end["rival_of"].search(at.before):
        return False  # not 'đã đánh bại cả 3 đối thủ cùng bảng': teams beaten are a result
    clause = at.next_clause
    group = s.anywhere["in_group"].search(clause)
    return group is not None and len(clause[: group.start()].split()) <= RIVAL_GROUP_WORDS


def _counted_before(at: Around, s: Sense) -> bool:
    """The same number of people was told earlier in the article ('3 phụ nữ', 'hai người'), in digits or words."""
    value = int(at.num.value)
    words = (str(value), *s.spelled.get(value, ()))
    text, start = at.earlier
    told = _count_of_people(words, s.at_start["told"].pattern)
    return told.search(text, max(0, start - EARLIER_REACH), start) is not None


@functools.lru_cache(maxsize=64)
def _count_of_people(words: tuple[str, ...], people: str) -> regex.Pattern[str]:
    """A number written as one of ``words`` and a people noun after it ('3 phụ nữ', 'hai người')."""
    number = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"(?<![\w.,])(?:{number})[ \u00a0]+{people}", regex.IGNORECASE)


def generic(at: Around, s: Sense, clause: str) -> str | None:
    """What is usual or required in general, not what happened: a custom, a ratio, a condition, a plan's 'if'.

    'Mâm cỗ mặn thường có 4 bát, 6 đĩa'; 'Trung bình 1 tiếp viên phải chăm lo cho khoảng 50 hành khách';
    'bệnh nhân phải đóng 42.000.000 đồng/năm mới được tham gia'; 'có chiều dài 2,2km nếu được xây dựng'; a relief
    a rule grants a class ('Giảm 50% TSDĐ đối với dự án ...').
    """
    if told := told_only(at, s, clause):
        return told
    relief = s.at_end["relief"].fullmatch(at.before.lstrip("-–•+* "))
    rest = at.next_clause
    if relief and s.anywhere["as_for"].search(rest) and not s.anywhere["versus"].search(rest):
        return "rule"  # 'Giảm 50% TSDĐ đối với dự án ...': a rule's terms for a class of cases, nothing done
    if _usual(at, s):
        return "custom"
    if _physique(at, s):
        return "attribute"  # 'Bị cáo dáng nhỏ con, chỉ cao khoảng 1,5m': a person's build, like an age
    if planned := _planned(at, s, clause, rest):
        return planned
    head = clause + at.written
    if (one := s.at_start["per_one"].match(head)) and _ONE_ALONE.match(head, one.end()):
        return "ratio"
    if s.at_start["if_after"].match(at.after):
        return "hypothetical"
    if s.may(at, "must") and s.anywhere["must"].search(clause) and s.at_start["only_then"].match(at.after):
        return "requirement"
    if s.may(at, "must") and _obliged(clause, s):
        return "rule"
    if _defines_group(clause, s):
        return "threshold"
    return None


def _physique(at: Around, s: Sense) -> bool:
    """A person's height or weight ('Cháu Nghĩa cao khoảng 1m, nặng 20kg'): a description of someone the sentence
    opens with, nothing done or counted; not 'Cây cầu cao 30m' (a thing's size)."""
    before = at.before.strip()
    who = s.at_start["told"].match(before)
    if at.unit.kind != "measure" or who is None:
        return False
    reach = len(before) - len(" ".join(before.split()[-BODY_WORDS:]))
    for m in s.anywhere["body"].finditer(before, reach):
        lead = before[who.end() : m.start()].split()
        # the body word describes the person, not a thing just named ('đắp đê cao 2m' is the dyke's height)
        if not lead or lead[-1].endswith(",") or lead[-1][:1].isupper() or s.at_start["body_lead"].fullmatch(lead[-1]):
            return True
    return False


def _usual(at: Around, s: Sense) -> bool:
    """What a thing usually has or is: 'Mâm cỗ mặn thường có 4 bát', 'Thường 1kg mận đen được khoảng 7-9 quả'."""
    for m in s.terms_in(at, "habitual"):  # not 'bất thường có', nor '... thường dao động ..., nhưng'
        turned = s.anywhere["turn"].search(at.before, m.end())
        if not turned and not s.at_end["not_habitual"].search(at.before, 0, m.start()):
            return True
    if s.at_start["usually_open"].match(at.before):
        return True
    return bool((u := s.at_start["usually"].match(at.before)) and _NUMBER_NEXT.match(at.before, u.end()))


def _planned(at: Around, s: Sense, clause: str, rest: str) -> str | None:
    """A purpose, a first estimate of a planned cost, a standing demand, or a level to reach by a year."""
    if s.may(at, "purpose") and s.anywhere["purpose"].search(clause):  # 'clause' ends the sentence before it
        return "plan"  # 'Mục đích chính của trò chơi là ... trả lời chính xác 15 câu hỏi'
    if next(s.terms_in(at, "estimate"), None) and s.anywhere["planned_cost"].search(clause):
        return "plan"  # 'Tính toán sơ bộ ..., tổng mức đầu tư Dự án ... khoảng 8.295 tỷ đồng'
    policy = list(s.anywhere["policy"].finditer(clause)) if s.may(at, "policy") else []
    if policy and not s.anywhere["done"].search(clause, policy[-1].end()):
        return "rule"  # 'luôn yêu cầu đối tác thanh toán trước từ 20 - 50%'
    if s.at_end["to_level"].search(at.before) and _by_year(rest, s):
        return "plan"  # 'đưa tỷ lệ ... từ 30% xuống còn 15% đến năm 2020': a target and its deadline
    return None


def _by_year(clause: str, s: Sense) -> bool:
    """'By' and a year after the amount in its clause ('xuống còn 15% đến năm 2020'): a deadline, so a target;
    not 'tính đến năm 2023' (as of)."""
    ends = (m for m in s.anywhere["deadline"].finditer(clause) if not s.at_end["as_of"].search(clause, 0, m.start()))
    return any(_YEAR_NEXT.match(clause, m.end()) for m in ends)


def _defines_group(clause: str, s: Sense) -> bool:
    """A bound on the amount that says who or what belongs to a group, not how much anyone did.

    'những người ăn nhiều hơn 3 khẩu phần cá mỗi tuần' (a study's group), 'Đối với các cây có chiều cao từ
    15 - 20m' (a class in a cost estimate); not 'các đơn vị đã kiểm tra trên 143.460 lô' (no group defined).
    """
    bound = s.at_end["bound_hedge"].search(clause)
    if bound is None:
        return False
    if s.at_start["as_for"].match(clause):
        return True
    group = list(s.anywhere["group_of"].finditer(clause, 0, bound.start()))
    return bool(group) and len(clause[group[-1].end() : bound.start()].split()) <= GROUP_GAP


def _obliged(clause: str, s: Sense) -> bool:
    """A class of people or things that must do what the amount measures: a rule, nobody's deed.

    'Hiện các dự án đầu tư vẫn phải dành 20% quỹ đất', 'thí sinh phải có hộ khấu tại 13 tỉnh'; not 'các bị
    cáo phải liên đới bồi thường cho Sở ... số tiền hơn 1,1 tỷ đồng' (far from 'phải': an order carried out)
    nor 'phải giải tỏa khoảng 3.523 ha với hơn 8.000 hộ dân' (the households are no object of 'phải').
    """
    musts = list(s.anywhere["must"].finditer(clause))
    if not musts or not s.anywhere["generic"].search(clause, 0, musts[-1].start()):
        return False
    governed = clause[musts[-1].end() :]
    return len(governed.split()) <= OBLIGED_GAP and not s.anywhere["not_governed"].search(governed)


def ratio(at: Around, s: Sense) -> bool:
    """A proportion: the number right after 'cứ', or up to RATIO_WORDS words after it when 'thì'/'lại' or a second
    amount follows ('Cứ nuôi 10 con lợn thì lãi 5 triệu đồng'), or after 'thì (có)' in a clause opened by 'cứ' + a
    number ('cứ 10 doanh nghiệp ra đời thì 9 doanh nghiệp rời khỏi thị trường'); not 'bất cứ 1 comment nào', 'cứ
    thế nuôi 20 con bò'."""
    before = at.before
    for m in s.anywhere["ratio"].finditer(before):
        if s.at_end["not_ratio"].search(before, 0, m.start()) or s.at_start["not_ratio_next"].match(before, m.end()):
            continue  # 'bất cứ': any, no proportion; 'cứ thế': just so
        rest = before[m.end() :]
        if _RATIO.fullmatch(rest) or ((_RATIO.match(rest) or _RATIO_VERB.match(rest)) and _THEN.search(rest)):
            return True
        follows = s.anywhere["ratio_then"].search(at.after) or _SECOND_AMOUNT.match(at.after)
        if follows and _RATIO_VERB.fullmatch(rest):
            return True
    return False
