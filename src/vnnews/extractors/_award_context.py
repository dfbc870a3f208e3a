"""Awards, step 3: who grants, hands over or receives an award, read from the clause before it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..segment import Sentence
from ._award_names import AwardName
from ._award_patterns import AwardPatterns
from .hits import PersonHit

#: Longest giver or issuer read from the clause before an award ('Ủy viên Trung ương Đảng, ..., Bùi Thị Quỳnh Vân').
MAX_SUBJECT_WORDS = 24

_PASSIVE_END = regex.compile(r"(?i)(?<!\w)được\s*$")  # a subject that receives: "đã được tặng"
_COUNTED = regex.compile(r"\s*\d")  # a subject that opens with a number: '100% gia đình', '5 đơn vị'
_BREAK = regex.compile(r"[,:]\s+")  # 'Kết thúc giải|, |Ban tổ chức trao', 'Tổng kết|, |hội trao': an opening ends


class Named:
    """Where the people extractor found each person named: who, of the people of the text, is named in a span.

    The award extractor names a giver or a recipient only when the people extractor found that person
    there; it has no name test of its own ('UBND tỉnh Hà Giang tặng Bằng khen' names nobody).
    """

    def __init__(self, people: Iterable[PersonHit] = ()) -> None:
        self._at = sorted((m.start, m.end, p.name) for p in people for m in p.mentions if m.kind != "title")
        self._starts = [s for s, _, _ in self._at]

    def inside(self, start: int, end: int, opening: int | None = None) -> list[str]:
        """The people named within [start, end), in reading order, each once; with ``opening``, only those
        whose name starts before it ('cho |Tổng Giám đốc Thông tấn xã| Nguyễn Đức Lợi': the name after a post)."""
        first = opening if opening is not None else end
        found = [n for s, e, n in self._at[bisect_left(self._starts, start) :] if s < first and s < end and e <= end]
        return list(dict.fromkeys(found))

    def last(self, start: int, end: int) -> tuple[int, str] | None:
        """Where the last person named within [start, end) is named to, and by what name."""
        found = [(e, n) for s, e, n in self._at[bisect_left(self._starts, start) :] if s < end and e <= end]
        return max(found) if found else None

    def spots(self, start: int, end: int) -> list[tuple[int, str]]:
        """Where each person named within [start, end) is named, and by what name, in reading order."""
        return [(s, n) for s, e, n in self._at[bisect_left(self._starts, start) :] if s < end and e <= end]


@dataclass(frozen=True)
class Context:
    """Who grants, hands over or receives an award, read from the clause before it."""

    issuer: str | None = None
    giver: str | None = None
    receiver: str | None = None


def context(text: str, clause: Sentence, h: AwardName, pat: AwardPatterns, named: Named) -> Context:
    """'UBND tỉnh tặng', 'được Chủ tịch nước tặng thưởng', 'Phó Bí thư Hoàng Giang trao', 'Công an tỉnh đón nhận'.

    A giver or receiver is a person the people extractor found in the subject (the one named last
    before the verb, by the name it gives them); a subject naming nobody is the issuer (who grants).
    """
    head = text[clause.start : h.start]
    passive = pat.passive_agent.search(head)
    if passive:
        agent = passive.group("agent").strip()
        if pat.propose.fullmatch(agent):
            return Context()  # 'được đề nghị tặng': a proposal, nobody grants it yet
        people = named.inside(clause.start + passive.start("agent"), clause.start + passive.end("agent"))
        subject = _passive_subject(text, named, clause.start, clause.start + passive.start(), pat)
        return Context(giver=people[-1] if people else None, issuer=None if people else agent, receiver=subject)
    give = pat.give_tail.search(head)
    tail = give or pat.receive_tail.search(head)
    if not tail:
        return Context()
    subject = pat.adverb_tail.sub("", head[: tail.start()])
    if give and pat.propose.search(subject):
        return Context()  # 'Hội đồng xét đề nghị tặng': who proposes grants nothing
    receives = give is None
    if _PASSIVE_END.search(subject):  # 'đã được tặng': the subject receives
        subject, receives = pat.adverb_tail.sub("", subject[: subject.casefold().rindex("được")]), True
    subject = pat.opener.sub("", subject, count=1).strip(" ,-")
    spots = named.spots(clause.start, clause.start + tail.start())
    counted = bool(_COUNTED.match(subject.rsplit(",", 1)[-1]))  # '..., 100% gia đình đạt': counted things
    acts = [m.end() for m in pat.give.finditer(text, clause.start, clause.start + tail.start())] if receives else []
    if acts:  # 'Ông A trao Bằng khen cho em Lê Văn An đạt |giải Nhất': who receives is named after the act
        after = [n for at, n in spots if at >= acts[-1]]
        return Context(receiver=after[-1] if after and not counted else None)
    people, marked, linked = _subjects(text, spots, pat)
    if counted:
        people = marked = []
    if people:  # 'Phó Bí thư Tỉnh ủy Hoàng Giang trao', 'ông Nguyễn Thanh Tuấn vinh dự đón nhận'
        return Context(receiver=people[-1]) if receives else Context(giver=people[-1])
    if marked:  # 'Thân nhân mẹ Tiêu Thị Ngà vinh dự nhận danh hiệu truy tặng': she receives, whatever the verb
        return Context(receiver=marked[-1])
    if linked:  # '... cho mẹ Võ Thị Đào ở xã Hoài Châu Bắc và truy tặng': an earlier award's recipient, no giver
        return Context()
    if not subject or len(subject.split()) > MAX_SUBJECT_WORDS or not subject[:1].isupper():
        return Context()
    if any(ch.isdigit() for ch in subject) or subject.split()[-1].casefold() in pat.ceremony:
        return Context()  # 'danh sách 91 DN được trao': a count, not a name; 'trong lễ trao': a noun
    subject = _own_words(subject, pat)
    if pat.run_end.search(subject) or not subject[:1].isupper():
        return Context()  # 'Bến Tre vinh danh và trao', 'Hoài Nhơn: Phong tặng, truy tặng', 'Tổng kết, hội': no name
    if receives:  # named only: 'Công an tỉnh', 'Nguyễn Thanh Tuấn'; not 'Nhiều tập thể và cá nhân'
        org = pat.organisation.match(subject)
        return Context(receiver=subject if org and len(subject.split()) <= 10 else None)
    return Context(issuer=subject)


def _passive_subject(text: str, named: Named, start: int, passive: int, pat: AwardPatterns) -> str | None:
    """The person named right before 'được' (only adverbs between), who receives: 'Mẹ Tiêu Thị Ngà đã vinh dự
    |được Chủ tịch nước truy tặng'; not someone named earlier in the clause ('ông A cho biết, trường được ...')."""
    last = named.last(start, passive)
    if last is None:
        return None
    end, name = last
    return name if not pat.adverb_tail.sub("", text[end:passive]).strip() else None


def _subjects(text: str, spots: list[tuple[int, str]], pat: AwardPatterns) -> tuple[list[str], list[str], bool]:
    """The people of a subject who may give; those marked as receiving ('mẹ', 'liệt sĩ'); whether any stands
    where a recipient stands ('cho mẹ |Võ Thị Đào ... và truy tặng': the recipient of an award given before).

    A person right after 'cho' is never the giver of an award later in the clause, and a mother or a
    fallen soldier named in the subject is who receives it.
    """
    free: list[str] = []
    marked: list[str] = []
    linked = False
    for at, name in spots:
        mark = pat.receiver_before.search(text[max(0, at - 40) : at])
        if mark is None:
            free.append(name)
        elif mark.group("link"):
            linked = True
        else:
            marked.append(name)
    return list(dict.fromkeys(free)), list(dict.fromkeys(marked)), linked


def _own_words(subject: str, pat: AwardPatterns) -> str:
    """The subject without the phrase opening its clause: whom a giver stands for, or what follows the opening.

    >>> from ._award_patterns import patterns
    >>> _own_words("Thừa ủy quyền của Chủ tịch nước, lãnh đạo huyện", patterns())
    'Chủ tịch nước'
    >>> _own_words("Kết thúc giải, Ban tổ chức", patterns()), _own_words("Huyện Quế Võ, tỉnh Bắc Ninh", patterns())
    ('Ban tổ chức', 'Huyện Quế Võ, tỉnh Bắc Ninh')
    >>> _own_words("Ngoài ra, Bộ Văn hóa, Thể thao và Du lịch", patterns())
    'Bộ Văn hóa, Thể thao và Du lịch'
    """
    behalf = pat.on_behalf.search(subject)
    if behalf:  # 'Thừa ủy quyền của Chủ tịch nước, lãnh đạo huyện trao': the issuer is whom they stand for
        return subject[behalf.end() :].split(",")[0].strip()
    cut = 0  # after the last opening phrase: 'Kết thúc giải, |Ban tổ chức', 'Ngoài ra, |Bộ Văn hóa, Thể thao ...'
    for m in _BREAK.finditer(subject):
        if pat.opening.match(subject, cut, m.start()):
            cut = m.end()
    return subject[cut:]
