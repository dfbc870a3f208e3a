"""An honour joined by 'với' to the collectives or individuals counted right after it (kindR38).

'Huân chương Lao động hạng Ba với 1 tập thể; Bằng khen của Thủ tướng Chính phủ với 1 tập thể, 4 cá nhân': in a list of
honours the word 'với' gives each one to the count after it, as 'cho' or 'đối với' do. Only honours (orders,
certificates, flags, banners, badges, titles, commendations) and only 'tập thể' or 'cá nhân' (award_words.yaml's
own_family): a prize, cup or medal 'với' a count is the team taking part ('giành HCV với 120 VĐV'), and any other
noun after 'với' may be a gathering ('Bằng khen với 300 đại biểu tham dự'). Used by :mod:`._award_counts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._award_parts import recipient_key

if TYPE_CHECKING:
    from ._award_counts import Count
    from ._award_names import AwardName
    from ._award_patterns import AwardPatterns

_PASSIVE = regex.compile(r"\s*(?:được\s+)?", regex.IGNORECASE)
_WEIGHED = regex.compile(r"\s*(?:xét\s+)?", regex.IGNORECASE)  # 'đề nghị| xét |tặng': weighed for it
_BRACKET = regex.compile(r"\s*\(\s*")
_SPACE = regex.compile(r"\s*(?::\s*)?")
_CLAUSE_MARK = regex.compile(r"[,;:.()!?\n]")  # where the words after a count end
_APART = regex.compile(r",|(?<!\w)và(?!\w)", regex.IGNORECASE)

#: Kinds of award (awards.yaml) that 'với' gives to the collectives or individuals after them.
HONOURS = frozenset({"order", "certificate", "flag", "banner", "badge", "title", "commendation"})


def with_link(text: str, gap: str, c: Count, h: AwardName, pat: AwardPatterns) -> bool:
    """'Huân chương Lao động hạng Ba| với |1 tập thể': an honour, 'với', then a count of collectives, individuals or
    cases with no predicate of their own ('Bằng khen với 30 tập thể tham gia hội thi': those taking part)."""
    if h.entry.kind not in HONOURS or h.bare or not pat.parts.with_link.fullmatch(gap):
        return False
    key = recipient_key(c.noun)
    if key not in pat.parts.own_family and key not in pat.parts.case_noun:
        return False
    stop = _CLAUSE_MARK.search(text, c.end)
    return not pat.parts.own.search(text, c.end, stop.start() if stop else len(text))


def case_apart(gap: str, c: Count, pat: AwardPatterns) -> bool:
    """Cases counted, then a comma or 'và' before the award named after them: the award is someone else's ('35 trường
    hợp vi phạm, tặng Giấy khen cho 5 tập thể', '1.250 trường hợp mắc bệnh và được tặng Bằng khen')."""
    return recipient_key(c.noun) in pat.parts.case_noun and bool(_APART.search(gap))


def proposed_for(gap: str, pat: AwardPatterns) -> bool:
    """A count proposed for the award after it, no verb of giving between: '19 trường hợp| đề nghị |khen thưởng', '5
    tập thể| được đề nghị xét |khen thưởng' (GUIDELINES: an award only proposed, optional; listed as proposed)."""
    passive = _PASSIVE.match(gap)
    proposal = pat.propose.match(gap, passive.end() if passive else 0)
    return proposal is not None and bool(_WEIGHED.fullmatch(gap, proposal.end()))


def bracket_total(
    text: str, c: Count, names: list[AwardName], counted: list[int], breakdown: regex.Pattern[str]
) -> bool:
    """A bracket right after a count opening with an award named and counting its recipients inside: '7 trường hợp|
    (|Huân chương Lao động hạng Nhất đối với 1 tập thể; ...)', '2 trường hợp (Huân chương ...: 2 cá nhân)': the count is
    the total of the awards listed inside (kindR38); not '45 chi hội (Bằng khen của UBND tỉnh năm 2022)', a note. A
    bracket opening with a count paired with an award is the total's breakdown: '27 trường hợp (9 tập thể, 18 cá nhân)
    nhận Bằng khen', '(gồm 9 tập thể ...)' (awardK40; ``breakdown``: the words opening a total's parts).
    ``counted``: where the clause's counts paired with an award start."""
    bracket = _BRACKET.match(text, c.end)
    if bracket is None:
        return False
    opened = breakdown.match(text, bracket.end())  # '(|gồm |9 tập thể'
    space = _SPACE.match(text, opened.end()) if opened else None  # always matches: spaces and a colon are optional
    inside = space.end() if space else bracket.end()
    if inside in counted:  # '27 trường hợp (|9 tập thể, 18 cá nhân) nhận Bằng khen': the total of its recipients
        return True
    if not any(h.start == bracket.end() for h in names):
        return False
    close = text.find(")", bracket.end())
    return any(bracket.end() < at < (close if close >= 0 else len(text)) for at in counted)
