"""Amounts a condition, a mood, a rule, advice or an instruction around them makes only supposed, not done.

'Nếu bạn đặt cược hàng triệu USD' (a condition), 'có thể bay xa khoảng 9.700 km' (a mood), 'bị phạt tiền từ 5
triệu đồng đến 10 triệu đồng' (a rule), 'nên uống 2 lít nước' (advice), 'tiêm đủ 2 mũi' (a requirement), 'Pha 1
thìa muối' (an instruction), 'Nguyên liệu: ...' (a recipe). Split from :mod:`._achv_sense`, which asks
:func:`supposed` first; the words come from ``achievement_sense.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._achv_own import own_rule
from ._achv_story import generic
from ._achv_words import CLAUSE_BREAK, DIGIT, DIGIT_AFTER

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

#: Words before a percentage a tax may stand and make it a rate ('Thuế nhập khẩu lúa mì ... ở mức 130%, gạo - 45%').
TAX_WINDOW = 20
#: Words before a number an advice modal may stand ('nên uống 2 lít').
ADVICE_WINDOW = 3
#: Most spec items between a modal's clause and the amount's that its mood reaches through ('..., A 4,3 tấn, B 9 km').
ATTENDANT_RUN = 3
#: Words before 'để bầu' a vote held may stand in ('Hội nghị đã tổ chức bỏ phiếu | để bầu 7 ủy viên').
VOTE_WINDOW = 4
#: Most words between an instruction verb opening the clause and the number ('Trộn đều 30ml').
INSTRUCTION_GAP = 2
_OPENING_BREAK = regex.compile(r"[.;:!?•+\-–—]\s*|\n")
#: Most words between the unit and a bound closing a 'từ X ... trở lên' bracket ('từ 10% giá gói thầu trở lên').
BOUND_GAP = 4
#: A parenthesis closing the clause before: an aside, read past ('giành được chiến thắng thứ 30 (nhiều nhất ...),').
_ASIDE_END = regex.compile(r"[ \u00a0]*\([^()]*\)[ \u00a0]*$")
#: What may follow an item's unit: the sentence's or clause's end, or 'và' and the next item's count ('3 máy cày | và 4
#: máy gặt', '4 máy gặt | .'); the punctuation after the last item changes nothing.
_ITEM_END = regex.compile(r"[ \u00a0]*(?:[.;!?…]|$|và[ \u00a0]+\d)", regex.IGNORECASE)
#: A comma before a space: a break between a list's items, not a decimal comma ('2,9').
_ITEM_BREAK = regex.compile(r",(?=[ \u00a0])|[;:(\[]")
#: Where a list's reach ends after the amount: a sentence's or a clause's end ('4 máy gặt; huyện đã cấp 100 máy').
_LIST_END = regex.compile(r"[.;!?…]")
#: A break between a cooking verb and the number: the number is in another clause ('Chiên 500 kg cá, Hội ... 300 suất').
_CLAUSE_CUT = regex.compile(r"[,;:]|\d")


def supposed(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Conditions, rules, advice and instructions: what is supposed, required or told, not done."""
    clause = at.clause
    hypothetical = [m.start() for m in s.terms_in(at, "hypothetical")]
    hypothetical += [m.start() for m in s.terms_in(at, "any") if _any_closed(at.before, m.end(), s)]
    if s.may(at, "any_end") and s.anywhere["any_end"].search(clause) and s.anywhere["then"].search(at.next_clause):
        return "hypothetical"  # 'DN nào còn giữ 36% vốn thì phải báo cáo': whichever one, none told
    if _doubted(at, s):
        return "hypothetical"  # 'Được biết chị bỏ ra 600 triệu đồng để làm lại mặt, thực hư thế nào?': a rumour asked
    opens = s.at_start["opening"].match(at.before)
    if hypothetical or opens:  # the turns are read only when a hypothetical may need them (most numbers: none)
        turns = [m.end() for m in s.anywhere["turn"].finditer(at.before)]
        if any(_holds(at.before, i, s) and not any(t > i for t in turns) for i in hypothetical):
            return "hypothetical"
        if opens and not any(t > opens.end() for t in turns):
            return "hypothetical"  # 'Trường hợp không đạt, xử lý theo 4 hình thức'; 'Nhưng nhiều khả năng, ...'
    mood = _mood_clause(at, v, s, clause)
    modals = s.anywhere["modal"].finditer(mood) if mood is not clause or s.may(at, "modal") else ()  # clause: before's
    if any(_holds(mood, m.start(), s) and not _ended(mood, m, s) for m in modals):
        return "modal"
    if any(_holds(at.before, m.start(), s) for m in s.terms_in(at, "rule")) or own_rule(at, s):
        return "rule"
    if at.unit.kind == "percent" and s.anywhere["tax_rate"].search(" ".join(at.before.split()[-TAX_WINDOW:])):
        return "tax_rate"  # 'hưởng thuế suất 0%', 'Thuế nhập khẩu lúa mì ... ở mức 130%, gạo - 45%'
    if s.may(at, "advice") and s.anywhere["advice"].search(" ".join(clause.split()[-ADVICE_WINDOW - 1 :])):
        return "advice"
    if s.at_end["denied"].search(at.before):
        return "negation"  # 'không được hưởng 30% phụ cấp', 'Không còn chiếm 2/3 quân số'
    if s.at_end["requirement"].search(at.before) or s.at_start["advised"].match(at.after):
        return "requirement"  # 'tiêm đủ 2 mũi'; 'xuống nhiệt độ 60 độ C là tốt nhất'
    if s.at_end["from"].search(at.before) and _bound_follows(at, s):
        return "threshold"  # 'từ 10% giá gói thầu trở lên': a bracket a rule sets
    opening = _OPENING_BREAK.split(at.before)[-1]
    verb = s.at_start["instruction"].match(opening)
    if verb and _near_or_listed(opening[verb.end() :], s):
        return "instruction"
    if (cook := s.at_start["cooking"].match(opening)) and _cooking_step(at, s, opening[cook.end() :]):
        return "instruction"  # 'Rang 200g lạc', 'Xào 300g thịt bò': a recipe's step; not 'Chiên 500 kg cá, Hội ...'
    if next(s.terms_in(at, "recipe", paragraph=True), None) or s.at_start["spoon"].match(at.unit.text):
        return "recipe"  # 'Nguyên liệu: ...'; '2 muỗng canh cho 1 lít nước': a kitchen measure is a recipe's
    return generic(at, s, clause)


def _doubted(at: Around, s: Sense) -> bool:
    """A question whether the amount is true or on what ground it stands ('..., thực hư thế nào?', 'căn cứ nào để ...
    xác định doanh thu trên 100 triệu đồng/năm?'): a rumour or a claim put as a question, nothing told as done. Not a
    question that takes the amount as told ('Vì sao 120 hộ dân phải di dời?' asks why it happened)."""
    if not at.after.rstrip().endswith("?"):
        return False
    return s.anywhere["doubt"].search(at.after) is not None or s.anywhere["doubt"].search(at.before) is not None


def _mood_clause(at: Around, v: Vocab, s: Sense, clause: str) -> str:
    """The clause whose mood the amount takes: its own, or the one before when the amount's has no verb of its own.

    'giá cũng có thể tăng nhẹ, khoảng 50 đồng/lít tùy vào ...', 'có thể bao gồm 3 phi đội máy bay, với 24 chiếc mỗi
    đội' and 'rất có khả năng giành được chiến thắng thứ 30, đồng thời có được 93 điểm' are what may happen; 'Nhằm
    giảm nghèo, khoảng 500 hộ đã được hỗ trợ' has its own predicate and keeps its own clause.
    """
    head = at.before[: len(at.before) - len(clause)]
    listed = _list_head(head[:-1], s, clause, at.next_clause) if head.endswith(",") else None
    if listed and not _list_subject(at.after, s):
        return listed + clause  # 'sẽ có cơ hội nhận được 1 giải Nhất ..., 1 giải Nhì ... và 1 giải Ba trị giá 30 triệu'
    if not head.endswith(",") or not _goes_with(at, v, s, clause):
        return clause  # not after '(': '(khoảng 1.760 km)' is a figure given aside
    carried = CLAUSE_BREAK.split(_ASIDE_END.sub("", head[:-1]))[-1]  # past an aside: '... thứ 30 (...),'
    if not _carries(carried, s):
        carried = _past_items(head[:-1], v, s)
    return carried + clause if _carries(carried, s) else clause


def _past_items(head: str, v: Vocab, s: Sense) -> str:
    """The clause before a run of spec items ending ``head`` and the items ('có thể có trọng lượng lên tới 100 tấn khi
    phóng, trọng lượng đầu đạn 4,3 tấn'), or the last item alone when no run of them ends it."""
    pieces = _ITEM_BREAK.split(head)
    carried = pieces[-1]
    for piece in reversed(pieces[-1 - ATTENDANT_RUN : -1]):
        if _carries(carried, s) or not _attends(carried, v, s):
            break
        carried = piece + "," + carried
    return carried


def _attends(piece: str, v: Vocab, s: Sense) -> bool:
    """A clause before the amount's that is only an attendant's lead and its own amount ('trọng lượng đầu đạn 4,3
    tấn'): a list item of the clause before it, which the mood reaches through."""
    num = DIGIT.search(piece)
    if num is None:
        return False
    lead = piece[: num.start()]
    hedge = v.qualifier_before.search(lead)
    lead = lead[: hedge.start()] if hedge else lead
    return bool(lead.strip()) and bool(s.at_start["attendant"].fullmatch(lead.strip()))


def _carries(head: str, s: Sense) -> bool:
    """The clause before holds a mood that reaches the next: a possibility or plan ('có thể bao gồm 3 phi đội'), not a
    purpose ('nhằm tôn vinh ...'), a result enabled ('giúp các em có thể vui đón Tết') nor a judgement ('có thể xem
    là thành công'), whose 'với' or 'đồng thời' clause tells what was done."""
    for m in s.anywhere["modal"].finditer(head):
        kept = s.at_start["kept_mood"].match(head, m.start()) or s.at_start["judged"].match(head, m.end())
        if _holds(head, m.start(), s) and not kept and not s.anywhere["enabler"].search(head, 0, m.start()):
            return True
    return False


def _list_head(head: str, s: Sense, clause: str, rest: str) -> str | None:
    """The clause a list opens in, when the amount is in a later item of it: its clause opens with a count, like every
    clause between, and has no verb ('..., 1 giải Nhì trị giá 50 triệu đồng và 1 giải Ba trị giá'), or the amount
    opens an item that the unit ends or 'và' and a count follow ('có thể nhận 2 máy bơm, 3 máy cày và 4 máy gặt'); the
    head holds the list's first amount ('sẽ có cơ hội nhận được 1 giải Nhất trị giá 100 triệu đồng'). Not '..., 500
    doanh nghiệp tham gia' (a verb after the unit)."""
    opens = not clause.strip() and _ITEM_END.match(rest) is not None and not s.anywhere["predicate"].search(rest)
    if not (opens or _item(clause, s)):
        return None
    pieces = _ITEM_BREAK.split(head)
    while pieces and _item(pieces[-1], s):
        pieces.pop()
    first = pieces[-1] if pieces else ""
    return first if DIGIT.search(first) else None


def _list_subject(after: str, s: Sense) -> bool:
    """The list the amount is in goes on to an item with its own predicate: the items are that verb's subjects, no
    longer the opening clause's ('..., 20 đội, 500 vận động viên đã đăng ký'); read up to the clause's end."""
    for piece in _ITEM_BREAK.split(_LIST_END.split(after, maxsplit=1)[0])[1:]:
        if not DIGIT_AFTER.match(piece):
            return False
        if s.anywhere["predicate"].search(piece):
            return True
    return False


def _item(piece: str, s: Sense) -> bool:
    """A list's item: a count after the comma's space and no verb ('1 giải Nhì trị giá 50 triệu đồng'); not a decimal's
    digits ('2,9 giây'), nor a clause with its own predicate ('40% còn lại có độ khó tăng dần')."""
    return bool(DIGIT_AFTER.match(piece)) and not s.anywhere["predicate"].search(piece)


def _goes_with(at: Around, v: Vocab, s: Sense, clause: str) -> bool:
    """The amount's clause goes with the one before: a hedge alone, 'với' and no verb after the amount ('..., với 90%
    tổng số tiền được cung cấp' has one), or 'đồng thời' and no deed ('..., đồng thời đã bắt giữ 50.000 người')."""
    if s.at_start["carried"].match(clause):  # a deed after the amount too: '..., đồng thời 95% hội viên đã tham gia'
        return not s.anywhere["achieved"].search(clause) and not s.anywhere["predicate"].search(at.next_clause)
    if s.at_start["predicate"].match(at.after):
        return False
    hedge = v.qualifier_before.search(clause)
    lead = clause[: hedge.start()] if hedge else clause
    if not lead.strip():
        return hedge is not None
    return bool(s.at_start["attendant"].fullmatch(lead.rstrip())) and not s.anywhere["predicate"].search(at.next_clause)


def _near_or_listed(between: str, s: Sense) -> bool:
    """The number follows an instruction verb closely, or after an amount it lists ('Pha 1 thìa muối với 500 ml'); past
    a comma only in a clause too short to have its own subject ('Bật lò nướng 1500C, 2 lửa'; not 'Dùng 2 tỷ đồng mua
    máy, xã xây thêm 3 phòng học') or one that is the next step ('..., sau đó cho vào nồi 1 lít nước')."""
    if len(between.split()) <= INSTRUCTION_GAP:
        return True
    own = _ITEM_BREAK.split(between)[-1]
    if DIGIT.search(between) is None:
        return False
    if own == between or len(own.split()) <= INSTRUCTION_GAP:
        return True
    own = own.strip()
    step = s.at_start["next_step"].match(own)
    return s.at_start["instruction"].match(own, step.end() if step else 0) is not None


def _cooking_step(at: Around, s: Sense, between: str) -> bool:
    """A cooking verb opening the clause is a recipe's step only close before the number in its clause, in a recipe or a
    kitchen measure, with no one served after it: 'Rang 200g lạc'; not 'Nướng 1.500 chiếc bánh chưng tặng hộ nghèo',
    'Chiên 500 kg cá, Hội Phụ nữ tặng ...' nor 'Rang 2 tấn cà phê mỗi ngày, doanh nghiệp thu về 500 triệu đồng'."""
    if len(between.split()) > INSTRUCTION_GAP or _CLAUSE_CUT.search(between):
        return False
    kitchen = s.at_start["spoon"].match(at.unit.text) or s.at_start["kitchen_unit"].fullmatch(at.unit.text.strip())
    recipe = kitchen or next(s.terms_in(at, "recipe", paragraph=True), None)
    return bool(recipe) and not s.anywhere["served"].search(at.next_clause)


def _any_closed(before: str, at: int, s: Sense) -> bool:
    """'bất cứ' / 'bất kỳ' closed by 'nào' before the number: any one, none told ('Bất cứ số tiền nào 2,61 USD')."""
    return s.anywhere["any_end"].search(before, at) is not None


def _bound_follows(at: Around, s: Sense) -> bool:
    """A bound ('trở lên') closes the clause a few words after the unit: 'từ 10% | giá gói thầu trở lên'."""
    clause = at.next_clause
    bound = s.anywhere["bound"].search(clause)
    return bound is not None and len(clause[: bound.start()].split()) <= BOUND_GAP


def _ended(mood: str, modal: regex.Match[str], s: Sense) -> bool:
    """A deed after a recommendation ends its reach: 'Thực hiện khuyến nghị của Bộ Y tế huyện đã tiêm phòng cho 10.000
    trẻ em' tells what was done; 'lượng chất xơ khuyến nghị là 20 đến 30 gram' is the advice; so do a clause told as
    done after it ('và đã'), a must told in the past ('đã phải thắng'; not 'chưa từng phải thắng'), a reason after a
    task set ('cần triển khai ... vì mới có 40 hộ') and a vote held before a quota ('bỏ phiếu để bầu 7 ủy viên')."""
    if s.anywhere["modal_cut"].search(mood, modal.end()):
        return True  # 'phải thắng 2 trận cuối và đã thắng 3 trận': the done clause is out of its reach
    if s.at_start["task"].match(mood, modal.start()) and s.anywhere["task_end"].search(mood, modal.end()):
        return True  # 'cần triển khai thêm giải pháp vì mới có 40 hộ tham gia': the households are told, no task
    if s.at_start["quota"].match(mood, modal.start()) and _vote_held(mood[: modal.start()], s):
        return True  # 'tiến hành bầu cử để bầu 11 đồng chí': the election held, no quota
    if s.at_start["solicit"].match(mood, modal.start()) and s.anywhere["solicit_got"].search(mood, modal.end()):
        return True  # 'để kêu gọi ủng hộ được 200 triệu đồng': the sum the soliciting got
    told = mood[: modal.start()]
    if s.at_start["must_win"].match(mood, modal.start()) and s.at_end["past"].search(told):
        return not s.at_end["not_past"].search(told)  # 'đã phải thắng 3 trận': a must met; 'chưa từng phải thắng'
    ends = s.at_start["deed_ends"].match(mood, modal.start())
    return ends is not None and s.anywhere["achieved"].search(mood, modal.end()) is not None


def _vote_held(told: str, s: Sense) -> bool:
    """A vote held in the words right before 'để bầu' ('tổ chức bỏ phiếu', 'biểu quyết'), a place of the vote aside
    ('tại 18 đơn vị bầu cử để bầu 85 đại biểu' is a quota)."""
    near = s.anywhere["vote_place"].sub(" ", " ".join(told.split()[-VOTE_WINDOW:]))
    return s.anywhere["vote_held"].search(near) is not None


def _holds(text: str, at: int, s: Sense) -> bool:
    """A hypothetical, modal or rule word at ``at`` that no factual phrase opening there overrides."""
    return not s.at_start["factual"].match(text, at)
