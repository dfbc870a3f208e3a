"""The parts of a counted total after 'trong đó', the contest a bare prize belongs to, and the bodies of places counted
after a link ('cho Hội LHPN 08 tỉnh/thành'): award_words.yaml.

A part takes the award of its total only when it is one of them: no more than the total, the same noun ('30 cán bộ
Hội, trong đó có 17 cán bộ'), and no predicate of its own up to the next award or the clause's end ('trong đó có 5
tập thể được Chủ tịch UBND tỉnh tặng Bằng khen', '200 hội viên tham gia').
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..entries import WordEntry
from ..lexicon import Termset
from ._award_bounds import role_pattern, role_words


@dataclass(frozen=True, eq=False)
class PartPatterns:
    """What tells a part of a total from other counts, a bare prize's contest, and the bodies of counted places."""

    own: regex.Pattern[str]  # a verb of the part's own: giving, receiving, taking part ('được ... tặng', 'tham gia')
    own_family: frozenset[str]  # nouns a part shares only with themselves ('tập thể', 'cá nhân')
    contest: regex.Pattern[str]  # the contest after a bare prize: 'giải| Hội diễn văn nghệ quần chúng huyện'
    taking_part: regex.Pattern[str]  # right after a counted noun, those counted take part: '45 VĐV| tham gia'
    ceremony: regex.Pattern[str]  # a ceremony of giving, what they take part in: 'tham dự |lễ trao| Bằng khen'
    receive_too: regex.Pattern[str]  # after that award, those taking part receive too: 'lễ trao Cờ| và nhận| Cờ'
    gathering: regex.Pattern[str]  # right before a count, those counted take part: 'quy tụ |210 VĐV', 'với hơn |120'
    body_of: regex.Pattern[str]  # '| cho Hội LHPN |08 tỉnh/thành': a link, a body, then a count of the places it is of
    body_place: regex.Pattern[str]  # 'tỉnh', 'xã' (recipients.yaml, place: true): the places such a count counts
    share: regex.Pattern[str]  # a share of a total (pool) before an award: '3 trong tổng số 6 |HCV'
    total: regex.Pattern[str]  # a total's words before a count, no ordinal: 'tổng số |71 giải' (not 'số |2')
    merit: regex.Pattern[str]  # a list item's clause ends in its merit only: '37 phụ trách đội| xuất sắc|,' (kindC36)
    with_link: regex.Pattern[str]  # an honour, then its collectives or individuals: 'hạng Ba| với |1 tập thể' (kindR38)
    case_noun: frozenset[str]  # recipients that count cases of anything: 'trường hợp' (kindR38)


def part_patterns(words: tuple[WordEntry, ...], places: list[str]) -> PartPatterns:
    """Compile the words of the roles give, receive, then, taking_part, gathering, own_family, contest, stop, link,
    pool, total, merit, with_link and case_noun, and the ``places`` whose bodies a count may count (recipients.yaml
    nouns marked place)."""

    stop = role_pattern(words, "stop")
    return PartPatterns(
        own=regex.compile(role_pattern(words, "give", "receive", "taking_part"), regex.IGNORECASE),
        own_family=frozenset(t.casefold() for t in role_words(words, "own_family")),
        contest=regex.compile(
            rf"\s+(?:{role_pattern(words, 'contest')})(?:\s+(?!{stop})[\w-]+){{0,12}}",
            regex.IGNORECASE,
        ),
        taking_part=regex.compile(rf"\s*{role_pattern(words, 'taking_part')}", regex.IGNORECASE),
        ceremony=regex.compile(
            rf"(?<!\w)(?:{role_pattern(words, 'ceremony')})\s+(?:{role_pattern(words, 'give')})", regex.I
        ),
        receive_too=regex.compile(
            rf"[^.;!?\n\d]*?\s{role_pattern(words, 'then')}\s+(?:\w+\s+){{0,2}}?"
            rf"(?:{Termset([w for w in role_words(words, 'receive') if w != 'được']).pattern()}"
            rf"|được\s+(?:{role_pattern(words, 'give')}))(?!\w)",
            regex.IGNORECASE,
        ),
        gathering=regex.compile(rf"{role_pattern(words, 'gathering')}\s+(?:\w+\s+)?$", regex.IGNORECASE),
        body_of=regex.compile(
            rf"^\s*(?:{role_pattern(words, 'link')})\s+(?-i:\p{{Lu}})[\w&]*(?:\s+[\w&]+){{0,3}}?\s+$", regex.I
        ),
        body_place=regex.compile(rf"(?:{Termset(places).pattern()})$", regex.IGNORECASE),
        share=regex.compile(
            rf"(?<![\w.,/])(?P<x>\d{{1,4}})\s+(?:{role_pattern(words, 'pool')})\s+(?P<y>\d{{1,4}})\s+$", regex.I
        ),
        total=regex.compile(rf"(?<!\w)(?:{role_pattern(words, 'total')})\s+$", regex.IGNORECASE),
        merit=regex.compile(rf"(?:\s+(?:{role_pattern(words, 'merit')}))+\s*(?:[,.;:!?)]|$)", regex.IGNORECASE),
        case_noun=frozenset(t.casefold() for t in role_words(words, "case_noun")),
        with_link=regex.compile(rf"^\s*(?:{role_pattern(words, 'with_link')})\s*$", regex.IGNORECASE),
    )


def recipient_key(noun: str | None) -> str:
    """A recipient noun as ``AwardPatterns.recipient_kinds`` keys it: casefolded, its spaces made one."""
    return " ".join((noun or "").casefold().split())


def _head(noun: str, kinds: dict[str, str]) -> str:
    """The recipient noun a counted noun opens with: 'cán bộ| Hội' -> 'cán bộ'."""
    folded = recipient_key(noun)
    heads = [k for k in kinds if folded == k or folded.startswith(k + " ")]
    return max(heads, key=len) if heads else folded


def same_family(total: str, part: str, kinds: dict[str, str], pat: PartPatterns) -> bool:
    """The part counts what the total counts: the same noun, or nouns of one kind ('đơn vị', 'xã'), but 'tập thể'
    and 'cá nhân' only themselves ('20 tập thể, trong đó có 35 cá nhân' is no part)."""
    a, b = _head(total, kinds), _head(part, kinds)
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):  # '25 hộ gia đình, trong đó có 10 hộ'
        return True
    if a in pat.own_family or b in pat.own_family:
        return False
    return kinds.get(a, "other") != "other" and kinds.get(a) == kinds.get(b)
