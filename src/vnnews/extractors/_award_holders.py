"""Holders of an honorary title written small right after their count ('có 18 |nghệ nhân ưu tú|'): the title they
hold is the award counted (GUIDELINES: holders of an honorary title are awards).

Not where another award is named after it in the clause ('20 nhà giáo ưu tú được tặng Bằng khen', '45 nhà giáo ưu
tú được thưởng', '3 nghệ nhân ưu tú được đề nghị xét tặng danh hiệu Nghệ nhân nhân dân'), nor where a give or receive
verb follows ('30 nghệ nhân ưu tú được hỗ trợ ...'), unless the clause ends in a give verb, the title itself then
being what is given ('25 nghệ nhân ưu tú được Nhà nước phong tặng.'); nor where they are the ones given to ('tặng
Bằng khen cho 20 nhà giáo ưu tú'). There the title only names the recipients, which the recipient rules read.
Words come from ``awards.yaml`` (``honorary``, the other award names) and ``award_words.yaml`` (roles give, receive,
win; ``given_to``).

Also an honorary title written small right after a verb that confers a title (role ``confer``, maybe with a copula,
role ``confer_link``: '07 nghệ nhân được phong tặng |nghệ nhân ưu tú| gồm: ...', 'được công nhận là ...'): the title is
what is conferred, the count before the verb its recipients.
"""

from __future__ import annotations

from collections.abc import Callable

from ..entries import AwardEntry, WordEntry
from ._award_bounds import CLAUSE_REST, role_pattern

#: The count before the title: '18', '1.550', '1200' (four digits with no separator, not a year: 'năm 2020').
_COUNT = r"(?:\d{1,3}(?:\.\d{3})*|1[0-8]\d\d|2[1-9]\d\d|[3-9]\d{3})"
#: The clause's end: a stop before a space or the end of the text.
_END = r"\s*(?:[,.;:!?()](?:\s|$)|$)"


def small_holders(
    awards: tuple[AwardEntry, ...], words: tuple[WordEntry, ...], alternation: Callable[[list[str]], str]
) -> str:
    """'có 18 |nghệ nhân ưu tú|', not '20 nhà giáo ưu tú được tặng Bằng khen' nor 'cho 20 nhà giáo ưu tú'."""
    honorary = alternation([a.term for a in awards if a.honorary and not a.cased])
    others = alternation([a.term for a in awards if a.kind != "title" and not a.cased and "{" not in a.term])
    cased = alternation([a.term for a in awards if a.kind != "title" and a.cased and "{" not in a.term])
    verbs = role_pattern(words, "give", "receive", "win")
    give, given_to, confer = (role_pattern(words, role) for role in ("give", "given_to", "confer"))
    link = role_pattern(words, "confer_link")  # 'được công nhận |là| ...'
    title_given = rf"{CLAUSE_REST}(?<!\w)(?:{give}){_END}"  # the clause ends in a give verb: the title is what is given
    return (
        rf"(?<!(?<!\w)(?:{given_to})\s+{_COUNT}\s)(?<=(?<![\w.,/]){_COUNT}\s)(?:{honorary})"
        rf"(?!{CLAUSE_REST}(?<!\w)(?:{others}|(?-i:{cased}))(?!\w))"  # another award named after it in the clause
        rf"(?!(?!{title_given}){CLAUSE_REST}(?<!\w)(?:{verbs})(?!\w))"  # or a verb, unless the title is what it gives
        # 'được phong tặng |nghệ nhân ưu tú|', 'được công nhận là |cháu ngoan Bác Hồ|'
        rf"|(?<=(?<!\w)(?:{confer})(?:\s{{1,3}}{link})?\s{{1,3}})(?:{honorary})(?!\w)"
    )
