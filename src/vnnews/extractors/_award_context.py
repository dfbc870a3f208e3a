"""Awards, step 3: who grants, hands over or receives an award, read from the clause before it."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..segment import Sentence
from ._award_names import AwardName
from ._award_patterns import AwardPatterns

#: Longest giver or issuer read from the clause before an award ('Ủy viên Trung ương Đảng, ..., Bùi Thị Quỳnh Vân').
MAX_SUBJECT_WORDS = 24

_PASSIVE_END = regex.compile(r"(?i)(?<!\w)được\s*$")  # a subject that receives: "đã được tặng"


def _name_in(phrase: str, pat: AwardPatterns) -> str | None:
    """The first personal name in ``phrase``: a family name and the capitalised words after it."""
    words = phrase.replace(",", " , ").split()
    for i, w in enumerate(words[:-1]):
        if w in pat.surnames and words[i + 1][:1].isupper():
            run = [w]
            for nxt in words[i + 1 : i + 5]:
                if not nxt[:1].isupper():
                    break
                run.append(nxt)
            return " ".join(run)
    return None


def _has_name(phrase: str, pat: AwardPatterns) -> bool:
    """True when a personal name is written in ``phrase`` ('Phó Bí thư Tỉnh ủy Hoàng Giang')."""
    words = phrase.split()
    return any(
        w in pat.surnames and words[i + 1][:1].isupper() for i, w in enumerate(words[:-1])
    ) or bool(pat.honorific.match(phrase))


@dataclass(frozen=True)
class Context:
    """Who grants, hands over or receives an award, read from the clause before it."""

    issuer: str | None = None
    giver: str | None = None
    receiver: str | None = None


def context(text: str, clause: Sentence, h: AwardName, pat: AwardPatterns) -> Context:
    """'UBND tỉnh tặng', 'được Chủ tịch nước tặng thưởng', 'Phó Bí thư Hoàng Giang trao', 'Công an tỉnh đón nhận'."""
    head = text[clause.start : h.start]
    passive = pat.passive_agent.search(head)
    if passive:
        agent = passive.group("agent").strip()
        if pat.propose.fullmatch(agent):
            return Context()  # 'được đề nghị tặng': a proposal, nobody grants it yet
        return Context(giver=agent) if _has_name(agent, pat) else Context(issuer=agent)
    give = pat.give_tail.search(head)
    tail = give or pat.receive_tail.search(head)
    if not tail:
        return Context()
    subject = pat.adverb_tail.sub("", head[: tail.start()])
    receives = give is None
    if _PASSIVE_END.search(subject):  # 'đã được tặng': the subject receives
        subject, receives = pat.adverb_tail.sub("", subject[: subject.casefold().rindex("được")]), True
    subject = pat.opener.sub("", subject, count=1).strip(" ,-")
    if not subject or len(subject.split()) > MAX_SUBJECT_WORDS or not subject[:1].isupper():
        return Context()
    if any(ch.isdigit() for ch in subject) or subject.split()[-1].casefold() in pat.ceremony:
        return Context()  # 'danh sách 91 DN được trao': a count, not a name; 'trong lễ trao': a noun
    if receives:  # named only: 'Công an tỉnh', 'Nguyễn Thanh Tuấn'; not 'Nhiều tập thể và cá nhân'
        org = pat.organisation.match(subject)
        return Context(receiver=_name_in(subject, pat) or (subject if org and len(subject.split()) <= 10 else None))
    behalf = pat.on_behalf.search(subject)
    if behalf:
        return Context(issuer=subject[behalf.end() :].strip() or None)
    return Context(giver=subject) if _has_name(subject, pat) else Context(issuer=subject)
